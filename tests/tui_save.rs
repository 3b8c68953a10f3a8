//! What the dashboard writes: edits made with keys, saved through the event
//! loop's save path ([`followup::dashboard::Disk`]) into a temp copy of a fixture,
//! then read back as bytes and diffed.

mod common;

use common::app::TestDashboard;
use common::{Sandbox, TestRepo, changed_lines};
use followup::app::{Action, Effect, Msg, SaveFailure, Synced, Syncing, update};
use followup::dashboard::{Ending, Flow, LOCK_PURPOSE};
use followup::ledger::{Field, Status, Store, parse_ledger};
use std::time::Duration;

/// Selects the item with this id by searching for it.
fn select(t: &mut TestDashboard, id: &str) {
    t.type_keys(&format!("/{id}<Enter>"));
    // A note of another item may name it too: on to the next match.
    let selected = |t: &TestDashboard| {
        t.app.doc.ledger().items[t.app.selected_item().unwrap()]
            .id
            .clone()
    };
    for _ in 0..t.app.view.search.matches.len() {
        if selected(t) == id {
            break;
        }
        t.type_keys("n");
    }
    assert_eq!(selected(t), id);
}

#[test]
fn one_status_change_is_a_two_line_diff() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    let before = std::fs::read_to_string(&path).unwrap();
    let mut t = TestDashboard::open(&path);
    select(&mut t, "JC2-11");
    t.type_keys("si");
    t.type_keys("<C-s>");
    assert!(t.app.is_saved(), "{:?}", t.app.session.status);
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
    let mut t = TestDashboard::open(&path);
    select(&mut t, "JC2-11");
    t.type_keys("c");
    t.type_keys("Call set for Friday");
    t.type_keys("<Enter><C-s>");
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
    let mut t = TestDashboard::open(&path);
    let edits = [
        "sb",
        "S",
        "x",
        "cnote<Enter>",
        "e (revised)<Tab><Tab><Tab><Tab><C-j>+3d<Enter>",
        "u",
        "<C-r>",
        "aNew<Enter>",
    ];
    for e in edits {
        t.type_keys("<Esc>");
        // An edit leaves the cursor on its row: the item is found again.
        select(&mut t, "JC3-03");
        t.type_keys(e);
        t.type_keys("<C-s>");
        assert!(t.app.is_saved(), "{:?}", t.app.session.status);
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
    let mut t = TestDashboard::open(&path);
    select(&mut t, "JC2-11");
    t.type_keys("x");
    // Someone rewrites the file without the lock (git pull, an editor).
    let mut theirs = parse_ledger(&std::fs::read(&path).unwrap()).unwrap();
    theirs.item_mut("JC2-05").unwrap().status = Status::Blocked;
    std::fs::write(&path, followup::ledger::canonical_json(&theirs)).unwrap();
    t.type_keys("<C-s>");
    assert!(t.app.is_saved(), "{:?}", t.app.session.status);
    let l = parse_ledger(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(l.item("JC2-05").unwrap().status, Status::Blocked, "theirs");
    assert_eq!(l.item("JC2-11").unwrap().status, Status::Done, "ours");
    let said = followup::ui::status_text(&t.app);
    assert!(said.contains("saved"), "{said}");
}

#[test]
fn a_failed_save_keeps_the_edits_and_can_be_retried() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    let before = std::fs::read(&path).unwrap();
    let mut t = TestDashboard::open(&path);
    select(&mut t, "JC2-11");
    t.type_keys("x");
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms.clone()).unwrap();
    t.type_keys("<C-s>");
    let st = t.app.session.status.clone().unwrap();
    let said = followup::ui::status_text(&t.app);
    assert!(
        st.error && matches!(st.msg, followup::app::Msg::SaveFailed(_)),
        "{st:?}"
    );
    assert!(said.contains("read-only"), "{said}");
    assert!(!t.app.is_saved());
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing written");
    assert_eq!(
        t.app.doc.ledger().item("JC2-11").unwrap().status,
        Status::Done
    );
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&path, perms).unwrap();
    t.type_keys("<C-s>");
    assert!(t.app.is_saved(), "{:?}", t.app.session.status);
    let l = parse_ledger(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(l.item("JC2-11").unwrap().status, Status::Done);
}

