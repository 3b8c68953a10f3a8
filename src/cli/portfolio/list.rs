//! `followup list --all`: every committee's items in one table, a committee
//! column first, each ledger filtered on its own day (its reference zone's)
//! and all of them sorted together.

use super::super::view::{ListArgs, list_filter, list_head, row, sort_key};
use super::super::{Env, Printed, table};
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
    let cat = env.cat();
    let committees = load_all(members(named, env)?, env)?;
    let sort = sort_key(cat, a.sort.as_deref())?;
    let mut listed: Vec<Listed> = Vec::new();
    for c in &committees {
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

/// The table: the committee, then `list`'s six columns, as wide as the
/// terminal (the title is cut first).
fn print_table(listed: &[Listed], wide: bool, env: &Env) {
    let cat = env.cat();
    let audiences: Vec<_> = listed
        .iter()
        .map(|l| env.audience(&l.committee.ledger))
        .collect();
    let rows: Vec<[String; 6]> = listed
        .iter()
        .zip(&audiences)
        .map(|(l, audience)| row(cat, audience, &l.committee.ledger, l.item, l.today))
        .collect();
    let head = list_head(cat);
    let committee_head = tr!(cat, "portfolio-col-committee");
    let names: Vec<String> = listed
        .iter()
        .map(|l| visible_line(&l.committee.name).into_owned())
        .collect();
    let name_width = names
        .iter()
        .chain([&committee_head])
        .map(|n| crate::base::text::width(n))
        .max()
        .unwrap_or(0);
    let limit = table::terminal_width(wide);
    let rest = limit.map(|l| l.saturating_sub(name_width + table::GAP));
    let w = table::column_widths(table::natural_widths(&head, &rows), rest);
    let widths = [name_width, w[0], w[1], w[2], w[3], w[4], w[5]];
    let rows: Vec<[String; 7]> = names
        .into_iter()
        .zip(rows)
        .map(|(n, [a, b, c, d, e, f])| [n, a, b, c, d, e, f])
        .collect();
    let [a, b, c, d, e, f] = head;
    table::print(&[committee_head, a, b, c, d, e, f], &rows, widths, limit);
}
