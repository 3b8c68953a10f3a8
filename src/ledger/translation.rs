//! Translations of what the committee wrote (titles, notes, meetings,
//! workstreams, the committee's name): each records its language, its
//! author and date, and a fingerprint of the original it translates, so a
//! translation made before the original changed is known to be outdated.
//! Nothing here translates: people do.

use super::extra::Extra;
use crate::base::lang::Lang;
use chrono::NaiveDate;

/// One text in one language, as a person translated it.
#[derive(Debug, Clone, PartialEq)]
pub struct Translation {
    pub text: String,
    /// The [`fingerprint`] of the original this translates.
    pub source: String,
    pub author: String,
    pub date: NaiveDate,
    pub extra: Extra,
}

impl Translation {
    /// A translation of `original`, by `author` on `date`.
    pub fn of(original: &str, text: String, author: String, date: NaiveDate) -> Translation {
        Translation {
            text,
            source: fingerprint(original),
            author,
            date,
            extra: Extra::default(),
        }
    }

    /// True when it translates `original` as it reads now.
    pub fn is_current(&self, original: &str) -> bool {
        self.source == fingerprint(original)
    }
}

/// The fingerprint of an original text: 8 hex digits of its XXH3-64 hash,
/// stable across versions and machines.
///
/// ```
/// use followup::ledger::fingerprint;
/// assert_eq!(fingerprint("OECD study").len(), 8);
/// assert_ne!(fingerprint("OECD study"), fingerprint("OECD study."));
/// ```
pub fn fingerprint(original: &str) -> String {
    format!(
        "{:08x}",
        xxhash_rust::xxh3::xxh3_64(original.as_bytes()) as u32
    )
}

/// The translations of an object's texts: by the text's key in the object
/// (`title`, `text`, `place`, `name`), then by language, kept sorted so
/// the file's order is stable. Empty costs one pointer.
#[derive(Debug, Clone, Default, PartialEq)]
#[allow(clippy::box_collection)] // 8 bytes on every item and note, not 24: most have none
pub struct Translations(Option<Box<Vec<Entry>>>);

/// One translation with the text and language it is for.
pub(crate) type Entry = (String, Lang, Translation);

impl Translations {
    /// No translations.
    pub const NONE: Translations = Translations(None);

    /// True when nothing is translated.
    pub fn is_empty(&self) -> bool {
        self.0.as_ref().is_none_or(|v| v.is_empty())
    }

    fn entries(&self) -> &[Entry] {
        self.0.as_deref().map_or(&[], Vec::as_slice)
    }

    fn position(&self, key: &str, lang: Lang) -> Result<usize, usize> {
        self.entries()
            .binary_search_by(|(k, l, _)| (k.as_str(), *l).cmp(&(key, lang)))
    }

    /// The translation of the text `key` into `lang`.
    pub fn get(&self, key: &str, lang: Lang) -> Option<&Translation> {
        let i = self.position(key, lang).ok()?;
        Some(&self.entries()[i].2)
    }

    /// Records a translation, returning the one it replaces.
    pub fn set(&mut self, key: &str, lang: Lang, t: Translation) -> Option<Translation> {
        match self.position(key, lang) {
            Ok(i) => {
                let v = self.0.as_mut().expect("found");
                Some(std::mem::replace(&mut v[i].2, t))
            }
            Err(i) => {
                self.0
                    .get_or_insert_default()
                    .insert(i, (key.to_owned(), lang, t));
                None
            }
        }
    }

    /// Removes a translation, returning it.
    pub fn remove(&mut self, key: &str, lang: Lang) -> Option<Translation> {
        let i = self.position(key, lang).ok()?;
        let v = self.0.as_mut().expect("found");
        let (_, _, gone) = v.remove(i);
        if v.is_empty() {
            self.0 = None;
        }
        Some(gone)
    }

    /// Every translation: text key, language, translation, in file order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Lang, &Translation)> {
        self.entries().iter().map(|(k, l, t)| (k.as_str(), *l, t))
    }

    /// The translations of each text, in file order.
    pub(crate) fn by_key(&self) -> impl Iterator<Item = (&str, &[Entry])> {
        self.entries()
            .chunk_by(|a, b| a.0 == b.0)
            .map(|run| (run[0].0.as_str(), run))
    }

    /// Builds the translations from their entries (the reader's), each
    /// text and language once.
    pub(crate) fn from_entries(mut v: Vec<Entry>) -> Translations {
        v.sort_by(|a, b| (a.0.as_str(), a.1).cmp(&(b.0.as_str(), b.1)));
        v.shrink_to_fit();
        Translations((!v.is_empty()).then(|| Box::new(v)))
    }
}

/// Where a text stands in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextState {
    /// The text was written in this language.
    Original,
    /// A translation of the original as it reads now.
    Current,
    /// A translation of an earlier version of the original.
    Outdated,
    /// No translation.
    Missing,
}

/// One translatable text of the ledger: its original, the language the
/// original is in (when known), and its translations.
#[derive(Debug, Clone, Copy)]
pub struct TextSlot<'a> {
    pub original: &'a str,
    pub language: Option<Lang>,
    /// The text's key among the object's translations.
    pub key: &'static str,
    pub translations: &'a Translations,
}

