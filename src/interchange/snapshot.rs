//! What a workbook was exported from: the whole ledger as compact JSON, the
//! committee, the export date and the language, kept in a very hidden sheet
//! so that an import can tell what was changed in the workbook.

use super::Error;
use super::cells::Cell;
use crate::i18n::Lang;
use crate::ledger::{Ledger, parse_ledger};
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
        ["exported".to_owned(), crate::dates::format_date(exported)],
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

/// Reads the snapshot back from the sheet's rows.
pub fn read(rows: &[Vec<Cell>]) -> Result<Snapshot, Error> {
    fn get<'a>(rows: &'a [Vec<Cell>], key: &'a str) -> impl Iterator<Item = String> + 'a {
        rows.iter()
            .filter(move |r| r.first().is_some_and(|c| c.text() == key))
            .map(|r| r.get(1).map(Cell::text).unwrap_or_default())
    }
    let get = |key| get(rows, key);
    if get("format").next().as_deref() != Some(FORMAT) {
        return Err(Error::Snapshot);
    }
    let exported = get("exported")
        .next()
        .and_then(|d| crate::dates::parse_date(&d).ok())
        .ok_or(Error::Snapshot)?;
    let lang = get("language")
        .next()
        .and_then(|l| Lang::ALL.into_iter().find(|x| x.code() == l))
        .ok_or(Error::Snapshot)?;
    let json: String = get("ledger").collect();
    let ledger = parse_ledger(json.as_bytes()).map_err(|_| Error::Snapshot)?;
    Ok(Snapshot {
        ledger,
        exported,
        lang,
    })
}
