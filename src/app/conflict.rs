//! Merge conflicts left in the ledger by a three-way merge (in items, and at
//! the top level: committee, meetings, reviews): listing them compactly and
//! settling each by keeping one side ([`Op::Resolve`]), as an undoable edit.

use super::action::Effect;
use super::commit::{self, editable, say};
use super::layout::scroll_into_view;
use super::message::Msg;
use super::state::{App, Mode, ViewRow};
use crate::ledger::{Conflict, ConflictTarget, Side};
use crate::ops::Op;

/// Where a conflict lives: in an item (ledger index) or at the top level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictAt {
    Item(usize),
    Top,
}

/// A conflict as the popup lists it: where, and its index there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConflictEntry {
    pub at: ConflictAt,
    pub index: usize,
}

impl App {
    /// The conflicts the popup offers: the selected item's, then the ledger's own.
    pub fn conflict_entries(&self) -> Vec<ConflictEntry> {
        let mut out = Vec::new();
        if let Some(i) = self.selected_item() {
            out.extend(
                (0..self.ledger.items[i].conflicts.len()).map(|index| ConflictEntry {
                    at: ConflictAt::Item(i),
                    index,
                }),
            );
        }
        out.extend((0..self.ledger.conflicts.len()).map(|index| ConflictEntry {
            at: ConflictAt::Top,
            index,
        }));
        out
    }

    /// The conflict an entry points at.
    pub fn conflict(&self, e: ConflictEntry) -> Option<&Conflict> {
        match e.at {
            ConflictAt::Item(i) => self.ledger.items.get(i)?.conflicts.get(e.index),
            ConflictAt::Top => self.ledger.conflicts.get(e.index),
        }
    }
}

/// `M`: opens the conflicts popup on the selected item (and the ledger's own
/// conflicts); when the selected item has none, jumps to the next one that does.
pub fn open(app: &mut App) -> Option<Effect> {
    if app.conflict_count() == 0 {
        say(app, Msg::NoConflicts);
        return None;
    }
    let has = |app: &App, i: usize| !app.ledger.items[i].conflicts.is_empty();
    if app.selected_item().is_none_or(|i| !has(app, i)) && app.review.is_none() {
        let n = app.rows.len();
        let next = (1..=n)
            .map(|k| (app.selected + k) % n)
            .find(|&r| matches!(app.rows[r], ViewRow::Item(i) if has(app, i)));
        if let Some(r) = next {
            app.selected = r;
            app.detail_scroll = 0;
            scroll_into_view(app);
        }
    }
    if app.conflict_entries().is_empty() {
        say(app, Msg::ConflictsHidden);
        return None;
    }
    app.mode = Mode::Conflicts(0);
    // Name the sides from git while the picker is open (a merge in progress).
    Some(Effect::NameSides)
}

/// In the popup: keeps `side` of the conflict under the cursor.
pub fn resolve(app: &mut App, side: Side) -> Option<Effect> {
    let Mode::Conflicts(cursor) = app.mode else {
        return None;
    };
    if !editable(app) {
        return None;
    }
    let entries = app.conflict_entries();
    let e = *entries.get(cursor)?;
    let path = app.conflict(e)?.field.clone();
    let target = match e.at {
        ConflictAt::Item(i) => ConflictTarget::Item {
            id: app.ledger.items[i].id.clone(),
            path,
        },
        ConflictAt::Top => ConflictTarget::Top { path },
    };
    let done = commit::apply(app, Op::Resolve { target, side })?;
    let left = app.conflict_entries().len();
    app.mode = if left == 0 {
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
