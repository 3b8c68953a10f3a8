//! The keymap in use: the table's bindings with the keys the user chose
//! in `[keys]` (config.toml), built once when the dashboard starts. The
//! dispatch, the footer, the help and the palette all read it.

use super::binding::Binding;
use super::problem::KeysError;
use super::table::KEYMAP;
use crate::base::fold::fold;
use crate::base::lang::Lang;
use crate::config::KeySetting;

/// The bindings in use, in the table's order (an action given other keys
/// in some parts of the dashboard has a row for each set of keys).
#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    rows: Vec<Binding>,
    /// What each row does as the palette finds it, folded: the words of
    /// the user's language when the dashboard gave them
    /// ([`Keymap::speaking`]), else the action's name.
    said: Vec<String>,
}

impl Default for Keymap {
    /// The table as it is.
    fn default() -> Self {
        Keymap::of(KEYMAP.to_vec())
    }
}

impl Keymap {
    fn of(rows: Vec<Binding>) -> Keymap {
        let said = rows.iter().map(|b| b.name().to_owned()).collect();
        Keymap { rows, said }
    }

    /// The table with the keys of `settings`, for a user speaking `lang`
    /// (whose yes and no answer a prompt); the first setting that names
    /// no action or part, no key, or a key that another action already
    /// has where both apply, is refused.
    pub fn new(settings: &[KeySetting], lang: Lang) -> Result<Keymap, KeysError> {
        let (rows, set_at) = super::remap::remap(settings)?;
        if let Some(e) = super::conflicts::first(&rows, &set_at, lang) {
            return Err(e);
        }
        Ok(Keymap::of(rows))
    }

    /// The keymap with what each action does in the user's language
    /// (`say` gives a catalog message by id), for the palette to find.
    pub fn speaking(mut self, say: impl Fn(&str) -> String) -> Keymap {
        for (row, said) in self.rows.iter().zip(&mut self.said) {
            *said = fold(&format!("{} {}", say(row.help), row.name()));
        }
        self
    }

    /// Every binding in use, in the table's order.
    pub fn bindings(&self) -> &[Binding] {
        &self.rows
    }

    /// What the binding at `row` does, as the palette finds it (folded).
    pub fn said(&self, row: usize) -> &str {
        &self.said[row]
    }
}
