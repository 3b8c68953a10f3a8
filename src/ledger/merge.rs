//! Three-way merge of ledgers, by item id and by field: edits to different
//! items or fields combine, notes from both sides are kept, an id added on
//! both sides keeps theirs (the published one) and ours is renumbered, and a
//! field changed differently on both sides is recorded as a conflict inside
//! the merged ledger (which still loads). Linear in the number of items.

use super::merge_texts::{merge_translations, union_keys};
use super::model::{Conflict, Item, Ledger};
use super::path::{FieldPath, PathSegment, element_key};
use super::resolve::Side;
use crate::base::keyed::LedgerMap;
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

/// The merged ledger and what the merge had to do.
#[derive(Debug, Clone)]
pub struct Merged {
    pub ledger: Ledger,
    /// How many conflicts were recorded (in items and at the top level).
    pub conflicts: usize,
    /// Items added on both sides under one id with different content: ours,
    /// in the order they were renumbered.
    pub renumbered: Vec<Renumbered>,
}

/// An item of ours that was given a new id because theirs added another item
/// under the same one. In a `git pull` theirs is what was published, so it
/// keeps the id and the local, unpublished item moves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renumbered {
    /// The id both sides used.
    pub from: String,
    /// Our item's new id.
    pub to: String,
    /// Our item's title.
    pub title: String,
}

/// Merges `ours` and `theirs`, both descended from `base`.
///
/// ```
/// use followup::ledger::{Item, Ledger, Status, merge};
/// let mut base = Ledger::default();
/// base.items = vec![Item::new("A-01", "Post a liaison officer"), Item::new("A-02", "OECD study")];
/// let (mut ours, mut theirs) = (base.clone(), base.clone());
/// ours.items[0].status = Status::Done;
/// theirs.items[1].owners.push("OECD".into());
/// let m = merge(&base, &ours, &theirs);
/// assert_eq!(m.conflicts, 0);
/// assert_eq!(m.ledger.items[0].status, Status::Done);
/// assert_eq!(m.ledger.items[1].owners, ["OECD"]);
/// ```
pub fn merge(base: &Ledger, ours: &Ledger, theirs: &Ledger) -> Merged {
    let settled = |ledger: &Ledger| Merged {
        ledger: ledger.clone(),
        conflicts: 0,
        renumbered: Vec::new(),
    };
    if ours == theirs || theirs == base {
        return settled(ours);
    }
    if ours == base {
        return settled(theirs);
    }
    // Everything but the items goes through JSON values; the items are
    // merged one by one, and only those both sides changed are serialized.
    let (b, o, t) = (
        to_map(&without_items(base)),
        to_map(&without_items(ours)),
        to_map(&without_items(theirs)),
    );
    let mut top_conflicts = Vec::new();
    let mut merged = Map::new();
    for key in union_keys(&[&o, &t, &b]) {
        let (bv, ov, tv) = (b.get(&key), o.get(&key), t.get(&key));
        let v = match key.as_str() {
            "items" => ov.cloned(),
            "conflicts" => union_list(bv, ov, tv),
            _ => merge_value(&FieldPath::key(&key), bv, ov, tv, &mut top_conflicts),
        };
        if let Some(v) = v {
            merged.insert(key, v);
        }
    }
    let top = top_conflicts.len();
    record_conflicts(&mut merged, top_conflicts);
    let mut ledger: Ledger =
        serde_json::from_value(Value::Object(merged)).expect("a merge of ledgers is a ledger");
    let (items, item_conflicts, renumbered) = merge_items(&base.items, &ours.items, &theirs.items);
    ledger.items = items;
    restore_meetings(&mut ledger, [ours, theirs, base]);
    Merged {
        ledger,
        conflicts: top + item_conflicts,
        renumbered,
    }
}

