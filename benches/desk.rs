//! A desk of several committees at scale (`followup --all`): a portfolio
//! of 50 ledgers of 200 items (10,000 items) opened to its first frame,
//! against one ledger of 10,000 items opened the way `followup FILE` opens
//! it. Both read and parse their files, build their state, tie each file
//! to its watcher and look for kept edits, and draw at 120×40.

use criterion::{Criterion, criterion_group, criterion_main};
use followup::app::{Action, update};
use followup::base::clock::Clock;
use followup::cli::Env;
use followup::config::{Config, PortfolioEntry};
use followup::dashboard::{Disk, deliver_desk, open, open_desk, options, recovery_notice};
use followup::i18n::Lang;
use followup::ledger::{Reading, Store, canonical_json};
use followup::synthetic;
use ratatui::{Terminal, backend::TestBackend};
use std::path::PathBuf;
use std::time::Duration;

/// `n` ledgers of `each` synthetic items, each in a folder of its own.
fn ledgers(dir: &std::path::Path, n: usize, each: usize) -> Vec<PathBuf> {
    let text = canonical_json(&synthetic::ledger(each, synthetic::demo_today()));
    (0..n)
        .map(|k| {
            let folder = dir.join(format!("committee-{k:02}"));
            std::fs::create_dir_all(&folder).unwrap();
            let path = folder.join("ledger.json");
            std::fs::write(&path, &text).unwrap();
            path
        })
        .collect()
}

/// The user's settings, with `[[portfolio]]` naming `paths`.
fn env(paths: &[PathBuf]) -> Env {
    let portfolio = paths
        .iter()
        .map(|p| PortfolioEntry {
            path: Some(p.clone()),
            folder: None,
            name: None,
        })
        .collect();
    Env {
        config: Config {
            portfolio,
            ..Config::default()
        },
        clock: Clock::Day(synthetic::demo_today()),
        lang: Lang::En,
        reading: Reading::Translated,
        state: followup::config::state_dir(),
    }
}

fn desk(c: &mut Criterion) {
    let mut g = c.benchmark_group("desk");
    g.sample_size(20).measurement_time(Duration::from_secs(8));
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let tmp = tempfile::tempdir().unwrap();

    let one = ledgers(&tmp.path().join("one"), 1, 10_000);
    let env_one = env(&one);
    let look = followup::dashboard::Look::of(&env_one).unwrap();
    // What is left when the dashboard closes is freed outside the measure
    // (`iter_with_large_drop`), for both.
    g.bench_function("one ledger of 10,000 items: launch to first frame", |b| {
        b.iter_with_large_drop(|| {
            let store = Store::new(&one[0]);
            let mut app = open(&store, options(&env_one, &look)).unwrap();
            let _ = recovery_notice(store.path(), followup::config::state_dir().as_deref());
            let disk = Disk::new(store);
            update(&mut app, Action::Resize(120, 40));
            term.draw(|f| followup::ui::render(&app, f)).unwrap();
            (app, disk)
        })
    });

    let fifty = ledgers(&tmp.path().join("fifty"), 50, 200);
    let env_fifty = env(&fifty);
    let members = followup::portfolio::members(&env_fifty.config.portfolio).unwrap();
    g.bench_function(
        "portfolio of 50 ledgers × 200 items: launch to first frame",
        |b| {
            b.iter_with_large_drop(|| {
                let (mut desk, mut rooms, _) = open_desk(&members, &env_fifty, &look, None);
                let screen = &mut followup::dashboard::NoScreen;
                deliver_desk(&mut desk, Action::Resize(120, 40), &mut rooms, screen).unwrap();
                assert_eq!(desk.portfolio.doc.ledger().items.len(), 10_000);
                term.draw(|f| followup::ui::render_desk(&desk, f)).unwrap();
                (desk, rooms)
            })
        },
    );
    g.finish();
}

criterion_group!(benches, desk);
criterion_main!(benches);
