//! City time: every day, week and month is cut in the configured city offset, whatever offset a
//! timestamp was sent with (docs/design.md §3). Timestamps are kept as Unix seconds.

use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate, TimeZone, Weekday};
use std::collections::BTreeSet;

/// The city's fixed UTC offset (Indonesia has no daylight saving time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CityClock {
    offset: FixedOffset,
}

/// Why a timestamp could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimestampError {
    /// Not RFC 3339 at all.
    Malformed,
    /// Date and time are present, but the offset is missing (for example `2026-11-02T09:14:00`).
    MissingOffset,
}

/// How a time series is bucketed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bucket {
    Day,
    Week,
    Month,
}

impl Bucket {
    pub fn id(self) -> &'static str {
        match self {
            Bucket::Day => "day",
            Bucket::Week => "week",
            Bucket::Month => "month",
        }
    }

    pub fn from_id(id: &str) -> Option<Bucket> {
        match id {
            "day" => Some(Bucket::Day),
            "week" => Some(Bucket::Week),
            "month" => Some(Bucket::Month),
            _ => None,
        }
    }
}

impl CityClock {
    pub fn new(offset: FixedOffset) -> Self {
        CityClock { offset }
    }

    /// Reads an offset written as `+08:00`, `-03:30` or `Z`.
    pub fn parse_offset(text: &str) -> Option<CityClock> {
        let text = text.trim();
        if text == "Z" || text == "+00:00" {
            return FixedOffset::east_opt(0).map(CityClock::new);
        }
        let (sign, rest) = match text.as_bytes().first()? {
            b'+' => (1, &text[1..]),
            b'-' => (-1, &text[1..]),
            _ => return None,
        };
        let (hours, minutes) = rest.split_once(':')?;
        if hours.len() != 2 || minutes.len() != 2 {
            return None;
        }
        let hours: i32 = hours.parse().ok()?;
        let minutes: i32 = minutes.parse().ok()?;
        if hours > 14 || minutes > 59 {
            return None;
        }
        FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60)).map(CityClock::new)
    }

    pub fn offset(&self) -> FixedOffset {
        self.offset
    }

    /// The offset as written in config (`+08:00`).
    pub fn offset_label(&self) -> String {
        let secs = self.offset.local_minus_utc();
        let sign = if secs < 0 { '-' } else { '+' };
        let secs = secs.abs();
        format!("{sign}{:02}:{:02}", secs / 3600, (secs % 3600) / 60)
    }

    /// The zone as people in the city name it: Indonesia's WIB, WITA and WIT for +07:00, +08:00
    /// and +09:00, `UTC+05:30` for any other offset.
    pub fn zone_name(&self) -> String {
        match self.offset.local_minus_utc() {
            25_200 => "WIB".into(),
            28_800 => "WITA".into(),
            32_400 => "WIT".into(),
            _ => format!("UTC{}", self.offset_label()),
        }
    }

    /// The zone with its offset where the name alone is local knowledge: `WITA (UTC+08:00)`.
    pub fn zone_description(&self) -> String {
        let name = self.zone_name();
        if name.starts_with("UTC") {
            name
        } else {
            format!("{name} (UTC{})", self.offset_label())
        }
    }

    /// Parses an RFC 3339 timestamp that carries its own offset, into Unix seconds.
    pub fn parse_timestamp(text: &str) -> Result<i64, TimestampError> {
        read_timestamp(text.as_bytes())
    }

    /// The calendar day, in city time, of a moment.
    pub fn local_date(&self, unix_seconds: i64) -> NaiveDate {
        self.local_datetime(unix_seconds).date_naive()
    }

    /// The moment as a city-time date-time.
    pub fn local_datetime(&self, unix_seconds: i64) -> DateTime<FixedOffset> {
        let utc = DateTime::from_timestamp(unix_seconds, 0).unwrap_or_default();
        utc.with_timezone(&self.offset)
    }

    /// Unix seconds of 00:00 city time on a day.
    pub fn day_start(&self, day: NaiveDate) -> i64 {
        let midnight = day.and_hms_opt(0, 0, 0).expect("midnight exists");
        self.offset
            .from_local_datetime(&midnight)
            .single()
            .expect("a fixed offset has exactly one local time")
            .timestamp()
    }

    /// Unix seconds of the first moment after a day ends (00:00 city time of the next day).
    pub fn day_end_exclusive(&self, day: NaiveDate) -> i64 {
        self.day_start(day) + 86_400
    }
}

