//! `followup report`: the minutes or agenda of a period, from the ledger and
//! its git history, in the language of `--lang` (else the user's own), the
//! committee's texts in that language where translated (`--original`: as
//! written); `--bilingual es,ko` sets two languages side by side.

use super::report_start::{Beside, load_with_start, read_at_start};
use super::report_start_scan::load_in_halves_with_start;
use super::{Env, Failure, Printed};
use crate::base::aside::drop_aside;
use crate::base::date_input::parse_date_input;
use crate::base::dates::MIN_DATE;
use crate::git::review::review_commit;
use crate::git::{FileHistory, Repo};
use crate::i18n::{Catalog, Lang, catalog};
use crate::ledger::{
    Audience, Ledger, LedgerDiff, Reading, StartCache, Store, diff as ledger_diff, open_items,
    parse_ledger, read_earlier,
};
use crate::report::{self, OpenCount, Period, PeriodChanges, Reader, Start};
use crate::tr;
use chrono::{Days, NaiveDate};
use std::collections::HashMap;
use std::io::{BufWriter, Write};

/// Report formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Markdown,
    Csv,
    Json,
    /// One self-contained HTML file (inline CSS and SVG charts, printable).
    Html,
}

/// Arguments of `followup report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Start of the period: a date (2026-11-16, -1w, …) or `last-review` (the default:
    /// the latest review before today).
    #[arg(long, default_value = "last-review", allow_hyphen_values = true)]
    since: String,
    /// Markdown and HTML minutes in the language of --lang (default: yours); CSV with
    /// translated headers over the file's values; JSON never translated.
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    pub(super) format: Format,
    /// Bilingual minutes (html or markdown): two languages side by side, item by item (`es,ko`).
    #[arg(long, value_name = "LANGS")]
    bilingual: Option<String>,
    /// The minutes of the review of that date, exactly as they were: from
    /// the commit that recorded it.
    #[arg(
        long,
        value_name = "DATE",
        allow_hyphen_values = true,
        conflicts_with = "all"
    )]
    review: Option<String>,
    /// One report of every committee of the portfolio, a section each.
    #[arg(long, conflicts_with = "bilingual")]
    pub(super) all: bool,
    /// A handover brief instead of the minutes (Markdown, HTML or JSON).
    #[arg(long, conflicts_with_all = ["bilingual", "review", "since"])]
    pub(super) brief: bool,
}

/// The ledger as the review of `date` recorded it in git, and that day.
fn at_review(store: &Store, date: NaiveDate, env: &Env) -> Result<(Ledger, NaiveDate), Failure> {
    let cat = env.cat();
    let repo = Repo::containing(store.path())
        .map_err(|_| Failure::usage(tr!(cat, "report-review-not-in-git")))?;
    let rel = repo
        .relative(store.path())
        .map_err(|e| Failure::usage(cat.git_error(&e)))?;
    let none = || Failure::usage(tr!(cat, "report-review-none", date = date.to_string()));
    let commit = review_commit(&repo, &rel, date)
        .map_err(|e| Failure::system(cat.git_error(&e)))?
        .ok_or_else(none)?;
    let bytes = repo
        .show(&commit, &rel)
        .map_err(|e| Failure::system(cat.git_error(&e)))?;
    let l = parse_ledger(&bytes)
        .map_err(|e| Failure::usage(format!("{commit}:{rel}:{}", cat.parse_error(&e))))?;
    if !l.reviews.iter().any(|r| r.date == date) {
        return Err(none());
    }
    Ok((l, date))
}

/// The two languages of `--bilingual`, in their order, or why not, in `cat`'s language.
fn bilingual_languages(cat: &Catalog, given: &str) -> Result<[Lang; 2], Failure> {
    let mut langs = Vec::new();
    for code in given.split(',').map(str::trim) {
        let lang = code
            .parse::<Lang>()
            .map_err(|_| Failure::usage(tr!(cat, "report-bilingual-unknown", lang = code)))?;
        if langs.contains(&lang) {
            return Err(Failure::usage(tr!(
                cat,
                "report-bilingual-twice",
                language = cat.language_name(lang)
            )));
        }
        langs.push(lang);
    }
    <[Lang; 2]>::try_from(langs)
        .map_err(|l| Failure::usage(tr!(cat, "report-bilingual-two", n = l.len())))
}

