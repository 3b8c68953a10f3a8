//! The one function that applies an operation, for the command line and the
//! dashboard alike: it sets `opened` and `updated`, keeps moved deadlines in
//! `due_history`, and leaves the ledger untouched when it refuses.

use super::closure::Reopening::Refused;
use super::item_edit::{index_of, swap_in};
use super::outside::outside;
use super::{Applied, Change, Edit, ListEdit, NewItem, Op, OpError, Outcome, Stamp};
use crate::ledger::{ConflictTarget, Field, Item, Ledger, Note, Party, Resolved, Side, Status};
use crate::query::next_id;
use chrono::NaiveDate;

/// Applies `op` to `ledger` as of `today`.
///
/// ```
/// use followup::ops::{apply, Change, Op, Outcome};
/// use followup::ledger::{Item, Ledger, Status};
/// let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
/// let mut l = Ledger::default();
/// l.items.push(Item::new("JC2-03", "Shortlist Mexican SMEs as Kia suppliers"));
/// let op = Op::SetFields { id: "JC2-03".into(), changes: vec![Change::Status(Status::Done)] };
/// let applied = apply(&mut l, op, today).unwrap();
/// assert_eq!(applied.outcomes, [Outcome::StatusChanged { id: "JC2-03".into(), from: Status::Open, to: Status::Done }]);
/// assert_eq!(l.items[0].updated, Some(today));
/// ```
pub fn apply(ledger: &mut Ledger, op: Op, today: NaiveDate) -> Result<Applied, OpError> {
    apply_as(ledger, op, &Stamp::on(today))
}

/// Applies `op` to `ledger` on behalf of the person and party `stamp` names,
/// at its instant: closing, confirming and reopening items record them.
pub fn apply_as(ledger: &mut Ledger, op: Op, stamp: &Stamp) -> Result<Applied, OpError> {
    let today = stamp.today;
    match op {
        Op::AddItem(new) => add(ledger, new, stamp),
        Op::SetFields { id, changes } => set(ledger, &id, changes, stamp),
        Op::AddNote {
            id,
            author,
            text,
            language,
        } => {
            if text.trim().is_empty() {
                return Err(OpError::EmptyNote);
            }
            let index = index_of(ledger, &id)?;
            let mut item = ledger.items[index].clone();
            let mut note = Note::new(today, author, text);
            note.language = ledger.written_language(language);
            item.notes.push(note);
            Ok(swap_in(
                ledger,
                index,
                item,
                today,
                vec![Outcome::NoteAdded { id }],
            ))
        }
        Op::Delete { id } => {
            let index = index_of(ledger, &id)?;
            let title = ledger.items[index].title.clone();
            let mut undo = Edit::Splice { index, item: None };
            undo.toggle(ledger);
            Ok(Applied {
                outcomes: vec![Outcome::Deleted { id, title }],
                undo: Some(undo),
            })
        }
        Op::RecordReview(review) => {
            let outcome = Outcome::ReviewRecorded {
                date: review.date,
                attendees: review.attendees.clone(),
            };
            Ok(outside(ledger, vec![outcome], |l| l.reviews.push(review)))
        }
        Op::UpsertMeeting(edit) => super::parties::upsert_meeting(ledger, edit),
        Op::SetParty(edit) => super::parties::set_party(ledger, edit),
        Op::Resolve { target, side } => resolve(ledger, target, side, today),
        Op::SetCommittee { name, parties } => committee(ledger, name, parties),
        Op::UpsertPerson(edit) => super::person::upsert(ledger, edit),
        Op::Translate {
            target,
            lang,
            text,
            author,
        } => super::translate::translate(ledger, target, lang, text, author, today),
        Op::WrittenIn { target, lang } => super::translate::written_in(ledger, target, lang),
        Op::SetLanguages(languages) => super::translate::languages(ledger, languages),
        Op::SetRules { zone, closure } => super::closure::rules(ledger, zone, closure),
        Op::Confirm { id } => super::closure::confirm(ledger, &id, stamp),
        Op::Reopen { id, note, language } => {
            super::closure::reopen(ledger, &id, note, language, stamp)
        }
    }
}

