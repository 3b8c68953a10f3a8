//! Editing in the dashboard, driven by key presses through the keymap
//! against the app state: no terminal, no disk.

mod common;

use common::app::{TestApp, press_keys};
use common::tui::{d, draw, fixture, key, press, sel, status_text, today};
use followup::app::{Action, App, Effect, FieldProblem, Mode, Msg, OnDisk, Options, update};
use followup::base::dates::DateError;
use followup::ledger::{Field, Fingerprint, IdProblem, Item, Ledger, Rule, Status};
use followup::ops::Outcome;

fn app_on(ledger: Ledger, options: Options) -> App {
    TestApp::new()
        .ledger(ledger)
        .label("ledger.json")
        .options(options)
        .author("tester")
        .loaded()
        .build()
}

/// The fixture, loaded, autosave off: these tests look at unsaved state.
fn app() -> App {
    TestApp::new()
        .label("ledger.json")
        .manual()
        .author("tester")
        .loaded()
        .build()
}

/// Options with autosave off.
fn manual() -> Options {
    Options {
        autosave: false,
        ..Options::default()
    }
}

fn item<'a>(app: &'a App, id: &str) -> &'a Item {
    app.doc
        .ledger()
        .item(id)
        .unwrap_or_else(|| panic!("no {id}"))
}

/// Selects the item with this id by searching for it.
fn find(app: &mut App, id: &str) {
    press_keys(app, &format!("/{id}<Enter>"));
    assert_eq!(sel(app).id, id);
}

/// Focuses a form field by pressing Tab.
fn focus(app: &mut App, field: Field) {
    for _ in 0..Field::FORM.len() {
        if app.view.mode.form().unwrap().focused() == field {
            return;
        }
        press_keys(app, "<Tab>");
    }
    panic!("no field {field:?}");
}

/// Empties the focused field.
fn clear(app: &mut App) {
    press_keys(app, "<End>");
    for _ in 0..80 {
        press_keys(app, "<BS>");
    }
}

#[test]
fn status_keys_cycle_and_undo_redo_say_what_they_did() {
    let mut a = app();
    let before = sel(&a).clone();
    assert_eq!(before.id, "JC3-04");
    assert_eq!(before.status, Status::InProgress);
    press_keys(&mut a, "sb");
    assert_eq!(sel(&a).status, Status::Blocked);
    assert_eq!(sel(&a).updated, Some(today()), "an edit sets updated");
    assert_eq!(status_text(&a), "JC3-04: in progress → blocked");
    assert!(!a.is_saved());
    press_keys(&mut a, "S");
    press_keys(&mut a, "S");
    assert_eq!(item(&a, "JC3-04").status, Status::Open);
    press_keys(&mut a, "x");
    assert_eq!(item(&a, "JC3-04").status, Status::Done);
    assert_eq!(a.doc.history.undo_len(), 4);

    press_keys(&mut a, "u");
    assert_eq!(status_text(&a), "undone: JC3-04: open → done");
    assert_eq!(item(&a, "JC3-04").status, Status::Open);
    press_keys(&mut a, "uuu");
    assert_eq!(
        item(&a, "JC3-04"),
        &before,
        "undone back to the loaded item"
    );
    assert!(a.is_saved(), "back at the saved state");
    press_keys(&mut a, "u");
    assert_eq!(status_text(&a), "nothing to undo");

    press_keys(&mut a, "<C-r><C-r>");
    assert_eq!(status_text(&a), "redone: JC3-04: blocked → in progress");
    assert_eq!(item(&a, "JC3-04").status, Status::InProgress);
    assert!(!a.is_saved(), "updated differs from the file");
    press_keys(&mut a, "<C-r><C-r>");
    assert_eq!(item(&a, "JC3-04").status, Status::Done);
    press_keys(&mut a, "<C-r>");
    assert_eq!(status_text(&a), "nothing to redo");
    // A new edit after undo drops the redo branch.
    press_keys(&mut a, "uusb");
    assert_eq!(a.doc.history.redo_len(), 0);
    assert_eq!(item(&a, "JC3-04").status, Status::Blocked);
    assert_eq!(a.index.stats.by_status.iter().sum::<usize>(), 18);
}

