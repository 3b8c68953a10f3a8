//! The weekly review in the dashboard (review mode, recording the review),
//! merge conflicts settled from the dashboard, and the marks of items not
//! yet committed in git: key presses against the app state, screens drawn
//! into ratatui's `TestBackend`.

mod common;

use common::app::{TestApp, press_keys};
use common::tui::{d, draw, sel, status_text, today};
use common::{Sandbox, TestRepo};
use followup::app::{Action, App, Effect, Mode, Scope, update};
use followup::ledger::{Fingerprint, Item, Ledger, Status, merge, parse_ledger};
use std::collections::HashSet;

fn fixture() -> Ledger {
    common::tui::fixture("korea-mexico-sme")
}

fn app_on(ledger: Ledger, size: (u16, u16)) -> App {
    TestApp::new()
        .ledger(ledger)
        .author("tester")
        .loaded()
        .size(size.0, size.1)
        .build()
}

fn app() -> App {
    TestApp::new().author("tester").loaded().build()
}

fn screen(app: &App) -> String {
    let t = draw(app);
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn agenda_ids(app: &App) -> Vec<String> {
    let r = app.view.review.as_ref().expect("review mode");
    r.entries.iter().map(|e| e.id.clone()).collect()
}

#[test]
fn review_mode_steps_through_the_agenda_in_sections() {
    let mut a = app();
    press_keys(&mut a, "r");
    assert_eq!(a.scope(), Scope::Review);
    assert_eq!(
        agenda_ids(&a),
        [
            "JC3-04", "JC2-03", "JC2-09", "JC2-05", "JC2-11", "JC2-01", "JC2-08", "JC3-02",
            "JC2-02", "JC2-06"
        ]
    );
    assert_eq!(sel(&a).id, "JC3-04");
    assert!(status_text(&a).contains("10 items on the agenda"));
    press_keys(&mut a, "nnn");
    assert_eq!(sel(&a).id, "JC2-05", "n steps across sections");
    press_keys(&mut a, "jk");
    assert_eq!(sel(&a).id, "JC2-05");
    press_keys(&mut a, "p");
    assert_eq!(sel(&a).id, "JC2-09");
    press_keys(&mut a, "G");
    assert_eq!(sel(&a).id, "JC2-06");
    press_keys(&mut a, "n");
    assert_eq!(sel(&a).id, "JC2-06", "stops at the end");
    press_keys(&mut a, "g");
    assert_eq!(sel(&a).id, "JC3-04");
    // Esc leaves, the table keeps the last item discussed selected.
    press_keys(&mut a, "nn<Esc>");
    assert_eq!(a.scope(), Scope::Table);
    assert!(a.view.review.is_none());
    assert_eq!(sel(&a).id, "JC2-09");
}

#[test]
fn the_agenda_stays_put_while_items_are_edited_from_it() {
    let mut a = app();
    press_keys(&mut a, "rnn");
    assert_eq!(sel(&a).id, "JC2-09");
    press_keys(&mut a, "x");
    assert_eq!(
        sel(&a).status,
        Status::Done,
        "x marks the current item done"
    );
    assert_eq!(sel(&a).id, "JC2-09", "and it stays under the cursor");
    assert_eq!(agenda_ids(&a).len(), 10);
    // The due date moves with the same date forms as the table's form.
    press_keys(&mut a, "n");
    assert_eq!(sel(&a).id, "JC2-05");
    press_keys(&mut a, "e");
    assert!(matches!(a.view.mode, Mode::Form(_)));
    for _ in 0..4 {
        press_keys(&mut a, "<Tab>");
    }
    press_keys(&mut a, "<End>");
    for _ in 0..12 {
        press_keys(&mut a, "<BS>");
    }
    press_keys(&mut a, "+2w<Enter>");
    assert_eq!(sel(&a).due, Some(d("2026-12-07")));
    assert_eq!(sel(&a).due_history.last(), Some(&d("2026-11-23")));
    assert!(
        status_text(&a).contains("moved 3 times"),
        "{}",
        status_text(&a)
    );
    // A note, then the status, from the agenda.
    press_keys(&mut a, "cExpert visits confirmed for January<Enter>");
    assert_eq!(
        sel(&a).notes.last().unwrap().text,
        "Expert visits confirmed for January"
    );
    press_keys(&mut a, "sb");
    assert_eq!(sel(&a).status, Status::Blocked);
    press_keys(&mut a, "u");
    assert_eq!(sel(&a).status, Status::InProgress, "u undoes");
    assert_eq!(agenda_ids(&a)[3], "JC2-05");
    // Deleting from the agenda leaves a struck-out entry that undo restores.
    press_keys(&mut a, "Dy");
    assert!(a.doc.ledger().item("JC2-05").is_none());
    assert!(a.view.review.as_ref().unwrap().entries[3].gone);
    assert!(screen(&a).contains("JC2-05  (deleted)"));
    press_keys(&mut a, "n");
    assert_eq!(sel(&a).id, "JC2-11", "indices follow the removal");
    press_keys(&mut a, "pu");
    assert_eq!(sel(&a).id, "JC2-05", "undo brings it back under the cursor");
    assert_eq!(
        a.doc.ledger().items[a.view.review.as_ref().unwrap().entries[4].index].id,
        "JC2-11"
    );
    assert_eq!(press_keys(&mut a, "<C-s>"), vec!(Effect::Save));
}

#[test]
fn a_paste_goes_to_the_focused_field_of_the_review_form() {
    let mut a = app();
    press_keys(&mut a, "rnx");
    press_keys(&mut a, "R");
    press_keys(&mut a, "<Tab>");
    update(&mut a, Action::Paste("pasted\nnotes".into()));
    let form = a.view.mode.review_form().unwrap();
    assert_eq!(
        form.text(followup::app::ReviewField::Summary),
        "pasted notes"
    );
}

#[test]
fn finishing_the_review_records_it_with_remembered_attendees_and_saves() {
    let mut a = app();
    press_keys(&mut a, "rnx");
    press_keys(&mut a, "R");
    assert!(matches!(a.view.mode, Mode::ReviewForm(_)));
    let form = a.view.mode.review_form().unwrap();
    assert_eq!(
        form.text(followup::app::ReviewField::Attendees),
        "INADEM, SMBA",
        "the attendees of the latest review"
    );
    assert_eq!(form.text(followup::app::ReviewField::Date), "2026-11-23");
    press_keys(&mut a, "<Tab>Kia supplier shortlist done");
    let effect = press_keys(&mut a, "<Enter>");
    let commit = Effect::CommitReview {
        date: today(),
        attendees: vec!["INADEM".into(), "SMBA".into()],
    };
    assert_eq!(
        effect,
        vec!(Effect::Save, commit),
        "saved, then its own commit"
    );
    let r = a.doc.ledger().reviews.last().unwrap();
    assert_eq!(r.date, today());
    assert_eq!(r.attendees, ["INADEM", "SMBA"]);
    assert_eq!(r.summary, "Kia supplier shortlist done");
    assert_eq!(a.doc.ledger().last_review(), Some(today()));
    assert!(a.view.review.is_none(), "back to the table");
    update(&mut a, Action::Saved(Fingerprint::of(b"saved")));
    assert_eq!(
        status_text(&a),
        "review of 2026-11-23 recorded (INADEM, SMBA) and saved"
    );
    // "Changed since the last review" counts from this one now.
    press_keys(&mut a, "r");
    let r = a.view.review.as_ref().unwrap();
    assert!(
        r.entries
            .iter()
            .all(|e| e.section != followup::query::AgendaSection::Changed),
        "nothing changed after today's review"
    );
    press_keys(&mut a, "<Esc>");
    // Recording is undoable like any edit.
    press_keys(&mut a, "u");
    assert_eq!(a.doc.ledger().reviews.len(), 3);
    assert!(status_text(&a).contains("undone: review of 2026-11-23"));
}

#[test]
fn the_review_form_checks_the_date_and_esc_records_nothing() {
    let mut a = app();
    press_keys(&mut a, "rR");
    press_keys(&mut a, "<Tab><Tab><End>");
    for _ in 0..10 {
        press_keys(&mut a, "<BS>");
    }
    press_keys(&mut a, "2026-02-30");
    assert!(a.view.mode.review_form().unwrap().problem.is_some());
    assert_eq!(press_keys(&mut a, "<Enter>"), vec![]);
    assert!(status_text(&a).contains("cannot record yet"));
    press_keys(&mut a, "<Esc>");
    assert!(matches!(a.view.mode, Mode::Normal));
    assert_eq!(a.doc.ledger().reviews.len(), 3);
    assert!(a.view.review.is_some(), "still reviewing");
    // Another date form works too.
    press_keys(&mut a, "R<Tab><Tab><End>");
    for _ in 0..10 {
        press_keys(&mut a, "<BS>");
    }
    press_keys(&mut a, "-1d");
    let effects = press_keys(&mut a, "<Enter>");
    assert_eq!(effects[0], Effect::Save);
    assert!(matches!(effects[1], Effect::CommitReview { date, .. } if date == d("2026-11-22")));
    assert_eq!(a.doc.ledger().reviews.last().unwrap().date, d("2026-11-22"));
}

#[test]
fn review_screen_at_120x40() {
    let mut a = app();
    press_keys(&mut a, "rn");
    insta::assert_snapshot!(draw(&a).backend());
}

#[test]
fn review_screen_at_80x24() {
    let mut a = app_on(fixture(), (80, 24));
    press_keys(&mut a, "rnnx");
    insta::assert_snapshot!(draw(&a).backend());
}

#[test]
fn review_form_screen() {
    let mut a = app();
    press_keys(&mut a, "rR");
    insta::assert_snapshot!(draw(&a).backend());
}

/// A ledger merged from two sides that both changed JC2-11's status and
/// due date, one deleting JC2-02 that the other edited, and the committee's
/// name changed differently on both sides.
fn conflicted() -> Ledger {
    let base = fixture();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let o = ours.item_mut("JC2-11").unwrap();
    o.status = Status::InProgress;
    o.due = Some(d("2026-11-27"));
    let t = theirs.item_mut("JC2-11").unwrap();
    t.status = Status::Blocked;
    t.due = Some(d("2026-12-14"));
    ours.item_mut("JC2-02").unwrap().title = "Liaison (edited)".into();
    theirs.items.retain(|i| i.id != "JC2-02");
    ours.committee.name = "Korea–Mexico SME Committee".into();
    theirs.committee.name = "Mexico–Korea SME Committee".into();
    let m = merge(&base, &ours, &theirs);
    assert_eq!(m.conflicts, 4, "{:#?}", m.ledger.conflicts);
    m.ledger
}

#[test]
fn conflicts_show_in_the_table_the_header_and_the_detail_pane() {
    let mut a = app_on(conflicted(), (120, 40));
    assert_eq!(a.conflict_count(), 4);
    let s = screen(&a);
    assert!(s.contains("⚠ 4 conflicts (M)"), "{s}");
    assert!(s.contains("⚠ JC2-11"), "{s}");
    // M jumps to the first item with conflicts and lists them.
    press_keys(&mut a, "M");
    assert!(matches!(a.view.mode, Mode::Conflicts(0)));
    let s = screen(&a);
    assert!(s.contains("Merge conflicts"), "{s}");
    assert!(s.contains("the ledger itself"), "{s}");
    press_keys(&mut a, "<Esc>");
    assert!(matches!(a.view.mode, Mode::Normal));
    let item = sel(&a).id.clone();
    let s = screen(&a);
    assert!(s.contains("merge conflict"), "{s}");
    assert!(
        s.contains("ours") && s.contains("theirs"),
        "the detail pane lists both sides for {item}:\n{s}"
    );
}

#[test]
fn settling_conflicts_keeps_a_side_and_is_undoable() {
    let mut a = app_on(conflicted(), (120, 40));
    // Go to JC2-11 and settle its conflicts: theirs for the first, ours next.
    let row = a
        .view
        .rows
        .iter()
        .position(|r| {
            *r == followup::app::ViewRow::Item(
                a.doc
                    .ledger()
                    .items
                    .iter()
                    .position(|i| i.id == "JC2-11")
                    .unwrap(),
            )
        })
        .unwrap();
    a.view.selected = row;
    press_keys(&mut a, "M");
    let fields: Vec<String> = sel(&a)
        .conflicts
        .iter()
        .map(|c| c.field.to_string())
        .collect();
    assert_eq!(fields, ["status", "due"]);
    press_keys(&mut a, "t");
    assert_eq!(sel(&a).status, Status::Blocked, "theirs kept");
    assert_eq!(sel(&a).conflicts.len(), 1);
    assert!(status_text(&a).contains("JC2-11 status: kept theirs"));
    press_keys(&mut a, "o");
    assert_eq!(sel(&a).due, Some(d("2026-11-27")), "ours kept");
    assert!(sel(&a).conflicts.is_empty());
    // The popup goes on with the ledger's own conflict: theirs renames the committee.
    assert!(matches!(a.view.mode, Mode::Conflicts(0)));
    press_keys(&mut a, "2");
    assert_eq!(a.doc.ledger().committee.name, "Mexico–Korea SME Committee");
    assert!(a.doc.ledger().conflicts.is_empty());
    assert!(matches!(a.view.mode, Mode::Normal));
    assert_eq!(a.conflict_count(), 1);
    // The deleted-on-their-side item: keeping theirs deletes it.
    press_keys(&mut a, "M");
    assert_eq!(sel(&a).id, "JC2-02");
    press_keys(&mut a, "t");
    assert!(a.doc.ledger().item("JC2-02").is_none());
    assert_eq!(a.conflict_count(), 0);
    assert!(!screen(&a).contains("conflict"));
    // All undoable.
    press_keys(&mut a, "uuuu");
    assert_eq!(a.conflict_count(), 4);
    assert_eq!(
        a.doc.ledger().item("JC2-11").unwrap().status,
        Status::InProgress
    );
    assert_eq!(a.doc.ledger().committee.name, "Korea–Mexico SME Committee");
    press_keys(&mut a, "<Esc>M");
    assert!(matches!(a.view.mode, Mode::Conflicts(_)));
}

#[test]
fn conflicts_can_be_settled_from_the_agenda() {
    let mut a = app_on(conflicted(), (120, 40));
    press_keys(&mut a, "r");
    let at = agenda_ids(&a).iter().position(|i| i == "JC2-11").unwrap();
    for _ in 0..at {
        press_keys(&mut a, "n");
    }
    assert_eq!(sel(&a).id, "JC2-11");
    assert!(screen(&a).contains("2 merge conflicts"));
    press_keys(&mut a, "Mtt");
    assert!(sel(&a).conflicts.is_empty());
    assert_eq!(sel(&a).due, Some(d("2026-12-14")));
}

#[test]
fn uncommitted_items_are_marked_and_counted() {
    let mut a = app();
    assert!(!screen(&a).contains("uncommitted"), "not in git: no marks");
    update(
        &mut a,
        Action::Uncommitted(HashSet::from(["JC3-04".to_owned(), "JC2-03".to_owned()])),
    );
    let s = screen(&a);
    assert!(s.contains("✎ 2 uncommitted"), "{s}");
    assert!(s.contains("✎JC3-04"), "{s}");
    assert!(s.contains("✎JC2-03"), "{s}");
    assert!(!s.contains("✎JC2-09"), "{s}");
    // An edit marks its item at once; the loop recomputes after saving.
    press_keys(&mut a, "jj");
    let id = sel(&a).id.clone();
    press_keys(&mut a, "x");
    assert!(screen(&a).contains("✎ 3 uncommitted"));
    assert!(a.is_uncommitted(a.doc.ledger().item(&id).unwrap()));
    update(&mut a, Action::Uncommitted(HashSet::new()));
    assert!(!screen(&a).contains("uncommitted"));
}

#[test]
fn uncommitted_ids_come_from_the_last_git_commit() {
    let sb = Sandbox::new();
    let ledger = sb.path("ledger.json");
    std::fs::copy("fixtures/korea-mexico-sme.json", &ledger).unwrap();
    let repo = TestRepo::open(&sb, sb.path("."));
    let git = |args: &[&str]| repo.git(args);
    assert_eq!(
        followup::git::status::uncommitted_ids(&ledger),
        None,
        "not in git"
    );
    git(&["init", "-q"]);
    assert_eq!(
        followup::git::status::uncommitted_ids(&ledger),
        None,
        "not committed"
    );
    git(&["add", "ledger.json"]);
    git(&["commit", "-qm", "ledger"]);
    assert_eq!(
        followup::git::status::uncommitted_ids(&ledger),
        Some(HashSet::new())
    );
    let mut l = fixture();
    l.item_mut("JC2-11").unwrap().status = Status::Done;
    l.items.push(Item::new("JC3-05", "New"));
    std::fs::write(&ledger, followup::ledger::canonical_json(&l)).unwrap();
    assert_eq!(
        followup::git::status::uncommitted_ids(&ledger),
        Some(HashSet::from(["JC2-11".to_owned(), "JC3-05".to_owned()]))
    );
}

#[test]
fn recovery_files_are_written_beside_the_ledger_and_announced() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.json");
    let state = dir.path().join("state");
    std::fs::copy("fixtures/korea-mexico-sme.json", &ledger).unwrap();
    assert_eq!(
        followup::dashboard::recovery_notice(&ledger, Some(&state)),
        None
    );
    let mut a = app();
    press_keys(&mut a, "x");
    let file = followup::dashboard::write_recovery(&ledger, Some(&state), &a)
        .unwrap()
        .file;
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with(".ledger.json.recovered-"), "{name}");
    let back = parse_ledger(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(&back, a.doc.ledger());
    assert_eq!(
        std::fs::read(&ledger).unwrap(),
        std::fs::read("fixtures/korea-mexico-sme.json").unwrap(),
        "the ledger itself is untouched"
    );
    let en = followup::i18n::catalog(followup::i18n::Lang::En);
    let notice = followup::dashboard::recovery_notice(&ledger, Some(&state))
        .unwrap()
        .words(en);
    assert!(notice.contains(&name), "{notice}");
    // Absolute paths: the command works from any directory.
    let dir = dir.path().display().to_string();
    assert!(dir.starts_with('/'), "{dir}");
    assert!(
        notice.contains(&format!("followup recover -f {dir}/ledger.json")),
        "{notice}"
    );
}

