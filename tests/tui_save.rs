//! What the dashboard writes: edits made with keys, saved through the event
//! loop's save path ([`followup::dashboard::Disk`]) into a temp copy of a fixture,
//! then read back as bytes and diffed.

mod common;

use common::tui::today;
use common::{Sandbox, changed_lines};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use followup::app::{
    Action, App, Effect, FieldKind, Msg, Options, SaveFailure, action_for, update,
};
use followup::dashboard::{Disk, LOCK_PURPOSE};
use followup::ledger::{Status, Store, parse_ledger};
use std::path::Path;
use std::time::Duration;

/// A dashboard on `path`, as `followup PATH` starts it (no lock held).
fn open(path: &Path) -> (App, Disk) {
    let store = Store::new(path);
    let loaded = store.load().unwrap();
    // Autosave off: these tests save with Ctrl-s.
    let options = Options {
        autosave: false,
        ..Options::default()
    };
    let mut app = App::new(loaded.ledger, "ledger", today(), options);
    app.author = "tester".into();
    app.attach(loaded.fingerprint, None);
    update(&mut app, Action::Resize(120, 40));
    (app, Disk::new(store))
}

/// Presses keys; carries out saves as the event loop does.
fn keys(app: &mut App, disk: &mut Disk, keys: &[KeyEvent]) {
    for k in keys {
        let Some(a) = action_for(app.scope(), k) else {
            continue;
        };
        let mut effect = update(app, a);
        while let Some(e) = effect {
            effect = match e {
                Effect::Save => {
                    let done = disk.save(app);
                    update(app, done)
                }
                Effect::Quit
                | Effect::Suspend
                | Effect::SinceReview(_)
                | Effect::Sync
                | Effect::NameSides => None,
            };
        }
    }
}

fn text(s: &str) -> Vec<KeyEvent> {
    s.chars()
        .map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
        .collect()
}

fn enter() -> KeyEvent {
    KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)
}

fn ctrl_s() -> KeyEvent {
    KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)
}

/// Selects the item with this id by searching for it.
fn select(app: &mut App, disk: &mut Disk, id: &str) {
    keys(app, disk, &text("/"));
    keys(app, disk, &text(id));
    keys(app, disk, &[enter()]);
    let i = app.selected_item().unwrap();
    assert_eq!(app.ledger.items[i].id, id);
}

#[test]
fn one_status_change_is_a_two_line_diff() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    let before = std::fs::read_to_string(&path).unwrap();
    let (mut app, mut disk) = open(&path);
    select(&mut app, &mut disk, "JC2-11");
    keys(&mut app, &mut disk, &text("si"));
    keys(&mut app, &mut disk, &[ctrl_s()]);
    assert!(app.saved, "{:?}", app.status);
    let after = std::fs::read_to_string(&path).unwrap();
    let (removed, added) = changed_lines(&before, &after);
    assert_eq!(
        removed,
        [
            "      \"status\": \"open\",",
            "      \"updated\": \"2026-10-14\","
        ]
    );
    assert_eq!(
        added,
        [
            "      \"status\": \"in-progress\",",
            "      \"updated\": \"2026-11-23\","
        ]
    );
}

#[test]
fn a_note_adds_only_its_lines_and_updated() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    let before = std::fs::read_to_string(&path).unwrap();
    let (mut app, mut disk) = open(&path);
    select(&mut app, &mut disk, "JC2-11");
    keys(&mut app, &mut disk, &text("c"));
    keys(&mut app, &mut disk, &text("Call set for Friday"));
    keys(&mut app, &mut disk, &[enter(), ctrl_s()]);
    let after = std::fs::read_to_string(&path).unwrap();
    let (removed, added) = changed_lines(&before, &after);
    let removed: Vec<&str> = removed.iter().map(|l| l.trim()).collect();
    let added: Vec<&str> = added.iter().map(|l| l.trim()).collect();
    assert_eq!(removed, ["\"updated\": \"2026-10-14\","]);
    assert_eq!(
        added,
        [
            "\"updated\": \"2026-11-23\",",
            "},",
            "{",
            "\"date\": \"2026-11-23\",",
            "\"author\": \"tester\",",
            "\"text\": \"Call set for Friday\""
        ],
        "the note's lines, the comma after the previous note, and updated"
    );
}

