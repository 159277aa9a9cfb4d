//! `smartcity.complaints/1`: decoding a document or page into the column store of
//! [`super::complaint_records`] (its types are re-exported here, so the feed is used as
//! `model::complaints::…`). A page is cut into parts by [`super::complaint_chunks`] and its
//! parts read by [`super::complaint_stream`].

use super::complaint_chunks::{PageChunks, BATCH_BYTES};
pub use super::complaint_records::*;
use super::document::check_size;
use super::error::FeedError;

/// Decodes one document (or one page) and finishes it.
pub fn decode(text: &str, max_bytes: u64) -> Result<ComplaintFeed, FeedError> {
    let mut feed = decode_page(text.as_bytes(), max_bytes)?;
    feed.finish();
    Ok(feed)
}

/// Decodes one page without finishing it (more pages may follow).
pub fn decode_page(bytes: &[u8], max_bytes: u64) -> Result<ComplaintFeed, FeedError> {
    decode_page_seeing_next(bytes, max_bytes, Room::default(), &mut |_| {})
}

/// As [`decode_page`], with `room` made for the records, calling `on_next` with the page's `next`
/// link as soon as it is read, when it comes before the records: the caller can fetch the next
/// page while this one decodes (docs/data-contract.md, "Pages").
pub fn decode_page_seeing_next(
    bytes: &[u8],
    max_bytes: u64,
    room: Room,
    on_next: &mut dyn FnMut(&str),
) -> Result<ComplaintFeed, FeedError> {
    check_size(bytes.len(), max_bytes)?;
    // In slices, as a network would bring it: only the unread part is copied and kept.
    let mut page = PageChunks::new(max_bytes, room);
    for slice in bytes.chunks(BATCH_BYTES) {
        page.push(slice, on_next)?;
    }
    page.finish(on_next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::error::Problem;

    const HEAD: &str = r#""schema": "smartcity.complaints/1", "generated_at": "2026-11-29T08:00:00+08:00",
        "agencies": [{"id": "disdukcapil", "name": "Dinas Kependudukan dan Pencatatan Sipil"}],
        "categories": [{"id": "jalan", "name": "Jalan dan Drainase"}],
        "channels": [{"id": "app", "name": "Aplikasi Kesah Etam"}],
        "areas": [{"id": "api-api", "kelurahan": "Api-Api", "kecamatan_id": "bontang-utara", "kecamatan": "Bontang Utara"}]"#;

    fn feed(records: &str) -> String {
        format!("{{{HEAD}, \"complaints\": [{records}]}}")
    }

    fn record(id: &str, extra: &str) -> String {
        format!(
            r#"{{"id": "{id}", "received_at": "2026-11-02T09:14:00+08:00", "agency": "disdukcapil",
               "category": "jalan", "area": "api-api", "channel": "app", "status": "in_progress"{extra}}}"#
        )
    }

    #[test]
    fn a_valid_record_decodes_with_references_resolved() {
        let text = feed(&record(
            "KE-1",
            r#", "responded_at": "2026-11-03T10:00:00+08:00", "resolved_at": null, "unknown": 5"#,
        ));
        let f = decode(&text, 1 << 20).unwrap();
        assert_eq!(f.complaints.len(), 1);
        assert_eq!(f.meta.rejections.count, 0);
        let c = f.complaints.get(0);
        assert_eq!(c.status, Status::InProgress);
        assert_eq!(f.agencies[c.agency as usize].id, "disdukcapil");
        assert!(c.responded_at.unwrap() > c.received_at);
        assert!(!f.meta.sample);
    }

    #[test]
    fn bad_records_are_rejected_one_by_one_with_feed_record_and_field() {
        let records = [
            record("KE-1", ""),
            record("KE-1", ""),
            record("KE-3", "").replace("disdukcapil", "dinas-x"),
            record("KE-4", "").replace("2026-11-02T09:14:00+08:00", "2026-11-02T09:14:00"),
            record("KE-5", r#", "responded_at": "2026-11-01T10:00:00+08:00""#),
            record("KE-6", "").replace("in_progress", "done"),
            record("KE-7", "").replace("2026-11-02", "2027-11-02"),
            r#"{"id": 7}"#.to_string(),
            "42".to_string(),
        ]
        .join(",");
        let f = decode(&feed(&records), 1 << 20).unwrap();
        assert_eq!(f.complaints.len(), 1);
        assert_eq!(f.meta.rejections.count, 8);
        let e = &f.meta.rejections.first;
        assert_eq!(
            (e[0].field.as_str(), &e[0].problem),
            (
                "id",
                &Problem::DuplicateId {
                    value: "KE-1".into()
                }
            )
        );
        assert_eq!(e[0].index, 1);
        assert_eq!(e[1].field, "agency");
        assert_eq!(e[1].id.as_deref(), Some("KE-3"));
        assert!(matches!(
            e[2].problem,
            Problem::TimestampWithoutOffset { .. }
        ));
        assert_eq!(
            e[3].problem,
            Problem::TimeBefore {
                other: "received_at"
            }
        );
        assert!(matches!(e[4].problem, Problem::NotAllowed { .. }));
        assert_eq!(e[5].problem, Problem::InFuture);
        assert_eq!(e[6].problem, Problem::WrongType { expected: "string" });
        assert_eq!(e[7].field, "(record)");
        let text = e[1].describe(crate::locale::Lang::Id);
        assert!(
            text.contains("Pengaduan") && text.contains("KE-3") && text.contains("agency"),
            "{text}"
        );
    }

    #[test]
    fn structural_errors_reject_the_feed() {
        assert!(matches!(
            decode("{not json", 1 << 20),
            Err(FeedError::NotJson { .. })
        ));
        assert_eq!(decode("[]", 1 << 20), Err(FeedError::NotAnObject));
        let wrong = feed("").replace("smartcity.complaints/1", "smartcity.complaints/2");
        assert!(matches!(
            decode(&wrong, 1 << 20),
            Err(FeedError::WrongSchema { .. })
        ));
        let minor = feed("").replace("smartcity.complaints/1", "smartcity.complaints/1.4");
        assert!(decode(&minor, 1 << 20).is_ok());
        let missing = feed("").replace("\"channels\"", "\"kanal\"");
        assert_eq!(
            decode(&missing, 1 << 20),
            Err(FeedError::MissingTable { table: "channels" })
        );
        assert!(matches!(
            decode(&feed(""), 10),
            Err(FeedError::TooLarge { limit: 10, .. })
        ));
    }

    #[test]
    fn html_in_names_is_kept_as_plain_text() {
        let text = feed("").replace("Jalan dan Drainase", "<script>alert(1)</script>");
        let f = decode(&text, 1 << 20).unwrap();
        assert_eq!(f.categories[0].name, "<script>alert(1)</script>");
    }
}

