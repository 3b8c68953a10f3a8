//! Hostile values: far dates, ids that are not one clean line, empty owners
//! and tags, and revisions that try to become git options. Every refusal
//! leaves the file byte for byte as it was; every accepted write is loaded
//! again (library loader and `followup check`).

mod common;

use common::app::TestApp;
use common::*;
use followup::app::Form;
use followup::base::dates::{MAX_DATE, MIN_DATE, format_date};
use followup::ledger::{Conflict, Field, canonical_json, parse_ledger};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// Far dates, positive and negative, in days, weeks and months, and absolute
/// dates outside 1900-01-01..=9999-12-31.
const FAR_DATES: &[&str] = &[
    "+1000000w",
    "-1000000w",
    "+230000m",
    "-230000m",
    "+99999999d",
    "-99999999d",
    "+18446744073709551616d",
    "-99999999999999999999999w",
    "+4294967296m",
    "10000-01-01",
    "0000-01-01",
    "1899-12-31",
];

/// Ids that are not one clean line.
const BAD_IDS: &[&str] = &[
    "JC9\n",
    "JC9\nJC10",
    "JC\u{1b}[2J",
    "JC9\u{7}",
    "JC9\u{9b}31m",
    " JC9",
    "JC9 ",
    "",
    "   ",
    "JC\u{202e}9-3",
    "JC\u{2066}9",
    "JC\u{2028}9",
    "JC\t9",
];

/// Runs `followup -f PATH ARGS`, asserts it fails with exit code 1, says
/// `needle`, and leaves the file byte for byte as it was.
fn refused(sb: &Sandbox, path: &Path, args: &[&str], needle: &str) {
    let before = std::fs::read(path).unwrap();
    let out = sb.run(&[&["-f", path.to_str().unwrap()], args].concat());
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{args:?} exits 1: {err}");
    assert!(err.contains(needle), "{args:?} says {needle:?}: {err}");
    assert_eq!(err.lines().count(), 1, "{args:?}: one line: {err}");
    assert_eq!(
        std::fs::read(path).unwrap(),
        before,
        "{args:?}: file unchanged"
    );
}

/// Runs `followup -f PATH ARGS`, asserts success, and loads what was written.
fn accepted(sb: &Sandbox, path: &Path, args: &[&str]) -> followup::ledger::Ledger {
    let out = sb.run(&[&["-f", path.to_str().unwrap()], args].concat());
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    assert_loads(path)
}

#[test]
fn far_dates_are_refused_by_every_command_that_writes() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    for far in FAR_DATES {
        let due = format!("--due={far}");
        refused(&sb, &path, &["add", "--title", "x", &due], "out of range");
        refused(
            &sb,
            &path,
            &["set", "JC2-01", &format!("due={far}")],
            "out of range",
        );
        refused(
            &sb,
            &path,
            &["set", "JC2-01", &format!("opened={far}")],
            "out of range",
        );
        let date = format!("--date={far}");
        refused(&sb, &path, &["meeting", "JC9", &date], "out of range");
        refused(&sb, &path, &["meeting", "JC3", &date], "out of range");
        let since = format!("--since={far}");
        refused(&sb, &path, &["report", &since], "out of range");
    }
    assert_loads(&path);
}

