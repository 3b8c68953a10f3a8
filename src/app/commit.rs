//! Carrying out an operation from any part of the dashboard: apply it
//! through [`crate::ops::apply`], record its undo in the history with its
//! typed outcomes, bring the view up to date, and say what it did. The
//! handlers (editing, review, conflicts, persisting, sync) build operations
//! and call this; they never call each other.

use super::model::{Done, Edit, Effect, Effects, Focus, Msg, Placement, Step};
use super::state::{App, StatusLine, Syncing, ViewRow};
use crate::ops::{self, Applied, Op, Outcome};

/// Says something on the bottom line.
pub fn say(app: &mut App, msg: Msg) {
    app.session.status = Some(StatusLine { msg, error: false });
}

/// Says what went wrong on the bottom line; it stays until dismissed.
pub fn complain(app: &mut App, msg: Msg) {
    app.session.status = Some(StatusLine { msg, error: true });
}

/// True when edits are allowed; otherwise says why not.
pub fn editable(app: &mut App) -> bool {
    match app.session.read_only {
        None => true,
        Some(why) => {
            complain(app, Msg::EditingOff(why));
            false
        }
    }
}

/// The selected item's index, or a message when nothing is selected.
pub fn selected(app: &mut App) -> Option<usize> {
    let i = app.selected_item();
    if i.is_none() {
        say(app, Msg::NoSelection);
    }
    i
}

/// Applies `op`, records it for undo and says what it did; returns a save
/// when autosave is on.
pub fn run(app: &mut App, op: Op) -> Effects {
    if apply(app, op).is_none() {
        return Vec::new();
    }
    autosave(app)
}

/// Applies `op`, records it for undo and says what it did; returns its
/// outcomes, or `None` (and says why) when the library refused it.
pub fn apply(app: &mut App, op: Op) -> Option<Vec<Outcome>> {
    let stamp = app.stamp();
    match ops::apply_as(app.doc.ledger_mut(), op, &stamp) {
        Err(e) => {
            complain(app, Msg::Refused(e));
            None
        }
        Ok(Applied {
            outcomes,
            undo: None,
        }) => {
            say(app, Msg::Did(outcomes.clone()));
            Some(outcomes)
        }
        Ok(Applied {
            outcomes,
            undo: Some(edit),
        }) => {
            let went = record(app, edit, Done::Op(outcomes.clone()));
            say(app, placed(Msg::Did(outcomes.clone()), went));
            Some(outcomes)
        }
    }
}

/// Applies `ops`, each changing only the item at `index`, as one edit: one
/// undo takes them all back, and none is kept when the library refuses one
/// (then says why). Says what they did; returns a save when autosave is on.
pub fn run_on_item(app: &mut App, index: usize, ops: Vec<Op>) -> Effects {
    let before = app.doc.ledger().items[index].clone();
    let mut outcomes = Vec::new();
    let stamp = app.stamp();
    for op in ops {
        match ops::apply_as(app.doc.ledger_mut(), op, &stamp) {
            Ok(applied) => outcomes.extend(applied.outcomes),
            Err(e) => {
                app.doc.ledger_mut().items[index] = before;
                complain(app, Msg::Refused(e));
                return Vec::new();
            }
        }
    }
    if app.doc.ledger().items[index] == before {
        say(app, Msg::Did(outcomes));
        return Vec::new();
    }
    let edit = Edit::Swap {
        index,
        item: Box::new(before),
    };
    let went = record(app, edit, Done::Op(outcomes.clone()));
    say(app, placed(Msg::Did(outcomes), went));
    autosave(app)
}

