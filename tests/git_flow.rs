//! The ledger in git: the merge driver through real `git merge`, the
//! semantic `followup diff`, the textconv, git-setup, and reports.

mod common;
use common::*;
use followup::ledger::{Status, Store};
use std::path::Path;
use std::process::Command;

/// A repository in a sandbox holding a copy of the Korea–Mexico ledger, set up for followup.
struct Repo {
    sb: Sandbox,
    repo: TestRepo,
}

impl Repo {
    fn new() -> Repo {
        let sb = Sandbox::new();
        let repo = TestRepo::init(&sb, "repo");
        let repo = Repo { sb, repo };
        std::fs::create_dir_all(repo.dir().join("docs")).unwrap();
        std::fs::copy(fixtures().join("korea-mexico-sme.json"), repo.ledger()).unwrap();
        let out = repo.followup(&["git-setup"]);
        assert!(out.status.success(), "{}", stderr(&out));
        repo.git(&["add", "."]);
        repo.commit("2026-11-10T10:00:00", "ledger as of the JC3 session");
        repo
    }
    fn dir(&self) -> std::path::PathBuf {
        self.repo.dir().to_owned()
    }
    fn ledger(&self) -> std::path::PathBuf {
        self.dir().join("ledger.json")
    }
    fn git_cmd(&self, args: &[&str]) -> Command {
        self.repo.cmd(args)
    }
    fn git(&self, args: &[&str]) -> String {
        self.repo.git(args)
    }
    fn commit(&self, date: &str, msg: &str) {
        self.repo.commit(date, msg);
    }
    fn followup(&self, args: &[&str]) -> std::process::Output {
        self.followup_in(&self.dir(), args)
    }
    fn followup_in(&self, dir: &Path, args: &[&str]) -> std::process::Output {
        let ledger = self.ledger();
        let mut all = vec!["-f", ledger.to_str().unwrap()];
        all.extend(args);
        self.sb.cmd().current_dir(dir).args(all).output().unwrap()
    }
    fn ok(&self, args: &[&str]) {
        let out = self.followup(args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn git_setup_is_idempotent() {
    let r = Repo::new();
    let out = r.followup(&["git-setup"]);
    assert!(stdout(&out).contains("already set up"), "{}", stdout(&out));
    let attrs = std::fs::read_to_string(r.dir().join(".gitattributes")).unwrap();
    assert_eq!(attrs, "ledger.json merge=followup diff=followup\n");
    let driver = r.git(&["config", "merge.followup.driver"]);
    assert!(driver.trim().ends_with(" merge %O %A %B %P"), "{driver}");
    let exclude = std::fs::read_to_string(r.dir().join(".git/info/exclude")).unwrap();
    assert!(exclude.contains(".ledger.json.lock"));
}

#[test]
fn edits_to_different_items_merge_cleanly_through_git() {
    let r = Repo::new();
    r.git(&["checkout", "-q", "-b", "seoul"]);
    r.ok(&[
        "note",
        "JC2-03",
        "KOTRA will join the Kia visit.",
        "--author",
        "SMBA",
    ]);
    r.ok(&["set", "JC2-08", "status=done"]);
    r.commit("2026-11-18T09:00:00", "Seoul");
    r.git(&["checkout", "-q", "main"]);
    r.ok(&["set", "JC2-01", "due=2026-12-11"]);
    r.ok(&[
        "note",
        "JC2-03",
        "Kia sent the supplier list.",
        "--author",
        "INADEM",
    ]);
    r.commit("2026-11-18T17:00:00", "Mexico City");
    let out = r
        .git_cmd(&["merge", "-q", "--no-edit", "seoul"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "merge: {}{}",
        stdout(&out),
        stderr(&out)
    );
    let l = Store::new(r.ledger()).load().unwrap().ledger;
    assert_eq!(l.item("JC2-08").unwrap().status, Status::Done);
    assert_eq!(l.item("JC2-01").unwrap().due_history.len(), 3);
    let texts: Vec<&str> = l
        .item("JC2-03")
        .unwrap()
        .notes
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert!(
        texts.contains(&"KOTRA will join the Kia visit.")
            && texts.contains(&"Kia sent the supplier list."),
        "{texts:?}"
    );
    assert!(
        r.followup(&["fmt", "--check"]).status.success(),
        "the merged file is canonical"
    );
}

#[test]
fn the_same_field_on_both_sides_conflicts_and_still_loads() {
    let r = Repo::new();
    r.git(&["checkout", "-q", "-b", "seoul"]);
    r.ok(&["set", "JC2-09", "status=in-progress"]);
    r.commit("2026-11-18T09:00:00", "Seoul");
    r.git(&["checkout", "-q", "main"]);
    r.ok(&["set", "JC2-09", "status=dropped"]);
    r.commit("2026-11-18T17:00:00", "Mexico City");
    let out = r
        .git_cmd(&["merge", "--no-edit", "seoul"])
        .output()
        .unwrap();
    assert!(!out.status.success(), "a true conflict stops the merge");
    let said = stderr(&out) + &stdout(&out);
    assert!(said.contains("1 conflict (JC2-09 status)"), "{said}");
    let text = std::fs::read_to_string(r.ledger()).unwrap();
    assert!(
        !text.contains("<<<<<<<"),
        "no conflict markers in the ledger"
    );
    let l = Store::new(r.ledger())
        .load()
        .expect("the conflicted ledger loads")
        .ledger;
    let it = l.item("JC2-09").unwrap();
    assert_eq!(
        it.status,
        Status::Dropped,
        "ours stays until a side is chosen"
    );
    assert_eq!(it.conflicts[0].theirs, "in-progress");
    // The command line shows and settles it too.
    let out = r.followup(&["check"]);
    assert!(
        stdout(&out).contains("(1 conflict from a merge to settle: see `followup show ID`)"),
        "{}",
        stdout(&out)
    );
    let out = r.followup(&["show", "JC2-09"]);
    assert!(
        // Each side is named by who changed the field there and where it comes from.
        stdout(&out).contains(
            "CONFLICT:   status: blocked → Secretariat (this clone): dropped | Secretariat (seoul): in progress"
        ),
        "{}",
        stdout(&out)
    );
    r.ok(&["resolve", "JC2-09", "status", "theirs"]);
    let l = Store::new(r.ledger()).load().unwrap().ledger;
    assert_eq!(l.item("JC2-09").unwrap().status, Status::InProgress);
    assert!(l.item("JC2-09").unwrap().conflicts.is_empty());
    r.git(&["commit", "-qam", "merged"]);
}

/// Issue 11: in a pull, theirs is what the other capital published: its item
/// keeps the id, ours (local, unpublished) moves, and the driver says so.
#[test]
fn an_id_added_on_both_sides_keeps_the_published_one() {
    let r = Repo::new();
    r.git(&["checkout", "-q", "-b", "seoul"]);
    r.ok(&["add", "--title", "Korea's proposal", "--meeting", "JC3"]);
    r.commit("2026-11-18T09:00:00", "Seoul");
    r.git(&["checkout", "-q", "main"]);
    r.ok(&["add", "--title", "Mexico's proposal", "--meeting", "JC3"]);
    r.commit("2026-11-18T17:00:00", "Mexico City");
    let out = r
        .git_cmd(&["merge", "--no-edit", "seoul"])
        .output()
        .unwrap();
    let said = stderr(&out) + &stdout(&out);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains(
            "followup merge: ledger.json: JC3-05 was added on both sides; theirs keeps it, \
             ours (Mexico's proposal) is now JC3-06"
        ),
        "{said}"
    );
    let l = Store::new(r.ledger()).load().unwrap().ledger;
    assert_eq!(l.item("JC3-05").unwrap().title, "Korea's proposal");
    assert_eq!(l.item("JC3-06").unwrap().title, "Mexico's proposal");
}

/// Conflicts inside a field and outside the items go through git with their
/// paths, and `resolve` settles each one, `--top` for the ledger's own.
#[test]
fn nested_and_top_level_conflicts_are_settled_from_the_command_line() {
    let r = Repo::new();
    let rewrite = |f: &dyn Fn(&mut followup::ledger::Ledger)| {
        let mut l = Store::new(r.ledger()).load().unwrap().ledger;
        f(&mut l);
        std::fs::write(r.ledger(), followup::ledger::canonical_json(&l)).unwrap();
    };
    let ext = |v: i64| {
        move |l: &mut followup::ledger::Ledger| {
            l.item_mut("JC2-09")
                .unwrap()
                .extra
                .insert("x_ext".into(), serde_json::json!({ "a.b": v }));
        }
    };
    rewrite(&ext(0));
    r.commit("2026-11-17T09:00:00", "x_ext");
    r.git(&["checkout", "-q", "-b", "seoul"]);
    rewrite(&ext(2));
    r.ok(&["meeting", "JC3", "--place", "Seoul"]);
    r.commit("2026-11-18T09:00:00", "Seoul");
    r.git(&["checkout", "-q", "main"]);
    rewrite(&ext(1));
    r.ok(&["meeting", "JC3", "--place", "CDMX"]);
    r.commit("2026-11-18T17:00:00", "Mexico City");
    let out = r
        .git_cmd(&["merge", "--no-edit", "seoul"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let said = stderr(&out) + &stdout(&out);
    assert!(
        said.contains(r#"2 conflicts (JC2-09 x_ext["a.b"], meetings[id=JC3].place)"#),
        "{said}"
    );
    let out = r.followup(&["resolve", "JC2-09", "x_ext[a.b]", "theirs"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("`x_ext[a.b]` is not a path: column 7: expected"),
        "{}",
        stderr(&out)
    );
    let out = r.followup(&["resolve", "JC2-09", "x_ext.a", "theirs"]);
    assert!(
        stderr(&out).contains(r#"JC2-09: no conflict on `x_ext.a` (conflicts: x_ext["a.b"])"#),
        "{}",
        stderr(&out)
    );
    let out = r.followup(&["resolve", "--top", "JC2-09", "status", "ours"]);
    assert_eq!(out.status.code(), Some(1), "--top takes no id");
    r.ok(&["resolve", "JC2-09", r#"x_ext["a.b"]"#, "theirs"]);
    r.ok(&["resolve", "--top", "meetings[id=JC3].place", "theirs"]);
    let l = Store::new(r.ledger()).load().unwrap().ledger;
    let it = l.item("JC2-09").unwrap();
    assert_eq!(it.extra["x_ext"], serde_json::json!({ "a.b": 2 }));
    assert_eq!(it.extra.iter().count(), 1, "no junk key beside x_ext");
    assert!(it.conflicts.is_empty() && l.conflicts.is_empty());
    assert_eq!(l.meeting("JC3").unwrap().place, "Seoul");
    r.git(&["commit", "-qam", "merged"]);
}

#[test]
fn inside_the_repository_commands_find_its_ledger() {
    let r = Repo::new();
    // No -f: the repository's ledger.json, found from a subdirectory.
    let out =
        r.sb.cmd()
            .current_dir(r.dir().join("docs"))
            .args(["set", "JC2-11", "status=done"])
            .output()
            .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::read_to_string(r.ledger())
            .unwrap()
            .contains("\"status\": \"done\"")
    );
    let out =
        r.sb.cmd()
            .current_dir(r.dir().join("docs"))
            .args(["diff"])
            .output()
            .unwrap();
    assert!(stdout(&out).starts_with("~ JC2-11"), "{}", stdout(&out));
    assert!(
        !r.sb.path("home/.local/share/followup/ledger.json").exists(),
        "no sample was created"
    );
}

#[test]
fn followup_diff_names_each_change_from_any_subdirectory() {
    let r = Repo::new();
    r.ok(&[
        "set",
        "JC2-01",
        "status=done",
        "owners+=KOTRA",
        "owners-=INADEM",
        "due=2026-12-11",
    ]);
    r.ok(&[
        "note",
        "JC2-03",
        "Kia sent the supplier list.",
        "--author",
        "INADEM",
    ]);
    r.ok(&[
        "add",
        "--title",
        "Invite Kia suppliers to the 2027 session",
        "--meeting",
        "JC3",
    ]);
    let out = r.followup_in(&r.dir().join("docs"), &["diff"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "~ JC2-01  Post an SMBA liaison officer at INADEM for 18 months\n\
         \x20   status: in progress → done\n\
         \x20   due: 2026-11-27 → 2026-12-11 (14 days later)\n\
         \x20   owners: +KOTRA −INADEM\n\
         ~ JC2-03  Shortlist Mexican SMEs as suppliers for the Kia Motors plant in Nuevo León\n\
         \x20   note 2026-11-23 INADEM: Kia sent the supplier list.\n\
         + JC3-05  Invite Kia suppliers to the 2027 session\n\
         \x20   open\n"
    );
    r.commit("2026-11-23T12:00:00", "review");
    let out = r.followup(&["diff", "HEAD~1", "HEAD"]);
    assert!(
        stdout(&out).contains("status: in progress → done"),
        "{}",
        stdout(&out)
    );
    let out = r.followup(&["diff"]);
    assert_eq!(stdout(&out), "");
    assert_eq!(stderr(&out).trim(), "no changes");
}

#[test]
fn git_diff_with_the_textconv_shows_one_line_per_changed_item() {
    let r = Repo::new();
    r.ok(&["set", "JC2-11", "status=in-progress"]);
    let diff = r.git(&["diff", "--no-color"]);
    let changed: Vec<&str> = diff
        .lines()
        .filter(|l| {
            (l.starts_with('+') || l.starts_with('-'))
                && !l.starts_with("+++")
                && !l.starts_with("---")
        })
        .collect();
    assert_eq!(changed.len(), 2, "{diff}");
    assert!(
        changed[0].starts_with("-JC2-11 [open]") && changed[1].starts_with("+JC2-11 [in-progress]"),
        "{diff}"
    );
    assert!(changed[1].contains("| updated 2026-11-23"));
}

#[test]
fn report_uses_git_history_for_status_changes() {
    let r = Repo::new();
    r.ok(&["set", "JC2-09", "status=in-progress", "due=+1w"]);
    r.commit("2026-11-17T10:00:00", "unblocked");
    let out = r.followup(&["report", "--since", "-1w"]);
    let md = stdout(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(md.contains("- **JC2-09** Join the OECD study on ways and means to support traditional SMEs\n  - status: blocked → in progress\n  - due: November 20, 2026 → November 30, 2026 (10 days later)\n"), "{md}");
    let out = r.followup(&["report", "--format", "csv"]);
    let csv = stdout(&out);
    assert!(csv.starts_with(
        "id,title,workstream,status,owners,due,vs_deadline,deadline_changes,meeting,updated,changes,new_notes\n"
    ));
    assert_eq!(csv.lines().count(), 19);
    let out = r.followup(&["report", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["since"], "2026-11-16");
    assert_eq!(v["history"], true);
    let jc209 = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "JC2-09")
        .unwrap();
    assert_eq!(jc209["changes"][0], "status: blocked → in-progress");
}

#[test]
fn merge_driver_refuses_a_broken_side_without_writing() {
    let sb = Sandbox::new();
    let base = sb.fixture("korea-mexico-sme.json");
    let ours = sb.path("ours.json");
    std::fs::copy(&base, &ours).unwrap();
    let theirs = sb.fixture("broken/malformed.json");
    let before = std::fs::read(&ours).unwrap();
    let out = sb.run(&[
        "merge",
        base.to_str().unwrap(),
        ours.to_str().unwrap(),
        theirs.to_str().unwrap(),
        "ledger.json",
    ]);
    assert_eq!(out.status.code(), Some(1), "an invalid ledger");
    assert!(
        stderr(&out).contains("ledger.json (theirs):51:7: invalid JSON"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&ours).unwrap(), before);
}

#[test]
fn merging_recovered_edits_writes_through_a_symlinked_ledger() {
    let sb = Sandbox::new();
    let real = sb.fixture("korea-mexico-sme.json");
    let base = sb.path("base.json");
    std::fs::copy(&real, &base).unwrap();
    let link = sb.path("link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let recovered = sb.path("recovered.json");
    let text = std::fs::read_to_string(&real)
        .unwrap()
        .replace("\"status\": \"blocked\"", "\"status\": \"open\"");
    std::fs::write(&recovered, text).unwrap();
    let out = sb.run(&[
        "merge",
        base.to_str().unwrap(),
        link.to_str().unwrap(),
        recovered.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "still a link"
    );
    assert!(
        !std::fs::read_to_string(&real)
            .unwrap()
            .contains("\"status\": \"blocked\""),
        "the target got the edits"
    );
}