#[test]
fn unknown_fields_survive_every_edit() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    let (mut app, mut disk) = open(&path);
    select(&mut app, &mut disk, "JC3-03");
    let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
    let tab = KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE);
    let clear_line = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL);
    let mut edits: Vec<Vec<KeyEvent>> = vec![
        text("sb"),
        text("S"),
        text("x"),
        [text("c"), text("note"), vec![enter()]].concat(),
        [
            text("e"),
            text(" (revised)"),
            vec![tab, tab, tab, tab, clear_line],
            text("+3d"),
            vec![enter()],
        ]
        .concat(),
        text("u"),
        vec![KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL)],
        text("a"),
    ];
    edits.last_mut().unwrap().extend(text("New"));
    edits.last_mut().unwrap().push(enter());
    for e in edits {
        keys(&mut app, &mut disk, &[esc]);
        keys(&mut app, &mut disk, &e);
        keys(&mut app, &mut disk, &[ctrl_s()]);
        assert!(app.saved, "{:?}", app.status);
        let bytes = std::fs::read(&path).unwrap();
        let l = parse_ledger(&bytes).unwrap();
        assert_eq!(l.item("JC3-03").unwrap().extra["budget_usd"], 250000);
        assert_eq!(l.extra["x_source"], "seed 000");
        assert!(
            String::from_utf8(bytes)
                .unwrap()
                .contains("\"budget_usd\": 250000")
        );
    }
    let l = parse_ledger(&std::fs::read(&path).unwrap()).unwrap();
    let it = l.item("JC3-03").unwrap();
    assert!(it.title.ends_with("(revised)"), "{it:?}");
    assert_eq!(it.due_history.len(), 1, "the deadline moved once");
    assert_eq!(l.items.len(), 19);
}

#[test]
fn a_file_changed_behind_the_dashboard_is_merged_not_overwritten() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    let (mut app, mut disk) = open(&path);
    select(&mut app, &mut disk, "JC2-11");
    keys(&mut app, &mut disk, &text("x"));
    // Someone rewrites the file without the lock (git pull, an editor).
    let mut theirs = parse_ledger(&std::fs::read(&path).unwrap()).unwrap();
    theirs.item_mut("JC2-05").unwrap().status = Status::Blocked;
    std::fs::write(&path, followup::ledger::canonical_json(&theirs)).unwrap();
    keys(&mut app, &mut disk, &[ctrl_s()]);
    assert!(app.saved, "{:?}", app.status);
    let l = parse_ledger(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(l.item("JC2-05").unwrap().status, Status::Blocked, "theirs");
    assert_eq!(l.item("JC2-11").unwrap().status, Status::Done, "ours");
    let said = followup::ui::status_text(&app);
    assert!(said.contains("saved"), "{said}");
}

#[test]
fn a_failed_save_keeps_the_edits_and_can_be_retried() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    let before = std::fs::read(&path).unwrap();
    let (mut app, mut disk) = open(&path);
    select(&mut app, &mut disk, "JC2-11");
    keys(&mut app, &mut disk, &text("x"));
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms.clone()).unwrap();
    keys(&mut app, &mut disk, &[ctrl_s()]);
    let st = app.status.clone().unwrap();
    let said = followup::ui::status_text(&app);
    assert!(
        st.error && matches!(st.msg, followup::app::Msg::SaveFailed(_)),
        "{st:?}"
    );
    assert!(said.contains("read-only"), "{said}");
    assert!(!app.saved);
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing written");
    assert_eq!(app.ledger.item("JC2-11").unwrap().status, Status::Done);
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&path, perms).unwrap();
    keys(&mut app, &mut disk, &[ctrl_s()]);
    assert!(app.saved, "{:?}", app.status);
    let l = parse_ledger(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(l.item("JC2-11").unwrap().status, Status::Done);
}

#[test]
fn a_cli_write_beside_an_open_dashboard_succeeds_and_is_merged_on_save() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    let (mut app, mut disk) = open(&path);
    select(&mut app, &mut disk, "JC2-11");
    keys(&mut app, &mut disk, &text("x"));
    let out = s.run(&[
        "--ledger",
        path.to_str().unwrap(),
        "set",
        "JC2-05",
        "status=blocked",
    ]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    keys(&mut app, &mut disk, &[ctrl_s()]);
    assert!(app.saved, "{:?}", app.status);
    let l = parse_ledger(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(
        l.item("JC2-05").unwrap().status,
        Status::Blocked,
        "the CLI's"
    );
    assert_eq!(
        l.item("JC2-11").unwrap().status,
        Status::Done,
        "the dashboard's"
    );
}

#[test]
fn a_save_while_another_program_writes_waits_keeps_the_edits_and_retries() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    let before = std::fs::read(&path).unwrap();
    let (mut app, mut disk) = open(&path);
    select(&mut app, &mut disk, "JC2-11");
    keys(&mut app, &mut disk, &text("x"));
    let held = Store::new(&path)
        .lock("followup set", Duration::ZERO)
        .unwrap();
    keys(&mut app, &mut disk, &[ctrl_s()]);
    let st = app.status.clone().unwrap();
    assert!(
        matches!(&st.msg, Msg::SaveFailed(SaveFailure::Busy(h)) if h.starts_with("followup set (pid ")),
        "{st:?}"
    );
    assert!(!st.error, "a busy ledger is not an error");
    let said = followup::ui::status_text(&app);
    assert!(
        said.contains("is writing the ledger; your edits are kept"),
        "{said}"
    );
    assert!(!app.saved);
    assert!(!app.editable() || app.read_only.is_none(), "not read-only");
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing written");
    assert!(!disk.retry_due(), "the retry waits a moment");
    drop(held);
    let start = std::time::Instant::now();
    while !disk.retry_due() {
        assert!(start.elapsed() < Duration::from_secs(10), "a retry is due");
        std::thread::sleep(Duration::from_millis(50));
    }
    let done = disk.save(&app);
    update(&mut app, done);
    assert!(app.saved, "{:?}", app.status);
    let l = parse_ledger(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(l.item("JC2-11").unwrap().status, Status::Done);
}

#[test]
fn the_dashboard_lets_the_lock_go_after_each_save() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    let (mut app, mut disk) = open(&path);
    select(&mut app, &mut disk, "JC2-11");
    keys(&mut app, &mut disk, &text("x"));
    keys(&mut app, &mut disk, &[ctrl_s()]);
    assert!(app.saved, "{:?}", app.status);
    Store::new(&path)
        .lock(LOCK_PURPOSE, Duration::ZERO)
        .expect("free again after the save");
}

