//! The dashboard's state and behaviour, with no terminal I/O: a keymap turns
//! keys into [`Action`]s, [`update`] applies them to the [`App`], and the
//! effects it returns are carried out by the event loop (`crate::tui`).

mod action;
mod conflict;
mod detail;
mod edit;
mod form;
mod history;
mod keymap;
mod layout;
mod review;
mod state;
mod update;

pub use action::{Action, Effect, FilterKind, OnDisk};
pub use conflict::{ConflictAt, ConflictEntry};
pub use detail::{DetailLine, LABEL_WIDTH, LineKind, detail_lines, wrap};
pub use edit::{count_changed, slip_text};
pub use form::{FieldKind, Form, NoteBox};
pub use history::{Change, Edit, History};
pub use keymap::{Binding, Does, KEYMAP, Key, action_for, footer, pinned};
pub use layout::{Areas, BAR_CELL, MIN_SIZE, TIMELINE_CHROME, areas, bar_lines, too_small};
pub use review::{Agenda, AgendaEntry, AgendaRow, ReviewField, ReviewForm};
pub use state::{App, Mode, Options, Scope, Search, Stats, StatusLine, ViewRow, workstream_label};
pub use update::update;
