//! What can happen to the dashboard: the actions that go into `update`.

use super::disk::{DiskProblem, FoundWhile, OnDisk, SaveFailure};
use super::mode::{FilterKind, Prompt};
use super::msg::Synced;
use crate::ledger::{Fingerprint, Side};
use crossterm::event::KeyEvent;
use std::collections::HashSet;

/// Something the user asked for, already decoded from a key or mouse event,
/// or something the event loop found out (a save finished, the file changed).
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Move the selection (or scroll the focused pane) by this many rows.
    Move(i32),
    /// Move by a page (`1` down, `-1` up).
    Page(i32),
    /// Jump to the first row.
    Top,
    /// Jump to the last row.
    Bottom,
    /// Put the focus on the detail pane, or back on the table.
    ToggleDetail,
    /// Leave the current mode: close a popup, cancel a form, clear the search, or unfocus.
    Back,
    /// Start typing a search.
    SearchStart,
    /// Type a character into the search.
    Input(char),
    /// Delete the character before the cursor in the search.
    Backspace,
    /// Keep the search and return to the table.
    SearchConfirm,
    /// Jump to the next (`1`) or previous (`-1`) search match.
    NextMatch(i32),
    /// Open the filter menu.
    FilterMenu,
    /// In the filter menu: choose what to filter by.
    FilterBy(FilterKind),
    /// In the filter menu: keep only overdue items, or stop doing so.
    ToggleOverdue,
    /// Remove every filter.
    ClearFilter,
    /// In a pick list: apply the choice under the cursor.
    Pick,
    /// Cycle the sort order.
    CycleSort,
    /// Group rows by workstream, or stop grouping.
    ToggleGroups,
    /// Show or hide the timeline.
    ToggleTimeline,
    /// Show or hide the selected item's history from git.
    ToggleItemLog,
    /// Show the current item alone, large (the focus view), or the list again.
    Zoom,
    /// The history of an item arrived from git (`None`: git could not say).
    ItemLogLoaded(String, Option<Vec<crate::git::item_log::LogEntry>>),
    /// Show or hide the help.
    ToggleHelp,
    /// Show the record's texts as written, or in the dashboard's language
    /// where translated.
    SwitchReading,
    /// Draw with the next theme: dark, light, high-contrast.
    SwitchTheme,
    /// The terminal now has this size (columns, rows).
    Resize(u16, u16),
    /// A mouse click at (column, row).
    Click(u16, u16),
    /// The mouse wheel turned at (column, row): positive scrolls down.
    Wheel(u16, u16, i32),
    /// Open the portfolio of every committee (`followup --all`); in the
    /// portfolio, the switcher to one committee's dashboard; there, back to
    /// the portfolio.
    Portfolio,
    /// Leave the program (asks first when there are unsaved edits).
    Quit,
    /// Suspend the dashboard (Ctrl-z): give the terminal back until `fg`.
    Suspend,

    // Editing.
    /// Open a prompt (the item form, the note box, the deadline prompt…);
    /// its handler opens it, or not (nothing selected, read-only).
    Open(Prompt),
    /// Move the selected item's status forward (`1`) or backward (`-1`).
    CycleStatus(i32),
    /// Mark the selected item done.
    MarkDone,
    /// Confirm, for the user's party, the other party's closure of the selected item.
    ConfirmClosure,
    /// In the status picker: set the selected item's status.
    SetStatus(crate::ledger::Status),
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Save the ledger.
    Save,
    /// A save that found the ledger busy is due again (woken by the loop
    /// as `Effect::Wake` asked): saves if there is still something to save.
    RetrySave,
    /// The process was continued after a stop the dashboard did not make
    /// (SIGCONT after SIGSTOP): the terminal is to be taken again.
    Continued,

    // The weekly review.
    /// Start review mode (the agenda), or leave it.
    Review,
    /// Open the merge conflicts of the selected item and of the ledger.
    Conflicts,
    /// In the conflicts popup: keep this side of the conflict under the cursor.
    KeepSide(Side),

    // Forms and text boxes.
    /// A key for the focused text field (cursor moves, deletes, typing).
    TextKey(KeyEvent),
    /// Text pasted into the focused text field.
    Paste(String),
    /// Focus the next (`1`) or previous (`-1`) field of the form.
    NextField(i32),
    /// Accept the dimmed suggestion of the focused field (or move right).
    Complete,
    /// Show the next (`1`) or previous (`-1`) suggestion.
    NextSuggestion(i32),
    /// Start a new line in the note box (or the translation form's field).
    NewLine,
    /// In the translation form: write into the next working language.
    NextLanguage,
    /// Empty the focused text field (in the note box: the line the cursor is on).
    ClearLine,
    /// Confirm the form, the note box or the deletion.
    Confirm,

    // Prompts.
    /// At the quit prompt: save, then quit.
    QuitSave,
    /// At the quit prompt: quit without saving.
    QuitDiscard,
    /// The file changed on disk: merge its changes into the unsaved edits.
    MergeDisk,
    /// The file changed on disk: take it as it is, dropping the unsaved edits (undoable).
    ReloadDisk,

    // Reports from the event loop.
    /// The save finished; the file now has this fingerprint.
    Saved(Fingerprint),
    /// The save failed; nothing was written.
    SaveFailed(SaveFailure),
    /// The file on disk is no longer what was loaded or saved; this is its
    /// content, and whether a save found it out (then the save did not happen).
    DiskChanged { disk: OnDisk, found: FoundWhile },
    /// The file changed on disk but cannot be read as a ledger now.
    DiskUnreadable(DiskProblem),
    /// The repository's index or HEAD moved (or is not known yet, at
    /// start): the uncommitted items are to be worked out again.
    GitMoved,
    /// The clock's minute changed: the header's clocks move, and today
    /// may be another day in the reference zone.
    Minute,
    /// These item ids differ from the last git commit.
    Uncommitted(HashSet<String>),
    /// Commits ahead of and behind the remote branch (`None`: no upstream).
    Distance(Option<(u32, u32)>),
    /// The sides of the conflicts, named (a merge is in progress).
    SideNames(crate::sync::sides::NamedSides),
    /// What changed since the last review, from git: the ledger as
    /// committed before the review day against the ledger in review.
    SinceReview(Box<crate::ledger::LedgerDiff>),
    /// Sync the ledger with the remote (`followup sync`), in the background.
    Sync,
    /// The sync run in the background ended (the file may have changed).
    SyncEnded(Synced),
    /// How the sync ended, once what it brought in was taken in.
    Synced(Synced),
    /// The detail pane, as last drawn, holds this many lines (measured by
    /// the rendering, which knows the words; scrolling stops at the end).
    DetailMeasured(u16),
    /// Unsaved edits of an earlier session that ended on a signal were
    /// written beside the ledger (where, and how to merge them in, is
    /// printed on quitting).
    Recovered,
    /// The ledger did not exist: it was just created from the sample.
    SampleCreated,
}

impl Action {
    /// True for what the event loop found out (a save ended, the file or
    /// the terminal changed), as opposed to what the user did with a key or
    /// the mouse.
    pub fn is_report(&self) -> bool {
        matches!(
            self,
            Action::Resize(..)
                | Action::Saved(_)
                | Action::SaveFailed(_)
                | Action::DiskChanged { .. }
                | Action::DiskUnreadable(_)
                | Action::Uncommitted(_)
                | Action::Distance(_)
                | Action::SideNames(_)
                | Action::SinceReview(_)
                | Action::ItemLogLoaded(..)
                | Action::Recovered
                | Action::SampleCreated
                | Action::SyncEnded(_)
                | Action::Synced(_)
                | Action::DetailMeasured(_)
                | Action::RetrySave
                | Action::Continued
                | Action::GitMoved
                | Action::Minute
        )
    }

    /// True for how a save ended: written, refused, or found the file
    /// changed (then merged, and perhaps saved again).
    pub fn ends_save(&self) -> bool {
        matches!(
            self,
            Action::Saved(_)
                | Action::SaveFailed(_)
                | Action::DiskChanged {
                    found: FoundWhile::Saving,
                    ..
                }
        )
    }
}
