//! The view state in the URL query (docs/design.md §2): one place that reads and writes it, so
//! every view can be shared, bookmarked and reopened identically. Unknown or invalid values are
//! ignored and reported as notices, never a crash.

use crate::analytics::complaint_filter::ComplaintSelection;
use crate::analytics::queues::ServiceSelection;
use crate::analytics::view_selection::ViewSelection;
use crate::charts::theme::Theme;
use crate::config::{ViewId, MIN_ROTATE_SECONDS};
use crate::filter_param::FilterParam;
use crate::locale::Lang;
use crate::period::Compare;
use crate::time::{parse_date, Bucket};
use chrono::NaiveDate;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ViewQuery {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub compare: Compare,
    pub opd: Vec<String>,
    pub category: Vec<String>,
    pub area: Vec<String>,
    pub status: Vec<String>,
    pub channel: Vec<String>,
    pub service: Vec<String>,
    pub location: Vec<String>,
    pub bucket: Option<Bucket>,
    pub lang: Option<Lang>,
    pub theme: Option<Theme>,
    /// Larger type for a projector (`text=large`).
    pub large_text: bool,
    /// Display mode only.
    pub views: Vec<ViewId>,
    /// Display mode only: seconds per view.
    pub rotate: Option<f64>,
    /// What the map's colours stand for (`map=`).
    pub map_mode: MapMode,
    /// Which areas the map draws (`map_level=`); `None` follows the areas feed.
    pub map_level: Option<MapLevel>,
}

/// What the map's colours stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MapMode {
    /// Complaints in the period.
    #[default]
    Count,
    /// Complaints per 1,000 residents (where the areas feed gives populations).
    PerThousand,
    /// Change against the comparison period, on a diverging scale.
    Change,
}

impl MapMode {
    pub const ALL: [MapMode; 3] = [MapMode::Count, MapMode::PerThousand, MapMode::Change];

    pub fn id(self) -> &'static str {
        match self {
            MapMode::Count => "count",
            MapMode::PerThousand => "rate",
            MapMode::Change => "change",
        }
    }

    pub fn from_id(id: &str) -> Option<MapMode> {
        MapMode::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// The level of areas a map draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapLevel {
    Kelurahan,
    Kecamatan,
}

impl MapLevel {
    pub const ALL: [MapLevel; 2] = [MapLevel::Kelurahan, MapLevel::Kecamatan];

    pub fn id(self) -> &'static str {
        match self {
            MapLevel::Kelurahan => "kelurahan",
            MapLevel::Kecamatan => "kecamatan",
        }
    }

    pub fn from_id(id: &str) -> Option<MapLevel> {
        MapLevel::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// A query value that was ignored, shown to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryNotice {
    pub param: String,
    pub value: String,
}

const MAX_ID_LEN: usize = 64;

fn valid_id(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= MAX_ID_LEN
        && value
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ' '))
}

