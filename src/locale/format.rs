//! Locale-correct numbers, percentages, dates, durations and ages for `id` and `en`.
//! `id`: `1.234,5`, `12,5%`, `29 Agustus 2018`; `en`: `1,234.5`, `12.5%`, `29 August 2018`.

use super::Lang;
use chrono::{Datelike, NaiveDate};

const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_ID_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
];
const MONTHS_EN_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Id => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// A number with thousands grouping and a fixed number of decimals; `-` is the true minus sign.
pub fn number(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let (group, decimal) = separators(lang);
    let text = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let mut out = String::with_capacity(text.len() + 4);
    let negative = value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0');
    if negative {
        out.push('−');
    }
    let digits = int_part.len();
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(group);
        }
        out.push(ch);
    }
    if let Some(frac) = frac_part {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

/// A whole count: `1.234`.
pub fn count(value: u64, lang: Lang) -> String {
    number(value as f64, 0, lang)
}

/// A percentage from a 0-100 value: `12,5%`.
pub fn percent(value: f64, decimals: usize, lang: Lang) -> String {
    format!("{}%", number(value, decimals, lang))
}

/// A change in percent with its sign: `+12,5%`, `−3,0%`, `0,0%`.
pub fn signed_percent(value: f64, decimals: usize, lang: Lang) -> String {
    format!("{}%", signed_number(value, decimals, lang))
}

/// A number with its sign when it is not zero as shown: `+0,4`, `−3,0`, `0,0`.
pub fn signed_number(value: f64, decimals: usize, lang: Lang) -> String {
    let body = number(value, decimals, lang);
    if value > 0.0 && body.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{body}")
    } else {
        body
    }
}

fn month_name(month: u32, lang: Lang) -> &'static str {
    let i = (month as usize).saturating_sub(1).min(11);
    match lang {
        Lang::Id => MONTHS_ID[i],
        Lang::En => MONTHS_EN[i],
    }
}

fn month_short(month: u32, lang: Lang) -> &'static str {
    let i = (month as usize).saturating_sub(1).min(11);
    match lang {
        Lang::Id => MONTHS_ID_SHORT[i],
        Lang::En => MONTHS_EN_SHORT[i],
    }
}

/// `29 Agustus 2018` / `29 August 2018`.
pub fn date_long(day: NaiveDate, lang: Lang) -> String {
    format!(
        "{} {} {}",
        day.day(),
        month_name(day.month(), lang),
        day.year()
    )
}

/// `29 Agu 2018` / `29 Aug 2018`.
pub fn date_short(day: NaiveDate, lang: Lang) -> String {
    format!(
        "{} {} {}",
        day.day(),
        month_short(day.month(), lang),
        day.year()
    )
}

/// `2 Nov 2026 09.14` / `2 Nov 2026 09:14`: a moment in city time.
pub fn date_time(moment: chrono::NaiveDateTime, lang: Lang) -> String {
    format!(
        "{} {}",
        date_short(moment.date(), lang),
        time_of_day(moment, lang)
    )
}

/// `14.05` (Indonesian) or `14:05`.
pub fn time_of_day(moment: chrono::NaiveDateTime, lang: Lang) -> String {
    use chrono::Timelike;
    let sep = match lang {
        Lang::Id => '.',
        Lang::En => ':',
    };
    format!("{:02}{sep}{:02}", moment.hour(), moment.minute())
}

/// `Jan 2026`, for month ticks.
pub fn month_year(day: NaiveDate, lang: Lang) -> String {
    format!("{} {}", month_short(day.month(), lang), day.year())
}

/// An inclusive period: `30 Okt – 28 Nov 2026`, `1 – 31 Januari 2026` style kept short.
pub fn period(from: NaiveDate, to: NaiveDate, lang: Lang) -> String {
    if from == to {
        return date_short(to, lang);
    }
    if from.year() == to.year() {
        if from.month() == to.month() {
            format!("{} – {}", from.day(), date_short(to, lang))
        } else {
            format!(
                "{} {} – {}",
                from.day(),
                month_short(from.month(), lang),
                date_short(to, lang)
            )
        }
    } else {
        format!("{} – {}", date_short(from, lang), date_short(to, lang))
    }
}

