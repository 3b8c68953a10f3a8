//! Undo and redo without limit, at the cost of the items an edit touched:
//! each entry holds only what it needs to swap back, never a copy of the
//! whole ledger (except for a reload or merge, which replaces the ledger
//! anyway and keeps the old one by move).

use crate::ledger::{Item, Ledger};

/// One reversible change to the ledger. Applying an edit turns it into its
/// own inverse, so undo and redo are the same operation.
#[derive(Debug, Clone)]
pub enum Edit {
    /// The item at `index` and this one trade places.
    Swap { index: usize, item: Box<Item> },
    /// An item inserted at or removed from `index`: `Some` holds a removed
    /// item waiting to go back in, `None` means it is in the ledger now.
    Splice {
        index: usize,
        item: Option<Box<Item>>,
    },
    /// The whole ledger and this one trade places (reload, merge).
    Whole(Box<Ledger>),
    /// Everything but the items (committee, meetings, reviews, top-level
    /// conflicts, unknown fields) and this ledger's trade places; its items
    /// stay empty. Recording a review, settling a top-level conflict.
    Outside(Box<Ledger>),
}

impl Edit {
    /// Applies the edit to `ledger`, leaving `self` as its inverse.
    pub fn toggle(&mut self, ledger: &mut Ledger) {
        match self {
            Edit::Swap { index, item } => std::mem::swap(&mut ledger.items[*index], item),
            Edit::Splice { index, item } => match item.take() {
                Some(it) => ledger.items.insert(*index, *it),
                None => *item = Some(Box::new(ledger.items.remove(*index))),
            },
            Edit::Whole(other) => std::mem::swap(ledger, other),
            Edit::Outside(other) => {
                let o = &mut **other;
                std::mem::swap(&mut ledger.committee, &mut o.committee);
                std::mem::swap(&mut ledger.meetings, &mut o.meetings);
                std::mem::swap(&mut ledger.reviews, &mut o.reviews);
                std::mem::swap(&mut ledger.conflicts, &mut o.conflicts);
                std::mem::swap(&mut ledger.extra, &mut o.extra);
            }
        }
    }

    /// The item index the edit touches, if it touches one.
    pub fn index(&self) -> Option<usize> {
        match self {
            Edit::Swap { index, .. } | Edit::Splice { index, .. } => Some(*index),
            Edit::Whole(_) | Edit::Outside(_) => None,
        }
    }
}

/// An applied edit and what it did, in words (`JC2-01 status done → in-progress`).
#[derive(Debug, Clone)]
pub struct Change {
    pub edit: Edit,
    pub said: String,
}

/// The edits of the session: those done (undoable) and those undone (redoable),
/// and where the ledger matched the file.
#[derive(Debug, Clone, Default)]
pub struct History {
    done: Vec<Change>,
    undone: Vec<Change>,
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
    pub fn push(&mut self, change: Change) {
        if self.saved_at.is_some_and(|s| s > self.done.len()) {
            self.saved_at = None;
        }
        self.undone.clear();
        self.done.push(change);
    }

    /// Undoes the last edit on `ledger`; returns it (now redoable).
    pub fn undo(&mut self, ledger: &mut Ledger) -> Option<&Change> {
        let mut c = self.done.pop()?;
        c.edit.toggle(ledger);
        self.undone.push(c);
        self.undone.last()
    }

    /// Redoes the last undone edit on `ledger`; returns it.
    pub fn redo(&mut self, ledger: &mut Ledger) -> Option<&Change> {
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