#[test]
fn a_cli_write_beside_an_open_dashboard_succeeds_and_is_merged_on_save() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    let mut t = TestDashboard::open(&path);
    select(&mut t, "JC2-11");
    t.type_keys("x");
    let out = s.run(&[
        "--ledger",
        path.to_str().unwrap(),
        "set",
        "JC2-05",
        "status=blocked",
    ]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    t.type_keys("<C-s>");
    assert!(t.app.is_saved(), "{:?}", t.app.session.status);
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
    let mut t = TestDashboard::open(&path);
    select(&mut t, "JC2-11");
    t.type_keys("x");
    let held = Store::new(&path)
        .lock("followup set", Duration::ZERO)
        .unwrap();
    t.type_keys("<C-s>");
    let st = t.app.session.status.clone().unwrap();
    assert!(
        matches!(&st.msg, Msg::SaveFailed(SaveFailure::Busy(h)) if matches!(h, followup::ledger::LockHolder::Process { command, .. } if command == "followup set")),
        "{st:?}"
    );
    assert!(!st.error, "a busy ledger is not an error");
    let said = followup::ui::status_text(&t.app);
    assert!(
        said.contains("is writing the ledger; your edits are kept"),
        "{said}"
    );
    assert!(!t.app.is_saved());
    assert!(
        !t.app.editable() || t.app.session.read_only.is_none(),
        "not read-only"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing written");
    assert!(
        t.timers
            .next()
            .is_some_and(|at| at > std::time::Instant::now()),
        "the retry waits a moment"
    );
    drop(held);
    t.wake();
    assert!(t.app.is_saved(), "{:?}", t.app.session.status);
    let l = parse_ledger(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(l.item("JC2-11").unwrap().status, Status::Done);
}

#[test]
fn the_dashboard_lets_the_lock_go_after_each_save() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    let mut t = TestDashboard::open(&path);
    select(&mut t, "JC2-11");
    t.type_keys("x");
    t.type_keys("<C-s>");
    assert!(t.app.is_saved(), "{:?}", t.app.session.status);
    Store::new(&path)
        .lock(LOCK_PURPOSE, Duration::ZERO)
        .expect("free again after the save");
}

/// Presses Tab until the form's focus is on `field`.
fn focus(t: &mut TestDashboard, field: Field) {
    for _ in 0..Field::FORM.len() {
        if t.app.view.mode.form().unwrap().focused() == field {
            return;
        }
        t.type_keys("<Tab>");
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
    let mut t = TestDashboard::open(&path);
    select(&mut t, "SC-01");
    let owners = t.app.doc.ledger().item("SC-01").unwrap().owners.clone();
    assert!(owners.contains(&"Ministry of Trade, Industry and Energy".to_owned()));
    t.type_keys("e");
    focus(&mut t, Field::Due);
    t.type_keys("<C-u>");
    t.type_keys("2026-12-10");
    t.type_keys("<Enter><C-s>");
    assert!(t.app.is_saved(), "{:?}", t.app.session.status);
    assert_eq!(t.app.doc.ledger().item("SC-01").unwrap().owners, owners);
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

#[test]
fn the_uncommitted_count_drops_when_the_ledger_is_committed_from_outside() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    // The repository is the sandbox itself: its home is not part of it.
    let repo = TestRepo::init(&s, ".");
    repo.git(&["add", "korea-mexico-sme.json"]);
    repo.git(&["commit", "-qm", "ledger"]);
    let mut t = TestDashboard::open(&path);
    // The repository moved, as the loop's watch says: the runner works the
    // count out in its thread, and what it reports is heard.
    let refresh = |t: &mut TestDashboard| {
        t.deliver(Action::GitMoved);
        t.hear();
    };
    refresh(&mut t);
    assert_eq!(t.app.uncommitted_count(), Some(0));
    assert!(!t.disk.git_moved(), "nothing moved yet");
    // An edit, saved (autosave): one item differs from the commit.
    t.app.options.autosave = true;
    select(&mut t, "JC2-11");
    t.type_keys("x");
    assert!(t.app.is_saved());
    refresh(&mut t);
    assert_eq!(t.app.uncommitted_count(), Some(1));
    assert!(
        !t.disk.git_moved(),
        "saving the ledger moves neither index nor HEAD"
    );
    // Committed from another terminal: the index and HEAD move, the watch
    // sees it, and the count worked out again drops.
    repo.git(&["commit", "-qam", "JC2-11 done"]);
    assert!(t.disk.git_moved(), "the commit is noticed");
    refresh(&mut t);
    assert_eq!(t.app.uncommitted_count(), Some(0));
    assert!(!t.disk.git_moved(), "noticed once");
}

#[test]
fn while_a_sync_runs_the_dashboard_stays_usable_and_q_quits_at_once_keeping_the_edits() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    let before = std::fs::read(&path).unwrap();
    let mut t = TestDashboard::open(&path);
    t.app.options.autosave = true;
    // `y`: the real runner starts the sync in its thread. Its report goes
    // to a channel nobody reads here: a sync that never reports back, as
    // one hanging on the network.
    assert_eq!(t.deliver(Action::Sync), Flow::Go);
    assert_eq!(t.app.session.syncing, Syncing::Running);
    // The dashboard stays usable: moves and edits work at once...
    select(&mut t, "JC2-11");
    t.type_keys("x");
    assert_eq!(
        t.app.doc.ledger().item("JC2-11").unwrap().status,
        Status::Done
    );
    // ...and no save waits on the sync: the file is the sync's until it ends.
    assert!(!t.app.is_saved());
    assert_eq!(std::fs::read(&path).unwrap(), before);
    t.type_keys("<C-s>");
    assert_eq!(
        t.app.session.status.as_ref().unwrap().msg,
        Msg::SaveAfterSync
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // `q` quits at once (no prompt, no save), the edits going to a
    // recovery file as on a signal.
    let mut quitting = t.app.clone();
    assert_eq!(
        update(&mut quitting, Action::Quit),
        vec![Effect::QuitKeepingEdits]
    );
    assert_eq!(t.deliver(Action::Quit), Flow::Quit(Ending::KeepingEdits));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn edits_made_while_a_sync_ran_are_saved_when_it_ends() {
    let s = Sandbox::new();
    let path = s.fixture("korea-mexico-sme.json");
    let mut t = TestDashboard::open(&path);
    t.app.options.autosave = true;
    t.deliver(Action::Sync);
    select(&mut t, "JC2-11");
    t.type_keys("x");
    assert!(!t.app.is_saved());
    // The sync reports back (as the loop hears it): the edit is saved now.
    t.deliver(Action::SyncEnded(Synced::Offline {
        remote: "origin".into(),
    }));
    assert_eq!(t.app.session.syncing, Syncing::Idle);
    assert!(t.app.is_saved(), "{:?}", t.app.session.status);
    let l = parse_ledger(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(l.item("JC2-11").unwrap().status, Status::Done);
}
