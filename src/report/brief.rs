//! The handover brief: what an officer taking over a committee's desk must
//! know first. The open action items (earliest deadline first) with every
//! deadline they had, what awaits the other party (closures not yet
//! confirmed), the counterparts of the directory and the last three
//! reviews. Markdown in the reader's language, JSON (never translated) for
//! scripts.

use super::closure_words;
use super::closures::{Awaited, closures};
use super::escape::{inline, lines};
use super::markdown::shown;
use super::reader::Reader;
use crate::base::relative::Relative;
use crate::i18n::{Catalog, Lang, When};
use crate::ledger::{Item, Ledger, Person, Review};
use crate::query::{SortKey, sort_indices};
use crate::tr;
use chrono::NaiveDate;
use std::io::{self, Write};

/// How many reviews the brief recalls.
pub const REVIEWS: usize = 3;

/// What the brief says, as typed data.
#[derive(Debug, Clone)]
pub struct Brief<'a> {
    pub ledger: &'a Ledger,
    pub today: NaiveDate,
    /// Not done or dropped, earliest deadline first.
    pub open: Vec<&'a Item>,
    /// Closures awaiting a party's confirmation.
    pub awaiting: Vec<Awaited<'a>>,
    /// The last [`REVIEWS`] reviews up to today, newest first.
    pub reviews: Vec<&'a Review>,
}