/// Everything but the items.
fn without_items(l: &Ledger) -> Ledger {
    Ledger {
        committee: l.committee.clone(),
        directory: l.directory.clone(),
        meetings: l.meetings.clone(),
        reviews: l.reviews.clone(),
        items: Vec::new(),
        conflicts: l.conflicts.clone(),
        extra: l.extra.clone(),
    }
}

fn to_map<T: serde::Serialize>(v: &T) -> Map<String, Value> {
    match serde_json::to_value(v) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

fn conflict_value(c: Conflict) -> Value {
    serde_json::to_value(c).expect("conflicts serialize")
}

/// Appends conflicts to the object's `conflicts` list (creating it when needed).
fn record_conflicts(object: &mut Map<String, Value>, conflicts: Vec<Conflict>) {
    if conflicts.is_empty() {
        return;
    }
    let all = object
        .entry("conflicts")
        .or_insert_with(|| Value::Array(Vec::new()));
    if let Value::Array(a) = all {
        a.extend(conflicts.into_iter().map(conflict_value));
    }
}

/// Three-way merge of one value; `None` means absent. Records a conflict
/// (keeping ours) when both sides changed it differently.
fn merge_value(
    path: &FieldPath,
    b: Option<&Value>,
    o: Option<&Value>,
    t: Option<&Value>,
    conflicts: &mut Vec<Conflict>,
) -> Option<Value> {
    if o == t {
        return o.cloned();
    }
    if o == b {
        return t.cloned();
    }
    if t == b {
        return o.cloned();
    }
    match (b, o, t) {
        (_, Some(Value::Object(om)), Some(Value::Object(tm))) => {
            let empty = Map::new();
            let bm = b.and_then(Value::as_object).unwrap_or(&empty);
            let mut out = Map::new();
            for k in union_keys(&[om, tm, bm]) {
                let inner = path.child(PathSegment::Key(k.clone()));
                let (bv, ov, tv) = (bm.get(&k), om.get(&k), tm.get(&k));
                let v = if k == "translations" {
                    merge_translations(&inner, bv, ov, tv, conflicts)
                } else {
                    merge_value(&inner, bv, ov, tv, conflicts)
                };
                if let Some(v) = v {
                    out.insert(k, v);
                }
            }
            Some(Value::Object(out))
        }
        (_, Some(Value::Array(_)), Some(Value::Array(_))) if is_keyed(o) && is_keyed(t) => {
            Some(merge_keyed(path, b, o, t, conflicts))
        }
        (_, Some(Value::Array(_)), Some(Value::Array(_))) => union_list(b, o, t),
        _ => {
            conflicts.push(Conflict {
                field: path.clone(),
                base: b.cloned().unwrap_or(Value::Null),
                ours: o.cloned().unwrap_or(Value::Null),
                theirs: t.cloned().unwrap_or(Value::Null),
            });
            o.cloned()
        }
    }
}

/// Merges an item's notes, each known by its date, author and text: notes
/// added on either side are kept (in date order), a note one side removed
/// goes unless the other changed it, and the translations of a note both
/// sides kept are merged per language.
fn merge_notes(
    b: Option<&Value>,
    o: Option<&Value>,
    t: Option<&Value>,
    conflicts: &mut Vec<Conflict>,
) -> Option<Value> {
    fn keyed(v: Option<&Value>) -> Vec<(String, &Value)> {
        let mut seen: HashMap<String, usize> = HashMap::new();
        v.and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|n| {
                let id = format!(
                    "{}\u{1f}{}\u{1f}{}",
                    n["date"].as_str().unwrap_or_default(),
                    n["author"].as_str().unwrap_or_default(),
                    n["text"].as_str().unwrap_or_default()
                );
                let k = seen.entry(id.clone()).or_default();
                *k += 1;
                (format!("{id}\u{1f}{k}"), n)
            })
            .collect()
    }
    let (bl, ol, tl) = (keyed(b), keyed(o), keyed(t));
    let index = |l: &Vec<(String, &Value)>| -> HashMap<String, usize> {
        l.iter()
            .enumerate()
            .map(|(i, (k, _))| (k.clone(), i))
            .collect()
    };
    let (bi, oi, ti) = (index(&bl), index(&ol), index(&tl));
    let bm = |k: &str| bi.get(k).map(|&i| bl[i].1);
    let tm = |k: &str| ti.get(k).map(|&i| tl[i].1);
    let mut kept: Vec<(Option<&Value>, Option<&Value>, Option<&Value>)> = Vec::new();
    for (k, ov) in &ol {
        let (bv, tv) = (bm(k), tm(k));
        // Removed by theirs and untouched by us: gone.
        if tv.is_none() && bv == Some(*ov) {
            continue;
        }
        kept.push((bv, Some(*ov), tv));
    }
    for (k, tv) in &tl {
        if oi.contains_key(k) {
            continue;
        }
        let bv = bm(k);
        if bv == Some(*tv) {
            continue;
        }
        kept.push((bv, None, Some(*tv)));
    }
    kept.sort_by(|x, y| {
        let date = |n: &(Option<&Value>, Option<&Value>, Option<&Value>)| {
            n.1.or(n.2)
                .and_then(|v| v["date"].as_str())
                .unwrap_or_default()
                .to_owned()
        };
        date(x).cmp(&date(y))
    });
    let notes: Vec<Value> = kept
        .into_iter()
        .enumerate()
        .filter_map(|(i, (bv, ov, tv))| {
            let path = FieldPath::key("notes").child(PathSegment::Index(i));
            match (ov, tv) {
                (Some(ov), Some(tv)) => merge_value(&path, bv, Some(ov), Some(tv), conflicts),
                (v, None) | (None, v) => v.cloned(),
            }
        })
        .collect();
    (!notes.is_empty()).then_some(Value::Array(notes))
}

