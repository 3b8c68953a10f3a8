//! What the bottom line says, as typed values: the dashboard's state holds
//! these, and the rendering (`crate::ui`) turns them into words of the
//! chosen language.

use super::disk::{DiskProblem, SaveFailure, Unwritable};
use super::history::Done;
use crate::base::dates::DateError;
use crate::ledger::{Field, Rule};
use crate::ops::{OpError, Outcome};
use std::sync::Arc;

/// A message on the bottom line.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// What an edit did.
    Did(Vec<Outcome>),
    /// What an edit (or its undo) did, and where its item went: the cursor
    /// stayed on its row, on the item that came there.
    Moved {
        what: Box<Msg>,
        to: Placement,
    },
    /// An item was added that the filter hides.
    AddedHidden(String),
    /// An edit was undone; what it had done.
    Undone(Done),
    /// An edit was redone; what it does.
    Redone(Done),
    NothingToUndo,
    NothingToRedo,
    /// The library refused an edit.
    Refused(OpError),
    /// Editing is off; why (the file cannot be written).
    EditingOff(Unwritable),
    /// The ledger opened read-only; why.
    ReadOnly(Unwritable),
    NoSelection,
    /// The item is done already.
    AlreadyDone(String),
    /// The form cannot be confirmed: these fields need fixing.
    FormInvalid(Vec<Field>),
    /// The form was confirmed without a change.
    NoChange(String),
    NoteEmpty,
    /// Enter at the deadline prompt with nothing typed.
    DueNeeded,
    /// Enter at the deadline prompt with a text that is not a date.
    DueInvalid(DateError),
    Cancelled,
    NoteCancelled,
    /// The delete prompt was answered no.
    Kept,
    ReviewNotRecorded,
    /// The review form was confirmed with a date that is not one.
    ReviewDateInvalid(DateError),
    Saving,
    /// A sync runs: the edits are saved once it ends.
    SaveAfterSync,
    /// The ledger was saved to this path.
    Saved(String),
    NothingToSave,
    /// The save failed, for this reason.
    SaveFailed(SaveFailure),
    /// An edit done, then saving.
    DidSaving(Vec<Outcome>),
    /// An edit done, then saved.
    DidSaved(Vec<Outcome>),
    Recovered,
    /// The ledger was just created from the sample, at this path.
    SampleCreated(String),
    /// A sync is running.
    Syncing,
    /// How a sync ended.
    Synced(Synced),
    /// The file changed on disk but cannot be read (why).
    DiskUnreadable(DiskProblem),
    /// The file changed on disk; Ctrl-s will merge first.
    DiskChangedLater,
    /// The file was reloaded: this many items changed on disk.
    Reloaded(usize),
    /// The file was reloaded, dropping unsaved edits.
    ReloadedDropped(usize),
    /// The changes on disk were merged into the unsaved edits.
    Merged(DiskMerge),
    /// Review mode started with this many items on the agenda.
    ReviewStarted(usize),
    AgendaEmpty,
    NoConflicts,
    ConflictsHidden,
    /// The record's texts are now read this way.
    Reading(crate::ledger::Reading),
    /// The dashboard is now drawn with this theme.
    Theme(crate::config::theme::ThemeName),
    /// The theme is now this one, but `NO_COLOR` keeps the screen without colour.
    ThemeWithoutColour(crate::config::theme::ThemeName),
    /// The committee names fewer than two working languages: there is
    /// nothing to translate into.
    NoLanguageToTranslate,
    /// The portfolio key, with no portfolio holding this ledger.
    NoPortfolio,
    /// `y` on the portfolio: committee `name` is syncing, the `at`-th of `n`.
    SyncingAll {
        name: String,
        at: usize,
        n: usize,
    },
    /// `y` on the portfolio ended: each committee's name and how its sync ended.
    SyncedAll(Vec<(String, Synced)>),
    /// A conflict settled; this many are left in items not on view.
    ConflictsLeft(Vec<Outcome>, usize),
}

/// Where an edited item is in the table after the edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// On this row (the 1st, 2nd, … item on view).
    Row(usize),
    /// Not on view: the filter hides it now.
    Hidden,
}

/// What merging the file's changes did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiskMerge {
    /// Items changed on disk.
    pub changed: usize,
    /// Items renumbered: (from, to).
    pub renumbered: Vec<(String, String)>,
    /// Conflicts left, and the first few items holding them.
    pub conflicts: usize,
    pub conflicted: Vec<String>,
    /// True when the merge is being saved.
    pub saving: bool,
}

/// What is wrong with a field of a form.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldProblem {
    Date(DateError),
    Rule(Rule),
    /// Another item has this id.
    Taken(String),
    /// A list with an empty entry.
    EmptyEntry,
}

/// How a sync run from the dashboard ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Synced {
    /// Done: this many commits pushed and items received from `upstream`.
    Done {
        upstream: String,
        pushed: usize,
        received: usize,
    },
    /// The remote cannot be reached; the local commit is kept.
    Offline { remote: String },
    /// The ledger holds this many conflicts to settle; nothing was pushed.
    Conflicts(usize),
    /// The unsaved edits could not be saved first: no sync was run.
    NotSaved,
    /// It stopped for another reason (worded in the user's language by
    /// `crate::ui`).
    Failed(SyncFailure),
}

/// Why a sync run from the dashboard stopped, shared (the library's errors
/// are not `Clone`); two are equal when they say the same.
#[derive(Debug, Clone)]
pub enum SyncFailure {
    /// The `followup` program (the merge driver) could not be found.
    NoProgram(Arc<std::io::Error>),
    /// The sync stopped with this error.
    Sync(Arc<crate::sync::SyncError>),
}

impl PartialEq for SyncFailure {
    fn eq(&self, other: &Self) -> bool {
        format!("{self:?}") == format!("{other:?}")
    }
}

impl Eq for SyncFailure {}