#[test]
fn the_edges_of_the_range_are_written_and_load() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let max = format_date(MAX_DATE);
    let min = format_date(MIN_DATE);
    let l = accepted(&sb, &path, &["set", "JC2-01", &format!("due={max}")]);
    assert_eq!(l.item("JC2-01").unwrap().due, Some(MAX_DATE));
    // The last day, reached relatively from today.
    let today = followup::base::dates::parse_date(TODAY).unwrap();
    let to_max = format!("due=+{}d", (MAX_DATE - today).num_days());
    let l = accepted(&sb, &path, &["set", "JC2-05", &to_max]);
    assert_eq!(l.item("JC2-05").unwrap().due, Some(MAX_DATE));
    let to_min = format!("--due=-{}d", (today - MIN_DATE).num_days());
    let l = accepted(&sb, &path, &["add", "--title", "x", "--id", "E-1", &to_min]);
    assert_eq!(l.item("E-1").unwrap().due, Some(MIN_DATE));
    let l = accepted(&sb, &path, &["meeting", "JC9", "--date", &min]);
    assert_eq!(l.meeting("JC9").unwrap().date, Some(MIN_DATE));
    // Reading them back does not overflow either.
    for args in [
        vec!["list"],
        vec!["list", "--due-within", "4294967295d"],
        vec!["show", "JC2-01"],
        vec!["report", "--since", &max],
        vec!["report", "--since", &min, "--format", "json"],
    ] {
        let out = sb.run(&[&["-f", path.to_str().unwrap()], &args[..]].concat());
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn a_today_out_of_range_is_refused_and_today_at_the_edge_cannot_overflow() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let before = std::fs::read(&path).unwrap();
    for today in ["10000-01-01", "1899-12-31"] {
        let out = sb
            .cmd()
            .env("FOLLOWUP_TODAY", today)
            .args(["-f", path.to_str().unwrap(), "note", "JC2-01", "x"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("FOLLOWUP_TODAY: date"),
            "{}",
            stderr(&out)
        );
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let at_edge = |args: &[&str]| {
        sb.cmd()
            .env("FOLLOWUP_TODAY", format_date(MAX_DATE))
            .args([&["-f", path.to_str().unwrap()], args].concat())
            .output()
            .unwrap()
    };
    for when in ["tomorrow", "+1d", "+1w", "+1m", "fri"] {
        let out = at_edge(&["set", "JC2-01", &format!("due={when}")]);
        assert_eq!(out.status.code(), Some(1), "{when}: {}", stderr(&out));
        assert!(stderr(&out).contains("out of range"), "{}", stderr(&out));
        assert_eq!(std::fs::read(&path).unwrap(), before, "{when}");
    }
    let out = at_edge(&["note", "JC2-01", "on the last day"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let l = assert_loads(&path);
    assert_eq!(l.item("JC2-01").unwrap().updated, Some(MAX_DATE));
}

#[test]
fn ids_that_are_not_one_clean_line_are_refused() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    for id in BAD_IDS {
        let flag = format!("--id={id}");
        refused(&sb, &path, &["add", "--title", "x", &flag], "--id: the id ");
        refused(&sb, &path, &["meeting", id], "the meeting id ");
    }
    refused(
        &sb,
        &path,
        &["add", "--title", "x", "--id", "JC9\n"],
        "line",
    );
    refused(
        &sb,
        &path,
        &["add", "--title", "x", "--id", "JC\u{1b}"],
        "control",
    );
    refused(
        &sb,
        &path,
        &["add", "--title", "x", "--id", "JC\u{202e}"],
        "bidi",
    );
    refused(
        &sb,
        &path,
        &["add", "--title", "x", "--id", " JC9"],
        "space",
    );
    // Ids are not renamed by `set`.
    refused(
        &sb,
        &path,
        &["set", "JC2-01", "id=JC\u{1b}"],
        "unknown field `id`",
    );
    // An item cannot point at a meeting that is not a clean id.
    refused(
        &sb,
        &path,
        &["set", "JC2-01", "meeting=JC\u{1b}1"],
        "there is no meeting",
    );
    // Clean ids, including non-ASCII ones, still go in.
    let l = accepted(
        &sb,
        &path,
        &["add", "--title", "x", "--id", "한-1 · México"],
    );
    assert!(l.item("한-1 · México").is_some());
    accepted(&sb, &path, &["meeting", "JC4", "--date", "2027-05-01"]);
}

#[test]
fn empty_owners_and_tags_are_refused() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    for (flag, value) in [
        ("--owner", ""),
        ("--owner", ","),
        ("--owner", " , "),
        ("--owner", "  "),
        ("--tag", ""),
        ("--tag", ",,"),
    ] {
        let args = ["add", "--title", "x", "--owner", "SMBA", flag, value];
        refused(&sb, &path, &args, &format!("{flag}: "));
    }
    for change in [
        "owners=a,,b",
        "owners=,",
        "owners=SMBA,",
        "owners=,SMBA",
        "owners+=",
        "owners+=,",
        "owners+=KOTRA,",
        "owners-=",
        "tags=a, ,b",
        "tags+=,x",
    ] {
        refused(&sb, &path, &["set", "JC2-01", change], change);
    }
    // An empty value clears the list, as documented.
    let l = accepted(&sb, &path, &["set", "JC2-01", "owners=", "tags="]);
    let item = l.item("JC2-01").unwrap();
    assert!(item.owners.is_empty() && item.tags.is_empty());
    let l = accepted(
        &sb,
        &path,
        &[
            "add", "--title", "y", "--id", "Y-1", "--owner", " KOTRA ", "--tag", "trade",
        ],
    );
    assert_eq!(l.item("Y-1").unwrap().owners, ["KOTRA"], "trimmed");
}

#[test]
fn note_and_init_write_files_that_load() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let l = accepted(&sb, &path, &["note", "JC2-01", "line one\nline \u{1b}two"]);
    let notes = &l.item("JC2-01").unwrap().notes;
    assert_eq!(notes.last().unwrap().text, "line one\nline \u{1b}two");
    accepted(&sb, &path, &["note", "JC2-01", "x", "--author", ""]);
    let fresh = sb.path("fresh.json");
    let out = sb.run(&[
        "init",
        fresh.to_str().unwrap(),
        "--committee",
        "Comité \u{1b}[31m\u{202e}",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_loads(&fresh);
    let sample = sb.path("sample.json");
    let out = sb.run(&["init", sample.to_str().unwrap(), "--sample"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_loads(&sample);
}

#[test]
fn resolving_to_a_value_that_cannot_be_read_back_is_refused() {
    let sb = Sandbox::new();
    let path = sb.path("conflicts.json");
    let mut l =
        parse_ledger(&std::fs::read(fixtures().join("korea-mexico-sme.json")).unwrap()).unwrap();
    let item = l.item_mut("JC2-01").unwrap();
    let conflict = |field: &str, ours: Value, theirs: Value| Conflict {
        field: field.into(),
        base: Value::Null,
        ours,
        theirs,
    };
    item.conflicts = vec![
        conflict("owners", json!(["SMBA"]), json!(["SMBA", ""])),
        conflict("due", json!("2026-11-27"), json!("0000-01-01")),
        conflict("tags", json!(["policy"]), json!([" "])),
    ];
    std::fs::write(&path, canonical_json(&l)).unwrap();
    assert_loads(&path);
    refused(
        &sb,
        &path,
        &["resolve", "JC2-01", "owners", "theirs"],
        "owners[1]",
    );
    refused(
        &sb,
        &path,
        &["resolve", "JC2-01", "due", "theirs"],
        "out of range",
    );
    refused(
        &sb,
        &path,
        &["resolve", "JC2-01", "tags", "theirs"],
        "a tag is empty",
    );
    for field in ["owners", "due", "tags"] {
        accepted(&sb, &path, &["resolve", "JC2-01", field, "ours"]);
    }
}

/// A copy of the sample ledger with one value replaced (a JSON pointer).
fn hostile_file(sb: &Sandbox, name: &str, pointer: &str, value: Value) -> PathBuf {
    let text = std::fs::read_to_string(fixtures().join("korea-mexico-sme.json")).unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    *v.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{pointer}")) = value;
    let path = sb.path(name);
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    path
}

#[test]
fn the_loader_refuses_what_the_commands_refuse() {
    let sb = Sandbox::new();
    for (n, (pointer, value, message)) in [
        (
            "/items/0/id",
            json!("JC\u{1b}[2J"),
            "items[0].id: the id contains a control character",
        ),
        (
            "/items/0/id",
            json!("JC1-01\nJC1-02"),
            "items[0].id: the id spans more than one line",
        ),
        (
            "/items/0/id",
            json!(" JC1-01"),
            "items[0].id: the id starts or ends with a space",
        ),
        (
            "/items/1/id",
            json!("JC1\u{202e}-02"),
            "items[1].id: the id contains a bidirectional override",
        ),
        (
            "/meetings/0/id",
            json!("JC1\u{2067}"),
            "meetings[0].id: the meeting id contains a bidirectional override",
        ),
        (
            "/meetings/0/id",
            json!("JC1\u{7f}"),
            "meetings[0].id: the meeting id contains a control character",
        ),
        (
            "/items/0/owners",
            json!(["INADEM", ""]),
            "items[0].owners[1] (item JC1-01): an owner is empty",
        ),
        (
            "/items/0/tags",
            json!(["  "]),
            "items[0].tags[0] (item JC1-01): a tag is empty",
        ),
        (
            "/items/0/due",
            json!("1899-12-31"),
            "items[0].due (item JC1-01): date `1899-12-31` is out of range",
        ),
        (
            "/items/0/notes/0/date",
            json!("0000-01-01"),
            "items[0].notes[0].date (item JC1-01): date `0000-01-01` is out of range",
        ),
        (
            "/meetings/0/date",
            json!("10000-01-01"),
            "meetings[0].date: date `10000-01-01` is out of range",
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let path = hostile_file(&sb, &format!("hostile-{n}.json"), pointer, value);
        let out = sb.run(&["check", path.to_str().unwrap()]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{pointer}: {err}");
        let at = format!("{}:", path.display());
        assert!(err.starts_with(&format!("followup: {at}")), "{err}");
        let (line_col, said) = err[("followup: ".len() + at.len())..]
            .split_once(": ")
            .unwrap();
        assert!(
            line_col
                .split(':')
                .all(|n| n.parse::<usize>().is_ok_and(|n| n > 0)),
            "line:col in {err}"
        );
        assert!(said.starts_with(message), "{pointer}: {err}");
        // Nothing is written over a file that does not load.
        refused(&sb, &path, &["set", "JC2-01", "status=done"], message);
    }
}

#[test]
fn the_form_refuses_far_dates_bad_ids_and_empty_entries() {
    let ledger =
        parse_ledger(&std::fs::read(fixtures().join("korea-mexico-sme.json")).unwrap()).unwrap();
    let today = followup::base::dates::parse_date(TODAY).unwrap();
    let app = TestApp::new()
        .ledger(ledger)
        .label("ledger.json")
        .today(today)
        .build();
    let mut form = Form::add(&app.form_source());
    form.set_text(Field::Title, "Invite Kia suppliers");
    form.check(app.doc.ledger(), today);
    assert!(form.is_valid(), "{:?}", form.problems);
    let shows = |form: &mut Form, kind: Field, text: &str, needle: &str| {
        let was = form.text(kind);
        form.set_text(kind, text);
        form.check(app.doc.ledger(), today);
        // The typed problem, as its variant names it.
        let p = form.problem(kind).map(|p| format!("{p:?}"));
        assert!(
            p.as_deref().is_some_and(|p| p.contains(needle)),
            "{kind:?} = {text:?}: {p:?}"
        );
        assert!(form.item().is_none(), "{kind:?} = {text:?}: refused");
        form.set_text(kind, &was);
        form.check(app.doc.ledger(), today);
        assert!(form.is_valid(), "{:?}", form.problems);
    };
    for far in FAR_DATES {
        shows(&mut form, Field::Due, far, "OutOfRange");
    }
    shows(&mut form, Field::Id, "JC3-05\u{1b}[2J", "Control");
    shows(&mut form, Field::Id, "JC3\u{202e}05", "Bidi");
    shows(&mut form, Field::Owners, "SMBA,,INADEM", "Empty");
    shows(&mut form, Field::Owners, ",", "Empty");
    shows(&mut form, Field::Tags, "trade, ", "Empty");
    // Pasted line breaks become spaces; an ESC stays and is refused.
    form.set_text(Field::Id, "");
    for c in ["JC3-05", "\u{1b}"] {
        form.focus = Field::FORM.iter().position(|k| *k == Field::Id).unwrap();
        form.paste(c, &app.form_source());
    }
    assert!(form.problem(Field::Id).is_some(), "{:?}", form.problems);
    form.set_text(Field::Id, "JC3-05");
    form.set_text(Field::Due, &format_date(MAX_DATE));
    form.set_text(Field::Owners, "SMBA, INADEM");
    form.check(app.doc.ledger(), today);
    let item = form.item().expect("valid at the edge of the range");
    assert_eq!(item.due, Some(MAX_DATE));
    assert_eq!(item.owners, ["SMBA", "INADEM"]);
}

// ------------------------------------------------------------- git options

/// A git repository in a sandbox holding the sample ledger, one commit.
struct Repo {
    sb: Sandbox,
    repo: TestRepo,
}

impl Repo {
    fn new() -> Repo {
        let sb = Sandbox::new();
        let repo = TestRepo::init(&sb, "repo");
        let r = Repo { sb, repo };
        std::fs::copy(fixtures().join("korea-mexico-sme.json"), r.ledger()).unwrap();
        r.git(&["add", "."]);
        r.git(&["commit", "-qm", "ledger"]);
        r
    }
    fn dir(&self) -> PathBuf {
        self.repo.dir().to_owned()
    }
    fn ledger(&self) -> PathBuf {
        self.dir().join("ledger.json")
    }
    fn git(&self, args: &[&str]) {
        self.git_on("2026-11-10T10:00:00", args);
    }
    fn git_on(&self, date: &str, args: &[&str]) {
        self.repo.git_on(date, args);
    }
    /// `followup ARGS` run inside the repository.
    fn followup(&self, args: &[&str]) -> std::process::Output {
        self.sb
            .cmd()
            .current_dir(self.dir())
            .args(args)
            .output()
            .unwrap()
    }
    /// Every file in the sandbox whose name mentions `x` as a git `--output` would.
    fn stray_files(&self) -> Vec<PathBuf> {
        let mut found = Vec::new();
        let mut dirs = vec![self.sb.dir.path().to_owned()];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).unwrap() {
                let p = e.unwrap().path();
                if p.file_name().is_some_and(|n| n == ".git") {
                    continue;
                }
                if p.is_dir() {
                    dirs.push(p);
                } else if p
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("pwned"))
                {
                    found.push(p);
                }
            }
        }
        found
    }
}

#[test]
fn a_revision_can_never_become_a_git_option() {
    let r = Repo::new();
    let before = std::fs::read(r.ledger()).unwrap();
    for args in [
        vec!["diff", "--", "--output=pwned"],
        vec!["diff", "--", "-opwned"],
        vec!["diff", "HEAD", "--", "--output=pwned"],
        vec!["diff", "--", "--output=pwned", "HEAD"],
    ] {
        let out = r.followup(&args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains("is not a revision"), "{args:?}: {err}");
        assert!(
            r.stray_files().is_empty(),
            "{args:?}: {:?}",
            r.stray_files()
        );
    }
    // Not even a place for an option on the command line.
    for args in [
        vec!["diff", "--output=pwned"],
        vec!["diff", "--output=pwned", "HEAD"],
        vec!["diff", "HEAD", "--output", "pwned"],
    ] {
        let out = r.followup(&args);
        assert_ne!(out.status.code(), Some(0), "{args:?}");
        assert!(
            r.stray_files().is_empty(),
            "{args:?}: {:?}",
            r.stray_files()
        );
    }
    // The library itself passes the revision after --end-of-options.
    let repo = followup::git::Repo::containing(&r.ledger()).unwrap();
    for rev in ["--output=pwned", "--output=pwned HEAD", "-opwned"] {
        assert!(repo.show(rev, "ledger.json").is_err(), "{rev}");
        assert!(r.stray_files().is_empty(), "{rev}: {:?}", r.stray_files());
    }
    assert_eq!(repo.show("HEAD", "ledger.json").unwrap(), before);
    // A report's start is a date, never a revision.
    for since in ["--output=pwned", "HEAD", "-opwned"] {
        let out = r.followup(&["report", &format!("--since={since}")]);
        assert_eq!(out.status.code(), Some(1), "{since}: {}", stderr(&out));
        assert!(stderr(&out).contains("--since: "), "{}", stderr(&out));
        assert!(r.stray_files().is_empty(), "{since}");
    }
    let out = r.followup(&["diff", "HEAD"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read(r.ledger()).unwrap(), before);
}

#[test]
fn ledger_paths_are_literal_pathspecs() {
    // `[l]edger.json` as a glob would match `ledger.json`, committed first.
    let r = Repo::new();
    let odd = r.dir().join("[l]edger.json");
    std::fs::copy(r.ledger(), &odd).unwrap();
    r.git(&["add", "--", ":(literal)[l]edger.json"]);
    r.git_on("2026-11-20T10:00:00", &["commit", "-qm", "odd"]);
    let history = followup::git::FileHistory::of(&odd).unwrap();
    let (_, day) = history.first_commit().unwrap().unwrap();
    assert_eq!(day, "2026-11-20", "the odd file's own first commit");
    let before = followup::base::dates::parse_date("2026-11-15").unwrap();
    assert_eq!(
        history.last_commit_before(before).unwrap(),
        None,
        "the odd file did not exist before 2026-11-15"
    );
    let until = followup::base::dates::parse_date("2026-11-30").unwrap();
    let commits = history.commits_between(before, until).unwrap();
    assert_eq!(
        commits.len(),
        1,
        "only the odd file's own commit: {commits:?}"
    );
}
