//! Changing what lies outside the items (the directory, meetings, reviews,
//! the committee), undoably: shared by the operations that do it.

use super::{Applied, Edit, Outcome};
use crate::ledger::Ledger;

/// Changes what lies outside the items (meetings, reviews), undoably.
pub(super) fn outside(
    ledger: &mut Ledger,
    outcomes: Vec<Outcome>,
    change: impl FnOnce(&mut Ledger),
) -> Applied {
    let mut next = ledger.without_items();
    change(&mut next);
    let mut undo = Edit::Outside(Box::new(next));
    undo.toggle(ledger);
    Applied {
        outcomes,
        undo: Some(undo),
    }
}
