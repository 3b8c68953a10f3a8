//! Merge conflicts left in the ledger by a three-way merge (in items, and at
//! the top level: committee, meetings, reviews): listing them compactly and
//! settling each by keeping one side, as an undoable edit.

use super::action::Effect;
use super::edit::{self, complain, say};
use super::history::Edit;
use super::state::{App, Mode, ViewRow};
use crate::ledger::{Conflict, Ledger, Side, resolve_conflict};
use serde_json::Value;

/// Where a conflict lives: in an item (ledger index) or at the top level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictAt {
    Item(usize),
    Top,
}

/// A conflict as the popup lists it: where, and its index there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConflictEntry {
    pub at: ConflictAt,
    pub index: usize,
}

impl App {
    /// The conflicts the popup offers: the selected item's, then the ledger's own.
    pub fn conflict_entries(&self) -> Vec<ConflictEntry> {
        let mut out = Vec::new();
        if let Some(i) = self.selected_item() {
            out.extend(
                (0..self.ledger.items[i].conflicts.len()).map(|index| ConflictEntry {
                    at: ConflictAt::Item(i),
                    index,
                }),
            );
        }
        out.extend((0..self.ledger.conflicts.len()).map(|index| ConflictEntry {
            at: ConflictAt::Top,
            index,
        }));
        out
    }

    /// The conflict an entry points at.
    pub fn conflict(&self, e: ConflictEntry) -> Option<&Conflict> {
        match e.at {
            ConflictAt::Item(i) => self.ledger.items.get(i)?.conflicts.get(e.index),
            ConflictAt::Top => self.ledger.conflicts.get(e.index),
        }
    }
}

/// `M`: opens the conflicts popup on the selected item (and the ledger's own
/// conflicts); when the selected item has none, jumps to the next one that does.
pub fn open(app: &mut App) {
    if app.conflict_count() == 0 {
        say(app, "no merge conflicts in the ledger");
        return;
    }
    let has = |app: &App, i: usize| !app.ledger.items[i].conflicts.is_empty();
    if app.selected_item().is_none_or(|i| !has(app, i)) && app.review.is_none() {
        let n = app.rows.len();
        let next = (1..=n)
            .map(|k| (app.selected + k) % n)
            .find(|&r| matches!(app.rows[r], ViewRow::Item(i) if has(app, i)));
        if let Some(r) = next {
            app.selected = r;
            app.detail_scroll = 0;
            super::update::scroll_into_view(app);
        }
    }
    if app.conflict_entries().is_empty() {
        say(
            app,
            "this item has no conflicts (the conflicted ones are hidden by the filter or not on the agenda)",
        );
        return;
    }
    app.mode = Mode::Conflicts(0);
}

/// In the popup: keeps `side` of the conflict under the cursor.
pub fn resolve(app: &mut App, side: Side) -> Option<Effect> {
    let Mode::Conflicts(cursor) = app.mode else {
        return None;
    };
    if !edit::editable(app) {
        return None;
    }
    let entries = app.conflict_entries();
    let e = *entries.get(cursor)?;
    let word = match side {
        Side::Ours => "ours",
        Side::Theirs => "theirs",
    };
    let effect = match e.at {
        ConflictAt::Item(i) => {
            let mut item = app.ledger.items[i].clone();
            let field = item.conflicts[e.index].field.clone();
            match resolve_conflict(&mut item, e.index, side) {
                Ok(true) => {
                    let said = format!("{} {field}: kept {word}", item.id);
                    edit::replace(app, i, item, said)
                }
                Ok(false) => {
                    let said = format!("{} deleted: kept {word} (the deletion)", item.id);
                    app.mode = Mode::Normal;
                    edit::apply(
                        app,
                        Edit::Splice {
                            index: i,
                            item: None,
                        },
                        said.clone(),
                        format!("{said} — u undoes"),
                    )
                }
                Err(why) => {
                    complain(app, format!("cannot settle the conflict: {why}"));
                    return None;
                }
            }
        }
        ConflictAt::Top => {
            let mut outside = Box::new(outside_of(&app.ledger));
            let c = outside.conflicts.remove(e.index);
            if side == Side::Theirs
                && let Err(why) = set_top(&mut outside, &c.field, c.theirs.clone())
            {
                complain(app, format!("cannot settle {}: {why}", c.field));
                return None;
            }
            let said = format!("{}: kept {word}", c.field);
            edit::apply(app, Edit::Outside(outside), said.clone(), said)
        }
    };
    let left = app.conflict_entries().len();
    app.mode = if left == 0 {
        Mode::Normal
    } else {
        Mode::Conflicts(cursor.min(left - 1))
    };
    if left == 0 && app.conflict_count() > 0 {
        let n = app.conflict_count();
        let said = app
            .status
            .as_ref()
            .map(|s| s.text.clone())
            .unwrap_or_default();
        say(
            app,
            format!(
                "{said}; {n} conflict{} left elsewhere — M goes to the next",
                if n == 1 { "" } else { "s" }
            ),
        );
    }
    effect
}

