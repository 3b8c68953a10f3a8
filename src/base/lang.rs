//! The languages followup speaks, as plain values with their codes. Which
//! one to speak (and which one a locale such as `es_MX.UTF-8` names:
//! `Lang::from_locale`, `str::parse`) is negotiation, in `i18n`; the words
//! live in `locales/`.

/// A language followup speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
    Ko,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Ko];

    /// The language's code: `en`, `es`, `ko`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Ko => "ko",
        }
    }

    /// The language a code names exactly (`es`), as the ledger writes it.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}
