//! The user's theme file (`theme_file` in `config.toml`): colours over the
//! built-in themes, each key checked, every problem named with its line.
//!
//! ```toml
//! overdue = "#c00000"        # in every theme
//! [light]                    # in one theme: dark, light, high-contrast
//! background = "#fffff0"
//! ```

use super::theme::{Colour, PALETTE_KEYS, Palettes, ThemeName};
use std::io;
use std::path::{Path, PathBuf};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// The largest theme file read.
const MAX_THEME_BYTES: u64 = 64 << 10;

/// Why the theme file cannot be used; worded in the catalog
/// (`Catalog::theme_file_error`).
#[derive(Debug)]
pub enum ThemeFileError {
    /// The file is missing or cannot be read.
    Unreadable { path: PathBuf, cause: io::Error },
    /// Not a regular file of a theme file's size.
    NotAFile { path: PathBuf, why: NotAFile },
    /// Not UTF-8 text: the first line that is not.
    NotText { path: PathBuf, line: usize },
    /// Not TOML: where, and the TOML reader's own description.
    Syntax {
        path: PathBuf,
        line: usize,
        detail: String,
    },
    /// A key that is neither a colour of the palette nor a theme's table
    /// (`key` as written, `light.overdu` inside a table).
    UnknownKey {
        path: PathBuf,
        line: usize,
        key: String,
    },
    /// A value that is not a colour (`value` as written in the file).
    BadColour {
        path: PathBuf,
        line: usize,
        key: String,
        value: String,
    },
}

/// Why the theme file's path names no file to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAFile {
    Directory,
    /// A FIFO, a device, a socket.
    NotRegular,
    /// Larger than a theme file can be (`limit` bytes).
    TooLarge {
        limit: u64,
    },
}

/// The built-in palettes with the theme file at `path` over them.
pub fn load(path: &Path) -> Result<Palettes, ThemeFileError> {
    let file = match crate::ledger::open_regular(path, path, MAX_THEME_BYTES) {
        Ok(Some(f)) => f,
        Ok(None) => {
            return Err(ThemeFileError::Unreadable {
                path: path.to_owned(),
                cause: io::ErrorKind::NotFound.into(),
            });
        }
        Err(crate::ledger::Error::Io { source, .. }) => {
            return Err(ThemeFileError::Unreadable {
                path: path.to_owned(),
                cause: source,
            });
        }
        Err(e) => {
            let why = match e {
                crate::ledger::Error::IsDirectory { .. } => NotAFile::Directory,
                crate::ledger::Error::TooLarge { limit, .. } => NotAFile::TooLarge { limit },
                _ => NotAFile::NotRegular,
            };
            let path = path.to_owned();
            return Err(ThemeFileError::NotAFile { path, why });
        }
    };
    let mut bytes = Vec::new();
    io::Read::read_to_end(&mut io::Read::take(file, MAX_THEME_BYTES), &mut bytes).map_err(
        |cause| ThemeFileError::Unreadable {
            path: path.to_owned(),
            cause,
        },
    )?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let before = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        ThemeFileError::NotText {
            path: path.to_owned(),
            line: 1 + before.iter().filter(|b| **b == b'\n').count(),
        }
    })?;
    parse(&text).map_err(|p| p.at(path))
}

/// What is wrong, before the path is known.
#[derive(Debug, PartialEq)]
pub enum Problem {
    Syntax {
        line: usize,
        detail: String,
    },
    UnknownKey {
        line: usize,
        key: String,
    },
    BadColour {
        line: usize,
        key: String,
        value: String,
    },
}

impl Problem {
    fn at(self, path: &Path) -> ThemeFileError {
        let path = path.to_owned();
        match self {
            Problem::Syntax { line, detail } => ThemeFileError::Syntax { path, line, detail },
            Problem::UnknownKey { line, key } => ThemeFileError::UnknownKey { path, line, key },
            Problem::BadColour { line, key, value } => ThemeFileError::BadColour {
                path,
                line,
                key,
                value,
            },
        }
    }
}

