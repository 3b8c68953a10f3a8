//! One party's record (country, time zone, working language), and a
//! meeting's time and zone: the operations that set them, undoably.

use super::outside::outside;
use super::{Applied, OpError, Outcome};
use crate::base::lang::Lang;
use crate::ledger::{Ledger, Meeting, Party};
use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;

/// What [`super::Op::SetParty`] sets; `None` leaves a field as it is, an
/// empty country clears it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartyEdit {
    /// The party's name: the one to update, or a new party (added last).
    pub name: String,
    pub country: Option<String>,
    pub zone: Option<Tz>,
    pub language: Option<Lang>,
}

/// Sets the fields given of the party `edit.name` names, adding it at the
/// end of the parties when the committee does not have it.
pub(super) fn set_party(ledger: &mut Ledger, edit: PartyEdit) -> Result<Applied, OpError> {
    let name = edit.name.trim().to_owned();
    if name.is_empty() {
        return Err(OpError::EmptyParty);
    }
    let existing = ledger.committee.party(&name).cloned();
    let mut party = existing.clone().unwrap_or_else(|| Party::named(&name));
    if let Some(c) = edit.country {
        party.country = c.trim().to_owned();
    }
    if let Some(z) = edit.zone {
        party.zone = Some(z);
    }
    if let Some(l) = edit.language {
        party.language = Some(l);
    }
    if existing.as_ref() == Some(&party) {
        return Ok(Applied {
            outcomes: vec![Outcome::Unchanged { id: None }],
            undo: None,
        });
    }
    let outcome = Outcome::PartySet {
        party: party.clone(),
        added: existing.is_none(),
    };
    Ok(outside(ledger, vec![outcome], |l| {
        match l.committee.parties.iter_mut().find(|p| p.name == name) {
            Some(slot) => *slot = party,
            None => l.committee.parties.push(party),
        }
    }))
}

/// What [`super::Op::UpsertMeeting`] sets; `None` leaves a field as it is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MeetingEdit {
    pub id: String,
    pub date: Option<NaiveDate>,
    pub title: Option<String>,
    pub place: Option<String>,
    /// The hour it starts; `Some(None)` removes it (and its zone): the
    /// meeting lasts its whole day again.
    pub time: Option<Option<NaiveTime>>,
    /// The zone of its time; with a time and no zone, the meeting's own
    /// zone, else the committee's reference zone.
    pub zone: Option<Tz>,
}

/// Adds a meeting, or updates the fields given of the one `edit.id` names.
/// A time needs a date; a zone needs a time.
pub(super) fn upsert_meeting(ledger: &mut Ledger, edit: MeetingEdit) -> Result<Applied, OpError> {
    let id = edit.id.trim().to_owned();
    if id.is_empty() {
        return Err(OpError::EmptyMeetingId);
    }
    let existing = ledger.meeting(&id).cloned();
    let mut m = existing.clone().unwrap_or_else(|| Meeting {
        id: id.clone(),
        ..Meeting::default()
    });
    if edit.date.is_some() {
        m.date = edit.date;
    }
    if let Some(t) = edit.title {
        m.title = t.trim().to_owned();
    }
    if let Some(p) = edit.place {
        m.place = p.trim().to_owned();
    }
    if let Some(time) = edit.time {
        m.time = time;
        if time.is_none() {
            m.zone = None;
        }
    }
    if edit.zone.is_some() {
        m.zone = edit.zone;
    }
    if m.time.is_none() && m.zone.is_some() {
        return Err(OpError::ZoneWithoutTime { id });
    }
    if m.time.is_some() && m.date.is_none() {
        return Err(OpError::TimeWithoutDate { id });
    }
    // A time is kept with its zone, so that a later change of the
    // committee's reference zone never moves the meeting.
    if m.time.is_some() && m.zone.is_none() {
        m.zone = ledger.committee.reference_zone();
    }
    let outcome = match &existing {
        None => Outcome::MeetingAdded { id: id.clone() },
        Some(old) if *old == m => {
            return Ok(Applied {
                outcomes: vec![Outcome::Unchanged { id: Some(id) }],
                undo: None,
            });
        }
        Some(_) => Outcome::MeetingUpdated { id: id.clone() },
    };
    Ok(outside(ledger, vec![outcome], |l| {
        match l.meetings.iter_mut().find(|x| x.id == id) {
            Some(slot) => *slot = m,
            None => l.meetings.push(m),
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::parse_zone;

    fn ledger() -> Ledger {
        let mut l = Ledger::default();
        l.committee.parties = vec![
            Party::named("INADEM (Mexico)"),
            Party::named("SMBA (Korea)"),
        ];
        l
    }

    #[test]
    fn a_party_record_is_set_in_place_or_added_last_and_undone() {
        let mut l = ledger();
        let before = l.clone();
        let seoul = parse_zone("Asia/Seoul");
        let edit = PartyEdit {
            name: "SMBA (Korea)".into(),
            zone: seoul,
            language: Some(Lang::Ko),
            ..PartyEdit::default()
        };
        let mut applied = set_party(&mut l, edit.clone()).unwrap();
        assert_eq!(l.committee.parties[1].zone, seoul);
        assert!(matches!(
            applied.outcomes[0],
            Outcome::PartySet { added: false, .. }
        ));
        assert!(set_party(&mut l, edit).unwrap().undo.is_none(), "unchanged");
        applied.undo.as_mut().unwrap().toggle(&mut l);
        assert_eq!(l, before);
        let new = PartyEdit {
            name: " KOTRA ".into(),
            country: Some("Korea".into()),
            ..PartyEdit::default()
        };
        set_party(&mut l, new).unwrap();
        assert_eq!(l.committee.parties[2].name, "KOTRA");
        let empty = PartyEdit {
            name: " ".into(),
            ..PartyEdit::default()
        };
        assert_eq!(set_party(&mut l, empty).unwrap_err(), OpError::EmptyParty);
    }

    #[test]
    fn a_meeting_time_takes_the_reference_zone_and_needs_a_date() {
        let mut l = ledger();
        l.committee.zone = parse_zone("America/Mexico_City");
        let ten = NaiveTime::from_hms_opt(10, 0, 0);
        let edit = MeetingEdit {
            id: "JC4".into(),
            time: Some(ten),
            ..MeetingEdit::default()
        };
        let refused = upsert_meeting(&mut l, edit.clone()).unwrap_err();
        assert_eq!(refused, OpError::TimeWithoutDate { id: "JC4".into() });
        let dated = MeetingEdit {
            date: NaiveDate::from_ymd_opt(2027, 3, 10),
            ..edit
        };
        upsert_meeting(&mut l, dated).unwrap();
        assert_eq!(l.meetings[0].zone, l.committee.zone);
        let seoul = MeetingEdit {
            id: "JC4".into(),
            zone: parse_zone("Asia/Seoul"),
            ..MeetingEdit::default()
        };
        upsert_meeting(&mut l, seoul.clone()).unwrap();
        assert_eq!(l.meetings[0].zone, parse_zone("Asia/Seoul"));
        let all_day = MeetingEdit {
            id: "JC4".into(),
            time: Some(None),
            ..MeetingEdit::default()
        };
        upsert_meeting(&mut l, all_day).unwrap();
        assert_eq!((l.meetings[0].time, l.meetings[0].zone), (None, None));
        let refused = upsert_meeting(&mut l, seoul).unwrap_err();
        assert_eq!(refused, OpError::ZoneWithoutTime { id: "JC4".into() });
    }
}
