//! What each party said about an item's closure: who closed it, who
//! confirmed it, who reopened it, and when. Two capitals add events
//! independently; a merge keeps the union, and the latest event decides.

use super::extra::Extra;
use super::json_object::{FieldName, obj, read_object};
use super::model::Status;
use super::parse::{ShapeCause, raise};
use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;
use serde::de::MapAccess;
use serde::ser::Serializer;

/// One party's word on an item's closure.
#[derive(Debug, Clone, PartialEq)]
pub struct ClosureEvent {
    pub act: ClosureAct,
    /// The party the person spoke for.
    pub party: String,
    /// Who recorded it.
    pub author: String,
    /// When, to the second.
    pub at: DateTime<Utc>,
    pub extra: Extra,
}

/// What a party did to an item's closure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClosureAct {
    /// Marked the item done or dropped.
    Closed(Status),
    /// Agreed to the other party's closure.
    Confirmed,
    /// Did not agree: the item is open again (a note says why).
    Reopened,
}

impl ClosureAct {
    /// The word the file uses.
    pub fn as_str(self) -> &'static str {
        match self {
            ClosureAct::Closed(_) => "closed",
            ClosureAct::Confirmed => "confirmed",
            ClosureAct::Reopened => "reopened",
        }
    }
}

/// An instant as the ledger writes it: UTC, to the second (`2026-12-03T00:05:00Z`).
pub fn format_instant(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Reads an RFC 3339 instant with any offset.
pub fn parse_instant(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|d| d.with_timezone(&Utc))
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
    use crate::ledger::parse::shape_cause_of;

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
