//! Commands that read the ledger: check, fmt, list, show.

use super::{Env, Failure, Printed, shown, table, texts};
use crate::base::aside::drop_aside;
use crate::base::date_input::parse_span_input;
use crate::base::dates::format_date;
use crate::base::relative::Relative;
use crate::base::text::{fit, visible_line, width};
use crate::i18n::{Catalog, When};
use crate::ledger::{Audience, CLI_LOCK_WAIT, Conflict, Form, Item, Ledger, Store, read_field};
use crate::query::{
    Filter, Naming, SortKey, closure_state, is_due_within, is_overdue, sort_indices,
};
use crate::sync::sides::name_sides;
use crate::tr;
use crate::view::detail::Shown as Line;
use chrono::NaiveDate;

/// Arguments of `followup list`.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only items with this status (repeatable; the file's name or your language's label).
    #[arg(long, short)]
    pub(super) status: Vec<String>,
    /// Only items with an owner named this (whole words; case and accents ignored).
    #[arg(long, short)]
    pub(super) owner: Option<String>,
    /// Only items whose workstream is named this (whole words; case and accents ignored).
    #[arg(long, short)]
    pub(super) workstream: Option<String>,
    /// Only overdue items.
    #[arg(long)]
    pub(super) overdue: bool,
    /// Only open items due within this span (e.g. 7d, 2w).
    #[arg(long, value_name = "SPAN")]
    pub(super) due_within: Option<String>,
    /// Sort order.
    #[arg(long, value_name = "ORDER")]
    pub(super) sort: Option<String>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub(super) json: bool,
    /// Full text in every column, whatever the terminal's width.
    #[arg(long)]
    pub(super) wide: bool,
    /// The items' texts missing or outdated in this language, one per row.
    #[arg(long, value_name = "LANG", value_parser = super::parse_lang, conflicts_with = "all")]
    pub(super) untranslated: Option<crate::i18n::Lang>,
    /// Every committee of the portfolio (`[[portfolio]]` in config.toml).
    #[arg(long)]
    pub(super) all: bool,
}

pub(super) fn check(store: &Store, strict: bool, env: &Env) -> Printed {
    println!("{}", check_line(store, strict, env)?);
    Ok(())
}

/// What `check` says of the ledger of `store`: what it holds, and its
/// conflicts and form; a failure when it cannot be read, or when `strict`
/// and it has conflicts or is not canonical.
pub(super) fn check_line(store: &Store, strict: bool, env: &Env) -> Result<String, Failure> {
    let (ledger, form) = store.read_with_form()?;
    let said = check_words(store, &ledger, form, strict, env);
    drop_aside(ledger);
    said
}

/// [`check_line`] of the ledger read from `store`, its file in `form`.
fn check_words(
    store: &Store,
    l: &Ledger,
    form: Form,
    strict: bool,
    env: &Env,
) -> Result<String, Failure> {
    let cat = env.cat();
    let conflicts: usize =
        l.items.iter().map(|i| i.conflicts.len()).sum::<usize>() + l.conflicts.len();
    let mut notes = Vec::new();
    if conflicts > 0 {
        notes.push(tr!(cat, "cli-check-conflicts", n = conflicts));
    }
    let canonical = form == Form::Canonical;
    if !canonical {
        notes.push(tr!(cat, "cli-check-not-canonical"));
    }
    let summary = tr!(
        cat,
        "cli-check-ok",
        path = shown(store.path()),
        items = l.items.len(),
        meetings = l.meetings.len(),
        reviews = l.reviews.len()
    );
    let line = if notes.is_empty() {
        summary
    } else {
        format!("{summary} ({})", notes.join("; "))
    };
    if strict && (conflicts > 0 || !canonical) {
        return Err(Failure::usage(tr!(
            cat,
            "cli-check-strict-failed",
            detail = line
        )));
    }
    Ok(line)
}

