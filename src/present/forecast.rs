//! Queue forecasts in words and tables (docs/design.md §12): the best hour to come on each live
//! card, a table of the rest of today and the next open day per service, and each service's
//! hour-by-hour forecast.

use super::panel::{ChartTable, TableRow};
use super::DASH;
use crate::analytics::queue_forecast::{DayForecast, HourForecast, ServiceForecast};
use crate::locale::text::fill;
use crate::locale::{format, Lang, Text};
use crate::model::queues::QueueFeed;
use crate::present::csv;
use crate::present::queues::LiveCard;
use chrono::Datelike;

/// A wait to the minute; under one, said so (a forecast is not that precise).
fn minutes(seconds: f64, lang: Lang) -> String {
    if seconds < 60.0 {
        lang.t(Text::ForecastUnderMinute).to_string()
    } else {
        format::duration((seconds / 60.0).round() * 60.0, lang)
    }
}

/// "Sen 30 Nov": the next open day, named.
pub fn day_name(day: chrono::NaiveDate, lang: Lang) -> String {
    format!(
        "{} {}",
        format::weekday_short(day.weekday().num_days_from_monday() as usize, lang),
        format::date_short(day, lang)
    )
}

fn best_text(best: HourForecast, lang: Lang) -> String {
    let wait = if best.wait_seconds < 60.0 {
        minutes(best.wait_seconds, lang)
    } else {
        fill(
            lang.t(Text::ForecastAbout),
            &[("wait", &minutes(best.wait_seconds, lang))],
        )
    };
    fill(
        lang.t(Text::ForecastBestHour),
        &[("hour", &format::hour(best.hour, lang)), ("wait", &wait)],
    )
}

/// "Waktu terbaik datang: hari ini pukul 14.00 (tunggu ± 5 menit)", or the next open day's.
pub fn best_line(f: &ServiceForecast, lang: Lang) -> Option<String> {
    let (day, best, template) = match f.today.as_ref().and_then(DayForecast::best_hour) {
        Some(best) => (String::new(), best, Text::ForecastBestToday),
        None => {
            let next = f.next.as_ref()?;
            (
                day_name(next.day, lang),
                next.best_hour()?,
                Text::ForecastBestNext,
            )
        }
    };
    Some(fill(
        lang.t(template),
        &[("day", &day), ("best", &best_text(best, lang))],
    ))
}

/// Adds each card's best hour to come.
pub fn annotate(
    cards: &mut [LiveCard],
    feed: &QueueFeed,
    forecasts: &[ServiceForecast],
    lang: Lang,
) {
    for card in cards {
        card.best = feed
            .service_index(&card.id)
            .and_then(|i| forecasts.get(i))
            .and_then(|f| best_line(f, lang));
    }
}

fn total(day: Option<&DayForecast>, lang: Lang) -> (String, String) {
    let arrivals = day.map(|d| d.hours.iter().map(|h| h.arrivals).sum::<f64>());
    (
        arrivals.map_or(DASH.into(), |a| format::number(a, 0, lang)),
        arrivals.map_or(String::new(), |a| csv::number(a, 1)),
    )
}

fn best_cells(day: Option<&DayForecast>, lang: Lang) -> (String, String) {
    match day.and_then(DayForecast::best_hour) {
        // Short in a table cell: the hour, and the wait in brackets.
        Some(b) => (
            format!(
                "{} ({})",
                format::hour(b.hour, lang),
                minutes(b.wait_seconds, lang)
            ),
            format!("{:02}:00", b.hour),
        ),
        None => (lang.t(Text::ForecastClosed).to_string(), String::new()),
    }
}

/// One row per selected service: the rest of today and the next open day, arrivals and the best
/// hour to come.
pub fn summary_table(
    feed: &QueueFeed,
    forecasts: &[ServiceForecast],
    selected: Option<&[bool]>,
    lang: Lang,
) -> ChartTable {
    let rows = forecasts
        .iter()
        .filter(|f| selected.is_none_or(|m| m.get(f.service).copied().unwrap_or(false)))
        .map(|f| {
            let name = feed.services[f.service].name.clone();
            let (today_total, today_csv) = total(f.today.as_ref(), lang);
            let (today_best, today_best_csv) = best_cells(f.today.as_ref(), lang);
            let (next_total, next_csv) = total(f.next.as_ref(), lang);
            let (next_best, next_best_csv) = best_cells(f.next.as_ref(), lang);
            let next_day = f
                .next
                .as_ref()
                .map_or(DASH.into(), |d| day_name(d.day, lang));
            TableRow::plain(
                vec![
                    name.clone(),
                    today_total,
                    today_best,
                    next_day.clone(),
                    next_total,
                    next_best,
                ],
                vec![
                    name,
                    today_csv,
                    today_best_csv,
                    next_day,
                    next_csv,
                    next_best_csv,
                ],
            )
        })
        .collect();
    ChartTable {
        headers: [
            Text::Service,
            Text::ForecastTodayArrivals,
            Text::ForecastTodayBest,
            Text::ForecastNextDay,
            Text::ForecastNextArrivals,
            Text::ForecastNextBest,
        ]
        .iter()
        .map(|t| lang.t(*t).to_string())
        .collect(),
        text_columns: &[],
        csv_headers: None,
        rows,
    }
}

