//! The two parties' record: party records and the reference zone in the
//! file, closure both parties agree to (applied, refused, undone, merged),
//! and the clock both capitals read "today" from.

mod common;

use chrono::{DateTime, Utc};
use common::{Sandbox, stderr, stdout};
use followup::ledger::{Closure, ClosureAct, Ledger, Status, canonical_json, merge, parse_ledger};
use followup::ops::{Change, Op, OpError, Outcome, Stamp, apply_as};
use followup::query::{ClosureState, closure_state};

const INADEM: &str = "INADEM (Mexico)";
const SMBA: &str = "SMBA (Korea)";

fn ledger(rule: Closure) -> Ledger {
    let mut l = parse_ledger(include_bytes!("../fixtures/korea-mexico-sme.json")).unwrap();
    l.committee.closure = rule;
    l
}

/// Someone of `party` acting at `at` (an RFC 3339 instant); the day is the
/// one in Mexico City, the committee's reference zone.
fn stamp(party: Option<&str>, at: &str) -> Stamp {
    let at: DateTime<Utc> = DateTime::parse_from_rfc3339(at).unwrap().to_utc();
    let zone = "America/Mexico_City".parse().ok();
    Stamp {
        today: followup::base::clock::day_in(at, zone),
        at,
        author: match party {
            Some(INADEM) => "Ana López".into(),
            _ => "Kim Min-jun".into(),
        },
        party: party.map(str::to_owned),
    }
}

/// The committee under the both-parties rule, JC2-03 closed by INADEM on
/// Wednesday evening in Mexico City.
fn closed_in_mexico() -> Ledger {
    let mut l = ledger(Closure::Both);
    let mexico = stamp(Some(INADEM), "2026-12-02T18:05:00-06:00");
    apply_checked(&mut l, done("JC2-03"), &mexico).unwrap();
    l
}

fn done(id: &str) -> Op {
    Op::SetFields {
        id: id.into(),
        changes: vec![Change::Status(Status::Done)],
    }
}

/// Applies `op` as `s`; checks that the undo restores the ledger exactly.
fn apply_checked(l: &mut Ledger, op: Op, s: &Stamp) -> Result<Vec<Outcome>, OpError> {
    let before = l.clone();
    let applied = apply_as(l, op, s)?;
    if let Some(mut undo) = applied.undo.clone() {
        let after = l.clone();
        undo.toggle(l);
        assert_eq!(*l, before, "undo restores the ledger");
        undo.toggle(l);
        assert_eq!(*l, after);
    }
    Ok(applied.outcomes)
}

#[test]
fn a_closure_awaits_the_other_party_which_alone_can_confirm_it() {
    let mut l = ledger(Closure::Both);
    let mexico = stamp(Some(INADEM), "2026-12-02T18:05:00-06:00");
    apply_checked(&mut l, done("JC2-03"), &mexico).unwrap();
    let item = l.item("JC2-03").unwrap();
    assert_eq!(item.closure.len(), 1);
    assert_eq!(item.closure[0].act, ClosureAct::Closed(Status::Done));
    assert_eq!(item.closure[0].party, INADEM);
    assert_eq!(item.closure[0].author, "Ana López");
    assert!(closure_state(&l.committee, item).awaits(SMBA));

    let confirm = Op::Confirm {
        id: "JC2-03".into(),
    };
    assert_eq!(
        apply_checked(&mut l, confirm.clone(), &mexico),
        Err(OpError::OwnClosure {
            id: "JC2-03".into(),
            party: INADEM.into()
        })
    );
    let seoul = stamp(Some(SMBA), "2026-12-03T09:30:00+09:00");
    let out = apply_checked(&mut l, confirm.clone(), &seoul).unwrap();
    assert_eq!(
        out,
        [Outcome::Confirmed {
            id: "JC2-03".into(),
            party: SMBA.into()
        }]
    );
    let item = l.item("JC2-03").unwrap();
    assert!(matches!(
        closure_state(&l.committee, item),
        ClosureState::Confirmed { confirmed, .. } if confirmed.author == "Kim Min-jun"
    ));
    // Confirmed once is enough.
    assert_eq!(
        apply_checked(&mut l, confirm, &seoul),
        Err(OpError::NotAwaiting {
            id: "JC2-03".into()
        })
    );
}

