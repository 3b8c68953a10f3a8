//! Load (parse + validate), check (a large file read in halves, and whether
//! it is canonical), the read of commands that do not save (`list`: the two
//! halves of a large file at once), the items as `list --json` writes them,
//! git's textconv (read, one line per item written), save (canonical
//! JSON and an atomic write) and a command's edit (load, one change, save)
//! of generated ledgers of 1,000, 10,000 and 100,000 items;
//! the same per megabyte for 10,000 items with and without every title and
//! note translated into two languages; the three-way merge of 10,000 and
//! 30,000 items.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use followup::ledger::{
    Form, Ledger, Status, Store, canonical_json, merge, parse_ledger, validate,
};
use followup::synthetic;
use std::time::Duration;

fn ledger_io(c: &mut Criterion) {
    let mut g = c.benchmark_group("ledger");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    let dir = tempfile::tempdir().unwrap();
    for n in [1_000usize, 10_000, 100_000] {
        let l = synthetic::ledger(n, synthetic::demo_today());
        let text = canonical_json(&l);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("load+validate", n), &text, |b, t| {
            b.iter(|| parse_ledger(t.as_bytes()).unwrap())
        });
        g.bench_with_input(BenchmarkId::new("canonical_json", n), &l, |b, l| {
            b.iter(|| canonical_json(l))
        });
        let path = dir.path().join(format!("l{n}.json"));
        std::fs::write(&path, &text).unwrap();
        let store = Store::new(&path);
        g.bench_function(
            BenchmarkId::new("check (read in halves, its form told)", n),
            |b| b.iter(|| assert_eq!(store.read_with_form().unwrap().1, Form::Canonical)),
        );
        g.bench_function(
            BenchmarkId::new("read, not to save (list: two threads)", n),
            |b| b.iter(|| store.read_ledger().unwrap()),
        );
        g.bench_with_input(
            BenchmarkId::new("list --json (items written)", n),
            &l,
            |b, l| {
                b.iter(|| followup::ledger::write_items_json(std::io::sink(), &l.items).unwrap())
            },
        );
        // git's textconv (`followup textconv`, twice per `git diff`).
        g.bench_function(
            BenchmarkId::new("textconv (read in halves, written)", n),
            |b| {
                b.iter(|| {
                    let l = store.read_ledger().unwrap();
                    followup::ledger::write_textconv(&l, &mut std::io::sink()).unwrap()
                })
            },
        );
        let lock = store.lock("bench", Duration::ZERO).unwrap();
        let mut l = l;
        let mut fp = store.load().unwrap().fingerprint;
        let mut flip = false;
        g.bench_function(BenchmarkId::new("save (atomic, fsync)", n), |b| {
            b.iter(|| {
                flip = !flip;
                l.items[0].title = if flip { "a".into() } else { "b".into() };
                fp = store.save(&lock, &l, Some(fp)).unwrap();
            })
        });
        // A command's edit (`followup set`): the ledger loaded with its
        // fingerprint, one field changed, validated, saved.
        g.bench_function(BenchmarkId::new("edit (load, one change, save)", n), |b| {
            b.iter(|| {
                let mut loaded = store.load().unwrap();
                let item = &mut loaded.ledger.items[n / 2];
                item.status = match item.status {
                    Status::Blocked => Status::Open,
                    _ => Status::Blocked,
                };
                validate(&loaded.ledger).unwrap();
                store
                    .save(&lock, &loaded.ledger, Some(loaded.fingerprint))
                    .unwrap();
            })
        });
    }
    g.finish();
}

/// Open and save of 10,000 items with every title and note translated into
/// Spanish and Korean against the same items untranslated, per megabyte of
/// file (criterion's throughput): translations should cost what their text
/// costs, no more (within 1.2× the time per megabyte).
fn translations_io(c: &mut Criterion) {
    let mut g = c.benchmark_group("translations");
    g.sample_size(20).measurement_time(Duration::from_secs(4));
    let n = 10_000;
    let today = synthetic::demo_today();
    for (name, l) in [
        ("untranslated", synthetic::ledger(n, today)),
        ("translated", synthetic::translated_ledger(n, today)),
    ] {
        let text = canonical_json(&l);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("open (parse + validate)", name),
            &text,
            |b, t| b.iter(|| parse_ledger(t.as_bytes()).unwrap()),
        );
        g.bench_with_input(
            BenchmarkId::new("save (canonical JSON)", name),
            &l,
            |b, l| b.iter(|| canonical_json(l)),
        );
    }
    g.finish();
}

/// Both sides added the same ids with different content and no common base
/// (every item of ours is renumbered); and each side edited a different
/// tenth of the items of a common base.
fn ledger_merge(c: &mut Criterion) {
    let mut g = c.benchmark_group("merge");
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    for n in [10_000usize, 30_000] {
        let theirs = synthetic::ledger(n, synthetic::demo_today());
        let mut ours = theirs.clone();
        for it in &mut ours.items {
            it.title.push_str(" (Mexico City's version)");
        }
        let empty = Ledger::default();
        let label = format!("{}k both-added", n / 1000);
        g.bench_function(label, |b| {
            b.iter(|| {
                let m = merge(&empty, &ours, &theirs);
                assert_eq!(m.ledger.items.len(), 2 * n);
                m
            })
        });
        let base = theirs;
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        for (k, it) in ours.items.iter_mut().enumerate().step_by(20) {
            it.status = if it.status == Status::Done {
                Status::Open
            } else {
                Status::Done
            };
            theirs.items[k + 10].owners.push("KOTRA".into());
        }
        let label = format!("{}k disjoint edits", n / 1000);
        g.bench_function(label, |b| {
            b.iter(|| {
                let m = merge(&base, &ours, &theirs);
                assert_eq!(m.conflicts, 0);
                m
            })
        });
    }
    g.finish();
}

criterion_group!(benches, ledger_io, translations_io, ledger_merge);
criterion_main!(benches);
