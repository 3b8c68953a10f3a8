//! Commands that change the ledger: add, set, note, meeting, resolve. Each
//! loads under the lock, applies its change, validates, and saves atomically;
//! a change that changes nothing writes nothing.

use super::{Env, Failure, Outcome};
use crate::dates::{format_date, parse_date_arg};
use crate::ledger::{
    CLI_LOCK_WAIT, ConflictTarget, Error, FieldPath, Item, Ledger, Meeting, Note, Resolved, Rule,
    Side, Status, Store, id_problem, validate,
};
use crate::query::{list_candidates, next_id, split_list_strict};
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
    #[arg(long, short, allow_hyphen_values = true)]
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

/// Help for `resolve`.
pub const RESOLVE_HELP: &str = "\
PATH is where the conflict is, as `followup show ID` prints it (for the ledger's own
conflicts, as the merge reported it):
  status, due, owners          a field of the item
  x_ext.a                      a key inside a field; a key with other characters than
                               letters, digits, _ and - is quoted: x_ext[\"a.b\"]
  meetings[id=JC3].place       an element of a list picked by its id (with --top)
  reviews[0]                   an element of a list by position (with --top)
  (item)                       the item itself: one side deleted it, the other edited it
ours keeps this clone's value (the file already holds it), theirs the other side's.
Examples:
  followup resolve JC2-09 status theirs
  followup resolve JC2-09 'x_ext[\"a.b\"]' ours
  followup resolve --top committee.name theirs";

/// Arguments of `followup resolve`.
#[derive(Debug, clap::Args)]
pub struct ResolveArgs {
    /// Settle a conflict of the ledger itself (committee, meetings, reviews,
    /// other top-level fields): give PATH and SIDE, no ID.
    #[arg(long)]
    top: bool,
    /// ID PATH SIDE, or PATH SIDE with --top; SIDE is `ours` or `theirs`.
    #[arg(value_name = "ARGS", num_args = 2..=3, required = true)]
    args: Vec<String>,
}

impl ResolveArgs {
    /// Which conflict, and which side to keep.
    fn target(&self) -> Result<(ConflictTarget, Side), Failure> {
        let (id, path, side) = match (self.top, self.args.as_slice()) {
            (false, [id, path, side]) => (Some(id), path, side),
            (true, [path, side]) => (None, path, side),
            (false, _) => {
                return Err(Failure::usage(
                    "resolve takes ID PATH ours|theirs (or --top PATH ours|theirs for the ledger's own conflicts)",
                ));
            }
            (true, _) => {
                return Err(Failure::usage(
                    "resolve --top takes PATH ours|theirs (no item id)",
                ));
            }
        };
        let side = match side.as_str() {
            "ours" => Side::Ours,
            "theirs" => Side::Theirs,
            other => {
                return Err(Failure::usage(format!(
                    "`{other}`: expected ours or theirs"
                )));
            }
        };
        let path: FieldPath = path.parse().map_err(|e| {
            Failure::usage(format!(
                "`{path}` is not a path: {e} (see `followup resolve --help`)"
            ))
        })?;
        let target = match id {
            Some(id) => ConflictTarget::Item {
                id: id.clone(),
                path,
            },
            None => ConflictTarget::Top { path },
        };
        Ok((target, side))
    }
}

/// Arguments of `followup meeting`.
#[derive(Debug, clap::Args)]
pub struct MeetingArgs {
    /// The meeting's id, e.g. JC3.
    id: String,
    /// The date it was held.
    #[arg(long, short, allow_hyphen_values = true)]
    date: Option<String>,
    #[arg(long, short)]
    title: Option<String>,
    #[arg(long, short)]
    place: Option<String>,
}

pub(super) fn add(store: &Store, a: AddArgs, env: &Env) -> Outcome {
    let due = a
        .due
        .map(|d| parse_date_arg(&d, env.today))
        .transpose()
        .map_err(|e| Failure::usage(format!("--due: {e}")))?;
    if let Some(p) = a.id.as_deref().and_then(id_problem) {
        return Err(Failure::usage(format!("--id: {}", Rule::BadId(p))));
    }
    let owners =
        entries(a.owner, Rule::EmptyOwner).map_err(|r| Failure::usage(format!("--owner: {r}")))?;
    let tags = entries(a.tag, Rule::EmptyTag).map_err(|r| Failure::usage(format!("--tag: {r}")))?;
    edit(store, "followup add", |l| {
        let meeting = a
            .meeting
            .as_deref()
            .map(str::trim)
            .filter(|m| !m.is_empty());
        if let Some(m) = meeting.filter(|m| l.meeting(m).is_none()) {
            return Err(Failure::usage(format!(
                "there is no meeting `{m}`; add it first: followup meeting {m} --date YYYY-MM-DD --title \"…\""
            )));
        }
        let id =
            a.id.clone()
                .unwrap_or_else(|| next_id(&l.items, a.meeting.as_deref()));
        if l.item(&id).is_some() {
            return Err(Failure::usage(format!("an item `{id}` already exists")));
        }
        l.items.push(Item {
            workstream: a
                .workstream
                .as_deref()
                .unwrap_or_default()
                .trim()
                .to_owned(),
            status: a.status,
            owners: owners.clone(),
            due,
            meeting: meeting.unwrap_or_default().to_owned(),
            opened: Some(env.today),
            updated: Some(env.today),
            tags: tags.clone(),
            ..Item::new(id.clone(), a.title.trim())
        });
        Ok(format!("added {id}"))
    })
}

pub(super) fn set(store: &Store, id: &str, changes: &[String], env: &Env) -> Outcome {
    edit(store, "followup set", |l| {
        let ledger_values = known_values(l);
        let item = find_mut(l, id)?;
        let before = item.clone();
        let mut said = Vec::new();
        for change in changes {
            let own: Vec<String> = before.owners.iter().chain(&before.tags).cloned().collect();
            let known = list_candidates(&own, &ledger_values);
            said.push(apply_change(item, change, env.today, &known)?);
        }
        if *item != before {
            item.updated = Some(env.today);
        }
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
    let author = author.unwrap_or_else(|| env.config.author());
    edit(store, "followup note", |l| {
        if text.trim().is_empty() {
            return Err(Failure::usage("the note is empty"));
        }
        let item = find_mut(l, id)?;
        item.notes.push(Note {
            date: env.today,
            author: author.clone(),
            text: text.clone(),
            extra: Default::default(),
        });
        item.updated = Some(env.today);
        Ok(format!("{id}: note added"))
    })
}

pub(super) fn meeting(store: &Store, a: MeetingArgs, env: &Env) -> Outcome {
    let date = a
        .date
        .map(|d| parse_date_arg(&d, env.today))
        .transpose()
        .map_err(|e| Failure::usage(format!("--date: {e}")))?;
    if let Some(p) = id_problem(&a.id) {
        return Err(Failure::usage(Rule::BadMeetingId(p).to_string()));
    }
    edit(store, "followup meeting", |l| {
        let id = a.id.as_str();
        let said = if l.meeting(id).is_some() {
            "updated"
        } else {
            "added"
        };
        if l.meeting(id).is_none() {
            l.meetings.push(Meeting {
                id: id.to_owned(),
                ..Meeting::default()
            });
        }
        let m = l
            .meetings
            .iter_mut()
            .find(|m| m.id == id)
            .expect("just ensured");
        if let Some(d) = date {
            m.date = Some(d);
        }
        if let Some(t) = &a.title {
            m.title = t.trim().to_owned();
        }
        if let Some(p) = &a.place {
            m.place = p.trim().to_owned();
        }
        Ok(format!("meeting {id} {said}"))
    })
}

pub(super) fn resolve(store: &Store, a: ResolveArgs, env: &Env) -> Outcome {
    let (target, side) = a.target()?;
    edit(store, "followup resolve", |l| {
        let (id, path) = match &target {
            ConflictTarget::Item { id, path } => (Some(id.clone()), path.clone()),
            ConflictTarget::Top { path } => (None, path.clone()),
        };
        let done = crate::ledger::resolve(l, target.clone(), side).map_err(|e| {
            Failure::usage(match &id {
                Some(id) => format!("{id}: {e}"),
                None => format!("the ledger's own conflicts: {e}"),
            })
        })?;
        let Some(id) = id else {
            return Ok(format!("{path}: kept {side}"));
        };
        if done == Resolved::ItemDeleted {
            return Ok(format!("{id}: deleted, as {side} had it"));
        }
        if let Some(item) = l.item_mut(&id) {
            item.updated = Some(env.today);
        }
        Ok(format!("{id} {path}: kept {side}"))
    })
}

/// Owners or tags given one per option, trimmed: an empty one (or one that
/// is only commas) is refused with `rule` and its position.
fn entries(values: Vec<String>, rule: fn(usize) -> Rule) -> Result<Vec<String>, Rule> {
    values
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let v = v.trim();
            if v.chars().all(|c| c == ',' || c.is_whitespace()) {
                Err(rule(i))
            } else {
                Ok(v.to_owned())
            }
        })
        .collect()
}

/// Every owner and tag in the ledger: list values that contain a comma stay whole.
fn known_values(l: &Ledger) -> Vec<String> {
    let mut v: Vec<String> = l
        .items
        .iter()
        .flat_map(|i| i.owners.iter().chain(&i.tags))
        .cloned()
        .collect();
    v.sort();
    v.dedup();
    v
}

fn find_mut<'a>(l: &'a mut Ledger, id: &str) -> Result<&'a mut Item, Failure> {
    l.item_mut(id)
        .ok_or_else(|| Failure::usage(format!("no item `{id}`")))
}

