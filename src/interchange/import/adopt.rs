//! Adopting an action log followup did not export: its columns recognised
//! by their headers, its rows added as items with ids of the scheme.

use super::super::ImportError;
use super::super::read::Sheet;
use super::header::find_header;
use super::plan::{CellProblem, ImportOptions, Kind, Plan};
use super::rows::{
    Context, cell_at, check, data_rows, ensure_meeting, finish, id_of, list_values, new_item,
};
use crate::i18n::{Lang, catalog};
use crate::ledger::Ledger;
use crate::query::next_id;
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
    let header = find_header(sheets, &preferred, &o.map)?;
    let sheet = &sheets[header.sheet];
    let ctx = Context {
        o,
        sheet: &sheet.name,
        values: list_values([current]),
    };
    let mut ledger = current.clone();
    let (mut seen, mut bad) = (HashSet::new(), Vec::new());
    let mut meetings_added = Vec::new();
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
        let item = new_item(&ctx, &header, r, row, &mut bad);
        if bad.len() == before {
            rows.push((id.map(|(_, id)| id), item));
        }
    }
    let skipped = finish(bad, o)?;
    for (id, mut item) in rows {
        ensure_meeting(&mut ledger, &item.meeting, &mut meetings_added);
        item.id = match id.filter(|id| ledger.item(id).is_none()) {
            Some(id) => id,
            None => next_id(
                &ledger.items,
                Some(item.meeting.as_str()).filter(|m| !m.is_empty()),
            ),
        };
        ledger.items.push(item);
    }
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
    })
}