#[test]
fn add_form_proposes_an_id_validates_inline_and_refuses_enter_while_invalid() {
    let mut a = app();
    let n = a.doc.ledger().items.len();
    press_keys(&mut a, "a");
    assert!(matches!(a.view.mode, Mode::Form(_)));
    let f = a.view.mode.form().unwrap();
    assert_eq!(
        f.text(Field::Id),
        "JC3-05",
        "next id in the ledger's scheme"
    );
    assert_eq!(f.focused(), Field::Title);
    assert_eq!(
        f.problem(Field::Title),
        Some(&FieldProblem::Rule(Rule::EmptyTitle))
    );

    press_keys(&mut a, "<Enter>");
    assert!(
        matches!(a.view.mode, Mode::Form(_)),
        "Enter is refused while invalid"
    );
    assert!(a.session.status.as_ref().unwrap().error);
    assert!(status_text(&a).contains("title"), "{}", status_text(&a));
    assert_eq!(a.doc.ledger().items.len(), n);

    press_keys(&mut a, "Draft the MoU annex");
    focus(&mut a, Field::Meeting);
    press_keys(&mut a, "JC9");
    let f = a.view.mode.form().unwrap();
    assert_eq!(
        f.problem(Field::Meeting),
        Some(&FieldProblem::Rule(Rule::UnknownMeeting("JC9".into())))
    );
    assert_eq!(
        f.text(Field::Id),
        "JC3-05",
        "the id follows only a meeting of the ledger, not half-typed text"
    );
    press_keys(&mut a, "<BS>2");
    let f = a.view.mode.form().unwrap();
    assert!(f.problem(Field::Meeting).is_none());
    assert_eq!(f.text(Field::Id), "JC2-13");

    focus(&mut a, Field::Due);
    press_keys(&mut a, "2026-02-30");
    let f = a.view.mode.form().unwrap();
    assert!(
        matches!(
            f.problem(Field::Due),
            Some(FieldProblem::Date(DateError::Impossible { .. }))
        ),
        "{:?}",
        f.problems
    );
    press_keys(&mut a, "<Enter>");
    assert!(matches!(a.view.mode, Mode::Form(_)));
    clear(&mut a);
    press_keys(&mut a, "+2w");
    assert_eq!(a.view.mode.form().unwrap().due, Some(d("2026-12-07")));

    focus(&mut a, Field::Id);
    clear(&mut a);
    press_keys(&mut a, "JC2-01");
    assert_eq!(
        a.view.mode.form().unwrap().problem(Field::Id),
        Some(&FieldProblem::Taken("JC2-01".into()))
    );
    press_keys(&mut a, "<BS><BS>42");
    assert!(
        a.view.mode.form().unwrap().is_valid(),
        "{:?}",
        a.view.mode.form().unwrap().problems
    );
    focus(&mut a, Field::Meeting);
    press_keys(&mut a, "<BS>3");
    assert_eq!(
        a.view.mode.form().unwrap().text(Field::Id),
        "JC2-42",
        "a typed id is kept when the meeting changes"
    );
    clear(&mut a);
    press_keys(&mut a, "JC2");

    focus(&mut a, Field::Status);
    press_keys(&mut a, "b");
    focus(&mut a, Field::Owners);
    press_keys(&mut a, "INADEM, SM<Right>");
    assert_eq!(
        a.view.mode.form().unwrap().text(Field::Owners),
        "INADEM, SMBA",
        "→ accepts the suggestion"
    );
    focus(&mut a, Field::Workstream);
    press_keys(&mut a, "gov<Right>");
    assert_eq!(
        a.view.mode.form().unwrap().text(Field::Workstream),
        "Governance"
    );
    press_keys(&mut a, "<Enter>");
    assert!(matches!(a.view.mode, Mode::Normal));
    assert_eq!(a.doc.ledger().items.len(), n + 1);
    let new = item(&a, "JC2-42").clone();
    assert_eq!(sel(&a).id, "JC2-42", "the new item is selected");
    assert_eq!(new.title, "Draft the MoU annex");
    assert_eq!(new.meeting, "JC2");
    assert_eq!(new.status, Status::Blocked);
    assert_eq!(new.owners, ["INADEM", "SMBA"]);
    assert_eq!(new.workstream, "Governance");
    assert_eq!(new.due, Some(d("2026-12-07")));
    // Agreed at JC2: opened the day of the meeting.
    let jc2 = a.doc.ledger().meeting("JC2").unwrap().date;
    assert_eq!((new.opened, new.updated), (jc2, Some(today())));
    assert_eq!(status_text(&a), "added JC2-42");
    press_keys(&mut a, "u");
    assert_eq!(a.doc.ledger().items.len(), n);
    assert_eq!(status_text(&a), "undone: added JC2-42");
    assert!(a.is_saved());
}

#[test]
fn a_cancelled_form_or_note_changes_nothing() {
    let mut a = app();
    let before = a.doc.ledger().clone();
    press_keys(&mut a, "e");
    assert!(matches!(a.view.mode, Mode::Form(_)));
    press_keys(&mut a, "<BS><BS>changed<Tab><Tab>xyz<Esc>");
    assert!(matches!(a.view.mode, Mode::Normal));
    assert!(a.view.mode.form().is_none());
    press_keys(&mut a, "a");
    press_keys(&mut a, "A title<Esc>");
    press_keys(&mut a, "c");
    press_keys(&mut a, "a note<Esc>");
    assert_eq!(*a.doc.ledger(), before);
    assert_eq!(a.doc.history.undo_len(), 0);
    assert!(a.is_saved());
    // Confirming an edit form without changes records nothing either.
    press_keys(&mut a, "e<Enter>");
    assert_eq!(status_text(&a), "JC3-04: no change");
    assert_eq!(a.doc.history.undo_len(), 0);
}

