//! Closure both parties agree to, across the two capitals' clones through
//! `followup sync` (real git, a real bare hub): Mexico marks an item done,
//! Seoul sees it awaiting its confirmation and confirms it while Mexico
//! closes another, Seoul reopens that one with a note; after each sync both
//! clones hold the same ledger, the review agenda lists what awaits each
//! party, and the minutes list what was confirmed and what still awaits.

mod common;
use common::hub::Hub;
use common::*;
use followup::ledger::{ClosureAct, Ledger, Status, Store};
use followup::query::{AgendaSection, closure_state, review_agenda};
use std::path::Path;

const MX: &str = "INADEM (Mexico)";
const KR: &str = "SMBA (Korea)";

fn load(dir: &Path) -> Ledger {
    Store::new(dir.join("ledger.json")).load().unwrap().ledger
}

/// `followup -f LEDGER ARGS` in the clone `dir`, at the instant `now`.
fn at(hub: &Hub, dir: &Path, now: &str, args: &[&str]) -> String {
    let out = hub
        .sb
        .cmd()
        .current_dir(dir)
        .env("FOLLOWUP_NOW", now)
        .arg("-f")
        .arg(dir.join("ledger.json"))
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

fn synced(hub: &Hub, dir: &Path) {
    let out = hub.sync(dir);
    assert!(out.status.success(), "sync: {}", stderr(&out));
}

/// Both clones hold the same ledger, byte for byte.
fn same_everywhere(mx: &Path, kr: &Path) {
    let a = std::fs::read_to_string(mx.join("ledger.json")).unwrap();
    let b = std::fs::read_to_string(kr.join("ledger.json")).unwrap();
    assert!(a == b, "the clones differ");
    assert_loads(&mx.join("ledger.json"));
}

/// The agenda's section of `id` for `party` (none: not on the agenda's closure sections).
fn agenda_section(l: &Ledger, party: Option<&str>, id: &str) -> Option<AgendaSection> {
    let n = l.items.iter().position(|i| i.id == id).unwrap();
    review_agenda(l, d("2026-11-24"), 7, party)
        .into_iter()
        .find(|(_, idx)| idx.contains(&n))
        .map(|(s, _)| s)
}

fn d(s: &str) -> chrono::NaiveDate {
    s.parse().unwrap()
}

#[test]
fn done_in_mexico_confirmed_in_seoul_reopened_with_a_note_and_both_see_the_same() {
    let hub = Hub::with_ledger();
    let mx = hub.sb.path("mexico");
    at(
        &hub,
        &mx,
        "2026-11-20T10:00:00-06:00",
        &["committee", "--closure", "both"],
    );
    synced(&hub, &mx);
    let kr = hub.clone_as("seoul", "SMBA, Korea");

    // Wednesday evening in Mexico City: JC2-03 is done, for INADEM.
    let mx_wed = "2026-11-23T18:05:00-06:00";
    at(
        &hub,
        &mx,
        mx_wed,
        &["--party", MX, "set", "JC2-03", "status=done"],
    );
    synced(&hub, &mx);
    synced(&hub, &kr);
    same_everywhere(&mx, &kr);
    let list = at(&hub, &kr, mx_wed, &["list", "--status", "done", "--wide"]);
    assert!(
        list.contains("●? done — awaiting confirmation by SMBA (Korea)"),
        "{list}"
    );
    let l = load(&kr);
    assert_eq!(
        agenda_section(&l, Some(KR), "JC2-03"),
        Some(AgendaSection::AwaitingYou)
    );
    assert_ne!(
        agenda_section(&l, Some(MX), "JC2-03"),
        Some(AgendaSection::AwaitingYou)
    );
    assert_eq!(
        agenda_section(&l, None, "JC2-03"),
        Some(AgendaSection::Awaiting)
    );

    // Thursday morning: Seoul confirms JC2-03 while Mexico closes JC2-01.
    at(
        &hub,
        &kr,
        "2026-11-24T09:30:00+09:00",
        &["--party", KR, "confirm", "JC2-03"],
    );
    at(
        &hub,
        &mx,
        "2026-11-23T19:00:00-06:00",
        &["--party", MX, "set", "JC2-01", "status=done"],
    );
    synced(&hub, &mx);
    synced(&hub, &kr); // merges Mexico's closure with its confirmation
    synced(&hub, &mx);
    same_everywhere(&mx, &kr);
    let l = load(&mx);
    let item = l.item("JC2-03").unwrap();
    let acts: Vec<_> = item
        .closure
        .iter()
        .map(|e| (e.act, e.party.as_str()))
        .collect();
    assert_eq!(
        acts,
        [
            (ClosureAct::Closed(Status::Done), MX),
            (ClosureAct::Confirmed, KR)
        ]
    );
    assert!(!closure_state(&l.committee, item).is_awaiting());
    assert!(closure_state(&l.committee, l.item("JC2-01").unwrap()).awaits(KR));
    let show = at(&hub, &mx, mx_wed, &["show", "JC2-03"]);
    assert!(
        show.contains("closure:    confirmed by SMBA (Korea)"),
        "{show}"
    );
    assert!(
        show.contains("confirmed:  tester for SMBA (Korea) · 2026-11-24 09:30 Seoul"),
        "{show}"
    );

    // The minutes: JC2-03 confirmed in the period, JC2-01 awaiting Seoul.
    let minutes = at(
        &hub,
        &mx,
        mx_wed,
        &["report", "--since", "2026-11-20", "--format", "markdown"],
    );
    let confirmed = minutes
        .split("## Closures confirmed in the period")
        .nth(1)
        .unwrap_or_else(|| panic!("{minutes}"));
    let (confirmed, awaiting) = confirmed.split_once("## Awaiting confirmation").unwrap();
    assert!(confirmed.contains("**JC2-03**"), "{minutes}");
    assert!(
        confirmed.contains("done for INADEM (Mexico) on November 23, 2026, confirmed by SMBA (Korea) on November 23, 2026"),
        "{minutes}"
    );
    assert!(
        awaiting.contains("**JC2-01**")
            && awaiting.contains("awaiting confirmation by SMBA (Korea)"),
        "{minutes}"
    );
    let html = at(
        &hub,
        &mx,
        mx_wed,
        &[
            "--lang",
            "es",
            "report",
            "--since",
            "2026-11-20",
            "--format",
            "html",
        ],
    );
    assert!(html.contains("Cierres confirmados en el periodo"), "{html}");
    assert!(
        html.contains("pendiente de confirmación por SMBA (Korea)"),
        "{html}"
    );

    // Seoul does not agree that JC2-01 is done: reopened, with a note.
    at(
        &hub,
        &kr,
        "2026-11-24T11:00:00+09:00",
        &[
            "--party",
            KR,
            "--lang",
            "ko",
            "reopen",
            "JC2-01",
            "연락관 파견이 아직 확정되지 않았습니다.",
        ],
    );
    synced(&hub, &kr);
    synced(&hub, &mx);
    same_everywhere(&mx, &kr);
    let l = load(&mx);
    let item = l.item("JC2-01").unwrap();
    assert_eq!(item.status, Status::Open);
    assert_eq!(
        item.notes.last().unwrap().text,
        "연락관 파견이 아직 확정되지 않았습니다."
    );
    assert_eq!(
        item.closure.last().map(|e| (e.act, e.party.as_str())),
        Some((ClosureAct::Reopened, KR))
    );
    let show = at(&hub, &mx, mx_wed, &["show", "JC2-01"]);
    assert!(
        show.contains("reopened:   tester for SMBA (Korea) · 2026-11-24 11:00 Seoul"),
        "{show}"
    );
    let minutes = at(
        &hub,
        &mx,
        mx_wed,
        &["report", "--since", "2026-11-20", "--format", "markdown"],
    );
    assert!(!minutes.contains("## Awaiting confirmation"), "{minutes}");
}
