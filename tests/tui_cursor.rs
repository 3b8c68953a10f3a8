//! Where the cursor goes after an edit: it stays on its row, on the item
//! that comes there, so the next key acts where the user is working; the
//! status line says where the edited item went (in every language).

mod common;

use common::app::{TestApp, press_keys};
use common::tui::{sel, status_text};
use followup::app::{App, ViewRow};
use followup::i18n::Lang;
use followup::ledger::Status;

/// The ids of the items on view, in table order.
fn order(a: &App) -> Vec<String> {
    a.view
        .rows
        .iter()
        .filter_map(|r| match r {
            ViewRow::Item(i) => Some(a.doc.ledger().items[*i].id.clone()),
            ViewRow::Group(_) => None,
        })
        .collect()
}

/// The 1-based row of an item among the items on view.
fn row_of(a: &App, id: &str) -> usize {
    order(a).iter().position(|i| i == id).expect("on view") + 1
}

fn status(a: &App, id: &str) -> Status {
    a.doc.ledger().item(id).unwrap().status
}

#[test]
fn x_then_j_acts_on_the_next_item_not_on_the_one_just_done() {
    let mut a = TestApp::new().manual().build();
    let before = order(&a);
    assert_eq!(sel(&a).id, before[0]);
    press_keys(&mut a, "x");
    // Done items sort last: the item went down, the cursor did not.
    assert_eq!(status(&a, &before[0]), Status::Done);
    assert_ne!(row_of(&a, &before[0]), 1, "the done item moved");
    assert_eq!(a.view.selected, 0, "the cursor stays on its row");
    assert_eq!(sel(&a).id, before[1], "on the item that came there");
    assert_eq!(
        status_text(&a),
        format!(
            "{}: {} → done — moved to row {}",
            before[0],
            followup::i18n::catalog(Lang::En).status(a.doc.base().item(&before[0]).unwrap().status),
            row_of(&a, &before[0])
        )
    );
    // The next keys act where the user is working.
    press_keys(&mut a, "j");
    assert_eq!(sel(&a).id, before[2]);
    press_keys(&mut a, "x");
    assert_eq!(status(&a, &before[2]), Status::Done);
    assert_ne!(status(&a, &before[1]), Status::Done, "skipped by j");
    let done = [&before[0], &before[2]];
    assert_eq!(
        a.doc
            .ledger()
            .items
            .iter()
            .filter(|i| i.status == Status::Done && done.contains(&&i.id))
            .count(),
        2,
        "two different items done"
    );
}

#[test]
fn a_deadline_or_a_status_that_moves_the_row_leaves_the_cursor_and_says_where() {
    let mut a = TestApp::new().manual().build();
    let before = order(&a);
    // A deadline far ahead sorts the item down (the table is sorted by deadline).
    press_keys(&mut a, "d2027-06-30<Enter>");
    assert_eq!(sel(&a).id, before[1]);
    let to = row_of(&a, &before[0]);
    assert!(to > 1);
    assert!(
        status_text(&a).ends_with(&format!(" — moved to row {to}")),
        "{}",
        status_text(&a)
    );
    // An edit that leaves the item on the cursor's row says nothing more.
    let here = sel(&a).id.clone();
    press_keys(&mut a, "cjust a note<Enter>");
    assert_eq!(sel(&a).id, here);
    assert!(!status_text(&a).contains("row"), "{}", status_text(&a));
}

#[test]
fn undo_and_redo_leave_the_cursor_on_its_row_too() {
    let mut a = TestApp::new().manual().build();
    let before = order(&a);
    press_keys(&mut a, "x");
    assert_eq!(sel(&a).id, before[1]);
    // Undo puts the item back on the cursor's row: nothing to say of where.
    press_keys(&mut a, "u");
    assert_eq!(order(&a), before);
    assert_eq!(sel(&a).id, before[0]);
    assert!(
        status_text(&a).starts_with("undone: "),
        "{}",
        status_text(&a)
    );
    assert!(!status_text(&a).contains("— moved"), "{}", status_text(&a));
    // Redo moves it away again; the cursor stays.
    press_keys(&mut a, "<C-r>");
    assert_eq!(sel(&a).id, before[1]);
    let to = row_of(&a, &before[0]);
    assert!(
        status_text(&a).ends_with(&format!("— moved to row {to}")),
        "{}",
        status_text(&a)
    );
}

#[test]
fn an_item_the_filter_now_hides_is_said_to_be_hidden() {
    let mut a = TestApp::new().manual().build();
    // Only what is not done yet: open, in progress, blocked.
    press_keys(&mut a, "fs<Enter>j<Enter>j<Enter><Esc><Esc>");
    assert!(!a.view.filter.statuses.is_empty(), "{:?}", a.view.filter);
    assert!(!a.view.filter.statuses.contains(&Status::Done));
    let before = order(&a);
    let at = row_of(&a, &sel(&a).id) - 1;
    press_keys(&mut a, "x");
    assert_eq!(sel(&a).id, before[at + 1], "the next item came to the row");
    assert!(!order(&a).contains(&before[at]));
    assert!(
        status_text(&a).ends_with("— now hidden by the filter (f c: clear the filter)"),
        "{}",
        status_text(&a)
    );
}

#[test]
fn where_the_item_went_is_said_in_spanish_and_korean() {
    for (lang, said) in [(Lang::Es, "; pasó a la fila"), (Lang::Ko, "행으로 이동")] {
        let mut a = TestApp::new().manual().lang(lang).build();
        let first = sel(&a).id.clone();
        press_keys(&mut a, "x");
        let to = row_of(&a, &first);
        let text = status_text(&a);
        assert!(text.contains(said), "{lang:?}: {text}");
        assert!(text.contains(&to.to_string()), "{lang:?}: {text}");
    }
}

#[test]
fn the_review_agenda_keeps_still_and_says_nothing_of_rows() {
    let mut a = TestApp::new().manual().build();
    press_keys(&mut a, "r");
    let first = sel(&a).id.clone();
    press_keys(&mut a, "x");
    assert_eq!(
        sel(&a).id,
        first,
        "the agenda keeps the item under discussion"
    );
    assert!(!status_text(&a).contains("row"), "{}", status_text(&a));
}
