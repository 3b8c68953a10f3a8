//! Where a merge conflict lives, as the conflicts popup lists it.

/// Where a conflict lives: in an item (ledger index) or at the top level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictSlot {
    Item(usize),
    Top,
}

/// A conflict as the popup lists it: where, and its index there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConflictEntry {
    pub at: ConflictSlot,
    pub index: usize,
}
