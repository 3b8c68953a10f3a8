//! The closures of the minutes, as typed data: items closed by one party
//! and confirmed by another within the period (the confirmation's day in
//! the committee's reference zone), and items still awaiting a party's
//! confirmation, whenever they were closed.

use crate::base::clock::day_in;
use crate::ledger::Item;
use crate::ledger::{ClosureEvent, Ledger};
use crate::query::{ClosureState, SortKey, closure_state, sort_indices};
use chrono::NaiveDate;

/// A closure one party made and another confirmed.
#[derive(Debug, Clone)]
pub struct Confirmed<'a> {
    pub item: &'a Item,
    pub closed: &'a ClosureEvent,
    /// The day of the closure, in the committee's reference zone.
    pub closed_on: NaiveDate,
    pub confirmed: &'a ClosureEvent,
    /// The day of the confirmation, in the committee's reference zone.
    pub confirmed_on: NaiveDate,
}

/// A closure still awaiting the confirmation of the parties `from`.
#[derive(Debug, Clone)]
pub struct Awaited<'a> {
    pub item: &'a Item,
    pub closed: &'a ClosureEvent,
    pub closed_on: NaiveDate,
    pub from: Vec<&'a str>,
}

/// The minutes' closures.
#[derive(Debug, Clone, Default)]
pub struct Closures<'a> {
    /// Confirmed within the period, by deadline.
    pub confirmed: Vec<Confirmed<'a>>,
    /// Awaiting confirmation now, by deadline.
    pub awaiting: Vec<Awaited<'a>>,
}

impl Closures<'_> {
    /// True when there is nothing to say.
    pub fn is_empty(&self) -> bool {
        self.confirmed.is_empty() && self.awaiting.is_empty()
    }
}

/// The closures of `ledger` confirmed from `since` to `today`, and those
/// awaiting confirmation.
pub fn closures(ledger: &Ledger, since: NaiveDate, today: NaiveDate) -> Closures<'_> {
    let zone = ledger.committee.reference_zone();
    let day = |e: &ClosureEvent| day_in(e.at, zone);
    let mut idx: Vec<usize> = (0..ledger.items.len())
        .filter(|&n| !ledger.items[n].closure.is_empty())
        .collect();
    sort_indices(&ledger.items, &mut idx, SortKey::Due);
    let mut out = Closures::default();
    for item in idx.into_iter().map(|n| &ledger.items[n]) {
        match closure_state(&ledger.committee, item) {
            ClosureState::Confirmed { closed, confirmed } => {
                let confirmed_on = day(confirmed);
                if since <= confirmed_on && confirmed_on <= today {
                    out.confirmed.push(Confirmed {
                        item,
                        closed,
                        closed_on: day(closed),
                        confirmed,
                        confirmed_on,
                    });
                }
            }
            ClosureState::Awaiting { closed, from } => out.awaiting.push(Awaited {
                item,
                closed,
                closed_on: day(closed),
                from,
            }),
            ClosureState::Open | ClosureState::Closed => {}
        }
    }
    out
}
