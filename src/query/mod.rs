//! Questions asked of a ledger: what is overdue, due soon, owned by whom;
//! filtering and sorting. `today` is always passed in, never read here.

use crate::base::fold::Needle;
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

/// Which items to show; an empty filter keeps everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Keep items with one of these statuses (any, when empty).
    pub statuses: Vec<Status>,
    /// Keep items with an owner this names ([`Needle::names`]: whole words,
    /// case, accents and Hangul form ignored).
    pub owner: Option<String>,
    /// Keep items whose workstream this names ([`Needle::names`]).
    pub workstream: Option<String>,
    /// Keep only overdue items.
    pub overdue: bool,
    /// Keep only open items due within this many days.
    pub due_within: Option<u32>,
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
                .is_none_or(|o| item.owners.iter().any(|x| people.selects(o, x)))
            && self
                .workstream
                .as_deref()
                .is_none_or(|w| Needle::new(w).names(&item.workstream))
            && (!self.overdue || is_overdue(item, today))
            && self
                .due_within
                .is_none_or(|d| is_due_within(item, today, d))
    }

    /// A short description, e.g. `status=blocked owner=SMBA overdue`.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if !self.statuses.is_empty() {
            let s: Vec<_> = self.statuses.iter().map(|s| s.as_str()).collect();
            parts.push(format!("status={}", s.join(",")));
        }
        if let Some(o) = &self.owner {
            parts.push(format!("owner={o}"));
        }
        if let Some(w) = &self.workstream {
            parts.push(format!("workstream={w}"));
        }
        if self.overdue {
            parts.push("overdue".into());
        }
        if let Some(d) = self.due_within {
            parts.push(format!("due≤{d}d"));
        }
        parts.join(" ")
    }
}

/// The orders items can be listed in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
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

/// Sorts item indices by `key`; ties keep stored order.
pub fn sort_indices(items: &[Item], indices: &mut [usize], key: SortKey) {
    let due = |i: &Item| (i.status.is_closed(), i.due.is_none(), i.due);
    match key {
        SortKey::Due => indices.sort_by_key(|&i| due(&items[i])),
        SortKey::Status => indices.sort_by_key(|&i| (status_rank(items[i].status), due(&items[i]))),
        SortKey::Id => indices.sort_by(|&a, &b| natural_cmp(&items[a].id, &items[b].id)),
        SortKey::Updated => indices.sort_by_key(|&i| std::cmp::Reverse(items[i].updated)),
        SortKey::Workstream => indices.sort_by(|&a, &b| {
            (
                items[a].workstream.is_empty(),
                &items[a].workstream,
                due(&items[a]),
            )
                .cmp(&(
                    items[b].workstream.is_empty(),
                    &items[b].workstream,
                    due(&items[b]),
                ))
        }),
    }
}

/// The prefix of the ids of items agreed at no meeting: `A-01`, `A-02`, …
pub const NO_MEETING_PREFIX: &str = "A-";

/// The next free id in a scheme `PREFIX-NN`: the prefix its items use when a
/// meeting is given (or the meeting's id); for `Some("")`, an item agreed at
/// no meeting, [`NO_MEETING_PREFIX`], so that its id suggests no meeting;
/// for `None` (not chosen yet), the prefix of the last item's id.
pub fn next_id(items: &[Item], meeting: Option<&str>) -> String {
    let split = |id: &str| -> Option<(String, String)> {
        let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        (digits > 0 && digits < id.len()).then(|| {
            (
                id[..id.len() - digits].to_owned(),
                id[id.len() - digits..].to_owned(),
            )
        })
    };
    // The prefix most used by the meeting's items (`SC-` for the APEC talks),
    // else the meeting's id.
    let of_meeting = |m: &str| {
        let mut counts: Vec<(String, usize)> = Vec::new();
        for (p, _) in items
            .iter()
            .filter(|i| i.meeting == m)
            .filter_map(|i| split(&i.id))
        {
            match counts.iter_mut().find(|(q, _)| *q == p) {
                Some((_, n)) => *n += 1,
                None => counts.push((p, 1)),
            }
        }
        counts.into_iter().max_by_key(|(_, n)| *n).map(|(p, _)| p)
    };
    let prefix = match meeting {
        Some("") => NO_MEETING_PREFIX.to_owned(),
        Some(m) => of_meeting(m).unwrap_or_else(|| format!("{m}-")),
        None => items
            .iter()
            .rev()
            .find_map(|i| split(&i.id))
            .map_or_else(|| NO_MEETING_PREFIX.to_owned(), |(p, _)| p),
    };
    let (mut max, mut width) = (0u64, 2usize);
    for (p, n) in items.iter().filter_map(|i| split(&i.id)) {
        if p == prefix {
            max = max.max(n.parse().unwrap_or(0));
            width = width.max(n.len());
        }
    }
    let mut n = max + 1;
    loop {
        let id = format!("{prefix}{n:0width$}");
        if !items.iter().any(|i| i.id == id) {
            return id;
        }
        n += 1;
    }
}