#[test]
fn closing_under_the_rule_needs_a_party_of_the_committee() {
    let mut l = ledger(Closure::Both);
    let before = l.clone();
    let nobody = stamp(None, "2026-12-02T18:05:00-06:00");
    assert_eq!(
        apply_as(&mut l, done("JC2-03"), &nobody).unwrap_err(),
        OpError::NoParty
    );
    let stranger = stamp(Some("KOTRA"), "2026-12-02T18:05:00-06:00");
    assert_eq!(
        apply_as(&mut l, done("JC2-03"), &stranger).unwrap_err(),
        OpError::UnknownParty {
            party: "KOTRA".into(),
            parties: vec![INADEM.into(), SMBA.into()]
        }
    );
    assert_eq!(l, before, "a refusal changes nothing");
    // Without the rule, either party (or none) closes alone, and no word is recorded.
    let mut l = ledger(Closure::Either);
    apply_checked(&mut l, done("JC2-03"), &nobody).unwrap();
    let item = l.item("JC2-03").unwrap();
    assert!(item.closure.is_empty());
    assert_eq!(closure_state(&l.committee, item), ClosureState::Closed);
}

#[test]
fn reopening_needs_a_note_and_records_who_did_not_agree() {
    let mut l = closed_in_mexico();
    let seoul = stamp(Some(SMBA), "2026-12-03T09:30:00+09:00");
    let reopen = |note: &str| Op::Reopen {
        id: "JC2-03".into(),
        note: note.into(),
        language: None,
    };
    assert_eq!(
        apply_checked(&mut l, reopen("  "), &seoul),
        Err(OpError::EmptyNote)
    );
    let why = "Kia has not yet accepted the shortlist";
    apply_checked(&mut l, reopen(why), &seoul).unwrap();
    let item = l.item("JC2-03").unwrap();
    assert_eq!(item.status, Status::Open);
    assert_eq!(item.notes.last().unwrap().text, why);
    assert_eq!(item.closure.last().unwrap().act, ClosureAct::Reopened);
    assert_eq!(item.closure.last().unwrap().party, SMBA);
    assert_eq!(closure_state(&l.committee, item), ClosureState::Open);
    assert_eq!(
        apply_checked(&mut l, reopen(why), &seoul),
        Err(OpError::NotClosed {
            id: "JC2-03".into()
        })
    );
}

#[test]
fn each_capital_s_word_survives_a_merge_and_the_latest_decides() {
    let base = closed_in_mexico();
    let confirm = Op::Confirm {
        id: "JC2-03".into(),
    };
    // Seoul confirms; Mexico City, the same evening, adds a note elsewhere.
    let mut seoul = base.clone();
    apply_as(
        &mut seoul,
        confirm,
        &stamp(Some(SMBA), "2026-12-03T09:30:00+09:00"),
    )
    .unwrap();
    let mut mexico = base.clone();
    apply_as(
        &mut mexico,
        done("JC2-01"),
        &stamp(Some(INADEM), "2026-12-02T19:00:00-06:00"),
    )
    .unwrap();
    for (ours, theirs) in [(&mexico, &seoul), (&seoul, &mexico)] {
        let merged = merge(&base, ours, theirs);
        assert_eq!(merged.conflicts, 0);
        let l = merged.ledger;
        let state = |id| closure_state(&l.committee, l.item(id).unwrap());
        assert!(matches!(state("JC2-03"), ClosureState::Confirmed { .. }));
        assert!(state("JC2-01").awaits(SMBA));
    }
}

#[test]
fn party_records_zones_and_the_rule_read_back_and_plain_parties_stay_plain() {
    let text = include_str!("../fixtures/korea-mexico-sme.json");
    let l = parse_ledger(text.as_bytes()).unwrap();
    assert_eq!(canonical_json(&l), text, "the fixture is canonical");
    let seoul = l.committee.party(SMBA).unwrap();
    assert_eq!(seoul.zone.map(|z| z.name()), Some("Asia/Seoul"));
    assert_eq!(
        l.committee.reference_zone().map(|z| z.name()),
        Some("America/Mexico_City")
    );
    let plain = text.replacen("\"parties\": [", "\"parties\": [\n      \"KOTRA\",", 1);
    let l = parse_ledger(plain.as_bytes()).unwrap();
    assert_eq!(
        canonical_json(&l),
        plain,
        "a plain party is written back plain"
    );
    let mut l = ledger(Closure::Both);
    l.committee.zone = None;
    // Without a zone of its own, the committee keeps the first party's.
    assert_eq!(
        l.committee.reference_zone().map(|z| z.name()),
        Some("America/Mexico_City")
    );
    let again = parse_ledger(canonical_json(&l).as_bytes()).unwrap();
    assert_eq!(again, l);
}

