//! Reading spreadsheets into plain grids of cells: `.xlsx`, `.xls`, `.ods`
//! (calamine) and `.csv` (`,`, `;` or tab delimited, with or without a BOM).
//! Every file is bounded before it is read (see `limits`): a special file is
//! refused, a zipped workbook is looked inside first, `.xlsx` sheets are read
//! cell by cell, and no sheet may span more cells or hold longer text than
//! the limits allow.

use super::ImportError;
use super::cells::{Cell, column_letters, from_calamine, unprotect};
use super::limits::{
    MAX_BOOK_BYTES, MAX_CELL_CHARS, MAX_CELLS, MAX_XLS_BYTES, Refusal, open_book, read_all,
    too_many_cells,
};
use super::snapshot::{self, Snapshot};
use super::zipscan::{self, Flavor};
use crate::i18n::{Lang, catalog};
use calamine::{Data, DataRef, Ods, Range, Reader, Xls, Xlsb, Xlsx};
use std::io::{BufReader, Seek};
use std::path::Path;

/// One sheet as a grid: `rows[r][c]` is the cell at Excel row `r + 1`,
/// column `c` (`0` is `A`); a row ends at its last cell holding something.
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
        let bytes = read_all(open_book(path, MAX_BOOK_BYTES)?, MAX_BOOK_BYTES)?;
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        return Ok(Book {
            sheets: vec![read_csv(&bytes, name)?],
            snapshot: None,
        });
    }
    let flavor = match ext.as_str() {
        "xlsx" | "xlsm" => Some(Flavor::Xlsx),
        "xlsb" => Some(Flavor::Xlsb),
        "ods" => Some(Flavor::Ods),
        "xls" | "xla" => None,
        _ => return Err(ImportError::Format(ext)),
    };
    let limit = if flavor.is_some() {
        MAX_BOOK_BYTES
    } else {
        MAX_XLS_BYTES
    };
    let mut file = open_book(path, limit)?;
    if let Some(flavor) = flavor {
        zipscan::check(&file, flavor)?;
        file.rewind()
            .map_err(|e| ImportError::Read(e.to_string()))?;
    }
    let read = BufReader::new(file);
    let err = |e: &dyn std::fmt::Display| ImportError::Read(e.to_string());
    match flavor {
        Some(Flavor::Xlsx) => {
            let mut wb: Xlsx<_> = Xlsx::new(read).map_err(|e| err(&e))?;
            gather(wb.sheet_names(), |name| {
                let mut r = wb.worksheet_cells_reader(name).map_err(|e| err(&e))?;
                grid_of_cells(name, || r.next_cell().map_err(|e| err(&e)))
            })
        }
        Some(Flavor::Xlsb) => {
            let mut wb: Xlsb<_> = Xlsb::new(read).map_err(|e| err(&e))?;
            gather(wb.sheet_names(), |name| {
                let mut r = wb.worksheet_cells_reader(name).map_err(|e| err(&e))?;
                grid_of_cells(name, || r.next_cell().map_err(|e| err(&e)))
            })
        }
        Some(Flavor::Ods) => {
            let mut wb: Ods<_> = Ods::new(read).map_err(|e| err(&e))?;
            gather(wb.sheet_names(), |name| {
                grid_of_range(name, wb.worksheet_range(name).map_err(|e| err(&e))?)
            })
        }
        None => {
            let mut wb: Xls<_> = Xls::new(read).map_err(|e| err(&e))?;
            gather(wb.sheet_names(), |name| {
                grid_of_range(name, wb.worksheet_range(name).map_err(|e| err(&e))?)
            })
        }
    }
}

