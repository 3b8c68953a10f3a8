//! The words of a refused `[keys]` setting: one line naming the config
//! file, the line and what is wrong, in the user's language.

use super::words;
use crate::app::{KeysError, KeysProblem};
use crate::i18n::Catalog;
use crate::tr;

/// Why the keys of `[keys]` in the config file at `path` are refused.
pub fn keys_error(cat: &Catalog, path: &str, e: &KeysError) -> String {
    let said = match &e.problem {
        KeysProblem::UnknownScope(scope) => tr!(cat, "keys-unknown-scope", scope = scope.as_str()),
        KeysProblem::UnknownAction(action) => {
            tr!(cat, "keys-unknown-action", action = action.as_str())
        }
        KeysProblem::NotInScope { action, scope } => tr!(
            cat,
            "keys-not-in-scope",
            action = action.as_str(),
            scope = cat.text(scope.name_id())
        ),
        KeysProblem::BadKey(key) => tr!(cat, "keys-bad-key", key = key.as_str()),
        KeysProblem::Taken {
            key,
            action,
            other,
            scope,
        } => tr!(
            cat,
            "keys-taken",
            key = words::key(cat, *key),
            action = *action,
            other = *other,
            scope = cat.text(scope.name_id())
        ),
        KeysProblem::Typed { key, action, scope } => tr!(
            cat,
            "keys-typed",
            key = words::key(cat, *key),
            action = *action,
            scope = cat.text(scope.name_id())
        ),
    };
    format!("{path}:{}: {said}", e.line)
}
