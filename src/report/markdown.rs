//! The minutes as Markdown, in the catalog's language, written as it goes.
//! Every piece of ledger text passes through [`inline`] or [`lines`].

use super::escape::{inline, lines, push_inline};
use super::model::{Entry, Minutes, Workstream};
use super::reader::{Reader, Shown};
use super::{closure_words, words};
use crate::base::cores::{beside, two_cores};
use crate::base::keyed::LedgerMap;
use crate::base::relative::Relative;
use crate::i18n::{Catalog, Escape};
use crate::ledger::Status;
use crate::tr;
use chrono::NaiveDate;
use std::io::{self, Write};

/// Writes the minutes `m` as Markdown to `out`: the title, the period, the
/// summary, then per workstream what changed, new notes, overdue, due soon
/// and blocked items, then the reviews of the period.
pub fn write(m: &Minutes, r: &Reader, out: &mut impl Write) -> io::Result<()> {
    heading(m, r, out)?;
    summary(m, r.cat, out)?;
    workstreams(m, r, out)?;
    closures(m, r, out)?;
    reviews(m, r.cat, out)
}

/// Items listed in the workstreams' sections from which they are written
/// on two threads: fewer take less time than a second thread costs.
const TWO_THREADS_FROM: usize = 20_000;

/// How the workstreams' sections are written.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Threads {
    /// In turn, straight to the output.
    One,
    /// The later ones into memory beside the earlier ones ([`beside`]: on
    /// a second thread when the machine has two cores), then copied out.
    Two,
}

/// The sections of the workstreams that have something to say, in their
/// order; on two threads when they list many items.
fn workstreams(m: &Minutes, r: &Reader, out: &mut impl Write) -> io::Result<()> {
    let loud: Vec<&Workstream> = m.workstreams.iter().filter(|w| !w.is_quiet()).collect();
    let threads = if listed(&loud) >= TWO_THREADS_FROM && two_cores() {
        Threads::Two
    } else {
        Threads::One
    };
    sections(m, &loud, r, threads, out)
}

/// The items listed in the sections of `loud`.
fn listed(loud: &[&Workstream]) -> usize {
    loud.iter().map(|w| w.listed()).sum()
}

/// How many of the workstreams `loud` come before the later ones: up to
/// about half the items listed.
fn earlier(loud: &[&Workstream]) -> usize {
    let total = listed(loud);
    let mut listed = 0;
    loud.iter()
        .position(|w| {
            listed += w.listed();
            2 * listed >= total
        })
        .map_or(loud.len(), |k| k + 1)
}

/// The sections of the workstreams `loud`, in their order, written as
/// `threads` says.
fn sections(
    m: &Minutes,
    loud: &[&Workstream],
    r: &Reader,
    threads: Threads,
    out: &mut impl Write,
) -> io::Result<()> {
    let each = |ws: &[&Workstream], mut out: &mut dyn Write| -> io::Result<()> {
        ws.iter().try_for_each(|w| workstream(m, w, r, &mut out))
    };
    let (earlier, later) = loud.split_at(earlier(loud));
    if threads == Threads::One || later.is_empty() {
        return each(loud, out);
    }
    let in_memory = || {
        let mut buf = Vec::new();
        each(later, &mut buf).map(|()| buf)
    };
    let (written, later) = beside(|| each(earlier, out), in_memory);
    written?;
    out.write_all(&later?)
}

/// The closures confirmed in the period, and those awaiting confirmation.
fn closures(m: &Minutes, r: &Reader, out: &mut impl Write) -> io::Result<()> {
    let (c, cat) = (&m.closures, r.cat);
    let item = |i| titled(m, r, i);
    if !c.confirmed.is_empty() {
        writeln!(out, "\n## {}\n", tr!(cat, "report-closures-confirmed"))?;
        for x in &c.confirmed {
            let said = closure_words::confirmed(cat, x, inline);
            writeln!(out, "- {} — {said}", item(x.item))?;
        }
    }
    if !c.awaiting.is_empty() {
        writeln!(out, "\n## {}\n", tr!(cat, "report-closures-awaiting"))?;
        for x in &c.awaiting {
            let said = closure_words::awaiting(cat, x, inline);
            writeln!(out, "- {} — {said}", item(x.item))?;
        }
    }
    Ok(())
}

/// An item's id in bold and its title as `r` reads it.
pub(super) fn titled(m: &Minutes, r: &Reader, i: &crate::ledger::Item) -> String {
    format!("**{}** {}", inline(&i.id), shown(&r.text(m.title(i))))
}

/// A text of the committee on one line, escaped, with its mark in italics.
pub(super) fn shown(s: &Shown) -> String {
    marked(inline(&s.text), s)
}

