//! The translator's workbook: one row per text of the ledger to translate
//! into a language (missing or outdated there), with the original, the
//! translation on record and an empty column for the new one; a hidden key
//! column says which text each row is and which version of its original
//! it translates. Import reads it back as translations
//! (`import::translations`).

mod export;
pub mod key;

pub use export::export_translator_workbook;

use crate::base::fold::word_key;
use crate::i18n::{Catalog, Lang, catalog};
use crate::tr;

/// The header of the hidden key column (never translated: import finds
/// the sheet by it).
pub const KEY_HEADER: &str = "followup-key";

/// A column of the translator's sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextColumn {
    /// The item or meeting the text belongs to.
    Id,
    /// Which of its texts (title, note 2, place…).
    Text,
    /// The language of the original.
    WrittenIn,
    Original,
    /// The translation on record, outdated or not.
    Translation,
    /// Missing or outdated.
    State,
    /// Where the translator writes.
    New,
    /// The hidden key ([`key`]).
    Key,
}

impl TextColumn {
    /// The columns in order.
    pub const ALL: [TextColumn; 8] = [
        TextColumn::Id,
        TextColumn::Text,
        TextColumn::WrittenIn,
        TextColumn::Original,
        TextColumn::Translation,
        TextColumn::State,
        TextColumn::New,
        TextColumn::Key,
    ];

    /// The header in a language.
    pub fn header(self, cat: &Catalog) -> String {
        match self {
            TextColumn::Id => tr!(cat, "tw-col-id"),
            TextColumn::Text => tr!(cat, "tw-col-text"),
            TextColumn::WrittenIn => tr!(cat, "tw-col-written-in"),
            TextColumn::Original => tr!(cat, "tw-col-original"),
            TextColumn::Translation => tr!(cat, "tw-col-translation"),
            TextColumn::State => tr!(cat, "tw-col-state"),
            TextColumn::New => tr!(cat, "tw-col-new"),
            TextColumn::Key => KEY_HEADER.to_owned(),
        }
    }

    /// The width in characters.
    fn width(self) -> f64 {
        match self {
            TextColumn::Id => 10.0,
            TextColumn::Text => 22.0,
            TextColumn::WrittenIn | TextColumn::State => 12.0,
            TextColumn::Original | TextColumn::Translation | TextColumn::New => 50.0,
            TextColumn::Key => 30.0,
        }
    }

    /// The index of the column.
    fn at(self) -> u16 {
        TextColumn::ALL
            .iter()
            .position(|c| *c == self)
            .expect("a column") as u16
    }
}

/// The column a header names, in any language followup speaks (case,
/// accents and spaces ignored).
pub fn recognise(header: &str) -> Option<TextColumn> {
    let h = word_key(header.trim());
    if h.is_empty() {
        return None;
    }
    Lang::ALL.into_iter().find_map(|lang| {
        TextColumn::ALL
            .into_iter()
            .find(|c| word_key(&c.header(catalog(lang))) == h)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_recognised_in_three_languages() {
        for lang in Lang::ALL {
            for c in TextColumn::ALL {
                assert_eq!(recognise(&c.header(catalog(lang))), Some(c), "{lang:?}");
            }
        }
        assert_eq!(recognise("nueva traduccion"), Some(TextColumn::New));
        assert_eq!(recognise(" 새 번역 "), Some(TextColumn::New));
        assert_eq!(recognise("Budget"), None);
    }
}
