//! The minutes of generated ledgers of 1,000, 10,000 and 100,000 items, as
//! Markdown and JSON, written to a sink, beside loading the same ledger (the
//! reference: a report should cost about what loading costs). With git
//! history, every tenth item changed status since the start of the period.
//! And what a report inside git reads of that start, at 10,000 and 100,000
//! items: the start ledger read whole and compared, against the start read
//! as a stream with its unchanged items left out (`read_earlier`, the
//! current file's items hashed first, as `report` does beside its load).

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use followup::i18n::{Lang, catalog};
use followup::ledger::{
    Audience, Reading, Status, canonical_json, diff, hash_items, parse_ledger, read_earlier,
};
use followup::report::{self, Period, PeriodChanges, Reader, Start};
use followup::synthetic;
use std::time::Duration;

fn minutes(c: &mut Criterion) {
    let mut g = c.benchmark_group("report");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    let today = synthetic::demo_today();
    let cat = catalog(Lang::Es);
    for n in [1_000usize, 10_000, 100_000] {
        let l = synthetic::ledger(n, today);
        let reader = Reader::new(
            cat,
            Audience::new(Lang::Es, Reading::Translated, &l.committee.languages),
        );
        let text = canonical_json(&l);
        let mut old = l.clone();
        for i in old.items.iter_mut().step_by(10) {
            i.status = if i.status == Status::Open {
                Status::Blocked
            } else {
                Status::Open
            };
        }
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

fn start(c: &mut Criterion) {
    let mut g = c.benchmark_group("report start");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    let today = synthetic::demo_today();
    for n in [10_000usize, 100_000] {
        let now = synthetic::ledger(n, today);
        let mut old = now.clone();
        for i in old.items.iter_mut().step_by(10) {
            i.status = if i.status == Status::Open {
                Status::Blocked
            } else {
                Status::Open
            };
        }
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

criterion_group!(benches, minutes, start);
criterion_main!(benches);
