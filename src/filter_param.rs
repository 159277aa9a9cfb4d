//! The URL's list filters (docs/design.md §2): one enum owns their parameter names, so code
//! matches on variants, never on strings, and a new filter is one new variant.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FilterParam {
    Opd,
    Category,
    Area,
    Status,
    Channel,
    Service,
    Location,
}

impl FilterParam {
    /// In the order the URL writes them.
    pub const ALL: [FilterParam; 7] = [
        FilterParam::Opd,
        FilterParam::Category,
        FilterParam::Area,
        FilterParam::Status,
        FilterParam::Channel,
        FilterParam::Service,
        FilterParam::Location,
    ];

    /// The URL parameter (`opd`, `category`, …).
    pub fn name(self) -> &'static str {
        match self {
            FilterParam::Opd => "opd",
            FilterParam::Category => "category",
            FilterParam::Area => "area",
            FilterParam::Status => "status",
            FilterParam::Channel => "channel",
            FilterParam::Service => "service",
            FilterParam::Location => "location",
        }
    }

    pub fn from_name(name: &str) -> Option<FilterParam> {
        Self::ALL.into_iter().find(|p| p.name() == name)
    }
}

impl fmt::Display for FilterParam {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for p in FilterParam::ALL {
            assert_eq!(FilterParam::from_name(p.name()), Some(p));
        }
        assert_eq!(FilterParam::from_name("from"), None);
        assert_eq!(FilterParam::Opd.to_string(), "opd");
    }
}
