//! Three-way merge of ledgers, by item id and by field: edits to different
//! items or fields combine, notes from both sides are kept, an id added on
//! both sides is renumbered, and a field changed differently on both sides is
//! recorded as a conflict inside the merged ledger (which still loads).

use super::model::{Conflict, Item, Ledger};
use crate::query::next_id;
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

/// The merged ledger and what the merge had to do.
#[derive(Debug, Clone)]
pub struct Merged {
    pub ledger: Ledger,
    /// How many conflicts were recorded (in items and at the top level).
    pub conflicts: usize,
    /// Items added on both sides under one id: `(old id, new id)` of their copy.
    pub renumbered: Vec<(String, String)>,
}

/// The key under which a merge records conflicts on one side having deleted an item.
pub const DELETED_FIELD: &str = "(item)";

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
    let (b, o, t) = (to_map(base), to_map(ours), to_map(theirs));
    let mut top_conflicts = Vec::new();
    let mut merged = Map::new();
    let mut renumbered = Vec::new();
    let mut item_conflicts = 0;
    for key in union_keys(&[&o, &t, &b]) {
        let (bv, ov, tv) = (b.get(&key), o.get(&key), t.get(&key));
        let v = match key.as_str() {
            "items" => {
                let (items, n, r) = merge_items(&base.items, &ours.items, &theirs.items);
                item_conflicts = n;
                renumbered = r;
                Some(Value::Array(items))
            }
            "conflicts" => union_list(bv, ov, tv),
            _ => merge_value(&key, bv, ov, tv, &mut top_conflicts),
        };
        if let Some(v) = v {
            merged.insert(key, v);
        }
    }
    let top = top_conflicts.len();
    record_conflicts(&mut merged, top_conflicts);
    let mut ledger: Ledger =
        serde_json::from_value(Value::Object(merged)).expect("a merge of ledgers is a ledger");
    restore_meetings(&mut ledger, [ours, theirs, base]);
    Merged {
        ledger,
        conflicts: top + item_conflicts,
        renumbered,
    }
}

/// Which side of a conflict to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

/// Settles conflict `index` of `item` by keeping one side's value.
/// Returns `false` when that side had deleted the item: the caller removes it.
pub fn resolve_conflict(item: &mut Item, index: usize, side: Side) -> Result<bool, String> {
    let c = item.conflicts.get(index).ok_or("no such conflict")?.clone();
    let value = match side {
        Side::Ours => c.ours.clone(),
        Side::Theirs => c.theirs.clone(),
    };
    item.conflicts.remove(index);
    if c.field == DELETED_FIELD {
        return Ok(value != Value::String("deleted".into()));
    }
    let mut map = match serde_json::to_value(&*item) {
        Ok(Value::Object(m)) => m,
        _ => return Err("item does not serialize".into()),
    };
    if value.is_null() {
        map.remove(&c.field);
    } else {
        map.insert(c.field.clone(), value);
    }
    *item = serde_json::from_value(Value::Object(map)).map_err(|e| e.to_string())?;
    Ok(true)
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

/// Keys of the maps, in first-seen order.
fn union_keys(maps: &[&Map<String, Value>]) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut keys = Vec::new();
    for m in maps {
        for k in m.keys() {
            if seen.insert(k.as_str()) {
                keys.push(k.clone());
            }
        }
    }
    keys
}

/// Three-way merge of one value; `None` means absent. Records a conflict
/// (keeping ours) when both sides changed it differently.
fn merge_value(
    key: &str,
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
                let path = format!("{key}.{k}");
                if let Some(v) = merge_value(&path, bm.get(&k), om.get(&k), tm.get(&k), conflicts) {
                    out.insert(k, v);
                }
            }
            Some(Value::Object(out))
        }
        (_, Some(Value::Array(_)), Some(Value::Array(_))) if is_keyed(o) && is_keyed(t) => {
            Some(merge_keyed(key, b, o, t, conflicts))
        }
        (_, Some(Value::Array(_)), Some(Value::Array(_))) => union_list(b, o, t),
        _ => {
            conflicts.push(Conflict {
                field: key.to_owned(),
                base: b.cloned().unwrap_or(Value::Null),
                ours: o.cloned().unwrap_or(Value::Null),
                theirs: t.cloned().unwrap_or(Value::Null),
            });
            o.cloned()
        }
    }
}

/// An array of objects that all carry a string `id` (meetings).
fn is_keyed(v: Option<&Value>) -> bool {
    v.and_then(Value::as_array).is_some_and(|a| {
        !a.is_empty() && a.iter().all(|x| x.get("id").is_some_and(Value::is_string))
    })
}

fn by_id(v: Option<&Value>) -> HashMap<String, &Value> {
    v.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|x| Some((x.get("id")?.as_str()?.to_owned(), x)))
        .collect()
}