/// An array of objects that all carry a key: a string `id` (meetings) or,
/// without one, a `name` (the directory's people).
fn is_keyed(v: Option<&Value>) -> bool {
    v.and_then(Value::as_array)
        .is_some_and(|a| !a.is_empty() && a.iter().all(|x| element_key(x).is_some()))
}

fn by_id(v: Option<&Value>) -> HashMap<String, &Value> {
    v.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|x| Some((element_key(x)?.to_owned(), x)))
        .collect()
}

/// Merges arrays of keyed objects (meetings, people) element by element.
fn merge_keyed(
    path: &FieldPath,
    b: Option<&Value>,
    o: Option<&Value>,
    t: Option<&Value>,
    conflicts: &mut Vec<Conflict>,
) -> Value {
    let (bm, om, tm) = (by_id(b), by_id(o), by_id(t));
    let mut out = Vec::new();
    let order = o
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .chain(t.and_then(Value::as_array).into_iter().flatten());
    let mut done = HashSet::new();
    for x in order {
        let id = element_key(x).unwrap_or_default().to_owned();
        if !done.insert(id.clone()) {
            continue;
        }
        if let Some(v) = merge_value(
            &path.child(PathSegment::Id(id.clone())),
            bm.get(&id).copied(),
            om.get(&id).copied(),
            tm.get(&id).copied(),
            conflicts,
        ) {
            out.push(v);
        }
    }
    Value::Array(out)
}

