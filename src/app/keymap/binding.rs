//! What a row of the key table is: the keys, the scopes where they apply,
//! what they do, and the catalog ids of their help and footer labels.

use crate::app::model::{Action, Scope, no_keys, yes_keys};
use crate::base::lang::Lang;
use Key::{Alt, Char, Code, Ctrl};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::borrow::Cow;

/// Where an item can be edited: the scopes most editing keys share.
pub(super) const EDITING: &[Scope] = &[
    Scope::Table,
    Scope::Detail,
    Scope::Timeline,
    Scope::Review,
    Scope::Focus,
];

/// A key as written in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A character key (shift is part of the character).
    Char(char),
    /// A character key with Ctrl held.
    Ctrl(char),
    /// A named key.
    Code(KeyCode),
    /// A named key with Alt held.
    Alt(KeyCode),
    /// An answer "yes" in the user's language ([`yes_keys`]: `y`, `s` for
    /// sí, `ㅛ`).
    Yes,
    /// An answer "no" ([`no_keys`]: `n`, `ㅜ`).
    No,
    /// Any printable character not bound otherwise.
    AnyChar,
    /// Any key not bound otherwise.
    Any,
}

/// What a binding does.
#[derive(Debug, Clone, PartialEq)]
pub enum Does {
    /// This action.
    Act(Action),
    /// Types the pressed character into the search.
    Type,
    /// Hands the key to the focused text field.
    Edit,
}

/// One row of the key table: the table's own keys and scopes, or those of
/// the keymap in use (the user's keys, from `[keys]` in config.toml).
#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    pub keys: Cow<'static, [Key]>,
    pub scopes: Cow<'static, [Scope]>,
    pub does: Does,
    /// The catalog id of what it does, for the help (`key-…`).
    pub help: &'static str,
    /// The catalog id of its label in the footer (`foot-…`; the catalog
    /// also has `foot-…-short`, used when room is short); empty to leave
    /// it out of the footer.
    pub short: &'static str,
}

/// A row that does `action`.
pub(super) const fn bind(
    keys: &'static [Key],
    scopes: &'static [Scope],
    action: Action,
    help: &'static str,
    short: &'static str,
) -> Binding {
    Binding {
        keys: Cow::Borrowed(keys),
        scopes: Cow::Borrowed(scopes),
        does: Does::Act(action),
        help,
        short,
    }
}

/// A row that types what is pressed (`does`: into the search or a field).
pub(super) const fn typing(
    keys: &'static [Key],
    scopes: &'static [Scope],
    does: Does,
    help: &'static str,
) -> Binding {
    Binding {
        keys: Cow::Borrowed(keys),
        scopes: Cow::Borrowed(scopes),
        does,
        help,
        short: "",
    }
}

impl Binding {
    /// The action's name in `[keys]` (config.toml): its help id without
    /// `key-` (`key-move-down` is `move-down`), English and stable.
    pub fn name(&self) -> &'static str {
        self.help.strip_prefix("key-").unwrap_or(self.help)
    }

    /// True when its keys can be chosen in `[keys]`: it does an action
    /// (typing into a field or the search is no action of its own).
    pub fn remappable(&self) -> bool {
        matches!(self.does, Does::Act(_))
    }
}

impl Key {
    /// Whether `ev` is this key, for a user speaking `lang` (the answers
    /// to a yes/no prompt are the language's).
    pub fn matches(self, ev: &KeyEvent, lang: Lang) -> bool {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let alt = ev.modifiers.contains(KeyModifiers::ALT);
        match (self, ev.code) {
            (Char(c), KeyCode::Char(k)) => !ctrl && !alt && c == k,
            (Ctrl(c), KeyCode::Char(k)) => ctrl && c == k.to_ascii_lowercase(),
            (Code(code), k) => !ctrl && !alt && code == k,
            (Alt(code), k) => !ctrl && alt && code == k,
            (Key::Yes, KeyCode::Char(k)) => !ctrl && !alt && yes_keys(lang).contains(&k),
            (Key::No, KeyCode::Char(k)) => !ctrl && !alt && no_keys(lang).contains(&k),
            (Key::AnyChar, KeyCode::Char(_)) => !ctrl && !alt,
            (Key::Any, _) => true,
            _ => false,
        }
    }

    /// How the key is written in the footer and the help; empty for the
    /// keys named by words (Space, the answers, any text, any key, and the
    /// named keys each keyboard labels its own way), which the catalog says.
    pub fn label(self) -> String {
        match self {
            Char(' ') => String::new(),
            Char(c) => c.to_string(),
            Ctrl(c) => format!("Ctrl-{c}"),
            Alt(code) => format!("Alt-{}", Code(code).label()),
            Key::Yes | Key::No | Key::AnyChar | Key::Any => String::new(),
            Code(code) => match code {
                KeyCode::Up => "↑".into(),
                KeyCode::Down => "↓".into(),
                KeyCode::Left => "←".into(),
                KeyCode::Right => "→".into(),
                KeyCode::BackTab => "Shift-Tab".into(),
                c => c.to_string(),
            },
        }
    }
}
