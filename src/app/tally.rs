//! The names and counts the dashboard shows of the ledger's items, gathered
//! in one pass over them (on two threads for a large ledger): each item's
//! workstream, every owner, and the counts of the summary strip.

use crate::base::cores::{beside, two_cores};
use crate::base::keyed::{LedgerMap, LedgerSet};
use crate::ledger::{Closure, Committee, Item, Status};
use crate::query::{closure_state, is_due_within, is_overdue};
use chrono::NaiveDate;

/// Items worth a second thread: below, starting it costs more than it saves.
const PARALLEL_ITEMS: usize = 20_000;

/// Counts for the summary strip, computed once per change of the ledger.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Items per status, in [`Status::ALL`] order.
    pub by_status: [usize; 5],
    pub overdue: usize,
    pub due_soon: usize,
    /// Per workstream (same order as [`super::Index::workstreams`]): (done, total not dropped).
    pub progress: Vec<(usize, usize)>,
    /// The widest item id, in columns.
    pub id_width: usize,
    /// Merge conflicts recorded inside items.
    pub item_conflicts: usize,
    /// Closures awaiting a party's confirmation.
    pub awaiting: usize,
}

/// What the counts depend on besides the items: the day and the review window.
#[derive(Debug, Clone, Copy)]
pub struct Counting {
    pub today: NaiveDate,
    pub window: u32,
}

/// The names and counts of a ledger's items.
#[derive(Debug, PartialEq, Eq)]
pub struct Tally {
    /// Every workstream name, sorted; `""` for items without one.
    pub workstreams: Vec<String>,
    /// Index into `workstreams` for each item.
    pub item_workstream: Vec<usize>,
    /// Every owner name, sorted.
    pub owners: Vec<String>,
    /// The summary strip's counts.
    pub stats: Stats,
}

impl Tally {
    /// The tally of `items` under the committee's closure `rule`.
    pub fn of(items: &[Item], rule: &Committee, c: Counting) -> Tally {
        if items.len() < PARALLEL_ITEMS || !two_cores() {
            return Pass::over(items, rule, c).sorted();
        }
        Tally::split_at(items, items.len() / 2, rule, c)
    }

    /// The tally of `items` gathered in two passes, before `at` here and
    /// from there on a second thread.
    fn split_at(items: &[Item], at: usize, rule: &Committee, c: Counting) -> Tally {
        let (mine, theirs) = items.split_at(at);
        let (mut first, second) =
            beside(|| Pass::over(mine, rule, c), || Pass::over(theirs, rule, c));
        first.join(second);
        first.sorted()
    }
}

/// One pass over some items: each one's workstream numbered in the order
/// the names were first met, and the counts with progress in that order.
struct Pass<'a> {
    names: LedgerMap<&'a str, usize>,
    item_workstream: Vec<usize>,
    owners: LedgerSet<&'a str>,
    stats: Stats,
}

