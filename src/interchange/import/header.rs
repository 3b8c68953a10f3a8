//! Finding the header row of an imported sheet: which column holds which
//! field, by the user's mapping or by the headers people give them.

use super::super::ImportError;
use super::super::cells::column_letters;
use super::super::columns::{Column, recognise};
use super::super::read::Sheet;
use crate::base::fold::fold;
use crate::ledger::Field;

/// The header row of a sheet: which column holds which field.
pub(super) struct Header {
    pub(super) sheet: usize,
    pub(super) row: usize,
    pub(super) known: Vec<(usize, Column)>,
    /// Unrecognised columns: index and header text.
    pub(super) unknown: Vec<(usize, String)>,
}

/// Finds the first row (in the first 20 of each sheet, `preferred` sheets
/// first) naming a title column and one other field.
/// `map` names columns by header or Excel letters; a field no column holds
/// is not mapped.
pub(super) fn find_header(
    sheets: &[Sheet],
    preferred: &[String],
    map: &[(String, Field)],
) -> Result<Header, ImportError> {
    let maps: Vec<(&str, Column)> = map
        .iter()
        .filter_map(|(name, field)| Column::holding(*field).map(|c| (name.trim(), c)))
        .collect();
    let (mut order, rest): (Vec<usize>, Vec<usize>) =
        (0..sheets.len()).partition(|i| preferred.contains(&sheets[*i].name));
    order.extend(rest);
    for s in order {
        for (r, row) in sheets[s].rows.iter().enumerate().take(20) {
            let mut known: Vec<(usize, Column)> = Vec::new();
            let mut unknown = Vec::new();
            let mut mapped = 0;
            for (c, cell) in row.iter().enumerate() {
                let text = cell.text();
                let by_map = maps.iter().find(|(name, _)| {
                    fold(name) == fold(text.trim()) || *name == column_letters(c)
                });
                if by_map.is_some() {
                    mapped += 1;
                }
                match by_map.map(|(_, f)| *f).or_else(|| recognise(&text)) {
                    Some(col) if !known.iter().any(|(_, k)| *k == col) => known.push((c, col)),
                    _ if !text.trim().is_empty() => unknown.push((c, text.trim().to_owned())),
                    _ => {}
                }
            }
            if known.iter().any(|(_, c)| *c == Column::Title) && known.len() >= 2 {
                if mapped < maps.len() {
                    let missing = maps
                        .iter()
                        .find(|(name, _)| {
                            !row.iter().enumerate().any(|(c, cell)| {
                                fold(name) == fold(cell.text().trim()) || *name == column_letters(c)
                            })
                        })
                        .map_or_else(String::new, |(n, _)| (*n).to_owned());
                    return Err(ImportError::UnknownColumn(missing));
                }
                return Ok(Header {
                    sheet: s,
                    row: r,
                    known,
                    unknown,
                });
            }
        }
    }
    // A --map naming no column at all says more than "no header".
    let named = |name: &str| {
        sheets.iter().any(|s| {
            s.rows.iter().take(20).any(|row| {
                row.iter().enumerate().any(|(c, cell)| {
                    fold(name) == fold(cell.text().trim()) || name == column_letters(c)
                })
            })
        })
    };
    match maps.iter().find(|(name, _)| !named(name)) {
        Some((name, _)) => Err(ImportError::UnknownColumn((*name).to_owned())),
        None => Err(ImportError::NoHeader),
    }
}
