//! The words of the themes on the dashboard: their names and what the
//! bottom line says when the key switches them (or the reading of the
//! record's texts), naming the user's key for the next switch.

use crate::config::theme::ThemeName;
use crate::i18n::Catalog;
use crate::ledger::Reading;
use crate::tr;

/// A theme's name in the reader's language.
pub fn theme_name(cat: &Catalog, theme: ThemeName) -> String {
    match theme {
        ThemeName::Dark => tr!(cat, "theme-dark"),
        ThemeName::Light => tr!(cat, "theme-light"),
        ThemeName::HighContrast => tr!(cat, "theme-high-contrast"),
    }
}

/// The theme is now `theme`; `key` switches to the next, if any.
pub fn switched(cat: &Catalog, theme: ThemeName, key: Option<String>) -> String {
    let theme = theme_name(cat, theme);
    match key {
        Some(key) => tr!(cat, "msg-theme", theme = theme, key = key),
        None => tr!(cat, "msg-theme-keyless", theme = theme),
    }
}

/// The record's texts are now shown as `reading` says; `key` switches
/// back, if any.
pub fn reading(cat: &Catalog, reading: Reading, key: Option<String>) -> String {
    let language = cat.language_name(cat.lang());
    match (reading, key) {
        (Reading::Originals, Some(key)) => tr!(cat, "msg-reading-originals", key = key),
        (Reading::Originals, None) => tr!(cat, "msg-reading-originals-keyless"),
        (Reading::Translated, Some(key)) => {
            tr!(
                cat,
                "msg-reading-translated",
                language = language,
                key = key
            )
        }
        (Reading::Translated, None) => {
            tr!(cat, "msg-reading-translated-keyless", language = language)
        }
    }
}

/// The theme is now `theme`, but `NO_COLOR` keeps the screen without colour.
pub fn switched_without_colour(cat: &Catalog, theme: ThemeName) -> String {
    tr!(cat, "msg-theme-no-color", theme = theme_name(cat, theme))
}
