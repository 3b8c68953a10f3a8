//! Every operation says whether it changed the ledger: the command line
//! saves a single operation's result on its word alone.

use followup::i18n::Lang;
use followup::ledger::{
    Closure, ConflictTarget, Ledger, Review, Side, Status, TextRef, merge, parse_zone,
};
use followup::ops::{
    Change, ListEdit, MeetingEdit, NewItem, Op, PartyEdit, PersonEdit, Stamp, apply_as,
};
use followup::synthetic::{demo_today, translated_ledger, untranslated_sample};

/// Operations of every kind on `l`: each field set to its own value (and
/// with spaces around it), to another and back, every status, every
/// conflict's side, texts translated and untranslated, the committee, its
/// parties, meetings, people, languages and rules.
fn ops_for(l: &Ledger) -> Vec<Op> {
    let mut ops = Vec::new();
    let d = demo_today();
    let meetings: Vec<String> = l.meetings.iter().map(|m| m.id.clone()).collect();
    let mut ids: Vec<String> = l.items.iter().take(6).map(|i| i.id.clone()).collect();
    for i in &l.items {
        if i.status.is_closed() {
            ids.push(i.id.clone());
            break;
        }
    }
    for i in &l.items {
        if !i.conflicts.is_empty() {
            ids.push(i.id.clone());
        }
    }
    for id in &ids {
        let it = l.item(id).unwrap().clone();
        let mut changes: Vec<Vec<Change>> = vec![
            vec![Change::Title(it.title.clone())],
            vec![Change::Title(format!(" {} ", it.title))],
            vec![Change::Title("new title".into())],
            vec![Change::Workstream(it.workstream.clone())],
            vec![Change::Workstream("Other".into())],
            vec![Change::Workstream(String::new())],
            vec![Change::Owners(ListEdit::Set(it.owners.clone()))],
            vec![Change::Owners(ListEdit::Set(vec!["Zed".into()]))],
            vec![Change::Owners(ListEdit::Add(it.owners.clone()))],
            vec![Change::Owners(ListEdit::Add(vec!["Zed".into()]))],
            vec![Change::Owners(ListEdit::Remove(
                it.owners.iter().take(1).cloned().collect(),
            ))],
            vec![Change::Tags(ListEdit::Set(it.tags.clone()))],
            vec![Change::Tags(ListEdit::Add(vec!["t".into()]))],
            vec![Change::Due(it.due)],
            vec![Change::Due(None)],
            vec![Change::Due(Some(d))],
            vec![Change::Due(Some(d)), Change::Due(it.due)],
            vec![Change::Meeting(it.meeting.clone())],
            vec![Change::Meeting(String::new())],
            vec![Change::Opened(it.opened)],
            vec![Change::Opened(None)],
            vec![Change::Opened(Some(d))],
            vec![Change::Id(it.id.clone())],
            vec![Change::Id(format!(" {} ", it.id))],
            vec![Change::Id("NEW-1".into())],
            vec![Change::Status(Status::Done), Change::Status(it.status)],
            vec![],
        ];
        for m in &meetings {
            changes.push(vec![Change::Meeting(m.clone())]);
        }
        for s in Status::ALL {
            changes.push(vec![Change::Status(s)]);
        }
        for c in changes {
            ops.push(Op::SetFields {
                id: id.clone(),
                changes: c,
            });
        }
        ops.push(Op::AddNote {
            id: id.clone(),
            author: "a".into(),
            text: "n".into(),
            language: None,
        });
        ops.push(Op::Delete { id: id.clone() });
        ops.push(Op::Confirm { id: id.clone() });
        ops.push(Op::Reopen {
            id: id.clone(),
            note: "why".into(),
            language: None,
        });
        for c in &it.conflicts {
            for side in [Side::Ours, Side::Theirs] {
                ops.push(Op::Resolve {
                    target: ConflictTarget::Item {
                        id: id.clone(),
                        path: c.field.clone(),
                    },
                    side,
                });
            }
        }
    }
    for c in &l.conflicts {
        for side in [Side::Ours, Side::Theirs] {
            ops.push(Op::Resolve {
                target: ConflictTarget::Top {
                    path: c.field.clone(),
                },
                side,
            });
        }
    }
    // Texts, translated or not, and a workstream with no record.
    let mut refs: Vec<TextRef> = l.texts().into_iter().map(|(r, _)| r).take(40).collect();
    refs.push(TextRef::Workstream("No record".into()));
    for r in refs {
        let cur: Vec<(Lang, String)> = Lang::ALL
            .iter()
            .filter_map(|&lg| {
                l.text(&r)
                    .and_then(|t| t.translation(lg))
                    .map(|t| (lg, t.text.clone()))
            })
            .collect();
        for lang in Lang::ALL {
            ops.push(Op::WrittenIn {
                target: r.clone(),
                lang,
            });
            for text in ["", "nueva", " nueva "] {
                ops.push(Op::Translate {
                    target: r.clone(),
                    lang,
                    text: text.into(),
                    author: "t".into(),
                });
            }
        }
        for (lang, text) in cur {
            ops.push(Op::Translate {
                target: r.clone(),
                lang,
                text: text.clone(),
                author: "t".into(),
            });
            ops.push(Op::Translate {
                target: r.clone(),
                lang,
                text: format!(" {text} "),
                author: "other".into(),
            });
        }
    }
    ops.push(Op::AddItem(NewItem {
        title: "x".into(),
        ..NewItem::default()
    }));
    ops.push(Op::RecordReview(Review {
        date: d,
        attendees: vec![],
        summary: String::new(),
        extra: Default::default(),
    }));
    let names: Vec<String> = l.committee.parties.iter().map(|p| p.name.clone()).collect();
    let mut rev = names.clone();
    rev.reverse();
    for name in [
        None,
        Some(l.committee.name.clone()),
        Some(format!(" {} ", l.committee.name)),
        Some("Other".into()),
    ] {
        for parties in [
            None,
            Some(names.clone()),
            Some(rev.clone()),
            Some(vec!["P".into()]),
        ] {
            ops.push(Op::SetCommittee {
                name: name.clone(),
                parties,
            });
        }
    }
    for p in names.iter().cloned().chain(["New".to_owned()]) {
        let existing = l.committee.party(&p).cloned();
        ops.push(Op::SetParty(PartyEdit {
            name: p.clone(),
            ..PartyEdit::default()
        }));
        ops.push(Op::SetParty(PartyEdit {
            name: p.clone(),
            country: existing.as_ref().map(|e| e.country.clone()),
            zone: existing.as_ref().and_then(|e| e.zone),
            language: existing.as_ref().and_then(|e| e.language),
        }));
        ops.push(Op::SetParty(PartyEdit {
            name: p.clone(),
            country: Some("X".into()),
            ..PartyEdit::default()
        }));
    }
    for m in l.meetings.iter().take(3) {
        ops.push(Op::UpsertMeeting(MeetingEdit {
            id: m.id.clone(),
            ..MeetingEdit::default()
        }));
        ops.push(Op::UpsertMeeting(MeetingEdit {
            id: m.id.clone(),
            date: m.date,
            title: Some(m.title.clone()),
            place: Some(m.place.clone()),
            time: Some(m.time),
            zone: m.zone,
        }));
        ops.push(Op::UpsertMeeting(MeetingEdit {
            id: m.id.clone(),
            time: chrono::NaiveTime::from_hms_opt(10, 0, 0).map(Some),
            ..MeetingEdit::default()
        }));
        ops.push(Op::UpsertMeeting(MeetingEdit {
            id: m.id.clone(),
            time: Some(None),
            ..MeetingEdit::default()
        }));
        ops.push(Op::UpsertMeeting(MeetingEdit {
            id: m.id.clone(),
            title: Some("T".into()),
            ..MeetingEdit::default()
        }));
    }
    ops.push(Op::UpsertMeeting(MeetingEdit {
        id: "NEWM".into(),
        ..MeetingEdit::default()
    }));
    for p in l.directory.iter().take(2) {
        ops.push(Op::UpsertPerson(PersonEdit {
            name: p.name.clone(),
            ..PersonEdit::default()
        }));
        ops.push(Op::UpsertPerson(PersonEdit {
            name: p.name.clone(),
            email: Some(p.email.clone()),
            language: Some(p.language.clone()),
            add_aliases: p.aliases.clone(),
            ..PersonEdit::default()
        }));
        ops.push(Op::UpsertPerson(PersonEdit {
            name: p.name.clone(),
            email: Some("z@z.z".into()),
            ..PersonEdit::default()
        }));
    }
    ops.push(Op::UpsertPerson(PersonEdit {
        name: "Brand New".into(),
        ..PersonEdit::default()
    }));
    let langs = l.committee.languages.clone();
    let mut rl = langs.clone();
    rl.reverse();
    for v in [
        langs.clone(),
        rl,
        vec![],
        Lang::ALL.to_vec(),
        langs.iter().chain(&langs).copied().collect(),
    ] {
        ops.push(Op::SetLanguages(v));
    }
    for zone in [None, l.committee.zone, parse_zone("Asia/Seoul")] {
        for closure in [None, Some(Closure::Either), Some(Closure::Both)] {
            ops.push(Op::SetRules { zone, closure });
        }
    }
    ops
}