/// RFC 3339 (`YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, `T` or `t` or a space between date and
/// time, `z` for `Z`) read without chrono's general parser, which is fast for a million
/// complaints and keeps chrono's parsing code out of the wasm. Fractions are dropped (whole
/// seconds, as chrono's `timestamp()`); a leap second `:60` counts as `:59`. A valid date and
/// time with nothing after it is `MissingOffset`; anything else wrong is `Malformed`.
fn read_timestamp(b: &[u8]) -> Result<i64, TimestampError> {
    use TimestampError::{Malformed, MissingOffset};
    let digits = |from: usize, to: usize| -> Result<i64, TimestampError> {
        let part = b.get(from..to).ok_or(Malformed)?;
        part.iter().try_fold(0i64, |acc, c| {
            c.is_ascii_digit()
                .then(|| acc * 10 + i64::from(c - b'0'))
                .ok_or(Malformed)
        })
    };
    if b.len() < 19
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return Err(Malformed);
    }
    let (year, month, day) = (digits(0, 4)?, digits(5, 7)?, digits(8, 10)?);
    let (hour, minute, second) = (digits(11, 13)?, digits(14, 16)?, digits(17, 19)?);
    if !(1..=12).contains(&month)
        || day < 1
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return Err(Malformed);
    }
    let mut rest = &b[19..];
    if let Some(fraction) = rest.strip_prefix(b".") {
        let n = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return Err(Malformed);
        }
        rest = &fraction[n..];
    }
    let local =
        days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second.min(59);
    let offset = match rest {
        [] => return Err(MissingOffset),
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let two = |a: u8, b: u8| {
                (a.is_ascii_digit() && b.is_ascii_digit())
                    .then(|| i64::from(a - b'0') * 10 + i64::from(b - b'0'))
            };
            let (oh, om) = (
                two(*h1, *h2).ok_or(Malformed)?,
                two(*m1, *m2).ok_or(Malformed)?,
            );
            if oh > 23 || om > 59 {
                return Err(Malformed);
            }
            let secs = oh * 3600 + om * 60;
            if *sign == b'-' {
                -secs
            } else {
                secs
            }
        }
        _ => return Err(Malformed),
    };
    Ok(local - offset)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ][(month - 1) as usize]
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The first day of the bucket holding `day`: itself, the Monday of its ISO week, or the first of
/// its month.
pub fn bucket_start(day: NaiveDate, bucket: Bucket) -> NaiveDate {
    match bucket {
        Bucket::Day => day,
        Bucket::Week => day - Days::new(u64::from(day.weekday().num_days_from_monday())),
        Bucket::Month => day.with_day(1).expect("day 1 exists"),
    }
}

/// The first day of the bucket after the one starting on `start`.
pub fn next_bucket_start(start: NaiveDate, bucket: Bucket) -> NaiveDate {
    match bucket {
        Bucket::Day => start + Days::new(1),
        Bucket::Week => start + Days::new(7),
        Bucket::Month => {
            let (y, m) = if start.month() == 12 {
                (start.year() + 1, 1)
            } else {
                (start.year(), start.month() + 1)
            };
            NaiveDate::from_ymd_opt(y, m, 1).expect("first of month exists")
        }
    }
}

/// Working days: Monday to Friday, less the configured public holidays.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkCalendar {
    holidays: BTreeSet<NaiveDate>,
}

impl WorkCalendar {
    pub fn new(holidays: impl IntoIterator<Item = NaiveDate>) -> Self {
        WorkCalendar {
            holidays: holidays.into_iter().collect(),
        }
    }

    pub fn is_holiday(&self, day: NaiveDate) -> bool {
        self.holidays.contains(&day)
    }

    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !self.is_holiday(day)
    }

    /// The Nth working day after `day`; `day` itself never counts. With n = 0, `day` itself.
    pub fn nth_working_day_after(&self, day: NaiveDate, n: u32) -> NaiveDate {
        let mut current = day;
        let mut counted = 0;
        while counted < n {
            current = current + Days::new(1);
            if self.is_working_day(current) {
                counted += 1;
            }
        }
        current
    }

    pub fn holidays(&self) -> impl Iterator<Item = &NaiveDate> {
        self.holidays.iter()
    }
}

