//! Who needs a reminder, and about what: the people who own overdue,
//! due-soon or blocked items, each item listed once per person.

use crate::ledger::{Directory, Item, Ledger, Person};
use chrono::{Days, NaiveDate};

/// Why an item is in a reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reason {
    /// The deadline has passed.
    Overdue,
    /// Blocked, whatever its deadline.
    Blocked,
    /// Due within the review window.
    DueSoon,
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

/// Everyone to remind, in the order their first item appears in the ledger;
/// owners the directory knows by an alias are grouped under the person.
/// With `owner`, only that owner (matched as `--owner` matches).
pub fn recipients<'a>(
    ledger: &'a Ledger,
    owner: Option<&str>,
    today: NaiveDate,
    window_days: u32,
) -> Vec<Recipient<'a>> {
    let directory = Directory::of(ledger);
    let mut out: Vec<Recipient<'a>> = Vec::new();
    for item in &ledger.items {
        let Some(reason) = reason(item, today, window_days) else {
            continue;
        };
        for o in &item.owners {
            if owner.is_some_and(|q| !directory.selects(q, o)) {
                continue;
            }
            let person = directory.person_for(o);
            let name = person.map_or(o.trim(), |p| p.name.as_str());
            let slot = match out
                .iter()
                .position(|r| crate::base::fold::fold(&r.name) == crate::base::fold::fold(name))
            {
                Some(i) => i,
                None => {
                    out.push(Recipient {
                        name: name.to_owned(),
                        person,
                        items: Vec::new(),
                    });
                    out.len() - 1
                }
            };
            let items = &mut out[slot].items;
            if !items.iter().any(|a| std::ptr::eq(a.item, item)) {
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