/// A length of time, in the largest unit that reads well: `23 dtk`, `45 menit`, `26,5 jam`,
/// `3,2 hari`. Below a minute in seconds, so a short wait never reads `0 menit`.
pub fn duration(seconds: f64, lang: Lang) -> String {
    let (value, unit_id, unit_en) = if seconds < 59.5 {
        (seconds.round(), "dtk", "s")
    } else if seconds < 3_600.0 {
        ((seconds / 60.0).round(), "menit", "min")
    } else if seconds < 48.0 * 3_600.0 {
        (seconds / 3_600.0, "jam", "h")
    } else {
        (seconds / 86_400.0, "hari", "days")
    };
    let decimals = if seconds < 3_600.0 { 0 } else { 1 };
    let unit = match lang {
        Lang::Id => unit_id,
        Lang::En => unit_en,
    };
    format!("{} {unit}", number(value, decimals, lang))
}

/// The age of data: `baru saja`, `5 menit lalu`, `3 jam lalu`, `2 hari lalu`.
pub fn age(seconds: i64, lang: Lang) -> String {
    let s = seconds.max(0);
    let (n, id, en) = if s < 60 {
        return match lang {
            Lang::Id => "baru saja".into(),
            Lang::En => "just now".into(),
        };
    } else if s < 3_600 {
        (s / 60, "menit", "min")
    } else if s < 86_400 {
        (s / 3_600, "jam", "h")
    } else {
        (s / 86_400, "hari", "d")
    };
    match lang {
        Lang::Id => format!("{} {id} lalu", count(n as u64, lang)),
        Lang::En => format!("{} {en} ago", count(n as u64, lang)),
    }
}

const WEEKDAYS_ID: [&str; 7] = [
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];
const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// A weekday by index (Monday = 0): `Senin` / `Monday`.
pub fn weekday(index: usize, lang: Lang) -> &'static str {
    match lang {
        Lang::Id => WEEKDAYS_ID[index % 7],
        Lang::En => WEEKDAYS_EN[index % 7],
    }
}

/// Three letters: `Sen`, `Mon`.
pub fn weekday_short(index: usize, lang: Lang) -> &'static str {
    &weekday(index, lang)[..3]
}

/// An hour slot: `08.00–09.00` (Indonesian writes times with a dot) / `08:00–09:00`.
pub fn hour_slot(hour: u32, lang: Lang) -> String {
    format!("{}–{}", self::hour(hour, lang), self::hour(hour + 1, lang))
}

/// The start of an hour: `14.00` (Indonesian) or `14:00`.
pub fn hour(hour: u32, lang: Lang) -> String {
    let sep = if lang == Lang::Id { '.' } else { ':' };
    format!("{hour:02}{sep}00")
}

