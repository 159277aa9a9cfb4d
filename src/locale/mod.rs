//! Language, number and date formatting, and the translation tables. One formatter for both
//! languages, so native tests and the browser print exactly the same text.

pub mod format;
pub mod text;

pub use text::Text;

/// The interface language. Bahasa Indonesia first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "id" | "id-ID" => Some(Lang::Id),
            "en" | "en-GB" | "en-US" => Some(Lang::En),
            _ => None,
        }
    }

    /// Shorthand for a translated string.
    pub fn t(self, text: Text) -> &'static str {
        text.get(self)
    }
}
