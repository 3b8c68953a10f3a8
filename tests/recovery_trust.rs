//! Recovery files are the user's own: files the other capital commits under
//! recovery names are never offered or merged, and the files followup writes
//! beside the ledger stay out of `git status` without `git-setup`.

mod common;

use common::{Sandbox, TestRepo, stderr, stdout};
use followup::ledger::{Ledger, parse_ledger, recovery};
use std::path::Path;

fn load(p: &Path) -> Ledger {
    parse_ledger(&std::fs::read(p).unwrap()).unwrap()
}

#[test]
fn recovery_files_committed_by_the_other_side_are_never_merged() {
    let sb = Sandbox::new();
    let (attacker, victim) = TestRepo::two_capitals(&sb);
    // The attacker commits a "recovery" that drops items and re-owns one.
    let base = load(&attacker.path("ledger.json"));
    let mut forged = base.clone();
    forged.items.truncate(base.items.len() - 3);
    forged.items[0].owners = vec!["Attacker".into()];
    let stamp = "20261123-101500";
    let text = |l: &Ledger| followup::ledger::canonical_json(l);
    std::fs::write(
        attacker.path(&format!(".ledger.json.base-{stamp}.json")),
        text(&base),
    )
    .unwrap();
    std::fs::write(
        attacker.path(&format!(".ledger.json.recovered-{stamp}.json")),
        text(&forged),
    )
    .unwrap();
    attacker.git(&["add", "-f", "."]);
    attacker.commit(common::GIT_DATE, "innocent");
    attacker.git(&["push", "-q", "origin", "main"]);
    let out = sb
        .cmd()
        .current_dir(victim.dir())
        .arg("sync")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let ledger = victim.path("ledger.json");
    assert!(
        victim
            .path(&format!(".ledger.json.recovered-{stamp}.json"))
            .exists(),
        "git brought the files in"
    );
    // No recovery notice: they are not the user's own.
    assert!(recovery::find(&ledger, Some(&sb.state())).is_empty());
    assert!(followup::dashboard::recovery_notice(&ledger, Some(&sb.state())).is_none());
    // `recover` refuses them, by name, and changes nothing.
    let before = std::fs::read(&ledger).unwrap();
    let out = sb
        .cmd()
        .current_dir(victim.dir())
        .args(["recover", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!(".ledger.json.recovered-{stamp}.json"))
            && stderr(&out).contains("never merged"),
        "{}",
        stderr(&out)
    );
    assert!(
        stdout(&out).contains("no unsaved edits to recover"),
        "{}",
        stdout(&out)
    );
    assert_eq!(std::fs::read(&ledger).unwrap(), before);
    // Even a tracked file with the user's own record is not a recovery file.
    let own = recovery::keep(&ledger, Some(&sb.state()), &forged, &base).unwrap();
    victim.git(&["add", "-f", own.file.to_str().unwrap()]);
    let (found, refused) = followup::git::own_recoveries(&ledger, Some(&sb.state()));
    assert!(found.is_empty(), "{found:?}");
    assert!(refused.iter().any(|f| f.file == own.file));
}

#[test]
fn files_written_beside_the_ledger_stay_out_of_git_status_without_git_setup() {
    let sb = Sandbox::new();
    let (_, clone) = TestRepo::two_capitals(&sb);
    let ledger = clone.path("ledger.json");
    let mut edited = load(&ledger);
    edited.items[0].title.push_str(" (edited)");
    let kept = recovery::keep(&ledger, Some(&sb.state()), &edited, &load(&ledger)).unwrap();
    assert!(
        kept.file.starts_with(clone.dir()),
        "{}",
        kept.file.display()
    );
    // A command that locks and saves the ledger too.
    let out = sb
        .cmd()
        .current_dir(clone.dir())
        .args(["note", "JC2-01", "checked"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let status = clone.git(&["status", "--porcelain", "--untracked-files=all"]);
    assert_eq!(status.trim(), "M ledger.json", "{status}");
    let exclude = std::fs::read_to_string(clone.path(".git/info/exclude")).unwrap();
    assert!(exclude.contains(".ledger.json.recovered-*"), "{exclude}");
    // git-setup finds them there and adds nothing twice.
    let out = sb
        .cmd()
        .current_dir(clone.dir())
        .arg("git-setup")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let again = std::fs::read_to_string(clone.path(".git/info/exclude")).unwrap();
    assert_eq!(again.matches(".ledger.json.lock").count(), 1, "{again}");
}

#[test]
fn an_exclude_file_that_is_a_symlink_is_never_written_through() {
    let sb = Sandbox::new();
    let (_, clone) = TestRepo::two_capitals(&sb);
    let target = sb.path("outside");
    std::fs::write(&target, "").unwrap();
    let exclude = clone.path(".git/info/exclude");
    let _ = std::fs::remove_file(&exclude);
    std::os::unix::fs::symlink(&target, &exclude).unwrap();
    let out = sb
        .cmd()
        .current_dir(clone.dir())
        .args(["note", "JC2-01", "checked"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "");
}
