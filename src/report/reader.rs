//! Who reads the minutes: the catalog of their language, and how the
//! committee's own texts are shown to them (in their language where a
//! current translation exists, else the original with a discreet mark, or
//! the originals throughout with `--original`). A bilingual document has
//! one reader per column; the calendar feed and the reminders read the
//! committee's texts the same way.

use crate::i18n::Catalog;
use crate::ledger::{Audience, TextSlot};
use std::borrow::Cow;

/// The reader of the minutes (or of one column of bilingual minutes).
#[derive(Clone, Copy)]
pub struct Reader<'c> {
    /// The words of the document, in the reader's language.
    pub cat: &'c Catalog,
    /// Which version of the committee's texts the reader sees.
    pub audience: Audience,
}

/// A text of the committee as one reader sees it: the text (ledger text,
/// for the renderer to escape) and, when it is not in the reader's
/// language, the mark that says so (`[en]`, `[en, outdated]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown<'a> {
    pub text: Cow<'a, str>,
    pub mark: Option<String>,
}

impl<'c> Reader<'c> {
    /// A reader of `cat`'s language who sees the committee's texts as `audience` does.
    pub fn new(cat: &'c Catalog, audience: Audience) -> Reader<'c> {
        Reader { cat, audience }
    }

    /// The text `slot` as this reader sees it.
    pub fn text<'a>(&self, slot: TextSlot<'a>) -> Shown<'a> {
        let shown = slot.shown(&self.audience);
        Shown {
            text: Cow::Borrowed(shown.text),
            mark: self.cat.text_mark(shown.mark),
        }
    }
}

impl Shown<'_> {
    /// The text and its mark on one line, for a plain-text cell (CSV).
    pub fn joined(&self) -> String {
        match &self.mark {
            Some(m) => format!("{} {m}", self.text),
            None => self.text.clone().into_owned(),
        }
    }
}
