//! Minutes and agendas for the weekly review: Markdown and HTML for people,
//! CSV for spreadsheets, JSON for scripts. Pure: the ledger, the dates and
//! (when git history is at hand) the changes since the start of the period
//! come in; [`Minutes`] holds what the minutes say as typed data, and each
//! renderer writes it as it goes, words from the chosen language's catalog
//! and the committee's texts as the [`Reader`] reads them (JSON is never
//! translated). Bilingual minutes set two readers side by side, item by
//! item. Ledger text cannot restructure the Markdown or the HTML nor become
//! a spreadsheet formula, and no control character reaches any of them.

mod bilingual_html;
mod bilingual_markdown;
pub mod brief;
mod brief_html;
mod charts;
mod closure_words;
mod closures;
mod escape;
mod html;
mod json;
mod markdown;
mod model;
mod page;
mod reader;
mod spreadsheet;
mod words;

pub use closures::{Awaited, Closures, Confirmed};
pub use model::{
    Changed, Entry, Minutes, OpenCount, Part, Period, PeriodChanges, Slip, Start, StatusCounts,
    Summary, Workstream,
};
pub use reader::{Reader, Shown};
pub use spreadsheet::{cell as csv_cell, formula_safe};

use crate::i18n::Catalog;
use crate::ledger::Ledger;
use std::io::{self, Write};

/// Writes the Markdown minutes of `l` over `p` for the reader `r`.
pub fn markdown(l: &Ledger, p: &Period, r: &Reader, out: &mut impl Write) -> io::Result<()> {
    markdown::write(&Minutes::new(l, p.clone()), r, out)
}

/// Writes one CSV row per item: headers in `r`'s language, values as the
/// file writes them, the committee's texts as `r` reads them.
pub fn csv(l: &Ledger, p: &Period, r: &Reader, out: &mut impl Write) -> io::Result<()> {
    spreadsheet::write(l, p, r, out)
}

/// Writes every item with its flags and changes as JSON (never translated).
pub fn json(l: &Ledger, p: &Period, out: &mut impl Write) -> io::Result<()> {
    json::write(l, p, out)
}

/// Writes the minutes of `l` over `p` as one self-contained HTML file for the reader `r`.
pub fn html(l: &Ledger, p: &Period, r: &Reader, out: &mut impl Write) -> io::Result<()> {
    html::write(&Minutes::new(l, p.clone()), r, out)
}

/// Writes the minutes of every committee of `parts` as one self-contained
/// HTML file in `cat`'s language: a table of contents, then a section each.
pub fn html_all(cat: &Catalog, parts: Vec<Part>, out: &mut impl Write) -> io::Result<()> {
    html::write_several(cat, parts, out)
}

/// Writes the handover briefs of `briefs` (each committee's name in the
/// portfolio, or `""` for a ledger named alone, its brief and its reader)
/// as one self-contained HTML file in `cat`'s language: one committee's
/// brief alone, several behind a table of contents.
pub fn brief_html(
    cat: &Catalog,
    briefs: &[(&str, brief::Brief, Reader)],
    out: &mut impl Write,
) -> io::Result<()> {
    brief_html::write(cat, briefs, out)
}

/// Writes the bilingual minutes of `l` over `p` as Markdown: two columns,
/// one per reader, item by item.
pub fn bilingual_markdown(
    l: &Ledger,
    p: &Period,
    readers: [Reader; 2],
    out: &mut impl Write,
) -> io::Result<()> {
    bilingual_markdown::write(&Minutes::new(l, p.clone()), readers, out)
}

/// Writes the bilingual minutes of `l` over `p` as one self-contained HTML
/// file: two columns, one per reader, item by item, printable on A4 landscape.
pub fn bilingual_html(
    l: &Ledger,
    p: &Period,
    readers: [Reader; 2],
    out: &mut impl Write,
) -> io::Result<()> {
    bilingual_html::write(&Minutes::new(l, p.clone()), readers, out)
}
