//! What the dashboard's state counts of itself: its changes to what the
//! screen shows ([`App::changes`](super::App::changes)) and the updates
//! applied to it ([`App::look`](super::App::look)).

use std::sync::atomic::{AtomicU64, Ordering};

/// The last number given to a change.
static CHANGES: AtomicU64 = AtomicU64::new(0);

/// The state's counts.
#[derive(Debug, Clone, Copy)]
pub(super) struct Counts {
    changes: u64,
    updates: u64,
}

impl Counts {
    /// A new state's counts: a change of its own, no update yet.
    pub(super) fn new() -> Counts {
        let mut counts = Counts {
            changes: 0,
            updates: 0,
        };
        counts.change();
        counts
    }

    /// Notes a change to what the screen shows: a number new in the process.
    pub(super) fn change(&mut self) {
        self.changes = CHANGES.fetch_add(1, Ordering::Relaxed) + 1;
    }

    /// The number of the last change.
    pub(super) fn changes(self) -> u64 {
        self.changes
    }

    /// Notes an update applied.
    pub(super) fn update(&mut self) {
        self.updates += 1;
    }

    /// How many updates were applied.
    pub(super) fn updates(self) -> u64 {
        self.updates
    }
}
