//! The parties of a committee as records (name, country, time zone, working
//! language), the committee's reference time zone and its closure rule. A
//! party written as a plain string (the older form) is read as a record with
//! only a name and written back as the string while it holds nothing else.

use super::extra::Extra;
use super::json_object::{FieldName, obj, read_object};
use super::parse::{ShapeCause, raise};
use crate::base::lang::Lang;
use chrono_tz::Tz;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One party of the committee: who it is, where, and the clock and language it works in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Party {
    /// The name items and the user's `party` setting use (`"SMBA (Korea)"`).
    pub name: String,
    /// The country, as the committee writes it; empty when unknown.
    pub country: String,
    /// The capital's time zone, when known.
    pub zone: Option<Tz>,
    /// The party's working language, when known.
    pub language: Option<Lang>,
    pub extra: Extra,
}

impl Party {
    /// A party known only by its name.
    pub fn named(name: impl Into<String>) -> Party {
        Party {
            name: name.into(),
            ..Party::default()
        }
    }

    /// True when the record holds nothing but the name (written as a string).
    fn is_bare(&self) -> bool {
        self.country.is_empty()
            && self.zone.is_none()
            && self.language.is_none()
            && self.extra.is_empty()
    }
}

/// Who must agree before an item stays closed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Closure {
    /// Either party closes an item on its own (the default).
    #[default]
    Either,
    /// An item one party closes awaits the other party's confirmation.
    Both,
}

impl Closure {
    /// The value the file and the command line use.
    pub fn as_str(self) -> &'static str {
        match self {
            Closure::Either => "either",
            Closure::Both => "both",
        }
    }

    /// Reads `either` or `both`.
    pub fn parse(s: &str) -> Option<Closure> {
        match s {
            "either" => Some(Closure::Either),
            "both" => Some(Closure::Both),
            _ => None,
        }
    }
}

/// Reads an IANA time zone name (`Asia/Seoul`).
pub fn parse_zone(s: &str) -> Option<Tz> {
    s.parse::<Tz>().ok()
}

impl Serialize for Party {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.is_bare() {
            return s.serialize_str(&self.name);
        }
        let mut o = obj(s)?;
        o.field("name", &self.name)?;
        o.text("country", &self.country)?;
        if let Some(z) = self.zone {
            o.field("zone", z.name())?;
        }
        o.language(self.language)?;
        o.end(&self.extra)
    }
}

impl<'de> Deserialize<'de> for Party {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Party;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a party: a name, or an object with a name")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Party, E> {
                Ok(Party::named(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Party, A::Error> {
                read_object(
                    map,
                    &["name", "country", "zone", "language"],
                    &["name"],
                    |p: &mut Party| &mut p.extra,
                    |k, m, p| {
                        match k {
                            "name" => p.name = m.next_value()?,
                            "country" => p.country = m.next_value()?,
                            "zone" => p.zone = Some(zone(m)?),
                            _ => p.language = super::translation_codec::language(m)?,
                        }
                        Ok(())
                    },
                )
            }
        }
        d.deserialize_any(V)
    }
}

/// Reads a time zone value of an object.
pub(super) fn zone<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Tz, A::Error> {
    let name: FieldName = map.next_value()?;
    parse_zone(&name.0).ok_or_else(|| raise(ShapeCause::UnknownZone(name.0.into_owned())))
}

/// Reads the committee's closure rule.
pub(super) fn closure<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Closure, A::Error> {
    let value: FieldName = map.next_value()?;
    Closure::parse(&value.0).ok_or_else(|| {
        raise(ShapeCause::UnknownChoice {
            value: value.0.into_owned(),
            allowed: &["either", "both"],
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_party_stays_a_string_and_a_record_an_object() {
        let bare = Party::named("INADEM (Mexico)");
        assert_eq!(serde_json::to_string(&bare).unwrap(), "\"INADEM (Mexico)\"");
        let seoul = Party {
            zone: parse_zone("Asia/Seoul"),
            language: Some(Lang::Ko),
            ..Party::named("SMBA (Korea)")
        };
        let text = serde_json::to_string(&seoul).unwrap();
        assert_eq!(
            text,
            r#"{"name":"SMBA (Korea)","zone":"Asia/Seoul","language":"ko"}"#
        );
        assert_eq!(serde_json::from_str::<Party>(&text).unwrap(), seoul);
        assert_eq!(
            serde_json::from_str::<Party>("\"INADEM (Mexico)\"").unwrap(),
            bare
        );
    }

    #[test]
    fn an_unknown_zone_is_refused_by_name() {
        let e = serde_json::from_str::<Party>(r#"{"name":"SMBA","zone":"Asia/Seul"}"#).unwrap_err();
        assert_eq!(
            crate::ledger::parse::shape_cause_of(&e),
            ShapeCause::UnknownZone("Asia/Seul".into())
        );
    }
}
