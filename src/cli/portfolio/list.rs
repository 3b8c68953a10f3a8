//! `followup list --all`: every committee's items in one table, a committee
//! column first, each ledger filtered on its own day (its reference zone's)
//! and all of them sorted together.

use super::super::table::{self, Cut};
use super::super::view::{ListArgs, list_filter, list_head, row, short_due, sort_key};
use super::super::{Env, Printed};
use super::{Committee, load_all, members};
use crate::base::text::visible_line;
use crate::ledger::{Directory, Item};
use crate::query::{compare_items, is_due_within, is_overdue};
use crate::tr;
use chrono::NaiveDate;
use std::path::Path;

/// One item of the portfolio's list: its committee, the item, and the
/// committee's today.
struct Listed<'a> {
    committee: &'a Committee,
    item: &'a Item,
    today: NaiveDate,
}

pub fn list(named: Option<&Path>, a: ListArgs, env: &Env) -> Printed {
    let loaded = load_all(members(named, env)?, env)?;
    loaded.finish(list_of(&loaded.committees, a, env), env)
}

/// The list of the committees that could be read.
fn list_of(committees: &[Committee], a: ListArgs, env: &Env) -> Printed {
    let cat = env.cat();
    let sort = sort_key(cat, a.sort.as_deref())?;
    let mut listed: Vec<Listed> = Vec::new();
    for c in committees {
        let today = env.today(&c.ledger);
        let filter = list_filter(&a, today, env)?;
        let people = Directory::of(&c.ledger);
        listed.extend(
            c.ledger
                .items
                .iter()
                .filter(|i| filter.matches(i, today, &people))
                .map(|item| Listed {
                    committee: c,
                    item,
                    today,
                }),
        );
    }
    // Stable: ties keep the portfolio's order, then each ledger's.
    listed.sort_by(|x, y| compare_items(x.item, y.item, sort));
    if a.json {
        return print_json(&listed);
    }
    let w = env.config.review_window_days;
    print_table(&listed, a.wide, env);
    let overdue = listed
        .iter()
        .filter(|l| is_overdue(l.item, l.today))
        .count();
    let soon = listed
        .iter()
        .filter(|l| is_due_within(l.item, l.today, w))
        .count();
    eprintln!(
        "{}",
        tr!(
            cat,
            "portfolio-list-summary",
            n = listed.len(),
            committees = committees.len(),
            overdue = overdue,
            soon = soon,
            days = w
        )
    );
    Ok(())
}

/// The items as JSON, each as its ledger holds it with a `committee` field
/// (the committee's name in the portfolio) first.
fn print_json(listed: &[Listed]) -> Printed {
    let items: Vec<serde_json::Value> = listed
        .iter()
        .map(|l| {
            let mut with = serde_json::Map::new();
            with.insert("committee".into(), l.committee.name.clone().into());
            if let serde_json::Value::Object(fields) =
                serde_json::to_value(l.item).expect("items serialize")
            {
                with.extend(fields);
            }
            serde_json::Value::Object(with)
        })
        .collect();
    println!(
        "{}",
        serde_json::to_string_pretty(&items).expect("items serialize")
    );
    Ok(())
}

/// What the committee column keeps of a long name while another column
/// can still give way (`korea-mex…`).
const COMMITTEE_KEEPS: usize = 10;

/// How the seven columns give way at the terminal's width: the title
/// first, then the committee's name, then owners and workstream.
const CUTS: [Cut; 4] = [
    Cut {
        column: 6,
        keeps: table::MIN_TITLE,
    },
    Cut {
        column: 0,
        keeps: COMMITTEE_KEEPS,
    },
    Cut {
        column: 4,
        keeps: table::MIN_TEXT,
    },
    Cut {
        column: 5,
        keeps: table::MIN_TEXT,
    },
];

/// The table: the committee, then `list`'s six columns, as wide as the
/// terminal (as `list` fits its own, the committee's name cut after the
/// title).
fn print_table(listed: &[Listed], wide: bool, env: &Env) {
    let cat = env.cat();
    let mut rows: Vec<[String; 7]> = listed
        .iter()
        .map(|l| {
            let audience = env.audience(&l.committee.ledger);
            let [a, b, c, d, e, f] = row(cat, &audience, &l.committee.ledger, l.item, l.today);
            let name = visible_line(&l.committee.name).into_owned();
            [name, a, b, c, d, e, f]
        })
        .collect();
    let [a, b, c, d, e, f] = list_head(cat);
    let head = [tr!(cat, "portfolio-col-committee"), a, b, c, d, e, f];
    let limit = table::terminal_width(wide);
    let widths = table::fit_rows(&head, &mut rows, limit, &CUTS, |n, r| {
        r[3] = short_due(listed[n].item);
    });
    table::print(&head, &rows, widths, limit);
}
