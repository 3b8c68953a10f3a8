//! Everything known about one item, as labelled lines: shared by
//! `followup show` and the dashboard's detail pane.

use super::closure::{ClosureLine, closure_lines};
use super::texts::marked;
use crate::base::dates::format_date;
use crate::base::relative::Relative;
use crate::base::text::visible_line;
use crate::i18n::{Catalog, When, shift_selector};
use crate::ledger::{Audience, Item, Ledger};
use crate::query::closure_state;
use crate::tr;
use chrono::NaiveDate;
use std::borrow::Cow;

pub use super::conflict::conflict_line;

/// A date and how far it is from today: `2026-11-20 (3d ago)`.
fn dated(cat: &Catalog, d: NaiveDate, today: NaiveDate, when: When) -> String {
    let rel = cat.relative(Relative::between(d, today), when);
    tr!(cat, "detail-dated", date = format_date(d), rel = rel)
}

/// Which line of an item's fields a labelled line is: what a drawing
/// styles by (never by the label's words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Id,
    Title,
    Status,
    Workstream,
    Owners,
    Due,
    /// When the deadline ends in each party's capital.
    DueInCapitals,
    AgreedDue,
    Slipped,
    Meeting,
    Opened,
    Updated,
    Tags,
    /// Where the item's closure stands between the parties.
    Closure,
    /// One party's word on the closure (closed, confirmed, reopened),
    /// labelled by what it did.
    ClosureEvent,
    /// A field this version does not know, under its own name.
    Unknown,
}

impl Shown {
    /// The catalog id of the label of a known field.
    pub fn label_id(self) -> Option<&'static str> {
        Some(match self {
            Shown::Id => "field-id",
            Shown::Title => "field-title",
            Shown::Status => "field-status",
            Shown::Workstream => "field-workstream",
            Shown::Owners => "field-owners",
            Shown::Due => "field-due",
            Shown::DueInCapitals => "detail-due-in-capitals",
            Shown::AgreedDue => "detail-agreed-due",
            Shown::Slipped => "detail-slipped",
            Shown::Meeting => "field-meeting",
            Shown::Opened => "field-opened",
            Shown::Updated => "detail-updated",
            Shown::Tags => "field-tags",
            Shown::Closure => "detail-closure",
            Shown::ClosureEvent | Shown::Unknown => return None,
        })
    }

    /// Every known field line, in the order shown.
    pub const KNOWN: [Shown; 13] = [
        Shown::Id,
        Shown::Title,
        Shown::Status,
        Shown::Workstream,
        Shown::Owners,
        Shown::Due,
        Shown::DueInCapitals,
        Shown::AgreedDue,
        Shown::Slipped,
        Shown::Meeting,
        Shown::Opened,
        Shown::Updated,
        Shown::Tags,
    ];
}

/// One labelled field line: which it is, its label and its value, safe to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labelled {
    pub shown: Shown,
    pub label: String,
    pub value: String,
}

/// Columns given to a field's label: the widest label of the language
/// (Spanish ones run longer), between 12 and 16.
pub fn label_width(cat: &Catalog) -> usize {
    Shown::KNOWN
        .iter()
        .filter_map(|s| s.label_id())
        .map(|id| crate::base::text::width(&cat.text(id)))
        .max()
        .unwrap_or(0)
        .clamp(12, 16)
}

/// The item's fields, each labelled in the language of `cat` and typed,
/// including fields this version does not know (under their own names);
/// empty fields are left out. The title, the workstream and the meeting's
/// title and place are as `audience` reads them (marked when shown in
/// their original). Labels and values are shown on one line
/// ([`visible_line`]): they are safe to print.
pub fn labelled_fields(
    cat: &Catalog,
    l: &Ledger,
    item: &Item,
    today: NaiveDate,
    audience: &Audience,
) -> Vec<Labelled> {
    let default = l.original_language();
    let mut out: Vec<Labelled> = Vec::new();
    let mut put = |shown: Shown, k: &str, v: String| {
        if !v.is_empty() {
            let value = match visible_line(&v) {
                Cow::Borrowed(_) => v,
                Cow::Owned(shown) => shown,
            };
            let label = visible_line(k).into_owned();
            out.push(Labelled {
                shown,
                label,
                value,
            });
        }
    };
    let mut add = |shown: Shown, v: String| {
        let label = shown.label_id().map(|id| cat.text(id)).unwrap_or_default();
        put(shown, &label, v);
    };
    add(Shown::Id, item.id.clone());
    add(
        Shown::Title,
        marked(cat, item.title_text(default).shown(audience)),
    );
    add(Shown::Status, status_value(cat, l, item));
    if !item.workstream.is_empty() {
        let ws = l.workstream_text(&item.workstream).shown(audience);
        add(Shown::Workstream, marked(cat, ws));
    }
    // An owner the committee's directory knows shows its e-mail address.
    let people = crate::ledger::Directory::of(l);
    let owners: Vec<String> = item
        .owners
        .iter()
        .map(
            |o| match people.person_for(o).filter(|p| !p.email.is_empty()) {
                Some(p) => format!("{o} <{}>", p.email),
                None => o.clone(),
            },
        )
        .collect();
    add(Shown::Owners, owners.join(", "));
    if let Some(d) = item.due {
        let v = if item.status.is_closed() {
            format_date(d)
        } else {
            dated(cat, d, today, When::Deadline)
        };
        add(Shown::Due, v);
    }
    if let Some(v) = due_in_capitals(cat, l, item) {
        add(Shown::DueInCapitals, v);
    }
    if let Some(first) = item.due_history.first() {
        let n = item.due_history.len();
        add(Shown::AgreedDue, format_date(*first));
        let mut chain: Vec<String> = item.due_history.iter().map(|d| format_date(*d)).collect();
        chain.push(
            item.due
                .map_or_else(|| tr!(cat, "detail-no-deadline"), format_date),
        );
        let (shift, chain) = (shift_selector(item.last_shift()), chain.join(" → "));
        add(
            Shown::Slipped,
            tr!(cat, "detail-slips", n = n, shift = shift, chain = chain),
        );
    }
    if !item.meeting.is_empty() {
        add(Shown::Meeting, meeting(cat, l, item, today, audience));
    }
    if let Some(d) = item.opened {
        add(Shown::Opened, dated(cat, d, today, When::Event));
    }
    if let Some(d) = item.updated {
        add(Shown::Updated, dated(cat, d, today, When::Event));
    }
    add(Shown::Tags, item.tags.join(", "));
    for (k, v) in &item.extra {
        put(
            Shown::Unknown,
            k,
            match v {
                serde_json::Value::String(s) => s.clone(),
                v => v.to_string(),
            },
        );
    }
    after_status(&mut out, closure_fields(cat, l, item));
    out
}

