//! `followup recover`: the unsaved edits a closed dashboard kept are merged
//! into the ledger three-way, then removed; conflicts are recorded and
//! reported (exit 1); an unreadable kept file stays where it is.

mod common;

use common::{Sandbox, stderr, stdout};
use followup::ledger::recovery;
use followup::ledger::{Ledger, Status, parse_ledger};
use std::path::Path;

fn load(p: &Path) -> Ledger {
    parse_ledger(&std::fs::read(p).unwrap()).unwrap()
}

/// The ledger of the sandbox, and edits kept for it by a "closed session"
/// that started from that ledger and set JC2-11 to `status`.
fn kept(sb: &Sandbox, status: Status) -> std::path::PathBuf {
    let ledger = sb.fixture("korea-mexico-sme.json");
    let base = load(&ledger);
    let mut edited = base.clone();
    edited.item_mut("JC2-11").unwrap().status = status;
    recovery::keep(&ledger, None, &edited, &base).unwrap();
    ledger
}

#[test]
fn recover_merges_the_kept_edits_with_changes_made_since_and_removes_them() {
    let sb = Sandbox::new();
    let ledger = kept(&sb, Status::Blocked);
    // Since then, someone else changed another item.
    let out = sb.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "set",
        "JC2-01",
        "status=done",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = sb.run(&["-f", ledger.to_str().unwrap(), "recover"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("merged the edits kept at"),
        "{}",
        stdout(&out)
    );
    let l = load(&ledger);
    assert_eq!(
        l.item("JC2-11").unwrap().status,
        Status::Blocked,
        "the kept edit"
    );
    assert_eq!(
        l.item("JC2-01").unwrap().status,
        Status::Done,
        "the later change"
    );
    assert!(
        recovery::find(&ledger, None).is_empty(),
        "removed once merged"
    );
    let names: Vec<String> = std::fs::read_dir(sb.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".recovered-") || n.contains(".base-"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn a_conflict_is_recorded_and_reported_with_exit_1() {
    let sb = Sandbox::new();
    let ledger = kept(&sb, Status::Blocked);
    let out = sb.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "set",
        "JC2-11",
        "status=dropped",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = sb.run(&["-f", ledger.to_str().unwrap(), "recover"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("1 conflict (JC2-11 status)"),
        "{}",
        stderr(&out)
    );
    let item = load(&ledger).item("JC2-11").unwrap().clone();
    assert_eq!(item.conflicts.len(), 1, "both sides recorded");
    assert_eq!(item.conflicts[0].theirs, "blocked");
    assert!(
        recovery::find(&ledger, None).is_empty(),
        "merged, so removed"
    );
}

#[test]
fn an_unreadable_kept_file_is_left_alone_and_reported() {
    let sb = Sandbox::new();
    let ledger = kept(&sb, Status::Blocked);
    let found = recovery::find(&ledger, None);
    std::fs::write(&found[0].file, "{ not json").unwrap();
    let before = std::fs::read(&ledger).unwrap();
    let out = sb.run(&["-f", ledger.to_str().unwrap(), "recover"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(".korea-mexico-sme.json.recovered-"),
        "names the file: {err}"
    );
    assert!(err.contains(":1:"), "and the line: {err}");
    assert!(err.contains("left as it is"), "{err}");
    assert_eq!(std::fs::read(&ledger).unwrap(), before);
    assert_eq!(recovery::find(&ledger, None), found, "still there");
}

#[test]
fn nothing_to_recover_is_not_an_error() {
    let sb = Sandbox::new();
    let ledger = sb.fixture("korea-mexico-sme.json");
    let out = sb.run(&["-f", ledger.to_str().unwrap(), "recover"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("no unsaved edits to recover"));
}
