//! The filter bar's select boxes: which URL parameter each sets, its label, and the options the
//! data names (ids with the names the feed gives them).

use crate::filter_param::FilterParam;
use crate::locale::{Lang, Text};
use crate::model::complaints::{ComplaintFeed, KecamatanTable, Status};
use crate::model::queues::QueueFeed;
use crate::model::Reference;

/// One select box: URL parameter, label, and (id, name) options.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterField {
    pub param: FilterParam,
    pub label: Text,
    pub options: Vec<(String, String)>,
}

fn references(table: &[Reference]) -> Vec<(String, String)> {
    table
        .iter()
        .map(|r| (r.id.clone(), r.name.clone()))
        .collect()
}

/// The OPD filter: both feeds name their agencies.
fn opd_field(agencies: &[Reference]) -> FilterField {
    FilterField {
        param: FilterParam::Opd,
        label: Text::Opd,
        options: references(agencies),
    }
}

/// The complaint filters: OPD, category, area (each kecamatan, then each kelurahan), status and
/// channel.
pub fn complaint_fields(feed: &ComplaintFeed, lang: Lang) -> Vec<FilterField> {
    let mut areas: Vec<(String, String)> = KecamatanTable::of(&feed.areas)
        .rows
        .into_iter()
        .map(|(id, name)| (id, format!("{} {}", lang.t(Text::Kecamatan), name)))
        .collect();
    areas.extend(
        feed.areas
            .iter()
            .map(|a| (a.id.clone(), format!("{} ({})", a.kelurahan, a.kecamatan))),
    );
    vec![
        opd_field(&feed.agencies),
        FilterField {
            param: FilterParam::Category,
            label: Text::Category,
            options: references(&feed.categories),
        },
        FilterField {
            param: FilterParam::Area,
            label: Text::AreaFilter,
            options: areas,
        },
        FilterField {
            param: FilterParam::Status,
            label: Text::StatusColumn,
            options: Status::ALL
                .iter()
                .map(|s| {
                    (
                        s.id().to_string(),
                        super::complaints::status_name(*s, lang).to_string(),
                    )
                })
                .collect(),
        },
        FilterField {
            param: FilterParam::Channel,
            label: Text::Channel,
            options: references(&feed.channels),
        },
    ]
}

/// The queue filters: OPD, service and location (each location once, sorted).
pub fn queue_fields(feed: &QueueFeed) -> Vec<FilterField> {
    let mut locations: Vec<String> = feed.services.iter().map(|s| s.location.clone()).collect();
    crate::sort::sort_by(&mut locations, |a, b| a.cmp(b));
    locations.dedup();
    vec![
        opd_field(&feed.agencies),
        FilterField {
            param: FilterParam::Service,
            label: Text::Service,
            options: feed
                .services
                .iter()
                .map(|s| (s.id.clone(), s.name.clone()))
                .collect(),
        },
        FilterField {
            param: FilterParam::Location,
            label: Text::Location,
            options: locations.into_iter().map(|l| (l.clone(), l)).collect(),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_area_filter_offers_each_kecamatan_once_then_every_kelurahan() {
        let feed = crate::model::complaints::decode(
            include_str!("../../tests/fixtures/complaints.json"),
            u64::MAX,
        )
        .unwrap();
        let fields = complaint_fields(&feed, Lang::Id);
        let params: Vec<FilterParam> = fields.iter().map(|f| f.param).collect();
        assert_eq!(
            params,
            [
                FilterParam::Opd,
                FilterParam::Category,
                FilterParam::Area,
                FilterParam::Status,
                FilterParam::Channel
            ]
        );
        let areas = &fields[2].options;
        let mut kecamatan: Vec<&str> = feed.areas.iter().map(|a| a.kecamatan_id.as_str()).collect();
        kecamatan.dedup();
        assert_eq!(areas.len(), kecamatan.len() + feed.areas.len());
        for (option, id) in areas.iter().zip(&kecamatan) {
            assert_eq!(option.0, *id);
            assert!(option.1.starts_with("Kecamatan "), "{}", option.1);
        }
        let first = &feed.areas[0];
        assert_eq!(
            areas[kecamatan.len()],
            (
                first.id.clone(),
                format!("{} ({})", first.kelurahan, first.kecamatan)
            )
        );
        assert_eq!(fields[3].options.len(), Status::ALL.len());
    }

    #[test]
    fn each_queue_location_is_offered_once_in_order() {
        let feed = crate::model::queues::decode(
            include_str!("../../tests/fixtures/queues.json"),
            u64::MAX,
        )
        .unwrap();
        let fields = queue_fields(&feed);
        let locations: Vec<&str> = fields[2]
            .options
            .iter()
            .map(|(id, _)| id.as_str())
            .collect();
        let mut expected: Vec<&str> = feed.services.iter().map(|s| s.location.as_str()).collect();
        expected.sort_unstable();
        expected.dedup();
        assert_eq!(locations, expected);
        assert_eq!(fields[1].options.len(), feed.services.len());
    }
}
