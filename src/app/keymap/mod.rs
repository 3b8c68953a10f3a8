//! The one table of key bindings, and the keymap in use built from it with
//! the user's keys: it decodes keys into actions and also writes the
//! footer, the help and the palette, so that they can never disagree.

mod binding;
mod chosen;
mod conflicts;
mod lookup;
mod problem;
mod remap;
mod spelling;
mod table;
mod table_prompts;

pub use binding::{Binding, Does, Key};
pub use chosen::Keymap;
pub use problem::{KeysError, KeysProblem, MAX_KEYS};
pub use remap::scope_key;
pub use spelling::{NotAKey, parse_key};
pub use table::KEYMAP;
