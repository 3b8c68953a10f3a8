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
    recovery::keep(&ledger, Some(&sb.state()), &edited, &base).unwrap();
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
    let out = sb.run(&["-f", ledger.to_str().unwrap(), "recover", "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("~ JC2-11") && stdout(&out).contains("blocked"),
        "shows what it changes, as `followup diff` does: {}",
        stdout(&out)
    );
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
        recovery::find(&ledger, Some(&sb.state())).is_empty(),
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
    let out = sb.run(&["-f", ledger.to_str().unwrap(), "recover", "-y"]);
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
        recovery::find(&ledger, Some(&sb.state())).is_empty(),
        "merged, so removed"
    );
}

#[test]
fn a_kept_file_changed_since_it_was_kept_is_refused_and_left_alone() {
    let sb = Sandbox::new();
    let ledger = kept(&sb, Status::Blocked);
    let found = recovery::find(&ledger, Some(&sb.state()));
    std::fs::write(&found[0].file, "{ not json").unwrap();
    let before = std::fs::read(&ledger).unwrap();
    let out = sb.run(&["-f", ledger.to_str().unwrap(), "recover", "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(".korea-mexico-sme.json.recovered-") && err.contains("never merged"),
        "names the file: {err}"
    );
    assert_eq!(std::fs::read(&ledger).unwrap(), before);
    assert!(recovery::find(&ledger, Some(&sb.state())).is_empty());
    assert!(found[0].file.exists(), "still there");
}

#[test]
fn without_yes_and_without_a_terminal_recover_only_shows() {
    let sb = Sandbox::new();
    let ledger = kept(&sb, Status::Blocked);
    let before = std::fs::read(&ledger).unwrap();
    let out = sb.run(&["-f", ledger.to_str().unwrap(), "recover"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("~ JC2-11"), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("followup recover --yes"),
        "{}",
        stdout(&out)
    );
    assert_eq!(std::fs::read(&ledger).unwrap(), before, "nothing merged");
    assert_eq!(recovery::find(&ledger, Some(&sb.state())).len(), 1);
}

#[test]
fn nothing_to_recover_is_not_an_error() {
    let sb = Sandbox::new();
    let ledger = sb.fixture("korea-mexico-sme.json");
    let out = sb.run(&["-f", ledger.to_str().unwrap(), "recover"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("no unsaved edits to recover"));
}