/// Parses `YYYY-MM-DD` strictly: four-digit year, two-digit month and day.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    let n = |from: usize, to: usize| text[from..to].parse::<u32>().ok();
    NaiveDate::from_ymd_opt(n(0, 4)? as i32, n(5, 7)?, n(8, 10)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wita() -> CityClock {
        CityClock::parse_offset("+08:00").unwrap()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn offsets_parse_and_print() {
        assert_eq!(wita().zone_name(), "WITA");
        assert_eq!(wita().zone_description(), "WITA (UTC+08:00)");
        let zone = |o: &str| CityClock::parse_offset(o).unwrap();
        assert_eq!(zone("+07:00").zone_name(), "WIB");
        assert_eq!(zone("+09:00").zone_description(), "WIT (UTC+09:00)");
        assert_eq!(zone("+05:30").zone_name(), "UTC+05:30");
        assert_eq!(zone("-03:00").zone_description(), "UTC-03:00");
        assert_eq!(zone("Z").zone_name(), "UTC+00:00");
        assert_eq!(wita().offset_label(), "+08:00");
        assert_eq!(
            CityClock::parse_offset("-03:30").unwrap().offset_label(),
            "-03:30"
        );
        assert_eq!(
            CityClock::parse_offset("Z").unwrap().offset_label(),
            "+00:00"
        );
        for bad in ["08:00", "+8:00", "+08", "+15:00", "+08:60", "WITA", ""] {
            assert!(CityClock::parse_offset(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn utc_evening_is_next_day_in_wita() {
        // 16:30 UTC on 1 Nov is 00:30 WITA on 2 Nov.
        let t = CityClock::parse_timestamp("2026-11-01T16:30:00Z").unwrap();
        assert_eq!(wita().local_date(t), date(2026, 11, 2));
        // 15:59 UTC is still 1 Nov (23:59 WITA).
        let t = CityClock::parse_timestamp("2026-11-01T15:59:59+00:00").unwrap();
        assert_eq!(wita().local_date(t), date(2026, 11, 1));
    }

    #[test]
    fn complaint_at_2330_wita_belongs_to_that_day_whatever_offset_it_was_sent_with() {
        let a = CityClock::parse_timestamp("2026-11-02T23:30:00+08:00").unwrap();
        let b = CityClock::parse_timestamp("2026-11-02T22:30:00+07:00").unwrap();
        let c = CityClock::parse_timestamp("2026-11-02T15:30:00Z").unwrap();
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_eq!(wita().local_date(a), date(2026, 11, 2));
        assert_eq!(chrono::Timelike::hour(&wita().local_datetime(a)), 23);
    }

    #[test]
    fn timestamps_without_offset_are_refused_with_their_reason() {
        assert_eq!(
            CityClock::parse_timestamp("2026-11-02T09:14:00"),
            Err(TimestampError::MissingOffset)
        );
        assert_eq!(
            CityClock::parse_timestamp("kemarin"),
            Err(TimestampError::Malformed)
        );
        assert_eq!(
            CityClock::parse_timestamp("2026-02-30T09:14:00+08:00"),
            Err(TimestampError::Malformed)
        );
    }

    #[test]
    fn day_start_is_local_midnight() {
        let start = wita().day_start(date(2026, 11, 2));
        assert_eq!(
            start,
            CityClock::parse_timestamp("2026-11-01T16:00:00Z").unwrap()
        );
        assert_eq!(wita().day_end_exclusive(date(2026, 11, 2)) - start, 86_400);
    }

    #[test]
    fn buckets_start_on_monday_and_the_first() {
        // 2026-11-29 is a Sunday.
        assert_eq!(
            bucket_start(date(2026, 11, 29), Bucket::Week),
            date(2026, 11, 23)
        );
        assert_eq!(
            bucket_start(date(2026, 11, 23), Bucket::Week),
            date(2026, 11, 23)
        );
        assert_eq!(
            bucket_start(date(2026, 11, 29), Bucket::Month),
            date(2026, 11, 1)
        );
        assert_eq!(
            next_bucket_start(date(2026, 12, 1), Bucket::Month),
            date(2027, 1, 1)
        );
        assert_eq!(
            next_bucket_start(date(2026, 2, 1), Bucket::Month),
            date(2026, 3, 1)
        );
        assert_eq!(
            next_bucket_start(date(2026, 12, 28), Bucket::Week),
            date(2027, 1, 4)
        );
        assert_eq!(Bucket::from_id("week"), Some(Bucket::Week));
        assert_eq!(Bucket::from_id("year"), None);
    }

    #[test]
    fn working_days_skip_weekends_and_holidays() {
        let cal = WorkCalendar::new([date(2026, 3, 20)]);
        // Friday 2026-03-13 + 6 working days: Mon 16, Tue 17, Wed 18, Thu 19, (Fri 20 holiday),
        // Mon 23, Tue 24.
        assert_eq!(
            cal.nth_working_day_after(date(2026, 3, 13), 6),
            date(2026, 3, 24)
        );
        // A complaint received on Saturday: the count starts on Monday.
        assert_eq!(
            cal.nth_working_day_after(date(2026, 11, 28), 1),
            date(2026, 11, 30)
        );
        assert_eq!(
            cal.nth_working_day_after(date(2026, 11, 28), 0),
            date(2026, 11, 28)
        );
        assert!(!cal.is_working_day(date(2026, 3, 20)));
        assert!(!cal.is_working_day(date(2026, 11, 29)));
        assert!(cal.is_working_day(date(2026, 11, 30)));
    }

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(parse_date("2026-01-31"), Some(date(2026, 1, 31)));
        assert_eq!(parse_date("2026-1-31"), None);
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("31/01/2026"), None);
        // Found by fuzzing the URL state: chrono reads a signed year, which would not round-trip.
        assert_eq!(parse_date("-226-01-01"), None);
        assert_eq!(parse_date("+226-01-01"), None);
        assert_eq!(parse_date("2026-1-011"), None);
    }

    #[test]
    fn timestamps_are_read_as_chrono_reads_them() {
        let general = |t: &str| DateTime::parse_from_rfc3339(t).map(|d| d.timestamp()).ok();
        let mut texts = vec![
            "2026-11-02T09:14:00+08:00".to_string(),
            "2026-10-31T16:30:00Z".to_string(),
            "2024-02-29T23:59:59-03:30".to_string(),
            "2025-02-29T10:00:00+08:00".to_string(),
            "2026-13-01T10:00:00+08:00".to_string(),
            "2026-04-31T10:00:00+08:00".to_string(),
            "2026-11-02T24:00:00+08:00".to_string(),
            "2026-11-02T09:14:00+24:00".to_string(),
            "1900-03-01T00:00:00+00:00".to_string(),
            "2000-02-29T12:00:00+14:00".to_string(),
            "2026-11-02t09:14:00+08:00".to_string(),
            "2026-11-02T09:14:0a+08:00".to_string(),
        ];
        // A walk over many days, times and offsets.
        let mut seed = 7u64;
        for _ in 0..20_000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let r = |m: u64, s: u64| (s >> 33) % m;
            texts.push(format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}",
                1990 + r(60, seed),
                1 + r(12, seed >> 3),
                1 + r(31, seed >> 7),
                r(24, seed >> 11),
                r(60, seed >> 13),
                r(60, seed >> 17),
                if r(2, seed >> 19) == 0 { '+' } else { '-' },
                r(15, seed >> 21),
                r(4, seed >> 23) * 15,
            ));
        }
        for t in &texts {
            assert_eq!(
                CityClock::parse_timestamp(t).ok(),
                general(t),
                "{t}: both paths accept and refuse alike"
            );
        }
        assert!(read_timestamp(b"2026-11-02T09:14:00+08:00").is_ok());
        // Shapes chrono also reads: fractions, lower case, a leap second.
        for t in [
            "2026-11-02T09:14:00.250+08:00",
            "2026-11-02t09:14:00z",
            "2016-12-31T23:59:60Z",
        ] {
            assert_eq!(CityClock::parse_timestamp(t).ok(), general(t), "{t}");
        }
        assert_eq!(
            CityClock::parse_timestamp("2026-11-02T09:14:00"),
            Err(TimestampError::MissingOffset)
        );
        assert_eq!(
            CityClock::parse_timestamp("2026-11-02T09:14:00+8:00"),
            Err(TimestampError::Malformed)
        );
    }
}