/// A plain decimal as URLs and CSV cells write it (`12`, `-0.5`, `+3.25`, `.5`): no exponent,
/// no `inf` or `NaN`, at most 15 digits. Parsed as an integer over a power of ten, which is exact
/// to the last bit and keeps core's general float parser (about 4 KB) out of the wasm.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = int.len() + frac.len();
    if digits == 0 || digits > 15 || !(int.bytes().chain(frac.bytes())).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mantissa = int
        .bytes()
        .chain(frac.bytes())
        .fold(0u64, |m, b| m * 10 + u64::from(b - b'0'));
    let value = mantissa as f64 / 10f64.powi(frac.len() as i32);
    Some(if text.starts_with('-') { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_decimals_parse_exactly() {
        for (text, want) in [
            ("12", 12.0),
            ("-0.5", -0.5),
            ("+3.25", 3.25),
            (".5", 0.5),
            ("5.", 5.0),
            ("0.1", 0.1),
            ("3600", 3600.0),
            ("-0", 0.0),
        ] {
            assert_eq!(parse_decimal(text), Some(want), "{text}");
            assert_eq!(
                parse_decimal(text),
                text.parse::<f64>().ok(),
                "{text} as core parses it"
            );
        }
        for bad in [
            "",
            "-",
            ".",
            "1e3",
            "inf",
            "NaN",
            "1,5",
            "1.2.3",
            " 1",
            "−1",
            "1234567890123456",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn numbers_group_and_use_the_locale_decimal_mark() {
        assert_eq!(number(1234.5, 1, Lang::Id), "1.234,5");
        assert_eq!(number(1234.5, 1, Lang::En), "1,234.5");
        assert_eq!(number(1_234_567.0, 0, Lang::Id), "1.234.567");
        assert_eq!(number(999.0, 0, Lang::Id), "999");
        assert_eq!(number(0.0, 2, Lang::Id), "0,00");
        assert_eq!(number(-1234.0, 0, Lang::En), "−1,234");
        assert_eq!(number(-0.001, 1, Lang::En), "0.0");
        assert_eq!(number(f64::NAN, 1, Lang::En), "–");
        assert_eq!(count(16, Lang::Id), "16");
    }

    #[test]
    fn percentages_and_changes() {
        assert_eq!(percent(12.5, 1, Lang::Id), "12,5%");
        assert_eq!(percent(12.5, 1, Lang::En), "12.5%");
        assert_eq!(signed_percent(3.0, 1, Lang::Id), "+3,0%");
        assert_eq!(signed_percent(-3.04, 1, Lang::Id), "−3,0%");
        assert_eq!(signed_percent(0.01, 1, Lang::Id), "0,0%");
    }

    #[test]
    fn dates_in_both_languages() {
        assert_eq!(date_long(d(2018, 8, 29), Lang::Id), "29 Agustus 2018");
        assert_eq!(date_long(d(2018, 8, 29), Lang::En), "29 August 2018");
        assert_eq!(date_short(d(2026, 10, 5), Lang::Id), "5 Okt 2026");
        assert_eq!(month_year(d(2026, 1, 5), Lang::En), "Jan 2026");
        assert_eq!(
            period(d(2026, 10, 30), d(2026, 11, 28), Lang::Id),
            "30 Okt – 28 Nov 2026"
        );
        assert_eq!(
            period(d(2026, 11, 1), d(2026, 11, 28), Lang::En),
            "1 – 28 Nov 2026"
        );
        assert_eq!(
            period(d(2025, 12, 1), d(2026, 1, 31), Lang::Id),
            "1 Des 2025 – 31 Jan 2026"
        );
        assert_eq!(period(d(2026, 1, 1), d(2026, 1, 1), Lang::Id), "1 Jan 2026");
    }

    #[test]
    fn durations_choose_a_readable_unit() {
        assert_eq!(duration(45.0 * 60.0, Lang::Id), "45 menit");
        assert_eq!(duration(26.5 * 3600.0, Lang::Id), "26,5 jam");
        assert_eq!(duration(3.26 * 86400.0, Lang::En), "3.3 days");
        assert_eq!(duration(90.0, Lang::En), "2 min");
        assert_eq!(duration(23.0, Lang::Id), "23 dtk");
        assert_eq!(duration(23.0, Lang::En), "23 s");
        assert_eq!(duration(0.0, Lang::Id), "0 dtk");
        assert_eq!(duration(59.4, Lang::Id), "59 dtk");
        assert_eq!(
            duration(59.7, Lang::Id),
            "1 menit",
            "rounds up into minutes, never 60 dtk"
        );
    }

    #[test]
    fn weekdays_and_hour_slots() {
        assert_eq!(weekday(0, Lang::Id), "Senin");
        assert_eq!(weekday_short(4, Lang::Id), "Jum");
        assert_eq!(weekday_short(6, Lang::En), "Sun");
        assert_eq!(hour_slot(8, Lang::Id), "08.00–09.00");
        assert_eq!(hour_slot(14, Lang::En), "14:00–15:00");
    }

    #[test]
    fn ages() {
        assert_eq!(age(5, Lang::Id), "baru saja");
        assert_eq!(age(300, Lang::Id), "5 menit lalu");
        assert_eq!(age(7_300, Lang::En), "2 h ago");
        assert_eq!(age(3 * 86_400 + 5, Lang::Id), "3 hari lalu");
        assert_eq!(age(-50, Lang::En), "just now");
    }
}
