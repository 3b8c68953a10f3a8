//! The theme the dashboard starts with: `--theme` or the config's choice,
//! the terminal's background asked once when it is `auto`, and the user's
//! theme file over the built-in colours.

use crate::cli::{Env, Failure};
use crate::config::theme::{Palettes, ThemeName};
use crate::config::{config_relative, theme_file};
use std::time::Duration;
use terminal_colorsaurus::{QueryOptions, ThemeMode, theme_mode};

/// How long the terminal has to say its background colour. Terminals that
/// cannot answer say so at once (they answer the DA1 query sent after
/// it); this bounds the wait for one that answers nothing at all.
pub const ASK_FOR: Duration = Duration::from_millis(150);

/// The theme to draw with first and the palettes of every theme; `color`
/// false (`NO_COLOR`): the terminal is not asked, nothing is coloured.
pub fn starting_theme(env: &Env, color: bool) -> Result<(ThemeName, Palettes), Failure> {
    let palettes = match &env.config.theme_file {
        Some(p) => theme_file::load(&config_relative(p))
            .map_err(|e| Failure::usage(crate::i18n::catalog(env.lang).theme_file_error(&e)))?,
        None => Palettes::default(),
    };
    let theme = env.config.theme.resolve(|| {
        if color {
            terminal_background()
        } else {
            ThemeName::Dark
        }
    });
    Ok((theme, palettes))
}

/// Light when the terminal says its background is light (OSC 11); dark when
/// it is dark, cannot say, or says nothing within [`ASK_FOR`].
fn terminal_background() -> ThemeName {
    let mut options = QueryOptions::default();
    options.timeout = ASK_FOR;
    match theme_mode(options) {
        Ok(ThemeMode::Light) => ThemeName::Light,
        _ => ThemeName::Dark,
    }
}