/// Three-way merge of a list as a set: an element stays if both sides have it
/// or one side added it; ours' order first, then theirs' additions.
fn union_list(b: Option<&Value>, o: Option<&Value>, t: Option<&Value>) -> Option<Value> {
    if o == t || t == b {
        return o.cloned();
    }
    if o == b {
        return t.cloned();
    }
    let list = |v: Option<&Value>| v.and_then(Value::as_array).cloned().unwrap_or_default();
    let (b, o, t) = (list(b), list(o), list(t));
    // Looked up by their JSON text: a list as long as an item's closure
    // history merges in linear time.
    let keys = |l: &[Value]| l.iter().map(Value::to_string).collect::<HashSet<String>>();
    let (bk, ok, tk) = (keys(&b), keys(&o), keys(&t));
    let mut out: Vec<Value> = o
        .iter()
        .filter(|x| {
            let k = x.to_string();
            tk.contains(&k) || !bk.contains(&k)
        })
        .cloned()
        .collect();
    out.extend(
        t.iter()
            .filter(|x| {
                let k = x.to_string();
                !ok.contains(&k) && !bk.contains(&k)
            })
            .cloned(),
    );
    (!out.is_empty()).then_some(Value::Array(out))
}

/// Merges two versions of one item; the result's conflicts hold what could not be reconciled.
fn merge_item(base: Option<&Item>, ours: &Item, theirs: &Item) -> (Item, usize) {
    if ours == theirs || base == Some(theirs) {
        return (ours.clone(), 0);
    }
    if base == Some(ours) {
        return (theirs.clone(), 0);
    }
    let (b, o, t) = (
        base.map(to_map).unwrap_or_default(),
        to_map(ours),
        to_map(theirs),
    );
    let mut conflicts = Vec::new();
    let mut out = Map::new();
    for key in union_keys(&[&o, &t, &b]) {
        let (bv, ov, tv) = (b.get(&key), o.get(&key), t.get(&key));
        if ov == tv || tv == bv || ov == bv {
            if let Some(v) = if ov == bv { tv } else { ov } {
                out.insert(key, v.clone());
            }
            continue;
        }
        let v = match key.as_str() {
            "notes" => merge_notes(bv, ov, tv, &mut conflicts),
            "translations" => merge_translations(&FieldPath::key(&key), bv, ov, tv, &mut conflicts),
            "updated" => [ov, tv]
                .into_iter()
                .flatten()
                .max_by(|x, y| x.as_str().cmp(&y.as_str()))
                .cloned(),
            "owners" | "tags" | "due_history" | "closure" | "conflicts" => union_list(bv, ov, tv),
            _ => merge_value(&FieldPath::key(&key), bv, ov, tv, &mut conflicts),
        };
        if let Some(v) = v {
            out.insert(key, v);
        }
    }
    let n = conflicts.len();
    record_conflicts(&mut out, conflicts);
    let item = serde_json::from_value(Value::Object(out)).expect("a merge of items is an item");
    (item, n)
}

/// An item kept because one side edited it while the other (`deleted_by`)
/// deleted it.
fn kept_despite_deletion(item: &Item, deleted_by: Side) -> Item {
    let (ours, theirs) = match deleted_by {
        Side::Theirs => ("edited", "deleted"),
        Side::Ours => ("deleted", "edited"),
    };
    let mut item = item.clone();
    item.conflicts.push(Conflict {
        field: FieldPath::whole_item(),
        base: Value::String("present".into()),
        ours: Value::String(ours.into()),
        theirs: Value::String(theirs.into()),
    });
    item
}

