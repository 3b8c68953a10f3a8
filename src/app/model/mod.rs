//! The dashboard's data, with no behaviour that reads the whole state:
//! actions in, effects out, the bottom line's messages, the modes (each
//! prompt owning its state), the forms built from what they need, the
//! history of edits and the review agenda.

mod action;
mod agenda;
mod conflict;
mod disk;
mod effect;
mod form;
mod history;
mod mode;
mod msg;
mod prompts;
mod review_form;
mod text;

pub use action::{Action, FilterKind};
pub use agenda::{Agenda, AgendaEntry, AgendaRow, SinceReview};
pub use conflict::{ConflictEntry, ConflictSlot};
pub use disk::{DiskProblem, FoundWhile, OnDisk, SaveFailure, StoreError, Unwritable};
pub use effect::{Effect, Effects};
pub use form::{Form, FormSource};
pub use history::{Done, Edit, History, Step};
pub use mode::{Mode, Scope};
pub use msg::{DiskMerge, FieldProblem, Msg, Placement, SyncFailure, Synced};
pub use prompts::{DueBox, NoteBox};
pub use review_form::{ReviewField, ReviewForm};
