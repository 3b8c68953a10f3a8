//! Which items to show: overdue, due within a window, and the filter the
//! list and the dashboard apply (status, owner, workstream).

use crate::base::fold::{Needle, fold};
use crate::ledger::{Directory, Item, Status};
use chrono::{Days, NaiveDate};

/// True when an open item's deadline has passed.
pub fn is_overdue(item: &Item, today: NaiveDate) -> bool {
    !item.status.is_closed() && item.due.is_some_and(|d| d < today)
}

/// True when an open item falls due between today and `days` from now, inclusive.
pub fn is_due_within(item: &Item, today: NaiveDate, days: u32) -> bool {
    let end = today
        .checked_add_days(Days::new(days.into()))
        .unwrap_or(NaiveDate::MAX);
    !item.status.is_closed() && item.due.is_some_and(|d| d >= today && d <= end)
}

/// How a filter's owner or workstream is matched against an item's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Naming {
    /// A part of the name, or its Korean initial consonants, is enough
    /// ([`Needle`]): what someone typed after `--owner`.
    #[default]
    Part,
    /// The whole name (or, for an owner, the same person): a name picked
    /// from the dashboard's list of the ledger's names, which must not also
    /// select every name containing it.
    Whole,
}

/// Which items to show; an empty filter keeps everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Keep items with one of these statuses (any, when empty).
    pub statuses: Vec<Status>,
    /// Keep items with an owner this finds ([`Needle`]: a part of the name
    /// or its Korean initial consonants, case, accents and Hangul form ignored).
    pub owner: Option<String>,
    /// Keep items whose workstream this finds ([`Needle`]).
    pub workstream: Option<String>,
    /// Keep only overdue items.
    pub overdue: bool,
    /// Keep only open items due within this many days.
    pub due_within: Option<u32>,
    /// How `owner` and `workstream` are matched.
    pub naming: Naming,
}

impl Filter {
    /// True when the filter keeps every item.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// True when `item` passes every condition, owners matched through the
    /// committee's `people` too: `--owner SMBA` also selects `중소기업청 SMBA`
    /// when the directory says they are one ([`Directory::selects`]).
    pub fn matches(&self, item: &Item, today: NaiveDate, people: &Directory) -> bool {
        (self.statuses.is_empty() || self.statuses.contains(&item.status))
            && self
                .owner
                .as_deref()
                .is_none_or(|o| item.owners.iter().any(|x| self.owner_is(o, x, people)))
            && self
                .workstream
                .as_deref()
                .is_none_or(|w| match self.naming {
                    Naming::Part => Needle::new(w).found_in(&item.workstream),
                    Naming::Whole => fold(w) == fold(&item.workstream),
                })
            && (!self.overdue || is_overdue(item, today))
            && self
                .due_within
                .is_none_or(|d| is_due_within(item, today, d))
    }

    fn owner_is(&self, wanted: &str, owner: &str, people: &Directory) -> bool {
        match self.naming {
            Naming::Part => people.selects(wanted, owner),
            Naming::Whole => people.same(wanted, owner),
        }
    }
}
