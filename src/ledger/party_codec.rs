//! Reading and writing the two parties' records: a party (a plain string or
//! an object), a time zone, the closure rule, and each party's word on an
//! item's closure.

use super::extra::Extra;
use super::json_object::{FieldName, obj, read_object};
use super::model::{ClosureAct, ClosureEvent, Status};
use super::parse::{ShapeCause, raise};
use super::party::{Closure, Party, parse_zone};
use crate::base::clock::{format_instant, parse_instant};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};
use std::fmt;

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

impl Serialize for ClosureEvent {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = obj(s)?;
        o.field("act", self.act.as_str())?;
        if let ClosureAct::Closed(status) = self.act {
            o.field("status", status.as_str())?;
        }
        o.field("party", &self.party)?;
        o.text("author", &self.author)?;
        o.field("at", &format_instant(self.at))?;
        o.end(&self.extra)
    }
}

fn read_event<'de, A: MapAccess<'de>>(map: A) -> Result<ClosureEvent, A::Error> {
    #[derive(Default)]
    struct Parts {
        act: Option<String>,
        status: Option<Status>,
        party: String,
        author: String,
        at: Option<DateTime<Utc>>,
        extra: Extra,
    }
    let p: Parts = read_object(
        map,
        &["act", "status", "party", "author", "at"],
        &["act", "party", "at"],
        |p: &mut Parts| &mut p.extra,
        |k, m, p| {
            match k {
                "act" => p.act = Some(m.next_value::<FieldName>()?.0.into_owned()),
                "status" => p.status = Some(m.next_value()?),
                "party" => p.party = m.next_value()?,
                "author" => p.author = m.next_value()?,
                _ => {
                    let text: FieldName = m.next_value()?;
                    p.at = Some(
                        parse_instant(&text.0)
                            .ok_or_else(|| raise(ShapeCause::Instant(text.0.into_owned())))?,
                    );
                }
            }
            Ok(())
        },
    )?;
    let act = match (p.act.as_deref().expect("required"), p.status) {
        ("closed", Some(s)) if s.is_closed() => ClosureAct::Closed(s),
        ("closed", Some(s)) => {
            return Err(raise(ShapeCause::UnknownChoice {
                value: s.as_str().to_owned(),
                allowed: &["done", "dropped"],
            }));
        }
        ("closed", None) => return Err(raise(ShapeCause::MissingField("status".into()))),
        ("confirmed", _) => ClosureAct::Confirmed,
        ("reopened", _) => ClosureAct::Reopened,
        (other, _) => {
            return Err(raise(ShapeCause::UnknownChoice {
                value: other.to_owned(),
                allowed: &["closed", "confirmed", "reopened"],
            }));
        }
    };
    Ok(ClosureEvent {
        act,
        party: p.party,
        author: p.author,
        at: p.at.expect("required"),
        extra: p.extra,
    })
}
super::json_object::object_visitor!(ClosureEvent, "a closure event object", read_event);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::lang::Lang;
    use crate::ledger::parse::shape_cause_of;

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

    #[test]
    fn an_event_reads_back_as_written_and_instants_are_written_in_utc() {
        let text = r#"{"act":"closed","status":"done","party":"INADEM (Mexico)","author":"Ana","at":"2026-12-02T18:05:00-06:00"}"#;
        let e: ClosureEvent = serde_json::from_str(text).unwrap();
        assert_eq!(e.act, ClosureAct::Closed(Status::Done));
        let again = serde_json::to_string(&e).unwrap();
        assert!(again.contains(r#""at":"2026-12-03T00:05:00Z""#), "{again}");
        assert_eq!(serde_json::from_str::<ClosureEvent>(&again).unwrap(), e);
    }

    #[test]
    fn a_closure_to_an_open_status_and_a_bad_instant_are_refused() {
        let open = r#"{"act":"closed","status":"open","party":"SMBA","at":"2026-12-02T18:05:00Z"}"#;
        let e = serde_json::from_str::<ClosureEvent>(open).unwrap_err();
        assert!(matches!(
            shape_cause_of(&e),
            ShapeCause::UnknownChoice { .. }
        ));
        let late = r#"{"act":"confirmed","party":"SMBA","at":"2 Dec 2026"}"#;
        let e = serde_json::from_str::<ClosureEvent>(late).unwrap_err();
        assert_eq!(shape_cause_of(&e), ShapeCause::Instant("2 Dec 2026".into()));
    }
}
