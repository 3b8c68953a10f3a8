//! How a spreadsheet shows the committee's texts to its reader: a title,
//! workstream, note, meeting title or place in the reader's language when a
//! current translation exists, else the original followed by the discreet
//! mark (`[en]`), or the originals as written (`--original`). Import reads
//! the same cells back with the same view, so that a translation shown is
//! never taken for a new original.

use super::cells::note_text;
use crate::i18n::{Catalog, Lang, catalog};
use crate::ledger::{
    Audience, Item, Ledger, Mark, Marks, Meeting, Note, Reading, TextSlot, TextState,
};
use std::collections::HashMap;

/// One ledger's texts as one reader of a sheet sees them.
#[derive(Clone, Copy)]
pub struct Showing<'a> {
    pub ledger: &'a Ledger,
    pub cat: &'a Catalog,
    audience: Audience,
}

impl<'a> Showing<'a> {
    /// `ledger` read in `lang` (its words and, unless `reading` asks for
    /// the originals, its translations).
    pub fn new(ledger: &'a Ledger, lang: Lang, reading: Reading) -> Showing<'a> {
        Showing {
            ledger,
            cat: catalog(lang),
            audience: Audience::new(lang, reading, &ledger.committee.languages),
        }
    }

    /// The text as a cell shows it: the text, then its mark if any.
    pub fn text(&self, slot: &TextSlot) -> String {
        let shown = slot.shown(&self.audience);
        match self.cat.text_mark(shown.mark) {
            Some(mark) => format!("{} {mark}", shown.text),
            None => shown.text.to_owned(),
        }
    }

    /// The language of the translation the cell shows for `slot`, when it
    /// shows a translation rather than the original.
    pub fn translation_shown(&self, slot: &TextSlot) -> Option<Lang> {
        self.audience
            .lang
            .filter(|l| slot.state(*l) == TextState::Current)
    }

    /// The item's title as shown.
    pub fn title(&self, item: &Item) -> String {
        self.text(&item.title_text(self.ledger.original_language()))
    }

    /// A workstream's name as shown.
    pub fn workstream(&self, name: &str) -> String {
        if name.is_empty() {
            return String::new();
        }
        self.text(&self.ledger.workstream_text(name))
    }

    /// A note's text as shown.
    pub fn note(&self, n: &Note) -> String {
        self.text(&n.text_slot(self.ledger.original_language()))
    }

    /// A note with its date and author, as the last-note cell shows it.
    pub fn dated_note(&self, n: &Note) -> String {
        let text = self.note(n);
        note_text(&Note {
            text,
            ..Note::new(n.date, n.author.as_str(), "")
        })
    }

    /// A meeting's title and place as shown.
    pub fn meeting(&self, m: &Meeting) -> (String, String) {
        let default = self.ledger.original_language();
        (
            self.text(&m.title_text(default)),
            self.text(&m.place_text(default)),
        )
    }

    /// The original name of each workstream by the name the reader sees
    /// (its translation, or the original with its mark), for reading a
    /// workstream cell back.
    pub fn workstream_names(&self) -> HashMap<String, String> {
        let named = self
            .ledger
            .committee
            .workstreams
            .iter()
            .map(|w| w.name.as_str())
            .chain(self.ledger.items.iter().map(|i| i.workstream.as_str()));
        let mut seen = std::collections::HashSet::new();
        named
            .filter(|n| !n.is_empty() && seen.insert(*n))
            .map(|n| (self.workstream(n), n.to_owned()))
            .filter(|(shown, n)| shown != n)
            .collect()
    }

    /// Every mark a cell of this reader may end with, longest first (none
    /// when texts are shown without marks).
    pub fn marks(&self) -> Vec<String> {
        if self.audience.marks == Marks::Hidden {
            return Vec::new();
        }
        let langs = Lang::ALL.into_iter().map(Some).chain([None]);
        let mut marks: Vec<String> = langs
            .flat_map(|l| [Mark::Untranslated(l), Mark::Outdated(l)])
            .filter_map(|m| self.cat.text_mark(m))
            .collect();
        marks.sort_by_key(|m| std::cmp::Reverse(m.len()));
        marks
    }
}

/// `text` without the mark it ends with (one of `marks`), if any.
pub fn without_mark<'t>(text: &'t str, marks: &[String]) -> &'t str {
    let text = text.trim_end();
    marks
        .iter()
        .find_map(|m| text.strip_suffix(m.as_str()))
        .map_or(text, str::trim_end)
}