/// Ledgers of every kind: translated, closed by both parties' word, with
/// merge conflicts in items and at the top, with closures awaiting the
/// other party, untranslated.
fn ledgers() -> Vec<(&'static str, Ledger)> {
    let d = demo_today();
    let base = translated_ledger(12, d);
    let mut both = base.clone();
    both.committee.closure = Closure::Both;
    // A merge with conflicts in items and at the top.
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.items[0].title = "ours title".into();
    theirs.items[0].title = "their title".into();
    ours.items[1].status = Status::Done;
    theirs.items[1].status = Status::Blocked;
    ours.committee.name = "Ours".into();
    theirs.committee.name = "Theirs".into();
    ours.items.remove(2);
    theirs.items[2].title = "edited".into();
    let merged = merge(&base, &ours, &theirs).ledger;
    assert!(!merged.conflicts.is_empty() && merged.items.iter().any(|i| !i.conflicts.is_empty()));
    // Closed items awaiting confirmation, under Both.
    let mut awaiting = both.clone();
    let p0 = awaiting.committee.parties[0].name.clone();
    let stamp = Stamp {
        party: Some(p0),
        ..Stamp::on(d)
    };
    for i in 0..6 {
        let id = awaiting.items[i].id.clone();
        apply_as(
            &mut awaiting,
            Op::SetFields {
                id,
                changes: vec![Change::Status(Status::Done)],
            },
            &stamp,
        )
        .unwrap();
    }
    assert!(awaiting.items.iter().any(|i| !i.closure.is_empty()));
    vec![
        ("base", base),
        ("both", both),
        ("merged", merged),
        ("awaiting", awaiting),
        ("untranslated", untranslated_sample()),
    ]
}

