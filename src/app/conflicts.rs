//! Merge conflicts left in the ledger by a three-way merge (in items, and
//! at the top level: committee, meetings, reviews), as the popup lists
//! them, and opening the popup (from its key, or after a sync left some).

use super::commit::say;
use super::model::{ConflictEntry, ConflictSlot, Effect, Effects, Mode, Msg};
use super::state::{App, ViewRow};
use crate::ledger::Conflict;

impl App {
    /// The conflicts the popup offers: the selected item's, then the ledger's own.
    pub fn conflict_entries(&self) -> Vec<ConflictEntry> {
        let mut out = Vec::new();
        if let Some(i) = self.selected_item() {
            out.extend(
                (0..self.doc.ledger().items[i].conflicts.len()).map(|index| ConflictEntry {
                    at: ConflictSlot::Item(i),
                    index,
                }),
            );
        }
        out.extend(
            (0..self.doc.ledger().conflicts.len()).map(|index| ConflictEntry {
                at: ConflictSlot::Top,
                index,
            }),
        );
        out
    }

    /// The conflict an entry points at.
    pub fn conflict(&self, e: ConflictEntry) -> Option<&Conflict> {
        match e.at {
            ConflictSlot::Item(i) => self.doc.ledger().items.get(i)?.conflicts.get(e.index),
            ConflictSlot::Top => self.doc.ledger().conflicts.get(e.index),
        }
    }
}

/// Opens the conflicts popup on the selected item (and the ledger's own
/// conflicts); when the selected item has none, jumps to the next one that does.
pub fn open(app: &mut App) -> Effects {
    if app.conflict_count() == 0 {
        say(app, Msg::NoConflicts);
        return Vec::new();
    }
    let has = |app: &App, i: usize| !app.doc.ledger().items[i].conflicts.is_empty();
    if app.selected_item().is_none_or(|i| !has(app, i)) && app.view.review.is_none() {
        let n = app.view.rows.len();
        let next = (1..=n)
            .map(|k| (app.view.selected + k) % n)
            .find(|&r| matches!(app.view.rows[r], ViewRow::Item(i) if has(app, i)));
        if let Some(r) = next {
            app.view.selected = r;
            app.view.detail_scroll = 0;
            app.scroll_into_view();
        }
    }
    if app.conflict_entries().is_empty() {
        say(app, Msg::ConflictsHidden);
        return Vec::new();
    }
    app.view.mode = Mode::Conflicts(0);
    // Name the sides from git while the picker is open (a merge in progress).
    vec![Effect::NameSides]
}