/// Merges arrays of objects with ids (meetings) element by element.
fn merge_keyed(
    key: &str,
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
        let id = x["id"].as_str().unwrap_or_default().to_owned();
        if !done.insert(id.clone()) {
            continue;
        }
        let path = format!("{key}[{id}]");
        if let Some(v) = merge_value(
            &path,
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
    let mut out: Vec<Value> = o
        .iter()
        .filter(|x| t.contains(x) || !b.contains(x))
        .cloned()
        .collect();
    out.extend(
        t.iter()
            .filter(|x| !o.contains(x) && !b.contains(x))
            .cloned(),
    );
    (!out.is_empty()).then_some(Value::Array(out))
}

/// Merges two versions of one item; the result's conflicts hold what could not be reconciled.
fn merge_item(base: Option<&Item>, ours: &Item, theirs: &Item) -> (Value, usize) {
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
            // Both sides added notes: keep all, in date order.
            "notes" => union_list(bv, ov, tv).map(|mut v| {
                if let Value::Array(a) = &mut v {
                    a.sort_by(|x, y| x["date"].as_str().cmp(&y["date"].as_str()));
                }
                v
            }),
            "updated" => [ov, tv]
                .into_iter()
                .flatten()
                .max_by(|x, y| x.as_str().cmp(&y.as_str()))
                .cloned(),
            "owners" | "tags" | "due_history" | "conflicts" => union_list(bv, ov, tv),
            _ => merge_value(&key, bv, ov, tv, &mut conflicts),
        };
        if let Some(v) = v {
            out.insert(key, v);
        }
    }
    let n = conflicts.len();
    record_conflicts(&mut out, conflicts);
    (Value::Object(out), n)
}

/// An item kept because one side edited it while the other deleted it.
fn kept_despite_deletion(item: &Item, deleted_by_theirs: bool) -> Value {
    let (ours, theirs) = if deleted_by_theirs {
        ("edited", "deleted")
    } else {
        ("deleted", "edited")
    };
    let mut item = item.clone();
    item.conflicts.push(Conflict {
        field: DELETED_FIELD.into(),
        base: Value::String("present".into()),
        ours: Value::String(ours.into()),
        theirs: Value::String(theirs.into()),
    });
    serde_json::to_value(&item).expect("items serialize")
}

fn merge_items(
    base: &[Item],
    ours: &[Item],
    theirs: &[Item],
) -> (Vec<Value>, usize, Vec<(String, String)>) {
    let index = |items: &[Item]| -> HashMap<String, usize> {
        items
            .iter()
            .enumerate()
            .map(|(i, it)| (it.id.clone(), i))
            .collect()
    };
    let (bi, oi, ti) = (index(base), index(ours), index(theirs));
    let mut out = Vec::with_capacity(ours.len().max(theirs.len()));
    let mut conflicts = 0;
    let mut twins = Vec::new();
    for o in ours {
        let b = bi.get(&o.id).map(|&i| &base[i]);
        match (b, ti.get(&o.id).map(|&i| &theirs[i])) {
            (None, Some(t)) if t != o => {
                // Added on both sides with different content: keep both.
                out.push(serde_json::to_value(o).expect("items serialize"));
                twins.push(t);
            }
            (_, Some(t)) => {
                let (v, n) = merge_item(b, o, t);
                conflicts += n;
                out.push(v);
            }
            (Some(b), None) if b == o => {} // deleted by theirs, untouched by us
            (Some(_), None) => {
                conflicts += 1;
                out.push(kept_despite_deletion(o, true));
            }
            (None, None) => out.push(serde_json::to_value(o).expect("items serialize")),
        }
    }
    for t in theirs {
        if oi.contains_key(&t.id) {
            continue;
        }
        match bi.get(&t.id).map(|&i| &base[i]) {
            Some(b) if b == t => {} // deleted by us, untouched by them
            Some(_) => {
                conflicts += 1;
                out.push(kept_despite_deletion(t, false));
            }
            None => out.push(serde_json::to_value(t).expect("items serialize")),
        }
    }
    let mut renumbered = Vec::new();
    if !twins.is_empty() {
        let mut all: Vec<Item> = ours.iter().chain(theirs).cloned().collect();
        for t in twins {
            let id = next_id(
                &all,
                Some(&t.meeting)
                    .filter(|m| !m.is_empty())
                    .map(String::as_str),
            );
            let copy = Item {
                id: id.clone(),
                ..t.clone()
            };
            renumbered.push((t.id.clone(), id));
            out.push(serde_json::to_value(&copy).expect("items serialize"));
            all.push(copy);
        }
    }
    (out, conflicts, renumbered)
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