#[test]
fn moving_a_deadline_keeps_the_old_one_and_says_how_often_it_slipped() {
    let mut a = app();
    let it = sel(&a).clone();
    assert_eq!(it.id, "JC3-04");
    assert_eq!(it.due_history.len(), 1);
    press_keys(&mut a, "e");
    focus(&mut a, Field::Due);
    clear(&mut a);
    press_keys(&mut a, "+2w<Enter>");
    let now = item(&a, "JC3-04");
    assert_eq!(now.due, Some(d("2026-12-07")));
    assert_eq!(now.due_history.len(), 2);
    assert_eq!(now.due_history[1], it.due.unwrap());
    // The cursor stays on its row; the line says where the item went.
    assert_eq!(
        status_text(&a),
        format!(
            "JC3-04: due 2026-12-07 (postponed; moved 2 times, first agreed {}) — moved to row 7",
            followup::base::dates::format_date(it.due_history[0])
        )
    );
    press_keys(&mut a, "u");
    assert_eq!(item(&a, "JC3-04"), &it, "undo restores due and due_history");
    assert!(status_text(&a).starts_with("undone: JC3-04: due 2026-12-07"));
}

#[test]
fn editing_the_id_refuses_a_duplicate() {
    let mut a = app();
    press_keys(&mut a, "e");
    focus(&mut a, Field::Id);
    clear(&mut a);
    press_keys(&mut a, "JC2-01<Enter>");
    assert!(matches!(a.view.mode, Mode::Form(_)));
    assert_eq!(
        a.view.mode.form().unwrap().problem(Field::Id),
        Some(&FieldProblem::Taken("JC2-01".into()))
    );
    clear(&mut a);
    press_keys(&mut a, "<Enter>");
    assert_eq!(
        a.view.mode.form().unwrap().problem(Field::Id),
        Some(&FieldProblem::Rule(Rule::BadId(IdProblem::Empty)))
    );
    press_keys(&mut a, "JC3-04<Enter>");
    assert!(
        matches!(a.view.mode, Mode::Normal),
        "its own id is not a duplicate"
    );
}

#[test]
fn a_note_gets_today_and_the_author_and_may_span_lines() {
    let mut a = app();
    let n = sel(&a).notes.len();
    press_keys(&mut a, "c<Enter>");
    assert!(
        matches!(a.view.mode, Mode::Note(_)),
        "an empty note is refused"
    );
    assert!(a.session.status.as_ref().unwrap().error);
    press_keys(&mut a, "Signed in Seoul.");
    press(
        &mut a,
        crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::Enter,
            crossterm::event::KeyModifiers::ALT,
        ),
    );
    press_keys(&mut a, "Copies to <C-w>");
    update(&mut a, Action::Paste("both ministries 한국\r\n".into()));
    press_keys(&mut a, "<Enter>");
    assert!(matches!(a.view.mode, Mode::Normal));
    let it = item(&a, "JC3-04");
    assert_eq!(it.notes.len(), n + 1);
    let note = it.notes.last().unwrap();
    assert_eq!(note.date, today());
    assert_eq!(note.author, "tester");
    assert_eq!(note.text, "Signed in Seoul.\nCopies both ministries 한국");
    assert_eq!(status_text(&a), "JC3-04: note added");
    press_keys(&mut a, "u");
    assert_eq!(item(&a, "JC3-04").notes.len(), n);
}

#[test]
fn delete_asks_first_naming_the_item_and_undo_puts_it_back() {
    let mut a = app();
    let n = a.doc.ledger().items.len();
    let at = a.selected_item().unwrap();
    press_keys(&mut a, "D");
    assert!(matches!(a.view.mode, Mode::ConfirmDelete(i) if i == at));
    press_keys(&mut a, "n");
    assert_eq!(a.doc.ledger().items.len(), n);
    press_keys(&mut a, "D<Esc>");
    assert_eq!(a.doc.ledger().items.len(), n);
    press_keys(&mut a, "Dy");
    assert_eq!(a.doc.ledger().items.len(), n - 1);
    assert!(a.doc.ledger().item("JC3-04").is_none());
    assert!(status_text(&a).starts_with("deleted JC3-04 “Circulate"));
    assert_eq!(a.view.rows.len(), n - 1);
    assert!(a.selected_item().is_some(), "a neighbour is selected");
    press_keys(&mut a, "u");
    assert_eq!(a.doc.ledger().items[at].id, "JC3-04", "back at its place");
    assert_eq!(sel(&a).id, "JC3-04");
    press_keys(&mut a, "<C-r>");
    assert!(a.doc.ledger().item("JC3-04").is_none());
}

