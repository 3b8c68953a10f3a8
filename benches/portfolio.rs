//! `followup list --all` over a portfolio of 50 ledgers of 200 items each
//! (10,000 items), beside `followup list` of one ledger of 10,000 items (the
//! reference: the goal is at most 1.5× its time). The real binary runs, its
//! table piped to nowhere, as a desk officer's script would run it.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use followup::ledger::canonical_json;
use followup::synthetic;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

/// How many committees, and how many items each.
const COMMITTEES: usize = 50;
const ITEMS: usize = 200;

/// `followup ARGS` with `config` as its config file, in `dir`, its output dropped.
fn followup(dir: &Path, config: &Path, args: &[&str]) {
    let ok = Command::new(env!("CARGO_BIN_EXE_followup"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("HOME", dir)
        .env("FOLLOWUP_CONFIG", config)
        .env("FOLLOWUP_TODAY", synthetic::demo_today().to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("followup runs")
        .success();
    assert!(ok, "followup {args:?} failed");
}

fn portfolio(c: &mut Criterion) {
    let mut g = c.benchmark_group("portfolio");
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    let dir = tempfile::tempdir().unwrap();
    let today = synthetic::demo_today();
    let one = dir.path().join("one.json");
    std::fs::write(
        &one,
        canonical_json(&synthetic::ledger(COMMITTEES * ITEMS, today)),
    )
    .unwrap();
    let small = canonical_json(&synthetic::ledger(ITEMS, today));
    let mut config = String::new();
    for n in 0..COMMITTEES {
        let path = dir.path().join(format!("c{n:02}.json"));
        std::fs::write(&path, &small).unwrap();
        config.push_str(&format!(
            "[[portfolio]]\npath = {:?}\n",
            path.to_str().unwrap()
        ));
    }
    let config_path = dir.path().join("config.toml");
    std::fs::write(&config_path, config).unwrap();
    let items = (COMMITTEES * ITEMS).to_string();
    g.bench_function(
        BenchmarkId::new("list one ledger (reference)", &items),
        |b| {
            b.iter(|| {
                followup(
                    dir.path(),
                    &config_path,
                    &["-f", one.to_str().unwrap(), "list"],
                )
            })
        },
    );
    let label = format!("{COMMITTEES}x{ITEMS}");
    g.bench_function(BenchmarkId::new("list --all", &label), |b| {
        b.iter(|| followup(dir.path(), &config_path, &["list", "--all"]))
    });
    g.finish();
}

criterion_group!(benches, portfolio);
criterion_main!(benches);
