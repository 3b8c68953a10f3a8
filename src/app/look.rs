//! How a frame drawn ahead is told from the one due: the [`Look`] of the
//! state it shows, and the state a move of the selection would leave
//! ([`foresee_move`]).

use super::handlers::browse;
use super::model::Action;
use super::state::App;
use super::update::{clears_message, keeps_drawn};

/// What the dashboard's frame depends on, as far as telling a state from
/// one foreseen goes: the updates applied and the changes to what the
/// screen shows, and what a move or a measure changes without counting a
/// change. A state with the look of one foreseen a move past a state `s`
/// is `s` after one update that counted no change and moved the selection
/// as the move would (a move, a page, a match): the state foreseen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    updates: u64,
    changes: u64,
    selected: usize,
    offset: usize,
    detail_scroll: u16,
    detail_lines: u16,
    size: (u16, u16),
}

impl App {
    /// The state's [`Look`].
    pub fn look(&self) -> Look {
        let v = &self.view;
        Look {
            updates: self.counts.updates(),
            changes: self.counts.changes(),
            selected: v.selected,
            offset: v.offset,
            detail_scroll: v.detail_scroll,
            detail_lines: v.detail_lines,
            size: v.size,
        }
    }
}

/// Shows `f` the state that [`Action::Move`] by `n` rows would leave, as
/// `update` would leave it, then puts the selection back: when the move
/// moves the table's selection alone (`browse::moves_table`), counts no
/// change (`keeps_drawn`) and clears no message (`clears_message`), as
/// `update` decides them. Nothing when it would move nothing.
pub fn foresee_move(app: &mut App, n: i32, f: impl FnOnce(&App)) {
    let key = Action::Move(n);
    if !browse::moves_table(app) || !keeps_drawn(app, &key) || clears_message(app, &key) {
        return;
    }
    let v = &app.view;
    let was = (v.selected, v.offset, v.detail_scroll, app.counts);
    browse::select_by(app, n);
    let v = &app.view;
    if (v.selected, v.offset, v.detail_scroll) != (was.0, was.1, was.2) {
        app.counts.update();
        f(app);
    }
    let v = &mut app.view;
    (v.selected, v.offset, v.detail_scroll, app.counts) = was;
}
