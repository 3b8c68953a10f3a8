//! The dashboard's state and behaviour, with no terminal I/O: a keymap turns
//! keys into [`Action`]s, [`update`] applies them to the [`App`], and the
//! effects it returns are carried out by the event loop (`crate::dashboard`).
//!
//! Dependencies run one way: `update` dispatches to the feature modules
//! (`edit`, `review`, `conflict`), which build operations and hand them to
//! `commit` (apply, record, say) and `persist` (save, disk changes); those
//! work on `state` and the data it holds (`form`, `review_form`, `agenda`,
//! `history`, `message`). Feature modules never import each other.

mod action;
mod agenda;
mod commit;
mod conflict;
mod detail;
mod edit;
mod form;
mod history;
mod keymap;
mod layout;
mod message;
mod persist;
mod review;
mod review_form;
mod state;
mod sync;
mod update;

pub use action::{Action, DiskProblem, Effect, FilterKind, OnDisk, SaveFailure};
pub use agenda::{Agenda, AgendaEntry, AgendaRow, SinceReview};
pub use conflict::{ConflictAt, ConflictEntry};
pub use detail::{DetailLine, LineKind, detail_lines, label_width, wrap};
pub use form::{DueBox, FieldKind, Form, NoteBox};
pub use history::{Change, Done, Edit, History};
pub use keymap::{Binding, Does, KEYMAP, Key, action_for, footer, pinned};
pub use layout::{Areas, BAR_CELL, MIN_SIZE, TIMELINE_CHROME, areas, bar_lines, too_small};
pub use message::{Merged, Msg, Problem};
pub use persist::count_changed;
pub use review_form::{ReviewField, ReviewForm};
pub use state::{App, Mode, Options, Scope, Search, Stats, StatusLine, ViewRow};
pub use sync::Synced;
pub use update::update;
