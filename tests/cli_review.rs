//! The command line points of the weekly review (issue 14): ids and dates of
//! new items, init without a path, the committee, `check --strict`, list
//! widths, completions and the manual page.

mod common;
use common::*;
use followup::base::dates::format_date;
use std::path::Path;

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn add_without_a_meeting_uses_ids_that_imply_none() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let out = sb.run(&["-f", p(&path), "add", "--title", "Call KOTRA"]);
    assert_eq!(stdout(&out).trim(), "added A-01", "{}", stderr(&out));
    let out = sb.run(&["-f", p(&path), "add", "--title", "Call SMBA"]);
    assert_eq!(stdout(&out).trim(), "added A-02", "{}", stderr(&out));
    let l = assert_loads(&path);
    let a = l.item("A-01").unwrap();
    assert_eq!(a.meeting, "");
    assert_eq!(a.opened.map(format_date).as_deref(), Some(TODAY));
    // With a meeting: its scheme, opened the day it met.
    let out = sb.run(&[
        "-f",
        p(&path),
        "add",
        "--title",
        "Visit",
        "--meeting",
        "JC3",
    ]);
    assert_eq!(stdout(&out).trim(), "added JC3-05", "{}", stderr(&out));
    let l = assert_loads(&path);
    assert_eq!(
        l.item("JC3-05").unwrap().opened.map(format_date).as_deref(),
        Some("2026-10-14")
    );
}

