//! The record's own texts as the dashboard's reader reads them: in the
//! dashboard's language where a current translation exists, else the
//! original (marked), or every original as written when the reader
//! switched to them; and the language the review lists texts to translate into.

use super::state::App;
use crate::base::lang::Lang;
use crate::ledger::{Audience, Item, Reading, Shown};

impl App {
    /// Who reads the record's texts now.
    pub fn audience(&self) -> Audience {
        let languages = &self.doc.ledger().committee.languages;
        Audience::new(self.options.lang, self.options.reading, languages)
    }

    /// An item's title as the reader reads it.
    pub fn title<'a>(&'a self, item: &'a Item) -> Shown<'a> {
        let default = self.doc.ledger().original_language();
        item.title_text(default).shown(&self.audience())
    }

    /// A workstream's name as the reader reads it.
    pub fn workstream_name<'a>(&'a self, name: &'a str) -> Shown<'a> {
        self.doc
            .ledger()
            .workstream_text(name)
            .shown(&self.audience())
    }

    /// Switches between the translations and the originals.
    pub fn switch_reading(&mut self) -> Reading {
        self.options.reading = match self.options.reading {
            Reading::Translated => Reading::Originals,
            Reading::Originals => Reading::Translated,
        };
        self.options.reading
    }

    /// The language the review's agenda lists texts to translate into: the
    /// reader's, when the committee works in several languages and this is
    /// one of them (`None`, no such section, for a one-language committee).
    pub fn translating_into(&self) -> Option<Lang> {
        let languages = &self.doc.ledger().committee.languages;
        let lang = self.options.lang;
        (languages.len() > 1 && languages.contains(&lang)).then_some(lang)
    }
}
