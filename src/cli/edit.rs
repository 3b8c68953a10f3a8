//! Commands that change the ledger: add, set, note. Each loads under the
//! lock, applies its change, validates, and saves atomically.

use super::{Env, Failure, Outcome};
use crate::dates::{format_date, parse_date_arg};
use crate::ledger::{CLI_LOCK_WAIT, Item, Ledger, Note, Status, Store, validate};
use crate::query::next_id;
use chrono::NaiveDate;

/// Help for `set`.
pub const SET_HELP: &str = "Fields: title, status, workstream, owners, due, meeting, opened, tags.\n\
Lists take comma-separated values; an empty value clears a field.\n\
Moving `due` keeps the old deadline in due_history.";

/// Arguments of `followup add`.
#[derive(Debug, clap::Args)]
pub struct AddArgs {
    #[arg(long, short)]
    title: String,
    /// The id (default: the next free one in the meeting's or ledger's scheme).
    #[arg(long)]
    id: Option<String>,
    /// An owner (repeatable).
    #[arg(long, short)]
    owner: Vec<String>,
    /// The deadline.
    #[arg(long, short)]
    due: Option<String>,
    #[arg(long, short)]
    workstream: Option<String>,
    /// The meeting where it was agreed.
    #[arg(long, short)]
    meeting: Option<String>,
    #[arg(long, short, default_value = "open")]
    status: Status,
    /// A tag (repeatable).
    #[arg(long)]
    tag: Vec<String>,
}

pub(super) fn add(store: &Store, a: AddArgs, env: &Env) -> Outcome {
    let due = a
        .due
        .map(|d| parse_date_arg(&d, env.today))
        .transpose()
        .map_err(Failure::usage)?;
    edit(store, "followup add", |l| {
        let id =
            a.id.unwrap_or_else(|| next_id(&l.items, a.meeting.as_deref()));
        if l.item(&id).is_some() {
            return Err(Failure::usage(format!("an item `{id}` already exists")));
        }
        l.items.push(Item {
            workstream: a.workstream.unwrap_or_default(),
            status: a.status,
            owners: a.owner,
            due,
            meeting: a.meeting.unwrap_or_default(),
            opened: Some(env.today),
            updated: Some(env.today),
            tags: a.tag,
            ..Item::new(id.clone(), a.title)
        });
        Ok(format!("added {id}"))
    })
}

pub(super) fn set(store: &Store, id: &str, changes: &[String], env: &Env) -> Outcome {
    edit(store, "followup set", |l| {
        let item = find_mut(l, id)?;
        let mut said = Vec::new();
        for change in changes {
            said.push(apply_change(item, change, env.today)?);
        }
        item.updated = Some(env.today);
        Ok(format!("{id}: {}", said.join("; ")))
    })
}

pub(super) fn note(
    store: &Store,
    id: &str,
    text: String,
    author: Option<String>,
    env: &Env,
) -> Outcome {
    if text.trim().is_empty() {
        return Err(Failure::usage("the note is empty"));
    }
    let author = author.unwrap_or_else(|| env.config.author());
    edit(store, "followup note", |l| {
        let item = find_mut(l, id)?;
        item.notes.push(Note {
            date: env.today,
            author,
            text,
            extra: Default::default(),
        });
        item.updated = Some(env.today);
        Ok(format!("{id}: note added"))
    })
}

fn find_mut<'a>(l: &'a mut Ledger, id: &str) -> Result<&'a mut Item, Failure> {
    l.item_mut(id)
        .ok_or_else(|| Failure::usage(format!("no item `{id}`")))
}

/// Loads under the lock, applies `change`, validates, saves atomically.
fn edit(
    store: &Store,
    purpose: &str,
    change: impl FnOnce(&mut Ledger) -> Result<String, Failure>,
) -> Outcome {
    let lock = store.lock(purpose, CLI_LOCK_WAIT)?;
    let loaded = store.load()?;
    let mut ledger = loaded.ledger;
    let said = change(&mut ledger)?;
    validate(&ledger).map_err(|p| {
        Failure::usage(format!(
            "{}: {}: {}",
            store.path().display(),
            p.path,
            p.message
        ))
    })?;
    store.save(&lock, &ledger, Some(loaded.fingerprint))?;
    println!("{said}");
    Ok(())
}

fn list_value(v: &str) -> Vec<String> {
    v.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Applies one `FIELD=VALUE` (or `+=`, `-=`) change and says what it did.
pub fn apply_change(item: &mut Item, change: &str, today: NaiveDate) -> Result<String, Failure> {
    let bad = |m: String| Failure::usage(format!("{change}: {m}"));
    let (field, op, value) = match change.split_once('=') {
        Some((f, v)) if f.ends_with('+') => (&f[..f.len() - 1], '+', v),
        Some((f, v)) if f.ends_with('-') => (&f[..f.len() - 1], '-', v),
        Some((f, v)) => (f, '=', v),
        None => return Err(bad("expected FIELD=VALUE".into())),
    };
    let field = field.trim();
    let list = |target: &mut Vec<String>| match op {
        '+' => {
            for v in list_value(value) {
                if !target.contains(&v) {
                    target.push(v);
                }
            }
        }
        '-' => {
            let drop = list_value(value);
            target.retain(|x| !drop.contains(x));
        }
        _ => *target = list_value(value),
    };
    if op != '=' && !matches!(field, "owners" | "tags") {
        return Err(bad(format!("`{field}` takes FIELD=VALUE only")));
    }
    match field {
        "title" => {
            if value.trim().is_empty() {
                return Err(bad("the title is empty".into()));
            }
            item.title = value.to_owned();
        }
        "status" => item.status = value.parse().map_err(bad)?,
        "workstream" => item.workstream = value.trim().to_owned(),
        "meeting" => item.meeting = value.trim().to_owned(),
        "owners" | "owner" => list(&mut item.owners),
        "tags" | "tag" => list(&mut item.tags),
        "opened" => {
            item.opened = optional_date(value, today).map_err(bad)?;
        }
        "due" => {
            let due = optional_date(value, today).map_err(bad)?;
            if item.set_due(due) && !item.due_history.is_empty() {
                let n = item.due_history.len();
                return Ok(format!(
                    "due {} (moved {n} time{}, first agreed {})",
                    due.map_or("cleared".into(), format_date),
                    if n == 1 { "" } else { "s" },
                    format_date(item.due_history[0])
                ));
            }
        }
        _ => {
            return Err(bad(format!(
                "unknown field `{field}` (fields: title, status, workstream, owners, due, meeting, opened, tags)"
            )));
        }
    }
    Ok(format!(
        "{field} {}",
        if value.is_empty() { "cleared" } else { value }
    ))
}

fn optional_date(v: &str, today: NaiveDate) -> Result<Option<NaiveDate>, String> {
    if v.trim().is_empty() {
        Ok(None)
    } else {
        parse_date_arg(v, today).map(Some)
    }
}
