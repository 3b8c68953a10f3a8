//! The command line: clap definitions and the non-interactive commands.

use crate::config::{Config, LedgerSource, resolve_ledger};
use crate::dates::{format_date, parse_date_arg, parse_days, relative};
use crate::ledger::{
    CLI_LOCK_WAIT, Error, Item, Ledger, Note, Status, Store, canonical_json, validate,
};
use crate::query::{Filter, SortKey, is_due_within, is_overdue, next_id, sort_indices};
use crate::text::{fit, width};
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};

/// The sample ledger embedded in the binary (the Korea–Mexico SME committee).
pub const SAMPLE: &str = include_str!("../fixtures/korea-mexico-sme.json");

const AFTER_HELP: &str = "\
The ledger is chosen by: PATH (or --ledger), then $FOLLOWUP_LEDGER, then `ledger` in
config.toml, then ledger.json in the data directory (created from a sample if missing).
Dates accept YYYY-MM-DD, today, tomorrow, +3d, -1d, +2w, +1m and weekday names.
$FOLLOWUP_TODAY=YYYY-MM-DD fixes today's date for reproducible runs.

Exit codes: 0 success, 1 invalid ledger or usage error, 2 I/O or lock failure.";

/// Follow up the action items of bilateral joint committees.
#[derive(Debug, Parser)]
#[command(name = "followup", version, after_help = AFTER_HELP)]
pub struct Cli {
    /// The ledger file to open in the dashboard.
    pub path: Option<PathBuf>,
    /// The ledger file, for any command.
    #[arg(long, short = 'f', global = true, value_name = "PATH")]
    pub ledger: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The non-interactive commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new ledger file.
    Init {
        path: Option<PathBuf>,
        /// Fill it with the sample Korea–Mexico SME committee ledger.
        #[arg(long)]
        sample: bool,
        /// The committee's name.
        #[arg(long)]
        committee: Option<String>,
    },
    /// Validate a ledger and report what it holds.
    Check { path: Option<PathBuf> },
    /// Rewrite a ledger in canonical form.
    Fmt {
        path: Option<PathBuf>,
        /// Only report whether the file is canonical (exit 1 if not).
        #[arg(long)]
        check: bool,
    },
    /// List items as a table.
    List {
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
    },
    /// Show one item in full.
    Show {
        id: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Add an item.
    Add {
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
    },
    /// Change fields: FIELD=VALUE, and for owners/tags also FIELD+=VALUE, FIELD-=VALUE.
    #[command(
        after_help = "Fields: title, status, workstream, owners, due, meeting, opened, tags.\n\
Lists take comma-separated values; an empty value clears a field.\n\
Moving `due` keeps the old deadline in due_history."
    )]
    Set {
        id: String,
        #[arg(required = true, value_name = "FIELD=VALUE")]
        changes: Vec<String>,
    },
    /// Add a note to an item.
    Note {
        id: String,
        text: String,
        /// The author (default: config `author`, then $USER).
        #[arg(long, short)]
        author: Option<String>,
    },
}

/// A failed command: what to print and the exit code.
#[derive(Debug)]
pub struct Failure {
    pub code: i32,
    pub message: String,
}

impl Failure {
    /// A usage or validation failure (exit code 1).
    pub fn usage(message: impl Into<String>) -> Self {
        Failure {
            code: 1,
            message: message.into(),
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure {
            code: if e.is_invalid() { 1 } else { 2 },
            message: e.to_string(),
        }
    }
}

type Outcome = Result<(), Failure>;

/// The context every command runs in.
pub struct Env {
    pub config: Config,
    pub today: NaiveDate,
}

/// Finds the ledger; when it is the default one and missing, creates it from the sample.
pub fn ledger_store(arg: Option<PathBuf>, config: &Config) -> Result<Store, Failure> {
    let (path, source) = resolve_ledger(arg, config).ok_or_else(|| {
        Failure::usage("no ledger path given and no home directory to default to")
    })?;
    if source == LedgerSource::Default && !path.exists() {
        create(&path, SAMPLE.as_bytes())?;
        eprintln!("followup: created a sample ledger at {}", path.display());
    }
    Ok(Store::new(path))
}

fn create(path: &Path, bytes: &[u8]) -> Outcome {
    let ledger = crate::ledger::parse_ledger(bytes).expect("embedded ledgers are valid");
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, "cannot create directory", e))?;
    }
    let store = Store::new(path);
    let lock = store.lock("followup init", CLI_LOCK_WAIT)?;
    store.save(&lock, &ledger, None)?;
    Ok(())
}

