//! Commands that read the ledger: check, fmt, list, show, init's arguments.

use super::{Env, Failure, Outcome};
use crate::dates::{format_date, parse_days, relative};
use crate::ledger::{CLI_LOCK_WAIT, Item, Ledger, Status, Store};
use crate::query::{Filter, SortKey, is_due_within, is_overdue, sort_indices};
use crate::text::{fit, visible_line, width};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// Arguments of `followup init`.
#[derive(Debug, clap::Args)]
pub struct InitArgs {
    pub path: Option<PathBuf>,
    /// Fill it with the sample Korea–Mexico SME committee ledger.
    #[arg(long)]
    pub sample: bool,
    /// The committee's name.
    #[arg(long)]
    pub committee: Option<String>,
}

/// Arguments of `followup list`.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only items with this status (repeatable).
    #[arg(long, short)]
    status: Vec<Status>,
    /// Only items with an owner containing this.
    #[arg(long, short)]
    owner: Option<String>,
    /// Only items whose workstream contains this.
    #[arg(long, short)]
    workstream: Option<String>,
    /// Only overdue items.
    #[arg(long)]
    overdue: bool,
    /// Only open items due within this span (e.g. 7d, 2w).
    #[arg(long, value_name = "SPAN", value_parser = parse_days)]
    due_within: Option<u32>,
    /// Sort order.
    #[arg(long, value_enum, default_value_t = SortKey::Due)]
    sort: SortKey,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

/// A path as it may be printed (a file name can hold control characters).
pub(super) fn shown(p: &Path) -> String {
    visible_line(&p.display().to_string()).into_owned()
}

fn count(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

pub(super) fn check(store: &Store) -> Outcome {
    let loaded = store.load()?;
    let l = &loaded.ledger;
    let conflicts: usize =
        l.items.iter().map(|i| i.conflicts.len()).sum::<usize>() + l.conflicts.len();
    let mut notes = Vec::new();
    if conflicts > 0 {
        notes.push(format!(
            "{} from a merge to settle: see `followup show ID`",
            count(conflicts, "conflict")
        ));
    }
    if !loaded.is_canonical() {
        notes.push("not in canonical form: run `followup fmt`".into());
    }
    println!(
        "{}: ok, {}, {}, {}{}",
        shown(store.path()),
        count(l.items.len(), "item"),
        count(l.meetings.len(), "meeting"),
        count(l.reviews.len(), "review"),
        if notes.is_empty() {
            String::new()
        } else {
            format!(" ({})", notes.join("; "))
        }
    );
    Ok(())
}

pub(super) fn fmt(store: &Store, only_check: bool) -> Outcome {
    let lock = if only_check {
        None
    } else {
        Some(store.lock("followup fmt", CLI_LOCK_WAIT)?)
    };
    let loaded = store.load()?;
    if loaded.is_canonical() {
        println!("{}: already canonical", shown(store.path()));
        return Ok(());
    }
    match lock {
        None => Err(Failure::usage(format!(
            "{}: not in canonical form (run `followup fmt`)",
            shown(store.path())
        ))),
        Some(lock) => {
            store.save(&lock, &loaded.ledger, Some(loaded.fingerprint))?;
            println!("{}: rewritten in canonical form", shown(store.path()));
            Ok(())
        }
    }
}

fn due_text(item: &Item, today: NaiveDate) -> String {
    match item.due {
        Some(d) if item.status.is_closed() => format_date(d),
        Some(d) => format!("{} ({})", format_date(d), relative(d, today)),
        None => "-".into(),
    }
}

pub(super) fn list(l: &Ledger, a: ListArgs, env: &Env) -> Outcome {
    let (today, sort, json) = (env.today, a.sort, a.json);
    let filter = Filter {
        statuses: a.status,
        owner: a.owner,
        workstream: a.workstream,
        overdue: a.overdue,
        due_within: a.due_within,
    };
    let mut idx: Vec<usize> = (0..l.items.len())
        .filter(|&i| filter.matches(&l.items[i], today))
        .collect();
    sort_indices(&l.items, &mut idx, sort);
    if json {
        let items: Vec<&Item> = idx.iter().map(|&i| &l.items[i]).collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&items).expect("items serialize")
        );
        return Ok(());
    }
    let head = ["ID", "STATUS", "DUE", "OWNERS", "WORKSTREAM", "TITLE"];
    let rows: Vec<[String; 6]> = idx
        .iter()
        .map(|&i| {
            let it = &l.items[i];
            let slips = if it.due_history.is_empty() {
                String::new()
            } else {
                format!(" ↻{}", it.due_history.len())
            };
            // Shown as they will be printed, so that the widths are right.
            let cell = |s: &str| visible_line(s).into_owned();
            [
                cell(&it.id),
                format!("{} {}", it.status.symbol(), it.status),
                format!("{}{slips}", due_text(it, today)),
                cell(&it.owners.join(", ")),
                cell(&it.workstream),
                cell(&it.title),
            ]
        })
        .collect();
    let mut widths = head.map(width);
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(width(c));
        }
    }
    let print = |cells: [&str; 6]| {
        let mut line = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i == 5 {
                line.push_str(c);
            } else {
                line.push_str(&fit(c, widths[i]));
                line.push_str("  ");
            }
        }
        println!("{}", line.trim_end());
    };
    print(head);
    for r in &rows {
        print([&r[0], &r[1], &r[2], &r[3], &r[4], &r[5]]);
    }
    let overdue = idx
        .iter()
        .filter(|&&i| is_overdue(&l.items[i], today))
        .count();
    let w = env.config.review_window_days;
    let soon = idx
        .iter()
        .filter(|&&i| is_due_within(&l.items[i], today, w))
        .count();
    eprintln!(
        "{} items, {overdue} overdue, {soon} due within {w} days",
        rows.len()
    );
    Ok(())
}

pub(super) fn show(store: &Store, id: &str, json: bool, today: NaiveDate) -> Outcome {
    let l = store.load()?.ledger;
    let item = l
        .item(id)
        .ok_or_else(|| Failure::usage(format!("{}: no item `{id}`", shown(store.path()))))?;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(item).expect("items serialize")
        );
        return Ok(());
    }
    for (k, v) in
        crate::detail::item_fields(crate::i18n::catalog(crate::i18n::Lang::En), &l, item, today)
    {
        println!("{}{v}", fit(&format!("{k}:"), 12));
    }
    for c in &item.conflicts {
        println!(
            "{}{}",
            fit("CONFLICT:", 12),
            crate::detail::conflict_line(crate::i18n::catalog(crate::i18n::Lang::En), c, 60)
        );
    }
    if !item.conflicts.is_empty() {
        println!(
            "{}settle with `followup resolve {id} FIELD ours|theirs`",
            " ".repeat(12)
        );
    }
    if !item.notes.is_empty() {
        println!("notes:");
        for n in item.notes.iter().rev() {
            let by = if n.author.is_empty() {
                String::new()
            } else {
                format!(" {}", visible_line(&n.author))
            };
            let head = format!("  {}{by}: ", format_date(n.date));
            let indent = " ".repeat(width(&head));
            for (i, line) in n.text.lines().enumerate() {
                let line = visible_line(line);
                println!("{}{line}", if i == 0 { &head } else { &indent });
            }
        }
    }
    Ok(())
}
