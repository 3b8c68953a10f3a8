//! Minutes and agendas for the weekly review: Markdown and HTML for people,
//! CSV for spreadsheets, JSON for scripts. Pure: the ledger, the dates and
//! (when git history is at hand) the changes since the start of the period
//! come in; [`Minutes`] holds what the minutes say as typed data, and each
//! renderer writes it as it goes, words from the chosen language's catalog
//! (JSON is never translated). Ledger text cannot restructure the Markdown
//! or the HTML nor become a spreadsheet formula, and no control character
//! reaches any of them.

mod charts;
mod escape;
mod html;
mod json;
mod markdown;
mod model;
mod spreadsheet;
mod words;

pub use model::{
    Changed, Entry, Minutes, OpenCount, Period, PeriodChanges, Slip, Start, StatusCounts, Summary,
    Workstream,
};
pub use spreadsheet::{cell as csv_cell, formula_safe};

use crate::i18n::Catalog;
use crate::ledger::Ledger;
use std::io::{self, Write};

/// Writes the Markdown minutes of `l` over `p` in `cat`'s language.
pub fn markdown(l: &Ledger, p: &Period, cat: &Catalog, out: &mut impl Write) -> io::Result<()> {
    markdown::write(&Minutes::new(l, p.clone()), cat, out)
}

/// Writes one CSV row per item: headers in `cat`'s language, values as the file writes them.
pub fn csv(l: &Ledger, p: &Period, cat: &Catalog, out: &mut impl Write) -> io::Result<()> {
    spreadsheet::write(l, p, cat, out)
}

/// Writes every item with its flags and changes as JSON (never translated).
pub fn json(l: &Ledger, p: &Period, out: &mut impl Write) -> io::Result<()> {
    json::write(l, p, out)
}

/// Writes the minutes of `l` over `p` as one self-contained HTML file in `cat`'s language.
pub fn html(l: &Ledger, p: &Period, cat: &Catalog, out: &mut impl Write) -> io::Result<()> {
    html::write(&Minutes::new(l, p.clone()), cat, out)
}