/// Everything but the items, as a ledger with no items.
pub(super) fn outside_of(l: &Ledger) -> Ledger {
    Ledger {
        committee: l.committee.clone(),
        meetings: l.meetings.clone(),
        reviews: l.reviews.clone(),
        conflicts: l.conflicts.clone(),
        extra: l.extra.clone(),
        items: Vec::new(),
    }
}

/// Sets the value at a merge path (`committee.name`, `meetings[JC3].place`)
/// in a ledger without items; `null` removes it.
fn set_top(ledger: &mut Ledger, path: &str, value: Value) -> Result<(), String> {
    let mut root = serde_json::to_value(&*ledger).map_err(|e| e.to_string())?;
    let steps = parse_path(path).ok_or("a path this version cannot follow")?;
    let (last, walk) = steps.split_last().ok_or("an empty path")?;
    let mut at = &mut root;
    for s in walk {
        at = step_into(at, s).ok_or("the place is gone")?;
    }
    match (last, at) {
        (Step::Key(k), Value::Object(m)) => {
            if value.is_null() {
                m.remove(k);
            } else {
                m.insert(k.clone(), value);
            }
        }
        (Step::Id(id), Value::Array(a)) => {
            let pos = a
                .iter()
                .position(|x| x.get("id") == Some(&Value::String(id.clone())));
            match (pos, value.is_null()) {
                (Some(p), true) => {
                    a.remove(p);
                }
                (Some(p), false) => a[p] = value,
                (None, false) => a.push(value),
                (None, true) => {}
            }
        }
        _ => return Err("the place has another shape now".into()),
    }
    let items = std::mem::take(&mut ledger.items);
    *ledger = serde_json::from_value(root).map_err(|e| e.to_string())?;
    ledger.items = items;
    Ok(())
}

enum Step {
    Key(String),
    Id(String),
}

fn parse_path(path: &str) -> Option<Vec<Step>> {
    let mut out = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']')?;
            out.push(Step::Id(r[..end].to_owned()));
            rest = &r[end + 1..];
        } else {
            let r = rest.strip_prefix('.').unwrap_or(rest);
            let end = r.find(['.', '[']).unwrap_or(r.len());
            out.push(Step::Key(r[..end].to_owned()));
            rest = &r[end..];
        }
    }
    Some(out)
}

fn step_into<'a>(v: &'a mut Value, s: &Step) -> Option<&'a mut Value> {
    match s {
        Step::Key(k) => v.as_object_mut()?.get_mut(k),
        Step::Id(id) => v
            .as_array_mut()?
            .iter_mut()
            .find(|x| x.get("id").and_then(Value::as_str) == Some(id)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_of_top_level_conflicts_are_followed() {
        let mut l = Ledger::default();
        l.committee.name = "A".into();
        l.meetings.push(crate::ledger::Meeting {
            id: "JC3".into(),
            place: "Seoul".into(),
            ..Default::default()
        });
        set_top(&mut l, "committee.name", Value::String("B".into())).unwrap();
        set_top(
            &mut l,
            "meetings[JC3].place",
            Value::String("Mexico City".into()),
        )
        .unwrap();
        assert_eq!(l.committee.name, "B");
        assert_eq!(l.meetings[0].place, "Mexico City");
        set_top(&mut l, "meetings[JC3]", Value::Null).unwrap();
        assert!(l.meetings.is_empty());
    }
}
