//! The minutes as typed data: what a period's report says, with no words in
//! it. Everything borrows from the ledger (nothing is cloned), and building
//! it is linear in the ledger's size (plus sorting within workstreams).

use crate::base::keyed::LedgerMap;
use crate::base::lang::Lang;
use crate::base::relative::Relative;
use crate::ledger::{
    Committee, FieldChange, Item, ItemChange, Ledger, LedgerDiff, Meeting, Note, Review, Status,
    TextSlot,
};
use crate::query::{DueOrder, due_order, is_due_within, is_overdue};
use chrono::NaiveDate;

/// Why the period starts where it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// At the latest review before today.
    LastReview,
    /// No earlier review: the review window before today.
    Window,
    /// A date given on the command line.
    Given,
}

/// The ledger's git history over the period.
#[derive(Debug, Clone, Copy)]
pub struct PeriodChanges<'a> {
    /// What changed since the start of the period.
    pub diff: &'a LedgerDiff,
    /// When the ledger was first committed after the start of the period,
    /// the day of that commit: changes are counted from there.
    pub first_commit: Option<NaiveDate>,
}

/// One point of the open items' course: the day and how many items were open then.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenCount {
    pub day: NaiveDate,
    pub open: usize,
}

/// What a report covers.
#[derive(Debug, Clone)]
pub struct Period<'a> {
    /// The first day of the period (notes dated on or after it are new).
    pub since: NaiveDate,
    pub today: NaiveDate,
    /// The review window in days ("due soon").
    pub window: u32,
    pub start: Start,
    /// `None` when the ledger is not in git.
    pub history: Option<PeriodChanges<'a>>,
    /// Open items week by week from the git history (`None` outside git).
    pub weekly: Option<Vec<OpenCount>>,
}

/// How many items have each status, in [`Status::ALL`] order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StatusCounts(pub [usize; 5]);

impl StatusCounts {
    fn add(&mut self, s: Status) {
        self.0[status_index(s)] += 1;
    }

    /// The count of `s`.
    pub fn of(&self, s: Status) -> usize {
        self.0[status_index(s)]
    }

    /// Every item counted.
    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }

    /// The items done and the items counted in their workstream's progress
    /// ([`Status::progress`]).
    pub fn progress(&self) -> (usize, usize) {
        Status::ALL.iter().fold((0, 0), |(done, counted), s| {
            let (d, c) = s.progress();
            (done + d * self.of(*s), counted + c * self.of(*s))
        })
    }
}

fn status_index(s: Status) -> usize {
    Status::ALL.iter().position(|x| *x == s).unwrap_or(0)
}

/// The figures at the top of the minutes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub by_status: StatusCounts,
    pub overdue: usize,
    pub due_soon: usize,
    pub blocked: usize,
    /// Items that became done in the period: from the git history when there
    /// is one, else done items last updated in the period.
    pub done_in_period: usize,
}

/// An item listed in a section, with where its deadline stands.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    pub item: &'a Item,
    /// `None` for a closed item or one without a deadline.
    pub relative: Option<Relative>,
}

/// An item that changed or got notes in the period.
#[derive(Debug, Clone)]
pub struct Changed<'a> {
    pub item: &'a Item,
    /// Its change from the git history, if any.
    pub change: Option<&'a ItemChange>,
    /// Its notes dated in the period.
    pub notes: Vec<&'a Note>,
}

/// One workstream's part of the minutes.
#[derive(Debug, Clone)]
pub struct Workstream<'a> {
    /// Empty for items without a workstream.
    pub name: &'a str,
    /// The name with its translations.
    pub text: TextSlot<'a>,
    pub by_status: StatusCounts,
    pub changed: Vec<Changed<'a>>,
    pub overdue: Vec<Entry<'a>>,
    pub due_soon: Vec<Entry<'a>>,
    pub blocked: Vec<Entry<'a>>,
}

impl Workstream<'_> {
    /// True when none of its sections has anything to say.
    pub fn is_quiet(&self) -> bool {
        self.changed.is_empty()
            && self.overdue.is_empty()
            && self.due_soon.is_empty()
            && self.blocked.is_empty()
    }

    /// How many items its sections list (an item listed twice counts twice).
    pub fn listed(&self) -> usize {
        self.changed.len() + self.overdue.len() + self.due_soon.len() + self.blocked.len()
    }
}

