//! Which complaints a view selects: the URL's ids resolved against the feed into row numbers
//! ([`ComplaintFilter`]), with the ids that name nothing reported.

use crate::filter_param::FilterParam;
use crate::model::complaints::{Complaint, ComplaintFeed, Status};

/// A selection over the complaint feed; an empty list means "all".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ComplaintFilter {
    pub agencies: Vec<u16>,
    pub categories: Vec<u16>,
    /// Kelurahan rows; a kecamatan id in the URL selects all its kelurahan.
    pub areas: Vec<u16>,
    pub statuses: Vec<Status>,
    pub channels: Vec<u16>,
}

/// A URL value that names nothing in the feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue {
    pub param: FilterParam,
    pub value: String,
}

/// The ids asked for in the URL, by parameter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ComplaintSelection<'a> {
    pub opd: &'a [String],
    pub category: &'a [String],
    pub area: &'a [String],
    pub status: &'a [String],
    pub channel: &'a [String],
}

fn resolve_refs(
    param: FilterParam,
    wanted: &[String],
    ids: impl Fn(&str) -> Vec<u16>,
    unknown: &mut Vec<UnknownValue>,
) -> Vec<u16> {
    let mut out = Vec::new();
    for value in wanted {
        let found = ids(value);
        if found.is_empty() {
            unknown.push(UnknownValue {
                param,
                value: value.clone(),
            });
        }
        out.extend(found);
    }
    out.sort_unstable();
    out.dedup();
    out
}

impl ComplaintFilter {
    /// Resolves URL ids against the feed's tables; values that name nothing are reported.
    pub fn resolve(
        feed: &ComplaintFeed,
        sel: &ComplaintSelection,
    ) -> (ComplaintFilter, Vec<UnknownValue>) {
        let mut unknown = Vec::new();
        fn by_id(table: &[crate::model::Reference]) -> impl Fn(&str) -> Vec<u16> + '_ {
            move |v: &str| {
                table
                    .iter()
                    .position(|r| r.id == v)
                    .map(|i| vec![i as u16])
                    .unwrap_or_default()
            }
        }
        let agencies = resolve_refs(
            FilterParam::Opd,
            sel.opd,
            by_id(&feed.agencies),
            &mut unknown,
        );
        let categories = resolve_refs(
            FilterParam::Category,
            sel.category,
            by_id(&feed.categories),
            &mut unknown,
        );
        let channels = resolve_refs(
            FilterParam::Channel,
            sel.channel,
            by_id(&feed.channels),
            &mut unknown,
        );
        let areas = resolve_refs(
            FilterParam::Area,
            sel.area,
            |v| {
                feed.areas
                    .iter()
                    .enumerate()
                    .filter(|(_, a)| a.id == v || a.kecamatan_id == v)
                    .map(|(i, _)| i as u16)
                    .collect()
            },
            &mut unknown,
        );
        let mut statuses = Vec::new();
        for value in sel.status {
            match Status::from_id(value) {
                Some(s) if !statuses.contains(&s) => statuses.push(s),
                Some(_) => {}
                None => unknown.push(UnknownValue {
                    param: FilterParam::Status,
                    value: value.clone(),
                }),
            }
        }
        (
            ComplaintFilter {
                agencies,
                categories,
                areas,
                statuses,
                channels,
            },
            unknown,
        )
    }

    pub fn matches(&self, c: &Complaint<'_>) -> bool {
        (self.agencies.is_empty() || self.agencies.contains(&c.agency))
            && (self.categories.is_empty() || self.categories.contains(&c.category))
            && (self.areas.is_empty() || self.areas.contains(&c.area))
            && (self.statuses.is_empty() || self.statuses.contains(&c.status))
            && (self.channels.is_empty() || self.channels.contains(&c.channel))
    }

    pub fn is_empty(&self) -> bool {
        *self == ComplaintFilter::default()
    }
}