/// The status with its symbol, marked while its closure awaits confirmation (`●? done`).
fn status_value(cat: &Catalog, l: &Ledger, item: &Item) -> String {
    let mark = closure_state(&l.committee, item).mark(item.status);
    format!("{mark} {}", cat.status(item.status))
}

/// The item's closure between the parties, as labelled lines.
fn closure_fields(cat: &Catalog, l: &Ledger, item: &Item) -> Vec<Labelled> {
    closure_lines(cat, l, item)
        .into_iter()
        .map(|(what, label, value)| Labelled {
            shown: match what {
                ClosureLine::State => Shown::Closure,
                ClosureLine::Event => Shown::ClosureEvent,
            },
            label: visible_line(&label).into_owned(),
            value: visible_line(&value).into_owned(),
        })
        .collect()
}

/// Puts `lines` right after the status line.
fn after_status(out: &mut Vec<Labelled>, lines: Vec<Labelled>) {
    let at = out
        .iter()
        .position(|f| f.shown == Shown::Status)
        .map_or(out.len(), |p| p + 1);
    out.splice(at..at, lines);
}

/// When an open deadline ends in each party's capital: the end of its day
/// in the committee's reference zone, on each capital's clock (`Fri 4 Dec
/// 23:59 Mexico City · Sat 5 Dec 14:59 Seoul`); `None` without zones.
fn due_in_capitals(cat: &Catalog, l: &Ledger, item: &Item) -> Option<String> {
    let due = item.due.filter(|_| !item.status.is_closed())?;
    let reference = l.committee.reference_zone()?;
    let zones = l.committee.capital_zones();
    let end = crate::base::clock::end_of_day(due, reference);
    Some(cat.in_each_capital(end, &zones))
}

/// The item's meeting: its id, and as the ledger knows it its title and
/// place as `audience` reads them, and its date.
fn meeting(
    cat: &Catalog,
    l: &Ledger,
    item: &Item,
    today: NaiveDate,
    audience: &Audience,
) -> String {
    let mut v = item.meeting.clone();
    let Some(m) = l.meeting(&item.meeting) else {
        return v;
    };
    let default = l.original_language();
    for part in [m.title_text(default), m.place_text(default)] {
        if !part.original.is_empty() {
            v.push_str(", ");
            v.push_str(&marked(cat, part.shown(audience)));
        }
    }
    if let Some(d) = m.date {
        v.push_str(", ");
        v.push_str(&dated(cat, d, today, When::Event));
    }
    v
}

/// Greedy word wrap by display width; words longer than a line are cut.
pub fn wrap(text: &str, cols: usize) -> Vec<String> {
    let width = crate::base::text::width;
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut cur = String::new();
        let mut used = 0;
        for word in para.split_whitespace() {
            let w = width(word);
            if used > 0 && used + 1 + w > cols {
                lines.push(std::mem::take(&mut cur));
                used = 0;
            }
            if used > 0 {
                cur.push(' ');
                used += 1;
            }
            if w > cols {
                for c in word.chars() {
                    let cw = width(c.encode_utf8(&mut [0; 4]));
                    if used + cw > cols {
                        lines.push(std::mem::take(&mut cur));
                        used = 0;
                    }
                    cur.push(c);
                    used += cw;
                }
            } else {
                cur.push_str(word);
                used += w;
            }
        }
        lines.push(cur);
    }
    lines
}
