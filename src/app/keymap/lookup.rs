//! Looking the keymap in use up: the action a key means in a scope, and
//! the bindings the footer shows.

use super::binding::{Binding, Does, Key};
use super::chosen::Keymap;
use crate::app::model::{Action, Scope};
use crate::base::lang::Lang;
use crossterm::event::{KeyCode, KeyEvent};

impl Keymap {
    /// The action a key press means in `scope` for a user speaking `lang`,
    /// if any. Keys bound by name win over the catch-alls (`text`, `keys`).
    pub fn action_for(&self, scope: Scope, lang: Lang, ev: &KeyEvent) -> Option<Action> {
        let in_scope = || self.bindings().iter().filter(|b| b.scopes.contains(&scope));
        let wild = |k: &Key| matches!(k, Key::AnyChar | Key::Any);
        let b = in_scope()
            .find(|b| b.keys.iter().any(|k| !wild(k) && k.matches(ev, lang)))
            .or_else(|| {
                in_scope().find(|b| b.keys.iter().any(|k| wild(k) && k.matches(ev, lang)))
            })?;
        match (&b.does, ev.code) {
            (Does::Act(a), _) => Some(a.clone()),
            (Does::Type, KeyCode::Char(c)) => Some(Action::Input(c)),
            (Does::Type, _) => None,
            (Does::Edit, _) => Some(Action::TextKey(*ev)),
        }
    }

    /// The bindings that open the help and quit in `scope`, always shown
    /// at the end of the footer (when they have a key).
    pub fn pinned(&self, scope: Scope) -> impl Iterator<Item = &Binding> {
        [Action::ToggleHelp, Action::Quit]
            .into_iter()
            .filter_map(move |a| {
                self.bindings().iter().find(|b| {
                    b.scopes.contains(&scope)
                        && b.does == Does::Act(a.clone())
                        && !b.keys.is_empty()
                })
            })
    }

    /// The bindings worth showing in the footer for `scope`.
    pub fn footer(&self, scope: Scope) -> impl Iterator<Item = &Binding> {
        self.bindings().iter().filter(move |b| {
            !b.short.is_empty()
                && !b.keys.is_empty()
                && b.scopes.contains(&scope)
                && !matches!(b.does, Does::Act(Action::ToggleHelp | Action::Quit))
        })
    }
}