/// `text` (already escaped) followed by `s`'s mark, if any, in italics.
pub(super) fn marked(text: String, s: &Shown) -> String {
    match &s.mark {
        Some(mark) => format!("{text} _{}_", inline(mark)),
        None => text,
    }
}

/// The title, the period and who attended the last review.
fn heading(m: &Minutes, r: &Reader, out: &mut impl Write) -> io::Result<()> {
    let cat = r.cat;
    let name = shown(&words::committee(r, m));
    writeln!(out, "# {}\n", tr!(cat, "report-title", committee = name))?;
    let parties = if m.committee.parties.is_empty() {
        String::new()
    } else {
        format!(" · {}", inline(&m.committee.party_names().join(", ")))
    };
    writeln!(out, "{}{parties}\n", words::period(cat, m))?;
    if let Some(r) = m.last_review.filter(|r| !r.attendees.is_empty()) {
        let label = tr!(cat, "report-attendees", date = cat.formal_date(r.date));
        writeln!(out, "{label}: {}\n", inline(&r.attendees.join(", ")))?;
    }
    if let Some(line) = meetings_line(m, r) {
        writeln!(out, "{line}\n")?;
    }
    Ok(())
}

/// The meetings held in the period, on one line (`None` when none was):
/// `Meetings in the period: JC3 Third Joint Committee, Mexico City, 14 October 2026`.
pub(super) fn meetings_line(m: &Minutes, r: &Reader) -> Option<String> {
    let meetings: Vec<String> = words::meetings(r, m)
        .iter()
        .map(|mw| {
            let mut line = inline(mw.id);
            if let Some(title) = &mw.title {
                line = format!("{line} {}", shown(title));
            }
            for part in mw
                .place
                .as_ref()
                .map(shown)
                .into_iter()
                .chain([mw.date.clone()])
            {
                if !part.is_empty() {
                    line = format!("{line}, {part}");
                }
            }
            line
        })
        .collect();
    (!meetings.is_empty())
        .then(|| format!("{}: {}", tr!(r.cat, "report-meetings"), meetings.join("; ")))
}

/// The counts by status, overdue and due soon, and where the history starts.
fn summary(m: &Minutes, cat: &Catalog, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "{}", summary_line(m, cat))?;
    if let Some(caveat) = words::caveat(cat, m) {
        writeln!(out, "\n_{caveat}_")?;
    }
    Ok(())
}

/// The counts by status, overdue and due soon, in one sentence.
pub(super) fn summary_line(m: &Minutes, cat: &Catalog) -> String {
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
    tr!(
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
    )
}

/// One line of a listed item, appended to `line`: id, title, status,
/// deadline, owners.
fn entry(m: &Minutes, r: &Reader, e: &Entry, worded: &mut Worded, line: &mut String) {
    line.push_str("- **");
    push_inline(line, &e.item.id);
    line.push_str("** ");
    push_shown(line, &r.text(m.title(e.item)));
    line.push_str(" — ");
    worded.push_facts(r.cat, e, line);
}

/// [`shown`], appended to `out`.
fn push_shown(out: &mut String, s: &Shown) {
    push_inline(out, &s.text);
    if let Some(mark) = &s.mark {
        out.push_str(" _");
        push_inline(out, mark);
        out.push('_');
    }
}

/// A listed item's status, deadline and owners: `open, due … (…), SMBA`.
pub(super) fn facts(cat: &Catalog, e: &Entry) -> String {
    let mut out = String::new();
    Worded::default().push_facts(cat, e, &mut out);
    out
}

/// The words of listed items' statuses and deadlines, each worded once
/// and kept (many items share them: a ledger of 100,000 items, a few
/// hundred deadlines).
#[derive(Default)]
struct Worded {
    statuses: Vec<(Status, String)>,
    deadlines: LedgerMap<Option<NaiveDate>, Vec<(Option<Relative>, String)>>,
    /// The owners of the item at hand, joined before they are escaped.
    owners: String,
}

impl Worded {
    /// [`facts`], appended to `out`, its status and deadline worded once.
    fn push_facts(&mut self, cat: &Catalog, e: &Entry, out: &mut String) {
        let i = e.item;
        let status = match self.statuses.iter().position(|(s, _)| *s == i.status) {
            Some(k) => k,
            None => {
                self.statuses.push((i.status, cat.status(i.status)));
                self.statuses.len() - 1
            }
        };
        let same_day = self.deadlines.entry(i.due).or_default();
        let deadline = match same_day.iter().position(|(r, _)| *r == e.relative) {
            Some(k) => k,
            None => {
                same_day.push((e.relative, words::deadline(cat, e)));
                same_day.len() - 1
            }
        };
        out.push_str(&self.statuses[status].1);
        out.push_str(", ");
        out.push_str(&same_day[deadline].1);
        out.push_str(", ");
        if i.owners.is_empty() {
            out.push_str(&tr!(cat, "report-no-owner"));
        } else {
            self.owners.clear();
            for (k, owner) in i.owners.iter().enumerate() {
                if k > 0 {
                    self.owners.push_str(", ");
                }
                self.owners.push_str(owner);
            }
            push_inline(out, &self.owners);
        }
    }
}

