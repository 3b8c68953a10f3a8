//! Settling a merge conflict in the popup by keeping one side
//! ([`Op::Resolve`]), as an undoable edit.

use crate::app::commit::{self, editable, say};
use crate::app::model::{ConflictSlot, Effects, Mode, Msg};
use crate::app::state::App;
use crate::ledger::{ConflictTarget, Side};
use crate::ops::Op;

/// In the popup: keeps `side` of the conflict under the cursor.
pub fn resolve(app: &mut App, side: Side) -> Effects {
    let Mode::Conflicts(cursor) = app.view.mode else {
        return Vec::new();
    };
    if !editable(app) {
        return Vec::new();
    }
    let entries = app.conflict_entries();
    let Some(&e) = entries.get(cursor) else {
        return Vec::new();
    };
    let Some(path) = app.conflict(e).map(|c| c.field.clone()) else {
        return Vec::new();
    };
    let target = match e.at {
        ConflictSlot::Item(i) => ConflictTarget::Item {
            id: app.doc.ledger().items[i].id.clone(),
            path,
        },
        ConflictSlot::Top => ConflictTarget::Top { path },
    };
    let Some(done) = commit::apply(app, Op::Resolve { target, side }) else {
        return Vec::new();
    };
    let left = app.conflict_entries().len();
    app.view.mode = if left == 0 {
        Mode::Normal
    } else {
        Mode::Conflicts(cursor.min(left - 1))
    };
    if left == 0 && app.conflict_count() > 0 {
        let n = app.conflict_count();
        say(app, Msg::ConflictsLeft(done, n));
    }
    commit::autosave(app)
}