/// How often a write is tried again when the file changed on disk between
/// the load and the save (a program that ignores the lock replaced it).
const SAVE_ATTEMPTS: usize = 10;

/// Loads under the lock, applies `change`, validates, saves atomically.
/// Errors name the file; a change that leaves the ledger as it was writes nothing.
/// When another program replaced the file meanwhile, nothing is overwritten:
/// the file is loaded again and the change applied anew.
fn edit(
    store: &Store,
    purpose: &str,
    mut change: impl FnMut(&mut Ledger) -> Result<String, Failure>,
) -> Outcome {
    let lock = store.lock(purpose, CLI_LOCK_WAIT)?;
    let mut attempt = 1;
    loop {
        let loaded = store.load()?;
        let mut ledger = loaded.ledger.clone();
        let in_file = |f: Failure| Failure {
            message: format!("{}: {}", store.path().display(), f.message),
            ..f
        };
        let said = change(&mut ledger).map_err(in_file)?;
        if ledger == loaded.ledger {
            println!("{} (nothing changed)", crate::text::visible(&said));
            return Ok(());
        }
        validate(&ledger)
            .map_err(|p| in_file(Failure::usage(format!("{}: {}", p.path, p.rule))))?;
        match store.save(&lock, &ledger, Some(loaded.fingerprint)) {
            Err(Error::ChangedOnDisk { .. }) if attempt < SAVE_ATTEMPTS => attempt += 1,
            r => {
                r?;
                println!("{}", crate::text::visible(&said));
                return Ok(());
            }
        }
    }
}

