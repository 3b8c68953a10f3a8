//! The dashboard's state and behaviour, with no terminal I/O and no words:
//! a keymap turns keys into [`Action`]s, [`update`] applies them to the
//! [`App`], and the [`Effect`]s it returns are carried out by the event
//! loop (`crate::dashboard`).
//!
//! Dependencies run one way: `model` (plain data) ← `document`, `layout`,
//! `index` (its names and counts from `tally`) ← `state` (the [`App`]) ←
//! the shared helpers `commit`, `saving` and `conflicts` ← `handlers`
//! (which never import each other) ← `update` and `look` (a move foreseen).

mod commit;
mod conflicts;
mod counts;
pub mod desk;
mod document;
mod handlers;
mod index;
mod item_bits;
mod keymap;
mod layout;
mod look;
mod model;
mod options;
mod palette;
mod prompt_handler;
mod saving;
mod search_texts;
mod state;
mod tally;
mod texts;
mod update;

pub use document::Document;
pub use index::Index;
pub use item_bits::ItemBits;
pub use keymap::{
    Binding, Does, KEYMAP, Key, Keymap, KeysError, KeysProblem, MAX_KEYS, NotAKey, parse_key,
    scope_key,
};
pub use layout::{
    Areas, BAR_CELL, MIN_SIZE, Room, Rows, TIMELINE_CHROME, areas, bar_lines, too_small,
};
pub use look::{Look, foresee_move};
pub use model::{
    Action, Agenda, AgendaEntry, AgendaRow, ConflictEntry, ConflictSlot, DiskMerge, DiskProblem,
    Done, Edit, Effect, Effects, FieldProblem, FilterKind, Focus, Form, FormSource, FoundWhile,
    History, ItemLogView, Mode, Msg, NoteBox, OnDisk, Palette, PaletteEntry, Placement, Prompt,
    ReviewField, ReviewForm, STATUS_KEYS, SaveFailure, Scope, SinceReview, Step, StoreError,
    SyncFailure, Synced, TranslationField, TranslationForm, Unwritable, status_for_key,
};
pub use options::Options;
pub use saving::count_changed;
pub use state::{
    App, Leaving, Remote, Search, Session, Signer, StatusLine, Streams, Syncing, View, ViewRow,
};
pub use tally::Stats;
pub use update::update;
