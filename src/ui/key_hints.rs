//! The keys the status line's messages name (`b: next theme`), taken from
//! the keymap in use, so that they are the user's own keys (`[keys]`); a
//! message leaves the hint out when the action has no key.

use crate::app::{Action, App, Does, Key, Scope};

/// The first key that does `action` in `scope` in the app's keymap; `None`
/// when no key does it there.
pub fn key_for(app: &App, scope: Scope, action: &Action) -> Option<Key> {
    let does = Does::Act(action.clone());
    app.keymap
        .bindings()
        .iter()
        .find(|b| b.does == does && b.scopes.contains(&scope))
        .and_then(|b| b.keys.first().copied())
}

/// The key of `action` where the user is now.
pub fn key_here(app: &App, action: &Action) -> Option<Key> {
    key_for(app, app.scope(), action)
}

/// The keys that clear the table's filter: the filter menu's key, then
/// its clear key (`f c`).
pub fn clear_filter_keys(app: &App) -> Option<(Key, Key)> {
    let menu = key_for(app, Scope::Table, &Action::FilterMenu)?;
    let clear = key_for(app, Scope::FilterMenu, &Action::ClearFilter)?;
    Some((menu, clear))
}