#[test]
fn a_zone_that_is_not_iana_s_is_refused_with_its_line_in_the_reader_s_language() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen("\"Asia/Seoul\"", "\"Asia/Seul\"", 1)).unwrap();
    let line = text[..text.find("\"Asia/Seoul\"").unwrap()].lines().count();
    let o = s
        .cmd()
        .env("LANG", "es_MX.UTF-8")
        .args(["check", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains(&format!(":{line}:")), "{err}");
    assert!(
        err.contains("huso horario desconocido `Asia/Seul`"),
        "{err}"
    );
}

#[test]
fn followup_now_must_be_an_instant_and_beats_followup_today() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    let run = |now: &str| {
        s.cmd()
            .env("FOLLOWUP_TODAY", "2026-11-23")
            .env("FOLLOWUP_NOW", now)
            .args(["list", "-f", path.to_str().unwrap()])
            .output()
            .unwrap()
    };
    let o = run("tomorrow morning");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("FOLLOWUP_NOW: `tomorrow morning` is not an instant"));
    // The relative dates of the list are counted from the instant's day in
    // Mexico City (the reference zone), not from FOLLOWUP_TODAY.
    let on_the_23rd = stdout(&run("2026-11-23T12:00:00-06:00"));
    let a_week_later = stdout(&run("2026-11-30T12:00:00-06:00"));
    assert_ne!(on_the_23rd, a_week_later);
    let fixed_day = s
        .cmd()
        .args(["list", "-f", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        stdout(&fixed_day),
        on_the_23rd,
        "FOLLOWUP_TODAY alone: that day"
    );
}

#[test]
fn a_confirmation_from_a_clock_running_behind_still_comes_after_the_closure() {
    let mut l = closed_in_mexico();
    // Seoul's clock reads an hour earlier than the closure's instant.
    let behind = stamp(Some(SMBA), "2026-12-03T08:05:00+09:00");
    apply_as(
        &mut l,
        Op::Confirm {
            id: "JC2-03".into(),
        },
        &behind,
    )
    .unwrap();
    let item = l.item("JC2-03").unwrap();
    assert!(item.closure[1].at > item.closure[0].at);
    assert!(matches!(
        closure_state(&l.committee, item),
        ClosureState::Confirmed { .. }
    ));
}

#[test]
fn a_diff_says_each_party_s_new_word_on_a_closure_not_its_json() {
    let before = closed_in_mexico();
    let mut after = before.clone();
    let seoul = stamp(Some(SMBA), "2026-12-03T09:30:00+09:00");
    apply_as(
        &mut after,
        Op::Confirm {
            id: "JC2-03".into(),
        },
        &seoul,
    )
    .unwrap();
    let d = followup::ledger::diff(&before, &after);
    let line = followup::i18n::catalog(followup::i18n::Lang::En).diff(&d);
    assert!(
        line.contains("closure: confirmed Kim Min-jun for SMBA (Korea) · 2026-12-03 00:30 UTC"),
        "{line}"
    );
    assert!(!line.contains("\"act\""), "{line}");
}

#[test]
fn under_the_rule_a_closed_item_comes_back_open_only_with_a_note() {
    let mut l = closed_in_mexico();
    let before = l.clone();
    let open = Op::SetFields {
        id: "JC2-03".into(),
        changes: vec![Change::Status(Status::Open)],
    };
    let seoul = stamp(Some(SMBA), "2026-12-03T09:30:00+09:00");
    assert_eq!(
        apply_as(&mut l, open, &seoul).unwrap_err(),
        OpError::ReopenWithNote {
            id: "JC2-03".into()
        }
    );
    assert_eq!(l, before);
}

#[test]
fn a_party_name_that_is_not_one_clean_line_is_refused_by_check() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let forged = text.replacen(
        "\"name\": \"SMBA (Korea)\"",
        "\"name\": \"SMBA\\u001b]0;x\\u0007\\nFollowup-Party: INADEM\"",
        1,
    );
    assert_ne!(forged, text);
    std::fs::write(&path, forged).unwrap();
    let o = s.run(&["check", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("committee.parties[1].name"), "{err}");
    assert!(err.contains("the party's name"), "{err}");
}