#[test]
fn quit_with_unsaved_edits_asks_save_discard_or_cancel() {
    let mut a = app();
    assert_eq!(
        press(&mut a, key("q")),
        vec!(Effect::Quit),
        "nothing unsaved"
    );
    press_keys(&mut a, "sb");
    press_keys(&mut a, "q");
    assert!(matches!(a.view.mode, Mode::QuitPrompt));
    press_keys(&mut a, "<Esc>");
    assert!(matches!(a.view.mode, Mode::Normal));
    press_keys(&mut a, "qc");
    assert!(matches!(a.view.mode, Mode::Normal));
    press_keys(&mut a, "q");
    assert_eq!(press(&mut a, key("d")), vec!(Effect::Quit));

    // Save and quit: quits only once the save succeeded.
    let mut a = app();
    press_keys(&mut a, "sbq");
    assert_eq!(press(&mut a, key("s")), vec!(Effect::Save));
    let full = followup::ledger::Error::Io {
        path: "ledger.json".into(),
        what: followup::ledger::IoStep::Write,
        source: std::io::Error::from_raw_os_error(28),
    };
    let why = followup::app::SaveFailure::Store(followup::app::StoreError::new(full));
    assert_eq!(update(&mut a, Action::SaveFailed(why)), vec![]);
    assert!(
        status_text(&a).contains("not saved: "),
        "{}",
        status_text(&a)
    );
    assert!(status_text(&a).contains("the disk is full"));
    assert!(!a.is_saved(), "the edit is kept");
    assert_eq!(item(&a, "JC3-04").status, Status::Blocked);
    press_keys(&mut a, "q");
    assert_eq!(press(&mut a, key("s")), vec!(Effect::Save));
    let fp = Fingerprint::of(b"new");
    assert_eq!(update(&mut a, Action::Saved(fp)), vec!(Effect::Quit));
    assert!(a.is_saved());
    assert_eq!(a.doc.fingerprint, Some(fp));
    // Ctrl-c twice also quits without saving.
    let mut a = app();
    press_keys(&mut a, "sb<C-c>");
    assert!(matches!(a.view.mode, Mode::QuitPrompt));
    assert_eq!(press(&mut a, key("<C-c>")), vec!(Effect::Quit));
}

#[test]
fn ctrl_s_saves_only_when_there_is_something_to_save() {
    let mut a = app();
    assert_eq!(press(&mut a, key("<C-s>")), vec![]);
    assert!(status_text(&a).contains("nothing to save"));
    press_keys(&mut a, "x");
    assert_eq!(press(&mut a, key("<C-s>")), vec!(Effect::Save));
    update(&mut a, Action::Saved(Fingerprint::of(b"x")));
    assert!(a.is_saved());
    assert_eq!(
        a.doc.base(),
        a.doc.ledger(),
        "the saved ledger is the new base"
    );
    press_keys(&mut a, "u");
    assert!(!a.is_saved(), "undo past a save leaves unsaved edits");
}

#[test]
fn autosave_saves_after_each_edit() {
    let options = Options {
        autosave: true,
        ..Options::default()
    };
    let mut a = app_on(fixture("korea-mexico-sme"), options);
    press_keys(&mut a, "s");
    assert_eq!(press(&mut a, key("b")), vec!(Effect::Save));
    update(&mut a, Action::Saved(Fingerprint::of(b"1")));
    assert_eq!(
        press(&mut a, key("u")),
        vec!(Effect::Save),
        "undo is an edit too"
    );
    press_keys(&mut a, "c");
    press_keys(&mut a, "hello");
    assert_eq!(press(&mut a, key("<Enter>")), vec!(Effect::Save));
}

#[test]
fn read_only_says_why_and_edits_nothing() {
    let mut a = TestApp::new()
        .label("l.json")
        .options(manual())
        .read_only(followup::app::Unwritable::File)
        .build();
    assert!(status_text(&a).contains("read-only: you cannot write to this file"));
    let before = a.doc.ledger().clone();
    for key in ["s", "x", "a", "e", "c", "D", "u"] {
        press_keys(&mut a, key);
        assert!(matches!(a.view.mode, Mode::Normal), "{key} opens nothing");
        assert!(
            status_text(&a).starts_with("editing is off — read-only: you cannot write"),
            "{key}: {}",
            status_text(&a)
        );
    }
    assert_eq!(press(&mut a, key("<C-s>")), vec![]);
    assert_eq!(*a.doc.ledger(), before);
}

fn on_disk(ledger: Ledger, tag: &[u8]) -> OnDisk {
    OnDisk {
        ledger: Box::new(ledger),
        fingerprint: Fingerprint::of(tag),
    }
}

#[test]
fn a_change_on_disk_reloads_silently_without_unsaved_edits() {
    let mut a = app();
    let mut theirs = a.doc.ledger().clone();
    theirs.item_mut("JC2-01").unwrap().status = Status::Done;
    let r = update(
        &mut a,
        Action::DiskChanged {
            disk: on_disk(theirs.clone(), b"theirs"),
            found: followup::app::FoundWhile::Watching,
        },
    );
    // Only the marks of uncommitted items are worked out again.
    assert_eq!(r, vec![Effect::RecountUncommitted]);
    assert!(matches!(a.view.mode, Mode::Normal));
    assert_eq!(*a.doc.ledger(), theirs);
    assert!(a.is_saved());
    assert_eq!(a.doc.fingerprint, Some(Fingerprint::of(b"theirs")));
    assert_eq!(status_text(&a), "reloaded: 1 item changed on disk");
    assert_eq!(sel(&a).id, "JC3-04", "the selection stays on its item");
}