/// Every operation on every kind of ledger, for no party and each party:
/// `undo` is `Some` exactly when the ledger changed, toggling it gives the
/// ledger back, and a refused operation changes nothing. `followup set` and
/// the other commands that apply one operation save when, and only when,
/// its `undo` says it changed the ledger (`cli/edit.rs`).
#[test]
fn an_operation_s_undo_says_whether_it_changed_the_ledger() {
    let d = demo_today();
    let mut tried = 0;
    let mut applied = 0;
    let mut bad = Vec::new();
    for (name, l) in ledgers() {
        let parties: Vec<Option<String>> = std::iter::once(None)
            .chain(l.committee.parties.iter().map(|p| Some(p.name.clone())))
            .collect();
        for op in ops_for(&l) {
            for party in &parties {
                let stamp = Stamp {
                    party: party.clone(),
                    ..Stamp::on(d)
                };
                let mut m = l.clone();
                tried += 1;
                match apply_as(&mut m, op.clone(), &stamp) {
                    Ok(a) => {
                        applied += 1;
                        let changed = m != l;
                        if a.undo.is_some() != changed {
                            bad.push(format!(
                                "{name} {party:?} {op:?}: undo {} changed {changed}",
                                a.undo.is_some()
                            ));
                        }
                        if let Some(mut u) = a.undo {
                            u.toggle(&mut m);
                            if m != l {
                                bad.push(format!("{name} {op:?}: undo does not restore"));
                            }
                        }
                    }
                    Err(e) => {
                        if m != l {
                            bad.push(format!("{name} {op:?}: refused ({e:?}) but changed"));
                        }
                    }
                }
            }
        }
    }
    // Most were applied, not refused: the rule was tried on real changes.
    assert!(applied * 2 > tried, "{applied} of {tried} applied");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