#[cfg(test)]
mod column_tests {
    use super::*;

    fn doc(records: &str, tables_first: bool) -> String {
        let tables = r#""agencies": [{"id": "dlh", "name": "DLH"}, {"id": "dpupr", "name": "DPUPR"}],
            "categories": [{"id": "jalan", "name": "Jalan"}], "channels": [{"id": "app", "name": "App"}],
            "areas": [{"id": "api-api", "kelurahan": "Api-Api", "kecamatan_id": "bu", "kecamatan": "Bontang Utara"}]"#;
        let head =
            r#""schema": "smartcity.complaints/1", "generated_at": "2026-11-29T08:00:00+08:00""#;
        if tables_first {
            format!("{{{head}, {tables}, \"complaints\": [{records}], \"next\": \"p2.json\"}}")
        } else {
            format!("{{\"complaints\": [{records}], {head}, {tables}}}")
        }
    }

    fn rec(id: &str, day: u32, agency: &str) -> String {
        format!(
            r#"{{"id": "{id}", "received_at": "2026-11-{day:02}T09:00:00+08:00", "agency": "{agency}",
               "category": "jalan", "area": "api-api", "channel": "app", "status": "received"}}"#
        )
    }

    #[test]
    fn key_order_does_not_change_the_result_and_records_end_sorted() {
        let records = [rec("c", 9, "dlh"), rec("a", 2, "dpupr"), rec("b", 5, "dlh")].join(",");
        let streamed = decode(&doc(&records, true), 1 << 20).unwrap();
        let deferred = decode(&doc(&records, false), 1 << 20).unwrap();
        assert_eq!(streamed.complaints, deferred.complaints);
        let ids: Vec<&str> = streamed.complaints.iter().map(|c| c.id).collect();
        assert_eq!(ids, ["a", "b", "c"], "sorted by receipt");
        assert_eq!(streamed.meta.next.as_deref(), Some("p2.json"));
        let (start, end) = (
            crate::time::CityClock::parse_timestamp("2026-11-05T00:00:00+08:00").unwrap(),
            crate::time::CityClock::parse_timestamp("2026-11-10T00:00:00+08:00").unwrap(),
        );
        assert_eq!(streamed.complaints.received_between(start, end), 1..3);
    }

    #[test]
    fn a_next_link_before_the_records_is_heard_before_they_are_read() {
        let records = [rec("a", 2, "dpupr"), rec("b", 3, "dlh")].join(",");
        let first = doc(&records, true).replace(
            r#""complaints": ["#,
            r#""next": "p2.json", "complaints": ["#,
        );
        let first = first.replace(r#", "next": "p2.json"}"#, "}");
        let mut heard = Vec::new();
        let feed = decode_page_seeing_next(first.as_bytes(), 1 << 20, Room::default(), &mut |n| {
            heard.push(n.to_string())
        })
        .unwrap();
        assert_eq!(heard, ["p2.json"]);
        assert_eq!(feed.meta.next.as_deref(), Some("p2.json"));
        assert_eq!(feed.complaints.len(), 2);
        // After the records, the link is only in the result: the caller fetches once decoded.
        let mut late = Vec::new();
        let feed = decode_page_seeing_next(
            doc(&records, true).as_bytes(),
            1 << 20,
            Room::default(),
            &mut |n| late.push(n.to_string()),
        )
        .unwrap();
        assert!(late.is_empty());
        assert_eq!(feed.meta.next.as_deref(), Some("p2.json"));
    }

    #[test]
    fn pages_merge_tables_by_id_and_duplicates_across_pages_are_rejected() {
        let mut first = decode_page(
            doc(&[rec("a", 2, "dpupr"), rec("b", 3, "dlh")].join(","), true).as_bytes(),
            1 << 20,
        )
        .unwrap();
        // The second page lists its agencies in another order, with a new one.
        let second = doc(&[rec("b", 4, "dlh"), rec("c", 1, "dinsos")].join(","), true).replace(
            r#"{"id": "dlh", "name": "DLH"}, {"id": "dpupr", "name": "DPUPR"}"#,
            r#"{"id": "dinsos", "name": "Dinsos"}, {"id": "dlh", "name": "DLH"}"#,
        );
        first.append(decode_page(second.as_bytes(), 1 << 20).unwrap());
        first.finish();
        assert_eq!(first.pages, 2);
        assert_eq!(
            first
                .agencies
                .iter()
                .map(|a| a.id.as_str())
                .collect::<Vec<_>>(),
            ["dlh", "dpupr", "dinsos"]
        );
        let got: Vec<(&str, &str)> = first
            .complaints
            .iter()
            .map(|c| (c.id, first.agencies[c.agency as usize].id.as_str()))
            .collect();
        assert_eq!(got, [("c", "dinsos"), ("a", "dpupr"), ("b", "dlh")]);
        assert_eq!(first.meta.rejections.count, 1);
        let e = &first.meta.rejections.first[0];
        assert_eq!(
            (e.table.as_str(), e.index, e.field.as_str()),
            ("complaints · p.2", 0, "id")
        );
    }

    #[test]
    fn receipt_times_a_u32_cannot_hold_are_refused_and_its_edges_kept() {
        let at = |t: &str| rec("x", 2, "dlh").replace("2026-11-02T09:00:00+08:00", t);
        let records = [
            at("1969-12-31T23:59:59Z").replace("\"x\"", "\"before\""),
            at("1970-01-01T00:00:00Z").replace("\"x\"", "\"epoch\""),
            at("2026-11-29T00:00:00Z").replace("\"x\"", "\"now\""),
        ]
        .join(",");
        let f = decode(&doc(&records, true), 1 << 20).unwrap();
        let kept: Vec<(&str, i64)> = f.complaints.iter().map(|c| (c.id, c.received_at)).collect();
        assert_eq!(kept, [("epoch", 0), ("now", 1_795_910_400)]);
        let e = &f.meta.rejections.first[0];
        assert_eq!(
            (e.field.as_str(), e.id.as_deref()),
            ("received_at", Some("before"))
        );
        assert!(
            matches!(&e.problem, crate::model::Problem::OutOfRange { value, .. } if value == "1969-12-31T23:59:59Z")
        );
    }

    #[test]
    fn room_made_for_the_chain_whatever_it_says_never_changes_the_records() {
        let page = |ids: [&str; 2], hint: &str| {
            let records = [rec(ids[0], 9, "dlh"), rec(ids[1], 3, "dpupr")].join(",");
            doc(&records, true).replace(
                r#""schema""#,
                &format!(r#""records_in_chain": {hint}, "schema""#),
            )
        };
        let read = |hint: &str| {
            let mut feed = decode_page(page(["a", "b"], hint).as_bytes(), 1 << 20).unwrap();
            feed.append(decode_page(page(["c", "a"], hint).as_bytes(), 1 << 20).unwrap());
            feed.append(decode_page(page(["d", "e"], hint).as_bytes(), 1 << 20).unwrap());
            feed.finish();
            feed
        };
        let exact = read("6");
        assert_eq!(exact.meta.records_in_chain, Some(6));
        assert_eq!(exact.complaints.len(), 5, "one duplicate refused");
        for hint in ["1", "99999999999999", "-3", "\"six\"", "null"] {
            let got = read(hint);
            assert_eq!(got.complaints, exact.complaints, "records_in_chain {hint}");
            assert_eq!(
                got.meta.rejections, exact.meta.rejections,
                "records_in_chain {hint}"
            );
        }
    }

    #[test]
    fn times_survive_the_columns() {
        let text = doc(&rec("a", 2, "dlh").replace(r#""status": "received""#,
            r#""status": "resolved", "responded_at": "2026-11-02T10:00:00+08:00", "resolved_at": "2026-11-04T09:00:00+08:00""#), true);
        let f = decode(&text, 1 << 20).unwrap();
        let c = f.complaints.get(0);
        assert_eq!(c.responded_at, Some(c.received_at + 3_600));
        assert_eq!(c.resolved_at, Some(c.received_at + 2 * 86_400));
        assert_eq!(f.complaints.responded_after()[0], 3_600);
    }
}