/// A workstream's section: what changed, new notes, then its overdue, due
/// soon and blocked items.
fn workstream(m: &Minutes, w: &Workstream, r: &Reader, out: &mut impl Write) -> io::Result<()> {
    let (p, cat) = (&m.period, r.cat);
    let done = words::done(cat, w);
    let ws = shown(&words::workstream(r, w));
    writeln!(out, "\n## {ws} ({done})")?;
    if !w.changed.is_empty() {
        writeln!(out, "\n### {}", tr!(cat, "report-changes"))?;
        for c in &w.changed {
            writeln!(
                out,
                "- **{}** {}",
                inline(&c.item.id),
                shown(&r.text(m.title(c.item)))
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
                let text = r.text(m.note(n));
                let text = marked(lines(&text.text, "    "), &text);
                writeln!(out, "  - {label}{by}: {text}")?;
            }
        }
    }
    let mut worded = Worded::default();
    let mut line = String::new();
    for (section, list) in words::sections(w) {
        if !list.is_empty() {
            writeln!(out, "\n### {}", words::section(cat, section, p.window))?;
            for e in list {
                line.clear();
                entry(m, r, e, &mut worded, &mut line);
                line.push('\n');
                out.write_all(line.as_bytes())?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, catalog};
    use crate::ledger::{Audience, Ledger, Reading};
    use crate::report::model::{Period, Start};
    use crate::synthetic::{demo_today, ledger};

    /// The minutes of `l` in Spanish.
    fn minutes(l: &Ledger) -> (Minutes<'_>, Reader<'_>) {
        let today = demo_today();
        let period = Period {
            since: today - chrono::Days::new(14),
            today,
            window: 14,
            start: Start::Window,
            history: None,
            weekly: None,
        };
        let m = Minutes::new(l, period);
        let audience = Audience::new(Lang::Es, Reading::Translated, &l.committee.languages);
        (m, Reader::new(catalog(Lang::Es), audience))
    }

    /// The sections of `ws`, written in turn.
    fn in_turn(m: &Minutes, ws: &[&Workstream], r: &Reader) -> Vec<u8> {
        let mut out = Vec::new();
        for w in ws {
            workstream(m, w, r, &mut out).unwrap();
        }
        out
    }

    #[test]
    fn sections_written_on_two_threads_are_those_written_in_turn_in_their_order() {
        let l = ledger(3000, demo_today());
        let (m, r) = minutes(&l);
        let loud: Vec<&Workstream> = m.workstreams.iter().filter(|w| !w.is_quiet()).collect();
        // Workstreams on both sides of the cut, several on one.
        let cut = earlier(&loud);
        assert!(
            0 < cut && cut < loud.len() && loud.len() >= 3,
            "{cut} {}",
            loud.len()
        );
        let mut two = Vec::new();
        sections(&m, &loud, &r, Threads::Two, &mut two).unwrap();
        let want = in_turn(&m, &loud, &r);
        assert!(String::from_utf8_lossy(&want).matches("\n## ").count() >= 3);
        assert!(
            two == want,
            "the sections differ from those written in turn"
        );
    }

    /// Takes `room` bytes, then says the pipe is broken.
    struct Closing {
        room: usize,
    }

    impl Write for Closing {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.room == 0 {
                return Err(io::ErrorKind::BrokenPipe.into());
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            Ok(n)
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_reader_that_stops_reading_ends_the_sections_with_its_error() {
        let l = ledger(3000, demo_today());
        let (m, r) = minutes(&l);
        let loud: Vec<&Workstream> = m.workstreams.iter().filter(|w| !w.is_quiet()).collect();
        let (earlier, later) = loud.split_at(earlier(&loud));
        let (a, b) = (in_turn(&m, earlier, &r).len(), in_turn(&m, later, &r).len());
        for threads in [Threads::One, Threads::Two] {
            // Closed in the earlier sections, then in the later ones.
            for room in [a / 2, a + b / 2] {
                let got = sections(&m, &loud, &r, threads, &mut Closing { room });
                let kind = got.map_err(|e| e.kind());
                assert_eq!(kind, Err(io::ErrorKind::BrokenPipe), "{threads:?} {room}");
            }
        }
    }
}
