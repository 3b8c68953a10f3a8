//! Closure both parties agree to: a status change to done or dropped (and
//! back) records which party made it when the committee asks for both
//! parties' word; the other party confirms, or reopens the item with a note.

use super::item_edit::{index_of, swap_in};
use super::outside::outside;
use super::{Applied, OpError, Outcome, Stamp};
use crate::base::lang::Lang;
use crate::ledger::{Closure, ClosureAct, ClosureEvent, Item, Ledger, Note, Status};
use crate::query::{ClosureState, closure_state};
use chrono_tz::Tz;

/// How a closed item may come back open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reopening {
    /// Through `Op::Reopen`, which says why in a note.
    WithNote,
    /// Through a status change: refused while both parties must agree.
    Refused,
}

/// Records on `item` (a copy being edited) the word of `stamp`'s party on a
/// status change from `from`, when the committee asks for both parties'.
pub(super) fn record_status_change(
    ledger: &Ledger,
    item: &mut Item,
    from: Status,
    stamp: &Stamp,
    reopening: Reopening,
) -> Result<(), OpError> {
    let to = item.status;
    let act = match (from.is_closed(), to.is_closed()) {
        _ if ledger.committee.closure != Closure::Both || from == to => return Ok(()),
        (_, true) => ClosureAct::Closed(to),
        (true, false) if reopening == Reopening::Refused => {
            return Err(OpError::ReopenWithNote {
                id: item.id.clone(),
            });
        }
        (true, false) => ClosureAct::Reopened,
        (false, false) => return Ok(()),
    };
    let party = speaking_party(ledger, stamp)?;
    let e = event(item, act, party, stamp);
    item.closure.push(e);
    Ok(())
}

/// Records the word of `stamp`'s party on every item `after` closes or
/// reopens compared with `before`: a ledger built elsewhere (a workbook
/// imported, a log adopted) keeps the same rule as an operation.
pub fn record_closures(before: &Ledger, after: &mut Ledger, stamp: &Stamp) -> Result<(), OpError> {
    let rules = Ledger {
        committee: after.committee.clone(),
        ..Ledger::default()
    };
    for item in &mut after.items {
        let from = before.item(&item.id).map_or(Status::Open, |b| b.status);
        record_status_change(&rules, item, from, stamp, Reopening::Refused)?;
    }
    Ok(())
}

/// Sets the committee's reference zone and closure rule (those given).
pub(super) fn rules(
    ledger: &mut Ledger,
    zone: Option<Tz>,
    closure: Option<Closure>,
) -> Result<Applied, OpError> {
    let c = &ledger.committee;
    let mut outcomes = Vec::new();
    if let Some(z) = zone.filter(|z| c.zone != Some(*z)) {
        outcomes.push(Outcome::ZoneSet { zone: z });
    }
    if let Some(r) = closure.filter(|r| c.closure != *r) {
        outcomes.push(Outcome::ClosureRuleSet { closure: r });
    }
    if outcomes.is_empty() {
        return Ok(Applied {
            outcomes: vec![Outcome::Unchanged { id: None }],
            undo: None,
        });
    }
    Ok(outside(ledger, outcomes, |l| {
        l.committee.zone = zone.or(l.committee.zone);
        l.committee.closure = closure.unwrap_or(l.committee.closure);
    }))
}

/// `stamp`'s party confirms the other party's closure of the item `id`.
pub(super) fn confirm(ledger: &mut Ledger, id: &str, stamp: &Stamp) -> Result<Applied, OpError> {
    let index = index_of(ledger, id)?;
    let item = &ledger.items[index];
    let closer = match closure_state(&ledger.committee, item) {
        ClosureState::Awaiting { closed, .. } => closed.party.clone(),
        _ => return Err(OpError::NotAwaiting { id: id.to_owned() }),
    };
    let party = speaking_party(ledger, stamp)?;
    if party == closer {
        return Err(OpError::OwnClosure {
            id: id.to_owned(),
            party,
        });
    }
    let mut item = item.clone();
    let e = event(&item, ClosureAct::Confirmed, party.clone(), stamp);
    item.closure.push(e);
    let outcome = Outcome::Confirmed {
        id: id.to_owned(),
        party,
    };
    Ok(swap_in(ledger, index, item, stamp.today, vec![outcome]))
}

/// Reopens the closed item `id`, saying why in a note.
pub(super) fn reopen(
    ledger: &mut Ledger,
    id: &str,
    note: String,
    language: Option<Lang>,
    stamp: &Stamp,
) -> Result<Applied, OpError> {
    if note.trim().is_empty() {
        return Err(OpError::EmptyNote);
    }
    let index = index_of(ledger, id)?;
    let mut item = ledger.items[index].clone();
    if !item.status.is_closed() {
        return Err(OpError::NotClosed { id: id.to_owned() });
    }
    let from = std::mem::replace(&mut item.status, Status::Open);
    record_status_change(ledger, &mut item, from, stamp, Reopening::WithNote)?;
    let author = Note::author_for(&stamp.author, stamp.party.as_deref());
    let mut n = Note::new(stamp.today, author, note);
    n.language = ledger.written_language(language);
    item.notes.push(n);
    let outcomes = vec![
        Outcome::StatusChanged {
            id: id.to_owned(),
            from,
            to: Status::Open,
        },
        Outcome::NoteAdded { id: id.to_owned() },
    ];
    Ok(swap_in(ledger, index, item, stamp.today, outcomes))
}

/// The party `stamp` speaks for, which must be one of the committee's.
fn speaking_party(ledger: &Ledger, stamp: &Stamp) -> Result<String, OpError> {
    let party = stamp
        .party
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .ok_or(OpError::NoParty)?;
    match ledger.committee.party(party) {
        Some(p) => Ok(p.name.clone()),
        None => Err(OpError::UnknownParty {
            party: party.to_owned(),
            parties: ledger.committee.party_names(),
        }),
    }
}

/// A word of `stamp`'s party, after every word already on `item`: a clock
/// running behind in one capital (or a day fixed at noon) cannot put a
/// confirmation before the closure it answers.
fn event(item: &Item, act: ClosureAct, party: String, stamp: &Stamp) -> ClosureEvent {
    let after_last = item
        .closure
        .iter()
        .map(|e| e.at + chrono::Duration::seconds(1))
        .max();
    ClosureEvent {
        act,
        party,
        author: stamp.author.clone(),
        at: after_last.map_or(stamp.at, |t| t.max(stamp.at)),
        extra: Default::default(),
    }
}