/// The built-in palettes with the theme file's `text` over them: the keys
/// at the top for every theme, then each theme's table for that theme.
pub fn parse(text: &str) -> Result<Palettes, Problem> {
    let line = |at: usize| crate::ledger::line_col(text, at).0;
    let root = DeTable::parse(text).map_err(|e| Problem::Syntax {
        line: line(e.span().map_or(0, |s| s.start)),
        detail: e.message().to_owned(),
    })?;
    let mut palettes = Palettes::default();
    let mut tables = Vec::new();
    for (key, value) in in_file_order(root.get_ref()) {
        let theme = ThemeName::ALL
            .into_iter()
            .find(|t| t.word() == key.get_ref());
        match (theme, value.get_ref()) {
            (Some(theme), DeValue::Table(table)) => tables.push((theme, table)),
            _ => {
                let colour = colour(text, key.get_ref(), key, value)?;
                for theme in ThemeName::ALL {
                    set(&mut palettes, theme, key.get_ref(), colour);
                }
            }
        }
    }
    for (theme, table) in tables {
        for (key, value) in in_file_order(table) {
            let named = format!("{}.{}", theme.word(), key.get_ref());
            let colour = colour(text, &named, key, value)?;
            set(&mut palettes, theme, key.get_ref(), colour);
        }
    }
    Ok(palettes)
}

type Entry<'a, 'i> = (
    &'a Spanned<toml::de::DeString<'i>>,
    &'a Spanned<DeValue<'i>>,
);

/// A table's entries in the order the file writes them, so that the first
/// problem reported is the first in the file.
fn in_file_order<'a, 'i>(table: &'a DeTable<'i>) -> Vec<Entry<'a, 'i>> {
    let mut entries: Vec<Entry> = table.iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    entries
}

/// The colour of one entry, `named` as the user reads it in messages.
fn colour(
    text: &str,
    named: &str,
    key: &Spanned<toml::de::DeString>,
    value: &Spanned<DeValue>,
) -> Result<Colour, Problem> {
    let line = |at: usize| crate::ledger::line_col(text, at).0;
    if !PALETTE_KEYS.iter().any(|(k, _)| k == key.get_ref()) {
        return Err(Problem::UnknownKey {
            line: line(key.span().start),
            key: named.to_owned(),
        });
    }
    let parsed = match value.get_ref() {
        DeValue::String(s) => s.parse().ok(),
        _ => None,
    };
    parsed.ok_or_else(|| Problem::BadColour {
        line: line(value.span().start),
        key: named.to_owned(),
        value: text.get(value.span()).unwrap_or_default().to_owned(),
    })
}

fn set(palettes: &mut Palettes, theme: ThemeName, key: &str, colour: Colour) {
    if let Some((_, field)) = PALETTE_KEYS.iter().find(|(k, _)| *k == key) {
        *field(palettes.of_mut(theme)) = colour;
    }
}

#[cfg(test)]
mod tests {
    use super::{Problem, parse};
    use crate::config::theme::{Colour, HIGH_CONTRAST, LIGHT, Named};

    #[test]
    fn top_keys_colour_every_theme_and_tables_one() {
        let p = parse("[light]\noverdue = \"#112233\"\n\n[dark]\nmuted = \"dark-gray\"\n").unwrap();
        assert_eq!(p.light.overdue, Colour::Rgb(0x11, 0x22, 0x33));
        assert_eq!(p.dark.muted, Colour::Named(Named::DarkGray));
        assert_eq!(p.high_contrast, HIGH_CONTRAST);
        // A table wins over a key at the top, wherever it is written.
        let p = parse("[light]\naccent = \"#000\"\n").unwrap();
        assert_eq!(p.light.accent, Colour::Rgb(0, 0, 0));
        let p = parse("accent = \"red\"\n[light]\naccent = \"blue\"\n").unwrap();
        assert_eq!(p.light.accent, Colour::Named(Named::Blue));
        assert_eq!(p.dark.accent, Colour::Named(Named::Red));
        assert_eq!(p.light.text, LIGHT.text);
    }

    #[test]
    fn unknown_keys_and_bad_colours_are_named_with_their_line() {
        let err = |t: &str| parse(t).unwrap_err();
        assert_eq!(
            err("text = \"#fff\"\noverdu = \"red\"\n"),
            Problem::UnknownKey {
                line: 2,
                key: "overdu".into()
            }
        );
        assert_eq!(
            err("# mine\n\n[light]\ndue-soon = \"#12\"\n"),
            Problem::BadColour {
                line: 4,
                key: "light.due-soon".into(),
                value: "\"#12\"".into()
            }
        );
        assert_eq!(
            err("[light]\nbackground = 3\n"),
            Problem::BadColour {
                line: 2,
                key: "light.background".into(),
                value: "3".into()
            }
        );
        assert_eq!(
            err("[sepia]\ntext = \"#333\"\n"),
            Problem::UnknownKey {
                line: 1,
                key: "sepia".into()
            }
        );
        assert!(matches!(err("text = \n"), Problem::Syntax { line: 1, .. }));
    }
}
