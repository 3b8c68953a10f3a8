//! Finding an item to edit, and putting the edited copy in its place with
//! the edit that undoes it.

use super::{Applied, Edit, OpError, Outcome};
use crate::ledger::{Item, Ledger};
use chrono::NaiveDate;

/// The index of the item `id`, or why there is none.
pub(super) fn index_of(ledger: &Ledger, id: &str) -> Result<usize, OpError> {
    ledger
        .items
        .iter()
        .position(|i| i.id == id)
        .ok_or_else(|| OpError::NoItem { id: id.to_owned() })
}

/// Puts `item` (edited on `today`, stamped `updated` that day) at `index`,
/// saying `outcomes`; the applied edit swaps the old item back.
pub(super) fn swap_in(
    ledger: &mut Ledger,
    index: usize,
    mut item: Item,
    today: NaiveDate,
    outcomes: Vec<Outcome>,
) -> Applied {
    item.updated = Some(today);
    let mut undo = Edit::Swap {
        index,
        item: Box::new(item),
    };
    undo.toggle(ledger);
    Applied {
        outcomes,
        undo: Some(undo),
    }
}
