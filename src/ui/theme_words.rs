//! The words of the themes on the dashboard: their names and what the
//! bottom line says when the key switches them.

use crate::config::theme::ThemeName;
use crate::i18n::Catalog;
use crate::tr;

/// A theme's name in the reader's language.
pub fn theme_name(cat: &Catalog, theme: ThemeName) -> String {
    match theme {
        ThemeName::Dark => tr!(cat, "theme-dark"),
        ThemeName::Light => tr!(cat, "theme-light"),
        ThemeName::HighContrast => tr!(cat, "theme-high-contrast"),
    }
}

/// The theme is now `theme`.
pub fn switched(cat: &Catalog, theme: ThemeName) -> String {
    tr!(cat, "msg-theme", theme = theme_name(cat, theme))
}

/// The theme is now `theme`, but `NO_COLOR` keeps the screen without colour.
pub fn switched_without_colour(cat: &Catalog, theme: ThemeName) -> String {
    tr!(cat, "msg-theme-no-color", theme = theme_name(cat, theme))
}
