//! What a spreadsheet may hold before followup reads it: bounds on the file,
//! on what is packed inside it, on its cells and on each cell's text, checked
//! before anything of that size is allocated; and why a file was refused.

use super::ImportError;
use crate::i18n::Catalog;
use crate::ledger::Error as FileError;
use crate::tr;
use std::fs::File;
use std::io::Read;
use std::path::Path;

/// The largest spreadsheet file read (256 MiB).
pub const MAX_BOOK_BYTES: u64 = 256 << 20;
/// The largest legacy `.xls` file read (32 MiB): calamine reads it whole.
pub const MAX_XLS_BYTES: u64 = 32 << 20;
/// The most bytes unpacked from a zipped workbook, all parts together (1 GiB,
/// the ledger's own limit: an exported workbook holds the whole ledger).
pub const MAX_UNPACKED: u64 = crate::ledger::MAX_LEDGER_BYTES;
/// The most cells of a sheet: rows × columns counted from `A1`.
pub const MAX_CELLS: u64 = 4_000_000;
/// The most characters of a cell (Excel's own limit, in UTF-16 units).
pub const MAX_CELL_CHARS: usize = super::cells::CELL_LIMIT;
/// The longest text or attribute inside a workbook's XML: a cell at Excel's
/// limit with every character escaped fits.
pub const MAX_XML_TEXT: u64 = 256 << 10;
/// The most shared strings of a workbook (one per cell at most).
pub const MAX_SHARED_STRINGS: u64 = MAX_CELLS;
/// The most parts of a zipped workbook.
pub const MAX_PARTS: usize = 10_000;

/// Why a spreadsheet was refused before it was read.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// The path names a directory.
    Directory,
    /// The path names a FIFO, a device, a socket or another non-regular file.
    NotRegular,
    /// The file is larger than `limit` bytes.
    FileTooLarge { limit: u64 },
    /// Its parts unpack to more than `limit` bytes, or there are too many parts.
    Unpacked { limit: u64 },
    /// A sheet spans more than `limit` cells (rows × columns from `A1`).
    TooManyCells { sheet: String, limit: u64 },
    /// A cell holds more than `limit` characters.
    CellTooLong {
        sheet: String,
        cell: String,
        limit: usize,
    },
    /// A part of the workbook holds a text or attribute over `limit` bytes.
    TextTooLong { part: String, limit: u64 },
    /// The workbook declares or holds more than `limit` shared strings.
    TooManyStrings { limit: u64 },
}

impl From<Refusal> for ImportError {
    fn from(r: Refusal) -> Self {
        ImportError::Refused(r)
    }
}

/// Opens the spreadsheet at `path` as the ledger is opened (a FIFO never
/// blocks; only a regular file of at most `limit` bytes is accepted).
pub fn open_book(path: &Path, limit: u64) -> Result<File, ImportError> {
    match crate::ledger::open_regular(path, path, limit) {
        Ok(Some(f)) => Ok(f),
        Ok(None) => Err(ImportError::Io(std::io::ErrorKind::NotFound)),
        Err(FileError::IsDirectory { .. }) => Err(Refusal::Directory.into()),
        Err(FileError::NotRegular { .. }) => Err(Refusal::NotRegular.into()),
        Err(FileError::TooLarge { limit, .. }) => Err(Refusal::FileTooLarge { limit }.into()),
        Err(FileError::Io { source, .. }) => Err(ImportError::Io(source.kind())),
        Err(e) => Err(ImportError::Read(format!("{e:?}"))),
    }
}

/// The whole of a file opened by `open_book`, stopping one byte past `limit`
/// should it grow meanwhile.
pub fn read_all(file: File, limit: u64) -> Result<Vec<u8>, ImportError> {
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ImportError::Io(e.kind()))?;
    if bytes.len() as u64 > limit {
        return Err(Refusal::FileTooLarge { limit }.into());
    }
    Ok(bytes)
}

/// True when a sheet reaching row `row` and column `col` (0-based) would
/// span more than `MAX_CELLS` cells from `A1`.
pub fn too_many_cells(row: u64, col: u64) -> bool {
    (row + 1).saturating_mul(col + 1) > MAX_CELLS
}

/// The refusal in the user's language, naming the file and the limit.
pub fn refusal_message(cat: &Catalog, file: &str, r: &Refusal) -> String {
    match r {
        Refusal::Directory => tr!(cat, "imp-err-directory", file = file),
        Refusal::NotRegular => tr!(cat, "imp-err-not-regular", file = file),
        Refusal::FileTooLarge { limit } => {
            tr!(cat, "imp-err-too-large", file = file, mib = limit >> 20)
        }
        Refusal::Unpacked { limit } => {
            tr!(cat, "imp-err-unpacked", file = file, mib = limit >> 20)
        }
        Refusal::TooManyCells { sheet, limit } => tr!(
            cat,
            "imp-err-too-many-cells",
            file = file,
            sheet = sheet.as_str(),
            limit = *limit
        ),
        Refusal::CellTooLong { sheet, cell, limit } => tr!(
            cat,
            "imp-err-cell-too-long",
            file = file,
            sheet = sheet.as_str(),
            cell = cell.as_str(),
            limit = *limit
        ),
        Refusal::TextTooLong { part, limit } => tr!(
            cat,
            "imp-err-text-too-long",
            file = file,
            part = part.as_str(),
            kib = limit >> 10
        ),
        Refusal::TooManyStrings { limit } => {
            tr!(cat, "imp-err-too-many-strings", file = file, limit = *limit)
        }
    }
}
