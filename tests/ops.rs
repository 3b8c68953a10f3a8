//! Operations applied to the Korea–Mexico ledger: typed outcomes, typed
//! errors that leave the ledger as it was, and an undo that restores it.

use chrono::NaiveDate;
use followup::ledger::{Field, Ledger, Review, Status, parse_ledger};
use followup::ops::{Change, ListEdit, MeetingEdit, NewItem, Op, OpError, Outcome, apply};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn ledger() -> Ledger {
    parse_ledger(include_bytes!("../fixtures/korea-mexico-sme.json")).unwrap()
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Applies `op`, checks that undoing restores the ledger exactly and that
/// redoing gives the same result again; returns the outcomes.
fn apply_and_undo(l: &mut Ledger, op: Op) -> Result<Vec<Outcome>, OpError> {
    let before = l.clone();
    let applied = apply(l, op, today())?;
    let after = l.clone();
    if let Some(mut undo) = applied.undo {
        undo.toggle(l);
        assert_eq!(*l, before, "undo restores the ledger");
        undo.toggle(l);
        assert_eq!(*l, after, "redo gives the same result");
    } else {
        assert_eq!(*l, before, "no undo means nothing changed");
    }
    Ok(applied.outcomes)
}

#[test]
fn a_status_change_says_from_and_to_and_stamps_updated() {
    let mut l = ledger();
    let out = apply_and_undo(
        &mut l,
        Op::SetFields {
            id: "JC2-03".into(),
            changes: vec![Change::Status(Status::Done)],
        },
    )
    .unwrap();
    assert_eq!(
        out,
        [Outcome::StatusChanged {
            id: "JC2-03".into(),
            from: Status::InProgress,
            to: Status::Done
        }]
    );
    assert_eq!(l.item("JC2-03").unwrap().updated, Some(today()));
}

#[test]
fn a_moved_deadline_counts_its_slips_and_keeps_the_first_agreed() {
    let mut l = ledger();
    let item = l.item("JC2-03").unwrap().clone();
    let slips_before = item.due_history.len();
    let out = apply_and_undo(
        &mut l,
        Op::SetFields {
            id: "JC2-03".into(),
            changes: vec![Change::Due(Some(d("2026-12-07")))],
        },
    )
    .unwrap();
    assert_eq!(
        out,
        [Outcome::DueMoved {
            id: "JC2-03".into(),
            from: item.due,
            to: Some(d("2026-12-07")),
            slips: slips_before + 1,
            first: item.due_history.first().copied().or(item.due),
        }]
    );
    assert_eq!(
        l.item("JC2-03").unwrap().due_history.last().copied(),
        item.due
    );
}

#[test]
fn asking_for_what_already_is_changes_nothing_and_writes_nothing() {
    let mut l = ledger();
    let status = l.item("JC2-01").unwrap().status;
    let out = apply_and_undo(
        &mut l,
        Op::SetFields {
            id: "JC2-01".into(),
            changes: vec![Change::Status(status)],
        },
    )
    .unwrap();
    assert_eq!(
        out,
        [Outcome::Unchanged {
            id: Some("JC2-01".into())
        }]
    );
}

#[test]
fn refused_operations_leave_the_ledger_as_it_was() {
    let mut l = ledger();
    let before = l.clone();
    let cases = [
        (
            Op::SetFields {
                id: "JC9-99".into(),
                changes: vec![Change::Status(Status::Done)],
            },
            OpError::NoItem {
                id: "JC9-99".into(),
            },
        ),
        (
            // The second change fails: the first must not stay applied.
            Op::SetFields {
                id: "JC2-01".into(),
                changes: vec![Change::Status(Status::Done), Change::Id("JC2-03".into())],
            },
            OpError::DuplicateId {
                id: "JC2-03".into(),
            },
        ),
        (
            Op::SetFields {
                id: "JC2-01".into(),
                changes: vec![Change::Owners(ListEdit::Remove(vec!["KOTRA".into()]))],
            },
            OpError::NotInList {
                id: "JC2-01".into(),
                field: Field::Owners,
                value: "KOTRA".into(),
                now: before.item("JC2-01").unwrap().owners.clone(),
            },
        ),
        (
            Op::AddItem(NewItem {
                title: "Visit the Kia plant".into(),
                meeting: "JC9".into(),
                ..NewItem::default()
            }),
            OpError::UnknownMeeting { id: "JC9".into() },
        ),
        (
            Op::AddItem(NewItem {
                title: "   ".into(),
                ..NewItem::default()
            }),
            OpError::EmptyTitle,
        ),
        (
            Op::AddNote {
                id: "JC2-01".into(),
                author: "INADEM".into(),
                text: " \n".into(),
                language: None,
            },
            OpError::EmptyNote,
        ),
    ];
    for (op, want) in cases {
        assert_eq!(apply(&mut l, op, today()).unwrap_err(), want);
        assert_eq!(l, before);
    }
}

#[test]
fn an_item_agreed_at_a_meeting_was_opened_that_day_and_takes_its_scheme() {
    let mut l = ledger();
    let jc3 = l.meeting("JC3").unwrap().date;
    let out = apply_and_undo(
        &mut l,
        Op::AddItem(NewItem {
            title: "Visit the Kia plant in Nuevo León".into(),
            meeting: "JC3".into(),
            owners: vec!["Kia Motors México".into()],
            ..NewItem::default()
        }),
    )
    .unwrap();
    let Outcome::Added { id } = &out[0] else {
        panic!("{out:?}")
    };
    assert!(id.starts_with("JC3-"), "{id}");
    let item = l.item(id).unwrap();
    assert_eq!(item.opened, jc3);
    assert_eq!(item.updated, Some(today()));
}

#[test]
fn notes_deletion_reviews_and_meetings_are_undoable() {
    let mut l = ledger();
    let out = apply_and_undo(
        &mut l,
        Op::AddNote {
            id: "JC2-05".into(),
            author: "SMBA".into(),
            text: "Consultants confirmed for January".into(),
            language: Some(followup::i18n::Lang::Ko),
        },
    )
    .unwrap();
    assert_eq!(
        out,
        [Outcome::NoteAdded {
            id: "JC2-05".into()
        }]
    );

    let title = l.item("JC2-06").unwrap().title.clone();
    let out = apply_and_undo(
        &mut l,
        Op::Delete {
            id: "JC2-06".into(),
        },
    )
    .unwrap();
    assert_eq!(
        out,
        [Outcome::Deleted {
            id: "JC2-06".into(),
            title
        }]
    );
    assert!(l.item("JC2-06").is_none());

    let review = Review {
        date: today(),
        attendees: vec!["INADEM".into(), "SMBA".into()],
        summary: String::new(),
        extra: Default::default(),
    };
    let out = apply_and_undo(&mut l, Op::RecordReview(review)).unwrap();
    assert!(matches!(out[0], Outcome::ReviewRecorded { .. }));

    let out = apply_and_undo(
        &mut l,
        Op::UpsertMeeting(MeetingEdit {
            id: "JC4".into(),
            date: Some(d("2027-10-20")),
            title: Some("Fourth Joint Committee".into()),
            place: Some("Seúl".into()),
            ..MeetingEdit::default()
        }),
    )
    .unwrap();
    assert_eq!(out, [Outcome::MeetingAdded { id: "JC4".into() }]);
    let out = apply_and_undo(
        &mut l,
        Op::UpsertMeeting(MeetingEdit {
            id: "JC4".into(),
            place: Some("Seúl".into()),
            ..MeetingEdit::default()
        }),
    )
    .unwrap();
    assert_eq!(
        out,
        [Outcome::Unchanged {
            id: Some("JC4".into())
        }]
    );
}

#[test]
fn a_form_edit_becomes_the_changes_between_old_and_new() {
    let mut l = ledger();
    let old = l.item("JC2-11").unwrap().clone();
    let mut new = old.clone();
    new.title = "Follow up the meeting with Korea Venture Business Association".into();
    new.owners.push("SMBA".into());
    let changes = followup::ops::changes_between(&old, &new);
    let out = apply_and_undo(
        &mut l,
        Op::SetFields {
            id: "JC2-11".into(),
            changes,
        },
    )
    .unwrap();
    assert_eq!(
        out,
        [
            Outcome::TextSet {
                id: "JC2-11".into(),
                field: Field::Title,
                to: new.title.clone()
            },
            Outcome::ListSet {
                id: "JC2-11".into(),
                field: Field::Owners,
                to: new.owners.clone()
            },
        ]
    );
}

#[test]
fn settling_a_conflict_and_naming_the_committee_are_undoable_operations() {
    use followup::ledger::{Conflict, ConflictTarget, FieldPath, Resolved, Side};
    let mut l = ledger();
    let i = l.items.iter().position(|i| i.id == "JC2-03").unwrap();
    l.items[i].conflicts.push(Conflict {
        field: FieldPath::key("status"),
        base: serde_json::json!("in-progress"),
        ours: serde_json::json!("done"),
        theirs: serde_json::json!("blocked"),
    });
    let target = ConflictTarget::Item {
        id: "JC2-03".into(),
        path: FieldPath::key("status"),
    };
    let out = apply_and_undo(
        &mut l,
        Op::Resolve {
            target: target.clone(),
            side: Side::Theirs,
        },
    )
    .unwrap();
    assert_eq!(
        out,
        [Outcome::Resolved {
            target,
            side: Side::Theirs,
            done: Resolved::Field
        }]
    );
    let item = l.item("JC2-03").unwrap();
    assert_eq!(item.status, Status::Blocked);
    assert!(item.conflicts.is_empty());
    assert_eq!(item.updated, Some(today()));

    let out = apply_and_undo(
        &mut l,
        Op::SetCommittee {
            name: None,
            parties: Some(vec![
                "México (INADEM)".into(),
                "대한민국 (중소기업청)".into(),
            ]),
        },
    )
    .unwrap();
    assert!(matches!(&out[0], Outcome::CommitteeSet { parties, .. } if parties.len() == 2));
    assert_eq!(
        apply(
            &mut l,
            Op::SetCommittee {
                name: None,
                parties: Some(vec![" ".into()])
            },
            today()
        )
        .unwrap_err(),
        OpError::EmptyParty
    );
}