/// The sections of a review meeting's agenda, in the order they are discussed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgendaSection {
    Overdue,
    DueSoon,
    Blocked,
    Changed,
    Unassigned,
}

impl AgendaSection {
    /// Every section, in agenda order.
    pub const ALL: [AgendaSection; 5] = [
        AgendaSection::Overdue,
        AgendaSection::DueSoon,
        AgendaSection::Blocked,
        AgendaSection::Changed,
        AgendaSection::Unassigned,
    ];

    /// The section's heading; `window` is the review window in days.
    pub fn heading(self, window: u32) -> String {
        match self {
            AgendaSection::Overdue => "Overdue".into(),
            AgendaSection::DueSoon => format!("Due within {window} days"),
            AgendaSection::Blocked => "Blocked".into(),
            AgendaSection::Changed => "Changed since the last review".into(),
            AgendaSection::Unassigned => "No owner or no deadline".into(),
        }
    }
}

/// The items a review should discuss, by section; each item appears once, in
/// the first section that applies, sorted by deadline within it.
pub fn review_agenda(
    ledger: &crate::ledger::Ledger,
    today: NaiveDate,
    window: u32,
) -> Vec<(AgendaSection, Vec<usize>)> {
    let last = ledger.last_review();
    let section = |i: &Item| {
        if i.status.is_closed() {
            // Closed items come up only when they changed since the last review.
            return (last.is_some() && i.updated > last).then_some(AgendaSection::Changed);
        }
        if is_overdue(i, today) {
            Some(AgendaSection::Overdue)
        } else if is_due_within(i, today, window) {
            Some(AgendaSection::DueSoon)
        } else if i.status == Status::Blocked {
            Some(AgendaSection::Blocked)
        } else if last.is_some() && i.updated > last {
            Some(AgendaSection::Changed)
        } else if i.owners.is_empty() || i.due.is_none() {
            Some(AgendaSection::Unassigned)
        } else {
            None
        }
    };
    let mut out: Vec<(AgendaSection, Vec<usize>)> = AgendaSection::ALL
        .iter()
        .map(|s| (*s, Vec::new()))
        .collect();
    for (n, item) in ledger.items.iter().enumerate() {
        if let Some(s) = section(item) {
            out.iter_mut()
                .find(|(x, _)| *x == s)
                .expect("every section")
                .1
                .push(n);
        }
    }
    for (_, idx) in &mut out {
        sort_indices(&ledger.items, idx, SortKey::Due);
    }
    out.retain(|(_, idx)| !idx.is_empty());
    out
}

/// Splits a comma-separated list as people type it (`SMBA, INADEM`), keeping
/// whole a `known` value that itself contains a comma (`Ministry of Trade,
/// Industry and Energy`). At each position the first `known` value that
/// matches up to a comma or the end wins, so callers list the item's own
/// values first (see [`list_candidates`]). Entries are trimmed; empty and
/// repeated ones dropped.
pub fn split_list(text: &str, known: &[&str]) -> Vec<String> {
    dedup(
        list_pieces(text, known)
            .into_iter()
            .filter(|v| !v.is_empty()),
    )
}

/// An entry of a typed list is empty: two commas in a row, or a comma at
/// either end (`SMBA,,INADEM`, `,`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("an entry of the list is empty (two commas in a row, or a comma at either end)")]
pub struct EmptyEntry;

/// Splits a list like [`split_list`], but refuses an empty entry rather than
/// dropping it. A text that is empty or only spaces is the empty list.
pub fn split_list_strict(text: &str, known: &[&str]) -> Result<Vec<String>, EmptyEntry> {
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    let pieces = list_pieces(text, known);
    if pieces.iter().any(|v| v.is_empty()) {
        return Err(EmptyEntry);
    }
    Ok(dedup(pieces.into_iter()))
}

/// The trimmed entries of a typed list, empty ones included.
fn list_pieces<'t>(text: &'t str, known: &[&str]) -> Vec<&'t str> {
    let mut out = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let whole = known.iter().filter(|k| !k.is_empty()).find(|k| {
            rest.starts_with(**k) && {
                let after = rest[k.len()..].trim_start();
                after.is_empty() || after.starts_with(',')
            }
        });
        let (value, tail) = match whole {
            Some(k) => (&rest[..k.len()], &rest[k.len()..]),
            None => rest
                .split_once(',')
                .map_or((rest, ""), |(v, _)| (v, &rest[v.len()..])),
        };
        out.push(value.trim());
        let after_comma = tail.trim_start().strip_prefix(',');
        rest = after_comma.unwrap_or(tail).trim_start();
        if after_comma.is_some() && rest.is_empty() {
            out.push(""); // a trailing comma
        }
    }
    out
}

