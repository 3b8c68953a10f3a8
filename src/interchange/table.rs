//! The Items table as both exports write it: one row per item, one value per
//! column, in the user's language.

use super::cells::{join_list, note_text};
use super::columns::Column;
use crate::i18n::Catalog;
use crate::ledger::Item;
use chrono::NaiveDate;

/// A value of the table: text, or a date (a real date in a workbook).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Date(Option<NaiveDate>),
}

/// The value of `column` for `item`, with statuses in the catalog's language.
pub fn value(item: &Item, column: Column, cat: &Catalog) -> Value {
    let text = |s: &str| Value::Text(s.to_owned());
    match column {
        Column::Id => text(&item.id),
        Column::Title => text(&item.title),
        Column::Workstream => text(&item.workstream),
        Column::Owners => Value::Text(join_list(&item.owners)),
        Column::Status => Value::Text(cat.status(item.status)),
        Column::Due => Value::Date(item.due),
        Column::Meeting => text(&item.meeting),
        Column::Tags => Value::Text(join_list(&item.tags)),
        Column::LastNote => Value::Text(item.notes.last().map(note_text).unwrap_or_default()),
        Column::Opened => Value::Date(item.opened),
        Column::Updated => Value::Date(item.updated),
    }
}
