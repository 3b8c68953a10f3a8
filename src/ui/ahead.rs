//! Drawing ahead, while no key waits, what the next move would draw: the
//! detail pane of the items just above and below the selection, and the
//! rows the move would change ([`Kept`] keeps them for the next frame).

use super::detail::{self, Shown};
use super::kept::{Kept, Part};
use super::{Theme, table};
use crate::app::{App, Focus, too_small};

/// Draws ahead, for the next frame, the detail pane of the items a move
/// down or up would select and the rows it would change, as the dashboard
/// draws them then (see
/// [`super::render_kept`]); nothing while a popup, a search, the review, the
/// timeline or the item's own view is on screen.
pub fn draw_ahead(app: &App, kept: &Kept) {
    kept.finish(&mut kept.written.borrow_mut());
    if !ahead_of(app) {
        return;
    }
    let size = app.view.size;
    let a = app.areas(size);
    let t = Theme::new(&app.options);
    let sel = app.view.selected;
    let below = app.first_item_row(sel + 1, 1);
    let above = sel.checked_sub(1).and_then(|r| app.first_item_row(r, -1));
    for row in [below, above].into_iter().flatten() {
        let shown = Shown {
            item: app.item_at(row),
            scroll: 0,
        };
        kept.keep_ahead(app, Part::Detail(shown, a.detail), a.detail, &t, |buf| {
            detail::render_shown(app, shown, &t, &a, buf)
        });
    }
    table::draw_rows_ahead(app, kept, &t, a.table);
}

/// True when the dashboard draws ahead and foresees for `app`: the table
/// and its detail pane on screen, no popup, search, review, timeline or
/// item's own view.
pub(super) fn ahead_of(app: &App) -> bool {
    let browsing = app.view.review.is_none() && !app.view.timeline;
    browsing
        && app.view.focus != Focus::Item
        && app.view.mode.is_normal()
        && !too_small(app.view.size)
}
