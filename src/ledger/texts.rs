//! Every text of the ledger a person may translate, by one address
//! ([`TextRef`]) shared by the command line, the dashboard and the
//! translator's workbook.

use super::model::{Item, Ledger, Workstream};
use super::translation::{TextSlot, TextState, Translations};
use crate::base::lang::Lang;

/// Which text of the ledger: the committee's name, a workstream's name, a
/// meeting's title or place, an item's title or one of its notes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TextRef {
    CommitteeName,
    /// The workstream items name so.
    Workstream(String),
    MeetingTitle(String),
    MeetingPlace(String),
    ItemTitle(String),
    /// The note at this index (from 0, oldest first) of the item.
    Note {
        item: String,
        index: usize,
    },
}

impl TextRef {
    /// The item the text belongs to, if any.
    pub fn item(&self) -> Option<&str> {
        match self {
            TextRef::ItemTitle(id) | TextRef::Note { item: id, .. } => Some(id),
            _ => None,
        }
    }
}

impl Ledger {
    /// The workstream `name` as a translatable text (with no translations
    /// when it has no record).
    pub fn workstream_text<'a>(&'a self, name: &'a str) -> TextSlot<'a> {
        let default = self.original_language();
        match self.committee.workstream(name) {
            Some(w) => w.name_text(default),
            None => TextSlot {
                original: name,
                language: default,
                key: "name",
                translations: &Translations::NONE,
            },
        }
    }

    /// The text `r` addresses, if the ledger has it.
    pub fn text<'a>(&'a self, r: &'a TextRef) -> Option<TextSlot<'a>> {
        let default = self.original_language();
        Some(match r {
            TextRef::CommitteeName => self.committee.name_text(),
            TextRef::Workstream(name) => {
                let named = self.committee.workstream(name).is_some()
                    || self.items.iter().any(|i| &i.workstream == name);
                if !named {
                    return None;
                }
                self.workstream_text(name)
            }
            TextRef::MeetingTitle(id) => self.meeting(id)?.title_text(default),
            TextRef::MeetingPlace(id) => self.meeting(id)?.place_text(default),
            TextRef::ItemTitle(id) => self.item(id)?.title_text(default),
            TextRef::Note { item, index } => self.item(item)?.notes.get(*index)?.text_slot(default),
        })
    }

    /// The language to record for a text written now by someone writing in
    /// `writer`: theirs, when it is one of the committee's working
    /// languages but not the first (which texts that say nothing are in).
    ///
    /// ```
    /// use followup::i18n::Lang;
    /// use followup::ledger::Ledger;
    /// let mut l = Ledger::default();
    /// assert_eq!(l.written_language(Some(Lang::Ko)), None, "no languages named");
    /// l.committee.languages = vec![Lang::Es, Lang::Ko];
    /// assert_eq!(l.written_language(Some(Lang::Ko)), Some(Lang::Ko));
    /// assert_eq!(l.written_language(Some(Lang::Es)), None, "the first goes without saying");
    /// assert_eq!(l.written_language(Some(Lang::En)), None, "not a working language");
    /// ```
    pub fn written_language(&self, writer: Option<Lang>) -> Option<Lang> {
        writer.filter(|w| {
            self.committee.languages.len() > 1
                && self.committee.languages.contains(w)
                && self.original_language() != Some(*w)
        })
    }

    /// The texts not yet in `lang`, or translated before their original
    /// changed, in file order (what a translator into `lang` has to do).
    pub fn to_translate(&self, lang: Lang) -> Vec<(TextRef, TextSlot<'_>)> {
        let mut all = self.texts();
        all.retain(|(_, t)| matches!(t.state(lang), TextState::Missing | TextState::Outdated));
        all
    }

    /// Every non-empty translatable text, in file order: the committee's
    /// name, the workstreams items use, meetings, then each item's title and notes.
    pub fn texts(&self) -> Vec<(TextRef, TextSlot<'_>)> {
        let mut out = Vec::new();
        if !self.committee.name.is_empty() {
            out.push((TextRef::CommitteeName, self.committee.name_text()));
        }
        let mut seen = std::collections::HashSet::new();
        for ws in self.items.iter().map(|i| i.workstream.as_str()) {
            if !ws.is_empty() && seen.insert(ws) {
                out.push((TextRef::Workstream(ws.to_owned()), self.workstream_text(ws)));
            }
        }
        let default = self.original_language();
        for m in &self.meetings {
            if !m.title.is_empty() {
                out.push((TextRef::MeetingTitle(m.id.clone()), m.title_text(default)));
            }
            if !m.place.is_empty() {
                out.push((TextRef::MeetingPlace(m.id.clone()), m.place_text(default)));
            }
        }
        for i in &self.items {
            out.extend(item_texts(i, default));
        }
        out
    }

    /// Where the text `r` keeps its translations and its language, for
    /// editing; a workstream gets a record when it has none (whether items
    /// name it is for the caller to check: [`Ledger::text`]).
    pub(crate) fn text_mut(&mut self, r: &TextRef) -> Option<TextMut<'_>> {
        Some(match r {
            TextRef::CommitteeName => TextMut {
                original: &self.committee.name,
                language: None,
                translations: &mut self.committee.translations,
                key: "name",
            },
            TextRef::Workstream(name) => {
                let ws = &mut self.committee.workstreams;
                let at = match ws.iter().position(|w| &w.name == name) {
                    Some(at) => at,
                    None => {
                        ws.push(Workstream {
                            name: name.clone(),
                            ..Workstream::default()
                        });
                        ws.len() - 1
                    }
                };
                let w = &mut ws[at];
                TextMut {
                    original: &w.name,
                    language: Some(&mut w.language),
                    translations: &mut w.translations,
                    key: "name",
                }
            }
            TextRef::MeetingTitle(id) | TextRef::MeetingPlace(id) => {
                let m = self.meetings.iter_mut().find(|m| &m.id == id)?;
                let (original, key) = match r {
                    TextRef::MeetingTitle(_) => (&m.title, "title"),
                    _ => (&m.place, "place"),
                };
                TextMut {
                    original,
                    language: Some(&mut m.language),
                    translations: &mut m.translations,
                    key,
                }
            }
            TextRef::ItemTitle(id) => {
                let i = self.item_mut(id)?;
                TextMut {
                    original: &i.title,
                    language: Some(&mut i.language),
                    translations: &mut i.translations,
                    key: "title",
                }
            }
            TextRef::Note { item, index } => {
                let n = self.item_mut(item)?.notes.get_mut(*index)?;
                TextMut {
                    original: &n.text,
                    language: Some(&mut n.language),
                    translations: &mut n.translations,
                    key: "text",
                }
            }
        })
    }
}

/// An item's title and notes as translatable texts, in file order.
pub fn item_texts(
    i: &Item,
    default: Option<Lang>,
) -> impl Iterator<Item = (TextRef, TextSlot<'_>)> {
    std::iter::once((TextRef::ItemTitle(i.id.clone()), i.title_text(default))).chain(
        i.notes.iter().enumerate().map(move |(index, n)| {
            let r = TextRef::Note {
                item: i.id.clone(),
                index,
            };
            (r, n.text_slot(default))
        }),
    )
}

/// A text open for editing its translations and its language. The
/// committee's name has no language of its own (`language` is `None`): it
/// is in the committee's first language.
pub(crate) struct TextMut<'a> {
    pub original: &'a str,
    pub language: Option<&'a mut Option<Lang>>,
    pub translations: &'a mut Translations,
    pub key: &'static str,
}
