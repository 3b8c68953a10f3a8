//! The dashboard at scale: launch to first frame (10,000 items read from a
//! file, as the dashboard starts; in English, Spanish and Korean; and per
//! megabyte with and without every title and note translated); at 1,000,
//! 10,000 and 100,000 items the first frame, a move + redraw (as the
//! dashboard answers it: the frame foreseen while no key waits) and a typed
//! search character (the first and the next); and per keypress at 100,000
//! items: filter re-evaluation, a status edit, the review's agenda drawn up
//! and a step through it.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use followup::app::{Action, App, Options, foresee_move, update};
use followup::i18n::Lang;
use followup::ledger::Ledger;
use followup::ledger::{Store, canonical_json};
use followup::synthetic;
use ratatui::{Terminal, backend::TestBackend};
use std::time::Duration;

/// A ledger of `n` synthetic items in a file of its own.
fn ledger_file(n: usize) -> (tempfile::TempDir, Store) {
    let (dir, store, _) = file_of(&synthetic::ledger(n, synthetic::demo_today()));
    (dir, store)
}

/// `l` in a file of its own, and the file's size in bytes.
fn file_of(l: &Ledger) -> (tempfile::TempDir, Store, u64) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.json");
    let text = canonical_json(l);
    std::fs::write(&path, &text).unwrap();
    (dir, Store::new(path), text.len() as u64)
}

/// The dashboard as it starts on `store` (`followup::dashboard::open`), in
/// a 120×40 terminal.
fn open(store: &Store, options: Options) -> App {
    let clock = followup::base::clock::Clock::Day(synthetic::demo_today());
    let options = Options {
        clock: Some(clock),
        ..options
    };
    let mut app = followup::dashboard::open(store, options).unwrap();
    update(&mut app, Action::Resize(120, 40));
    app
}

fn dashboard(c: &mut Criterion) {
    let mut g = c.benchmark_group("dashboard");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();

    let (_dir, ten_thousand) = ledger_file(10_000);
    // In each language: the words come from the catalog, and the first
    // frame must not be slower in Spanish or Korean than in English.
    for (lang, name) in [
        (Lang::En, ""),
        (Lang::Es, ", Spanish"),
        (Lang::Ko, ", Korean"),
    ] {
        let options = Options {
            lang,
            ..Options::default()
        };
        g.bench_function(
            format!("launch to first frame, 10k items (read + parse + state + draw){name}"),
            |b| {
                b.iter(|| {
                    let app = open(&ten_thousand, options);
                    term.draw(|f| followup::ui::render(&app, f)).unwrap();
                })
            },
        );
    }

    for n in [1_000, 10_000, 100_000] {
        keys(&mut g, &mut term, n);
    }
    let (_big_dir, big_file) = ledger_file(100_000);
    let mut big = open(&big_file, Options::default());
    g.bench_function("filter: overdue only on, then off again, 100k items", |b| {
        update(&mut big, Action::FilterMenu);
        b.iter(|| {
            update(&mut big, Action::ToggleOverdue);
            update(&mut big, Action::ToggleOverdue);
        });
        update(&mut big, Action::Back);
    });
    g.bench_function("edit: cycle the selected status, 100k items", |b| {
        b.iter(|| update(&mut big, Action::CycleStatus(1)))
    });
    // The weekly meeting: the agenda drawn up (its git history asked of the
    // event loop, not here), and a step to the next item on it, each drawn.
    g.bench_function(
        "review: open the agenda and draw it, then leave, 100k items",
        |b| {
            b.iter(|| {
                update(&mut big, Action::Review);
                term.draw(|f| followup::ui::render(&big, f)).unwrap();
                update(&mut big, Action::Review);
            })
        },
    );
    update(&mut big, Action::Review);
    g.bench_function("review: step to the next item + redraw, 100k items", |b| {
        let mut on = true;
        b.iter(|| {
            on = !on;
            update(&mut big, Action::Move(if on { 1 } else { -1 }));
            term.draw(|f| followup::ui::render(&big, f)).unwrap();
        })
    });
    update(&mut big, Action::Review);
    g.finish();
}

