//! Reading spreadsheets into plain grids of cells: `.xlsx`, `.xls`, `.ods`
//! (calamine) and `.csv` (`,`, `;` or tab delimited, with or without a BOM).

use super::ImportError;
use super::cells::{Cell, from_calamine, unprotect};
use super::snapshot::{self, Snapshot};
use crate::i18n::{Lang, catalog};
use calamine::{Reader, open_workbook_auto};
use std::path::Path;

/// One sheet as a grid: `rows[r][c]` is the cell at Excel row `r + 1`,
/// column `c` (`0` is `A`).
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<Cell>>,
}

/// A spreadsheet file: its sheets in order, and the snapshot when followup exported it.
#[derive(Debug, Clone, PartialEq)]
pub struct Book {
    pub sheets: Vec<Sheet>,
    pub snapshot: Option<Snapshot>,
}

/// Reads a spreadsheet; the format is chosen by the file's extension
/// (`.csv`, `.tsv` and `.txt` are read as delimited text).
pub fn read_book(path: &Path) -> Result<Book, ImportError> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if matches!(ext.as_str(), "csv" | "tsv" | "txt") {
        let bytes = std::fs::read(path).map_err(|e| ImportError::Read(e.to_string()))?;
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        return Ok(Book {
            sheets: vec![read_csv(&bytes, name)?],
            snapshot: None,
        });
    }
    if !matches!(
        ext.as_str(),
        "xlsx" | "xlsm" | "xlsb" | "xls" | "xla" | "ods"
    ) {
        return Err(ImportError::Format(ext));
    }
    let mut wb = open_workbook_auto(path).map_err(|e| ImportError::Read(e.to_string()))?;
    let mut names = wb.sheet_names();
    let snapshot = match names.iter().position(|n| n == snapshot::SHEET) {
        Some(i) => Some(snapshot::read(
            wb.worksheet_range(&names.remove(i))
                .map_err(|e| ImportError::Read(e.to_string()))?,
        )?),
        None => None,
    };
    let mut read = |name: &str| -> Result<Vec<Vec<Cell>>, ImportError> {
        let range = wb
            .worksheet_range(name)
            .map_err(|e| ImportError::Read(e.to_string()))?;
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let mut rows = vec![Vec::new(); r0 as usize];
        rows.extend(range.rows().map(|row| {
            std::iter::repeat_n(Cell::Empty, c0 as usize)
                .chain(row.iter().map(from_calamine))
                .collect()
        }));
        Ok(rows)
    };
    // A workbook followup exported is imported from its Items sheet alone
    // (the Notes and Meetings sheets are for reading): the others are not loaded.
    let items: Vec<String> = Lang::ALL
        .iter()
        .map(|l| crate::tr!(catalog(*l), "sheet-items"))
        .collect();
    if snapshot.is_some() && names.iter().any(|n| items.contains(n)) {
        names.retain(|n| items.contains(n));
    }
    let sheets = names
        .into_iter()
        .map(|name| {
            Ok(Sheet {
                rows: read(&name)?,
                name,
            })
        })
        .collect::<Result<_, ImportError>>()?;
    Ok(Book { sheets, snapshot })
}

/// Reads delimited text: the delimiter (`,`, `;` or tab) is the one the
/// first line uses most; a leading BOM is skipped; a `'` that protected a
/// formula-like cell is removed.
pub fn read_csv(bytes: &[u8], name: String) -> Result<Sheet, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| (first.iter().filter(|b| *b == d).count(), *d == b','))
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(bytes);
    let mut rows = Vec::new();
    for record in reader.byte_records() {
        let record = record.map_err(|e| ImportError::Read(e.to_string()))?;
        let line = record.position().map_or(0, |p| p.line());
        let row = record
            .iter()
            .map(|field| {
                let text = std::str::from_utf8(field).map_err(|_| ImportError::NotUtf8 { line })?;
                let text = unprotect(text);
                Ok(if text.is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(text.to_owned())
                })
            })
            .collect::<Result<Vec<Cell>, ImportError>>()?;
        rows.push(row);
    }
    Ok(Sheet { name, rows })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_delimiters_and_bom_are_detected() {
        let s = read_csv(
            "\u{feff}Acción;Responsable\r\nPlan;\"SE; INADEM\"\r\n".as_bytes(),
            "x".into(),
        )
        .unwrap();
        assert_eq!(s.rows[0][0], Cell::Text("Acción".into()));
        assert_eq!(s.rows[1][1], Cell::Text("SE; INADEM".into()));
        let t = read_csv(b"a\tb\n'=1\t\n", "x".into()).unwrap();
        assert_eq!(t.rows[1], [Cell::Text("=1".into()), Cell::Empty]);
        assert!(matches!(
            read_csv(b"a,b\n\xff,c\n", "x".into()),
            Err(ImportError::NotUtf8 { line: 2 })
        ));
    }
}
