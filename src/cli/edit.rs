//! Commands that change the ledger: add, set, note, meeting, resolve,
//! committee (and `translate`, through [`edit`]). Each builds an operation
//! ([`crate::ops::Op`]) and applies it under the lock, validates, and saves
//! atomically; an operation that changes nothing writes nothing. What it
//! did is said by the catalog.

use super::{Env, Failure, Printed};
use crate::base::aside::drop_aside;
use crate::base::date_input::parse_date_input;
use crate::i18n::Catalog;
use crate::ledger::{
    CLI_LOCK_WAIT, ConflictTarget, Error, Field, FieldPath, Ledger, Rule, Side, Status, Store,
    ValueKind, id_problem, read_field, read_status, validate,
};
use crate::ops::{self, Change, ListEdit, NewItem, Op, Outcome};
use crate::query::{list_candidates, split_list_strict};
use crate::tr;
use chrono::NaiveDate;

/// Arguments of `followup add`.
#[derive(Debug, clap::Args)]
pub struct AddArgs {
    #[arg(long, short)]
    title: String,
    /// The id (default: the next free one in the meeting's scheme, else, …).
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
    /// When it was agreed (default: the meeting's date, else today).
    #[arg(long, allow_hyphen_values = true)]
    opened: Option<String>,
    /// The status (the file's name or your language's label).
    #[arg(long, short, default_value = "open")]
    status: String,
    /// A tag (repeatable).
    #[arg(long)]
    tag: Vec<String>,
}

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
    fn target(&self, cat: &Catalog) -> Result<(ConflictTarget, Side), Failure> {
        let (id, path, side) = match (self.top, self.args.as_slice()) {
            (false, [id, path, side]) => (Some(id), path, side),
            (true, [path, side]) => (None, path, side),
            (false, _) => return Err(Failure::usage(tr!(cat, "cli-resolve-usage"))),
            (true, _) => return Err(Failure::usage(tr!(cat, "cli-resolve-top-usage"))),
        };
        let side = match side.as_str() {
            "ours" => Side::Ours,
            "theirs" => Side::Theirs,
            other => {
                return Err(Failure::usage(tr!(cat, "cli-bad-side", side = other)));
            }
        };
        // An item's own field may be named as the screens name it
        // (`estado`, `상태`): `show` and `sync` say conflicts that way.
        let path = match (id, read_field(path, cat.lang())) {
            (Some(_), Some(field)) => field.key().to_owned(),
            _ => path.clone(),
        };
        let path: FieldPath = path.parse().map_err(|e| {
            Failure::usage(tr!(
                cat,
                "cli-bad-path",
                path = path.as_str(),
                reason = cat.path_error(&e)
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
    /// The hour it starts (HH:MM); empty: none (the meeting lasts its day).
    #[arg(long, value_name = "TIME", value_parser = super::parse_time)]
    time: Option<super::MeetingTime>,
    /// The time zone of --time (default: the committee's reference zone).
    #[arg(long, value_name = "ZONE", value_parser = super::parse_zone)]
    zone: Option<chrono_tz::Tz>,
}

/// Arguments of `followup committee`.
#[derive(Debug, clap::Args)]
pub struct CommitteeArgs {
    /// The committee's name.
    #[arg(long)]
    name: Option<String>,
    /// A party (repeatable, in order): the parties given replace the list.
    #[arg(long)]
    party: Vec<String>,
    /// The working languages, comma-separated, the originals' first (es,ko,en).
    #[arg(long, value_name = "LANGUAGES", value_delimiter = ',', value_parser = super::parse_lang)]
    languages: Vec<crate::i18n::Lang>,
    /// The time zone deadlines are kept in (an IANA name: America/Mexico_City).
    #[arg(long, value_name = "ZONE", value_parser = super::parse_zone)]
    zone: Option<chrono_tz::Tz>,
    /// Who must agree to close an item: either party, or both.
    #[arg(long, value_name = "RULE", value_parser = super::parse_closure)]
    closure: Option<crate::ledger::Closure>,
    /// With one --party: its capital's time zone (an IANA name).
    #[arg(long, value_name = "ZONE", value_parser = super::parse_zone)]
    party_zone: Option<chrono_tz::Tz>,
    /// With one --party: its working language (en, es or ko).
    #[arg(long, value_name = "LANG", value_parser = super::parse_lang)]
    party_language: Option<crate::i18n::Lang>,
    /// With one --party: its country (empty: none).
    #[arg(long, value_name = "COUNTRY")]
    party_country: Option<String>,
}

impl CommitteeArgs {
    /// The edit of one party's record the `--party-*` options ask for, if
    /// any: they name exactly one party.
    fn party_edit(&self, cat: &Catalog) -> Result<Option<ops::PartyEdit>, Failure> {
        if self.party_zone.is_none()
            && self.party_language.is_none()
            && self.party_country.is_none()
        {
            return Ok(None);
        }
        let [name] = self.party.as_slice() else {
            return Err(Failure::usage(tr!(cat, "cli-party-fields-one")));
        };
        Ok(Some(ops::PartyEdit {
            name: name.clone(),
            country: self.party_country.clone(),
            zone: self.party_zone,
            language: self.party_language,
        }))
    }
}

/// A date option typed in the user's language (`--due viernes`).
fn date_option(
    flag: &str,
    value: Option<&str>,
    today: NaiveDate,
    env: &Env,
) -> Result<Option<NaiveDate>, Failure> {
    value
        .map(|d| parse_date_input(d, today, env.lang))
        .transpose()
        .map_err(|e| Failure::usage(format!("{flag}: {}", env.cat().date_error(&e))))
}

/// Why a typed status is not one: the labels of this language.
pub(super) fn bad_status(cat: &Catalog, typed: &str) -> String {
    let labels: Vec<String> = Status::ALL.iter().map(|s| cat.status(*s)).collect();
    tr!(
        cat,
        "cli-bad-status",
        status = typed,
        labels = labels.join(", ")
    )
}

pub(super) fn add(store: &Store, a: AddArgs, env: &Env) -> Printed {
    let cat = env.cat();
    let status = read_status(&a.status, env.lang)
        .ok_or_else(|| Failure::usage(format!("--status: {}", bad_status(cat, &a.status))))?;
    if let Some(p) = a.id.as_deref().and_then(id_problem) {
        return Err(Failure::usage(format!(
            "--id: {}",
            cat.rule(&Rule::BadId(p))
        )));
    }
    let owners = entries(a.owner, Rule::EmptyOwner)
        .map_err(|r| Failure::usage(format!("--owner: {}", cat.rule(&r))))?;
    let tags = entries(a.tag, Rule::EmptyTag)
        .map_err(|r| Failure::usage(format!("--tag: {}", cat.rule(&r))))?;
    edit(store, "followup add", env, |l| {
        let today = env.today(l);
        Ok(Op::AddItem(NewItem {
            id: a.id.clone(),
            title: a.title.clone(),
            workstream: a.workstream.clone().unwrap_or_default(),
            status,
            owners: owners.clone(),
            due: date_option("--due", a.due.as_deref(), today, env)?,
            meeting: a.meeting.clone().unwrap_or_default(),
            opened: date_option("--opened", a.opened.as_deref(), today, env)?,
            tags: tags.clone(),
            language: Some(env.lang),
        }))
    })
}

pub(super) fn set(store: &Store, id: &str, changes: &[String], env: &Env) -> Printed {
    edit(store, "followup set", env, |l| {
        let ledger_values = known_values(l);
        let item = l.item(id).ok_or_else(|| {
            Failure::usage(env.cat().op_error(&ops::OpError::NoItem { id: id.into() }))
        })?;
        let own: Vec<String> = item.owners.iter().chain(&item.tags).cloned().collect();
        let known = list_candidates(&own, &ledger_values);
        let changes = changes
            .iter()
            .map(|c| parse_change(c, env.cat(), env.today(l), &known))
            .collect::<Result<Vec<Change>, Failure>>()?;
        Ok(Op::SetFields {
            id: id.to_owned(),
            changes,
        })
    })
}

pub(super) fn note(
    store: &Store,
    id: &str,
    text: String,
    author: Option<String>,
    env: &Env,
) -> Printed {
    let author =
        author.unwrap_or_else(|| env.config.author(&tr!(env.cat(), "note-author-default")));
    edit(store, "followup note", env, |_| {
        Ok(Op::AddNote {
            id: id.to_owned(),
            author: author.clone(),
            text: text.clone(),
            language: Some(env.lang),
        })
    })
}

pub(super) fn meeting(store: &Store, a: MeetingArgs, env: &Env) -> Printed {
    let cat = env.cat();
    if let Some(p) = id_problem(&a.id) {
        return Err(Failure::usage(cat.rule(&Rule::BadMeetingId(p))));
    }
    edit(store, "followup meeting", env, |l| {
        Ok(Op::UpsertMeeting(ops::MeetingEdit {
            id: a.id.clone(),
            date: date_option("--date", a.date.as_deref(), env.today(l), env)?,
            title: a.title.clone(),
            place: a.place.clone(),
            time: a.time.map(|t| t.0),
            zone: a.zone,
        }))
    })
}

pub(super) fn resolve(store: &Store, a: ResolveArgs, env: &Env) -> Printed {
    let (target, side) = a.target(env.cat())?;
    edit(store, "followup resolve", env, |_| {
        Ok(Op::Resolve {
            target: target.clone(),
            side,
        })
    })
}

pub(super) fn committee(store: &Store, a: CommitteeArgs, env: &Env) -> Printed {
    let mut ops = Vec::new();
    // With `--party-*`, the one `--party` names the party to update;
    // without, the parties given replace the list.
    let party = a.party_edit(env.cat())?;
    let parties = (party.is_none() && !a.party.is_empty()).then_some(a.party);
    if a.name.is_some() || parties.is_some() {
        ops.push(Op::SetCommittee {
            name: a.name,
            parties,
        });
    }
    if let Some(edit) = party {
        ops.push(Op::SetParty(edit));
    }
    if !a.languages.is_empty() {
        ops.push(Op::SetLanguages(a.languages));
    }
    if a.zone.is_some() || a.closure.is_some() {
        ops.push(Op::SetRules {
            zone: a.zone,
            closure: a.closure,
        });
    }
    if ops.is_empty() {
        return Err(Failure::usage(tr!(env.cat(), "cli-committee-nothing")));
    }
    edit_all(store, "followup committee", env, |_| Ok(ops.clone()))
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

/// How often a write is tried again when the file changed on disk between
/// the load and the save (a program that ignores the lock replaced it).
const SAVE_ATTEMPTS: usize = 10;

/// Loads under the lock, builds the operation from the ledger, applies it,
/// validates, saves atomically, and prints what it did. Errors name the
/// file; an operation that leaves the ledger as it was writes nothing.
/// When another program replaced the file meanwhile, nothing is
/// overwritten: the file is loaded again and the operation built anew.
pub(super) fn edit(
    store: &Store,
    purpose: &str,
    env: &Env,
    mut build: impl FnMut(&Ledger) -> Result<Op, Failure>,
) -> Printed {
    edit_all(store, purpose, env, |l| build(l).map(|op| vec![op]))
}

/// [`edit`] with several operations applied in turn and saved together
/// (all or none); what each did is said, "unchanged" only when none changed anything.
fn edit_all(
    store: &Store,
    purpose: &str,
    env: &Env,
    mut build: impl FnMut(&Ledger) -> Result<Vec<Op>, Failure>,
) -> Printed {
    let cat = env.cat();
    let lock = store.lock(purpose, CLI_LOCK_WAIT)?;
    let file = super::shown(store.path());
    let mut attempt = 1;
    loop {
        let mut loaded = store.load()?;
        let ops = build(&loaded.ledger).map_err(|f| f.prefixed(&file))?;
        // Several operations may undo one another: the ledger as loaded is
        // kept to tell. One says itself whether it changed anything.
        let before = (ops.len() > 1).then(|| crate::ledger::copy(&loaded.ledger));
        let ledger = &mut loaded.ledger;
        let mut outcomes = Vec::new();
        let mut changed = false;
        for op in ops {
            // A conflict that cannot be settled is named with its item.
            let place = match &op {
                Op::Resolve {
                    target: ConflictTarget::Item { id, .. },
                    ..
                } => format!("{file}: {id}"),
                _ => file.clone(),
            };
            let stamp = env.stamp(ledger);
            let applied = ops::apply_as(ledger, op, &stamp)
                .map_err(|e| Failure::usage(format!("{place}: {}", cat.op_error(&e))))?;
            changed |= applied.undo.is_some();
            outcomes.extend(applied.outcomes);
        }
        if changed {
            outcomes.retain(|o| !matches!(o, Outcome::Unchanged { .. }));
        } else {
            outcomes.dedup();
        }
        let said = crate::base::text::visible(&cat.outcomes(&outcomes)).into_owned();
        if !changed || before.as_ref() == Some(&*ledger) {
            println!("{said}");
            return Ok(());
        }
        validate(ledger)
            .map_err(|p| Failure::usage(format!("{file}: {}: {}", p.path, cat.rule(&p.rule))))?;
        let saved = store.save(&lock, ledger, Some(loaded.fingerprint));
        // Not needed again: freed beside the answer and the exit.
        drop_aside((loaded, before));
        match saved {
            Err(Error::ChangedOnDisk { .. }) if attempt < SAVE_ATTEMPTS => attempt += 1,
            r => {
                r?;
                println!("{said}");
                return Ok(());
            }
        }
    }
}

/// The fields `followup set FIELD=VALUE` changes.
const SETTABLE: [Field; 8] = [
    Field::Title,
    Field::Status,
    Field::Workstream,
    Field::Owners,
    Field::Due,
    Field::Meeting,
    Field::Opened,
    Field::Tags,
];

/// Reads one `FIELD=VALUE` (or `FIELD+=VALUE`, `FIELD-=VALUE` for owners and
/// tags) as typed in the user's language: statuses by their label, dates in
/// the language's forms. `known` are list values (owners, tags) that stay
/// whole though they contain commas.
pub fn parse_change(
    change: &str,
    cat: &Catalog,
    today: NaiveDate,
    known: &[&str],
) -> Result<Change, Failure> {
    let bad = |m: String| Failure::usage(format!("{change}: {m}"));
    let (field, op, value) = match change.split_once('=') {
        Some((f, v)) if f.ends_with('+') => (&f[..f.len() - 1], '+', v),
        Some((f, v)) if f.ends_with('-') => (&f[..f.len() - 1], '-', v),
        Some((f, v)) => (f, '=', v),
        None => return Err(bad(tr!(cat, "cli-set-expected"))),
    };
    let Some(key) = read_field(field, cat.lang()).filter(|f| SETTABLE.contains(f)) else {
        let fields: Vec<String> = SETTABLE.iter().map(|f| cat.field_label(*f)).collect();
        return Err(bad(tr!(
            cat,
            "cli-set-unknown-field",
            field = field.trim(),
            fields = fields.join(", ")
        )));
    };
    let is_list = key.kind() == ValueKind::List;
    if op != '=' && !is_list {
        return Err(bad(tr!(cat, "cli-set-only-equals", field = field.trim())));
    }
    let date = |v: &str| -> Result<Option<NaiveDate>, Failure> {
        if v.trim().is_empty() {
            return Ok(None);
        }
        parse_date_input(v, today, cat.lang())
            .map(Some)
            .map_err(|e| bad(cat.date_error(&e)))
    };
    if is_list {
        let values = split_list_strict(value, known).map_err(|_| {
            let rule = if key == Field::Owners {
                Rule::EmptyOwner(0)
            } else {
                Rule::EmptyTag(0)
            };
            bad(cat.rule(&rule))
        })?;
        if op != '=' && values.is_empty() {
            return Err(bad(tr!(cat, "cli-set-no-value")));
        }
        let edit = match op {
            '+' => ListEdit::Add(values),
            '-' => ListEdit::Remove(values),
            _ => ListEdit::Set(values),
        };
        return Ok(if key == Field::Owners {
            Change::Owners(edit)
        } else {
            Change::Tags(edit)
        });
    }
    Ok(match key {
        Field::Title => Change::Title(value.trim().to_owned()),
        Field::Status => Change::Status(
            read_status(value, cat.lang()).ok_or_else(|| bad(bad_status(cat, value.trim())))?,
        ),
        Field::Workstream => Change::Workstream(value.trim().to_owned()),
        Field::Meeting => Change::Meeting(value.trim().to_owned()),
        Field::Opened => Change::Opened(date(value)?),
        _ => Change::Due(date(value)?),
    })
}