pub(super) fn fmt(store: &Store, only_check: bool, env: &Env) -> Printed {
    let cat = env.cat();
    let lock = if only_check {
        None
    } else {
        Some(store.lock("followup fmt", CLI_LOCK_WAIT)?)
    };
    let loaded = store.load()?;
    let path = shown(store.path());
    if loaded.is_canonical() {
        println!("{}", tr!(cat, "cli-fmt-already", path = path));
        return Ok(());
    }
    match lock {
        None => Err(Failure::usage(tr!(
            cat,
            "cli-fmt-not-canonical",
            path = path
        ))),
        Some(lock) => {
            store.save(&lock, &loaded.ledger, Some(loaded.fingerprint))?;
            println!("{}", tr!(cat, "cli-fmt-rewritten", path = path));
            Ok(())
        }
    }
}

/// A date with how far it is from today: `2026-11-30 (in 1w)`.
fn dated(cat: &Catalog, d: NaiveDate, today: NaiveDate, when: When) -> String {
    format!(
        "{} ({})",
        format_date(d),
        cat.relative(Relative::between(d, today), when)
    )
}

fn due_text(cat: &Catalog, item: &Item, today: NaiveDate) -> String {
    match item.due {
        Some(d) if item.status.is_closed() => format_date(d),
        Some(d) => dated(cat, d, today, When::Deadline),
        None => "-".into(),
    }
}

/// Statuses typed in the user's language or as the file names them.
fn statuses(cat: &Catalog, typed: &[String]) -> Result<Vec<crate::ledger::Status>, Failure> {
    typed
        .iter()
        .map(|s| {
            crate::ledger::read_status(s, cat.lang()).ok_or_else(|| {
                Failure::usage(format!("--status: {}", super::edit::bad_status(cat, s)))
            })
        })
        .collect()
}

/// `--sort`'s value: an order named by its field in any language (`due`,
/// `plazo`, `기한`); the orders of this language when it names none.
pub(super) fn sort_key(cat: &Catalog, typed: Option<&str>) -> Result<SortKey, Failure> {
    let Some(typed) = typed else {
        return Ok(SortKey::Due);
    };
    read_field(typed, cat.lang())
        .and_then(SortKey::by)
        .ok_or_else(|| {
            // The names the dashboard's sort menu shows (`sort-due`, …).
            let keys: Vec<String> = SortKey::ALL
                .iter()
                .map(|k| cat.text(&format!("sort-{}", k.as_str())))
                .collect();
            Failure::usage(format!(
                "--sort: {}",
                tr!(cat, "cli-bad-sort", sort = typed, keys = keys.join(", "))
            ))
        })
}

/// The filter `list`'s flags make in a ledger whose today is `today`.
pub(super) fn list_filter(a: &ListArgs, today: NaiveDate, env: &Env) -> Result<Filter, Failure> {
    let cat = env.cat();
    let due_within = a
        .due_within
        .as_deref()
        .map(|s| parse_span_input(s, today, env.lang))
        .transpose()
        .map_err(|e| Failure::usage(format!("--due-within: {}", cat.date_error(&e))))?;
    Ok(Filter {
        statuses: statuses(cat, &a.status)?,
        owner: a.owner.clone(),
        workstream: a.workstream.clone(),
        overdue: a.overdue,
        due_within,
        naming: Naming::Part,
    })
}