/// The values in order, each once.
fn dedup<'t>(values: impl Iterator<Item = &'t str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if !out.iter().any(|o| o == v) {
            out.push(v.to_owned());
        }
    }
    out
}

/// The values [`split_list`] should keep whole, in priority order: the
/// item's own values (longest first), then other values of the ledger that
/// contain a comma (longest first).
pub fn list_candidates<'a>(
    own: &'a [String],
    ledger: impl IntoIterator<Item = &'a String>,
) -> Vec<&'a str> {
    let mut mine: Vec<&str> = own.iter().map(String::as_str).collect();
    mine.sort_by_key(|v| std::cmp::Reverse(v.len()));
    let mut others: Vec<&str> = ledger
        .into_iter()
        .map(String::as_str)
        .filter(|v| v.contains(',') && !mine.contains(v))
        .collect();
    others.sort_by_key(|v| std::cmp::Reverse(v.len()));
    others.dedup();
    mine.extend(others);
    mine
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::dates::parse_date;

    fn item(id: &str, status: Status, due: Option<&str>) -> Item {
        Item {
            status,
            due: due.map(|d| parse_date(d).unwrap()),
            ..Item::new(id, "t")
        }
    }

    #[test]
    fn overdue_and_due_soon() {
        let today = parse_date("2026-11-23").unwrap();
        let late = item("A-1", Status::Open, Some("2026-11-22"));
        let done_late = item("A-2", Status::Done, Some("2026-11-01"));
        let week = item("A-3", Status::Blocked, Some("2026-11-30"));
        let later = item("A-4", Status::Open, Some("2026-12-01"));
        assert!(is_overdue(&late, today));
        assert!(
            !is_overdue(&done_late, today),
            "closed items are never overdue"
        );
        assert!(is_due_within(&week, today, 7) && !is_due_within(&later, today, 7));
        assert!(!is_due_within(&late, today, 7), "overdue is not due soon");
    }

    #[test]
    fn filter_by_owner_is_case_insensitive() {
        let today = parse_date("2026-11-23").unwrap();
        let mut a = item("A-1", Status::Open, None);
        a.owners = vec!["Kia Motors México".into()];
        let f = Filter {
            owner: Some("kia".into()),
            ..Filter::default()
        };
        assert!(f.matches(&a, today, &Directory::new(&[])));
        let f = Filter {
            owner: Some("MÉXICO".into()),
            ..Filter::default()
        };
        assert!(f.matches(&a, today, &Directory::new(&[])));
        let f = Filter {
            owner: Some("SMBA".into()),
            ..Filter::default()
        };
        assert!(!f.matches(&a, today, &Directory::new(&[])));
        let named = |owner: &str, workstream: &str| Filter {
            owner: (!owner.is_empty()).then(|| owner.into()),
            workstream: (!workstream.is_empty()).then(|| workstream.into()),
            ..Filter::default()
        };
        a.workstream = "Consultoría para PyMEs".into();
        assert!(
            named("mexico", "").matches(&a, today, &Directory::new(&[])),
            "accents ignored"
        );
        assert!(
            !named("mex", "").matches(&a, today, &Directory::new(&[])),
            "whole words only"
        );
        assert!(named("", "consultoria").matches(&a, today, &Directory::new(&[])));
        assert!(!named("", "consult").matches(&a, today, &Directory::new(&[])));
    }

    #[test]
    fn ids_sort_naturally_and_next_id_follows_the_scheme() {
        let mut ids = vec!["JC2-10", "JC2-9", "JC2-01", "A"];
        ids.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(ids, ["A", "JC2-01", "JC2-9", "JC2-10"]);
        let items: Vec<Item> = ["JC2-01", "JC2-07", "JC3-01"]
            .iter()
            .map(|i| item(i, Status::Open, None))
            .collect();
        assert_eq!(next_id(&items, Some("JC2")), "JC2-08");
        assert_eq!(next_id(&items, Some("JC9")), "JC9-01");
        assert_eq!(
            next_id(&items, None),
            "JC3-02",
            "not chosen yet: the latest scheme"
        );
        assert_eq!(
            next_id(&items, Some("")),
            "A-01",
            "no meeting: no meeting's scheme"
        );
        assert_eq!(next_id(&[], None), "A-01");
        // A meeting whose items follow another scheme keeps that scheme.
        let mut apec: Vec<Item> = ["SC-01", "SC-10"]
            .iter()
            .map(|i| item(i, Status::Open, None))
            .collect();
        apec.iter_mut().for_each(|i| i.meeting = "SEL25".into());
        assert_eq!(next_id(&apec, Some("SEL25")), "SC-11");
    }

    #[test]
    fn agenda_puts_each_item_in_its_first_section() {
        let text = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/korea-mexico-sme.json"
        ))
        .unwrap();
        let l = crate::ledger::parse_ledger(&text).unwrap();
        let today = parse_date("2026-11-23").unwrap();
        let agenda = review_agenda(&l, today, 7);
        let ids = |s: AgendaSection| -> Vec<&str> {
            agenda
                .iter()
                .find(|(x, _)| *x == s)
                .map_or(vec![], |(_, v)| {
                    v.iter().map(|&i| l.items[i].id.as_str()).collect()
                })
        };
        assert_eq!(ids(AgendaSection::Overdue), ["JC3-04", "JC2-03", "JC2-09"]);
        assert_eq!(
            ids(AgendaSection::DueSoon),
            ["JC2-05", "JC2-11", "JC2-01", "JC2-08"]
        );
        assert_eq!(
            ids(AgendaSection::Blocked),
            ["JC3-02"],
            "JC2-09 is blocked but already listed as overdue"
        );
        assert_eq!(ids(AgendaSection::Unassigned), ["JC2-02", "JC2-06"]);
        let all: usize = agenda.iter().map(|(_, v)| v.len()).sum();
        let mut seen: Vec<usize> = agenda.iter().flat_map(|(_, v)| v.clone()).collect();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), all, "no item twice");
    }

    #[test]
    fn lists_split_on_commas_but_keep_known_values_whole() {
        let known = ["Ministry of Trade, Industry and Energy", "SMBA"];
        assert_eq!(
            split_list(
                "Ministry of Trade, Industry and Energy, SMBA ,KOTRA,, SMBA",
                &known
            ),
            ["Ministry of Trade, Industry and Energy", "SMBA", "KOTRA"]
        );
        assert_eq!(split_list("Trade, Industry", &known), ["Trade", "Industry"]);
        assert!(split_list("  ", &known).is_empty());
        // The longest value wins, and the item's own values come first.
        let others = vec![
            "Ministry of Trade, Industry and Energy".to_owned(),
            "Korea, SMBA".to_owned(),
        ];
        let own = vec![
            "Ministry of Trade, Industry and Energy, Korea".to_owned(),
            "SMBA".to_owned(),
        ];
        let c = list_candidates(&own, &others);
        assert_eq!(
            split_list(
                "Ministry of Trade, Industry and Energy, Korea, SMBA, INADEM",
                &c
            ),
            [
                "Ministry of Trade, Industry and Energy, Korea",
                "SMBA",
                "INADEM"
            ]
        );
        let own = vec!["KOTRA".to_owned(), "Korea".to_owned(), "SMBA".to_owned()];
        let c = list_candidates(&own, &others);
        assert_eq!(
            split_list("KOTRA, Korea, SMBA, INADEM", &c),
            ["KOTRA", "Korea", "SMBA", "INADEM"]
        );
    }

    #[test]
    fn strict_lists_refuse_empty_entries() {
        let known = ["Ministry of Trade, Industry and Energy"];
        assert_eq!(
            split_list_strict(
                " SMBA ,Ministry of Trade, Industry and Energy, SMBA",
                &known
            ),
            Ok(vec![
                "SMBA".to_owned(),
                "Ministry of Trade, Industry and Energy".to_owned()
            ])
        );
        assert_eq!(split_list_strict("  ", &known), Ok(vec![]));
        for bad in [",", " , ", "a,,b", "a, ,b", ",a", "a,", "a , ", ",,"] {
            assert_eq!(split_list_strict(bad, &known), Err(EmptyEntry), "{bad:?}");
        }
        assert_eq!(
            split_list_strict("Ministry of Trade, Industry and Energy,", &known),
            Err(EmptyEntry)
        );
    }

    #[test]
    fn due_sort_puts_undated_last_and_keeps_ties_stable() {
        let items = vec![
            item("A", Status::Open, None),
            item("B", Status::Open, Some("2026-12-01")),
            item("C", Status::Open, Some("2026-11-01")),
            item("D", Status::Open, Some("2026-12-01")),
        ];
        let mut idx: Vec<usize> = (0..4).collect();
        sort_indices(&items, &mut idx, SortKey::Due);
        assert_eq!(idx, [2, 1, 3, 0]);
    }
}
