//! An item-level comparison of two ledgers: what was added, removed, and
//! which fields of which items changed (status, deadlines, owners, notes).
//! Typed only: the catalog ([`crate::i18n`]) words it.

use super::field::{Field, FieldKey};
use super::model::{ClosureEvent, Item, Ledger, Note, Review, Status};
use super::texts::TextRef;
use super::translation::Translations;
use crate::base::cores::beside;
use crate::base::dates::format_date;
use crate::base::keyed::{LedgerMap, LedgerSet};
use crate::base::lang::Lang;
use chrono::NaiveDate;
use serde_json::{Map, Value};

/// How one field of an item changed.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldChange {
    Status {
        from: Status,
        to: Status,
    },
    Due {
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    },
    /// A list field (owners, tags): what was added and removed.
    List {
        field: Field,
        added: Vec<String>,
        removed: Vec<String>,
    },
    /// A translation of one of the item's texts (its title, a note) set,
    /// corrected or (`to` is `None`) removed.
    Translation {
        text: TextRef,
        lang: Lang,
        to: Option<String>,
    },
    /// Words of the parties on the item's closure recorded since (a
    /// merge only adds them).
    Closure {
        added: Vec<ClosureEvent>,
    },
    /// Any other field, known or not, as JSON (`null` when absent).
    Other {
        field: FieldKey,
        from: Value,
        to: Value,
    },
}

/// How one item changed.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemChange {
    Added(Item),
    Removed(Item),
    Changed {
        id: String,
        title: String,
        fields: Vec<FieldChange>,
        notes_added: Vec<Note>,
        notes_removed: usize,
    },
}

impl ItemChange {
    /// The id of the item concerned.
    pub fn id(&self) -> &str {
        match self {
            ItemChange::Added(i) | ItemChange::Removed(i) => &i.id,
            ItemChange::Changed { id, .. } => id,
        }
    }
}

/// Everything that differs between two versions of a ledger.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LedgerDiff {
    pub items: Vec<ItemChange>,
    pub meetings_added: Vec<String>,
    pub meetings_removed: Vec<String>,
    pub reviews_added: Vec<Review>,
}

impl LedgerDiff {
    /// True when nothing changed.
    pub fn is_empty(&self) -> bool {
        *self == LedgerDiff::default()
    }

    /// The change for one item, if any.
    pub fn item(&self, id: &str) -> Option<&ItemChange> {
        self.items.iter().find(|c| c.id() == id)
    }
}

/// Compares two ledgers; items are listed in the new ledger's order, removed ones last.
pub fn diff(old: &Ledger, new: &Ledger) -> LedgerDiff {
    diff_except(old, new, &[], &compared_ids(new, &[]))
}

/// The ids of `new`'s items compared with an old ledger's: all but those
/// `same` marks as left out (the same text).
pub(super) fn compared_ids<'a>(new: &'a Ledger, same: &[bool]) -> LedgerSet<&'a str> {
    (new.items.iter().enumerate())
        .filter(|(j, _)| same.get(*j) != Some(&true))
        .map(|(_, i)| i.id.as_str())
        .collect()
}

/// Items compared from which the comparison is shared by two threads:
/// fewer take less time than a second thread costs.
const COMPARED_ON_TWO_THREADS_FROM: usize = 4096;

