//! The translations in the file: `"language": "ko"` beside an original,
//! and `"translations": {"title": {"ko": {"text", "source", "author",
//! "date"}}}` after it; languages as their codes (`en`, `es`, `ko`).

use super::json_object::{Dated, FieldName, Obj, date, obj, object_visitor, read_object};
use super::parse::{ShapeCause, raise};
use super::translation::{Entry, Translation, Translations};
use crate::base::lang::Lang;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::fmt;

impl<M: SerializeMap> Obj<M> {
    pub(super) fn language(&mut self, v: Option<Lang>) -> Result<(), M::Error> {
        match v {
            Some(l) => self.field("language", l.code()),
            None => Ok(()),
        }
    }
    pub(super) fn translations(&mut self, v: &Translations) -> Result<(), M::Error> {
        if v.is_empty() {
            Ok(())
        } else {
            self.field("translations", v)
        }
    }
}

/// Languages serialize as their codes.
pub(super) struct Codes<'a>(pub(super) &'a [Lang]);

impl Serialize for Codes<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|l| l.code()))
    }
}

impl Serialize for Translations {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Langs<'a>(&'a [Entry]);
        impl Serialize for Langs<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_map(self.0.iter().map(|(_, l, t)| (l.code(), t)))
            }
        }
        s.collect_map(self.by_key().map(|(k, langs)| (k, Langs(langs))))
    }
}

impl Serialize for Translation {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = obj(s)?;
        o.field("text", &self.text)?;
        o.field("source", &self.source)?;
        o.text("author", &self.author)?;
        o.date("date", Some(self.date))?;
        o.end(&self.extra)
    }
}

/// A language code the ledger may name (`en`, `es`, `ko`).
pub(super) struct LangDe(pub(super) Lang);

impl<'de> Deserialize<'de> for LangDe {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = FieldName::deserialize(d)?.0;
        Lang::from_code(&code)
            .map(LangDe)
            .ok_or_else(|| raise(ShapeCause::UnknownLanguage(code.into_owned())))
    }
}

/// A list of language codes.
pub(super) struct LangList(pub(super) Vec<Lang>);

impl<'de> Deserialize<'de> for LangList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let codes: Vec<LangDe> = Deserialize::deserialize(d)?;
        Ok(LangList(codes.into_iter().map(|l| l.0).collect()))
    }
}

pub(super) fn language<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Lang>, A::Error> {
    Ok(Some(map.next_value::<LangDe>()?.0))
}

impl<'de> Deserialize<'de> for Translations {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        /// The translations of one text, by language.
        struct ByLang(Vec<(Lang, Translation)>);
        impl<'de> Deserialize<'de> for ByLang {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = ByLang;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str("translations by language")
                    }
                    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ByLang, A::Error> {
                        let mut out: Vec<(Lang, Translation)> = Vec::with_capacity(2);
                        while let Some(LangDe(l)) = map.next_key()? {
                            if out.iter().any(|(x, _)| *x == l) {
                                return Err(raise(ShapeCause::DuplicateField(l.code().into())));
                            }
                            out.push((l, map.next_value()?));
                        }
                        Ok(ByLang(out))
                    }
                }
                d.deserialize_map(V)
            }
        }
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Translations;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("translations by text")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Translations, A::Error> {
                let mut out: Vec<Entry> = Vec::new();
                while let Some(FieldName(k)) = map.next_key()? {
                    if out.iter().any(|(x, _, _)| *x == k) {
                        return Err(raise(ShapeCause::DuplicateField(k.into_owned())));
                    }
                    let ByLang(langs) = map.next_value()?;
                    out.extend(
                        langs
                            .into_iter()
                            .map(|(l, t)| (k.clone().into_owned(), l, t)),
                    );
                }
                Ok(Translations::from_entries(out))
            }
        }
        d.deserialize_map(V)
    }
}

fn read_translation<'de, A: MapAccess<'de>>(map: A) -> Result<Translation, A::Error> {
    const KNOWN: &[&str] = &["text", "source", "author", "date"];
    let t: Dated<(String, String, String)> = read_object(
        map,
        KNOWN,
        &["text", "source", "date"],
        |x: &mut Dated<_>| &mut x.extra,
        |k, m, x: &mut Dated<(String, String, String)>| {
            match k {
                "text" => x.inner.0 = m.next_value()?,
                "source" => x.inner.1 = m.next_value()?,
                "author" => x.inner.2 = m.next_value()?,
                _ => x.date = Some(date(m)?),
            }
            Ok(())
        },
    )?;
    Ok(Translation {
        text: t.inner.0,
        source: t.inner.1,
        author: t.inner.2,
        date: t.date.expect("required"),
        extra: t.extra,
    })
}
object_visitor!(Translation, "a translation object", read_translation);
