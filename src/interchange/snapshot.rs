//! What a workbook was exported from: the whole ledger as compact JSON, the
//! committee, the export date, the language, whether its texts were shown
//! translated or as written, and for a translator's workbook the language
//! translated into, kept in a very hidden sheet so that an import can tell
//! what was changed in the workbook.

use super::ImportError;
use super::cells::Cell;
use crate::i18n::Lang;
use crate::ledger::{Ledger, Reading, parse_ledger};
use chrono::NaiveDate;

/// The name of the snapshot sheet (never translated: import looks for it).
pub const SHEET: &str = "followup-snapshot";
/// The value of the snapshot's `format` row.
pub const FORMAT: &str = "followup-workbook/1";
/// The most characters per cell of JSON (under Excel's 32,767 limit).
const CHUNK: usize = 30_000;

/// The ledger a workbook was exported from, and how.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub ledger: Ledger,
    pub export: Export,
}

/// How a workbook was exported: when, in which language, its texts
/// translated or as written, and (a translator's workbook) into which
/// language they are to be translated.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Export {
    pub exported: NaiveDate,
    pub lang: Lang,
    pub reading: Reading,
    pub translate: Option<Lang>,
}

/// The value of the `texts` row.
fn reading_code(r: Reading) -> &'static str {
    match r {
        Reading::Translated => "translated",
        Reading::Originals => "originals",
    }
}

/// The snapshot as rows of two cells (key, value).
pub fn rows(ledger: &Ledger, e: &Export) -> Vec<[String; 2]> {
    let json = serde_json::to_string(ledger).expect("ledgers serialize");
    let mut out = vec![
        ["format".to_owned(), FORMAT.to_owned()],
        ["committee".to_owned(), ledger.committee.name.clone()],
        [
            "exported".to_owned(),
            crate::base::dates::format_date(e.exported),
        ],
        ["language".to_owned(), e.lang.code().to_owned()],
        ["texts".to_owned(), reading_code(e.reading).to_owned()],
    ];
    if let Some(l) = e.translate {
        out.push(["translate".to_owned(), l.code().to_owned()]);
    }
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
pub fn read(sheet: Vec<Vec<Cell>>) -> Result<Snapshot, ImportError> {
    let text = |row: &[Cell], c: usize| row.get(c).map(Cell::text).unwrap_or_default();
    let first = |name: &str| {
        sheet
            .iter()
            .find(|r| text(r, 0) == name)
            .map(|r| text(r, 1))
    };
    if first("format").as_deref() != Some(FORMAT) {
        return Err(ImportError::Snapshot);
    }
    let exported = first("exported")
        .and_then(|d| crate::base::dates::parse_date(&d).ok())
        .ok_or(ImportError::Snapshot)?;
    let code = |l: String| Lang::ALL.into_iter().find(|x| x.code() == l);
    let lang = first("language")
        .and_then(code)
        .ok_or(ImportError::Snapshot)?;
    // Workbooks exported before translations showed the originals.
    let reading = match first("texts").as_deref() {
        Some("translated") => Reading::Translated,
        None | Some("originals") => Reading::Originals,
        Some(_) => return Err(ImportError::Snapshot),
    };
    let translate = match first("translate") {
        Some(l) => Some(code(l).ok_or(ImportError::Snapshot)?),
        None => None,
    };
    let chunks = || sheet.iter().filter(|r| text(r, 0) == "ledger");
    let mut json = String::with_capacity(
        chunks()
            .map(|r| match r.get(1) {
                Some(Cell::Text(s)) => s.len(),
                _ => 0,
            })
            .sum(),
    );
    for r in chunks() {
        match r.get(1) {
            Some(Cell::Text(s)) => json.push_str(s),
            _ => json.push_str(&text(r, 1)),
        }
    }
    drop(sheet);
    let ledger = parse_ledger(json.as_bytes()).map_err(|_| ImportError::Snapshot)?;
    drop(json);
    Ok(Snapshot {
        ledger,
        export: Export {
            exported,
            lang,
            reading,
            translate,
        },
    })
}
