//! The dashboard's state and behaviour, with no terminal I/O: a keymap turns
//! keys into [`Action`]s, [`update`] applies them to the [`App`], and the
//! effects it returns are carried out by the event loop (`crate::tui`).

mod action;
mod detail;
mod keymap;
mod layout;
mod state;
mod update;

pub use action::{Action, Effect, FilterKind};
pub use detail::{DetailLine, LABEL_WIDTH, LineKind, detail_lines, wrap};
pub use keymap::{Binding, Does, KEYMAP, Key, action_for, footer};
pub use layout::{Areas, BAR_CELL, MIN_SIZE, areas, bar_lines, too_small};
pub use state::{App, Mode, Options, Scope, Search, Stats, ViewRow, workstream_label};
pub use update::update;