pub(super) fn list(l: &Ledger, a: ListArgs, env: &Env) -> Printed {
    let cat = env.cat();
    let (today, json) = (env.today(l), a.json);
    let sort = sort_key(cat, a.sort.as_deref())?;
    let filter = list_filter(&a, today, env)?;
    let people = crate::ledger::Directory::of(l);
    let mut idx: Vec<usize> = (0..l.items.len())
        .filter(|&i| filter.matches(&l.items[i], today, &people))
        .collect();
    sort_indices(&l.items, &mut idx, sort);
    if let Some(lang) = a.untranslated {
        return super::translate::untranslated(l, &idx, lang, json, a.wide, env);
    }
    if json {
        let items: Vec<&Item> = idx.iter().map(|&i| &l.items[i]).collect();
        return print_streamed(cat, |out| crate::ledger::write_items_json(out, &items));
    }
    let head = list_head(cat);
    let audience = env.audience(l);
    let mut rows: Vec<[String; 6]> = idx
        .iter()
        .map(|&i| row(cat, &audience, l, &l.items[i], today))
        .collect();
    let limit = table::terminal_width(a.wide);
    let widths = table::fit_rows(&head, &mut rows, limit, &table::LIST_CUTS, |n, r| {
        r[2] = short_due(&l.items[idx[n]]);
    });
    table::print(&head, &rows, widths, limit);
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
        "{}",
        tr!(
            cat,
            "cli-list-summary",
            n = rows.len(),
            overdue = overdue,
            soon = soon,
            days = w
        )
    );
    Ok(())
}

/// The heads of `list`'s six columns.
pub(super) fn list_head(cat: &Catalog) -> [String; 6] {
    [
        tr!(cat, "cli-col-id"),
        tr!(cat, "cli-col-status"),
        tr!(cat, "cli-col-due"),
        tr!(cat, "cli-col-owners"),
        tr!(cat, "cli-col-workstream"),
        tr!(cat, "cli-col-title"),
    ]
}

/// How many times an item's deadline moved (` ↻2`), or nothing.
fn slips(it: &Item) -> String {
    match it.due_history.len() {
        0 => String::new(),
        n => format!(" ↻{n}"),
    }
}

/// An item's deadline without how far off it is (`2026-11-13 ↻1`): the
/// deadline column of a table that would not fit the terminal otherwise.
pub(super) fn short_due(it: &Item) -> String {
    let date = it.due.map_or_else(|| "-".into(), format_date);
    format!("{date}{}", slips(it))
}

/// Writes to standard output with `write`, streamed (no copy of the whole
/// text in memory); a reader that stopped early (`| head`) wanted no more.
pub(super) fn print_streamed(
    cat: &Catalog,
    write: impl FnOnce(&mut std::io::BufWriter<std::io::StdoutLock>) -> std::io::Result<()>,
) -> Printed {
    use std::io::Write;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure::system(cat.io_error(&e)))
        }
        _ => Ok(()),
    }
}

/// An item as a row of the list, shown as it will be printed (so that the
/// widths are right): its title and workstream as `audience` reads them.
pub(super) fn row(
    cat: &Catalog,
    audience: &Audience,
    l: &Ledger,
    it: &Item,
    today: chrono::NaiveDate,
) -> [String; 6] {
    let slips = slips(it);
    let cell = |s: &str| visible_line(s).into_owned();
    let workstream = match it.workstream.is_empty() {
        true => String::new(),
        false => texts::one_line(cat, audience, &l.workstream_text(&it.workstream)),
    };
    [
        cell(&it.id),
        cell(&cat.status_with_closure(it.status, &closure_state(&l.committee, it))),
        format!("{}{slips}", due_text(cat, it, today)),
        cell(&it.owners.join(", ")),
        workstream,
        texts::one_line(cat, audience, &it.title_text(l.original_language())),
    ]
}

/// Every conflict recorded in the ledger at `path`, one line each
/// (`JC2-09  status: …`), the sides named when a merge is in progress.
pub(super) fn conflict_lines(cat: &Catalog, path: &std::path::Path, l: &Ledger) -> Vec<String> {
    let all: Vec<(Option<&str>, &Conflict)> = l
        .items
        .iter()
        .flat_map(|i| i.conflicts.iter().map(move |c| (Some(i.id.as_str()), c)))
        .chain(l.conflicts.iter().map(|c| (None, c)))
        .collect();
    let at: Vec<_> = all
        .iter()
        .map(|(id, c)| (id.map(str::to_owned), c.field.clone()))
        .collect();
    let names = (!at.is_empty()).then(|| name_sides(path, &at)).flatten();
    all.iter()
        .enumerate()
        .map(|(n, (id, c))| {
            let line = crate::view::detail::conflict_line(
                cat,
                c,
                60,
                names.as_ref().and_then(|v| v.get(n)),
            );
            match id {
                Some(id) => format!("{}  {line}", visible_line(id)),
                None => format!("--top  {line}"),
            }
        })
        .collect()
}