/// [`diff`] of an `old` ledger read without the items it held unchanged:
/// `same[j]` is true when new item `j` was one of them (the same text), and
/// then no item of `old` has its id (the caller checks it); `news` are the
/// ids an old item may have ([`compared_ids`]: not those of the items left out).
pub(super) fn diff_except(
    old: &Ledger,
    new: &Ledger,
    same: &[bool],
    news: &LedgerSet<&str>,
) -> LedgerDiff {
    let olds: LedgerMap<&str, &Item> = old.items.iter().map(|i| (i.id.as_str(), i)).collect();
    // The changes of the items from `from` on, in their order.
    let changes = |from: usize, items: &[Item]| {
        let mut changes = Vec::new();
        for (j, n) in (from..).zip(items) {
            if same.get(j) == Some(&true) {
                continue;
            }
            match olds.get(n.id.as_str()) {
                None => changes.push(ItemChange::Added(n.clone())),
                Some(o) if *o != n => changes.extend(item_diff(o, n)),
                Some(_) => {}
            }
        }
        changes
    };
    let compared = new.items.len() - same.iter().filter(|s| **s).count();
    let mut items = if compared < COMPARED_ON_TWO_THREADS_FROM {
        changes(0, &new.items)
    } else {
        let (first, second) = new.items.split_at(new.items.len() / 2);
        let (mut items, later) = beside(|| changes(0, first), || changes(first.len(), second));
        items.extend(later);
        items
    };
    items.extend(
        old.items
            .iter()
            .filter(|o| !news.contains(o.id.as_str()))
            .map(|o| ItemChange::Removed(o.clone())),
    );
    let ids = |l: &Ledger| l.meetings.iter().map(|m| m.id.clone()).collect::<Vec<_>>();
    let (om, nm) = (ids(old), ids(new));
    LedgerDiff {
        items,
        meetings_added: nm.iter().filter(|m| !om.contains(m)).cloned().collect(),
        meetings_removed: om.iter().filter(|m| !nm.contains(m)).cloned().collect(),
        reviews_added: new
            .reviews
            .iter()
            .filter(|r| !old.reviews.contains(r))
            .cloned()
            .collect(),
    }
}

/// How one item changed between two versions of it (`None` for an item not
/// there): added, removed, or its field changes; `None` when nothing but
/// bookkeeping changed. The one comparison of an item, also for its history.
pub fn item_change(old: Option<&Item>, new: Option<&Item>) -> Option<ItemChange> {
    match (old, new) {
        (None, Some(n)) => Some(ItemChange::Added(n.clone())),
        (Some(o), None) => Some(ItemChange::Removed(o.clone())),
        (Some(o), Some(n)) if o != n => item_diff(o, n),
        _ => None,
    }
}