fn resolve(
    ledger: &mut Ledger,
    target: ConflictTarget,
    side: Side,
    today: NaiveDate,
) -> Result<Applied, OpError> {
    let before_item = match &target {
        ConflictTarget::Item { id, .. } => {
            let index = index_of(ledger, id)?;
            Some((index, ledger.items[index].clone()))
        }
        ConflictTarget::Top { .. } => None,
    };
    let before_outside = ledger.without_items();
    let done = crate::ledger::resolve(ledger, target.clone(), side).map_err(OpError::Resolve)?;
    let undo = match before_item {
        Some((index, old)) if done == Resolved::ItemDeleted => Edit::Splice {
            index,
            item: Some(Box::new(old)),
        },
        Some((index, old)) => {
            ledger.items[index].updated = Some(today);
            Edit::Swap {
                index,
                item: Box::new(old),
            }
        }
        None => Edit::Outside(Box::new(before_outside)),
    };
    Ok(Applied {
        outcomes: vec![Outcome::Resolved { target, side, done }],
        undo: Some(undo),
    })
}

fn committee(
    ledger: &mut Ledger,
    name: Option<String>,
    parties: Option<Vec<String>>,
) -> Result<Applied, OpError> {
    let name = name.map(|n| n.trim().to_owned());
    if name.as_deref().is_some_and(str::is_empty) {
        return Err(OpError::EmptyCommitteeName);
    }
    let parties: Option<Vec<String>> =
        parties.map(|ps| ps.iter().map(|p| p.trim().to_owned()).collect());
    if parties
        .as_ref()
        .is_some_and(|ps| ps.iter().any(String::is_empty))
    {
        return Err(OpError::EmptyParty);
    }
    let new_name = name.unwrap_or_else(|| ledger.committee.name.clone());
    // Parties named again keep their records (zone, language).
    let new_parties: Vec<Party> = match parties {
        Some(names) => names
            .into_iter()
            .map(|n| {
                ledger
                    .committee
                    .party(&n)
                    .cloned()
                    .unwrap_or(Party::named(n))
            })
            .collect(),
        None => ledger.committee.parties.clone(),
    };
    if new_name == ledger.committee.name && new_parties == ledger.committee.parties {
        return Ok(Applied {
            outcomes: vec![Outcome::Unchanged { id: None }],
            undo: None,
        });
    }
    let outcome = Outcome::CommitteeSet {
        name: new_name.clone(),
        parties: new_parties.iter().map(|p| p.name.clone()).collect(),
    };
    Ok(outside(ledger, vec![outcome], |l| {
        l.committee.name = new_name;
        l.committee.parties = new_parties;
    }))
}

/// The changes that turn `old` into `new`, for an item edited as a whole (the
/// dashboard's form): id, title, status, workstream, owners, deadline,
/// meeting, opened and tags.
pub fn changes_between(old: &Item, new: &Item) -> Vec<Change> {
    let mut out = Vec::new();
    if old.id != new.id {
        out.push(Change::Id(new.id.clone()));
    }
    if old.title != new.title {
        out.push(Change::Title(new.title.clone()));
    }
    if old.status != new.status {
        out.push(Change::Status(new.status));
    }
    if old.workstream != new.workstream {
        out.push(Change::Workstream(new.workstream.clone()));
    }
    if old.owners != new.owners {
        out.push(Change::Owners(ListEdit::Set(new.owners.clone())));
    }
    if old.due != new.due {
        out.push(Change::Due(new.due));
    }
    if old.meeting != new.meeting {
        out.push(Change::Meeting(new.meeting.clone()));
    }
    if old.opened != new.opened {
        out.push(Change::Opened(new.opened));
    }
    if old.tags != new.tags {
        out.push(Change::Tags(ListEdit::Set(new.tags.clone())));
    }
    out
}

fn known_meeting(ledger: &Ledger, meeting: &str) -> Result<(), OpError> {
    if meeting.is_empty() || ledger.meeting(meeting).is_some() {
        Ok(())
    } else {
        Err(OpError::UnknownMeeting {
            id: meeting.to_owned(),
        })
    }
}

fn add(ledger: &mut Ledger, new: NewItem, stamp: &Stamp) -> Result<Applied, OpError> {
    let today = stamp.today;
    let title = new.title.trim();
    if title.is_empty() {
        return Err(OpError::EmptyTitle);
    }
    let meeting = new.meeting.trim().to_owned();
    known_meeting(ledger, &meeting)?;
    let id = new
        .id
        .map(|id| id.trim().to_owned())
        .unwrap_or_else(|| next_id(&ledger.items, Some(meeting.as_str())));
    if ledger.item(&id).is_some() {
        return Err(OpError::DuplicateId { id });
    }
    // An item agreed at a meeting was opened that day.
    let agreed = ledger.meeting(&meeting).and_then(|m| m.date);
    let mut item = Item {
        workstream: new.workstream.trim().to_owned(),
        status: new.status,
        owners: new.owners,
        due: new.due,
        meeting,
        opened: new.opened.or(agreed).or(Some(today)),
        updated: Some(today),
        tags: new.tags,
        language: ledger.written_language(new.language),
        ..Item::new(id.clone(), title)
    };
    super::closure::record_status_change(ledger, &mut item, Status::Open, stamp, Refused)?;
    let index = ledger.items.len();
    let mut undo = Edit::Splice {
        index,
        item: Some(Box::new(item)),
    };
    undo.toggle(ledger);
    Ok(Applied {
        outcomes: vec![Outcome::Added { id }],
        undo: Some(undo),
    })
}