#[test]
fn a_change_on_disk_with_unsaved_edits_offers_a_merge_that_keeps_both() {
    let mut a = app();
    press_keys(&mut a, "x"); // ours: JC3-04 done
    let mut theirs = a.doc.base().clone();
    theirs.item_mut("JC2-01").unwrap().status = Status::Done;
    update(
        &mut a,
        Action::DiskChanged {
            disk: on_disk(theirs.clone(), b"theirs"),
            found: followup::app::FoundWhile::Watching,
        },
    );
    assert!(matches!(a.view.mode, Mode::DiskPrompt));
    // Later: nothing changes until asked.
    press_keys(&mut a, "<Esc>");
    assert!(matches!(a.view.mode, Mode::Normal));
    assert!(a.doc.disk.is_some());
    assert_eq!(item(&a, "JC2-01").status, Status::InProgress);
    // Ctrl-s merges first and saves the clean result.
    assert_eq!(press(&mut a, key("<C-s>")), vec!(Effect::Save));
    assert_eq!(item(&a, "JC2-01").status, Status::Done, "theirs kept");
    assert_eq!(item(&a, "JC3-04").status, Status::Done, "ours kept");
    assert_eq!(*a.doc.base(), theirs);
    assert_eq!(a.doc.fingerprint, Some(Fingerprint::of(b"theirs")));
    assert!(status_text(&a).starts_with("merged: 1 item changed on disk"));
    // The merge is undoable like any edit.
    press_keys(&mut a, "u");
    assert_eq!(item(&a, "JC2-01").status, Status::InProgress);
    assert!(status_text(&a).contains("merge"));

    // The prompt's `m` merges without saving.
    let mut a = app();
    press_keys(&mut a, "x");
    update(
        &mut a,
        Action::DiskChanged {
            disk: on_disk(theirs.clone(), b"theirs"),
            found: followup::app::FoundWhile::Watching,
        },
    );
    assert_eq!(press(&mut a, key("m")), vec![]);
    assert_eq!(item(&a, "JC2-01").status, Status::Done);
    assert_eq!(item(&a, "JC3-04").status, Status::Done);
    assert!(!a.is_saved());
    // `r` instead reloads theirs, dropping ours (undoable).
    let mut a = app();
    press_keys(&mut a, "x");
    update(
        &mut a,
        Action::DiskChanged {
            disk: on_disk(theirs.clone(), b"theirs"),
            found: followup::app::FoundWhile::Watching,
        },
    );
    press_keys(&mut a, "r");
    assert_eq!(*a.doc.ledger(), theirs);
    assert!(a.is_saved());
    press_keys(&mut a, "u");
    assert_eq!(item(&a, "JC3-04").status, Status::Done, "ours is back");
    assert!(!a.is_saved());
}

#[test]
fn a_save_that_finds_the_file_changed_merges_and_saves_again() {
    let mut a = app();
    press_keys(&mut a, "x");
    assert_eq!(press(&mut a, key("<C-s>")), vec!(Effect::Save));
    let mut theirs = a.doc.base().clone();
    theirs
        .item_mut("JC2-05")
        .unwrap()
        .owners
        .push("KOTRA".into());
    let r = update(
        &mut a,
        Action::DiskChanged {
            disk: on_disk(theirs, b"theirs"),
            found: followup::app::FoundWhile::Saving,
        },
    );
    assert_eq!(r, vec!(Effect::Save), "a clean merge is saved at once");
    assert!(item(&a, "JC2-05").owners.contains(&"KOTRA".to_owned()));
    assert_eq!(item(&a, "JC3-04").status, Status::Done);
}

#[test]
fn the_none_workstream_filter_keeps_only_items_without_one() {
    let mut l = fixture("korea-mexico-sme");
    l.items[0].workstream.clear();
    let mut a = app_on(l, manual());
    update(&mut a, Action::FilterMenu);
    update(
        &mut a,
        Action::FilterBy(followup::app::FilterKind::Workstream),
    );
    // The choices are "(any)", then the workstreams, sorted: "" first.
    assert_eq!(a.index.workstreams[0], "");
    update(&mut a, Action::Move(1));
    update(&mut a, Action::Pick);
    assert_eq!(a.view.shown, 1, "only the item without a workstream");
    assert_eq!(a.view.filter.workstream.as_deref(), Some(""));
}

#[test]
fn a_name_picked_from_the_filter_list_keeps_that_name_only() {
    // "SMBA" is a part of "SMBA liaison": typed after `--owner` or in the
    // search it finds both, but picked from the list it means that one.
    let mut l = fixture("korea-mexico-sme");
    l.items[0].workstream = "SMBA".into();
    l.items[1].workstream = "SMBA liaison".into();
    l.items[0].owners = vec!["Kia".into()];
    l.items[1].owners = vec!["Kia Motors".into()];
    for kind in [
        followup::app::FilterKind::Workstream,
        followup::app::FilterKind::Owner,
    ] {
        let mut a = app_on(l.clone(), manual());
        update(&mut a, Action::FilterMenu);
        update(&mut a, Action::FilterBy(kind));
        let (names, picked) = match kind {
            followup::app::FilterKind::Owner => (&a.index.owners, "Kia"),
            _ => (&a.index.workstreams, "SMBA"),
        };
        let at = names.iter().position(|n| n == picked).unwrap();
        update(&mut a, Action::Move(at as i32 + 1));
        update(&mut a, Action::Pick);
        assert_eq!(
            a.view.shown, 1,
            "{kind:?}: only {picked}, not its longer namesakes"
        );
    }
}

/// Selects the item with this id by searching for it.
const MOTIE: &str = "Ministry of Trade, Industry and Energy";

