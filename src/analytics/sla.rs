//! The response SLA (docs/design.md §3): the deadline is the end of the Nth working day after the
//! day of receipt, in city time; the day of receipt does not count; weekends and configured
//! holidays are not working days.

use crate::time::{CityClock, WorkCalendar};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlaOutcome {
    /// Responded by the deadline.
    OnTime,
    /// Responded after the deadline.
    Late,
    /// No response and the deadline has passed (counted as late).
    Overdue,
    /// No response and the deadline is still ahead: left out of the percentage.
    Pending,
}

/// The SLA rule with its calendar and clock.
#[derive(Debug, Clone)]
pub struct SlaRule<'a> {
    pub working_days: u32,
    pub calendar: &'a WorkCalendar,
    pub clock: &'a CityClock,
}

impl SlaRule<'_> {
    /// The first moment after the deadline (Unix seconds): 00:00 city time after the Nth working day.
    pub fn deadline_exclusive(&self, received_at: i64) -> i64 {
        let received_day = self.clock.local_date(received_at);
        let last_day = self
            .calendar
            .nth_working_day_after(received_day, self.working_days);
        self.clock.day_end_exclusive(last_day)
    }

    /// Classifies a complaint as of `as_of` (the feed's `generated_at`: statuses are true then).
    pub fn classify(&self, received_at: i64, responded_at: Option<i64>, as_of: i64) -> SlaOutcome {
        let deadline = self.deadline_exclusive(received_at);
        match responded_at {
            Some(t) if t < deadline => SlaOutcome::OnTime,
            Some(_) => SlaOutcome::Late,
            None if as_of >= deadline => SlaOutcome::Overdue,
            None => SlaOutcome::Pending,
        }
    }
}

/// Counts of outcomes over a set of complaints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SlaTally {
    pub on_time: u64,
    pub late: u64,
    pub overdue: u64,
    pub pending: u64,
}

impl SlaTally {
    pub fn add(&mut self, outcome: SlaOutcome) {
        match outcome {
            SlaOutcome::OnTime => self.on_time += 1,
            SlaOutcome::Late => self.late += 1,
            SlaOutcome::Overdue => self.overdue += 1,
            SlaOutcome::Pending => self.pending += 1,
        }
    }

    /// Complaints whose outcome is decided: on time, late or overdue.
    pub fn decided(&self) -> u64 {
        self.on_time + self.late + self.overdue
    }

    /// % responded within the SLA, over decided complaints; pending ones are left out.
    pub fn on_time_percent(&self) -> Option<f64> {
        super::stats::share_percent(self.on_time, self.decided())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn ts(s: &str) -> i64 {
        CityClock::parse_timestamp(s).unwrap()
    }

    fn setup() -> (WorkCalendar, CityClock) {
        (
            WorkCalendar::new([NaiveDate::from_ymd_opt(2026, 3, 20).unwrap()]),
            CityClock::parse_offset("+08:00").unwrap(),
        )
    }

    #[test]
    fn deadline_skips_weekend_and_holiday() {
        let (cal, clock) = setup();
        let rule = SlaRule {
            working_days: 6,
            calendar: &cal,
            clock: &clock,
        };
        // Received Friday 13 March 2026 at 16:00 WITA. Working days after: 16, 17, 18, 19,
        // (20 is a holiday), 23, 24. Deadline: end of Tuesday 24 March.
        let received = ts("2026-03-13T16:00:00+08:00");
        assert_eq!(
            rule.deadline_exclusive(received),
            ts("2026-03-25T00:00:00+08:00")
        );
        assert_eq!(
            rule.classify(received, Some(ts("2026-03-24T23:59:59+08:00")), 0),
            SlaOutcome::OnTime
        );
        assert_eq!(
            rule.classify(received, Some(ts("2026-03-25T00:00:00+08:00")), 0),
            SlaOutcome::Late
        );
        // A response sent in UTC that is still 24 March in WITA is on time.
        assert_eq!(
            rule.classify(received, Some(ts("2026-03-24T15:30:00Z")), 0),
            SlaOutcome::OnTime
        );
    }

    #[test]
    fn receipt_late_on_friday_utc_is_saturday_wita() {
        let (cal, clock) = setup();
        let rule = SlaRule {
            working_days: 1,
            calendar: &cal,
            clock: &clock,
        };
        // 17:00 UTC Friday 6 Nov = 01:00 WITA Saturday 7 Nov: one working day after is Mon 9 Nov.
        let received = ts("2026-11-06T17:00:00Z");
        assert_eq!(
            rule.deadline_exclusive(received),
            ts("2026-11-10T00:00:00+08:00")
        );
    }

    #[test]
    fn unanswered_complaints_are_pending_then_overdue() {
        let (cal, clock) = setup();
        let rule = SlaRule {
            working_days: 6,
            calendar: &cal,
            clock: &clock,
        };
        let received = ts("2026-11-02T09:00:00+08:00"); // Monday; deadline end of Tuesday 10 Nov
        assert_eq!(
            rule.classify(received, None, ts("2026-11-10T23:00:00+08:00")),
            SlaOutcome::Pending
        );
        assert_eq!(
            rule.classify(received, None, ts("2026-11-11T00:00:00+08:00")),
            SlaOutcome::Overdue
        );
        let mut tally = SlaTally::default();
        for o in [
            SlaOutcome::OnTime,
            SlaOutcome::OnTime,
            SlaOutcome::Late,
            SlaOutcome::Overdue,
            SlaOutcome::Pending,
        ] {
            tally.add(o);
        }
        assert_eq!(tally.decided(), 4);
        assert_eq!(tally.on_time_percent(), Some(50.0));
        assert_eq!(SlaTally::default().on_time_percent(), None);
    }
}