/// At `n` items: the first frame; a move and its redraw; one typed search
/// character, the first (after the search texts were worked out ahead, as
/// the dashboard does while it waits for keys) and the next ones.
fn keys(
    g: &mut criterion::BenchmarkGroup<criterion::measurement::WallTime>,
    term: &mut Terminal<TestBackend>,
    n: usize,
) {
    let (_dir, file) = ledger_file(n);
    g.bench_function(BenchmarkId::new("first frame", n), |b| {
        b.iter(|| {
            let app = open(&file, Options::default());
            term.draw(|f| followup::ui::render(&app, f)).unwrap();
        })
    });
    let mut app = open(&file, Options::default());
    // As the dashboard moves: the move's frame foreseen and written when
    // its key comes; then, while no key waits (not timed), the frame owed
    // after it, the neighbours' parts drawn ahead and the next moves foreseen.
    let kept = followup::ui::Kept::default();
    followup::ui::draw_kept(term, &app, &kept).unwrap();
    g.bench_function(BenchmarkId::new("move selection + redraw", n), |b| {
        let mut down = true;
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            for _ in 0..iters {
                down = !down;
                let start = std::time::Instant::now();
                update(&mut app, Action::Move(if down { 1 } else { -1 }));
                let wrote = followup::ui::draw_kept(term, &app, &kept).unwrap();
                spent += start.elapsed();
                if wrote == followup::ui::Wrote::Foreseen {
                    followup::ui::draw_kept(term, &app, &kept).unwrap();
                }
                followup::ui::draw_ahead(&app, &kept);
                for n in [1, -1] {
                    foresee_move(&mut app, n, |app| followup::ui::foresee(app, &kept));
                }
            }
            spent
        })
    });
    g.bench_function(BenchmarkId::new("first search character", n), |b| {
        b.iter_batched(
            || {
                let mut app = open(&file, Options::default());
                let lang = app.options.lang;
                while app.index.prepare_search_ahead(app.doc.ledger(), lang, 256) {}
                update(&mut app, Action::SearchStart);
                app
            },
            |mut app| {
                update(&mut app, Action::Input('k'));
                term.draw(|f| followup::ui::render(&app, f)).unwrap();
                app
            },
            criterion::BatchSize::PerIteration,
        )
    });
    g.bench_function(BenchmarkId::new("search character", n), |b| {
        update(&mut app, Action::SearchStart);
        b.iter(|| {
            update(&mut app, Action::Input('k'));
            term.draw(|f| followup::ui::render(&app, f)).unwrap();
            update(&mut app, Action::Backspace);
        });
        update(&mut app, Action::Back);
    });
}

/// The first frame of 10,000 items with every title and note translated
/// into Spanish and Korean against the same items untranslated, per
/// megabyte of file (criterion's throughput), for a Spanish reader: within
/// 1.2× the time per megabyte.
fn first_frame_translated(c: &mut Criterion) {
    let mut g = c.benchmark_group("first frame per MB");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let today = synthetic::demo_today();
    let options = Options {
        lang: Lang::Es,
        ..Options::default()
    };
    for (name, l) in [
        ("untranslated", synthetic::ledger(10_000, today)),
        ("translated", synthetic::translated_ledger(10_000, today)),
    ] {
        let (_dir, store, bytes) = file_of(&l);
        g.throughput(Throughput::Bytes(bytes));
        g.bench_function(BenchmarkId::new("10k items, Spanish", name), |b| {
            b.iter(|| {
                let app = open(&store, options);
                term.draw(|f| followup::ui::render(&app, f)).unwrap();
            })
        });
    }
    g.finish();
}

criterion_group!(benches, dashboard, first_frame_translated);
criterion_main!(benches);