/// A deadline moved later in the period (from the git history).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slip<'a> {
    pub id: &'a str,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Slip<'_> {
    /// By how many days the deadline moved.
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days()
    }
}

/// One committee of a document of several (`report --all`): its name in
/// the portfolio, its ledger, what its report covers, and who reads it.
#[derive(Clone)]
pub struct Part<'a> {
    pub name: &'a str,
    pub ledger: &'a Ledger,
    pub period: Period<'a>,
    pub reader: super::reader::Reader<'a>,
}

/// The minutes of a period: typed, borrowed from the ledger, no words.
#[derive(Debug, Clone)]
pub struct Minutes<'a> {
    pub committee: &'a Committee,
    pub period: Period<'a>,
    /// The latest review on or before today.
    pub last_review: Option<&'a Review>,
    pub summary: Summary,
    /// Every workstream, in first-seen order (quiet ones too: the charts count them).
    pub workstreams: Vec<Workstream<'a>>,
    /// Reviews held in the period.
    pub reviews: Vec<&'a Review>,
    /// Meetings of the committee held in the period, earliest first.
    pub meetings: Vec<&'a Meeting>,
    /// Deadlines moved later in the period, the longest moves first.
    pub slipped: Vec<Slip<'a>>,
    /// The language of originals that do not say their own (the committee's first).
    pub original_language: Option<Lang>,
    /// Closures confirmed in the period, and those awaiting confirmation.
    pub closures: super::closures::Closures<'a>,
}

/// Looks up each item's change in the history in constant time.
pub struct ChangeIndex<'a>(LedgerMap<&'a str, &'a ItemChange>);

impl<'a> ChangeIndex<'a> {
    /// The index of `history`'s item changes (empty without history).
    pub fn new(history: Option<&PeriodChanges<'a>>) -> Self {
        ChangeIndex(
            history
                .map(|h| h.diff.items.iter().map(|c| (c.id(), c)).collect())
                .unwrap_or_default(),
        )
    }

    /// The change of the item `id`, if any.
    pub fn get(&self, id: &str) -> Option<&'a ItemChange> {
        self.0.get(id).copied()
    }
}

/// Notes of `item` dated on or after `since`.
pub fn new_notes(item: &Item, since: NaiveDate) -> impl Iterator<Item = &Note> {
    item.notes.iter().filter(move |n| n.date >= since)
}

fn became_done(change: Option<&ItemChange>) -> bool {
    match change {
        Some(ItemChange::Added(i)) => i.status == Status::Done,
        Some(ItemChange::Changed { fields, .. }) => fields.iter().any(|f| {
            matches!(
                f,
                FieldChange::Status {
                    to: Status::Done,
                    ..
                }
            )
        }),
        _ => false,
    }
}

fn slip(change: Option<&ItemChange>) -> Option<Slip<'_>> {
    let Some(ItemChange::Changed { id, fields, .. }) = change else {
        return None;
    };
    fields.iter().find_map(|f| match f {
        FieldChange::Due {
            from: Some(from),
            to: Some(to),
        } if to > from => Some(Slip {
            id,
            from: *from,
            to: *to,
        }),
        _ => None,
    })
}

/// What the minutes need of one item, found in one pass over the items in
/// their stored order: each workstream's sections then read these, in the
/// workstream's order, not the items themselves.
#[derive(Clone, Copy)]
struct Facts<'a> {
    change: Option<&'a ItemChange>,
    /// Where [`SortKey::Due`] puts it.
    order: DueOrder,
    status: Status,
    overdue: bool,
    due_soon: bool,
    /// It has notes dated in the period.
    noted: bool,
}