#[test]
fn typed_owners_keep_a_known_name_with_a_comma_whole() {
    let mut a = app_on(fixture("apec-supply-chains-2025"), manual());
    find(&mut a, "SC-02");
    assert!(!sel(&a).owners.iter().any(|o| o == MOTIE));
    press_keys(&mut a, "e");
    focus(&mut a, Field::Owners);
    press_keys(&mut a, "<C-u>");
    assert_eq!(a.view.mode.form().unwrap().text(Field::Owners), "");
    // An empty entry is refused, not dropped: the form stays open and says so.
    press_keys(&mut a, &format!("KOTRA, {MOTIE},  ,KOTRA<Enter>"));
    let form = a.view.mode.form().expect("refused with an empty entry");
    assert!(
        form.problem(Field::Owners)
            .is_some_and(|p| *p == FieldProblem::EmptyEntry),
        "{:?}",
        form.problems
    );
    press_keys(&mut a, &format!("<C-u>KOTRA, {MOTIE}, KOTRA<Enter>"));
    assert_eq!(sel(&a).owners, ["KOTRA", MOTIE]);

    // Completing after the comma inside the name offers the whole name,
    // and accepting it replaces what was typed of it.
    press_keys(&mut a, "e");
    focus(&mut a, Field::Owners);
    press_keys(
        &mut a,
        "<C-u>Secretaría de Economía, Ministry of Trade, Ind",
    );
    let form = a.view.mode.form().unwrap();
    assert_eq!(form.suggestion(&a.form_source()), Some(MOTIE));
    press_keys(&mut a, "<Right><Enter>");
    assert_eq!(sel(&a).owners, ["Secretaría de Economía", MOTIE]);
}

#[test]
fn a_form_edit_changes_only_the_fields_that_were_changed() {
    let mut l = fixture("korea-mexico-sme");
    {
        let it = l.item_mut("JC3-04").unwrap();
        it.title = "  Circulate the minutes  ".into();
        it.workstream = "Governance ".into();
        it.owners = vec![MOTIE.into(), " SMBA".into()];
        it.tags = vec!["a, b".into()];
    }
    let mut a = app_on(l, manual());
    find(&mut a, "JC3-04");
    let before = sel(&a).clone();
    press_keys(&mut a, "e");
    focus(&mut a, Field::Due);
    press_keys(&mut a, "<C-u>+2w<Enter>");
    let after = item(&a, "JC3-04").clone();
    assert_eq!(after.due, Some(d("2026-12-07")));
    let mut expected = before.clone();
    expected.set_due(after.due);
    expected.updated = Some(today());
    assert_eq!(after, expected, "only the deadline (and updated) changed");

    // Typing into a field normalises that field only.
    find(&mut a, "JC3-04");
    press_keys(&mut a, "e");
    focus(&mut a, Field::Workstream);
    press_keys(&mut a, "<C-u> Trade <Enter>");
    let now = sel(&a).clone();
    assert_eq!(now.workstream, "Trade");
    assert_eq!(now.title, before.title);
    assert_eq!(now.owners, before.owners);
    assert_eq!(now.tags, before.tags);
}

#[test]
fn ctrl_u_clears_a_form_field_and_u_still_undoes_outside_forms() {
    let mut a = app();
    let title = sel(&a).title.clone();
    press_keys(&mut a, "e");
    focus(&mut a, Field::Title);
    press_keys(&mut a, "<C-u>");
    let form = a.view.mode.form().unwrap();
    assert_eq!(form.text(Field::Title), "");
    assert!(form.problem(Field::Title).is_some(), "a title is required");
    press_keys(&mut a, "New title u");
    assert_eq!(
        a.view.mode.form().unwrap().text(Field::Title),
        "New title u",
        "u types in a field"
    );
    press_keys(&mut a, "<Esc>");
    assert_eq!(sel(&a).title, title);
    // In the note box, Ctrl-u clears the line the cursor is on.
    press_keys(&mut a, "cfirst<C-j>second<C-u>");
    assert_eq!(a.view.mode.note().unwrap().value(), "first");
    press_keys(&mut a, "<Esc>");
    // Outside forms, u undoes.
    let id = sel(&a).id.clone();
    press_keys(&mut a, "x");
    assert_eq!(item(&a, &id).status, Status::Done);
    press_keys(&mut a, "u");
    assert_eq!(item(&a, &id).status, Status::InProgress);
}

#[test]
fn the_quit_prompt_counts_the_edits_since_the_last_save() {
    let mut a = app();
    press_keys(&mut a, "sbsisbsi");
    update(&mut a, Action::Saved(Fingerprint::of(b"saved")));
    assert_eq!(a.doc.history.unsaved_len(), Some(0));
    press_keys(&mut a, "sb");
    assert_eq!(a.doc.history.unsaved_len(), Some(1));
    press_keys(&mut a, "uu");
    assert_eq!(
        a.doc.history.unsaved_len(),
        Some(1),
        "one undo past the save"
    );
    press_keys(&mut a, "q");
    assert!(matches!(a.view.mode, Mode::QuitPrompt));
}