/// One service's hours: expected arrivals and wait, the rest of today and the next open day.
pub fn hourly_table(f: &ServiceForecast, lang: Lang) -> ChartTable {
    let hours: std::collections::BTreeSet<u32> = [f.today.as_ref(), f.next.as_ref()]
        .into_iter()
        .flatten()
        .flat_map(|d| d.hours.iter().map(|h| h.hour))
        .collect();
    let cell = |day: Option<&DayForecast>, hour: u32| {
        let h = day.and_then(|d| d.hours.iter().find(|h| h.hour == hour));
        [
            h.map_or(DASH.into(), |h| format::number(h.arrivals, 1, lang)),
            h.map_or(DASH.into(), |h| minutes(h.wait_seconds, lang)),
            h.map_or(String::new(), |h| csv::number(h.arrivals, 1)),
            h.map_or(String::new(), |h| csv::number(h.wait_seconds / 60.0, 0)),
        ]
    };
    let rows = hours
        .into_iter()
        .map(|hour| {
            let [ta, tw, tac, twc] = cell(f.today.as_ref(), hour);
            let [na, nw, nac, nwc] = cell(f.next.as_ref(), hour);
            let name = format::hour(hour, lang);
            TableRow::plain(
                vec![name.clone(), ta, tw, na, nw],
                vec![name, tac, twc, nac, nwc],
            )
        })
        .collect();
    let next = f
        .next
        .as_ref()
        .map_or(DASH.into(), |d| day_name(d.day, lang));
    ChartTable {
        headers: vec![
            lang.t(Text::ForecastHour).to_string(),
            lang.t(Text::ForecastTodayArrivalsHour).to_string(),
            lang.t(Text::ForecastTodayWait).to_string(),
            fill(lang.t(Text::ForecastNextArrivalsHour), &[("day", &next)]),
            fill(lang.t(Text::ForecastNextWait), &[("day", &next)]),
        ],
        text_columns: &[],
        csv_headers: None,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(d: u32, hours: &[(u32, f64, f64)]) -> DayForecast {
        DayForecast {
            day: NaiveDate::from_ymd_opt(2026, 11, d).unwrap(),
            counters: 2,
            hours: hours
                .iter()
                .map(|&(hour, arrivals, wait_seconds)| HourForecast {
                    hour,
                    arrivals,
                    wait_seconds,
                })
                .collect(),
        }
    }

    #[test]
    fn the_best_hour_is_today_s_when_the_service_is_still_open_else_the_next_day_s() {
        let open_today = ServiceForecast {
            service: 0,
            today: Some(day(
                27,
                &[(10, 9.0, 1500.0), (11, 6.0, 400.0), (12, 3.0, 30.0)],
            )),
            next: Some(day(30, &[(8, 20.0, 4000.0), (14, 5.0, 1000.0)])),
        };
        assert_eq!(
            best_line(&open_today, Lang::Id).unwrap(),
            "Waktu terbaik datang hari ini: pukul 12.00 (tunggu < 1 menit)"
        );
        let closed_today = ServiceForecast {
            today: None,
            ..open_today.clone()
        };
        assert_eq!(
            best_line(&closed_today, Lang::En).unwrap(),
            "Best time to come: Mon 30 Nov 2026, at 14:00 (wait about 17 min)"
        );
        // The earliest of equal waits.
        let tie = day(30, &[(9, 1.0, 60.0), (10, 1.0, 60.0)]);
        assert_eq!(tie.best_hour().unwrap().hour, 9);
    }

    #[test]
    fn the_hourly_table_lines_up_today_and_the_next_day() {
        let f = ServiceForecast {
            service: 0,
            today: Some(day(27, &[(14, 5.8, 20.0)])),
            next: Some(day(30, &[(7, 10.2, 2880.0), (14, 7.6, 1020.0)])),
        };
        let table = hourly_table(&f, Lang::Id);
        let cells: Vec<Vec<String>> = table.rows.into_iter().map(|r| r.cells).collect();
        assert_eq!(cells[0], ["07.00", "–", "–", "10,2", "48 menit"]);
        assert_eq!(cells[1], ["14.00", "5,8", "< 1 menit", "7,6", "17 menit"]);
        assert_eq!(table.headers[3], "Sen 30 Nov 2026: datang");
    }
}
