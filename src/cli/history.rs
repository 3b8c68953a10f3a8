//! Commands over the ledger's history and meetings: report, diff, textconv,
//! the git merge driver and git-setup.

use super::{Env, Failure, Outcome};
use crate::dates::{format_date, parse_date_arg};
use crate::git::{Repo, program_name};
use crate::ledger::{
    Ledger, LedgerDiff, Store, canonical_json, diff as ledger_diff, merge as merge3, parse_ledger,
    render_diff,
};
use crate::report::{self, Period};
use chrono::{Days, NaiveDate};
use std::path::Path;

/// Report formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Markdown,
    Csv,
    Json,
}

/// Arguments of `followup report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Start of the period: a date (2026-11-16, -1w, …) or `last-review` (the default).
    #[arg(long, default_value = "last-review")]
    since: String,
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    format: Format,
}

fn parse_at(bytes: &[u8], what: &str) -> Result<Ledger, Failure> {
    parse_ledger(bytes).map_err(|e| Failure::usage(format!("{what}:{e}")))
}

/// What changed since the start of `since`, from the ledger's git history;
/// `None` when the ledger has no commit before then.
fn changes_since(store: &Store, current: &Ledger, since: NaiveDate) -> Option<LedgerDiff> {
    let repo = Repo::containing(store.path()).ok()?;
    let rel = repo.relative(store.path()).ok()?;
    let rev = repo.last_commit_before(since, &rel).ok()??;
    let old = parse_ledger(&repo.show(&rev, &rel).ok()?).ok()?;
    Some(ledger_diff(&old, current))
}

pub(super) fn report(store: &Store, a: ReportArgs, env: &Env) -> Outcome {
    let l = store.load()?.ledger;
    let window = env.config.review_window_days;
    let (since, label) = if a.since == "last-review" {
        match l.last_review() {
            Some(d) => (d, "the last review".to_owned()),
            None => (
                env.today - Days::new(window.into()),
                format!("no review recorded: the last {window} days"),
            ),
        }
    } else {
        let d = parse_date_arg(&a.since, env.today).map_err(Failure::usage)?;
        (d, format!("since {}", format_date(d)))
    };
    let changes = changes_since(store, &l, since);
    let p = Period {
        since,
        today: env.today,
        window,
        changes: changes.as_ref(),
    };
    let out = match a.format {
        Format::Markdown => report::markdown(&l, &p, &label),
        Format::Csv => report::csv(&l, &p),
        Format::Json => report::json(&l, &p),
    };
    print!("{out}");
    Ok(())
}

pub(super) fn diff(store: &Store, rev: Option<&str>, rev2: Option<&str>) -> Outcome {
    let repo = Repo::containing(store.path()).map_err(Failure::usage)?;
    let rel = repo.relative(store.path()).map_err(Failure::usage)?;
    let at = |rev: &str| -> Result<Ledger, Failure> {
        let bytes = repo.show(rev, &rel).map_err(Failure::usage)?;
        parse_at(&bytes, &format!("{rev}:{rel}"))
    };
    let (old, new) = match (rev, rev2) {
        (None, _) => (at("HEAD")?, store.load()?.ledger),
        (Some(r), None) => (at(r)?, store.load()?.ledger),
        (Some(r), Some(r2)) => (at(r)?, at(r2)?),
    };
    let d = ledger_diff(&old, &new);
    if d.is_empty() {
        eprintln!("no changes");
    }
    print!("{}", render_diff(&d));
    Ok(())
}

pub(super) fn textconv(file: &Path) -> Outcome {
    let bytes = std::fs::read(file)
        .map_err(|e| Failure::system(format!("{}: cannot read: {e}", file.display())))?;
    // A revision that is not a valid ledger is shown as it is.
    match parse_ledger(&bytes) {
        Ok(l) => print!("{}", crate::ledger::textconv(&l)),
        Err(_) => print!("{}", String::from_utf8_lossy(&bytes)),
    }
    Ok(())
}

pub(super) fn merge(base: &Path, ours: &Path, theirs: &Path, name: Option<&str>) -> Outcome {
    let name = name.unwrap_or("ledger");
    let read = |p: &Path, side: &str| -> Result<Ledger, Failure> {
        let bytes = std::fs::read(p)
            .map_err(|e| Failure::system(format!("{name} ({side}): cannot read: {e}")))?;
        if side == "base" && bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(Ledger::default()); // added on both branches: no common ancestor
        }
        parse_ledger(&bytes)
            .map_err(|e| Failure::system(format!("{name} ({side}):{e}; not merged")))
    };
    let (b, o, t) = (
        read(base, "base")?,
        read(ours, "ours")?,
        read(theirs, "theirs")?,
    );
    let m = merge3(&b, &o, &t);
    std::fs::write(ours, canonical_json(&m.ledger))
        .map_err(|e| Failure::system(format!("{}: cannot write: {e}", ours.display())))?;
    for (old, new) in &m.renumbered {
        eprintln!("followup merge: {name}: {old} was added on both sides; theirs is now {new}");
    }
    if m.conflicts == 0 {
        return Ok(());
    }
    let mut where_: Vec<String> = m
        .ledger
        .items
        .iter()
        .flat_map(|i| {
            i.conflicts
                .iter()
                .map(move |c| format!("{} {}", i.id, c.field))
        })
        .collect();
    where_.extend(m.ledger.conflicts.iter().map(|c| c.field.clone()));
    Err(Failure::usage(format!(
        "{name}: {} conflict{} ({}); both sides are recorded in the file: open it in `followup` to choose",
        m.conflicts,
        if m.conflicts == 1 { "" } else { "s" },
        where_.join(", ")
    )))
}

pub(super) fn git_setup(store: &Store) -> Outcome {
    let repo = Repo::containing(store.path()).map_err(Failure::usage)?;
    let rel = repo.relative(store.path()).map_err(Failure::usage)?;
    let did = repo.setup(&rel, &program_name()).map_err(Failure::system)?;
    if did.is_empty() {
        println!("{rel}: git is already set up for followup");
    }
    for d in did {
        println!("{d}");
    }
    Ok(())
}
