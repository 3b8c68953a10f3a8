//! The focus view (`z`): the current item alone, large enough to read from
//! the back of the room. It sits over the review's agenda or over the table;
//! `n`/`p` move through the list beneath (the browsing handler's moves) and
//! the editing keys act on the item shown, their prompts drawn over it.

use crate::app::commit::say;
use crate::app::model::{Focus, Msg};
use crate::app::state::App;

/// `z`: shows the current item alone, or the list again (which keeps the
/// item shown selected). With no item to show, says so and stays.
pub fn toggle(app: &mut App) {
    let entry = app.view.review.as_ref().and_then(|a| a.current_entry());
    if app.view.focus == Focus::List && app.selected_item().is_none() && entry.is_none() {
        say(app, Msg::NoSelection);
        return;
    }
    app.view.focus = app.view.focus.toggled();
    // Moves go from item to item in the focus view, never into the
    // detail pane or the timeline it hides.
    app.view.detail_focus = false;
    app.view.timeline = false;
    app.view.detail_scroll = 0;
    app.scroll_into_view();
}
