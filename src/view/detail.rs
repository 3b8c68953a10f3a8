//! Everything known about one item, as labelled lines: shared by
//! `followup show` and the dashboard's detail pane.

use crate::base::dates::format_date;
use crate::base::relative::Relative;
use crate::base::text::visible_line;
use crate::i18n::{Catalog, When};
use crate::ledger::{Conflict, Item, Ledger};
use crate::sync::sides::SideName;
use crate::tr;
use chrono::NaiveDate;
use serde_json::Value;
use std::borrow::Cow;

/// A date and how far it is from today: `2026-11-20 (3d ago)`.
fn dated(cat: &Catalog, d: NaiveDate, today: NaiveDate, when: When) -> String {
    let rel = cat.relative(Relative::between(d, today), when);
    tr!(cat, "detail-dated", date = format_date(d), rel = rel)
}

/// The item's fields as (label, value) pairs in the language of `cat`,
/// including fields this version does not know (under their own names);
/// empty fields are left out. Labels and values are shown on one line
/// ([`visible_line`]): they are safe to print.
pub fn item_fields(
    cat: &Catalog,
    l: &Ledger,
    item: &Item,
    today: NaiveDate,
) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |k: &str, v: String| {
        if !v.is_empty() {
            let v = match visible_line(&v) {
                Cow::Borrowed(_) => v,
                Cow::Owned(shown) => shown,
            };
            out.push((visible_line(k).into_owned(), v));
        }
    };
    add(&tr!(cat, "field-id"), item.id.clone());
    add(&tr!(cat, "field-title"), item.title.clone());
    add(
        &tr!(cat, "field-status"),
        format!("{} {}", item.status.symbol(), cat.status(item.status)),
    );
    add(&tr!(cat, "field-workstream"), item.workstream.clone());
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
    add(&tr!(cat, "field-owners"), owners.join(", "));
    if let Some(d) = item.due {
        let v = if item.status.is_closed() {
            format_date(d)
        } else {
            dated(cat, d, today, When::Deadline)
        };
        add(&tr!(cat, "field-due"), v);
    }
    if let Some(first) = item.due_history.first() {
        let n = item.due_history.len();
        add(&tr!(cat, "detail-agreed-due"), format_date(*first));
        let mut chain: Vec<String> = item.due_history.iter().map(|d| format_date(*d)).collect();
        chain.push(
            item.due
                .map_or_else(|| tr!(cat, "detail-no-deadline"), format_date),
        );
        add(
            &tr!(cat, "detail-slipped"),
            tr!(cat, "detail-slips", n = n, chain = chain.join(" → ")),
        );
    }
    if !item.meeting.is_empty() {
        let m = l.meeting(&item.meeting);
        let mut v = item.meeting.clone();
        if let Some(m) = m {
            for part in [&m.title, &m.place] {
                if !part.is_empty() {
                    v.push_str(", ");
                    v.push_str(part);
                }
            }
            if let Some(d) = m.date {
                v.push_str(", ");
                v.push_str(&dated(cat, d, today, When::Event));
            }
        }
        add(&tr!(cat, "field-meeting"), v);
    }
    if let Some(d) = item.opened {
        add(&tr!(cat, "field-opened"), dated(cat, d, today, When::Event));
    }
    if let Some(d) = item.updated {
        add(
            &tr!(cat, "detail-updated"),
            dated(cat, d, today, When::Event),
        );
    }
    add(&tr!(cat, "field-tags"), item.tags.join(", "));
    for (k, v) in &item.extra {
        add(
            k,
            match v {
                serde_json::Value::String(s) => s.clone(),
                v => v.to_string(),
            },
        );
    }
    out
}

/// A JSON value in a few characters: strings bare, absent as `(none)`,
/// lists and objects inline, long ones cut with an ellipsis; safe to print
/// ([`crate::base::text::truncate`] shows controls visibly).
pub fn compact(cat: &Catalog, v: &Value, max: usize) -> String {
    let s = match v {
        Value::Null => tr!(cat, "detail-none"),
        Value::String(s) => s.clone(),
        Value::Array(a) if a.iter().all(Value::is_string) => {
            let parts: Vec<&str> = a.iter().filter_map(Value::as_str).collect();
            format!("[{}]", parts.join(", "))
        }
        v => v.to_string(),
    };
    crate::base::text::truncate(&s.replace('\n', " "), max)
}

/// One line for a conflict: `due: 2026-11-30 → ours 2026-12-07 | theirs 2026-12-14`,
/// safe to print.
/// The two sides are named by who changed the field and where when `names`
/// are known (a merge in progress), else "ours" and "theirs".
pub fn conflict_line(
    cat: &Catalog,
    c: &Conflict,
    max_value: usize,
    names: Option<&(SideName, SideName)>,
) -> String {
    let ours = compact(cat, &c.ours, max_value);
    let theirs = compact(cat, &c.theirs, max_value);
    let (ours_name, theirs_name) = match names {
        Some((o, t)) => (
            visible_line(&format!("{}:", cat.side_name(o))).into_owned(),
            visible_line(&format!("{}:", cat.side_name(t))).into_owned(),
        ),
        None => (tr!(cat, "detail-side-ours"), tr!(cat, "detail-side-theirs")),
    };
    if c.field.is_whole_item() {
        return tr!(
            cat,
            "detail-conflict-item",
            ours_name = ours_name,
            ours = ours,
            theirs_name = theirs_name,
            theirs = theirs
        );
    }
    tr!(
        cat,
        "detail-conflict",
        path = visible_line(&c.field.to_string()).into_owned(),
        base = compact(cat, &c.base, max_value),
        ours_name = ours_name,
        ours = ours,
        theirs_name = theirs_name,
        theirs = theirs
    )
}