/// The book of the sheets `names`, each read by `read`: the snapshot first,
/// and of a workbook followup exported only its Items sheet (the Notes and
/// Meetings sheets are for reading).
fn gather(
    mut names: Vec<String>,
    mut read: impl FnMut(&str) -> Result<Vec<Vec<Cell>>, ImportError>,
) -> Result<Book, ImportError> {
    let snapshot = match names.iter().position(|n| n == snapshot::SHEET) {
        Some(i) => Some(snapshot::read(read(&names.remove(i))?)?),
        None => None,
    };
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

/// A cell read, refused when its text is over Excel's limit.
fn bounded(sheet: &str, (r, c): (usize, usize), cell: Cell) -> Result<Cell, ImportError> {
    match &cell {
        Cell::Text(s) if s.len() > MAX_CELL_CHARS && s.encode_utf16().count() > MAX_CELL_CHARS => {
            Err(Refusal::CellTooLong {
                sheet: sheet.to_owned(),
                cell: format!("{}{}", column_letters(c), r + 1),
                limit: MAX_CELL_CHARS,
            }
            .into())
        }
        _ => Ok(cell),
    }
}

fn too_many(sheet: &str) -> ImportError {
    Refusal::TooManyCells {
        sheet: sheet.to_owned(),
        limit: MAX_CELLS,
    }
    .into()
}

/// A sheet read cell by cell (`next` gives the cells in the file's order):
/// refused at the first cell that makes it span more than `MAX_CELLS` from
/// `A1`, before the grid is built.
fn grid_of_cells<'a>(
    sheet: &str,
    mut next: impl FnMut() -> Result<Option<calamine::Cell<DataRef<'a>>>, ImportError>,
) -> Result<Vec<Vec<Cell>>, ImportError> {
    let mut cells = Vec::new();
    let (mut rows, mut cols) = (0u64, 0u64);
    while let Some(c) = next()? {
        let (r, col) = c.get_position();
        let cell = from_calamine(&Data::from(c.get_value().clone()));
        if cell == Cell::Empty {
            continue;
        }
        (rows, cols) = (rows.max(r.into()), cols.max(col.into()));
        if too_many_cells(rows, cols) {
            return Err(too_many(sheet));
        }
        let at = (r as usize, col as usize);
        cells.push((at, bounded(sheet, at, cell)?));
    }
    let mut grid = vec![
        Vec::new();
        if cells.is_empty() {
            0
        } else {
            rows as usize + 1
        }
    ];
    for ((r, c), cell) in cells {
        let row: &mut Vec<Cell> = &mut grid[r];
        if row.len() <= c {
            row.resize(c + 1, Cell::Empty);
        }
        row[c] = cell;
    }
    Ok(grid)
}

/// A sheet calamine read whole, refused when it spans more than `MAX_CELLS`
/// from `A1`.
fn grid_of_range(sheet: &str, range: Range<Data>) -> Result<Vec<Vec<Cell>>, ImportError> {
    let Some((r0, c0)) = range.start() else {
        return Ok(Vec::new());
    };
    let (h, w) = range.get_size();
    if too_many_cells(r0 as u64 + h as u64, c0 as u64 + w as u64) {
        return Err(too_many(sheet));
    }
    let mut rows = vec![Vec::new(); r0 as usize];
    for (i, row) in range.rows().enumerate() {
        let mut cells = vec![Cell::Empty; c0 as usize];
        for (j, d) in row.iter().enumerate() {
            let at = (r0 as usize + i, c0 as usize + j);
            cells.push(bounded(sheet, at, from_calamine(d))?);
        }
        while cells.last() == Some(&Cell::Empty) {
            cells.pop();
        }
        rows.push(cells);
    }
    Ok(rows)
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
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut cells = 0u64;
    for record in reader.byte_records() {
        let record = record.map_err(|e| ImportError::Read(e.to_string()))?;
        let line = record.position().map_or(0, |p| p.line());
        cells += record.len() as u64;
        if cells > MAX_CELLS {
            return Err(too_many(&name));
        }
        let r = rows.len();
        let row = record
            .iter()
            .enumerate()
            .map(|(c, field)| {
                let text = std::str::from_utf8(field).map_err(|_| ImportError::NotUtf8 { line })?;
                let text = unprotect(text);
                let cell = if text.is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(text.to_owned())
                };
                bounded(&name, (r, c), cell)
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
