//! `followup report`: the minutes or agenda of a period, from the ledger and
//! its git history.

use super::{Env, Failure, Outcome};
use crate::dates::{MIN_DATE, parse_date_arg};
use crate::git::Repo;
use crate::ledger::{Ledger, LedgerDiff, Store, diff as ledger_diff, parse_ledger};
use crate::report::{self, Period};
use chrono::{Days, NaiveDate};

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
    /// Start of the period: a date (2026-11-16, -1w, …) or `last-review` (the default:
    /// the latest review before today).
    #[arg(long, default_value = "last-review", allow_hyphen_values = true)]
    since: String,
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    format: Format,
}

/// What changed since the start of `since`, from the ledger's git history:
/// against the last commit before that day or, when the ledger was first
/// committed later, against that first commit. `None` outside git.
fn changes_since(
    store: &Store,
    current: &Ledger,
    since: NaiveDate,
) -> Option<(LedgerDiff, Option<String>)> {
    let repo = Repo::containing(store.path()).ok()?;
    let rel = repo.relative(store.path()).ok()?;
    let (rev, caveat) = match repo.last_commit_before(since, &rel).ok()? {
        Some(rev) => (rev, None),
        None => {
            let (rev, day) = repo.first_commit(&rel).ok()??;
            (rev, Some(format!("the ledger's first commit, on {day}")))
        }
    };
    let old = parse_ledger(&repo.show(&rev, &rel).ok()?).ok()?;
    Some((ledger_diff(&old, current), caveat))
}

pub(super) fn report(store: &Store, a: ReportArgs, env: &Env) -> Outcome {
    let l = store.load()?.ledger;
    let window = env.config.review_window_days;
    // The minutes of today's review cover the time since the review before it.
    let previous = l
        .reviews
        .iter()
        .map(|r| r.date)
        .filter(|d| *d < env.today)
        .max();
    let (since, mut label) = if a.since == "last-review" {
        match previous {
            Some(d) => (d, "the last review".to_owned()),
            None => (
                env.today
                    .checked_sub_days(Days::new(window.into()))
                    .unwrap_or(MIN_DATE),
                format!("no earlier review: the last {window} days"),
            ),
        }
    } else {
        let d = parse_date_arg(&a.since, env.today)
            .map_err(|e| Failure::usage(format!("--since: {e}, or last-review")))?;
        (d, String::new())
    };
    let changes = changes_since(store, &l, since);
    if let Some((_, Some(caveat))) = &changes {
        label = if label.is_empty() {
            format!("changes counted from {caveat}")
        } else {
            format!("{label}; changes counted from {caveat}")
        };
    }
    let p = Period {
        since,
        today: env.today,
        window,
        changes: changes.as_ref().map(|(d, _)| d),
    };
    let out = match a.format {
        Format::Markdown => report::markdown(&l, &p, &label),
        Format::Csv => report::csv(&l, &p),
        Format::Json => report::json(&l, &p),
    };
    print!("{out}");
    Ok(())
}
