//! The keys the status line's messages name (`b: next theme`), taken from
//! the keymap in use, so that they are the user's own keys (`[keys]`); a
//! message leaves the hint out when the action has no key.

use super::words;
use crate::app::{Action, App, Does, Scope};
use crate::i18n::Catalog;

/// The first key that does `action` in `scope` in the app's keymap, as the
/// footer writes it; `None` when no key does it there.
pub fn key_for(cat: &Catalog, app: &App, scope: Scope, action: &Action) -> Option<String> {
    let does = Does::Act(action.clone());
    app.keymap
        .bindings()
        .iter()
        .find(|b| b.does == does && b.scopes.contains(&scope))
        .and_then(|b| b.keys.first())
        .map(|k| words::key(cat, *k))
}

/// The key of `action` where the user is now.
pub fn key_here(cat: &Catalog, app: &App, action: &Action) -> Option<String> {
    key_for(cat, app, app.scope(), action)
}

/// The keys that clear the table's filter: the filter menu's key, then
/// its clear key (`f c`).
pub fn clear_filter_keys(cat: &Catalog, app: &App) -> Option<String> {
    let menu = key_for(cat, app, Scope::Table, &Action::FilterMenu)?;
    let clear = key_for(cat, app, Scope::FilterMenu, &Action::ClearFilter)?;
    Some(format!("{menu} {clear}"))
}