pub(super) fn show(store: &Store, id: &str, json: bool, env: &Env) -> Printed {
    let cat = env.cat();
    let l = store.load()?.ledger;
    let item = l.item(id).ok_or_else(|| {
        Failure::usage(format!(
            "{}: {}",
            shown(store.path()),
            tr!(cat, "err-no-item", id = id)
        ))
    })?;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(item).expect("items serialize")
        );
        return Ok(());
    }
    let audience = env.audience(&l);
    let default = l.original_language();
    // Each text in every working language, when the committee has several.
    let languages = match l.committee.languages.as_slice() {
        [_, _, ..] => l.committee.languages.as_slice(),
        _ => &[],
    };
    let conflict_label = tr!(cat, "cli-show-conflict");
    // As wide as the longest label the language has, so that every item's
    // values line up the same way (longer unknown keys are shortened).
    let also = [
        "cli-show-agreed-due",
        "cli-show-slipped",
        "cli-show-updated",
        "cli-show-conflict",
        "detail-due-in-capitals",
    ];
    let label_width = cat.label_width(&also) + 2;
    let under = " ".repeat(label_width);
    for f in crate::view::detail::labelled_fields(cat, &l, item, env.today(&l), &audience) {
        println!("{}{}", fit(&format!("{}:", f.label), label_width), f.value);
        if f.shown == Line::Title {
            for line in texts::versions(cat, &audience, languages, &item.title_text(default)) {
                println!("{under}{line}");
            }
        }
    }
    let at: Vec<_> = item
        .conflicts
        .iter()
        .map(|c| (Some(item.id.clone()), c.field.clone()))
        .collect();
    let names = (!at.is_empty())
        .then(|| name_sides(store.path(), &at))
        .flatten();
    for (n, c) in item.conflicts.iter().enumerate() {
        println!(
            "{}{}",
            fit(&format!("{conflict_label}:"), label_width),
            crate::view::detail::conflict_line(
                cat,
                c,
                60,
                names.as_ref().and_then(|all| all.get(n))
            )
        );
    }
    if !item.conflicts.is_empty() {
        println!(
            "{}{}",
            " ".repeat(label_width),
            tr!(cat, "cli-show-settle", id = visible_line(id).into_owned())
        );
    }
    print_notes(cat, &audience, languages, item, default);
    Ok(())
}

/// The item's notes, newest first, as `audience` reads them; when the
/// committee works in several `languages`, each numbered as
/// `followup translate ID --note N` names it (the oldest is 1) and followed
/// by its text in each language.
fn print_notes(
    cat: &Catalog,
    audience: &Audience,
    languages: &[crate::i18n::Lang],
    item: &Item,
    default: Option<crate::i18n::Lang>,
) {
    if item.notes.is_empty() {
        return;
    }
    println!("{}:", tr!(cat, "cli-show-notes"));
    let digits = item.notes.len().to_string().len();
    for (i, n) in item.notes.iter().enumerate().rev() {
        let by = if n.author.is_empty() {
            String::new()
        } else {
            format!(" {}", visible_line(&n.author))
        };
        let number = match languages.is_empty() {
            true => String::new(),
            false => format!("{:>digits$}. ", i + 1),
        };
        let head = format!("  {number}{}{by}: ", format_date(n.date));
        let indent = " ".repeat(width(&head));
        let slot = n.text_slot(default);
        for (k, line) in texts::lines(cat, audience, &slot).iter().enumerate() {
            println!("{}{line}", if k == 0 { &head } else { &indent });
        }
        for line in texts::versions(cat, audience, languages, &slot) {
            println!("{indent}{line}");
        }
    }
}
