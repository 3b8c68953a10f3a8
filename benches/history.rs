//! `followup log` for one item on a 5,000-commit history of a 1,000-item
//! ledger, against git's own `git log -p -- ledger.json` on the same
//! repository (the floor), measured in the same run: first with nothing kept
//! (`cold`), then again right after (`cached`: what the first kept in the git
//! directory). The repository is built once with `git fast-import` and kept
//! in `target/bench-history/`. The ratios are printed at the end.

use criterion::{Criterion, criterion_group, criterion_main};
use followup::git::item_log::item_log;
use followup::ledger::{Note, Status, canonical_json};
use followup::synthetic;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const COMMITS: usize = 5_000;
const ITEMS: usize = 1_000;
/// Built by this version of the setup (a change rebuilds the repository).
const BUILT: &str = "built-v1";

fn repo_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target
        .join("bench-history")
        .join(format!("repo-{COMMITS}x{ITEMS}"))
}

fn git(dir: &Path) -> Command {
    let mut c = Command::new("git");
    c.current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null");
    c
}

/// The repository: COMMITS commits, each changing one item of the ledger
/// (a status, a deadline or a note), the item looked at (`id`) about one
/// commit in fifty.
fn build(dir: &Path) -> String {
    let today = synthetic::demo_today();
    let mut l = synthetic::ledger(ITEMS, today);
    let id = l.items[0].id.clone();
    if dir.join(".git").join(BUILT).exists() {
        return id;
    }
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    assert!(
        git(dir)
            .args(["init", "-q", "-b", "main"])
            .status()
            .unwrap()
            .success()
    );
    let mut child = git(dir)
        .args(["fast-import", "--quiet"])
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    let mut w = std::io::BufWriter::new(child.stdin.take().unwrap());
    let mut seed: u64 = 0x2026_1202;
    let statuses = [
        Status::Open,
        Status::InProgress,
        Status::Blocked,
        Status::Done,
    ];
    for k in 0..COMMITS {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let n = if k % 50 == 0 {
            0
        } else {
            (seed >> 33) as usize % ITEMS
        };
        let day = today + chrono::Days::new((k / 10) as u64);
        let item = &mut l.items[n];
        match k % 3 {
            0 => item.status = statuses[(seed >> 20) as usize % statuses.len()],
            1 => item.due = Some(day),
            _ => item
                .notes
                .push(Note::new(day, "SMBA", format!("Update {k}."))),
        }
        let text = canonical_json(&l);
        let msg = format!(
            "commit {k}\n\nFollowup-Party: {}\n",
            ["SMBA", "INADEM"][k % 2]
        );
        let when = 1_780_000_000 + k as u64 * 3600;
        write!(
            w,
            "commit refs/heads/main\ncommitter Bench <b@example.org> {when} +0000\ndata {}\n{msg}\nM 100644 inline ledger.json\ndata {}\n{text}\n",
            msg.len(),
            text.len()
        )
        .unwrap();
    }
    drop(w);
    assert!(child.wait().unwrap().success());
    assert!(
        git(dir)
            .args(["checkout", "-q", "main"])
            .status()
            .unwrap()
            .success()
    );
    std::fs::write(dir.join(".git").join(BUILT), "").unwrap();
    id
}

fn floor(dir: &Path) {
    let ok = git(dir)
        .args(["log", "-p", "--", "ledger.json"])
        .stdout(Stdio::null())
        .status()
        .unwrap()
        .success();
    assert!(ok);
}

fn forget(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir.join(".git/followup"));
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time(n: usize, mut f: impl FnMut()) -> Duration {
    median(
        (0..n)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect(),
    )
}

fn history(c: &mut Criterion) {
    let dir = repo_dir();
    let t = Instant::now();
    let id = build(&dir);
    eprintln!(
        "history: repository ready in {:.1?} ({})",
        t.elapsed(),
        dir.display()
    );
    let ledger = dir.join("ledger.json");
    let changes = item_log(&ledger, &id).unwrap().len();
    eprintln!("history: {id} changed in {changes} of {COMMITS} commits");
    let mut g = c.benchmark_group("history");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function("git log -p -- ledger.json (floor)", |b| {
        b.iter(|| floor(&dir))
    });
    g.bench_function("followup log, cold", |b| {
        b.iter(|| {
            forget(&dir);
            item_log(&ledger, &id).unwrap()
        })
    });
    g.bench_function("followup log, cached", |b| {
        b.iter(|| item_log(&ledger, &id).unwrap())
    });
    g.finish();

    // The ratios, from medians of the same run.
    let git_floor = time(3, || floor(&dir));
    let cold = time(3, || {
        forget(&dir);
        item_log(&ledger, &id).unwrap();
    });
    let cached = time(5, || {
        item_log(&ledger, &id).unwrap();
    });
    eprintln!(
        "history: git log -p {git_floor:.2?}; followup log cold {cold:.2?} ({:.2}x git), cached {cached:.2?} ({:.3}x git)",
        cold.as_secs_f64() / git_floor.as_secs_f64(),
        cached.as_secs_f64() / git_floor.as_secs_f64()
    );
}

criterion_group!(benches, history);
criterion_main!(benches);
