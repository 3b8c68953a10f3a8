//! Bilingual minutes in Markdown: the title in both languages, then tables
//! of two columns, one per language (GitHub's flavour): the period and its
//! figures, then per workstream each section with one row per item, the
//! same item on the same row. Each column is worded by its own catalog; the
//! committee's texts are shown as its reader reads them and escaped as in
//! the Markdown minutes; a cell's lines are joined by `<br>`, the line
//! break of a table cell.

use super::escape::inline;
use super::markdown::{facts, marked, meetings_line, shown, summary_line, titled};
use super::model::{Changed, Entry, Minutes};
use super::reader::Reader;
use super::{closure_words, words};
use crate::i18n::Escape;
use crate::tr;
use std::io::{self, Write};

/// Writes the minutes `m` as bilingual Markdown to `out`, a column per reader.
pub fn write(m: &Minutes, rs: [Reader; 2], out: &mut impl Write) -> io::Result<()> {
    let titles = rs.map(|r| {
        let name = shown(&words::committee(&r, m));
        tr!(r.cat, "report-title", committee = name)
    });
    writeln!(out, "# {}", titles.join(" · "))?;
    heading(m, rs, out)?;
    let window = m.period.window;
    for w in m.workstreams.iter().filter(|w| !w.is_quiet()) {
        let names = rs.map(|r| {
            let name = shown(&words::workstream(&r, w));
            format!("{name} ({})", words::done(r.cat, w))
        });
        writeln!(out, "\n## {}", names.join(" · "))?;
        if !w.changed.is_empty() {
            table(out, rs.map(|r| tr!(r.cat, "report-changes")))?;
            for c in &w.changed {
                row(out, rs.map(|r| changed(m, &r, c)))?;
            }
        }
        for (section, list) in words::sections(w) {
            if !list.is_empty() {
                table(out, rs.map(|r| words::section(r.cat, section, window)))?;
                for e in list {
                    row(out, rs.map(|r| entry(m, &r, e)))?;
                }
            }
        }
    }
    closures(m, rs, out)?;
    if !m.reviews.is_empty() {
        let titles = rs.map(|r| tr!(r.cat, "report-reviews"));
        writeln!(out, "\n## {}", titles.join(" · "))?;
        table(out, rs.map(|r| tr!(r.cat, "report-language")))?;
        for review in &m.reviews {
            row(
                out,
                rs.map(|r| {
                    format!(
                        "{} ({}): {}",
                        r.cat.formal_date(review.date),
                        inline(&review.attendees.join(", ")),
                        cell_lines(&review.summary)
                    )
                }),
            )?;
        }
    }
    let prepared = rs.map(|r| {
        tr!(
            r.cat,
            "report-prepared",
            date = r.cat.formal_date(m.period.today)
        )
    });
    writeln!(out, "\n_{}_", prepared.join(" · "))
}

/// The closures confirmed in the period and those awaiting confirmation, a
/// row per item.
fn closures(m: &Minutes, rs: [Reader; 2], out: &mut impl Write) -> io::Result<()> {
    let c = &m.closures;
    let head = |out: &mut dyn Write, id| -> io::Result<()> {
        let titles = rs.map(|r| r.cat.text(id));
        writeln!(out, "\n## {}", titles.join(" · "))
    };
    if !c.confirmed.is_empty() {
        head(out, "report-closures-confirmed")?;
        table(out, rs.map(|r| tr!(r.cat, "report-language")))?;
        for x in &c.confirmed {
            let said = |r: &Reader| closure_words::confirmed(r.cat, x, inline);
            row(
                out,
                rs.map(|r| format!("{} — {}", titled(m, &r, x.item), said(&r))),
            )?;
        }
    }
    if !c.awaiting.is_empty() {
        head(out, "report-closures-awaiting")?;
        table(out, rs.map(|r| tr!(r.cat, "report-language")))?;
        for x in &c.awaiting {
            let said = |r: &Reader| closure_words::awaiting(r.cat, x, inline);
            row(
                out,
                rs.map(|r| format!("{} — {}", titled(m, &r, x.item), said(&r))),
            )?;
        }
    }
    Ok(())
}

/// The table of the period: the language of each column, the period, the
/// parties, who attended the last review, the figures and what history there is.
fn heading(m: &Minutes, rs: [Reader; 2], out: &mut impl Write) -> io::Result<()> {
    table(out, rs.map(|r| tr!(r.cat, "report-language")))?;
    row(out, rs.map(|r| words::period(r.cat, m)))?;
    if !m.committee.parties.is_empty() {
        let parties = inline(&m.committee.party_names().join(", "));
        row(
            out,
            rs.map(|r| format!("{}: {parties}", tr!(r.cat, "report-parties"))),
        )?;
    }
    if let Some(review) = m.last_review.filter(|r| !r.attendees.is_empty()) {
        let attendees = inline(&review.attendees.join(", "));
        row(
            out,
            rs.map(|r| {
                let label = tr!(
                    r.cat,
                    "report-attendees",
                    date = r.cat.formal_date(review.date)
                );
                format!("{label}: {attendees}")
            }),
        )?;
    }
    if !m.meetings.is_empty() {
        row(out, rs.map(|r| meetings_line(m, &r).unwrap_or_default()))?;
    }
    row(out, rs.map(|r| summary_line(m, r.cat)))?;
    if words::caveat(rs[0].cat, m).is_some() {
        let caveats = rs.map(|r| format!("_{}_", words::caveat(r.cat, m).unwrap_or_default()));
        row(out, caveats)?;
    }
    Ok(())
}

/// A listed item in one column: id and title, then status, deadline, owners.
fn entry(m: &Minutes, r: &Reader, e: &Entry) -> String {
    format!(
        "**{}** {}<br>{}",
        inline(&e.item.id),
        shown(&r.text(m.title(e.item))),
        facts(r.cat, e)
    )
}

/// An item that changed, in one column: id and title, then each change and new note.
fn changed(m: &Minutes, r: &Reader, c: &Changed) -> String {
    let mut cell = format!(
        "**{}** {}",
        inline(&c.item.id),
        shown(&r.text(m.title(c.item)))
    );
    for line in c
        .change
        .map(|c| words::change_lines(r.cat, c, Escape::Formal))
        .unwrap_or_default()
    {
        cell.push_str(&format!("<br>• {}", inline(&line)));
    }
    for n in &c.notes {
        let label = tr!(r.cat, "report-note", date = r.cat.formal_date(n.date));
        let by = if n.author.is_empty() {
            String::new()
        } else {
            format!(" {}", inline(&n.author))
        };
        let text = r.text(m.note(n));
        let text = marked(cell_lines(&text.text), &text);
        cell.push_str(&format!("<br>• {label}{by}: {text}"));
    }
    cell
}

/// Text of several lines in a table cell: each line escaped as [`inline`],
/// blank lines dropped, the lines joined by `<br>`.
fn cell_lines(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(inline)
        .collect::<Vec<_>>()
        .join("<br>")
}

/// Starts a table whose header row is `heads`.
fn table(out: &mut impl Write, heads: [String; 2]) -> io::Result<()> {
    writeln!(out)?;
    row(out, heads)?;
    writeln!(out, "| --- | --- |")
}

/// One row: a cell per column.
fn row(out: &mut impl Write, cells: [String; 2]) -> io::Result<()> {
    let [a, b] = cells;
    writeln!(out, "| {a} | {b} |")
}
