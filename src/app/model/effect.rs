//! What `update` asks the event loop to carry out: effects, as values.

use super::action::Action;
use super::msg::Synced;
use chrono::NaiveDate;
use std::time::Duration;

/// Work for the event loop to carry out after an update, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Restore the terminal and exit.
    Quit,
    /// Write the unsaved edits to a recovery file beside the ledger (as on
    /// a signal: the exit says where, and how to merge them in), restore
    /// the terminal and exit. For a quit that cannot wait for a save.
    QuitKeepingEdits,
    /// Restore the terminal, stop the process (as SIGTSTP does), and take
    /// the terminal again when it is continued.
    Suspend,
    /// Write the ledger through the store (lock held, atomic, canonical,
    /// refused when the file changed since it was loaded or saved), then
    /// report back with `Action::Saved`, `Action::SaveFailed` or
    /// `Action::DiskChanged`.
    Save,
    /// Work out from git what changed since the review of this day (off
    /// the UI thread), then report back with `Action::SinceReview`.
    SinceReview(NaiveDate),
    /// Run `followup sync` off the UI thread and report back with
    /// `Action::SyncEnded` (asked only when the ledger is saved).
    Sync,
    /// Name the sides of the ledger's conflicts from git (off the UI
    /// thread), then report back with `Action::SideNames`.
    NameSides,
    /// Work out again from git which items differ from the last commit
    /// (off the UI thread), then report back with `Action::Uncommitted`.
    RecountUncommitted,
    /// Look at the file at once and take in what changed on disk
    /// (`Action::DiskChanged`).
    ReloadFromDisk,
    /// Hand `action` to `update` once `after` has passed (a save that
    /// found the ledger busy, tried again).
    Wake { after: Duration, action: Action },
    /// Take the terminal again, whatever the shell did with it (continued
    /// after a stop the dashboard did not make).
    RetakeScreen,
    /// Read the history of this item from git (off the UI thread), then
    /// report back with `Action::ItemLogLoaded`.
    LoadItemLog(String),
    /// Commit the ledger, and only it, as the review of this day with these
    /// attendees (after the save that recorded it; nothing outside git),
    /// off the UI thread, then count again what differs from the last commit.
    CommitReview {
        date: NaiveDate,
        attendees: Vec<String>,
    },
    /// Report how the sync ended (`Action::Synced`), after what it brought
    /// in was taken in.
    ReportSynced(Synced),
}

/// The effects of one update, in the order they are to be carried out.
pub type Effects = Vec<Effect>;
