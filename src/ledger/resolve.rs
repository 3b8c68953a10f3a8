//! Settling the conflicts a merge recorded, by keeping one side's value: the
//! one place that does it, for the command line and the dashboard alike.

use super::model::{Item, Ledger};
use super::parse::{ShapeCause, shape_cause_of};
use super::path::{FieldPath, PathSegment};
use serde_json::{Map, Value};
use std::fmt;

/// Which side of a conflict to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Side::Ours => "ours",
            Side::Theirs => "theirs",
        })
    }
}

/// Which conflict to settle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConflictTarget {
    /// A conflict of the item with this id, at a path inside the item.
    Item { id: String, path: FieldPath },
    /// A conflict of the ledger itself (committee, meetings, reviews, unknown
    /// top-level fields), at a path from the top of the file.
    Top { path: FieldPath },
}

/// What settling a conflict did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    /// The field now holds the chosen side's value (absent if that side had none).
    Field,
    /// One side had deleted the item and the chosen side had edited it: it stays.
    ItemKept,
    /// The chosen side had deleted the item: it is removed.
    ItemDeleted,
}

/// Why a conflict could not be settled; nothing was changed.
#[derive(Debug, Clone, PartialEq)]
pub enum ResolveError {
    /// No item has that id.
    NoItem { id: String },
    /// There is no conflict at that path; `open` lists the ones there are.
    NoConflict {
        path: FieldPath,
        open: Vec<FieldPath>,
    },
    /// What holds the field (an object, a meeting) is no longer there.
    PlaceGone { path: FieldPath },
    /// What holds the field is no longer an object or an array.
    ShapeChanged { path: FieldPath },
    /// With the chosen value the item or ledger would not be valid.
    Invalid { path: FieldPath, cause: ShapeCause },
}

/// Settles the first conflict at `target` by keeping `side`'s value, and
/// removes it from the conflict list. The chosen value of a whole-item
/// conflict decides whether the item stays.
///
/// ```
/// use followup::ledger::{Conflict, ConflictTarget, Ledger, Resolved, Side, resolve};
/// let mut l = Ledger::default();
/// l.committee.name = "Joint Committee".into();
/// l.conflicts.push(Conflict {
///     field: "committee.name".parse().unwrap(),
///     base: "JC".into(),
///     ours: "Joint Committee".into(),
///     theirs: "Korea–Mexico Joint Committee".into(),
/// });
/// let target = ConflictTarget::Top { path: "committee.name".parse().unwrap() };
/// assert_eq!(resolve(&mut l, target, Side::Theirs), Ok(Resolved::Field));
/// assert_eq!(l.committee.name, "Korea–Mexico Joint Committee");
/// assert!(l.conflicts.is_empty());
/// ```
pub fn resolve(
    ledger: &mut Ledger,
    target: ConflictTarget,
    side: Side,
) -> Result<Resolved, ResolveError> {
    match target {
        ConflictTarget::Item { id, path } => {
            let index = ledger
                .items
                .iter()
                .position(|i| i.id == id)
                .ok_or(ResolveError::NoItem { id })?;
            let done = resolve_item(&mut ledger.items[index], &path, side)?;
            if done == Resolved::ItemDeleted {
                ledger.items.remove(index);
            }
            Ok(done)
        }
        ConflictTarget::Top { path } => {
            let n = position(&ledger.conflicts, &path)?;
            let chosen = chosen(&ledger.conflicts[n], side);
            let items = std::mem::take(&mut ledger.items);
            let mut rest = ledger.clone();
            rest.conflicts.remove(n);
            let settled = set_in(&rest, &path, chosen);
            ledger.items = items;
            let mut settled: Ledger = settled?;
            settled.items = std::mem::take(&mut ledger.items);
            *ledger = settled;
            Ok(Resolved::Field)
        }
    }
}

/// Settles the first conflict of `item` at `path` by keeping `side`'s value.
/// On [`Resolved::ItemDeleted`] the item is left as it was, minus the
/// conflict: the caller removes it.
pub fn resolve_item(
    item: &mut Item,
    path: &FieldPath,
    side: Side,
) -> Result<Resolved, ResolveError> {
    let n = position(&item.conflicts, path)?;
    let value = chosen(&item.conflicts[n], side);
    let mut rest = item.clone();
    rest.conflicts.remove(n);
    if path.is_whole_item() {
        *item = rest;
        return Ok(if value == Value::String("deleted".into()) {
            Resolved::ItemDeleted
        } else {
            Resolved::ItemKept
        });
    }
    *item = set_in(&rest, path, value)?;
    Ok(Resolved::Field)
}

fn position(conflicts: &[super::Conflict], path: &FieldPath) -> Result<usize, ResolveError> {
    conflicts
        .iter()
        .position(|c| c.field == *path)
        .ok_or_else(|| ResolveError::NoConflict {
            path: path.clone(),
            open: conflicts.iter().map(|c| c.field.clone()).collect(),
        })
}

fn chosen(c: &super::Conflict, side: Side) -> Value {
    match side {
        Side::Ours => c.ours.clone(),
        Side::Theirs => c.theirs.clone(),
    }
}

