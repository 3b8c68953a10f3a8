//! Values an argument's own parser refuses, kept typed: clap carries the
//! error to the usage error, which words it in the user's language.

use crate::i18n::{Catalog, Lang, catalog};
use crate::tr;

/// Why a value given to an argument was refused.
#[derive(Debug)]
pub enum Refused {
    /// `--lang` names a language followup does not speak.
    Lang(String),
    /// A time zone that is not an IANA name.
    Zone(String),
    /// A closure rule other than `either` and `both`.
    Closure(String),
    /// A time of day not written `HH:MM`.
    Time(String),
    /// `--theme` names no theme.
    Theme(String),
}

impl Refused {
    /// Why, in the language of `cat`.
    pub(super) fn words(&self, cat: &Catalog) -> String {
        match self {
            Refused::Lang(lang) => tr!(cat, "cli-bad-lang", lang = lang.as_str()),
            Refused::Zone(zone) => tr!(cat, "sc-unknown-zone", value = zone.as_str()),
            Refused::Closure(rule) => tr!(
                cat,
                "sc-unknown-choice",
                value = rule.as_str(),
                allowed = "either, both"
            ),
            Refused::Time(time) => tr!(cat, "sc-time", value = time.as_str()),
            Refused::Theme(theme) => tr!(
                cat,
                "sc-unknown-choice",
                value = theme.as_str(),
                allowed = "dark, light, high-contrast, auto"
            ),
        }
    }
}

/// English, for clap's own rendering of the error (followup words it
/// itself, with [`Refused::words`], in the user's language).
impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(catalog(Lang::En)))
    }
}

impl std::error::Error for Refused {}
