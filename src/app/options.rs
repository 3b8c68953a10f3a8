//! The settings the dashboard starts with (from config.toml and the command
//! line), two of which keys switch while it runs.

/// Settings fixed at start (but the reading and the theme, switched by keys).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// How many days ahead count as "due soon".
    pub review_window_days: u32,
    /// Draw in colour (the binary turns it off when `NO_COLOR` is set).
    pub color: bool,
    /// Save after every edit (and undo); on by default.
    pub autosave: bool,
    /// The language of every word on the screen.
    pub lang: crate::base::lang::Lang,
    /// Sync once on quitting (`sync_on_quit` in config.toml).
    pub sync_on_quit: bool,
    /// The record's texts in `lang` where translated, or as written
    /// (`--original`); the one setting a key switches while running.
    pub reading: crate::ledger::Reading,
    /// Where "now" comes from; `None`: noon of the dashboard's `today`.
    pub clock: Option<crate::base::clock::Clock>,
    /// The theme drawn with now (`b` switches it).
    pub theme: crate::config::theme::ThemeName,
    /// The colours of each theme, the user's theme file over the built-in ones.
    pub palettes: crate::config::theme::Palettes,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            review_window_days: 7,
            color: true,
            autosave: true,
            lang: crate::base::lang::Lang::En,
            sync_on_quit: false,
            reading: crate::ledger::Reading::Translated,
            clock: None,
            theme: Default::default(),
            palettes: Default::default(),
        }
    }
}
