//! Minutes and agendas for the weekly review: Markdown for people, CSV for
//! spreadsheets, JSON for scripts. Pure: the ledger, the dates and (when git
//! history is at hand) the changes since the start of the period come in.
//! Ledger text cannot restructure the Markdown nor become a spreadsheet
//! formula, and no control character reaches either.

mod markdown;
mod spreadsheet;

pub use spreadsheet::{cell as csv_cell, formula_safe};

use crate::dates::{format_date, relative};
use crate::ledger::{
    Item, ItemChange, Ledger, LedgerDiff, Note, Status, describe_field, describe_note,
};
use crate::query::{SortKey, is_due_within, is_overdue, sort_indices};
use chrono::NaiveDate;
use markdown::{inline, lines};
use serde_json::json;
use std::fmt::Write;

/// What a report covers.
pub struct Period<'a> {
    /// The first day of the period (notes dated on or after it are new).
    pub since: NaiveDate,
    pub today: NaiveDate,
    /// The review window in days ("due soon").
    pub window: u32,
    /// Field changes since `since`, from git history; `None` when unknown.
    pub changes: Option<&'a LedgerDiff>,
}

impl Period<'_> {
    fn new_notes<'i>(&self, item: &'i Item) -> Vec<&'i Note> {
        item.notes.iter().filter(|n| n.date >= self.since).collect()
    }

    fn changes_of(&self, item: &Item) -> Vec<String> {
        match self.changes.and_then(|d| d.item(&item.id)) {
            Some(ItemChange::Added(_)) => vec!["new item".into()],
            Some(ItemChange::Changed { fields, .. }) => fields.iter().map(describe_field).collect(),
            _ => Vec::new(),
        }
    }
}

fn due_words(item: &Item, today: NaiveDate) -> String {
    match item.due {
        Some(d) if item.status.is_closed() => format!("due {}", format_date(d)),
        Some(d) => format!("due {} ({})", format_date(d), relative(d, today)),
        None => "no deadline".into(),
    }
}

fn counts(l: &Ledger, p: &Period) -> String {
    let by: Vec<String> = Status::ALL
        .iter()
        .map(|s| (s, l.items.iter().filter(|i| i.status == *s).count()))
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{} {n} {s}", s.symbol()))
        .collect();
    let overdue = l.items.iter().filter(|i| is_overdue(i, p.today)).count();
    let soon = l
        .items
        .iter()
        .filter(|i| is_due_within(i, p.today, p.window))
        .count();
    format!(
        "**{} items**: {} — **{overdue} overdue**, {soon} due within {} days.",
        l.items.len(),
        by.join(" · "),
        p.window
    )
}

/// Workstreams in first-seen order, with the indices of their items sorted by deadline.
fn by_workstream(l: &Ledger) -> Vec<(String, Vec<usize>)> {
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for (n, i) in l.items.iter().enumerate() {
        match groups.iter_mut().find(|(w, _)| *w == i.workstream) {
            Some((_, v)) => v.push(n),
            None => groups.push((i.workstream.clone(), vec![n])),
        }
    }
    for (_, v) in &mut groups {
        sort_indices(&l.items, v, SortKey::Due);
    }
    groups
}