/// Applies one `FIELD=VALUE` (or `+=`, `-=`) change and says what it did.
/// `known` are list values (owners, tags) that stay whole though they contain commas.
pub fn apply_change(
    item: &mut Item,
    change: &str,
    today: NaiveDate,
    known: &[&str],
) -> Result<String, Failure> {
    let bad = |m: String| Failure::usage(format!("{change}: {m}"));
    let (field, op, value) = match change.split_once('=') {
        Some((f, v)) if f.ends_with('+') => (&f[..f.len() - 1], '+', v),
        Some((f, v)) if f.ends_with('-') => (&f[..f.len() - 1], '-', v),
        Some((f, v)) => (f, '=', v),
        None => return Err(bad("expected FIELD=VALUE".into())),
    };
    let field = field.trim();
    if op != '=' && !matches!(field, "owners" | "owner" | "tags" | "tag") {
        return Err(bad(format!("`{field}` takes FIELD=VALUE only")));
    }
    let list = |target: &mut Vec<String>| -> Result<String, Failure> {
        let values = split_list_strict(value, known).map_err(|e| bad(e.to_string()))?;
        let name = if field.starts_with("owner") {
            "owners"
        } else {
            "tags"
        };
        if op != '=' && values.is_empty() {
            return Err(bad(format!(
                "no value to {}",
                if op == '+' { "add" } else { "remove" }
            )));
        }
        match op {
            '+' => {
                for v in &values {
                    if !target.contains(v) {
                        target.push(v.clone());
                    }
                }
                Ok(format!("{name} +{}", values.join(" +")))
            }
            '-' => {
                if let Some(missing) = values.iter().find(|v| !target.contains(v)) {
                    return Err(bad(format!(
                        "no {} `{missing}` (now: {})",
                        &name[..name.len() - 1],
                        target.join(", ")
                    )));
                }
                target.retain(|x| !values.contains(x));
                Ok(format!("{name} −{}", values.join(" −")))
            }
            _ => {
                *target = values;
                Ok(format!(
                    "{name} {}",
                    if target.is_empty() {
                        "cleared".into()
                    } else {
                        target.join(", ")
                    }
                ))
            }
        }
    };
    match field {
        "owners" | "owner" => return list(&mut item.owners),
        "tags" | "tag" => return list(&mut item.tags),
        "title" => {
            if value.trim().is_empty() {
                return Err(bad("the title is empty".into()));
            }
            item.title = value.trim().to_owned();
        }
        "status" => item.status = value.trim().parse().map_err(bad)?,
        "workstream" => item.workstream = value.trim().to_owned(),
        "meeting" => item.meeting = value.trim().to_owned(),
        "opened" => item.opened = optional_date(value, today).map_err(bad)?,
        "due" => {
            let due = optional_date(value, today).map_err(bad)?;
            let old = item.due;
            if item.set_due(due) {
                let n = item.due_history.len();
                return Ok(match (due, old) {
                    (None, Some(old)) => format!("due cleared (was {})", format_date(old)),
                    (Some(d), Some(_)) => format!(
                        "due {} (moved {n} time{}, first agreed {})",
                        format_date(d),
                        if n == 1 { "" } else { "s" },
                        format_date(item.due_history[0])
                    ),
                    (Some(d), None) => format!("due {}", format_date(d)),
                    (None, None) => "due unchanged".into(),
                });
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
        if value.trim().is_empty() {
            "cleared"
        } else {
            value.trim()
        }
    ))
}

fn optional_date(v: &str, today: NaiveDate) -> Result<Option<NaiveDate>, String> {
    if v.trim().is_empty() {
        Ok(None)
    } else {
        parse_date_arg(v, today)
            .map(Some)
            .map_err(|e| e.to_string())
    }
}