impl<'a> Minutes<'a> {
    /// The minutes of `ledger` over `period`.
    pub fn new(ledger: &'a Ledger, period: Period<'a>) -> Minutes<'a> {
        let (since, today, window) = (period.since, period.today, period.window);
        let changes = ChangeIndex::new(period.history.as_ref());
        let mut summary = Summary::default();
        let mut slipped = Vec::new();
        let mut groups: Vec<(&'a str, Vec<usize>)> = Vec::new();
        let mut group_of: LedgerMap<&'a str, usize> = LedgerMap::default();
        let mut facts = Vec::with_capacity(ledger.items.len());
        for (n, item) in ledger.items.iter().enumerate() {
            let change = changes.get(&item.id);
            let f = Facts {
                change,
                order: due_order(item),
                status: item.status,
                overdue: is_overdue(item, today),
                due_soon: is_due_within(item, today, window),
                noted: new_notes(item, since).next().is_some(),
            };
            facts.push(f);
            summary.by_status.add(item.status);
            summary.overdue += usize::from(f.overdue);
            summary.due_soon += usize::from(f.due_soon);
            summary.blocked += usize::from(item.status == Status::Blocked);
            let done = if period.history.is_some() {
                became_done(change)
            } else {
                item.status == Status::Done && item.updated.is_some_and(|u| u >= since)
            };
            summary.done_in_period += usize::from(done);
            slipped.extend(slip(change));
            let g = *group_of.entry(item.workstream.as_str()).or_insert_with(|| {
                groups.push((item.workstream.as_str(), Vec::new()));
                groups.len() - 1
            });
            groups[g].1.push(n);
        }
        slipped.sort_by(|a, b| b.days().cmp(&a.days()).then(a.id.cmp(b.id)));
        let workstreams = groups
            .into_iter()
            .map(|(name, idx)| workstream(ledger, name, idx, &facts, since, today))
            .collect();
        let last_review = ledger
            .reviews
            .iter()
            .filter(|r| r.date <= today)
            .max_by_key(|r| r.date);
        Minutes {
            committee: &ledger.committee,
            last_review,
            summary,
            workstreams,
            reviews: ledger.reviews.iter().filter(|r| r.date >= since).collect(),
            meetings: held(ledger, since, today),
            slipped,
            period,
            original_language: ledger.original_language(),
            closures: super::closures::closures(ledger, since, today),
        }
    }

    /// An item's title with its translations.
    pub fn title(&self, item: &'a Item) -> TextSlot<'a> {
        item.title_text(self.original_language)
    }

    /// A note's text with its translations.
    pub fn note(&self, note: &'a Note) -> TextSlot<'a> {
        note.text_slot(self.original_language)
    }
}

/// The workstream `name` of `ledger`: its items (`idx`, with their `facts`)
/// in each section they belong to, by deadline.
fn workstream<'a>(
    ledger: &'a Ledger,
    name: &'a str,
    idx: Vec<usize>,
    facts: &[Facts<'a>],
    since: NaiveDate,
    today: NaiveDate,
) -> Workstream<'a> {
    let entry = |item: &'a Item| Entry {
        item,
        relative: item
            .due
            .filter(|_| !item.status.is_closed())
            .map(|d| Relative::between(d, today)),
    };
    // As `sort_indices(…, SortKey::Due)`, stable: ties in item order. Keys
    // beside their indices: sorted without a look elsewhere per comparison.
    let mut keyed: Vec<(DueOrder, usize)> = idx.into_iter().map(|n| (facts[n].order, n)).collect();
    keyed.sort_unstable();
    let mut w = Workstream {
        name,
        text: ledger.workstream_text(name),
        by_status: StatusCounts::default(),
        changed: Vec::new(),
        overdue: Vec::new(),
        due_soon: Vec::new(),
        blocked: Vec::new(),
    };
    for (_, n) in keyed {
        let (item, f) = (&ledger.items[n], facts[n]);
        w.by_status.add(f.status);
        let change = f.change.filter(|c| has_words(c));
        if change.is_some() || f.noted {
            w.changed.push(Changed {
                item,
                change,
                notes: new_notes(item, since).collect(),
            });
        }
        if f.overdue {
            w.overdue.push(entry(item));
        }
        if f.due_soon {
            w.due_soon.push(entry(item));
        }
        if f.status == Status::Blocked {
            w.blocked.push(entry(item));
        }
    }
    w
}

/// The meetings of `ledger` held from `since` to `today`, earliest first.
fn held(ledger: &Ledger, since: NaiveDate, today: NaiveDate) -> Vec<&Meeting> {
    let mut held: Vec<&Meeting> = ledger
        .meetings
        .iter()
        .filter(|m| m.date.is_some_and(|d| since <= d && d <= today))
        .collect();
    held.sort_by_key(|m| m.date);
    held
}

/// Whether a change says something in the minutes: an addition, or field
/// changes (notes are listed from the item itself).
fn has_words(c: &ItemChange) -> bool {
    match c {
        ItemChange::Added(_) => true,
        ItemChange::Changed { fields, .. } => !fields.is_empty(),
        ItemChange::Removed(_) => false,
    }
}