fn fields(item: &Item) -> Map<String, Value> {
    match serde_json::to_value(item) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// The field changes of one item; `None` when only bookkeeping (`updated`) changed.
fn item_diff(o: &Item, n: &Item) -> Option<ItemChange> {
    let mut out = Vec::new();
    if o.status != n.status {
        out.push(FieldChange::Status {
            from: o.status,
            to: n.status,
        });
    }
    if o.due != n.due {
        out.push(FieldChange::Due {
            from: o.due,
            to: n.due,
        });
    }
    // Every other field, known or not, compared as JSON (when any differs).
    let (om, nm) = if apart_only(o, n) {
        (Map::new(), Map::new())
    } else {
        (fields(o), fields(n))
    };
    let mut keys: Vec<&String> = nm.keys().collect();
    keys.extend(om.keys().filter(|k| !nm.contains_key(*k)));
    for k in keys {
        let (a, b) = (om.get(k), nm.get(k));
        if a == b {
            continue;
        }
        match FieldKey::from_key(k) {
            FieldKey::Known(
                Field::Status
                | Field::Due
                | Field::DueHistory
                | Field::Updated
                | Field::Notes
                | Field::Translations,
            ) => {}
            FieldKey::Known(Field::Closure) => out.push(FieldChange::Closure {
                added: n
                    .closure
                    .iter()
                    .filter(|e| !o.closure.contains(e))
                    .cloned()
                    .collect(),
            }),
            FieldKey::Known(field @ (Field::Owners | Field::Tags)) => {
                let (a, b) = (strings(a), strings(b));
                out.push(FieldChange::List {
                    field,
                    added: b.iter().filter(|x| !a.contains(x)).cloned().collect(),
                    removed: a.iter().filter(|x| !b.contains(x)).cloned().collect(),
                });
            }
            field => out.push(FieldChange::Other {
                field,
                from: a.cloned().unwrap_or(Value::Null),
                to: b.cloned().unwrap_or(Value::Null),
            }),
        }
    }
    let title = TextRef::ItemTitle(n.id.clone());
    translation_changes(&o.translations, &n.translations, "title", &title, &mut out);
    // A note is the same note while its date, author and text are: what
    // else changed in it (its translations, its language) is not a new note.
    let same = |a: &Note, b: &Note| a.date == b.date && a.author == b.author && a.text == b.text;
    for (index, nn) in n.notes.iter().enumerate() {
        if let Some(on) = o.notes.iter().find(|on| same(on, nn) && *on != nn) {
            let text = TextRef::Note {
                item: n.id.clone(),
                index,
            };
            translation_changes(&on.translations, &nn.translations, "text", &text, &mut out);
        }
    }
    let notes_added: Vec<Note> = n
        .notes
        .iter()
        .filter(|x| !o.notes.iter().any(|y| same(x, y)))
        .cloned()
        .collect();
    let notes_removed = o
        .notes
        .iter()
        .filter(|x| !n.notes.iter().any(|y| same(x, y)))
        .count();
    if out.is_empty() && notes_added.is_empty() && notes_removed == 0 {
        return None;
    }
    // Most changes are of one field or two: not the room of four kept for
    // each changed item (a change takes 168 bytes), freed for the next.
    out.shrink_to_fit();
    Some(ItemChange::Changed {
        id: n.id.clone(),
        title: n.title.clone(),
        fields: out,
        notes_added,
        notes_removed,
    })
}

/// True when `o` and `n` differ at most in the fields compared apart
/// (status, deadline and its history, `updated`, notes, translations):
/// their JSON then differs in nothing else. Every field is named, so that
/// a field added to [`Item`] is not forgotten here.
fn apart_only(o: &Item, n: &Item) -> bool {
    let Item {
        id,
        title,
        language,
        translations: _,
        workstream,
        status: _,
        owners,
        due: _,
        due_history: _,
        meeting,
        opened,
        updated: _,
        tags,
        notes: _,
        closure,
        conflicts,
        extra,
    } = o;
    *id == n.id
        && *title == n.title
        && *language == n.language
        && *workstream == n.workstream
        && *owners == n.owners
        && *meeting == n.meeting
        && *opened == n.opened
        && *tags == n.tags
        && *closure == n.closure
        && *conflicts == n.conflicts
        && *extra == n.extra
}

/// The translations of the text `key` that differ between `old` and `new`.
fn translation_changes(
    old: &Translations,
    new: &Translations,
    key: &str,
    text: &TextRef,
    out: &mut Vec<FieldChange>,
) {
    for lang in Lang::ALL {
        let (a, b) = (old.get(key, lang), new.get(key, lang));
        if a != b {
            out.push(FieldChange::Translation {
                text: text.clone(),
                lang,
                to: b.map(|t| t.text.clone()),
            });
        }
    }
}

/// A note on one line: `2026-11-20 secretariat: text`.
pub fn describe_note(n: &Note) -> String {
    let by = if n.author.is_empty() {
        String::new()
    } else {
        format!(" {}", n.author)
    };
    format!(
        "{}{by}: {}",
        format_date(n.date),
        n.text.replace('\n', " ⏎ ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_comparison_on_two_threads_lists_each_change_in_the_items_order() {
        let old = crate::synthetic::ledger(
            3 * COMPARED_ON_TWO_THREADS_FROM,
            crate::synthetic::demo_today(),
        );
        let mut new = old.clone();
        for i in new.items.iter_mut().step_by(5) {
            i.status = match i.status {
                Status::Open => Status::Blocked,
                _ => Status::Open,
            };
        }
        new.items[7].title.push_str(" (revised)");
        let gone = new.items.remove(9);
        let by_id = |id: &str| old.items.iter().find(|i| i.id == id);
        let mut want: Vec<ItemChange> = (new.items.iter())
            .filter_map(|n| item_change(by_id(&n.id), Some(n)))
            .collect();
        want.extend(item_change(Some(&gone), None));
        assert!(want.len() > 3 * COMPARED_ON_TWO_THREADS_FROM / 5);
        assert_eq!(diff(&old, &new).items, want);
    }
}
