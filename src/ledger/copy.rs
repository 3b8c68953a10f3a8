//! A copy of a large ledger made on two threads: the dashboard keeps one
//! (the ledger as loaded or saved, a merge's common ancestor) beside the
//! one it edits, made once the ledger is about to change or while no key
//! waits (copying 100,000 items took a quarter of the first frame).

use super::model::{Item, Ledger};
use crate::base::cores::{beside, two_cores};

/// Ledgers with fewer items are copied on one thread: a second one would
/// cost more to start than it saves.
const TWO_THREADS_FROM: usize = 4096;

/// A copy of `ledger` (equal to it), its items copied on two threads when
/// there are many and the machine has two cores.
pub fn copy(ledger: &Ledger) -> Ledger {
    if ledger.items.len() < TWO_THREADS_FROM || !two_cores() {
        return ledger.clone();
    }
    let (first, second) = ledger.items.split_at(ledger.items.len() / 2);
    let copy_first = || {
        let mut items: Vec<Item> = Vec::with_capacity(ledger.items.len());
        items.extend_from_slice(first);
        items
    };
    let (mut items, rest) = beside(copy_first, || second.to_vec());
    items.extend(rest);
    Ledger {
        committee: ledger.committee.clone(),
        directory: ledger.directory.clone(),
        meetings: ledger.meetings.clone(),
        reviews: ledger.reviews.clone(),
        items,
        conflicts: ledger.conflicts.clone(),
        extra: ledger.extra.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synthetic::{demo_today, translated_ledger};

    #[test]
    fn a_copy_is_the_ledger_on_one_thread_or_two() {
        for n in [
            0,
            3,
            TWO_THREADS_FROM - 1,
            TWO_THREADS_FROM,
            TWO_THREADS_FROM + 7,
        ] {
            let ledger = translated_ledger(n, demo_today());
            let copied = copy(&ledger);
            assert_eq!(copied, ledger, "{n} items");
            assert_eq!(copied.items.len(), n);
        }
    }
}
