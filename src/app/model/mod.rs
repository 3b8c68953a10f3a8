//! The dashboard's data, with no behaviour that reads the whole state:
//! actions in, effects out, the bottom line's messages, the modes (each
//! prompt owning its state), the forms built from what they need (the
//! item form, the review form, the translation form), the history of
//! edits, the review agenda and the focus view.

mod action;
mod agenda;
mod conflict;
mod disk;
mod effect;
mod focus;
mod form;
mod history;
mod item_log;
mod keys;
mod matches;
pub(super) mod mode;
mod msg;
mod review_form;
mod text;
mod translation_form;

pub use action::Action;
pub use agenda::{Agenda, AgendaEntry, AgendaRow, SinceReview};
pub use conflict::{ConflictEntry, ConflictSlot};
pub use disk::{DiskProblem, FoundWhile, OnDisk, SaveFailure, StoreError, Unwritable};
pub use effect::{Effect, Effects};
pub use focus::Focus;
pub use form::{Form, FormSource};
pub use history::{Done, Edit, History, Step};
pub use item_log::ItemLogView;
pub use keys::{STATUS_KEYS, no_keys, status_for_key, yes_keys};
pub use matches::Matches;
pub use mode::{FilterKind, Mode, NoteBox, Palette, PaletteEntry, Prompt, Scope};
pub use msg::{DiskMerge, FieldProblem, Msg, Placement, SyncFailure, Synced};
pub use review_form::{ReviewField, ReviewForm};
pub use translation_form::{TranslationField, TranslationForm};
