//! The table with the user's keys: each setting of `[keys]` checked (a
//! known part of the dashboard, a known action working there, keys that
//! are keys) and put in place of the action's keys, everywhere it works or
//! in one part. An action given keys loses the ones it had unless listed.

use super::binding::{Binding, Key};
use super::problem::{KeysError, KeysProblem, MAX_KEYS};
use super::spelling::{not_a_key, parse_key};
use super::table::KEYMAP;
use crate::app::model::Scope;
use crate::config::{KeySetting, Written};
use std::borrow::Cow;
use std::collections::HashMap;

/// A part of the dashboard's name in `[keys.PART]`: its help name's id
/// without `scope-` (`review`, `filter-menu`).
pub fn scope_key(scope: Scope) -> &'static str {
    let id = scope.name_id();
    id.strip_prefix("scope-").unwrap_or(id)
}

/// The action that quits from every part of the dashboard: it keeps a key.
const QUIT_ANYWHERE: &str = "quit-anywhere";

/// Keys chosen for a row, and the line they were chosen on.
type Chosen = (Vec<Key>, usize);

/// The rows of the table with the keys of `settings`, and for each row the
/// line its keys were chosen on (`None`: the table's own).
pub(super) fn remap(
    settings: &[KeySetting],
) -> Result<(Vec<Binding>, Vec<Option<usize>>), KeysError> {
    let mut everywhere: HashMap<usize, Chosen> = HashMap::new();
    let mut within: HashMap<(usize, Scope), Chosen> = HashMap::new();
    for s in settings {
        let scope = s.scope.as_ref().map(part).transpose()?;
        let row = action(&s.action, scope)?;
        let written = s.keys.as_ref().map_err(bad_key)?;
        if written.len() > MAX_KEYS {
            let action = s.action.text.clone();
            return Err(refused(&s.action, KeysProblem::TooManyKeys { action }));
        }
        if written.is_empty() && KEYMAP[row].name() == QUIT_ANYWHERE {
            return Err(refused(&s.action, KeysProblem::NoWayOut));
        }
        let keys = written.iter().map(key).collect::<Result<Vec<_>, _>>()?;
        let mut unique: Vec<Key> = Vec::with_capacity(keys.len());
        for k in keys {
            if !unique.contains(&k) {
                unique.push(k);
            }
        }
        let chosen = (unique, s.action.line);
        match scope {
            Some(scope) => within.insert((row, scope), chosen),
            None => everywhere.insert(row, chosen),
        };
    }
    let mut rows = Vec::with_capacity(KEYMAP.len());
    let mut set_at = Vec::with_capacity(KEYMAP.len());
    for (n, b) in KEYMAP.iter().enumerate() {
        // The row's scopes by the keys they get, in the table's order.
        let mut groups: Vec<(Option<&Chosen>, Vec<Scope>)> = Vec::new();
        for s in b.scopes.iter() {
            let chosen = within.get(&(n, *s)).or_else(|| everywhere.get(&n));
            match groups.iter_mut().find(|(c, _)| *c == chosen) {
                Some((_, scopes)) => scopes.push(*s),
                None => groups.push((chosen, vec![*s])),
            }
        }
        for (chosen, scopes) in groups {
            let mut row = b.clone();
            if let Some((keys, line)) = chosen {
                row.keys = Cow::Owned(keys.clone());
                set_at.push(Some(*line));
            } else {
                set_at.push(None);
            }
            if scopes.len() < b.scopes.len() {
                row.scopes = Cow::Owned(scopes);
            }
            rows.push(row);
        }
    }
    Ok((rows, set_at))
}

/// The part of the dashboard `[keys.PART]` names.
fn part(w: &Written) -> Result<Scope, KeysError> {
    Scope::ALL
        .into_iter()
        .find(|s| scope_key(*s) == w.text)
        .ok_or_else(|| refused(w, KeysProblem::UnknownScope(w.text.clone())))
}

/// The row of the action `w` names, which must work in `scope` when given.
fn action(w: &Written, scope: Option<Scope>) -> Result<usize, KeysError> {
    let row = KEYMAP
        .iter()
        .position(|b| b.remappable() && b.name() == w.text)
        .ok_or_else(|| refused(w, KeysProblem::UnknownAction(w.text.clone())))?;
    match scope {
        Some(scope) if !KEYMAP[row].scopes.contains(&scope) => Err(refused(
            w,
            KeysProblem::NotInScope {
                action: w.text.clone(),
                scope,
            },
        )),
        _ => Ok(row),
    }
}

fn key(w: &Written) -> Result<Key, KeysError> {
    parse_key(&w.text).ok_or_else(|| match not_a_key(&w.text) {
        Some(why) => refused(
            w,
            KeysProblem::NotAKey {
                written: w.text.clone(),
                why,
            },
        ),
        None => bad_key(w),
    })
}

fn bad_key(w: &Written) -> KeysError {
    refused(w, KeysProblem::BadKey(w.text.clone()))
}

fn refused(w: &Written, problem: KeysProblem) -> KeysError {
    KeysError {
        line: w.line,
        problem,
    }
}
