//! The portfolio's ledger: every seat's items in one list (never saved),
//! each in its committee's name where its workstream was, so that the
//! table's column, the grouping, the filter and the timeline of workstreams
//! are the portfolio's by committee.

use super::seat::Seat;
use crate::ledger::{Closure, Committee, Item, Ledger, Person};

/// The portfolio's ledger over `seats`, named `title`, and where each of
/// its items comes from (seat, index there).
///
/// Its committee is the first seat's, with every seat's parties (so the
/// header shows each capital's clock once; "today" is the first seat's
/// reference zone's), and closure by both parties when any seat asks for
/// it (a closure awaiting confirmation is marked as its own committee
/// would mark it: with no word recorded, a closure is plainly closed).
pub fn project(seats: &[Seat], title: String) -> (Ledger, Vec<(usize, usize)>) {
    let mut committee = Committee {
        name: title,
        ..Committee::default()
    };
    let mut directory: Vec<Person> = Vec::new();
    if let Some(first) = seats.first() {
        let c = &first.app.doc.ledger().committee;
        committee.zone = c.reference_zone();
        committee.languages = c.languages.clone();
        committee.closure = c.closure;
    }
    for s in seats {
        let c = &s.app.doc.ledger().committee;
        for p in &c.parties {
            if committee.party(&p.name).is_none() {
                committee.parties.push(p.clone());
            }
        }
        if c.closure == Closure::Both {
            committee.closure = Closure::Both;
        }
        for person in &s.app.doc.ledger().directory {
            if !directory.iter().any(|d| d.name == person.name) {
                directory.push(person.clone());
            }
        }
    }
    let (items, origin) = items(seats);
    let ledger = Ledger {
        committee,
        directory,
        items,
        ..Ledger::default()
    };
    (ledger, origin)
}

/// Every seat's items as the portfolio shows them, and their origins.
pub fn items(seats: &[Seat]) -> (Vec<Item>, Vec<(usize, usize)>) {
    let n = seats.iter().map(|s| s.app.doc.ledger().items.len()).sum();
    let mut items = Vec::with_capacity(n);
    let mut origin = Vec::with_capacity(n);
    for (m, s) in seats.iter().enumerate() {
        let ledger = s.app.doc.ledger();
        let first = ledger.committee.languages.first().copied();
        for (k, item) in ledger.items.iter().enumerate() {
            items.push(shown(item, &s.name, first));
            origin.push((m, k));
        }
    }
    (items, origin)
}

/// `item` as the portfolio holds it: in its committee's name where its
/// workstream was, and with its title's language said (its committee's
/// first when the item does not say).
fn shown(item: &Item, committee: &str, first: Option<crate::base::lang::Lang>) -> Item {
    let mut item = item.clone();
    item.workstream = committee.to_owned();
    item.language = item.language.or(first);
    item
}
