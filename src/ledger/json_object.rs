//! The JSON objects of the ledger, written and read the one way: known keys
//! in their documented order, unknown keys kept after them, empty optional
//! fields left out, duplicate and missing keys refused. Shared by the
//! codecs of the ledger's objects and of their translations.

use super::extra::Extra;
use super::parse::{ShapeCause, raise};
use crate::base::dates::{format_date, parse_date};
use chrono::NaiveDate;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::borrow::Cow;
use std::fmt;

/// A map writer that leaves out empty optional fields.
pub(super) struct Obj<M>(pub(super) M);

impl<M: SerializeMap> Obj<M> {
    pub(super) fn field<T: Serialize + ?Sized>(
        &mut self,
        key: &str,
        v: &T,
    ) -> Result<(), M::Error> {
        self.0.serialize_entry(key, v)
    }
    pub(super) fn text(&mut self, key: &str, v: &str) -> Result<(), M::Error> {
        if v.is_empty() {
            Ok(())
        } else {
            self.field(key, v)
        }
    }
    pub(super) fn list<T: Serialize>(&mut self, key: &str, v: &[T]) -> Result<(), M::Error> {
        if v.is_empty() {
            Ok(())
        } else {
            self.field(key, v)
        }
    }
    pub(super) fn date(&mut self, key: &str, v: Option<NaiveDate>) -> Result<(), M::Error> {
        match v {
            Some(d) => self.field(key, &DateText(d)),
            None => Ok(()),
        }
    }
    pub(super) fn end(mut self, extra: &Extra) -> Result<M::Ok, M::Error> {
        for (k, v) in extra {
            self.0.serialize_entry(k, v)?;
        }
        self.0.end()
    }
}

pub(super) fn obj<S: Serializer>(s: S) -> Result<Obj<S::SerializeMap>, S::Error> {
    Ok(Obj(s.serialize_map(None)?))
}

/// Dates serialize as `YYYY-MM-DD` strings.
pub(super) struct Dates<'a>(pub(super) &'a [NaiveDate]);

impl Serialize for Dates<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|d| DateText(*d)))
    }
}

/// A date written as `YYYY-MM-DD` without building a string on the heap
/// (a ledger with translations writes about four dates per item more).
struct DateText(NaiveDate);

impl Serialize for DateText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use chrono::Datelike;
        let d = self.0;
        let Ok(year @ 0..=9999) = u32::try_from(d.year()) else {
            return s.serialize_str(&format_date(d));
        };
        let digit = |n: u32| b'0' + (n % 10) as u8;
        let text = [
            digit(year / 1000),
            digit(year / 100),
            digit(year / 10),
            digit(year),
            b'-',
            digit(d.month() / 10),
            digit(d.month()),
            b'-',
            digit(d.day() / 10),
            digit(d.day()),
        ];
        s.serialize_str(std::str::from_utf8(&text).expect("ASCII digits"))
    }
}

/// An object key, borrowed from the input when it has no escapes.
pub(super) struct FieldName<'de>(pub(super) Cow<'de, str>);

impl<'de> Deserialize<'de> for FieldName<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FieldName<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string key")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<FieldName<'de>, E> {
                Ok(FieldName(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<FieldName<'de>, E> {
                Ok(FieldName(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<FieldName<'de>, E> {
                Ok(FieldName(Cow::Owned(v)))
            }
        }
        d.deserialize_str(V)
    }
}

/// A `YYYY-MM-DD` calendar date.
pub(super) struct DateDe(pub(super) NaiveDate);

impl<'de> Deserialize<'de> for DateDe {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = DateDe;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a YYYY-MM-DD date")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<DateDe, E> {
                parse_date(v)
                    .map(DateDe)
                    .map_err(|e| raise(ShapeCause::Date(e)))
            }
        }
        d.deserialize_str(V)
    }
}

/// A list of dates.
pub(super) struct DateList(pub(super) Vec<NaiveDate>);

impl<'de> Deserialize<'de> for DateList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = DateList;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of YYYY-MM-DD dates")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<DateList, A::Error> {
                let mut v = Vec::with_capacity(seq.size_hint().unwrap_or(0));
                while let Some(DateDe(d)) = seq.next_element()? {
                    v.push(d);
                }
                Ok(DateList(v))
            }
        }
        d.deserialize_seq(V)
    }
}

/// Reviews and notes have a required date; read them through a defaultable twin.
#[derive(Default)]
pub(super) struct Dated<T> {
    pub(super) date: Option<NaiveDate>,
    pub(super) inner: T,
    pub(super) extra: Extra,
}

/// Reads one JSON object: known keys go through `field`, unknown ones into `extra`.
/// Rejects duplicate keys and missing required ones.
pub(super) fn read_object<'de, A, T>(
    mut map: A,
    known: &[&str],
    required: &[&'static str],
    extra: fn(&mut T) -> &mut Extra,
    mut field: impl FnMut(&str, &mut A, &mut T) -> Result<(), A::Error>,
) -> Result<T, A::Error>
where
    A: MapAccess<'de>,
    T: Default,
{
    let mut t = T::default();
    let mut seen = 0u64;
    while let Some(FieldName(key)) = map.next_key()? {
        match known.iter().position(|k| *k == key) {
            Some(i) => {
                if seen & (1 << i) != 0 {
                    return Err(raise(ShapeCause::DuplicateField(key.into_owned())));
                }
                seen |= 1 << i;
                field(&key, &mut map, &mut t)?;
            }
            None => {
                let v: Value = map.next_value()?;
                if extra(&mut t).insert(key.clone().into_owned(), v).is_some() {
                    return Err(raise(ShapeCause::DuplicateField(key.into_owned())));
                }
            }
        }
    }
    for r in required {
        let i = known
            .iter()
            .position(|k| k == r)
            .expect("required keys are known");
        if seen & (1 << i) == 0 {
            return Err(raise(ShapeCause::MissingField((*r).to_owned())));
        }
    }
    Ok(t)
}

/// Implements `Deserialize` for a struct through `read_object`.
macro_rules! object_visitor {
    ($ty:ty, $what:literal, $visit:expr) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> serde::de::Visitor<'de> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str($what)
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        map: A,
                    ) -> Result<$ty, A::Error> {
                        $visit(map)
                    }
                }
                d.deserialize_map(V)
            }
        }
    };
}
pub(super) use object_visitor;

pub(super) fn date<'de, A: MapAccess<'de>>(map: &mut A) -> Result<NaiveDate, A::Error> {
    Ok(map.next_value::<DateDe>()?.0)
}