impl ViewQuery {
    /// What the view asks of the feeds, as analytics take it.
    pub fn selection(&self) -> ViewSelection<'_> {
        ViewSelection {
            from: self.from,
            to: self.to,
            compare: self.compare,
            bucket: self.bucket,
            complaints: ComplaintSelection {
                opd: &self.opd,
                category: &self.category,
                area: &self.area,
                status: &self.status,
                channel: &self.channel,
            },
            services: ServiceSelection {
                opd: &self.opd,
                service: &self.service,
                location: &self.location,
            },
        }
    }

    /// Reads a query string (with or without the leading `?`).
    pub fn parse(query: &str) -> (ViewQuery, Vec<QueryNotice>) {
        let mut q = ViewQuery::default();
        let mut notices = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            let bad = |notices: &mut Vec<QueryNotice>| {
                notices.push(QueryNotice {
                    param: key.to_string(),
                    value: value.to_string(),
                })
            };
            let list = |notices: &mut Vec<QueryNotice>, target: &mut Vec<String>| {
                for item in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    if valid_id(item) {
                        if !target.iter().any(|t| t == item) {
                            target.push(item.to_string());
                        }
                    } else {
                        notices.push(QueryNotice {
                            param: key.to_string(),
                            value: item.to_string(),
                        });
                    }
                }
            };
            if let Some(param) = FilterParam::from_name(&key) {
                list(&mut notices, q.filter_list_mut(param));
                continue;
            }
            match key.as_ref() {
                "from" => match parse_date(&value) {
                    Some(d) => q.from = Some(d),
                    None => bad(&mut notices),
                },
                "to" => match parse_date(&value) {
                    Some(d) => q.to = Some(d),
                    None => bad(&mut notices),
                },
                "compare" => match Compare::from_id(&value) {
                    Some(c) => q.compare = c,
                    None => bad(&mut notices),
                },
                "bucket" => match Bucket::from_id(&value) {
                    Some(b) => q.bucket = Some(b),
                    None => bad(&mut notices),
                },
                "lang" => match value.as_ref() {
                    "id" => q.lang = Some(Lang::Id),
                    "en" => q.lang = Some(Lang::En),
                    _ => bad(&mut notices),
                },
                "theme" => match Theme::from_id(&value) {
                    Some(t) => q.theme = Some(t),
                    None => bad(&mut notices),
                },
                "text" => match value.as_ref() {
                    "large" => q.large_text = true,
                    "normal" => q.large_text = false,
                    _ => bad(&mut notices),
                },
                "views" => {
                    for item in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                        match ViewId::from_id(item) {
                            Some(v) if !q.views.contains(&v) => q.views.push(v),
                            Some(_) => {}
                            None => notices.push(QueryNotice {
                                param: "views".into(),
                                value: item.into(),
                            }),
                        }
                    }
                }
                "map" => match MapMode::from_id(&value) {
                    Some(m) => q.map_mode = m,
                    None => bad(&mut notices),
                },
                "map_level" => match MapLevel::from_id(&value) {
                    Some(l) => q.map_level = Some(l),
                    None => bad(&mut notices),
                },
                "rotate" => match crate::locale::format::parse_decimal(&value) {
                    Some(s) if (MIN_ROTATE_SECONDS..=3600.0).contains(&s) => q.rotate = Some(s),
                    _ => bad(&mut notices),
                },
                _ => bad(&mut notices),
            }
        }
        if let (Some(from), Some(to)) = (q.from, q.to) {
            if from > to {
                notices.push(QueryNotice {
                    param: "from".into(),
                    value: from.to_string(),
                });
                q.from = None;
            }
        }
        (q, notices)
    }

    /// Writes the query back, in a fixed order, leaving defaults out. Empty when all is default.
    pub fn to_query_string(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if let Some(d) = self.from {
            out.append_pair("from", &d.to_string());
        }
        if let Some(d) = self.to {
            out.append_pair("to", &d.to_string());
        }
        if self.compare != Compare::default() {
            out.append_pair("compare", self.compare.id());
        }
        for (key, values) in self.active_filters() {
            out.append_pair(key.name(), &values.join(","));
        }
        if let Some(b) = self.bucket {
            out.append_pair("bucket", b.id());
        }
        if self.map_mode != MapMode::default() {
            out.append_pair("map", self.map_mode.id());
        }
        if let Some(l) = self.map_level {
            out.append_pair("map_level", l.id());
        }
        if let Some(l) = self.lang {
            out.append_pair("lang", l.code());
        }
        if let Some(t) = self.theme {
            out.append_pair("theme", t.id());
        }
        if self.large_text {
            out.append_pair("text", "large");
        }
        if !self.views.is_empty() {
            let ids: Vec<_> = self.views.iter().map(|v| v.id()).collect();
            out.append_pair("views", &ids.join(","));
        }
        if let Some(r) = self.rotate {
            out.append_pair("rotate", &r.to_string());
        }
        out.finish()
    }

    /// `?query` or an empty string, for links.
    pub fn href_suffix(&self) -> String {
        let q = self.to_query_string();
        if q.is_empty() {
            q
        } else {
            format!("?{q}")
        }
    }

    /// The list filters by URL parameter, in the order they are written.
    pub fn filter_lists(&self) -> [(FilterParam, &Vec<String>); 7] {
        FilterParam::ALL.map(|p| (p, self.filter_list(p)))
    }

    /// A list filter's values.
    pub fn filter_list(&self, param: FilterParam) -> &Vec<String> {
        match param {
            FilterParam::Opd => &self.opd,
            FilterParam::Category => &self.category,
            FilterParam::Area => &self.area,
            FilterParam::Status => &self.status,
            FilterParam::Channel => &self.channel,
            FilterParam::Service => &self.service,
            FilterParam::Location => &self.location,
        }
    }

    /// Adds a value to a list filter, or removes it when present (a click on a bar).
    pub fn toggle(&mut self, param: FilterParam, value: &str) {
        let list = self.filter_list_mut(param);
        match list.iter().position(|v| v == value) {
            Some(i) => {
                list.remove(i);
            }
            None => list.push(value.to_string()),
        }
    }

    /// A list filter by its URL parameter, to change it.
    pub fn filter_list_mut(&mut self, param: FilterParam) -> &mut Vec<String> {
        match param {
            FilterParam::Opd => &mut self.opd,
            FilterParam::Category => &mut self.category,
            FilterParam::Area => &mut self.area,
            FilterParam::Status => &mut self.status,
            FilterParam::Channel => &mut self.channel,
            FilterParam::Service => &mut self.service,
            FilterParam::Location => &mut self.location,
        }
    }

    /// The filters in force, for the context strip and chips: (parameter, values).
    pub fn active_filters(&self) -> Vec<(FilterParam, &[String])> {
        self.filter_lists()
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (k, v.as_slice()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_parameter() {
        let text = "from=2026-01-01&to=2026-03-31&compare=year&opd=dpupr%2Cdlh&area=bontang-utara&status=resolved&channel=app&service=dukcapil-ktp&location=Mal+Pelayanan+Publik&bucket=week&map=rate&map_level=kecamatan&lang=en&theme=dark&text=large&views=overview%2Cqueues&rotate=20";
        let (q, notices) = ViewQuery::parse(text);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(q.opd, vec!["dpupr", "dlh"]);
        assert_eq!(q.compare, Compare::Year);
        assert!(q.large_text);
        assert_eq!(q.map_mode, MapMode::PerThousand);
        assert_eq!(q.map_level, Some(MapLevel::Kecamatan));
        assert_eq!(q.location, vec!["Mal Pelayanan Publik"]);
        assert_eq!(q.views, vec![ViewId::Overview, ViewId::Queues]);
        assert_eq!(q.to_query_string(), text);
        assert_eq!(ViewQuery::parse(&q.to_query_string()).0, q);
    }

    #[test]
    fn invalid_values_become_notices_and_are_ignored() {
        let (q, notices) = ViewQuery::parse("?from=2026-13-01&to=2026-02-01&compare=decade&lang=fr&theme=pink&bucket=year&map=heat&map_level=province&rotate=0.01&views=overview,map&opd=%3Cscript%3E&foo=bar");
        assert_eq!(q.from, None);
        assert_eq!(q.to.unwrap().to_string(), "2026-02-01");
        assert_eq!(q.compare, Compare::Previous);
        assert!(q.opd.is_empty());
        assert_eq!(q.views, vec![ViewId::Overview]);
        let params: Vec<_> = notices.iter().map(|n| n.param.as_str()).collect();
        assert_eq!(
            params,
            [
                "from",
                "compare",
                "lang",
                "theme",
                "bucket",
                "map",
                "map_level",
                "rotate",
                "views",
                "opd",
                "foo"
            ]
        );
    }

    #[test]
    fn from_after_to_is_dropped_with_a_notice() {
        let (q, notices) = ViewQuery::parse("from=2026-05-01&to=2026-04-01");
        assert_eq!(q.from, None);
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        // A fuzzer case: a signed year once parsed and then wrote as `-0226-01-01`.
        for text in [
            "from=-226-01-01&to=2026-03-31",
            "rotate=0.1&views=spbe",
            "opd=a,b,a&area=x y",
        ] {
            let (q, _) = ViewQuery::parse(text);
            let (again, notices) = ViewQuery::parse(&q.to_query_string());
            assert!(notices.is_empty(), "{text}: {notices:?}");
            assert_eq!(again, q, "{text}");
        }
    }

    #[test]
    fn defaults_write_nothing() {
        assert_eq!(ViewQuery::default().href_suffix(), "");
    }

    #[test]
    fn toggling_adds_and_removes_a_filter_value_and_round_trips() {
        let (mut q, _) = ViewQuery::parse("from=2026-11-01&to=2026-11-27&opd=dlh");
        q.toggle(FilterParam::Opd, "dpupr");
        assert_eq!(q.opd, ["dlh", "dpupr"]);
        q.toggle(FilterParam::Opd, "dlh");
        assert_eq!(q.opd, ["dpupr"]);
        let text = q.to_query_string();
        assert!(text.contains("opd=dpupr"), "{text}");
        assert_eq!(ViewQuery::parse(&text).0, q);
    }
}
