//! Merge conflicts left in the ledger by a three-way merge (in items, and at
//! the top level: committee, meetings, reviews): listing them compactly and
//! settling each by keeping one side (through the library's
//! [`resolve`](crate::ledger::resolve)), as an undoable edit.

use super::action::Effect;
use super::edit::{self, complain, say};
use super::history::Edit;
use super::state::{App, Mode, ViewRow};
use crate::ledger::{self, Conflict, ConflictTarget, Ledger, Resolved, Side, resolve_item};

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
pub fn open(app: &mut App) {
    if app.conflict_count() == 0 {
        say(app, "no merge conflicts in the ledger");
        return;
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
            super::update::scroll_into_view(app);
        }
    }
    if app.conflict_entries().is_empty() {
        say(
            app,
            "this item has no conflicts (the conflicted ones are hidden by the filter or not on the agenda)",
        );
        return;
    }
    app.mode = Mode::Conflicts(0);
}

/// In the popup: keeps `side` of the conflict under the cursor.
pub fn resolve(app: &mut App, side: Side) -> Option<Effect> {
    let Mode::Conflicts(cursor) = app.mode else {
        return None;
    };
    if !edit::editable(app) {
        return None;
    }
    let entries = app.conflict_entries();
    let e = *entries.get(cursor)?;
    let path = app.conflict(e)?.field.clone();
    let effect = match e.at {
        ConflictAt::Item(i) => {
            let mut item = app.ledger.items[i].clone();
            match resolve_item(&mut item, &path, side) {
                Ok(Resolved::Field | Resolved::ItemKept) => {
                    let said = format!("{} {path}: kept {side}", item.id);
                    edit::replace(app, i, item, said)
                }
                Ok(Resolved::ItemDeleted) => {
                    let said = format!("{} deleted: kept {side} (the deletion)", item.id);
                    app.mode = Mode::Normal;
                    edit::apply(
                        app,
                        Edit::Splice {
                            index: i,
                            item: None,
                        },
                        said.clone(),
                        format!("{said} — u undoes"),
                    )
                }
                Err(why) => {
                    complain(app, format!("cannot settle the conflict: {why}"));
                    return None;
                }
            }
        }
        ConflictAt::Top => {
            let mut outside = Box::new(outside_of(&app.ledger));
            let target = ConflictTarget::Top { path: path.clone() };
            if let Err(why) = ledger::resolve(&mut outside, target, side) {
                complain(app, format!("cannot settle {path}: {why}"));
                return None;
            }
            let said = format!("{path}: kept {side}");
            edit::apply(app, Edit::Outside(outside), said.clone(), said)
        }
    };
    let left = app.conflict_entries().len();
    app.mode = if left == 0 {
        Mode::Normal
    } else {
        Mode::Conflicts(cursor.min(left - 1))
    };
    if left == 0 && app.conflict_count() > 0 {
        let n = app.conflict_count();
        let said = app
            .status
            .as_ref()
            .map(|s| s.text.clone())
            .unwrap_or_default();
        say(
            app,
            format!(
                "{said}; {n} conflict{} left elsewhere — M goes to the next",
                if n == 1 { "" } else { "s" }
            ),
        );
    }
    effect
}

/// Everything but the items, as a ledger with no items.
pub(super) fn outside_of(l: &Ledger) -> Ledger {
    Ledger {
        committee: l.committee.clone(),
        directory: l.directory.clone(),
        meetings: l.meetings.clone(),
        reviews: l.reviews.clone(),
        conflicts: l.conflicts.clone(),
        extra: l.extra.clone(),
        items: Vec::new(),
    }
}
