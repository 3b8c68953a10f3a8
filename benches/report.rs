//! The minutes of generated ledgers of 1,000, 10,000 and 100,000 items, as
//! Markdown and JSON, written to a sink, beside loading the same ledger (the
//! reference: a report should cost about what loading costs). With git
//! history, every tenth item changed status since the start of the period.
//! And what a report inside git reads of that start, at 10,000 and 100,000
//! items: the start ledger read whole and compared, against the start read
//! as a stream with its unchanged items left out (`read_earlier`, the
//! current file's items hashed first, as `report` does beside its load).
//! And the dashboard's review mode reading that start from git (a real
//! repository; skipped without git): at the period's first look, kept in
//! the cache as it is read, and from the copy kept after that, against
//! git's text read whole and parsed.

use chrono::NaiveDate;
use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use followup::git::Repo;
use followup::git::status::since_review;
use followup::i18n::{Lang, catalog};
use followup::ledger::{
    Audience, Ledger, Reading, StartCache, Status, canonical_json, diff, hash_items, parse_ledger,
    read_earlier,
};
use followup::report::{self, Period, PeriodChanges, Reader, Start};
use followup::synthetic;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

fn minutes(c: &mut Criterion) {
    let mut g = c.benchmark_group("report");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    let today = synthetic::demo_today();
    let cat = catalog(Lang::Es);
    for n in [1_000usize, 10_000, 100_000] {
        let (l, old) = now_and_start(n, today);
        let reader = Reader::new(
            cat,
            Audience::new(Lang::Es, Reading::Translated, &l.committee.languages),
        );
        let text = canonical_json(&l);
        let changes = diff(&old, &l);
        let period = |history| Period {
            since: today - chrono::Days::new(7),
            today,
            window: 7,
            start: Start::LastReview,
            history,
            weekly: None,
        };
        let (plain, with_history) = (
            period(None),
            period(Some(PeriodChanges {
                diff: &changes,
                first_commit: None,
            })),
        );
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("load (reference)", n), &text, |b, t| {
            b.iter(|| parse_ledger(t.as_bytes()).unwrap())
        });
        for (name, p) in [("", &plain), (" with history", &with_history)] {
            g.bench_function(BenchmarkId::new(format!("markdown{name}"), n), |b| {
                b.iter(|| report::markdown(&l, p, &reader, &mut std::io::sink()).unwrap())
            });
            g.bench_function(BenchmarkId::new(format!("json{name}"), n), |b| {
                b.iter(|| report::json(&l, p, &mut std::io::sink()).unwrap())
            });
        }
    }
    g.finish();
}

/// A generated ledger of `n` items as of `today`, and the ledger at its
/// period's start: every tenth item's status other.
fn now_and_start(n: usize, today: NaiveDate) -> (Ledger, Ledger) {
    let now = synthetic::ledger(n, today);
    let mut old = now.clone();
    for i in old.items.iter_mut().step_by(10) {
        i.status = if i.status == Status::Open {
            Status::Blocked
        } else {
            Status::Open
        };
    }
    (now, old)
}

fn start(c: &mut Criterion) {
    let mut g = c.benchmark_group("report start");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    let today = synthetic::demo_today();
    for n in [10_000usize, 100_000] {
        let (now, old) = now_and_start(n, today);
        let (now_text, old_text) = (canonical_json(&now), canonical_json(&old));
        let size = old_text.len() as u64;
        g.throughput(Throughput::Elements(n as u64));
        g.bench_function(BenchmarkId::new("whole read and diff", n), |b| {
            b.iter(|| diff(&parse_ledger(old_text.as_bytes()).unwrap(), &now))
        });
        g.bench_function(BenchmarkId::new("unchanged items left out", n), |b| {
            b.iter(|| {
                let (_, hashes) = hash_items(now_text.as_bytes(), 0).unwrap();
                let earlier = read_earlier(old_text.as_bytes(), size, Some(&hashes)).unwrap();
                earlier.diff(&now).unwrap()
            })
        });
    }
    g.finish();
}

/// The ledger `old` committed on 2026-10-01 in a new repository in `dir`,
/// `now` written over it; `None` when git is not installed.
fn committed(dir: &Path, old: &str, now: &str) -> Option<PathBuf> {
    let ledger = dir.join("ledger.json");
    std::fs::write(&ledger, old).unwrap();
    let git = |args: &[&str]| {
        Command::new("git")
            .args([
                "-c",
                "user.name=bench",
                "-c",
                "user.email=bench@example.org",
            ])
            .args(args)
            .current_dir(dir)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_COMMITTER_DATE", "2026-10-01T12:00:00")
            .env("GIT_AUTHOR_DATE", "2026-10-01T12:00:00")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !(git(&["init", "-q"]) && git(&["add", "ledger.json"]) && git(&["commit", "-qm", "start"])) {
        println!(
            "git is not installed: the review mode's read of the period's start is not measured"
        );
        return None;
    }
    std::fs::write(&ledger, now).unwrap();
    Some(ledger)
}

fn review_start(c: &mut Criterion) {
    let mut g = c.benchmark_group("review mode since");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    let today = synthetic::demo_today();
    let review = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
    for n in [10_000usize, 100_000] {
        let (now, old) = now_and_start(n, today);
        let dir = tempfile::tempdir().unwrap();
        let Some(ledger) = committed(dir.path(), &canonical_json(&old), &canonical_json(&now))
        else {
            return;
        };
        let cache = dir.path().join("cache");
        let since = || {
            since_review(
                &ledger,
                review,
                &now,
                StartCache::in_cache(Some(cache.clone())),
            )
        };
        g.throughput(Throughput::Elements(n as u64));
        // The floor: git's text read whole and parsed, as a small ledger's is.
        g.bench_function(BenchmarkId::new("whole from git", n), |b| {
            b.iter(|| {
                let repo = Repo::containing(&ledger).unwrap();
                let rel = repo.relative(&ledger).unwrap();
                let rev = repo.last_commit_before(review, &rel).unwrap().unwrap();
                diff(
                    &parse_ledger(&repo.show(&rev, &rel).unwrap()).unwrap(),
                    &now,
                )
            })
        });
        g.bench_function(BenchmarkId::new("from git, kept", n), |b| {
            b.iter_batched(
                || std::fs::remove_dir_all(cache.join("starts")),
                |_| since().unwrap(),
                BatchSize::PerIteration,
            )
        });
        g.bench_function(BenchmarkId::new("from the copy", n), |b| {
            b.iter(|| since().unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, minutes, start, review_start);
criterion_main!(benches);
