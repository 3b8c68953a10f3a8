//! A reversible change to the ledger, holding only what it needs to swap back:
//! the items it touched, never a copy of the whole ledger (except for a
//! reload or merge, which replaces the ledger anyway and keeps the old one by move).

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
                std::mem::swap(&mut ledger.directory, &mut o.directory);
                std::mem::swap(&mut ledger.meetings, &mut o.meetings);
                std::mem::swap(&mut ledger.reviews, &mut o.reviews);
                std::mem::swap(&mut ledger.conflicts, &mut o.conflicts);
                std::mem::swap(&mut ledger.extra, &mut o.extra);
            }
        }
    }

    /// A copy of the edit to update a view with: an item edit is copied
    /// (one item), a whole ledger is not (its shape is enough).
    pub fn view_copy(&self) -> Edit {
        match self {
            Edit::Whole(_) => Edit::Whole(Box::default()),
            Edit::Outside(_) => Edit::Outside(Box::default()),
            e => e.clone(),
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
