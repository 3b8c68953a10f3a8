//! `L`: the selected item's history from git in the detail pane, shown or
//! hidden; it is read off the UI thread ([`Effect::LoadItemLog`]).

use crate::app::model::{Effect, Effects, ItemLogView};
use crate::app::state::App;
use crate::git::item_log::LogEntry;

/// Shows the selected item's history (reading it from git) or hides it.
pub fn toggle(app: &mut App) -> Effects {
    let Some(id) = app
        .selected_item()
        .map(|i| app.doc.ledger().items[i].id.clone())
    else {
        return Vec::new();
    };
    if app.view.item_log.as_ref().is_some_and(|l| l.id() == id) {
        app.view.item_log = None;
        return Vec::new();
    }
    app.view.item_log = Some(ItemLogView::Loading { id: id.clone() });
    app.view.detail_scroll = 0;
    vec![Effect::LoadItemLog(id)]
}

/// The history of `id` arrived (`None`: git could not say); kept only when
/// it is still the one asked for.
pub fn loaded(app: &mut App, id: String, entries: Option<Vec<LogEntry>>) {
    if app.view.item_log.as_ref().is_some_and(|l| l.id() == id) {
        app.view.item_log = Some(match entries {
            Some(entries) => ItemLogView::Loaded { id, entries },
            None => ItemLogView::Failed { id },
        });
    }
}
