//! Adopting an action log followup did not export: its columns recognised
//! by their headers, its rows added as items with ids of the scheme. A
//! column of the log's own numbering (headed `No.`, `#`, `Núm.`, `번호`…
//! and holding numbers 1, 2, 3… or 1.1, 2-3) is never taken for ids: each item keeps its number as
//! the field `log_no` and takes an id of the meeting's scheme.

use super::super::ImportError;
use super::super::cells::Cell;
use super::super::columns::Column;
use super::super::read::Sheet;
use super::header::Header;
use super::header::find_header;
use super::ids::NewIds;
use super::plan::{CellProblem, ImportOptions, Kind, Plan};
use super::rows::{
    Context, Meetings, TextsShown, cell_at, check, data_rows, finish, id_of, list_values, new_item,
};
use crate::i18n::{Lang, catalog};
use crate::ledger::Ledger;
use crate::tr;
use std::collections::HashSet;

/// Adds the rows of the sheet with a header row as items of `current`.
pub(super) fn adoption(
    sheets: &[Sheet],
    current: &Ledger,
    o: &ImportOptions,
) -> Result<Plan, ImportError> {
    let preferred: Vec<String> = Lang::ALL
        .into_iter()
        .map(|l| tr!(catalog(l), "sheet-items"))
        .collect();
    let mut header = find_header(sheets, &preferred, &o.map)?;
    let sheet = &sheets[header.sheet];
    let numbering = log_numbering(sheet, &mut header);
    let ctx = Context {
        o,
        sheet: &sheet.name,
        values: list_values([current]),
        texts: TextsShown::adopting(current, o.lang),
    };
    let mut ledger = current.clone();
    let mut meetings = Meetings::of(&ledger);
    let (mut seen, mut bad) = (HashSet::new(), Vec::new());
    let mut rows = Vec::new();
    for (r, row) in data_rows(sheet, &header) {
        let before = bad.len();
        let id = id_of(&header, row);
        if let Some((c, id)) = &id
            && !seen.insert(id.clone())
        {
            bad.push(ctx.bad(r, *c, cell_at(row, *c), CellProblem::DuplicateId));
            continue;
        }
        let mut item = new_item(&ctx, &header, r, row, &mut bad);
        if let Some(c) = numbering.filter(|c| !cell_at(row, *c).is_blank()) {
            let no = cell_at(row, c).text().trim().to_owned();
            item.extra
                .insert(LOG_NO.to_owned(), serde_json::Value::String(no));
        }
        if bad.len() == before {
            rows.push((id.map(|(_, id)| id), item));
        }
    }
    let skipped = finish(bad, o)?;
    let mut ids = NewIds::new(&ledger.items);
    for (id, mut item) in rows {
        meetings.ensure(&mut ledger, &item.meeting);
        item.id = match id.filter(|id| !ids.is_taken(id)) {
            Some(id) => {
                ids.take(&id);
                id
            }
            None => ids.next(Some(item.meeting.as_str()).filter(|m| !m.is_empty())),
        };
        ledger.items.push(item);
    }
    let meetings_added = meetings.added;
    check(&ledger)?;
    Ok(Plan {
        kind: Kind::Adoption,
        ledger: Some(ledger),
        conflicts: 0,
        renumbered: Vec::new(),
        kept: Vec::new(),
        skipped,
        meetings_added,
        extra_columns: header.unknown.into_iter().map(|(_, h)| h).collect(),
        translated: Vec::new(),
        outdated: Vec::new(),
    })
}

/// The field an adopted item keeps the log's own number in.
pub const LOG_NO: &str = "log_no";

/// The column of the log's own numbering, taken out of the header's known
/// columns: the id column when no value it holds has a letter (`1`, `2`,
/// `1.3`, `2-1`: the log's numbers, not ids of a scheme like `KM-01`).
fn log_numbering(sheet: &Sheet, header: &mut Header) -> Option<usize> {
    let at = header.known.iter().position(|(_, k)| *k == Column::Id)?;
    let c = header.known[at].0;
    let number = |cell: &Cell| match cell {
        Cell::Text(t) => !t.chars().any(char::is_alphabetic),
        _ => true,
    };
    if !data_rows(sheet, header).all(|(_, row)| number(cell_at(row, c))) {
        return None;
    }
    header.known.remove(at);
    Some(c)
}
