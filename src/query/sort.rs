//! The orders items are listed in, and ids compared as people read them
//! (`JC2-9` before `JC2-10`).

use crate::ledger::{Field, Item, Status};
use chrono::Datelike;

/// The orders items can be listed in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortKey {
    /// Earliest deadline first; undated, then done and dropped items last.
    #[default]
    Due,
    /// Blocked, in progress, open, then done and dropped.
    Status,
    /// By id, numbers compared as numbers.
    Id,
    /// Most recently updated first.
    Updated,
    /// By workstream, then deadline.
    Workstream,
}

impl SortKey {
    /// Every key, in the order `o` cycles through them.
    pub const ALL: [SortKey; 5] = [
        SortKey::Due,
        SortKey::Status,
        SortKey::Id,
        SortKey::Updated,
        SortKey::Workstream,
    ];

    /// The key's name.
    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Due => "due",
            SortKey::Status => "status",
            SortKey::Id => "id",
            SortKey::Updated => "updated",
            SortKey::Workstream => "workstream",
        }
    }

    /// The order by `field`, when items can be listed by it (`--sort plazo`
    /// names the deadline, read by [`crate::ledger::read_field`]).
    pub fn by(field: Field) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|k| k.field() == field)
    }

    /// The field the order is by.
    pub fn field(self) -> Field {
        match self {
            SortKey::Due => Field::Due,
            SortKey::Status => Field::Status,
            SortKey::Id => Field::Id,
            SortKey::Updated => Field::Updated,
            SortKey::Workstream => Field::Workstream,
        }
    }

    /// The next key in the cycle.
    pub fn next(self) -> SortKey {
        let i = Self::ALL.iter().position(|k| *k == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }
}

fn status_rank(s: Status) -> u8 {
    match s {
        Status::Blocked => 0,
        Status::InProgress => 1,
        Status::Open => 2,
        Status::Done => 3,
        Status::Dropped => 4,
    }
}

/// Orders ids so that `JC2-9` comes before `JC2-10`.
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        match (a.first(), b.first()) {
            (None, None) => return std::cmp::Ordering::Equal,
            (None, _) => return std::cmp::Ordering::Less,
            (_, None) => return std::cmp::Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let na = a.iter().take_while(|c| c.is_ascii_digit()).count();
                let nb = b.iter().take_while(|c| c.is_ascii_digit()).count();
                let (da, db) = (&a[..na], &b[..nb]);
                let ta = da.iter().skip_while(|c| **c == b'0').count();
                let tb = db.iter().skip_while(|c| **c == b'0').count();
                let ord = ta.cmp(&tb).then_with(|| da[na - ta..].cmp(&db[nb - tb..]));
                if ord.is_ne() {
                    return ord;
                }
                a = &a[na..];
                b = &b[nb..];
            }
            (Some(x), Some(y)) => {
                if x != y {
                    return x.cmp(y);
                }
                a = &a[1..];
                b = &b[1..];
            }
        }
    }
}

/// What [`SortKey::Due`] orders items by: open items first, then by
/// deadline, those without one last (see [`due_order`]).
pub type DueOrder = (bool, bool, Option<chrono::NaiveDate>);

/// An item's place in [`SortKey::Due`]'s order, as a key of its own.
pub fn due_order(i: &Item) -> DueOrder {
    (i.status.is_closed(), i.due.is_none(), i.due)
}

/// Sorts item indices by `key`; ties keep stored order.
///
/// Each item's place in the order is read once (not at every comparison:
/// 10,000 items scattered in memory), then the indices sorted, stably, as
/// [`compare_items`] orders them.
pub fn sort_indices(items: &[Item], indices: &mut [usize], key: SortKey) {
    let it = |i: usize| &items[i];
    match key {
        SortKey::Due => sort_by_due(items, indices),
        SortKey::Status => {
            indices.sort_by_cached_key(|&i| (status_rank(it(i).status), due_order(it(i))))
        }
        SortKey::Id => indices.sort_by(|&a, &b| natural_cmp(&it(a).id, &it(b).id)),
        SortKey::Updated => indices.sort_by_cached_key(|&i| std::cmp::Reverse(it(i).updated)),
        SortKey::Workstream => indices.sort_by_cached_key(|&i| workstream_rank(it(i))),
    }
}

/// [`SortKey::Due`]'s sort: each index's [`due_bits`] beside its place
/// among `indices`, in one `u64` (the place keeps ties in their order), so
/// that the sort compares plain numbers.
fn sort_by_due(items: &[Item], indices: &mut [usize]) {
    let mut keyed: Vec<u64> = indices
        .iter()
        .enumerate()
        .map(|(place, &i)| {
            let place = u32::try_from(place).expect("fewer than 2^32 items");
            (u64::from(due_bits(&items[i])) << 32) | u64::from(place)
        })
        .collect();
    keyed.sort_unstable();
    let before = indices.to_vec();
    for (slot, key) in indices.iter_mut().zip(keyed) {
        *slot = before[(key & u64::from(u32::MAX)) as usize];
    }
}

/// [`due_order`] in 30 bits, ordered alike: closed, without a deadline,
/// then the day (every day chrono holds is within 2^27 days of the
/// common era's first).
fn due_bits(i: &Item) -> u32 {
    let (closed, none, due) = due_order(i);
    let day = due.map_or(0, |d| (d.num_days_from_ce() + (1 << 27)) as u32);
    (u32::from(closed) << 29) | (u32::from(none) << 28) | day
}

/// How `key` orders two items (of one ledger or of several: a portfolio's
/// list sorts every committee's items together).
pub fn compare_items(a: &Item, b: &Item, key: SortKey) -> std::cmp::Ordering {
    match key {
        SortKey::Due => due_order(a).cmp(&due_order(b)),
        SortKey::Status => {
            (status_rank(a.status), due_order(a)).cmp(&(status_rank(b.status), due_order(b)))
        }
        SortKey::Id => natural_cmp(&a.id, &b.id),
        SortKey::Updated => b.updated.cmp(&a.updated),
        SortKey::Workstream => workstream_rank(a).cmp(&workstream_rank(b)),
    }
}

/// An item's place by workstream (none last), then deadline.
fn workstream_rank(i: &Item) -> (bool, &str, DueOrder) {
    (i.workstream.is_empty(), &i.workstream, due_order(i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn due_bits_order_items_as_due_order_does_from_the_first_day_to_the_last() {
        let days = [
            None,
            Some(NaiveDate::MIN),
            Some(NaiveDate::from_ymd_opt(-1, 12, 31).unwrap()),
            Some(NaiveDate::from_ymd_opt(1, 1, 1).unwrap()),
            Some(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()),
            Some(NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()),
            Some(NaiveDate::MAX),
        ];
        let items: Vec<Item> = [Status::Open, Status::Done]
            .iter()
            .flat_map(|&status| {
                days.iter().map(move |&due| Item {
                    status,
                    due,
                    ..Item::new("X", "t")
                })
            })
            .collect();
        for a in &items {
            for b in &items {
                let want = due_order(a).cmp(&due_order(b));
                assert_eq!(
                    due_bits(a).cmp(&due_bits(b)),
                    want,
                    "{:?} {:?}",
                    a.due,
                    b.due
                );
            }
        }
    }
}