fn set(
    ledger: &mut Ledger,
    id: &str,
    changes: Vec<Change>,
    stamp: &Stamp,
) -> Result<Applied, OpError> {
    let index = index_of(ledger, id)?;
    let before = &ledger.items[index];
    let mut item = before.clone();
    let mut outcomes = Vec::new();
    for change in changes {
        if let Some(o) = change_one(ledger, &mut item, change)? {
            outcomes.push(o);
        }
    }
    let from = ledger.items[index].status;
    super::closure::record_status_change(ledger, &mut item, from, stamp, Refused)?;
    if item == ledger.items[index] {
        return Ok(Applied {
            outcomes: vec![Outcome::Unchanged {
                id: Some(id.to_owned()),
            }],
            undo: None,
        });
    }
    Ok(swap_in(ledger, index, item, stamp.today, outcomes))
}

/// Applies one change to `item` (a copy); `None` when it changes nothing.
fn change_one(
    ledger: &Ledger,
    item: &mut Item,
    change: Change,
) -> Result<Option<Outcome>, OpError> {
    let id = item.id.clone();
    let text = |item: &mut Item, field: Field, to: String| {
        let slot = match field {
            Field::Title => &mut item.title,
            Field::Workstream => &mut item.workstream,
            _ => &mut item.meeting,
        };
        (*slot != to).then(|| {
            slot.clone_from(&to);
            Outcome::TextSet {
                id: id.clone(),
                field,
                to,
            }
        })
    };
    Ok(match change {
        Change::Id(new) => {
            let new = new.trim().to_owned();
            if new == item.id {
                return Ok(None);
            }
            if ledger.item(&new).is_some() {
                return Err(OpError::DuplicateId { id: new });
            }
            let from = std::mem::replace(&mut item.id, new.clone());
            Some(Outcome::Renamed { from, to: new })
        }
        Change::Title(t) => {
            let t = t.trim().to_owned();
            if t.is_empty() {
                return Err(OpError::EmptyTitle);
            }
            text(item, Field::Title, t)
        }
        Change::Workstream(w) => text(item, Field::Workstream, w.trim().to_owned()),
        Change::Meeting(m) => {
            let m = m.trim().to_owned();
            known_meeting(ledger, &m)?;
            text(item, Field::Meeting, m)
        }
        Change::Status(to) => {
            let from = std::mem::replace(&mut item.status, to);
            (from != to).then_some(Outcome::StatusChanged { id, from, to })
        }
        Change::Due(to) => {
            let from = item.due;
            item.set_due(to).then(|| Outcome::DueMoved {
                id,
                from,
                to,
                slips: item.due_history.len(),
                first: item.due_history.first().copied(),
            })
        }
        Change::Opened(to) => {
            let from = std::mem::replace(&mut item.opened, to);
            (from != to).then_some(Outcome::OpenedSet { id, to })
        }
        Change::Owners(edit) => edit_list(item, Field::Owners, edit)?,
        Change::Tags(edit) => edit_list(item, Field::Tags, edit)?,
    })
}

fn edit_list(item: &mut Item, field: Field, edit: ListEdit) -> Result<Option<Outcome>, OpError> {
    let id = item.id.clone();
    let list = match field {
        Field::Owners => &mut item.owners,
        _ => &mut item.tags,
    };
    let before = list.clone();
    match edit {
        ListEdit::Set(values) => *list = values,
        ListEdit::Add(values) => {
            for v in values {
                if !list.contains(&v) {
                    list.push(v);
                }
            }
        }
        ListEdit::Remove(values) => {
            if let Some(missing) = values.iter().find(|v| !list.contains(v)) {
                return Err(OpError::NotInList {
                    id,
                    field,
                    value: missing.clone(),
                    now: before,
                });
            }
            list.retain(|x| !values.contains(x));
        }
    }
    Ok((*list != before).then(|| Outcome::ListSet {
        id,
        field,
        to: list.clone(),
    }))
}