/// `whole` with the value at `path` replaced (`null`: removed), read back.
fn set_in<T>(whole: &T, path: &FieldPath, value: Value) -> Result<T, ResolveError>
where
    T: serde::Serialize + serde::de::DeserializeOwned,
{
    let invalid = |e: serde_json::Error| ResolveError::Invalid {
        path: path.clone(),
        cause: shape_cause_of(&e),
    };
    let mut root = serde_json::to_value(whole).map_err(invalid)?;
    let (last, walk) = path
        .0
        .split_last()
        .ok_or(ResolveError::PlaceGone { path: path.clone() })?;
    let mut at = &mut root;
    for step in walk {
        at = step_into(at, step).ok_or_else(|| ResolveError::PlaceGone { path: path.clone() })?;
    }
    let shape = || ResolveError::ShapeChanged { path: path.clone() };
    match (last, at) {
        (PathSegment::Key(k), Value::Object(m)) => set_key(m, k, value),
        (PathSegment::Id(id), Value::Array(a)) => {
            let pos = a.iter().position(|x| has_id(x, id));
            match (pos, value.is_null()) {
                (Some(p), true) => {
                    a.remove(p);
                }
                (Some(p), false) => a[p] = value,
                (None, false) => a.push(value),
                (None, true) => {}
            }
        }
        (PathSegment::Index(i), Value::Array(a)) => match (*i < a.len(), value.is_null()) {
            (true, true) => {
                a.remove(*i);
            }
            (true, false) => a[*i] = value,
            (false, false) if *i == a.len() => a.push(value),
            (false, _) => return Err(ResolveError::PlaceGone { path: path.clone() }),
        },
        _ => return Err(shape()),
    }
    serde_json::from_value(root).map_err(invalid)
}

fn set_key(m: &mut Map<String, Value>, key: &str, value: Value) {
    if value.is_null() {
        m.remove(key);
    } else {
        m.insert(key.to_owned(), value);
    }
}

fn has_id(v: &Value, id: &str) -> bool {
    super::path::element_key(v) == Some(id)
}

fn step_into<'a>(v: &'a mut Value, step: &PathSegment) -> Option<&'a mut Value> {
    match step {
        PathSegment::Key(k) => v.as_object_mut()?.get_mut(k),
        PathSegment::Index(i) => v.as_array_mut()?.get_mut(*i),
        PathSegment::Id(id) => v.as_array_mut()?.iter_mut().find(|x| has_id(x, id)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::{Conflict, Meeting};
    use serde_json::json;

    fn conflict(path: &str, ours: Value, theirs: Value) -> Conflict {
        Conflict {
            field: path.parse().unwrap(),
            base: Value::Null,
            ours,
            theirs,
        }
    }

    #[test]
    fn nested_fields_are_set_where_they_are_not_beside() {
        let mut item = Item::new("A-01", "t");
        item.extra.insert("x_ext".into(), json!({"a": 1, "a.b": 2}));
        item.conflicts
            .push(conflict("x_ext.a", json!(1), json!(10)));
        item.conflicts
            .push(conflict("x_ext[\"a.b\"]", json!(2), json!(20)));
        let p = |s: &str| s.parse::<FieldPath>().unwrap();
        assert_eq!(
            resolve_item(&mut item, &p("x_ext[\"a.b\"]"), Side::Theirs),
            Ok(Resolved::Field)
        );
        assert_eq!(
            resolve_item(&mut item, &p("x_ext.a"), Side::Theirs),
            Ok(Resolved::Field)
        );
        assert_eq!(item.extra["x_ext"], json!({"a": 10, "a.b": 20}));
        assert!(item.extra.get("x_ext.a").is_none(), "no junk key");
        assert!(item.conflicts.is_empty());
    }

    #[test]
    fn top_level_paths_are_followed() {
        let mut l = Ledger::default();
        l.meetings.push(Meeting {
            id: "JC3".into(),
            place: "Seoul".into(),
            ..Default::default()
        });
        l.items.push(Item::new("A-01", "t"));
        l.conflicts.push(conflict(
            "meetings[id=JC3].place",
            json!("Seoul"),
            json!("Mexico City"),
        ));
        l.conflicts.push(conflict(
            "meetings[id=JC3]",
            json!({"id": "JC3"}),
            Value::Null,
        ));
        let top = |s: &str| ConflictTarget::Top {
            path: s.parse().unwrap(),
        };
        assert_eq!(
            resolve(&mut l, top("meetings[id=JC3].place"), Side::Theirs),
            Ok(Resolved::Field)
        );
        assert_eq!(l.meetings[0].place, "Mexico City");
        assert_eq!(l.items.len(), 1, "items are left alone");
        assert_eq!(
            resolve(&mut l, top("meetings[id=JC3]"), Side::Theirs),
            Ok(Resolved::Field)
        );
        assert!(l.meetings.is_empty() && l.conflicts.is_empty());
    }

    #[test]
    fn a_value_that_does_not_fit_changes_nothing() {
        let mut l = Ledger::default();
        l.items.push(Item::new("A-01", "t"));
        l.items[0]
            .conflicts
            .push(conflict("status", json!("open"), json!("finished")));
        let before = l.clone();
        let target = ConflictTarget::Item {
            id: "A-01".into(),
            path: "status".parse().unwrap(),
        };
        let err = resolve(&mut l, target.clone(), Side::Theirs).unwrap_err();
        assert!(matches!(err, ResolveError::Invalid { .. }), "{err:?}");
        assert_eq!(l, before);
        let missing = ConflictTarget::Item {
            id: "A-01".into(),
            path: "due".parse().unwrap(),
        };
        assert_eq!(
            resolve(&mut l, missing, Side::Ours),
            Err(ResolveError::NoConflict {
                path: "due".parse().unwrap(),
                open: vec!["status".parse().unwrap()]
            })
        );
        assert_eq!(resolve(&mut l, target, Side::Ours), Ok(Resolved::Field));
    }
}
