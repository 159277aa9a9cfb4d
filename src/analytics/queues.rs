//! Queue figures: people waiting now (live feed) and waits from ticket history.

use super::stats;
use crate::model::queues::{QueueFeed, QueueLiveFeed};
use crate::period::Period;
use crate::time::CityClock;

/// Which services a view looks at; empty lists mean "all".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceSelection<'a> {
    pub opd: &'a [String],
    pub service: &'a [String],
    pub location: &'a [String],
}

/// Service rows of the queue feed that pass the selection.
pub fn selected_services(feed: &QueueFeed, sel: &ServiceSelection) -> Vec<bool> {
    feed.services
        .iter()
        .map(|s| {
            let agency = &feed.agencies[s.agency as usize].id;
            (sel.opd.is_empty() || sel.opd.contains(agency))
                && (sel.service.is_empty() || sel.service.contains(&s.id))
                && (sel.location.is_empty()
                    || sel
                        .location
                        .iter()
                        .any(|l| l.eq_ignore_ascii_case(&s.location)))
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq)]
pub struct QueueKpis {
    /// Sum of `waiting` over the selected services in the live feed; `None` without a live feed.
    pub waiting_now: Option<u64>,
    /// Mean of called_at − issued_at over tickets issued in the period that were called.
    pub average_wait_seconds: Option<f64>,
    pub tickets_called: u64,
}

/// `live` rows are joined to services by id; rows for services not in the history feed are
/// counted only when no filter is active (they cannot be attributed to an OPD or location).
pub fn queue_kpis(
    feed: Option<&QueueFeed>,
    live: Option<&QueueLiveFeed>,
    sel: &ServiceSelection,
    period: Period,
    clock: &CityClock,
) -> QueueKpis {
    let filtering = !(sel.opd.is_empty() && sel.service.is_empty() && sel.location.is_empty());
    let selected = feed.map(|f| selected_services(f, sel));
    let waiting_now = live.map(|l| {
        l.live
            .iter()
            .filter(|row| match (feed, &selected) {
                (Some(f), Some(mask)) => match f.service_index(&row.service) {
                    Some(i) => mask[i],
                    None => !filtering,
                },
                _ => !filtering || sel.service.contains(&row.service),
            })
            .map(|row| u64::from(row.waiting))
            .sum()
    });
    let (start, end) = period.bounds(clock);
    let waits: Vec<f64> = match (feed, &selected) {
        (Some(f), Some(mask)) => f
            .tickets
            .iter()
            .filter(|t| t.issued_at >= start && t.issued_at < end && mask[t.service as usize])
            .filter_map(|t| t.wait_seconds())
            .map(|w| w as f64)
            .collect(),
        _ => Vec::new(),
    };
    QueueKpis {
        waiting_now,
        tickets_called: waits.len() as u64,
        average_wait_seconds: stats::mean(waits),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::queues::{decode, decode_live};
    use chrono::NaiveDate;

    fn feeds() -> (QueueFeed, QueueLiveFeed) {
        let q = decode(r#"{"schema": "smartcity.queues/1", "generated_at": "2026-11-27T10:30:00+08:00",
          "agencies": [{"id": "disdukcapil", "name": "Disdukcapil"}, {"id": "rsud", "name": "RSUD"}],
          "services": [{"id": "ktp", "name": "KTP", "agency": "disdukcapil", "location": "MPP", "counters": 4},
                       {"id": "poli", "name": "Poli", "agency": "rsud", "location": "RSUD", "counters": 2}],
          "tickets": [
            {"service": "ktp", "issued_at": "2026-11-26T08:00:00+08:00", "called_at": "2026-11-26T08:10:00+08:00", "status": "served"},
            {"service": "ktp", "issued_at": "2026-11-26T08:00:00+08:00", "called_at": "2026-11-26T08:30:00+08:00", "status": "no_show"},
            {"service": "ktp", "issued_at": "2026-11-26T08:05:00+08:00", "status": "cancelled"},
            {"service": "poli", "issued_at": "2026-11-26T07:30:00+08:00", "called_at": "2026-11-26T09:30:00+08:00", "status": "served"},
            {"service": "poli", "issued_at": "2026-11-25T15:59:00Z", "called_at": "2026-11-25T16:30:00Z", "status": "served"}
          ]}"#, 1 << 20).unwrap();
        let live = decode_live(r#"{"schema": "smartcity.queue-live/1", "generated_at": "2026-11-27T10:30:00+08:00",
          "live": [{"service": "ktp", "waiting": 23, "counters_open": 3, "updated_at": "2026-11-27T10:29:00+08:00"},
                   {"service": "poli", "waiting": 7, "counters_open": 0, "updated_at": "2026-11-27T10:29:00+08:00"},
                   {"service": "other", "waiting": 5, "counters_open": 1, "updated_at": "2026-11-27T10:29:00+08:00"}]}"#, 1 << 20).unwrap();
        (q, live)
    }

    #[test]
    fn waits_and_waiting_now() {
        let (q, live) = feeds();
        let clock = CityClock::parse_offset("+08:00").unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let period = Period { from: day, to: day };
        let k = queue_kpis(
            Some(&q),
            Some(&live),
            &ServiceSelection::default(),
            period,
            &clock,
        );
        assert_eq!(k.waiting_now, Some(35));
        // 10 min, 30 min, 120 min; the never-called ticket has no wait; the 25 Nov 15:59 UTC
        // ticket is 23:59 WITA on the 25th, outside.
        assert_eq!(k.tickets_called, 3);
        assert_eq!(
            k.average_wait_seconds,
            Some((10.0 + 30.0 + 120.0) * 60.0 / 3.0)
        );

        let opd = vec!["rsud".to_string()];
        let sel = ServiceSelection {
            opd: &opd,
            ..Default::default()
        };
        let k = queue_kpis(Some(&q), Some(&live), &sel, period, &clock);
        assert_eq!(k.waiting_now, Some(7));
        assert_eq!(k.average_wait_seconds, Some(7200.0));
    }

    #[test]
    fn no_feeds_no_figures() {
        let clock = CityClock::parse_offset("+08:00").unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let k = queue_kpis(
            None,
            None,
            &ServiceSelection::default(),
            Period { from: day, to: day },
            &clock,
        );
        assert_eq!(
            k,
            QueueKpis {
                waiting_now: None,
                average_wait_seconds: None,
                tickets_called: 0
            }
        );
    }
}