/// Steps the agenda until `id` is under discussion.
fn discuss(a: &mut App, id: &str) {
    for _ in 0..a.view.review.as_ref().unwrap().entries.len() {
        if sel(a).id == id {
            return;
        }
        update(a, Action::Move(1));
    }
    assert_eq!(sel(a).id, id, "{id} is on the agenda");
}

/// The detail pane's lines as text.
fn detail(a: &App) -> Vec<String> {
    followup::ui::detail_lines(a, 100)
        .into_iter()
        .map(|l| format!("{}{}", l.label, l.text))
        .collect()
}

#[test]
fn the_agenda_says_what_changed_since_the_last_review() {
    let sb = Sandbox::new();
    let ledger = sb.path("ledger.json");
    std::fs::copy("fixtures/korea-mexico-sme.json", &ledger).unwrap();
    let repo = TestRepo::open(&sb, sb.path("."));
    let git = |args: &[&str], date: &str| repo.git_on(date, args);
    // The user's cache, where the ledger at the review is kept.
    let cache = || followup::ledger::StartCache::in_cache(Some(sb.path("cache")));
    git(&["init", "-q"], "2026-11-10T12:00:00");
    git(&["add", "ledger.json"], "2026-11-10T12:00:00");
    git(
        &["commit", "-qm", "as of the 9 November review"],
        "2026-11-10T12:00:00",
    );
    // After the review of 16 November: JC2-11 blocked, SMBA joins, two notes.
    let mut l = fixture();
    let it = l.item_mut("JC2-11").unwrap();
    it.status = Status::Blocked;
    it.owners.push("SMBA".into());
    for (day, text) in [
        ("2026-11-18", "KVIC asked for the list"),
        ("2026-11-20", "Waiting for KVIC"),
    ] {
        it.notes
            .push(followup::ledger::Note::new(d(day), "secretariat", text));
    }
    it.updated = Some(d("2026-11-20"));
    std::fs::write(&ledger, followup::ledger::canonical_json(&l)).unwrap();
    git(&["commit", "-qam", "JC2-11 blocked"], "2026-11-20T12:00:00");

    // Without git's answer, the dates speak: updated, and the notes since.
    let mut a = app_on(l, (120, 40));
    assert_eq!(
        press_keys(&mut a, "r"),
        vec!(Effect::SinceReview(d("2026-11-16")))
    );
    discuss(&mut a, "JC2-11");
    let lines = detail(&a);
    assert!(
        lines.contains(&"Since the review of 2026-11-16".to_owned()),
        "{lines:#?}"
    );
    assert!(
        lines.contains(&"updated 2026-11-20".to_owned()),
        "{lines:#?}"
    );
    assert!(
        lines.contains(&"new note 2026-11-18 · secretariat: KVIC asked for the list".to_owned()),
        "{lines:#?}"
    );
    // Git's answer, worked out as the event loop does off its thread:
    // the ledger committed before the review day against the ledger now.
    let diff =
        followup::git::status::since_review(&ledger, d("2026-11-16"), a.doc.ledger(), cache())
            .expect("history before the review");
    // A ledger this small is read from git whole, as its report reads it:
    // nothing is kept for the report (`tests/report_start_kept.rs`).
    assert!(!sb.path("cache").exists());
    update(&mut a, Action::SinceReview(Box::new(diff)));
    let lines = detail(&a);
    for want in [
        "status: open → blocked",
        "owners: +SMBA",
        "new note 2026-11-18 · secretariat: KVIC asked for the list",
    ] {
        assert!(lines.contains(&want.to_owned()), "{want}: {lines:#?}");
    }
    // The newest note is on top already, not repeated.
    let newest = lines
        .iter()
        .filter(|l| l.contains("Waiting for KVIC"))
        .count();
    assert_eq!(newest, 1, "{lines:#?}");
    // In Spanish too.
    a.options.lang = followup::i18n::Lang::Es;
    let lines = detail(&a);
    assert!(
        lines.contains(&"estado: pendiente → bloqueado".to_owned()),
        "{lines:#?}"
    );
    assert!(
        lines.contains(&"Desde la revisión del 2026-11-16".to_owned()),
        "{lines:#?}"
    );
    // Without history before that day, nothing is sent.
    assert!(
        followup::git::status::since_review(&ledger, d("2026-11-01"), a.doc.ledger(), cache())
            .is_none()
    );
}

#[test]
fn the_place_on_a_long_agenda_never_covers_the_due_column_s_title() {
    let ledger = followup::synthetic::ledger(10_000, today());
    let mut a = TestApp::new()
        .ledger(ledger)
        .lang(followup::i18n::Lang::Es)
        .size(80, 24)
        .build();
    press_keys(&mut a, "r");
    let titles = |a: &App| {
        let screen = draw(a).backend().to_string();
        screen.lines().nth(2).unwrap().to_owned()
    };
    // Near the top, the place fits beside the title: `Plazo  1/8850`.
    let top = titles(&a);
    assert!(top.contains("Plazo") && top.contains(" 1/"), "{top}");
    // At the end, among items without a deadline, it would not: the
    // column is 13 wide, `Plazo` and ` 8850/8850 ` take 16.
    update(&mut a, Action::Bottom);
    let down = titles(&a);
    assert!(down.contains("Plazo"), "{down}");
}
