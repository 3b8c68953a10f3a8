//! Keys that would mean two things: a key the user chose for an action
//! that another action already has in a part of the dashboard where both
//! apply, or a character that a text field or the search there types.

use super::binding::{Binding, Does, Key};
use super::problem::{KeysError, KeysProblem};
use crate::app::model::{Scope, no_keys, yes_keys};
use crate::base::lang::Lang;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The conflict on the earliest line among `rows` (each with the line its
/// keys were chosen on, `None` for the table's own), for a user speaking
/// `lang`; the table's own keys never conflict (a test keeps them so).
pub(super) fn first(rows: &[Binding], set_at: &[Option<usize>], lang: Lang) -> Option<KeysError> {
    let mut found: Option<KeysError> = None;
    for scope in Scope::ALL {
        let here: Vec<usize> = (0..rows.len())
            .filter(|&n| rows[n].scopes.contains(&scope))
            .collect();
        for &a in here.iter().filter(|&&a| set_at[a].is_some()) {
            for &b in &here {
                let Some(problem) = clash(&rows[a], &rows[b], scope, lang) else {
                    continue;
                };
                // Both chosen: the later line is the one to change.
                let line = set_at[a].max(set_at[b]).unwrap_or_default();
                if found.as_ref().is_none_or(|f| line < f.line) {
                    found = Some(KeysError { line, problem });
                }
            }
        }
    }
    found
}

/// What is wrong with `a`'s keys beside `b`'s in `scope`, if anything.
fn clash(a: &Binding, b: &Binding, scope: Scope, lang: Lang) -> Option<KeysProblem> {
    if a.does == b.does {
        return None;
    }
    for &key in a.keys.iter() {
        for ev in events(key, lang) {
            let typed = matches!(ev.code, KeyCode::Char(_)) && ev.modifiers.is_empty();
            match b.does {
                Does::Type | Does::Edit if typed => {
                    return Some(KeysProblem::Typed {
                        key,
                        action: a.name(),
                        scope,
                    });
                }
                Does::Type | Does::Edit => {}
                Does::Act(_) if b.keys.iter().any(|k| !wild(*k) && k.matches(&ev, lang)) => {
                    return Some(KeysProblem::Taken {
                        key,
                        action: a.name(),
                        other: b.name(),
                        scope,
                    });
                }
                Does::Act(_) => {}
            }
        }
    }
    None
}

fn wild(k: Key) -> bool {
    matches!(k, Key::AnyChar | Key::Any)
}

/// The key presses `key` stands for.
fn events(key: Key, lang: Lang) -> Vec<KeyEvent> {
    let plain = |code| KeyEvent::new(code, KeyModifiers::NONE);
    match key {
        Key::Char(c) => vec![plain(KeyCode::Char(c))],
        Key::Ctrl(c) => vec![KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)],
        Key::Code(code) => vec![plain(code)],
        Key::Alt(code) => vec![KeyEvent::new(code, KeyModifiers::ALT)],
        Key::Yes => yes_keys(lang)
            .iter()
            .map(|c| plain(KeyCode::Char(*c)))
            .collect(),
        Key::No => no_keys(lang)
            .iter()
            .map(|c| plain(KeyCode::Char(*c)))
            .collect(),
        Key::AnyChar | Key::Any => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::keymap::table::KEYMAP;

    #[test]
    fn the_tables_own_keys_never_mean_two_things() {
        let set_at = vec![Some(1); KEYMAP.len()];
        for lang in Lang::ALL {
            assert_eq!(first(&KEYMAP, &set_at, lang), None, "{lang:?}");
        }
    }
}