/// Who reads the minutes.
pub(super) enum Readers {
    /// The user, in the command's language (or the originals).
    One(Reader<'static>),
    /// A reader per column of bilingual minutes.
    Two([Reader<'static>; 2]),
}

/// The minutes' readers: the user, or one per column of bilingual minutes
/// (each reading its own language, marked as the committee's languages say).
pub(super) fn readers(a: &ReportArgs, env: &Env, l: &Ledger) -> Result<Readers, Failure> {
    let cat = env.cat();
    let Some(given) = &a.bilingual else {
        return Ok(Readers::One(Reader::new(cat, env.audience(l))));
    };
    let format = match a.format {
        Format::Html | Format::Markdown => None,
        Format::Csv => Some("csv"),
        Format::Json => Some("json"),
    };
    if let Some(format) = format {
        return Err(Failure::usage(tr!(
            cat,
            "report-bilingual-format",
            format = format
        )));
    }
    if env.reading == Reading::Originals {
        return Err(Failure::usage(tr!(cat, "report-bilingual-original")));
    }
    let langs = bilingual_languages(cat, given)?;
    Ok(Readers::Two(langs.map(|lang| {
        let audience = Audience::new(lang, Reading::Translated, &l.committee.languages);
        Reader::new(catalog(lang), audience)
    })))
}

/// The ledger a report is of: its store, the ledger as read, and what was
/// read beside it (the ledger at the period's start, `report_start.rs`).
#[derive(Clone, Copy)]
pub(super) struct ReportOf<'a> {
    pub store: &'a Store,
    pub ledger: &'a Ledger,
    pub beside: Option<&'a Beside>,
}

impl<'a> ReportOf<'a> {
    /// The ledger of `store`, as read, without its items' hashes.
    pub fn new(store: &'a Store, ledger: &'a Ledger) -> Self {
        ReportOf {
            store,
            ledger,
            beside: None,
        }
    }
}

/// What changed since the start of `since`, from the ledger's git history:
/// against the last commit before that day or, when the ledger was first
/// committed later, against that first commit (and its day). `None` outside git.
fn changes_since(of: ReportOf, since: NaiveDate) -> Option<(LedgerDiff, Option<NaiveDate>)> {
    match of.beside {
        Some(Beside::NoHistory) => return None,
        Some(Beside::Start(start)) if start.since == since => {
            return Some((start.diff.take()?, start.first));
        }
        _ => {}
    }
    let history = FileHistory::of(of.store.path())?;
    // Read as git writes it; a text that does not read so is read whole,
    // to say what it always said.
    let at = read_at_start(&history, history.batch().ok()?, since, |old, size| {
        read_earlier(old, size, None)
    })
    .ok()??;
    let diff = match at.earlier {
        Some(earlier) => earlier.diff(of.ledger)?,
        None => ledger_diff(
            &parse_ledger(&history.show(&at.rev).ok()??).ok()?,
            of.ledger,
        ),
    };
    Some((diff, at.first))
}

/// The most points of the open items' course.
const MAX_POINTS: u64 = 104;
/// A period this short (in days) is drawn day by day.
const SHORT_PERIOD_DAYS: i64 = 21;

/// The open items at `since`, at the end of each week after it, and today,
/// from the ledger's git history: the ledger as of the last commit on or
/// before each day (today: the working file). `None` outside git.
fn open_by_week(
    store: &Store,
    current: &Ledger,
    since: NaiveDate,
    today: NaiveDate,
) -> Option<Vec<OpenCount>> {
    let history = FileHistory::of(store.path())?;
    let commits = history.commits_between(since, today).ok()?;
    let start = history.last_commit_before(since).ok()?;
    if commits.is_empty() && start.is_none() {
        return None;
    }
    let open = |l: &Ledger| l.items.iter().filter(|i| !i.status.is_closed()).count();
    // A point a day over a short period (three weeks at most), else a point
    // a week; over a long period, a point every few weeks (at most MAX_POINTS).
    let span = (today - since).num_days();
    let weeks = u64::try_from(span / 7).unwrap_or(0);
    let step = if span <= SHORT_PERIOD_DAYS {
        Days::new(1)
    } else {
        Days::new(7 * weeks.div_ceil(MAX_POINTS).max(1))
    };
    let mut days: Vec<NaiveDate> = std::iter::successors(Some(since), |d| {
        d.checked_add_days(step).filter(|n| *n < today)
    })
    .collect();
    if days.last() != Some(&today) {
        days.push(today);
    }
    // Each commit's count, or `None` where its ledger does not read (a
    // file broken in one commit and mended in the next): its days have no point.
    let mut counted: HashMap<String, Option<usize>> = HashMap::new();
    let mut points = Vec::with_capacity(days.len());
    for day in days {
        let rev = commits
            .iter()
            .rev()
            .find(|(_, d)| *d <= day)
            .map(|(h, _)| h)
            .or(start.as_ref());
        let n = match rev {
            _ if day == today => open(current),
            None => continue,
            Some(rev) => {
                let count = || open_items(&history.show(rev).ok()??);
                match *counted.entry(rev.clone()).or_insert_with(count) {
                    Some(n) => n,
                    None => continue,
                }
            }
        };
        points.push(OpenCount { day, open: n });
    }
    Some(points)
}

pub(super) fn report(store: &Store, a: ReportArgs, env: &Env) -> Printed {
    // A past review's minutes: the ledger its commit holds, on its day.
    let (l, today, beside) = match a.review.as_deref() {
        Some(typed) => {
            // Typed as any date (`2026-12-02`, `-1w`, `miércoles`), from today.
            let today = env.today(&store.read_ledger()?);
            let date = parse_date_input(typed, today, env.lang)
                .map_err(|e| Failure::usage(format!("--review: {}", env.cat().date_error(&e))))?;
            let (l, day) = at_review(store, date, env)?;
            (l, day, None)
        }
        None => {
            // The period depends on the ledger's reviews and zone only,
            // which the ledger without its items holds.
            let since_of = |l: &Ledger| Some(period_start(&a, l, env.today(l), env).ok()?.0);
            let cache = StartCache::in_cache(crate::config::cache_dir());
            let (ledger, start) = match load_in_halves_with_start(store, &since_of, cache) {
                Some(read) => read,
                None => load_with_start(store, &since_of)?,
            };
            let today = env.today(&ledger);
            (ledger, today, Some(start))
        }
    };
    let readers = readers(&a, env, &l)?;
    let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let of = ReportOf {
        store,
        ledger: &l,
        beside: beside.as_ref(),
    };
    let written = write_report(of, today, &a, readers, env, &mut out)?;
    let finished = finish(env.cat(), written.and_then(|()| out.flush()));
    drop_aside((l, beside));
    finished
}

/// The period `a` asks for, as of `today`: from the review before today
/// (else the review window), or from the date given.
fn period_start(
    a: &ReportArgs,
    l: &Ledger,
    today: NaiveDate,
    env: &Env,
) -> Result<(NaiveDate, Start), Failure> {
    let window = env.config.review_window_days;
    // The minutes of today's review cover the time since the review before it.
    let previous = l
        .reviews
        .iter()
        .map(|r| r.date)
        .filter(|d| *d < today)
        .max();
    if a.since != "last-review" {
        let d = parse_date_input(&a.since, today, env.lang).map_err(|e| {
            let cat = env.cat();
            Failure::usage(crate::tr!(cat, "cli-bad-since", error = cat.date_error(&e)))
        })?;
        return Ok((d, Start::Given));
    }
    Ok(match previous {
        Some(d) => (d, Start::LastReview),
        None => (
            today
                .checked_sub_days(Days::new(window.into()))
                .unwrap_or(MIN_DATE),
            Start::Window,
        ),
    })
}

/// What a report of a ledger covers, owned apart from the ledger so that
/// several committees' can be at hand at once: the period and its git
/// history (what changed; the open items week by week, for HTML).
pub(super) struct Covered {
    since: NaiveDate,
    today: NaiveDate,
    window: u32,
    start: Start,
    changes: Option<(LedgerDiff, Option<NaiveDate>)>,
    weekly: Option<Vec<OpenCount>>,
}

impl Covered {
    /// The period, as the renderers take it.
    pub(super) fn period(&self) -> Period<'_> {
        Period {
            since: self.since,
            today: self.today,
            window: self.window,
            start: self.start,
            history: self.changes.as_ref().map(|(diff, first)| PeriodChanges {
                diff,
                first_commit: *first,
            }),
            weekly: self.weekly.clone(),
        }
    }
}

/// What the report `a` of `of` (as of `today`)
/// covers; the open items' weekly course only when `weekly` (the HTML
/// minutes' chart: it reads a ledger per week from git).
pub(super) fn covered(
    of: ReportOf,
    today: NaiveDate,
    a: &ReportArgs,
    env: &Env,
    weekly: bool,
) -> Result<Covered, Failure> {
    let (since, start) = period_start(a, of.ledger, today, env)?;
    Ok(Covered {
        since,
        today,
        window: env.config.review_window_days,
        start,
        changes: changes_since(of, since),
        weekly: weekly
            .then(|| open_by_week(of.store, of.ledger, since, today))
            .flatten(),
    })
}

/// Writes the report of `of` (as of `today`) that `a`
/// asks for, for `readers`, to `out`.
pub(super) fn write_report(
    of: ReportOf,
    today: NaiveDate,
    a: &ReportArgs,
    readers: Readers,
    env: &Env,
    out: &mut impl Write,
) -> Result<std::io::Result<()>, Failure> {
    let weekly = matches!((a.format, &readers), (Format::Html, Readers::One(_)));
    let covered = covered(of, today, a, env, weekly)?;
    let l = of.ledger;
    let p = covered.period();
    Ok(match (a.format, readers) {
        (Format::Markdown, Readers::Two(rs)) => report::bilingual_markdown(l, &p, rs, out),
        (Format::Html, Readers::Two(rs)) => report::bilingual_html(l, &p, rs, out),
        (Format::Markdown, Readers::One(r)) => report::markdown(l, &p, &r, out),
        (Format::Html, Readers::One(r)) => report::html(l, &p, &r, out),
        // Bilingual CSV and JSON were refused above.
        (Format::Csv, Readers::One(r) | Readers::Two([r, _])) => report::csv(l, &p, &r, out),
        (Format::Json, _) => report::json(l, &p, out),
    })
}

/// The end of a report: a failure to write said, a reader that stopped
/// early (`| head`) let be.
pub(super) fn finish(cat: &Catalog, written: std::io::Result<()>) -> Printed {
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure::system(crate::tr!(
            cat,
            "report-write-failed",
            error = e.to_string()
        ))),
        _ => Ok(()),
    }
}