/// Runs a non-interactive command.
pub fn run(cmd: Command, global: Option<PathBuf>, env: &Env) -> Outcome {
    let store = |p: Option<PathBuf>| ledger_store(p.or(global.clone()), &env.config);
    match cmd {
        Command::Init {
            path,
            sample,
            committee,
        } => {
            let path = path
                .or(global.clone())
                .ok_or_else(|| Failure::usage("init needs a PATH"))?;
            let text = if sample {
                SAMPLE.to_owned()
            } else {
                let mut l = Ledger::default();
                l.committee.name = committee.unwrap_or_default();
                canonical_json(&l)
            };
            create(&path, text.as_bytes())?;
            println!("created {}", path.display());
            Ok(())
        }
        Command::Check { path } => check(&store(path)?),
        Command::Fmt { path, check } => fmt(&store(path)?, check),
        Command::List {
            status,
            owner,
            workstream,
            overdue,
            due_within,
            sort,
            json,
        } => {
            let filter = Filter {
                statuses: status,
                owner,
                workstream,
                overdue,
                due_within,
            };
            list(&store(None)?.load()?.ledger, &filter, sort, json, env.today)
        }
        Command::Show { id, json } => show(&store(None)?.load()?.ledger, &id, json, env.today),
        Command::Add {
            title,
            id,
            owner,
            due,
            workstream,
            meeting,
            status,
            tag,
        } => {
            let due = due
                .map(|d| parse_date_arg(&d, env.today))
                .transpose()
                .map_err(Failure::usage)?;
            edit(&store(None)?, "followup add", |l| {
                let id = id.unwrap_or_else(|| next_id(&l.items, meeting.as_deref()));
                if l.item(&id).is_some() {
                    return Err(Failure::usage(format!("an item `{id}` already exists")));
                }
                let item = Item {
                    workstream: workstream.unwrap_or_default(),
                    status,
                    owners: owner,
                    due,
                    meeting: meeting.unwrap_or_default(),
                    opened: Some(env.today),
                    updated: Some(env.today),
                    tags: tag,
                    ..Item::new(id.clone(), title)
                };
                l.items.push(item);
                Ok(format!("added {id}"))
            })
        }
        Command::Set { id, changes } => edit(&store(None)?, "followup set", |l| {
            let item = find_mut(l, &id)?;
            let mut said = Vec::new();
            for change in &changes {
                said.push(apply_change(item, change, env.today)?);
            }
            item.updated = Some(env.today);
            Ok(format!("{id}: {}", said.join("; ")))
        }),
        Command::Note { id, text, author } => {
            if text.trim().is_empty() {
                return Err(Failure::usage("the note is empty"));
            }
            let author = author.unwrap_or_else(|| env.config.author());
            edit(&store(None)?, "followup note", |l| {
                let item = find_mut(l, &id)?;
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
    }
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

fn check(store: &Store) -> Outcome {
    let loaded = store.load()?;
    let l = &loaded.ledger;
    println!(
        "{}: ok, {} items, {} meetings, {} reviews{}",
        store.path().display(),
        l.items.len(),
        l.meetings.len(),
        l.reviews.len(),
        if loaded.is_canonical() {
            ""
        } else {
            " (not in canonical form: run `followup fmt`)"
        }
    );
    Ok(())
}

fn fmt(store: &Store, only_check: bool) -> Outcome {
    let lock = if only_check {
        None
    } else {
        Some(store.lock("followup fmt", CLI_LOCK_WAIT)?)
    };
    let loaded = store.load()?;
    if loaded.is_canonical() {
        println!("{}: already canonical", store.path().display());
        return Ok(());
    }
    match lock {
        None => Err(Failure::usage(format!(
            "{}: not in canonical form (run `followup fmt`)",
            store.path().display()
        ))),
        Some(lock) => {
            store.save(&lock, &loaded.ledger, Some(loaded.fingerprint))?;
            println!("{}: rewritten in canonical form", store.path().display());
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

fn list(l: &Ledger, filter: &Filter, sort: SortKey, json: bool, today: NaiveDate) -> Outcome {
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
            [
                it.id.clone(),
                format!("{} {}", it.status.symbol(), it.status),
                format!("{}{slips}", due_text(it, today)),
                it.owners.join(", "),
                it.workstream.clone(),
                it.title.clone(),
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
    let soon = idx
        .iter()
        .filter(|&&i| is_due_within(&l.items[i], today, 7))
        .count();
    eprintln!(
        "{} items, {overdue} overdue, {soon} due within 7 days",
        rows.len()
    );
    Ok(())
}

fn show(l: &Ledger, id: &str, json: bool, today: NaiveDate) -> Outcome {
    let item = l
        .item(id)
        .ok_or_else(|| Failure::usage(format!("no item `{id}`")))?;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(item).expect("items serialize")
        );
        return Ok(());
    }
    for (k, v) in crate::detail::item_fields(l, item, today) {
        println!("{}{v}", fit(&format!("{k}:"), 12));
    }
    if !item.notes.is_empty() {
        println!("notes:");
        for n in item.notes.iter().rev() {
            let by = if n.author.is_empty() {
                String::new()
            } else {
                format!(" {}", n.author)
            };
            println!("  {}{by}: {}", format_date(n.date), n.text);
        }
    }
    Ok(())
}