#[test]
fn add_takes_the_date_it_was_agreed() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let out = sb.run(&[
        "-f",
        p(&path),
        "add",
        "--title",
        "Visit",
        "--meeting",
        "JC3",
        "--opened",
        "2026-10-15",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let l = assert_loads(&path);
    assert_eq!(
        l.item("JC3-05").unwrap().opened.map(format_date).as_deref(),
        Some("2026-10-15"),
        "--opened wins over the meeting's date"
    );
    let before = std::fs::read(&path).unwrap();
    let out = sb.run(&["-f", p(&path), "add", "--title", "X", "--opened", "soon"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("--opened: invalid date `soon`"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn init_without_a_path_creates_ledger_json_here_never_over_a_file() {
    let sb = Sandbox::new();
    let here = sb.path("office");
    std::fs::create_dir(&here).unwrap();
    let init = |dir: &Path, args: &[&str]| {
        sb.cmd()
            .current_dir(dir)
            .args([&["init"], args].concat())
            .output()
            .unwrap()
    };
    let out = init(&here, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let made = here.join("ledger.json");
    assert_loads(&made);
    let before = std::fs::read(&made).unwrap();
    let out = init(&here, &["--sample"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&made).unwrap(), before, "not overwritten");
}

#[test]
fn init_without_a_path_in_a_repository_goes_to_its_top() {
    let sb = Sandbox::new();
    let repo = TestRepo::init(&sb, "repo").dir().to_owned();
    let sub = repo.join("docs/minutes");
    std::fs::create_dir_all(&sub).unwrap();
    let out = sb.cmd().current_dir(&sub).arg("init").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_loads(&repo.join("ledger.json"));
    assert!(!sub.join("ledger.json").exists());
    // And the next command run there finds it.
    let out = sb.cmd().current_dir(&sub).arg("check").output().unwrap();
    assert!(
        stdout(&out).contains("ledger.json: ok, 0 items"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn init_and_committee_set_the_name_and_parties() {
    let sb = Sandbox::new();
    let path = sb.path("new.json");
    let out = sb.run(&[
        "init",
        p(&path),
        "--committee",
        "Korea–Chile SME Committee",
        "--party",
        "SERCOTEC (Chile)",
        "--party",
        "MSS (Korea)",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let l = assert_loads(&path);
    assert_eq!(l.committee.name, "Korea–Chile SME Committee");
    assert_eq!(
        l.committee.party_names(),
        ["SERCOTEC (Chile)", "MSS (Korea)"]
    );
    let out = sb.run(&[
        "-f",
        p(&path),
        "committee",
        "--party",
        "CORFO (Chile)",
        "--party",
        "MSS (Korea)",
    ]);
    assert_eq!(
        stdout(&out).trim(),
        "committee: Korea–Chile SME Committee (CORFO (Chile), MSS (Korea))",
        "{}",
        stderr(&out)
    );
    let l = assert_loads(&path);
    assert_eq!(
        l.committee.party_names(),
        ["CORFO (Chile)", "MSS (Korea)"],
        "replaced"
    );
    let before = std::fs::read(&path).unwrap();
    for args in [
        &["committee"][..],
        &["committee", "--name", "  "],
        &["committee", "--party", ""],
    ] {
        let out = sb.run(&[&["-f", p(&path)], args].concat());
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_eq!(std::fs::read(&path).unwrap(), before, "{args:?}");
    }
    let out = sb.run(&[
        "-f",
        p(&path),
        "committee",
        "--name",
        "Korea–Chile SME Committee",
    ]);
    assert!(stdout(&out).contains("nothing changed"), "{}", stdout(&out));
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing written");
}

#[test]
fn check_strict_fails_on_conflicts_and_non_canonical_files() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let out = sb.run(&["check", "--strict", p(&path)]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Not canonical: the same ledger, indented otherwise.
    let loose = sb.path("loose.json");
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    std::fs::write(&loose, serde_json::to_string(&v).unwrap()).unwrap();
    assert!(
        sb.run(&["check", p(&loose)]).status.success(),
        "plain check passes"
    );
    let out = sb.run(&["check", "--strict", p(&loose)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("not in canonical form"),
        "{}",
        stderr(&out)
    );
    // Conflicts left by a merge.
    let base = sb.path("base.json");
    let theirs = sb.path("theirs.json");
    std::fs::copy(&path, &base).unwrap();
    std::fs::copy(&path, &theirs).unwrap();
    sb.run(&["-f", p(&path), "set", "JC2-09", "status=done"]);
    sb.run(&["-f", p(&theirs), "set", "JC2-09", "status=dropped"]);
    let out = sb.run(&["merge", p(&base), p(&path), p(&theirs)]);
    assert_eq!(out.status.code(), Some(1), "a conflict: {}", stderr(&out));
    assert_loads(&path);
    assert!(sb.run(&["check", p(&path)]).status.success());
    let out = sb.run(&["check", "--strict", p(&path)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("1 conflict from a merge"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn piped_list_keeps_full_text_and_wide_is_accepted() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let long = "Shortlist Mexican SMEs as suppliers for the Kia Motors plant in Nuevo León";
    let mut c = sb.cmd();
    c.env("COLUMNS", "40");
    let out = c.args(["-f", p(&path), "list"]).output().unwrap();
    assert!(stdout(&out).contains(long), "piped: full titles");
    let out = sb.run(&["-f", p(&path), "list", "--wide"]);
    assert!(stdout(&out).contains(long));
}

#[test]
fn completions_and_the_manual_page_are_printed() {
    let sb = Sandbox::new();
    let out = sb.run(&["completions", "bash"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bash = stdout(&out);
    for sub in ["init", "list", "committee", "sync", "completions"] {
        assert!(bash.contains(sub), "bash completions name {sub}");
    }
    for shell in ["zsh", "fish", "powershell"] {
        let out = sb.run(&["completions", shell]);
        assert!(out.status.success() && !out.stdout.is_empty(), "{shell}");
    }
    let out = sb.run(&["man"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let man = stdout(&out);
    assert!(
        man.contains(".TH followup"),
        "roff: {}",
        &man[..200.min(man.len())]
    );
    assert!(man.contains("ledger.json"), "describes the ledger lookup");
    let es = stdout(&sb.run(&["--lang", "es", "man"]));
    assert!(
        es.contains("Seguimiento de los acuerdos"),
        "the manual in Spanish"
    );
}

/// Inside a repository that has no ledger.json yet, no sample is written:
/// the command says how to get the ledger; with a home ledger, a command
/// that falls back to it says so, naming both.
#[test]
fn a_repository_without_its_ledger_never_uses_the_home_ledger() {
    let sb = Sandbox::new();
    let repo = TestRepo::init(&sb, "repo").dir().to_owned();
    let out = sb.cmd().current_dir(&repo).arg("list").output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("followup sync"), "{}", stderr(&out));
    assert!(
        sb.run(&["list"]).status.success(),
        "the home ledger, outside git"
    );
    // Once the home ledger exists, it is still not used inside the
    // repository: an edit there would look shared and stay on this machine.
    let home = sb.path("home/.local/share/followup/ledger.json");
    let before = std::fs::read(&home).unwrap();
    let out = sb
        .cmd()
        .current_dir(&repo)
        .args(["set", "JC2-09", "status=done"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("followup sync"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&home).unwrap(), before);
    assert!(!repo.join("ledger.json").exists());
    // With the repository's own ledger, nothing is said.
    std::fs::copy(
        fixtures().join("korea-mexico-sme.json"),
        repo.join("ledger.json"),
    )
    .unwrap();
    let out = sb
        .cmd()
        .current_dir(&repo)
        .args(["set", "JC2-09", "status=done"])
        .output()
        .unwrap();
    assert!(
        !stderr(&out).contains("has no ledger.json"),
        "{}",
        stderr(&out)
    );
    assert_loads(&repo.join("ledger.json"));
}
