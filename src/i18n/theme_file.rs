//! The words of a theme file that cannot be used.

use super::Catalog;
use crate::base::text::truncate;
use crate::config::theme::PALETTE_KEYS;
use crate::config::theme_file::{NotAFile, ThemeFileError};
use crate::tr;

/// The most columns of the file's own text a refusal repeats.
const ECHOED: usize = 40;

impl Catalog {
    /// Why the theme file cannot be used: the file, the line and the key.
    pub fn theme_file_error(&self, e: &ThemeFileError) -> String {
        match e {
            ThemeFileError::Unreadable { path, cause } => tr!(
                self,
                "theme-file-unreadable",
                path = path.display().to_string(),
                cause = self.io_error(cause)
            ),
            ThemeFileError::NotAFile { path, why } => {
                let path = path.display().to_string();
                match why {
                    NotAFile::Directory => tr!(self, "theme-file-directory", path = path),
                    NotAFile::NotRegular => tr!(self, "theme-file-not-regular", path = path),
                    NotAFile::TooLarge { limit } => {
                        tr!(
                            self,
                            "theme-file-too-large",
                            path = path,
                            kib = *limit >> 10
                        )
                    }
                }
            }
            ThemeFileError::NotText { path, line } => tr!(
                self,
                "theme-file-not-text",
                path = path.display().to_string(),
                line = *line
            ),
            ThemeFileError::Syntax { path, line, detail } => tr!(
                self,
                "theme-file-syntax",
                path = path.display().to_string(),
                line = *line,
                detail = detail.as_str()
            ),
            ThemeFileError::UnknownKey { path, line, key } => {
                let keys: Vec<&str> = PALETTE_KEYS.iter().map(|(k, _)| *k).collect();
                tr!(
                    self,
                    "theme-file-unknown-key",
                    path = path.display().to_string(),
                    line = *line,
                    key = truncate(key, ECHOED),
                    keys = keys.join(", ")
                )
            }
            ThemeFileError::BadColour {
                path,
                line,
                key,
                value,
            } => tr!(
                self,
                "theme-file-bad-colour",
                path = path.display().to_string(),
                line = *line,
                key = truncate(key, ECHOED),
                value = truncate(value, ECHOED)
            ),
        }
    }
}
