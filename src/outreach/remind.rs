//! Who needs a reminder, and about what: the people who own overdue,
//! due-soon or blocked items, each item listed once per person.

use crate::base::fold::{Needle, fold};
use crate::ledger::{Directory, Item, Ledger, Person};
use crate::query::{ClosureState, closure_state};
use chrono::{Days, NaiveDate};
use std::collections::HashMap;

/// Why an item is in a reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reason {
    /// The deadline has passed.
    Overdue,
    /// Blocked, whatever its deadline.
    Blocked,
    /// Due within the review window.
    DueSoon,
    /// Closed by another party, awaiting the confirmation of the party
    /// this person is (or speaks for).
    Confirm,
}

/// An item to ask about, and why.
#[derive(Debug, Clone, Copy)]
pub struct Asked<'a> {
    pub item: &'a Item,
    pub reason: Reason,
}

/// One owner to remind: the person the directory knows (if it does), the
/// name they go by, and their items, earliest deadline first.
#[derive(Debug, Clone)]
pub struct Recipient<'a> {
    /// The person's name, or the owner as the items write it.
    pub name: String,
    pub person: Option<&'a Person>,
    pub items: Vec<Asked<'a>>,
}

impl Recipient<'_> {
    /// The address to write to, when the directory has one.
    pub fn email(&self) -> Option<&str> {
        self.person
            .map(|p| p.email.as_str())
            .filter(|e| !e.is_empty())
    }
}

/// Why `item` needs an update as of `today`, if it does: blocked, overdue,
/// or due within `window_days`. Done and dropped items never do.
pub fn reason(item: &Item, today: NaiveDate, window_days: u32) -> Option<Reason> {
    if item.status.is_closed() {
        return None;
    }
    if item.status == crate::ledger::Status::Blocked {
        return Some(Reason::Blocked);
    }
    let due = item.due?;
    let horizon = today
        .checked_add_days(Days::new(window_days.into()))
        .unwrap_or(NaiveDate::MAX);
    if due < today {
        Some(Reason::Overdue)
    } else if due <= horizon {
        Some(Reason::DueSoon)
    } else {
        None
    }
}

/// Which owners `--owner` selects, worked out once: the person the query
/// names (every name and alias of that person), else a part of an owner ([`Needle`]).
enum Selection<'a> {
    Everyone,
    Person(&'a Person),
    Words(Needle),
}

impl<'a> Selection<'a> {
    fn new(directory: &Directory<'a>, owner: Option<&str>) -> Selection<'a> {
        match owner {
            None => Selection::Everyone,
            Some(q) => match directory.person_for(q) {
                Some(p) => Selection::Person(p),
                None => Selection::Words(Needle::new(q)),
            },
        }
    }

    /// True when the owner `o`, known to the directory as `person`, is selected.
    fn selects(&self, o: &str, person: Option<&Person>) -> bool {
        match self {
            Selection::Everyone => true,
            Selection::Person(p) => person.is_some_and(|o| std::ptr::eq(o, *p)),
            Selection::Words(needle) => needle.found_in(o),
        }
    }
}

/// Everyone to remind, in the order their first item appears in the ledger;
/// owners the directory knows by an alias are grouped under the person.
/// With `owner`, only that owner (matched as `--owner` matches).
///
/// Near-linear in items × owners per item: the directory is indexed once,
/// people are found by their folded name in a hash map, and an item named
/// twice for one person (by name and by alias) is the last one listed.
pub fn recipients<'a>(
    ledger: &'a Ledger,
    owner: Option<&str>,
    today: NaiveDate,
    window_days: u32,
) -> Vec<Recipient<'a>> {
    let directory = Directory::of(ledger);
    let selection = Selection::new(&directory, owner);
    let mut out: Vec<Recipient<'a>> = Vec::new();
    let mut slots: HashMap<String, usize> = HashMap::new();
    for item in &ledger.items {
        let owners = reason(item, today, window_days)
            .into_iter()
            .flat_map(|r| item.owners.iter().map(move |o| (o.as_str(), r)));
        let parties = awaited(ledger, item)
            .into_iter()
            .map(|p| (p, Reason::Confirm));
        for (o, reason) in owners.chain(parties) {
            let person = match reason {
                Reason::Confirm => party_person(&directory, o),
                _ => directory.person_for(o),
            };
            if !selection.selects(o, person) || (reason == Reason::Confirm && person.is_none()) {
                continue;
            }
            let name = person.map_or(o.trim(), |p| p.name.as_str());
            let slot = *slots.entry(fold(name)).or_insert_with(|| {
                out.push(Recipient {
                    name: name.to_owned(),
                    person,
                    items: Vec::new(),
                });
                out.len() - 1
            });
            let items = &mut out[slot].items;
            if !items.last().is_some_and(|a| std::ptr::eq(a.item, item)) {
                items.push(Asked { item, reason });
            }
        }
    }
    for r in &mut out {
        r.items
            .sort_by_key(|a| (a.item.due.unwrap_or(NaiveDate::MAX), a.reason));
    }
    out
}

/// The parties whose confirmation of `item`'s closure is awaited.
fn awaited<'a>(ledger: &'a Ledger, item: &'a Item) -> Vec<&'a str> {
    match closure_state(&ledger.committee, item) {
        ClosureState::Awaiting { from, .. } => from,
        _ => Vec::new(),
    }
}

/// The directory's person of a party: the one named (by name or alias) as
/// the party is, or as its name without the country in brackets
/// (`SMBA (Korea)` → `SMBA`); `None` when the directory knows neither.
pub fn party_person<'a>(directory: &Directory<'a>, party: &str) -> Option<&'a Person> {
    directory.person_for(party).or_else(|| {
        let bare = party.trim_end();
        let bare = match (bare.ends_with(')'), bare.rfind(" (")) {
            (true, Some(at)) => &bare[..at],
            _ => return None,
        };
        directory.person_for(bare)
    })
}