impl<'a> Brief<'a> {
    /// The brief of `ledger` as of `today`.
    pub fn new(ledger: &'a Ledger, today: NaiveDate) -> Brief<'a> {
        let mut idx: Vec<usize> = (0..ledger.items.len())
            .filter(|&i| !ledger.items[i].status.is_closed())
            .collect();
        sort_indices(&ledger.items, &mut idx, SortKey::Due);
        let mut reviews: Vec<&Review> = ledger.reviews.iter().filter(|r| r.date <= today).collect();
        reviews.sort_by_key(|r| std::cmp::Reverse(r.date));
        reviews.truncate(REVIEWS);
        Brief {
            ledger,
            today,
            open: idx.into_iter().map(|i| &ledger.items[i]).collect(),
            awaiting: closures(ledger, today, today).awaiting,
            reviews,
        }
    }
}

/// Writes the brief `b` as Markdown for the reader `r`.
pub fn markdown(b: &Brief, r: &Reader, out: &mut impl Write) -> io::Result<()> {
    let (cat, l) = (r.cat, b.ledger);
    let name = match l.committee.name.is_empty() {
        true => tr!(cat, "report-unnamed"),
        false => shown(&r.text(l.committee.name_text())),
    };
    writeln!(out, "# {}\n", tr!(cat, "brief-title", committee = name))?;
    writeln!(
        out,
        "{}",
        tr!(cat, "brief-prepared", date = cat.formal_date(b.today))
    )?;
    if !l.committee.parties.is_empty() {
        let parties = inline(&l.committee.party_names().join(", "));
        writeln!(out, "\n{}", tr!(cat, "brief-parties", parties = parties))?;
    }
    open_items(b, r, out)?;
    writeln!(out, "\n## {}\n", tr!(cat, "brief-awaiting"))?;
    if b.awaiting.is_empty() {
        writeln!(out, "{}", tr!(cat, "brief-awaiting-none"))?;
    }
    for a in &b.awaiting {
        let said = closure_words::awaiting(cat, a, inline);
        writeln!(out, "- {} — {said}", titled_item(l, r, a.item))?;
    }
    counterparts(l, r, out)?;
    reviews(b, r, out)
}

/// An item's id in bold and its title as `r` reads it.
fn titled_item(l: &Ledger, r: &Reader, i: &Item) -> String {
    format!(
        "**{}** {}",
        inline(&i.id),
        shown(&r.text(i.title_text(l.original_language())))
    )
}

/// The open items, each with its owners, deadline, every earlier deadline
/// and last note.
fn open_items(b: &Brief, r: &Reader, out: &mut impl Write) -> io::Result<()> {
    let (cat, l) = (r.cat, b.ledger);
    writeln!(out, "\n## {} ({})\n", tr!(cat, "brief-open"), b.open.len())?;
    if b.open.is_empty() {
        writeln!(out, "{}", tr!(cat, "brief-open-none"))?;
    }
    let default = l.original_language();
    for item in &b.open {
        writeln!(out, "- {}", titled_item(l, r, item))?;
        if !item.owners.is_empty() {
            let owners = inline(&item.owners.join(", "));
            writeln!(
                out,
                "  - {}",
                tr!(cat, "brief-item-owners", owners = owners)
            )?;
        }
        let status = cat.status(item.status);
        let due = match item.due {
            Some(d) => tr!(
                cat,
                "brief-item-deadline",
                date = cat.formal_date(d),
                relative = cat.relative(Relative::between(d, b.today), When::Deadline),
                status = status
            ),
            None => tr!(cat, "brief-item-no-deadline", status = status),
        };
        writeln!(out, "  - {due}")?;
        if !item.due_history.is_empty() {
            writeln!(out, "  - ↻ {}", slips(cat, item))?;
        }
        if let Some(note) = item.notes.last() {
            let text = r.text(note.text_slot(default)).joined();
            let said = tr!(
                cat,
                "brief-item-note",
                date = cat.formal_date(note.date),
                text = lines(&text, "    ")
            );
            writeln!(out, "  - {said}")?;
        }
    }
    Ok(())
}

/// The directory's people: name, address, language, other names.
fn counterparts(l: &Ledger, r: &Reader, out: &mut impl Write) -> io::Result<()> {
    let cat = r.cat;
    writeln!(out, "\n## {}\n", tr!(cat, "brief-counterparts"))?;
    if l.directory.is_empty() {
        writeln!(out, "{}", tr!(cat, "brief-counterparts-none"))?;
    }
    for p in &l.directory {
        let mut parts = vec![format!("**{}**", inline(&p.name))];
        if !p.email.is_empty() {
            parts.push(inline(&p.email));
        }
        if let Ok(lang) = p.language.parse::<Lang>() {
            let language = cat.language_name(lang);
            parts.push(tr!(cat, "brief-person-language", language = language));
        }
        if !p.aliases.is_empty() {
            let aliases = inline(&p.aliases.join(", "));
            parts.push(tr!(cat, "brief-person-aliases", aliases = aliases));
        }
        writeln!(out, "- {}", parts.join(" · "))?;
    }
    Ok(())
}

/// The last reviews, newest first: the day, who attended, the summary.
fn reviews(b: &Brief, r: &Reader, out: &mut impl Write) -> io::Result<()> {
    let cat = r.cat;
    writeln!(out, "\n## {}\n", tr!(cat, "brief-reviews"))?;
    if b.reviews.is_empty() {
        writeln!(out, "{}", tr!(cat, "brief-reviews-none"))?;
    }
    for (n, rev) in b.reviews.iter().enumerate() {
        let blank = if n > 0 { "\n" } else { "" };
        writeln!(out, "{blank}### {}\n", cat.formal_date(rev.date))?;
        if !rev.attendees.is_empty() {
            let attendees = inline(&rev.attendees.join(", "));
            writeln!(
                out,
                "{}\n",
                tr!(cat, "brief-review-attendees", attendees = attendees)
            )?;
        }
        if !rev.summary.trim().is_empty() {
            writeln!(out, "{}", lines(&rev.summary, ""))?;
        }
    }
    Ok(())
}

/// Writes the brief `b` as JSON: the committee's name, the day, the open
/// items and the directory as the ledger holds them, the closures awaiting
/// confirmation, the last reviews.
pub fn json(b: &Brief, out: &mut impl Write) -> io::Result<()> {
    let awaiting: Vec<serde_json::Value> = b
        .awaiting
        .iter()
        .map(|a| {
            serde_json::json!({
                "id": a.item.id,
                "status": a.item.status.as_str(),
                "closed_by": a.closed.party,
                "closed_on": a.closed_on.to_string(),
                "awaiting": a.from,
            })
        })
        .collect();
    let people: Vec<&Person> = b.ledger.directory.iter().collect();
    let doc = serde_json::json!({
        "committee": b.ledger.committee.name,
        "today": b.today.to_string(),
        "open": b.open,
        "awaiting": awaiting,
        "directory": people,
        "reviews": b.reviews,
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

/// Every deadline `item` had, then its deadline, in words.
pub(super) fn slips(cat: &Catalog, item: &Item) -> String {
    let dates: Vec<String> = item
        .due_history
        .iter()
        .chain(&item.due)
        .map(|d| cat.formal_date(*d))
        .collect();
    tr!(
        cat,
        "brief-item-slips",
        n = item.due_history.len(),
        dates = dates.join(" → ")
    )
}
