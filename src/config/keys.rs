//! `[keys]` in config.toml as written: each action given keys, at the top
//! of the table (every part of the dashboard where the action works) or in
//! `[keys.PART]` (that part alone), with the line of every name and key, so
//! that the dashboard can refuse a bad one naming its line. What the names
//! and keys mean is the dashboard's keymap's business (`app::Keymap`).

use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// A name or a key as written, and its line in the file (from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub text: String,
    pub line: usize,
}

/// One `action = "key"` or `action = ["key", …]` of `[keys]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeySetting {
    /// The part of the dashboard (`[keys.review]`); `None` at the top.
    pub scope: Option<Written>,
    pub action: Written,
    /// The keys as written; `Err`: a value that is no string (or no array
    /// of strings), as its TOML text.
    pub keys: Result<Vec<Written>, Written>,
}

/// Accepts `[keys]` as a table when the rest of the file is read; its
/// entries are read apart, with their lines, by [`read`].
pub fn table_only<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<KeySetting>, D::Error> {
    BTreeMap::<String, serde::de::IgnoredAny>::deserialize(d)?;
    Ok(Vec::new())
}

/// The settings of `[keys]` in the config file `text`, in the order of
/// their lines (none when the file has no `[keys]` or is no TOML).
pub fn read(text: &str) -> Vec<KeySetting> {
    let Ok(doc) = DeTable::parse(text) else {
        return Vec::new();
    };
    let Some(DeValue::Table(keys)) = entry(doc.get_ref(), "keys") else {
        return Vec::new();
    };
    let lines = Lines::of(text);
    let written = |s: &Spanned<std::borrow::Cow<'_, str>>| Written {
        text: s.get_ref().to_string(),
        line: lines.at(s.span().start),
    };
    let mut out = Vec::new();
    for (name, value) in keys {
        match value.get_ref() {
            DeValue::Table(part) => {
                for (action, value) in part {
                    out.push(KeySetting {
                        scope: Some(written(name)),
                        action: written(action),
                        keys: keys_of(text, &lines, value),
                    });
                }
            }
            _ => out.push(KeySetting {
                scope: None,
                action: written(name),
                keys: keys_of(text, &lines, value),
            }),
        }
    }
    out.sort_by_key(|s| s.action.line);
    out
}

/// Where the lines of a text end, to find the line of many places at once.
struct Lines(Vec<usize>);

impl Lines {
    fn of(text: &str) -> Lines {
        Lines(text.match_indices('\n').map(|(at, _)| at).collect())
    }

    /// The line (from 1) of byte `at`.
    fn at(&self, at: usize) -> usize {
        self.0.partition_point(|&end| end < at) + 1
    }
}

/// The value of `key` in `table`.
fn entry<'a, 'i>(table: &'a DeTable<'i>, key: &str) -> Option<&'a DeValue<'i>> {
    table
        .iter()
        .find(|(k, _)| k.get_ref() == key)
        .map(|(_, v)| v.get_ref())
}

/// The keys a value gives: a string, or each string of an array; else the
/// first value that is no string, as written.
fn keys_of(
    text: &str,
    lines: &Lines,
    value: &Spanned<DeValue<'_>>,
) -> Result<Vec<Written>, Written> {
    let one = |v: &Spanned<DeValue<'_>>| {
        let line = lines.at(v.span().start);
        match v.get_ref() {
            DeValue::String(s) => Ok(Written {
                text: s.to_string(),
                line,
            }),
            _ => Err(Written {
                text: text.get(v.span()).unwrap_or_default().to_owned(),
                line,
            }),
        }
    };
    match value.get_ref() {
        DeValue::Array(items) => items.iter().map(one).collect(),
        _ => one(value).map(|w| vec![w]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_keep_their_part_and_lines() {
        let text = "language = \"es\"\n\n[keys]\nquit = \"Q\"\nstatus = [\"s\",\n  \"F2\"]\n\n[keys.review]\nagenda-next = \"n\"\n";
        let got = read(text);
        let w = |text: &str, line| Written {
            text: text.into(),
            line,
        };
        assert_eq!(
            got,
            vec![
                KeySetting {
                    scope: None,
                    action: w("quit", 4),
                    keys: Ok(vec![w("Q", 4)]),
                },
                KeySetting {
                    scope: None,
                    action: w("status", 5),
                    keys: Ok(vec![w("s", 5), w("F2", 6)]),
                },
                KeySetting {
                    scope: Some(w("review", 8)),
                    action: w("agenda-next", 9),
                    keys: Ok(vec![w("n", 9)]),
                },
            ]
        );
    }

    #[test]
    fn a_value_that_is_no_string_is_kept_as_written() {
        let got = read("[keys]\nquit = 7\n[keys.review]\nagenda-next = [\"n\", true]\n");
        let refused: Vec<&str> = got
            .iter()
            .map(|s| s.keys.as_ref().unwrap_err().text.as_str())
            .collect();
        assert_eq!(refused, ["7", "true"]);
        assert_eq!(read("no toml at all ["), Vec::new());
    }
}
