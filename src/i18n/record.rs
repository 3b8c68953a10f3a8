//! Words for the record's own texts in the committee's languages: which
//! text, the languages, where a translation stands, the discreet mark of a
//! text shown in its original, and what translating did.

use super::Catalog;
use crate::base::lang::Lang;
use crate::ledger::{Mark, TextRef, TextState};
use crate::ops::{OpError, Outcome};
use crate::tr;

impl Catalog {
    /// The name of a language, as a word of a sentence (`coreano`, `한국어`).
    pub fn language_name(&self, l: Lang) -> String {
        tr!(self, "language-name", code = l.code())
    }

    /// Which text of the record: "title of JC2-01", "note 2 of JC2-01".
    pub fn text_ref(&self, r: &TextRef) -> String {
        match r {
            TextRef::CommitteeName => tr!(self, "text-ref-committee"),
            TextRef::Workstream(name) => tr!(self, "text-ref-workstream", name = name.as_str()),
            TextRef::MeetingTitle(id) => tr!(self, "text-ref-meeting-title", id = id.as_str()),
            TextRef::MeetingPlace(id) => tr!(self, "text-ref-meeting-place", id = id.as_str()),
            TextRef::ItemTitle(id) => tr!(self, "text-ref-item-title", id = id.as_str()),
            TextRef::Note { item, index } => {
                tr!(self, "text-ref-note", id = item.as_str(), n = index + 1)
            }
        }
    }

    /// Where a text stands in a language, as a short word.
    pub fn text_state(&self, s: TextState) -> String {
        match s {
            TextState::Original => tr!(self, "text-state-original"),
            TextState::Current => tr!(self, "text-state-current"),
            TextState::Outdated => tr!(self, "text-state-outdated"),
            TextState::Missing => tr!(self, "text-state-missing"),
        }
    }

    /// The discreet mark after a text shown in its original (`[en]`), or
    /// `None` for a text in the reader's language.
    pub fn text_mark(&self, m: Mark) -> Option<String> {
        let code = |l: Option<Lang>| l.map_or("?", Lang::code);
        match m {
            Mark::Plain => None,
            Mark::Untranslated(l) => Some(tr!(self, "mark-untranslated", code = code(l))),
            Mark::Outdated(l) => Some(tr!(self, "mark-outdated", code = code(l))),
        }
    }

    /// What translating did, or `None` for another outcome.
    pub(super) fn translation_outcome(&self, o: &Outcome) -> Option<String> {
        Some(match o {
            Outcome::Translated { target, lang } => tr!(
                self,
                "out-translated",
                text = self.text_ref(target),
                language = self.language_name(*lang)
            ),
            Outcome::TranslationRemoved { target, lang } => tr!(
                self,
                "out-translation-removed",
                text = self.text_ref(target),
                language = self.language_name(*lang)
            ),
            Outcome::WrittenIn { target, lang } => tr!(
                self,
                "out-written-in",
                text = self.text_ref(target),
                language = self.language_name(*lang)
            ),
            Outcome::LanguagesSet { languages } => {
                let names: Vec<String> = languages.iter().map(|l| self.language_name(*l)).collect();
                tr!(
                    self,
                    "out-languages-set",
                    languages = names.join(", "),
                    n = names.len()
                )
            }
            _ => return None,
        })
    }

    /// Why translating was refused, or `None` for another error.
    pub(super) fn translation_error(&self, e: &OpError) -> Option<String> {
        Some(match e {
            OpError::NoText { target } => tr!(self, "err-no-text", text = self.text_ref(target)),
            OpError::IntoOriginalLanguage { target, lang } => tr!(
                self,
                "err-into-original",
                text = self.text_ref(target),
                language = self.language_name(*lang)
            ),
            OpError::NoTranslation { target, lang } => tr!(
                self,
                "err-no-translation",
                text = self.text_ref(target),
                language = self.language_name(*lang)
            ),
            OpError::OriginalsLanguage { lang } => tr!(
                self,
                "err-originals-language",
                language = self.language_name(*lang),
                code = lang.code()
            ),
            OpError::NoLanguageOfItsOwn { target } => {
                tr!(
                    self,
                    "err-no-language-of-its-own",
                    text = self.text_ref(target)
                )
            }
            _ => return None,
        })
    }
}