#[test]
fn j_and_k_move_the_selection_in_the_timeline() {
    let mut a = app();
    press_keys(&mut a, "t");
    let first = a.selected_item();
    press_keys(&mut a, "j");
    assert_ne!(a.selected_item(), first, "j moves the selected item");
    press_keys(&mut a, "k");
    assert_eq!(a.selected_item(), first);
    press_keys(&mut a, "G");
    let (rows, _) = a.timeline_rows();
    let last = rows[a.index.item_workstream[a.selected_item().unwrap()]];
    let height = a.areas(a.view.size).timeline_rows();
    let skip = a.timeline_skip(height);
    assert!(
        last >= skip && last < skip + height,
        "the selection is on view"
    );
}

#[test]
fn a_paste_goes_to_the_deadline_prompt_and_nowhere_when_no_field_is_open() {
    let mut a = app();
    find(&mut a, "JC2-11");
    // Nothing open: a paste is nothing.
    assert_eq!(update(&mut a, Action::Paste("+1m".into())), vec![]);
    assert!(a.view.mode.is_normal());
    press_keys(&mut a, "d");
    assert_eq!(update(&mut a, Action::Paste("+1m".into())), vec![]);
    assert_eq!(a.view.mode.due().unwrap().date, Some(d("2026-12-23")));
    press_keys(&mut a, "<Enter>");
    let item = a.doc.ledger().item("JC2-11").unwrap();
    assert_eq!(item.due, Some(d("2026-12-23")));
}

#[test]
fn d_moves_a_deadline_from_one_prompt_previewing_the_weekday() {
    let mut a = app();
    find(&mut a, "JC2-11");
    assert_eq!(sel(&a).due, Some(d("2026-11-25")));
    press_keys(&mut a, "d");
    assert!(matches!(a.view.mode, Mode::Due(_)));
    // Nothing typed: Enter asks for a date.
    press_keys(&mut a, "<Enter>");
    assert!(matches!(a.view.mode, Mode::Due(_)));
    assert_eq!(a.session.status.as_ref().unwrap().msg, Msg::DueNeeded);
    // `+1m` lands on a Wednesday; the preview says so before Enter.
    press_keys(&mut a, "+1m");
    assert_eq!(a.view.mode.due().unwrap().date, Some(d("2026-12-23")));
    let screen = draw(&a).backend().to_string();
    assert!(screen.contains("→ Wed 2026-12-23 (in 4w)"), "{screen}");
    assert!(screen.contains("moved once"), "{screen}");
    // Not a date: shown, and Enter refuses it.
    press_keys(&mut a, "<C-u>next month");
    assert!(a.view.mode.due().unwrap().problem.is_some());
    press_keys(&mut a, "<Enter>");
    assert!(matches!(
        a.session.status.as_ref().unwrap().msg,
        Msg::DueInvalid(DateError::Unrecognised { .. })
    ));
    press_keys(&mut a, "<C-u>fri<Enter>");
    assert!(matches!(a.view.mode, Mode::Normal));
    let it = item(&a, "JC2-11");
    assert_eq!(it.due, Some(d("2026-11-27")));
    assert_eq!(
        it.due_history,
        [d("2026-11-25")],
        "the old deadline is kept"
    );
    // The cursor stayed on its row: the line says where the item went.
    let Some(Msg::Moved { what, .. }) = a.session.status.as_ref().map(|s| s.msg.clone()) else {
        panic!("{:?}", a.session.status)
    };
    let Msg::Did(outcomes) = *what else {
        panic!("{what:?}")
    };
    assert_eq!(
        outcomes,
        [Outcome::DueMoved {
            id: "JC2-11".into(),
            from: Some(d("2026-11-25")),
            to: Some(d("2026-11-27")),
            slips: 1,
            first: Some(d("2026-11-25")),
        }]
    );
    // A second slip counts two; undo takes one back.
    find(&mut a, "JC2-11");
    press_keys(&mut a, "d+1w<Enter>");
    assert_eq!(item(&a, "JC2-11").due_history.len(), 2);
    assert!(
        status_text(&a).contains("moved 2 times"),
        "{}",
        status_text(&a)
    );
    press_keys(&mut a, "u");
    assert_eq!(item(&a, "JC2-11").due, Some(d("2026-11-27")));
    // Esc leaves the deadline alone.
    press_keys(&mut a, "d+2w<Esc>");
    assert!(matches!(a.view.mode, Mode::Normal));
    assert_eq!(item(&a, "JC2-11").due, Some(d("2026-11-27")));
}

#[test]
fn d_works_in_the_detail_pane_and_in_review_mode() {
    let mut a = app();
    find(&mut a, "JC2-11");
    press_keys(&mut a, "<Tab>d+2w<Enter>");
    assert_eq!(item(&a, "JC2-11").due, Some(d("2026-12-07")));
    press_keys(&mut a, "<Esc>");
    assert_eq!(
        press(&mut a, key("r")),
        vec!(Effect::SinceReview(d("2026-11-16"))),
        "review mode asks git what changed since the last review"
    );
    let id = sel(&a).id.clone();
    let before = sel(&a).due_history.len();
    press_keys(&mut a, "dtomorrow<Enter>");
    assert_eq!(item(&a, &id).due, Some(d("2026-11-24")));
    assert_eq!(item(&a, &id).due_history.len(), before + 1);
}