/// Markdown minutes: per workstream, what changed, new notes, overdue, due soon, blocked.
/// `since_label` says where the period starts from (empty: nothing to add).
pub fn markdown(l: &Ledger, p: &Period, since_label: &str) -> String {
    let mut s = String::new();
    let name = if l.committee.name.is_empty() {
        "the committee".to_owned()
    } else {
        inline(&l.committee.name)
    };
    let _ = writeln!(s, "# Follow-up report: {name}\n");
    let parties = if l.committee.parties.is_empty() {
        String::new()
    } else {
        format!(" · {}", inline(&l.committee.parties.join(", ")))
    };
    let label = if since_label.is_empty() {
        String::new()
    } else {
        format!(" ({since_label})")
    };
    let _ = writeln!(
        s,
        "Since {}{label} · as of {}{parties}\n",
        format_date(p.since),
        format_date(p.today)
    );
    let _ = writeln!(s, "{}\n", counts(l, p));
    if p.changes.is_none() {
        let _ = writeln!(
            s,
            "_The ledger has no git history here: status and deadline changes are not shown, only new notes._\n"
        );
    }
    let line = |i: &Item| {
        let owners = if i.owners.is_empty() {
            "no owner".into()
        } else {
            inline(&i.owners.join(", "))
        };
        format!(
            "- **{}** {} — {}, {}, {}",
            inline(&i.id),
            inline(&i.title),
            i.status,
            due_words(i, p.today),
            owners
        )
    };
    for (ws, idx) in by_workstream(l) {
        let items: Vec<&Item> = idx.iter().map(|&n| &l.items[n]).collect();
        let changed: Vec<&&Item> = items
            .iter()
            .filter(|i| !p.changes_of(i).is_empty() || !p.new_notes(i).is_empty())
            .collect();
        let overdue: Vec<&&Item> = items.iter().filter(|i| is_overdue(i, p.today)).collect();
        let soon: Vec<&&Item> = items
            .iter()
            .filter(|i| is_due_within(i, p.today, p.window))
            .collect();
        let blocked: Vec<&&Item> = items
            .iter()
            .filter(|i| i.status == Status::Blocked)
            .collect();
        if changed.is_empty() && overdue.is_empty() && soon.is_empty() && blocked.is_empty() {
            continue;
        }
        let done = items.iter().filter(|i| i.status == Status::Done).count();
        let ws = if ws.is_empty() {
            "No workstream".to_owned()
        } else {
            inline(&ws)
        };
        let _ = writeln!(s, "## {ws} ({done}/{} done)\n", items.len());
        if !changed.is_empty() {
            let _ = writeln!(s, "### Changes and notes");
            for i in changed {
                let _ = writeln!(s, "- **{}** {}", inline(&i.id), inline(&i.title));
                for c in p.changes_of(i) {
                    let _ = writeln!(s, "  - {}", inline(&c));
                }
                for n in p.new_notes(i) {
                    let by = if n.author.is_empty() {
                        String::new()
                    } else {
                        format!(" {}", inline(&n.author))
                    };
                    let text = lines(&n.text, "    ");
                    let _ = writeln!(s, "  - note {}{by}: {text}", format_date(n.date));
                }
            }
            s.push('\n');
        }
        for (title, list) in [
            ("Overdue".to_owned(), overdue),
            (format!("Due within {} days", p.window), soon),
            ("Blocked".to_owned(), blocked),
        ] {
            if !list.is_empty() {
                let _ = writeln!(s, "### {title}");
                for i in list {
                    let _ = writeln!(s, "{}", line(i));
                }
                s.push('\n');
            }
        }
    }
    let reviews: Vec<_> = l.reviews.iter().filter(|r| r.date >= p.since).collect();
    if !reviews.is_empty() {
        let _ = writeln!(s, "## Reviews\n");
        for r in reviews {
            let _ = writeln!(
                s,
                "- {} ({}): {}",
                format_date(r.date),
                inline(&r.attendees.join(", ")),
                lines(&r.summary, "  ")
            );
        }
        s.push('\n');
    }
    s.truncate(s.trim_end().len());
    s.push('\n');
    s
}

/// One row per item, for spreadsheets; every cell goes through [`csv_cell`].
pub fn csv(l: &Ledger, p: &Period) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let head = [
        "id",
        "title",
        "workstream",
        "status",
        "owners",
        "due",
        "relative",
        "slips",
        "meeting",
        "updated",
        "changes",
        "new_notes",
    ];
    w.write_record(head).expect("in memory");
    let row = |cells: [String; 12]| cells.map(|c| csv_cell(&c).into_owned());
    for i in &l.items {
        let notes: Vec<String> = p.new_notes(i).into_iter().map(describe_note).collect();
        w.write_record(row([
            i.id.clone(),
            i.title.clone(),
            i.workstream.clone(),
            i.status.to_string(),
            i.owners.join("; "),
            i.due.map(format_date).unwrap_or_default(),
            i.due
                .filter(|_| !i.status.is_closed())
                .map(|d| relative(d, p.today))
                .unwrap_or_default(),
            i.due_history.len().to_string(),
            i.meeting.clone(),
            i.updated.map(format_date).unwrap_or_default(),
            p.changes_of(i).join("; "),
            notes.join(" | "),
        ]))
        .expect("in memory");
    }
    String::from_utf8(w.into_inner().expect("in memory")).expect("UTF-8")
}

/// Every item with its flags and changes, for scripts.
pub fn json(l: &Ledger, p: &Period) -> String {
    let items: Vec<_> = l
        .items
        .iter()
        .map(|i| {
            json!({
                "id": i.id,
                "title": i.title,
                "workstream": i.workstream,
                "status": i.status.as_str(),
                "owners": i.owners,
                "due": i.due.map(format_date),
                "overdue": is_overdue(i, p.today),
                "due_soon": is_due_within(i, p.today, p.window),
                "slips": i.due_history.len(),
                "changes": p.changes_of(i),
                "new_notes": p.new_notes(i),
            })
        })
        .collect();
    let v = json!({
        "committee": l.committee.name,
        "since": format_date(p.since),
        "today": format_date(p.today),
        "window_days": p.window,
        "history": p.changes.is_some(),
        "items": items,
    });
    serde_json::to_string_pretty(&v).expect("serializes") + "\n"
}