/// Merges the item lists: ours' order first, then theirs' additions, then
/// our items renumbered because theirs added another item under the same id.
fn merge_items(
    base: &[Item],
    ours: &[Item],
    theirs: &[Item],
) -> (Vec<Item>, usize, Vec<Renumbered>) {
    fn index(items: &[Item]) -> LedgerMap<&str, usize> {
        items
            .iter()
            .enumerate()
            .map(|(i, it)| (it.id.as_str(), i))
            .collect()
    }
    let (bi, oi, ti) = (index(base), index(ours), index(theirs));
    let mut out = Vec::with_capacity(ours.len().max(theirs.len()));
    let mut conflicts = 0;
    let mut twins = Vec::new();
    for o in ours {
        let b = bi.get(o.id.as_str()).map(|&i| &base[i]);
        match (b, ti.get(o.id.as_str()).map(|&i| &theirs[i])) {
            (None, Some(t)) if t != o => {
                // Added on both sides with different content: theirs keeps the id.
                out.push(t.clone());
                twins.push(o);
            }
            (_, Some(t)) => {
                let (v, n) = merge_item(b, o, t);
                conflicts += n;
                out.push(v);
            }
            (Some(b), None) if b == o => {} // deleted by theirs, untouched by us
            (Some(_), None) => {
                conflicts += 1;
                out.push(kept_despite_deletion(o, Side::Theirs));
            }
            (None, None) => out.push(o.clone()),
        }
    }
    for t in theirs {
        if oi.contains_key(t.id.as_str()) {
            continue;
        }
        match bi.get(t.id.as_str()).map(|&i| &base[i]) {
            Some(b) if b == t => {} // deleted by us, untouched by them
            Some(_) => {
                conflicts += 1;
                out.push(kept_despite_deletion(t, Side::Ours));
            }
            None => out.push(t.clone()),
        }
    }
    let mut renumbered = Vec::with_capacity(twins.len());
    if !twins.is_empty() {
        let mut ids = FreeIds::new(ours.iter().chain(theirs));
        for o in twins {
            let id = ids.next(&o.id);
            renumbered.push(Renumbered {
                from: o.id.clone(),
                to: id.clone(),
                title: o.title.clone(),
            });
            out.push(Item { id, ..o.clone() });
        }
    }
    (out, conflicts, renumbered)
}

/// Hands out ids that no item uses, in the scheme of the id being replaced
/// (`JC3-05` → `JC3-06`): one counter per prefix, so each id costs O(1).
struct FreeIds {
    taken: HashSet<String>,
    /// Per prefix: the highest number in use and the widest number written.
    last: HashMap<String, (u64, usize)>,
}

/// An id as `PREFIX` and `NUMBER` (`JC3-` and `05`); an id without trailing
/// digits is all prefix.
fn split_id(id: &str) -> (&str, &str) {
    let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    id.split_at(id.len() - digits)
}

impl FreeIds {
    fn new<'a>(items: impl Iterator<Item = &'a Item>) -> Self {
        let mut ids = FreeIds {
            taken: HashSet::new(),
            last: HashMap::new(),
        };
        for it in items {
            ids.taken.insert(it.id.clone());
            let (prefix, number) = split_id(&it.id);
            if let Ok(n) = number.parse::<u64>() {
                let e = ids.last.entry(prefix.to_owned()).or_insert((0, 2));
                *e = (e.0.max(n), e.1.max(number.len()));
            }
        }
        ids
    }

    /// A free id in `like`'s scheme; an id without a number gets `-NN` added.
    fn next(&mut self, like: &str) -> String {
        let mut prefix = match split_id(like) {
            (_, "") => format!("{like}-"),
            (p, _) => p.to_owned(),
        };
        loop {
            let (n, width) = self.last.entry(prefix.clone()).or_insert((0, 2));
            match n.checked_add(1) {
                Some(next) => {
                    *n = next;
                    let id = format!("{prefix}{next:0width$}", width = *width);
                    if self.taken.insert(id.clone()) {
                        return id;
                    }
                }
                // The scheme is used up: a longer one is fresh.
                None => prefix = format!("{prefix}{n}-"),
            }
        }
    }
}

/// Brings back any meeting an item still names but one side removed.
fn restore_meetings(ledger: &mut Ledger, sources: [&Ledger; 3]) {
    let missing: Vec<String> = ledger
        .items
        .iter()
        .filter(|i| !i.meeting.is_empty() && ledger.meeting(&i.meeting).is_none())
        .map(|i| i.meeting.clone())
        .collect();
    for id in missing {
        if ledger.meeting(&id).is_none()
            && let Some(m) = sources.iter().find_map(|s| s.meeting(&id))
        {
            ledger.meetings.push(m.clone());
        }
    }
}
