//! `followup log ID` against real git: the changes to one item newest first,
//! with who made them, for which party, and whether git trusts their
//! signature; a merge that settled a conflict says by whom and for which
//! party, and the log shows the settlement as a change of its own.

mod common;
use common::hub::Hub;
use common::tools::{Tool, require};
use common::*;
use std::path::Path;

fn ok(sb: &Sandbox, args: &[&str]) -> String {
    let out = sb.run(args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

fn keygen(sb: &Sandbox, name: &str) -> String {
    let key = sb.path(name);
    let out = std::process::Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", name, "-f"])
        .arg(&key)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::read_to_string(key.with_extension("pub")).unwrap()
}

#[test]
fn the_log_of_an_item_says_who_changed_what_and_whether_git_trusts_the_signature() {
    if !require(Tool::SshKeygen) {
        return;
    }
    let sb = Sandbox::new();
    let repo = TestRepo::init(&sb, "repo");
    repo.commit_sample_ledger();
    let ledger = repo.path("ledger.json");
    let f = ledger.to_str().unwrap();
    let trusted = keygen(&sb, "trusted");
    keygen(&sb, "stranger");
    std::fs::write(sb.path("allowed"), format!("s@example.org {trusted}")).unwrap();
    let allowed = sb.path("allowed");
    repo.git(&["config", "gpg.format", "ssh"]);
    repo.git(&[
        "config",
        "gpg.ssh.allowedSignersFile",
        allowed.to_str().unwrap(),
    ]);
    let sign_with = |key: &str| {
        let public = sb.path(key).with_extension("pub");
        repo.git(&["config", "user.signingkey", public.to_str().unwrap()]);
    };

    ok(&sb, &["-f", f, "set", "JC2-03", "status=done"]);
    sign_with("trusted");
    repo.git_on(
        "2026-11-24T10:00:00",
        &["commit", "-S", "-qam", "JC2-03 done"],
    );
    ok(&sb, &["-f", f, "set", "JC2-03", "due=2026-12-10"]);
    ok(
        &sb,
        &[
            "-f",
            f,
            "note",
            "JC2-03",
            "Kia sent the list.",
            "--author",
            "SMBA",
        ],
    );
    sign_with("stranger");
    repo.git_on(
        "2026-11-25T10:00:00",
        &["commit", "-S", "-qam", "JC2-03 due\n\nFollowup-Party: SMBA"],
    );
    ok(&sb, &["-f", f, "set", "JC2-01", "status=blocked"]);
    repo.commit("2026-11-26T10:00:00", "JC2-01 blocked");

    let log = ok(&sb, &["-f", f, "log", "JC2-03"]);
    let lines: Vec<&str> = log.lines().collect();
    assert!(
        lines[0].starts_with(
            "2026-11-25  Secretariat <s@example.org>  for SMBA  ? signed, key not trusted  "
        ),
        "{log}"
    );
    assert_eq!(
        lines[1], "    due: 2026-11-16 → 2026-12-10 (24 days later)",
        "{log}"
    );
    assert_eq!(
        lines[2], "    note 2026-11-23 SMBA: Kia sent the list.",
        "{log}"
    );
    assert!(
        lines[3].starts_with("2026-11-24  Secretariat <s@example.org>  ✓ signed, trusted key  "),
        "{log}"
    );
    assert_eq!(lines[4], "    status: in progress → done", "{log}");
    assert!(
        lines[5].starts_with("2026-11-23  Secretariat <s@example.org>  "),
        "{log}"
    );
    assert!(
        !lines[5].contains("signed"),
        "an unsigned commit has no mark: {log}"
    );
    assert!(
        lines[6].starts_with("    added: Shortlist Mexican SMEs"),
        "{log}"
    );
    assert_eq!(lines.len(), 7, "{log}");

    // A second log reads what the first kept; the same, and in Korean.
    assert_eq!(ok(&sb, &["-f", f, "log", "JC2-03"]), log);
    let ko = ok(&sb, &["-f", f, "--lang", "ko", "log", "JC2-03"]);
    assert!(ko.contains("SMBA 측  ? 서명됨, 신뢰하지 않는 키"), "{ko}");
    // A commit made since is read on top of what was kept.
    ok(&sb, &["-f", f, "set", "JC2-03", "status=blocked"]);
    repo.commit("2026-11-27T10:00:00", "JC2-03 blocked");
    let again = ok(&sb, &["-f", f, "log", "JC2-03"]);
    assert!(again.starts_with("2026-11-27"), "{again}");
    assert!(again.ends_with(&log), "{again}");

    let none = sb.run(&["-f", f, "log", "JC9-99"]);
    assert_eq!(none.status.code(), Some(1));
    assert!(
        stderr(&none).contains("no item `JC9-99`"),
        "{}",
        stderr(&none)
    );
}

fn config(hub: &Hub, text: &str) {
    std::fs::write(hub.sb.path("config.toml"), text).unwrap();
}

fn message(hub: &Hub, dir: &Path) -> String {
    hub.git_ok(dir, &["log", "-1", "--format=%B"])
}

#[test]
fn a_settled_conflict_says_by_whom_and_for_which_party_and_the_log_shows_it() {
    let hub = Hub::with_ledger();
    let mx = hub.sb.path("mexico");
    let kr = hub.clone_as("seoul", "SMBA, Korea");
    config(&hub, "party = \"INADEM\"\n");
    hub.ok(&mx, &["set", "JC2-09", "status=done"]);
    assert!(hub.sync(&mx).status.success());
    assert!(
        message(&hub, &mx).ends_with("\n\nFollowup-Party: INADEM"),
        "{}",
        message(&hub, &mx)
    );

    config(&hub, "author = \"Kim Min-su\"\nparty = \"SMBA\"\n");
    hub.ok(&kr, &["set", "JC2-09", "status=dropped"]);
    assert_eq!(hub.sync(&kr).status.code(), Some(1));
    hub.ok(&kr, &["resolve", "JC2-09", "status", "theirs"]);
    let out = hub.sync(&kr);
    assert!(out.status.success(), "{}", stderr(&out));
    let m = message(&hub, &kr);
    assert!(
        m.starts_with("Merge remote-tracking branch 'origin/main'"),
        "{m}"
    );
    assert!(m.contains("Conflict settled:\n  JC2-09 status: kept theirs (origin/main)\nSettled by Kim Min-su for SMBA.\n"), "{m}");
    assert!(
        m.ends_with("\n\nFollowup-Party: SMBA\nFollowup-Settled: theirs JC2-09 status"),
        "{m}"
    );

    let log = hub.ok(&kr, &["log", "JC2-09"]);
    let lines: Vec<&str> = log.lines().collect();
    assert!(
        lines[0].contains("SMBA, Korea <secretariat@example.org>  for SMBA  "),
        "{log}"
    );
    assert_eq!(
        lines[1], "    status: conflict settled, the incoming value kept",
        "{log}"
    );
    assert!(lines[2].contains("for SMBA"), "SMBA's own change: {log}");
    assert_eq!(lines[3], "    status: blocked → dropped", "{log}");
    assert!(
        lines[4].contains("INADEM, Mexico") && lines[4].contains("for INADEM"),
        "{log}"
    );
    assert_eq!(lines[5], "    status: blocked → done", "{log}");
}

#[test]
fn a_review_is_a_commit_of_its_own_and_its_minutes_are_written_again_from_it() {
    let sb = Sandbox::new();
    let repo = TestRepo::init(&sb, "repo");
    repo.commit_sample_ledger();
    let ledger = repo.path("ledger.json");
    let f = ledger.to_str().unwrap();
    repo.git(&["config", "user.name", "Kim Min-su"]);
    repo.git(&["config", "user.email", "kim@example.org"]);
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    // Another file staged meanwhile stays out of the review's commit.
    std::fs::write(repo.path("other.txt"), "staged").unwrap();
    repo.git(&["add", "other.txt"]);
    ok(&sb, &["-f", f, "set", "JC2-03", "status=done"]);
    let mut l = followup::ledger::Store::new(&ledger).load().unwrap().ledger;
    l.reviews.push(followup::ledger::Review {
        date: day,
        attendees: vec!["INADEM".into(), "SMBA".into()],
        summary: "Kia shortlist done".into(),
        extra: Default::default(),
    });
    std::fs::write(&ledger, followup::ledger::canonical_json(&l)).unwrap();
    let minutes_then = {
        let mut c = sb.cmd();
        c.env("FOLLOWUP_TODAY", "2026-12-02");
        let out = c.args(["-f", f, "report"]).output().unwrap();
        stdout(&out)
    };
    let message =
        followup::i18n::review_message(day, &l.reviews.last().unwrap().attendees, Some("SMBA"));
    let made = sb_env(&sb, || {
        followup::git::review::commit_review(&ledger, day, &message)
    })
    .unwrap();
    assert!(made);
    assert_eq!(
        repo.git(&["log", "-1", "--format=%B"]).trim_end(),
        "Review 2026-12-02: INADEM, SMBA\n\nFollowup-Review: 2026-12-02\nFollowup-Party: SMBA"
    );
    assert_eq!(
        repo.git(&["show", "--format=", "--name-only", "HEAD"])
            .trim(),
        "ledger.json"
    );
    assert!(
        repo.git(&["diff", "--cached", "--name-only"])
            .contains("other.txt")
    );

    // Later edits change nothing in the minutes of that review.
    ok(&sb, &["-f", f, "set", "JC2-05", "status=done"]);
    repo.commit("2026-12-05T10:00:00", "JC2-05 done");
    let again = ok(&sb, &["-f", f, "report", "--review", "2026-12-02"]);
    assert_eq!(again, minutes_then);
    let none = sb.run(&["-f", f, "report", "--review", "2026-12-01"]);
    assert_eq!(none.status.code(), Some(1));
    assert!(
        stderr(&none).contains("no review of 2026-12-01 was committed"),
        "{}",
        stderr(&none)
    );
}

/// Runs `f` with git seeing the sandbox's configuration (the library call
/// runs in this process).
fn sb_env<T>(sb: &Sandbox, f: impl FnOnce() -> T) -> T {
    for (k, v) in sb.env() {
        // SAFETY: set before any thread of this test reads the environment;
        // the test binary's other tests do not read these variables.
        unsafe { std::env::set_var(k, v) };
    }
    f()
}

/// A repository of the sample ledger, then a commit of `message` marking
/// JC2-03 done on 24 November; returns the ledger's path.
fn jc2_03_done(sb: &Sandbox, message: &str) -> std::path::PathBuf {
    let repo = TestRepo::init(sb, "repo");
    repo.commit_sample_ledger();
    let ledger = repo.path("ledger.json");
    ok(
        sb,
        &[
            "-f",
            ledger.to_str().unwrap(),
            "set",
            "JC2-03",
            "status=done",
        ],
    );
    repo.git_on("2026-11-24T10:00:00", &["commit", "-qam", message]);
    ledger
}

#[test]
fn the_dashboard_shows_the_selected_items_history_from_git_with_l() {
    use common::app::TestDashboard;
    use followup::app::{Action, ItemLogView};
    let sb = Sandbox::new();
    let ledger = jc2_03_done(&sb, "JC2-03 done\n\nFollowup-Party: SMBA");
    let mut d = TestDashboard::open(&ledger);
    let row = d.app.view.rows.iter().position(|r| {
        matches!(r, followup::app::ViewRow::Item(i) if d.app.doc.ledger().items[*i].id == "JC2-03")
    });
    d.app.view.selected = row.unwrap();
    sb_env(&sb, || {
        d.type_keys("L");
        d.hear();
    });
    let Some(ItemLogView::Loaded { id, entries }) = &d.app.view.item_log else {
        panic!("{:?}", d.app.view.item_log);
    };
    assert_eq!(id, "JC2-03");
    assert_eq!(entries.len(), 2, "{entries:?}");
    let screen = format!("{:?}", common::tui::draw(&d.app).backend());
    assert!(screen.contains("History (git)"), "{screen}");
    assert!(screen.contains("2026-11-24  Secretariat  SMBA"), "{screen}");
    assert!(screen.contains("status: in progress → done"), "{screen}");
    // L again hides it.
    d.deliver(Action::ToggleItemLog);
    assert!(d.app.view.item_log.is_none());
}

#[test]
fn a_settled_trailer_on_a_plain_commit_is_no_settlement() {
    let sb = Sandbox::new();
    let ledger = jc2_03_done(&sb, "JC2-03 done\n\nFollowup-Settled: theirs JC2-03 status");
    let f = ledger.to_str().unwrap();
    let log = ok(&sb, &["-f", f, "log", "JC2-03"]);
    assert!(log.contains("status: in progress → done"), "{log}");
    assert!(!log.contains("settled"), "a forged settlement: {log}");
}
