//! The one table of key bindings: it decodes keys into actions and also
//! writes the footer and the help, so the three can never disagree.

mod binding;
mod lookup;
mod table;

pub use binding::{Binding, Does, Key};
pub use lookup::{action_for, footer, pinned};
pub use table::KEYMAP;