impl<'a> Pass<'a> {
    fn over(items: &'a [Item], rule: &Committee, c: Counting) -> Pass<'a> {
        let mut pass = Pass {
            names: LedgerMap::default(),
            item_workstream: Vec::with_capacity(items.len()),
            owners: LedgerSet::default(),
            stats: Stats::default(),
        };
        for item in items {
            let ws = pass.number(&item.workstream);
            pass.item_workstream.push(ws);
            pass.owners.extend(item.owners.iter().map(String::as_str));
            count(&mut pass.stats, rule, item, ws, c, 1);
        }
        pass
    }

    /// The number of workstream `name`, given it when first met.
    fn number(&mut self, name: &'a str) -> usize {
        let next = self.names.len();
        let n = *self.names.entry(name).or_insert(next);
        if n == self.stats.progress.len() {
            self.stats.progress.push((0, 0));
        }
        n
    }

    /// Takes in the pass over the items after this one's.
    fn join(&mut self, later: Pass<'a>) {
        let mut ours = vec![0; later.names.len()];
        for (name, n) in later.names {
            ours[n] = self.number(name);
        }
        self.item_workstream
            .extend(later.item_workstream.iter().map(|&n| ours[n]));
        self.owners.extend(later.owners);
        let (s, t) = (&mut self.stats, later.stats);
        for (n, (done, total)) in t.progress.into_iter().enumerate() {
            let p = &mut s.progress[ours[n]];
            *p = (p.0 + done, p.1 + total);
        }
        for (a, b) in s.by_status.iter_mut().zip(t.by_status) {
            *a += b;
        }
        s.overdue += t.overdue;
        s.due_soon += t.due_soon;
        s.item_conflicts += t.item_conflicts;
        s.awaiting += t.awaiting;
        s.id_width = s.id_width.max(t.id_width);
    }

    /// The tally, names sorted.
    fn sorted(self) -> Tally {
        let mut order: Vec<(&str, usize)> = self.names.into_iter().collect();
        order.sort_unstable();
        let mut place = vec![0; order.len()];
        for (sorted, &(_, n)) in order.iter().enumerate() {
            place[n] = sorted;
        }
        let mut stats = self.stats;
        let mut progress = vec![(0, 0); order.len()];
        for (n, p) in stats.progress.into_iter().enumerate() {
            progress[place[n]] = p;
        }
        stats.progress = progress;
        let mut owners: Vec<String> = self.owners.into_iter().map(str::to_owned).collect();
        owners.sort_unstable();
        Tally {
            workstreams: order.into_iter().map(|(w, _)| w.to_owned()).collect(),
            item_workstream: self.item_workstream.iter().map(|&n| place[n]).collect(),
            owners,
            stats,
        }
    }
}

/// Adds (`sign` 1) or removes (`sign` -1) one item's part of the counts;
/// `ws` is its workstream's index.
pub fn count(
    stats: &mut Stats,
    rule: &Committee,
    item: &Item,
    ws: usize,
    c: Counting,
    sign: isize,
) {
    let add = |v: &mut usize, n: usize| *v = v.wrapping_add_signed(sign * n as isize);
    let s = Status::ALL
        .iter()
        .position(|s| *s == item.status)
        .unwrap_or(0);
    add(&mut stats.by_status[s], 1);
    add(&mut stats.overdue, usize::from(is_overdue(item, c.today)));
    add(
        &mut stats.due_soon,
        usize::from(is_due_within(item, c.today, c.window)),
    );
    add(&mut stats.item_conflicts, item.conflicts.len());
    let awaiting = rule.closure == Closure::Both
        && item.status.is_closed()
        && closure_state(rule, item).is_awaiting();
    add(&mut stats.awaiting, usize::from(awaiting));
    let p = &mut stats.progress[ws];
    let (done, counted) = item.status.progress();
    add(&mut p.0, done);
    add(&mut p.1, counted);
    if sign > 0 {
        stats.id_width = stats.id_width.max(crate::base::text::width(&item.id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counting() -> Counting {
        Counting {
            today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            window: 7,
        }
    }

    /// The sample's items, with workstreams and owners met in another
    /// order in each half, an item without a workstream, a wide id, a
    /// conflict in an item, and closures awaiting the other party's word
    /// (the committee's rule: both parties close).
    fn items() -> (Committee, Vec<Item>) {
        use crate::ledger::{ClosureAct, ClosureEvent, Conflict, FieldPath};
        let l = crate::ledger::parse_ledger(crate::ledger::SAMPLE.as_bytes()).unwrap();
        let mut items = l.items.clone();
        items.extend(l.items.iter().rev().cloned());
        items[1].workstream.clear();
        items[2].id = "협력-0001".into();
        items[3].owners.push("Kia Motors".into());
        let mut rule = l.committee;
        rule.closure = Closure::Both;
        let late = items.len() - 2;
        items[late].conflicts.push(Conflict {
            field: FieldPath::key("status"),
            base: serde_json::Value::Null,
            ours: serde_json::json!("open"),
            theirs: serde_json::json!("done"),
        });
        for item in [4, late] {
            let item = &mut items[item];
            item.status = Status::Done;
            item.closure = vec![ClosureEvent {
                act: ClosureAct::Closed(Status::Done),
                party: rule.parties[0].name.clone(),
                author: "Lee Jae-won".into(),
                at: chrono::DateTime::UNIX_EPOCH,
                extra: Default::default(),
            }];
        }
        (rule, items)
    }

    #[test]
    fn one_pass_tallies_as_the_items_say() {
        let (rule, items) = items();
        let t = Tally::of(&items, &rule, counting());
        assert!(t.workstreams.is_sorted() && t.owners.is_sorted());
        assert_eq!(t.workstreams[0], "", "the item without one");
        for (item, &ws) in items.iter().zip(&t.item_workstream) {
            assert_eq!(t.workstreams[ws], item.workstream);
        }
        assert!(t.owners.iter().any(|o| o == "Kia Motors"));
        assert_eq!(t.stats.by_status.iter().sum::<usize>(), items.len());
        let done = |w: &str| {
            let of = items.iter().filter(|i| i.workstream == w);
            let done = of.clone().filter(|i| i.status == Status::Done).count();
            (done, of.filter(|i| i.status != Status::Dropped).count())
        };
        let expected: Vec<_> = t.workstreams.iter().map(|w| done(w)).collect();
        assert_eq!(t.stats.progress, expected);
        assert_eq!(t.stats.id_width, 9, "the Hangul id, two columns a syllable");
        assert_eq!(t.stats.item_conflicts, 1);
        assert_eq!(
            t.stats.awaiting, 2,
            "closed by one party, awaiting the other"
        );
    }

    #[test]
    fn two_passes_tally_as_one_wherever_the_items_are_cut() {
        let (rule, items) = items();
        let whole = Pass::over(&items, &rule, counting()).sorted();
        for at in 0..=items.len() {
            let split = Tally::split_at(&items, at, &rule, counting());
            assert_eq!(split, whole, "cut at {at}");
        }
    }
}