#[test]
fn s_opens_a_status_picker_with_one_key_per_status() {
    let mut a = app();
    find(&mut a, "JC2-11");
    for (key, status) in [
        ("b", Status::Blocked),
        ("i", Status::InProgress),
        ("x", Status::Done),
        ("d", Status::Dropped),
        ("o", Status::Open),
    ] {
        find(&mut a, "JC2-11");
        press_keys(&mut a, "s");
        assert!(matches!(a.view.mode, Mode::StatusPick));
        press_keys(&mut a, key);
        assert!(matches!(a.view.mode, Mode::Normal));
        assert_eq!(item(&a, "JC2-11").status, status, "s{key}");
    }
    // The picker shows its keys; Esc changes nothing.
    find(&mut a, "JC2-11");
    press_keys(&mut a, "s");
    let screen = draw(&a).backend().to_string();
    for line in [
        "o ○ open",
        "i ◐ in progress",
        "b ⊘ blocked",
        "x ● done",
        "d × dropped",
    ] {
        assert!(screen.contains(line), "{line}\n{screen}");
    }
    press_keys(&mut a, "<Esc>");
    assert_eq!(item(&a, "JC2-11").status, Status::Open);
    // x marks done at once, S steps back one status.
    press_keys(&mut a, "x");
    assert_eq!(item(&a, "JC2-11").status, Status::Done);
    find(&mut a, "JC2-11");
    press_keys(&mut a, "S");
    assert_eq!(item(&a, "JC2-11").status, Status::Blocked);
}

#[test]
fn with_autosave_every_edit_and_undo_is_saved_and_undo_crosses_saves() {
    let mut a = app_on(fixture("korea-mexico-sme"), Options::default());
    assert!(a.options.autosave, "on by default");
    let before = sel(&a).clone();
    press_keys(&mut a, "s");
    assert_eq!(press(&mut a, key("b")), vec!(Effect::Save));
    update(&mut a, Action::Saved(Fingerprint::of(b"1")));
    assert_eq!(press(&mut a, key("x")), vec!(Effect::Save));
    update(&mut a, Action::Saved(Fingerprint::of(b"2")));
    assert!(a.is_saved());
    // The bottom line still says what the edit did (and where the item
    // went), not "saved".
    assert_eq!(status_text(&a), "JC3-04: blocked → done — moved to row 18");
    // Undo goes back past both saves, each undo saved in turn.
    assert_eq!(press(&mut a, key("u")), vec!(Effect::Save));
    update(&mut a, Action::Saved(Fingerprint::of(b"3")));
    assert_eq!(press(&mut a, key("u")), vec!(Effect::Save));
    update(&mut a, Action::Saved(Fingerprint::of(b"4")));
    assert_eq!(sel(&a), &before);
    assert!(
        status_text(&a).starts_with("undone: JC3-04"),
        "{}",
        status_text(&a)
    );
    // And redo comes forward again, saved.
    assert_eq!(press(&mut a, key("<C-r>")), vec!(Effect::Save));
    assert_eq!(item(&a, "JC3-04").status, Status::Blocked);
}

#[test]
fn a_status_typed_as_a_word_in_the_form_is_read_as_set_reads_it() {
    use followup::base::lang::Lang;
    // Letter by letter, `concluida` passes through `d` (dropped, as a key):
    // the status shown and saved is what the whole word says.
    for (lang, typed, want) in [
        (Lang::Es, "concluida", Status::Done),
        (Lang::Es, "terminado", Status::Done),
        (Lang::Es, "en proceso", Status::InProgress),
        (Lang::Es, "bloqueada", Status::Blocked),
        (Lang::Es, "cancelado", Status::Dropped),
        (Lang::Ko, "완료", Status::Done),
        (Lang::Ko, "진행중", Status::InProgress),
        (Lang::En, "done", Status::Done),
        (Lang::En, "x", Status::Done),
        (Lang::En, "d", Status::Dropped),
    ] {
        let mut a = TestApp::new().lang(lang).manual().build();
        find(&mut a, "JC2-11");
        press_keys(&mut a, "e");
        focus(&mut a, Field::Status);
        press_keys(&mut a, typed);
        assert_eq!(a.view.mode.form().unwrap().status, want, "{lang:?} {typed}");
        press_keys(&mut a, "<Enter>");
        assert_eq!(item(&a, "JC2-11").status, want, "{lang:?} {typed} saved");
    }
    // A word being typed that is no status yet leaves the status as it was;
    // ← → still step through them and start the word afresh.
    let mut a = TestApp::new().lang(Lang::Es).manual().build();
    find(&mut a, "JC2-11");
    press_keys(&mut a, "e");
    focus(&mut a, Field::Status);
    let before = a.view.mode.form().unwrap().status;
    press_keys(&mut a, "quiz");
    assert_eq!(a.view.mode.form().unwrap().status, before);
    press_keys(&mut a, "<Right>");
    assert_eq!(a.view.mode.form().unwrap().status, before.next());
    assert_eq!(a.view.mode.form().unwrap().text(Field::Status), "");
}
