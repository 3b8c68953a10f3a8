//! Undo and redo without limit, at the cost of the items an edit touched
//! (see [`Edit`]).

use crate::ledger::Ledger;
pub use crate::ops::Edit;
use crate::ops::Outcome;

/// What an edit in the history did, typed (the catalog says it).
#[derive(Debug, Clone, PartialEq)]
pub enum Done {
    /// An operation and its outcomes.
    Op(Vec<Outcome>),
    /// The changes on disk merged in.
    Merge,
    /// The file reloaded from disk.
    Reload,
}

/// An applied edit and what it did.
#[derive(Debug, Clone)]
pub struct Step {
    pub edit: Edit,
    pub done: Done,
}

/// The edits of the session: those done (undoable) and those undone (redoable),
/// and where the ledger matched the file.
#[derive(Debug, Clone, Default)]
pub struct History {
    done: Vec<Step>,
    undone: Vec<Step>,
    /// How many edits were done when the ledger last matched the file;
    /// `None` when that state can no longer be reached by undo or redo.
    saved_at: Option<usize>,
}

impl History {
    /// An empty history whose starting point matches the file.
    pub fn new() -> Self {
        History {
            saved_at: Some(0),
            ..Default::default()
        }
    }

    /// Records an edit already applied; drops whatever was undone.
    pub fn push(&mut self, step: Step) {
        if self.saved_at.is_some_and(|s| s > self.done.len()) {
            self.saved_at = None;
        }
        self.undone.clear();
        self.done.push(step);
    }

    /// Undoes the last edit on `ledger`; returns it (now redoable).
    pub fn undo(&mut self, ledger: &mut Ledger) -> Option<&Step> {
        let mut c = self.done.pop()?;
        c.edit.toggle(ledger);
        self.undone.push(c);
        self.undone.last()
    }

    /// Redoes the last undone edit on `ledger`; returns it.
    pub fn redo(&mut self, ledger: &mut Ledger) -> Option<&Step> {
        let mut c = self.undone.pop()?;
        c.edit.toggle(ledger);
        self.done.push(c);
        self.done.last()
    }

    /// Marks the present state as the one on disk.
    pub fn mark_saved(&mut self) {
        self.saved_at = Some(self.done.len());
    }

    /// Forgets which state was on disk (the file changed under us).
    pub fn mark_unsaved(&mut self) {
        self.saved_at = None;
    }

    /// True when the ledger matches the file.
    pub fn is_saved(&self) -> bool {
        self.saved_at == Some(self.done.len())
    }

    /// How many edits (or undos) separate the ledger from the file as last
    /// saved or loaded; `None` when that state is out of reach (the file
    /// changed under us and was merged in).
    pub fn unsaved_len(&self) -> Option<usize> {
        self.saved_at.map(|s| s.abs_diff(self.done.len()))
    }

    /// How many edits can be undone.
    pub fn undo_len(&self) -> usize {
        self.done.len()
    }

    /// How many edits can be redone.
    pub fn redo_len(&self) -> usize {
        self.undone.len()
    }
}