/// Records an edit already applied to the ledger (now holding its inverse)
/// and brings the view up to date; returns where the edited item went when
/// it left the cursor's row.
pub fn record(app: &mut App, edit: Edit, done: Done) -> Option<Placement> {
    app.reindex_after(&edit);
    let items = &app.doc.ledger().items;
    if let (Some(u), Edit::Swap { index, item: old }) = (&mut app.session.uncommitted, &edit) {
        u.insert(items[*index].id.clone());
        u.insert(old.id.clone());
    } else if let (Some(u), Edit::Splice { index, item }) = (&mut app.session.uncommitted, &edit) {
        let id = match item {
            Some(gone) => &gone.id,
            None => &items[*index].id,
        };
        u.insert(id.clone());
    }
    let cursor = Cursor::after(&edit);
    let row = app.view.selected;
    app.doc.history.push(Step { edit, done });
    after_change(app, cursor, row)
}

/// Where the cursor goes once the ledger changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cursor {
    /// Onto this item (one just added, or brought back by an undo), when
    /// it is on view; else as [`Cursor::Stay`].
    Follow(Option<usize>),
    /// It stays on its row (the nearest item row), on whatever item comes
    /// there: the user goes on where they were working. `Some` is an item
    /// edited in place, whose new place is said when it left that row.
    Stay(Option<usize>),
}

impl Cursor {
    /// After `edit` (the inverse of what was just applied): an item put in
    /// is followed, one edited in place stays behind, nothing else moves.
    pub fn after(edit: &Edit) -> Cursor {
        match edit {
            Edit::Splice { index, item: None } => Cursor::Follow(Some(*index)),
            Edit::Swap { index, .. } => Cursor::Stay(Some(*index)),
            Edit::Splice { item: Some(_), .. } | Edit::Whole(_) | Edit::Outside(_) => {
                Cursor::Stay(None)
            }
        }
    }
}

/// `what` an edit did, and where its item went (when it left the cursor's row).
pub fn placed(what: Msg, went: Option<Placement>) -> Msg {
    match went {
        Some(to) => Msg::Moved {
            what: Box::new(what),
            to,
        },
        None => what,
    }
}

/// A save when autosave is on and there is something to save; the bottom
/// line keeps saying what the edit did once it is saved (the header says
/// it is saved).
pub fn autosave(app: &mut App) -> Effects {
    if !(app.options.autosave && !app.is_saved() && app.editable()) {
        return Vec::new();
    }
    // The sync has the file: the edit is saved once it ends.
    if app.session.syncing == Syncing::Running {
        return Vec::new();
    }
    app.session.say_when_saved = app.session.status.as_ref().map(|s| s.msg.clone());
    vec![Effect::Save]
}

/// Rebuilds the view and puts the cursor where `cursor` says, `row` being
/// the row it was on; returns where an item edited in place went when it
/// left that row (the table's place; the review's agenda keeps still).
pub fn after_change(app: &mut App, cursor: Cursor, row: usize) -> Option<Placement> {
    app.rebuild();
    let row_of = |app: &App, i: usize| app.view.rows.iter().position(|r| *r == ViewRow::Item(i));
    let followed = match cursor {
        Cursor::Follow(Some(i)) => row_of(app, i),
        // The focus view keeps showing the item just edited.
        Cursor::Stay(Some(i)) if app.view.focus == Focus::Item => row_of(app, i),
        _ => None,
    };
    let target = followed.or_else(|| {
        let last = app.view.rows.len().checked_sub(1)?;
        app.first_item_row(row.min(last), 1)
            .or_else(|| app.first_item_row(row.min(last), -1))
    });
    if let Some(r) = target {
        app.view.selected = r;
    }
    app.view.detail_scroll = 0;
    app.scroll_into_view();
    let Cursor::Stay(Some(edited)) = cursor else {
        return None;
    };
    if app.view.review.is_some() {
        return None;
    }
    match row_of(app, edited) {
        Some(r) if Some(r) == target => None,
        Some(r) => {
            let n = app.view.rows[..=r]
                .iter()
                .filter(|v| matches!(v, ViewRow::Item(_)))
                .count();
            Some(Placement::Row(n))
        }
        None => Some(Placement::Hidden),
    }
}

/// Quits when the session is leaving after the save under way.
pub fn quit_if_leaving(app: &App) -> Effects {
    if app.session.leaving == super::state::Leaving::AfterSave {
        vec![Effect::Quit]
    } else {
        Vec::new()
    }
}
