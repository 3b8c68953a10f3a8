//! What a workbook was exported from: the whole ledger as compact JSON, the
//! committee, the export date and the language, kept in a very hidden sheet
//! so that an import can tell what was changed in the workbook.

use super::ImportError;
use super::cells::from_calamine;
use crate::i18n::Lang;
use crate::ledger::{Ledger, parse_ledger};
use calamine::{Data, Range};
use chrono::NaiveDate;

/// The name of the snapshot sheet (never translated: import looks for it).
pub const SHEET: &str = "followup-snapshot";
/// The value of the snapshot's `format` row.
pub const FORMAT: &str = "followup-workbook/1";
/// The most characters per cell of JSON (under Excel's 32,767 limit).
const CHUNK: usize = 30_000;

/// The ledger a workbook was exported from, and when, in which language.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub ledger: Ledger,
    pub exported: NaiveDate,
    pub lang: Lang,
}

/// The snapshot as rows of two cells (key, value).
pub fn rows(ledger: &Ledger, exported: NaiveDate, lang: Lang) -> Vec<[String; 2]> {
    let json = serde_json::to_string(ledger).expect("ledgers serialize");
    let mut out = vec![
        ["format".to_owned(), FORMAT.to_owned()],
        ["committee".to_owned(), ledger.committee.name.clone()],
        [
            "exported".to_owned(),
            crate::base::dates::format_date(exported),
        ],
        ["language".to_owned(), lang.code().to_owned()],
    ];
    let mut rest = json.as_str();
    while !rest.is_empty() {
        // JSON escapes are ASCII, so a cut on a char boundary is a safe cut.
        let mut at = rest.len().min(CHUNK);
        while !rest.is_char_boundary(at) {
            at -= 1;
        }
        out.push(["ledger".to_owned(), rest[..at].to_owned()]);
        rest = &rest[at..];
    }
    out
}

/// Reads the snapshot back from its sheet (rows of key and value from
/// column `A`). The sheet is dropped once its JSON is gathered, and the JSON
/// once the ledger is parsed.
pub fn read(sheet: Range<Data>) -> Result<Snapshot, ImportError> {
    let (_, c0) = sheet.start().unwrap_or((0, 0));
    // The cell of a row at column `c` (`0` is `A`).
    fn cell_at(row: &[Data], c0: u32, c: usize) -> Option<&Data> {
        c.checked_sub(c0 as usize).and_then(|i| row.get(i))
    }
    let text = |d: Option<&Data>| d.map(|d| from_calamine(d).text()).unwrap_or_default();
    let key = |row: &[Data]| text(cell_at(row, c0, 0));
    let first = |name: &str| {
        sheet
            .rows()
            .find(|r| key(r) == name)
            .map(|r| text(cell_at(r, c0, 1)))
    };
    if first("format").as_deref() != Some(FORMAT) {
        return Err(ImportError::Snapshot);
    }
    let exported = first("exported")
        .and_then(|d| crate::base::dates::parse_date(&d).ok())
        .ok_or(ImportError::Snapshot)?;
    let lang = first("language")
        .and_then(|l| Lang::ALL.into_iter().find(|x| x.code() == l))
        .ok_or(ImportError::Snapshot)?;
    let chunks = || {
        sheet
            .rows()
            .filter(|r| key(r) == "ledger")
            .map(|r| cell_at(r, c0, 1))
    };
    let mut json = String::with_capacity(
        chunks()
            .map(|d| match d {
                Some(Data::String(s)) => s.len(),
                _ => 0,
            })
            .sum(),
    );
    for d in chunks() {
        match d {
            Some(Data::String(s)) => json.push_str(s),
            d => json.push_str(&text(d)),
        }
    }
    drop(sheet);
    let ledger = parse_ledger(json.as_bytes()).map_err(|_| ImportError::Snapshot)?;
    drop(json);
    Ok(Snapshot {
        ledger,
        exported,
        lang,
    })
}
