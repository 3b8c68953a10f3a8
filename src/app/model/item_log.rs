//! The history of the selected item shown in the detail pane (`L`): read
//! from git off the UI thread, then kept until another item's is asked for.

use crate::git::item_log::LogEntry;

/// The item history on view.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemLogView {
    /// Being read from git.
    Loading { id: String },
    /// Every change to the item, newest first.
    Loaded { id: String, entries: Vec<LogEntry> },
    /// git could not say (no repository, an error).
    Failed { id: String },
}

impl ItemLogView {
    /// The item whose history this is.
    pub fn id(&self) -> &str {
        match self {
            ItemLogView::Loading { id }
            | ItemLogView::Loaded { id, .. }
            | ItemLogView::Failed { id } => id,
        }
    }
}
