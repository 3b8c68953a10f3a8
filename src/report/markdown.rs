//! The minutes as Markdown, in the catalog's language, written as it goes.
//! Every piece of ledger text passes through [`inline`] or [`lines`].

use super::escape::{inline, lines};
use super::model::{Entry, Minutes, Workstream};
use super::words;
use crate::i18n::{Catalog, Escape};
use crate::ledger::Status;
use crate::tr;
use std::io::{self, Write};

/// Writes the minutes `m` as Markdown to `out`: the title, the period, the
/// summary, then per workstream what changed, new notes, overdue, due soon
/// and blocked items, then the reviews of the period.
pub fn write(m: &Minutes, cat: &Catalog, out: &mut impl Write) -> io::Result<()> {
    heading(m, cat, out)?;
    summary(m, cat, out)?;
    for w in m.workstreams.iter().filter(|w| !w.is_quiet()) {
        workstream(m, w, cat, out)?;
    }
    reviews(m, cat, out)
}

/// The title, the period and who attended the last review.
fn heading(m: &Minutes, cat: &Catalog, out: &mut impl Write) -> io::Result<()> {
    let name = if m.committee.name.is_empty() {
        tr!(cat, "report-unnamed")
    } else {
        inline(&m.committee.name)
    };
    writeln!(out, "# {}\n", tr!(cat, "report-title", committee = name))?;
    let parties = if m.committee.parties.is_empty() {
        String::new()
    } else {
        format!(" · {}", inline(&m.committee.parties.join(", ")))
    };
    writeln!(out, "{}{parties}\n", words::period(cat, m))?;
    if let Some(r) = m.last_review.filter(|r| !r.attendees.is_empty()) {
        let label = tr!(cat, "report-attendees", date = cat.formal_date(r.date));
        writeln!(out, "{label}: {}\n", inline(&r.attendees.join(", ")))?;
    }
    Ok(())
}

/// The counts by status, overdue and due soon, and where the history starts.
fn summary(m: &Minutes, cat: &Catalog, out: &mut impl Write) -> io::Result<()> {
    let (p, s) = (&m.period, &m.summary);
    let by: Vec<String> = Status::ALL
        .iter()
        .filter(|st| s.by_status.of(**st) > 0)
        .map(|st| {
            tr!(
                cat,
                "report-status-count",
                symbol = st.symbol(),
                n = s.by_status.of(*st),
                status = cat.status(*st)
            )
        })
        .collect();
    let summary = tr!(
        cat,
        "report-summary",
        items = format!("**{}**", tr!(cat, "report-items", n = s.by_status.total())),
        by = by.join(" · "),
        overdue = format!("**{}**", tr!(cat, "report-overdue-count", n = s.overdue)),
        soon = tr!(
            cat,
            "report-due-soon-count",
            n = s.due_soon,
            days = p.window
        )
    );
    writeln!(out, "{summary}")?;
    match &p.history {
        None => writeln!(out, "\n_{}_", tr!(cat, "report-no-history"))?,
        Some(h) => {
            if let Some(d) = h.first_commit {
                let text = tr!(cat, "report-first-commit", date = cat.formal_date(d));
                writeln!(out, "\n_{text}_")?;
            }
        }
    }
    Ok(())
}

/// One line of a listed item: id, title, status, deadline, owners.
fn entry(cat: &Catalog, e: &Entry) -> String {
    let i = e.item;
    let owners = if i.owners.is_empty() {
        tr!(cat, "report-no-owner")
    } else {
        inline(&i.owners.join(", "))
    };
    format!(
        "- **{}** {} — {}, {}, {}",
        inline(&i.id),
        inline(&i.title),
        cat.status(i.status),
        words::deadline(cat, e),
        owners
    )
}

/// A workstream's section: what changed, new notes, then its overdue, due
/// soon and blocked items.
fn workstream(m: &Minutes, w: &Workstream, cat: &Catalog, out: &mut impl Write) -> io::Result<()> {
    let p = &m.period;
    let done = tr!(
        cat,
        "report-workstream-done",
        done = w.by_status.of(Status::Done),
        total = w.by_status.total()
    );
    let ws = inline(&words::workstream(cat, w.name));
    writeln!(out, "\n## {ws} ({done})")?;
    if !w.changed.is_empty() {
        writeln!(out, "\n### {}", tr!(cat, "report-changes"))?;
        for c in &w.changed {
            writeln!(
                out,
                "- **{}** {}",
                inline(&c.item.id),
                inline(&c.item.title)
            )?;
            for text in c
                .change
                .map(|c| words::change_lines(cat, c, Escape::Formal))
                .unwrap_or_default()
            {
                writeln!(out, "  - {}", inline(&text))?;
            }
            for n in &c.notes {
                let by = if n.author.is_empty() {
                    String::new()
                } else {
                    format!(" {}", inline(&n.author))
                };
                let label = tr!(cat, "report-note", date = cat.formal_date(n.date));
                writeln!(out, "  - {label}{by}: {}", lines(&n.text, "    "))?;
            }
        }
    }
    for (title, list) in [
        (tr!(cat, "report-overdue"), &w.overdue),
        (tr!(cat, "report-due-soon", days = p.window), &w.due_soon),
        (tr!(cat, "report-blocked"), &w.blocked),
    ] {
        if !list.is_empty() {
            writeln!(out, "\n### {title}")?;
            for e in list {
                writeln!(out, "{}", entry(cat, e))?;
            }
        }
    }
    Ok(())
}

/// The reviews of the period.
fn reviews(m: &Minutes, cat: &Catalog, out: &mut impl Write) -> io::Result<()> {
    if !m.reviews.is_empty() {
        writeln!(out, "\n## {}\n", tr!(cat, "report-reviews"))?;
        for r in &m.reviews {
            writeln!(
                out,
                "- {} ({}): {}",
                cat.formal_date(r.date),
                inline(&r.attendees.join(", ")),
                lines(&r.summary, "  ")
            )?;
        }
    }
    Ok(())
}