/// Presses Tab until the form's focus is on `field`.
fn focus(app: &mut App, disk: &mut Disk, field: FieldKind) {
    let tab = KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE);
    for _ in 0..FieldKind::ORDER.len() {
        if app.form.as_ref().unwrap().focused() == field {
            return;
        }
        keys(app, disk, &[tab]);
    }
    panic!("no field {field:?}");
}

#[test]
fn moving_a_deadline_in_the_form_rewrites_no_other_field() {
    // SC-01 has an owner with a comma in its name: the form shows the
    // owners joined with commas, and must not split that one in two.
    let s = Sandbox::new();
    let path = s.fixture("apec-supply-chains-2025.json");
    let before = std::fs::read_to_string(&path).unwrap();
    let (mut app, mut disk) = open(&path);
    select(&mut app, &mut disk, "SC-01");
    let owners = app.ledger.item("SC-01").unwrap().owners.clone();
    assert!(owners.contains(&"Ministry of Trade, Industry and Energy".to_owned()));
    keys(&mut app, &mut disk, &text("e"));
    focus(&mut app, &mut disk, FieldKind::Due);
    let ctrl_u = KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL);
    keys(&mut app, &mut disk, &[ctrl_u]);
    keys(&mut app, &mut disk, &text("2026-12-10"));
    keys(&mut app, &mut disk, &[enter(), ctrl_s()]);
    assert!(app.saved, "{:?}", app.status);
    assert_eq!(app.ledger.item("SC-01").unwrap().owners, owners);
    let after = std::fs::read_to_string(&path).unwrap();
    let (removed, added) = changed_lines(&before, &after);
    let removed: Vec<&str> = removed.iter().map(|l| l.trim()).collect();
    let added: Vec<&str> = added.iter().map(|l| l.trim()).collect();
    assert_eq!(
        removed,
        [
            "\"due\": \"2026-11-26\",",
            "\"2026-06-30\"",
            "\"updated\": \"2026-11-16\","
        ]
    );
    assert_eq!(
        added,
        [
            "\"due\": \"2026-12-10\",",
            "\"2026-06-30\",",
            "\"2026-11-26\"",
            "\"updated\": \"2026-11-23\","
        ]
    );
}

/// Runs git in `dir` with a fixed identity and no user or system config.
fn git(dir: &Path, args: &[&str]) {
    let out = std::process::Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.org")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.org")
        .output()
        .expect("git is installed");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_uncommitted_count_drops_when_the_ledger_is_committed_from_outside() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    let dir = path.parent().unwrap();
    git(dir, &["init", "-q"]);
    git(dir, &["add", "korea-mexico-sme.json"]);
    git(dir, &["commit", "-qm", "ledger"]);
    let (mut app, mut disk) = open(&path);
    let refresh = |app: &mut App| {
        let ids = followup::dashboard::uncommitted_ids(&path).expect("in git");
        update(app, Action::Uncommitted(ids));
    };
    refresh(&mut app);
    assert_eq!(app.uncommitted_count(), Some(0));
    assert!(!disk.git_moved(), "nothing moved yet");
    // An edit, saved (autosave): one item differs from the commit.
    app.options.autosave = true;
    select(&mut app, &mut disk, "JC2-11");
    keys(&mut app, &mut disk, &text("x"));
    assert!(app.saved);
    refresh(&mut app);
    assert_eq!(app.uncommitted_count(), Some(1));
    assert!(
        !disk.git_moved(),
        "saving the ledger moves neither index nor HEAD"
    );
    // Committed from another terminal: the index and HEAD move, the watch
    // sees it, and the count worked out again drops.
    git(dir, &["commit", "-qam", "JC2-11 done"]);
    assert!(disk.git_moved(), "the commit is noticed");
    refresh(&mut app);
    assert_eq!(app.uncommitted_count(), Some(0));
    assert!(!disk.git_moved(), "noticed once");
}
