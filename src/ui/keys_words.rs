//! The words of a refused `[keys]` setting: one line naming the config
//! file, the line and what is wrong, in the user's language.

use super::words;
use crate::app::{Key, KeysError, KeysProblem, MAX_KEYS, NotAKey};
use crate::base::text::truncate;
use crate::i18n::Catalog;
use crate::tr;

/// The most columns of the user's own text a refusal repeats.
const ECHOED: usize = 40;

/// The user's text as a refusal repeats it: visible, cut to [`ECHOED`] columns.
fn echoed(text: &str) -> String {
    truncate(text, ECHOED)
}

/// Why the keys of `[keys]` in the config file at `path` are refused.
pub fn keys_error(cat: &Catalog, path: &str, e: &KeysError) -> String {
    let said = match &e.problem {
        KeysProblem::UnknownScope(scope) => tr!(cat, "keys-unknown-scope", scope = echoed(scope)),
        KeysProblem::UnknownAction(action) => {
            tr!(cat, "keys-unknown-action", action = echoed(action))
        }
        KeysProblem::NotInScope { action, scope } => tr!(
            cat,
            "keys-not-in-scope",
            action = echoed(action),
            scope = cat.text(scope.name_id())
        ),
        KeysProblem::BadKey(key) => tr!(cat, "keys-bad-key", key = echoed(key)),
        KeysProblem::NotAKey {
            why: NotAKey::Invisible(c),
            ..
        } => tr!(
            cat,
            "keys-invisible",
            code = format!("U+{:04X}", u32::from(*c))
        ),
        KeysProblem::NotAKey {
            written,
            why: NotAKey::SentAs(code),
        } => tr!(
            cat,
            "keys-sent-as",
            key = echoed(written),
            sent = words::key(cat, Key::Code(*code))
        ),
        KeysProblem::TooManyKeys { action } => tr!(
            cat,
            "keys-too-many",
            action = echoed(action),
            max = MAX_KEYS
        ),
        KeysProblem::NoWayOut => tr!(cat, "keys-no-way-out"),
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