impl<'a> TextSlot<'a> {
    /// Where the text stands in `lang`.
    pub fn state(&self, lang: Lang) -> TextState {
        if self.language == Some(lang) {
            return TextState::Original;
        }
        match self.translations.get(self.key, lang) {
            Some(t) if t.is_current(self.original) => TextState::Current,
            Some(_) => TextState::Outdated,
            None => TextState::Missing,
        }
    }

    /// The translation into `lang`, current or not.
    pub fn translation(&self, lang: Lang) -> Option<&'a Translation> {
        self.translations.get(self.key, lang)
    }

    /// The text as `audience` reads it.
    pub fn shown(&self, audience: &Audience) -> Shown<'a> {
        let plain = |text| Shown {
            text,
            mark: Mark::Plain,
        };
        let Some(lang) = audience.lang else {
            return plain(self.original);
        };
        let mark = match self.state(lang) {
            TextState::Original => return plain(self.original),
            TextState::Current => {
                return plain(&self.translation(lang).expect("current").text);
            }
            TextState::Outdated => Mark::Outdated(self.language),
            TextState::Missing => Mark::Untranslated(self.language),
        };
        if audience.marks == Marks::Shown {
            Shown {
                text: self.original,
                mark,
            }
        } else {
            plain(self.original)
        }
    }
}

/// Which version of the record's texts a reader sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// The reader's language where a current translation exists.
    Translated,
    /// The originals, as written (`--original`).
    Originals,
}

/// Whether an untranslated text says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marks {
    /// The reader's language is one of the committee's: a text not in it is marked.
    Shown,
    /// The committee does not work in the reader's language (or names no
    /// languages): originals are shown plainly.
    Hidden,
}

/// Who reads the record: the language they read (`None`: the originals)
/// and whether a text not in it is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Audience {
    pub lang: Option<Lang>,
    pub marks: Marks,
}

impl Audience {
    /// A reader of `lang` of a committee working in `languages`.
    ///
    /// ```
    /// use followup::i18n::Lang;
    /// use followup::ledger::{Audience, Marks, Reading};
    /// let a = Audience::new(Lang::Ko, Reading::Translated, &[Lang::Es, Lang::Ko]);
    /// assert_eq!(a.marks, Marks::Shown);
    /// assert_eq!(Audience::new(Lang::En, Reading::Translated, &[]).marks, Marks::Hidden);
    /// assert_eq!(Audience::new(Lang::Ko, Reading::Originals, &[Lang::Ko]).lang, None);
    /// ```
    pub fn new(lang: Lang, reading: Reading, languages: &[Lang]) -> Audience {
        match reading {
            Reading::Originals => Audience::originals(),
            Reading::Translated => Audience {
                lang: Some(lang),
                marks: if languages.len() > 1 && languages.contains(&lang) {
                    Marks::Shown
                } else {
                    Marks::Hidden
                },
            },
        }
    }

    /// A reader of the originals.
    pub fn originals() -> Audience {
        Audience {
            lang: None,
            marks: Marks::Hidden,
        }
    }
}

/// A text as one reader sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown<'a> {
    pub text: &'a str,
    pub mark: Mark,
}

/// What a shown text says about its language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// In the reader's language (or no mark wanted).
    Plain,
    /// The original, in its language (when known): no translation yet.
    Untranslated(Option<Lang>),
    /// The original: the translation was made before it changed.
    Outdated(Option<Lang>),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
    }

    #[test]
    fn a_translation_goes_out_of_date_when_its_original_changes() {
        let mut tr = Translations::default();
        assert!(tr.is_empty());
        let title = "Post an SMBA liaison officer at INADEM for 18 months";
        let ko = "SMBA 연락관 INADEM 18개월 파견";
        tr.set(
            "title",
            Lang::Ko,
            Translation::of(title, ko.into(), "SMBA".into(), day()),
        );
        let slot = |original| TextSlot {
            original,
            language: Some(Lang::En),
            key: "title",
            translations: &tr,
        };
        let ko_reader = Audience::new(Lang::Ko, Reading::Translated, &[Lang::En, Lang::Ko]);
        assert_eq!(slot(title).state(Lang::Ko), TextState::Current);
        assert_eq!(slot(title).state(Lang::En), TextState::Original);
        assert_eq!(slot(title).state(Lang::Es), TextState::Missing);
        assert_eq!(slot(title).shown(&ko_reader).text, ko);
        let edited = "Post an SMBA liaison officer at INADEM for 24 months";
        assert_eq!(slot(edited).state(Lang::Ko), TextState::Outdated);
        assert_eq!(
            slot(edited).shown(&ko_reader),
            Shown {
                text: edited,
                mark: Mark::Outdated(Some(Lang::En))
            }
        );
        assert_eq!(slot(title).shown(&Audience::originals()).text, title);
        let es_reader = Audience::new(Lang::Es, Reading::Translated, &[Lang::En, Lang::Ko]);
        assert_eq!(slot(title).shown(&es_reader).mark, Mark::Plain);
        assert!(tr.remove("title", Lang::Ko).is_some());
        assert!(tr.is_empty());
    }
}
