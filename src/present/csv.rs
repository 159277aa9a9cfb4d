//! CSV for exports (RFC 4180): comma-separated, CRLF, fields quoted when needed, a UTF-8 byte
//! order mark so spreadsheet programs read Indonesian names right. A field a spreadsheet would
//! run as a formula (`=`, `+`, `-`, `@` first) is prefixed with `'`, because names come from feeds.

use crate::period::Period;

pub const BOM: &str = "\u{feff}";

fn field(value: &str) -> String {
    let looks_numeric = crate::locale::format::parse_decimal(value).is_some();
    let guarded = if !looks_numeric && value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// A CSV document from a header row and data rows.
pub fn to_csv(headers: &[String], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    to_csv_chunks(headers.to_vec(), rows, usize::MAX).collect()
}

/// Appends one CSV line.
fn line(out: &mut String, cells: &[String]) {
    let cells: Vec<String> = cells.iter().map(|c| field(c)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// The same document in pieces of `rows_per_chunk` rows (the first starts with the BOM and the
/// header), so a million-row export never has to exist as one string.
pub fn to_csv_chunks<R: IntoIterator<Item = Vec<String>>>(
    headers: Vec<String>,
    rows: R,
    rows_per_chunk: usize,
) -> impl Iterator<Item = String> {
    let mut rows = rows.into_iter().peekable();
    let mut first = true;
    std::iter::from_fn(move || {
        if !first && rows.peek().is_none() {
            return None;
        }
        let mut out = String::new();
        if first {
            first = false;
            out.push_str(BOM);
            line(&mut out, &headers);
        }
        for row in rows.by_ref().take(rows_per_chunk.max(1)) {
            line(&mut out, &row);
        }
        Some(out)
    })
}

/// `pengaduan-per-opd_2026-10-29_2026-11-27_opd-dpupr.csv`: view, chart, period and filters.
pub fn file_name(
    view: &str,
    chart: &str,
    period: Period,
    filters: &[(crate::filter_param::FilterParam, &[String])],
) -> String {
    let mut name = view.to_string();
    if !chart.is_empty() {
        name.push('-');
        name.push_str(chart);
    }
    name.push_str(&format!("_{}_{}", period.from, period.to));
    for (param, values) in filters {
        name.push_str(&format!("_{param}-{}", values.join("+")));
    }
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '+' | '.') {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{safe}.csv")
}

/// A number as CSV wants it: a dot for decimals, no grouping.
pub fn number(value: f64, decimals: usize) -> String {
    format!("{value:.decimals$}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        let csv = to_csv(
            &["OPD".into(), "Jumlah".into()],
            [
                vec!["Dinas A, B".into(), "12".into()],
                vec!["=HYPERLINK(\"x\")".into(), "-3.5".into()],
                vec!["baris\nbaru".into(), "0".into()],
            ],
        );
        assert!(csv.starts_with(BOM));
        let body = csv.trim_start_matches(BOM);
        assert_eq!(
            body,
            "OPD,Jumlah\r\n\"Dinas A, B\",12\r\n\"'=HYPERLINK(\"\"x\"\")\",-3.5\r\n\"baris\nbaru\",0\r\n"
        );
    }

    #[test]
    fn chunks_join_to_the_whole_document() {
        let headers = vec!["a".to_string(), "b".to_string()];
        let rows = || (0..25).map(|i| vec![i.to_string(), format!("x,{i}")]);
        let whole = to_csv(&headers, rows());
        let chunks: Vec<String> = to_csv_chunks(headers.clone(), rows(), 10).collect();
        assert_eq!(chunks.len(), 3);
        assert_eq!(chunks.concat(), whole);
        assert_eq!(
            to_csv_chunks(headers, Vec::<Vec<String>>::new(), 10).count(),
            1
        );
    }

    #[test]
    fn file_names_carry_view_period_and_filters() {
        let p = Period::new(
            NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(2026, 3, 31).unwrap(),
        )
        .unwrap();
        let opd = vec!["dpupr".to_string(), "dlh".to_string()];
        assert_eq!(
            file_name(
                "pengaduan",
                "per-opd",
                p,
                &[(crate::filter_param::FilterParam::Opd, &opd)]
            ),
            "pengaduan-per-opd_2026-01-01_2026-03-31_opd-dpupr+dlh.csv"
        );
        assert_eq!(
            file_name("pengaduan", "", p, &[]),
            "pengaduan_2026-01-01_2026-03-31.csv"
        );
        assert_eq!(number(12.345, 1), "12.3");
    }
}
