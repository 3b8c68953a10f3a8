//! Why the keys chosen in `[keys]` (config.toml) are refused: typed, with
//! the line of the file; worded where the dashboard starts.

use super::binding::Key;
use super::spelling::NotAKey;
use crate::app::model::Scope;

/// The most keys one action takes in one setting.
pub const MAX_KEYS: usize = 16;

/// A refused key setting and the line it is on.
#[derive(Debug, Clone, PartialEq)]
pub struct KeysError {
    pub line: usize,
    pub problem: KeysProblem,
}

/// What is wrong with a key setting.
#[derive(Debug, Clone, PartialEq)]
pub enum KeysProblem {
    /// `[keys.PART]` names no part of the dashboard.
    UnknownScope(String),
    /// The name is no action of the keymap.
    UnknownAction(String),
    /// The action does nothing in the part of the dashboard it was given
    /// keys in.
    NotInScope { action: String, scope: Scope },
    /// The text names no key.
    BadKey(String),
    /// The text names a key that cannot be one: a character that does not
    /// show, a Ctrl key the terminal sends as another (`written` as written).
    NotAKey { written: String, why: NotAKey },
    /// More keys for one action than [`MAX_KEYS`].
    TooManyKeys { action: String },
    /// No key left to quit from anywhere (`quit-anywhere = []`).
    NoWayOut,
    /// The key already does another action where both apply.
    Taken {
        key: Key,
        action: &'static str,
        other: &'static str,
        scope: Scope,
    },
    /// The key is a character typed into a text field or the search there.
    Typed {
        key: Key,
        action: &'static str,
        scope: Scope,
    },
}
