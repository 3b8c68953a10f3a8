//! Rules a ledger must keep beyond its JSON shape: unique ids, non-empty
//! titles, meetings that exist.

use super::locate::JsonPath;
use super::model::{Item, Ledger};
use std::collections::HashSet;

/// A rule broken at a place in the ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: JsonPath,
    pub message: String,
}

/// Which field of an item is wrong, and why (shared with editing forms).
pub fn item_field_problem(item: &Item, ledger: &Ledger) -> Option<(&'static str, String)> {
    if item.id.trim().is_empty() {
        return Some(("id", "the id is empty".into()));
    }
    if item.title.trim().is_empty() {
        return Some(("title", "the title is empty".into()));
    }
    if !item.meeting.is_empty() && ledger.meeting(&item.meeting).is_none() {
        return Some((
            "meeting",
            format!("meeting `{}` is not in `meetings`", item.meeting),
        ));
    }
    None
}

/// The first broken rule, in file order.
pub fn validate(ledger: &Ledger) -> Result<(), Problem> {
    let mut meeting_ids = HashSet::with_capacity(ledger.meetings.len());
    for (i, m) in ledger.meetings.iter().enumerate() {
        let at = |field: &str| {
            JsonPath(vec![
                super::locate::Seg::Key("meetings".into()),
                super::locate::Seg::Index(i),
                super::locate::Seg::Key(field.into()),
            ])
        };
        if m.id.trim().is_empty() {
            return Err(Problem {
                path: at("id"),
                message: "the meeting id is empty".into(),
            });
        }
        if !meeting_ids.insert(m.id.as_str()) {
            return Err(Problem {
                path: at("id"),
                message: format!("duplicate meeting id `{}`", m.id),
            });
        }
    }
    let mut ids = HashSet::with_capacity(ledger.items.len());
    for (i, item) in ledger.items.iter().enumerate() {
        if let Some((field, message)) = item_field_problem(item, ledger) {
            return Err(Problem {
                path: JsonPath::item(i, Some(field)),
                message,
            });
        }
        if !ids.insert(item.id.as_str()) {
            return Err(Problem {
                path: JsonPath::item(i, Some("id")),
                message: format!("duplicate id `{}`", item.id),
            });
        }
    }
    Ok(())
}
