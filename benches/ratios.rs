//! Every goal of the performance work as a ratio against its floor, both
//! measured in the same run as whole processes (release build, medians of
//! interleaved runs): `cargo bench --bench ratios`. Goals:
//!
//! - `check` on 100,000 items: at most 0.2× `jq empty` on the same file;
//! - `list --json` on 10,000 items: at most 0.10× Taskwarrior 2.6's
//!   `task export` of the same items (skipped without `task`);
//! - a report inside git (10% of the items changed since the period's
//!   start): within 1.5× `check`; shown also for the period's first report,
//!   which reads the start from git rather than from the copy it keeps;
//! - peak memory of `check`, `list`, `list --json` and `report`: at most 2×
//!   the file's size above the empty-ledger floor (the floor itself shown);
//! - the dashboard in a terminal (a private tmux server): the first frame
//!   on 100,000 items less the first frame on 20 within 1.5× `check`; a
//!   keystroke moving the selection within 1.5× `less` moving a line of a
//!   100,000-line file; a typed search character within 2× a move, the
//!   first search no slower than the next (within 1.1×: the two are some
//!   0.1 ms apart, a scheduling delay's size).
//!
//! Needs `/usr/bin/time` (GNU time); `jq`, Taskwarrior (`task`), tmux and
//! `less` for their comparisons (each skipped, said so, when missing).
//! `FOLLOWUP_RATIOS_RUNS` sets the runs per figure (default 5);
//! `FOLLOWUP_RATIOS_ONLY` names the parts to run (`commands`, `memory`,
//! `reports`, `taskwarrior`, `dashboard`, comma-separated; the reports and
//! the dashboard need the commands' figures, which always run). The files
//! are made outside any git repository, in `followup-ratios` in the temp
//! folder (Taskwarrior's copy of the items is kept there between runs).

#[allow(dead_code)]
#[path = "../tests/common/tmux.rs"]
mod tmux;

use followup::ledger::{Ledger, Status, canonical_json};
use followup::synthetic;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What one whole process took.
#[derive(Clone, Copy)]
struct Run {
    wall: Duration,
    /// Peak resident memory, KiB.
    peak: u64,
}

/// The medians of several runs.
#[derive(Clone, Copy)]
struct Figure {
    wall: Duration,
    peak: u64,
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // `cargo bench -- --list` and test harness probes
    }
    let runs: usize = std::env::var("FOLLOWUP_RATIOS_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let dir = std::env::temp_dir().join("followup-ratios");
    std::fs::create_dir_all(&dir).unwrap();
    let home = dir.join("home");
    std::fs::create_dir_all(&home).unwrap();
    let bench = Bench {
        bin: PathBuf::from(env!("CARGO_BIN_EXE_followup")),
        home,
        runs,
    };
    let files: Vec<(usize, PathBuf)> = [20, 10_000, 100_000]
        .into_iter()
        .map(|n| (n, write_ledger(&dir, n)))
        .collect();
    println!("followup ratios ({runs} runs per figure, medians)\n");
    let only = std::env::var("FOLLOWUP_RATIOS_ONLY").unwrap_or_default();
    let part = |name: &str| only.is_empty() || only.split(',').any(|p| p.trim() == name);
    let check = commands(&bench, &files);
    if part("memory") {
        memory(&bench, &files);
    }
    if part("reports") {
        reports(&bench, &dir, &files[0].1, &check);
    }
    if part("taskwarrior") {
        taskwarrior(&bench, &dir, &files[1].1);
    }
    if part("dashboard") {
        dashboard(&bench, &dir, &files, &check);
    }
}

struct Bench {
    bin: PathBuf,
    home: PathBuf,
    runs: usize,
}

impl Bench {
    /// `followup ARGS` with a fixed day, a home of its own and nothing else.
    fn followup(&self, args: &[&str]) -> Command {
        let mut c = Command::new(&self.bin);
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", &self.home)
            .env("LANG", "C.UTF-8")
            .env("FOLLOWUP_TODAY", "2026-11-23")
            .args(args);
        c
    }

    /// The medians of `self.runs` runs of each command, interleaved.
    fn figures(&self, make: &[&dyn Fn() -> Command]) -> Vec<Figure> {
        let mut runs: Vec<Vec<Run>> = vec![Vec::new(); make.len()];
        for _ in 0..self.runs {
            for (k, m) in make.iter().enumerate() {
                runs[k].push(run(&mut m()));
            }
        }
        runs.iter().map(|r| median(r)).collect()
    }
}

/// Runs `cmd` to its end, output discarded: its wall time and peak memory.
/// The peak is read by `/usr/bin/time`, a small process: a child spawned
/// from this large one would count this one's memory as its own.
fn run(cmd: &mut Command) -> Run {
    // In the bench's own folder, not one file per bench left in the temp folder.
    let peak_file = std::env::temp_dir().join("followup-ratios").join("peak");
    let mut timed = Command::new("/usr/bin/time");
    timed
        .args(["-f", "%M", "-o"])
        .arg(&peak_file)
        .arg(cmd.get_program());
    timed.args(cmd.get_args());
    if cmd.get_envs().any(|(k, _)| k == "HOME") {
        timed.env_clear();
    }
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => timed.env(k, v),
            None => timed.env_remove(k),
        };
    }
    let start = Instant::now();
    let status = timed
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap_or_else(|e| panic!("/usr/bin/time {cmd:?}: {e}"));
    let wall = start.elapsed();
    assert!(status.success(), "{cmd:?} failed");
    let peak = std::fs::read_to_string(&peak_file).unwrap();
    Run {
        wall,
        peak: peak.trim().parse().unwrap_or_else(|_| panic!("{peak}")),
    }
}

fn median(runs: &[Run]) -> Figure {
    let mut walls: Vec<Duration> = runs.iter().map(|r| r.wall).collect();
    let mut peaks: Vec<u64> = runs.iter().map(|r| r.peak).collect();
    walls.sort();
    peaks.sort();
    Figure {
        wall: walls[walls.len() / 2],
        peak: peaks[peaks.len() / 2],
    }
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64()
}

/// One line of the table: what, figure, floor, ratio, goal.
fn line(what: &str, figure: &str, floor: &str, ratio: f64, goal: &str) {
    let met = match goal
        .strip_prefix("≤ ")
        .and_then(|g| g.trim_end_matches('×').parse().ok())
    {
        Some(limit) if ratio <= limit => "met",
        Some(_) => "NOT MET",
        None => "",
    };
    println!("{what:<58} {figure:>12} {floor:>24} {ratio:>7.3}×  {goal:<7} {met}");
}

/// A synthetic ledger of `n` items in `dir` (its canonical text).
fn write_ledger(dir: &Path, n: usize) -> PathBuf {
    let path = dir.join(format!("ledger-{n}.json"));
    let text = canonical_json(&synthetic::ledger(n, synthetic::demo_today()));
    if std::fs::read(&path).ok().as_deref() != Some(text.as_bytes()) {
        std::fs::write(&path, text).unwrap();
    }
    path
}

fn size_of(path: &Path) -> u64 {
    std::fs::metadata(path).unwrap().len()
}

/// `check` against `jq empty`, at each size; the check figures, by size.
fn commands(bench: &Bench, files: &[(usize, PathBuf)]) -> Vec<(usize, Figure)> {
    let jq = has("jq");
    let mut checks = Vec::new();
    for (n, file) in files.iter().skip(1) {
        let f = file.to_str().unwrap();
        let check = || bench.followup(&["-f", f, "check"]);
        let jq_empty = || {
            let mut c = Command::new("jq");
            c.args(["empty", f]);
            c
        };
        if !jq {
            println!("jq is not installed: check is not compared");
            checks.push((*n, bench.figures(&[&check])[0]));
            continue;
        }
        let got = bench.figures(&[&check, &jq_empty]);
        let what = format!("check, {n} items, against jq empty");
        let floor = format!("jq {}", ms(got[1].wall));
        let goal = if *n == 100_000 { "≤ 0.2×" } else { "" };
        line(
            &what,
            &ms(got[0].wall),
            &floor,
            ratio(got[0].wall, got[1].wall),
            goal,
        );
        checks.push((*n, got[0]));
    }
    checks
}

/// Peak memory of the reading commands above the empty-ledger floor, per
/// byte of file.
fn memory(bench: &Bench, files: &[(usize, PathBuf)]) {
    let floor_of = |args: &[&str]| -> u64 {
        let f = files[0].1.to_str().unwrap();
        let mut all = vec!["-f", f];
        all.extend(args);
        bench.figures(&[&|| bench.followup(&all)])[0].peak
    };
    println!();
    let kinds: [&[&str]; 4] = [&["check"], &["list"], &["list", "--json"], &["report"]];
    for args in kinds {
        let floor = floor_of(args);
        for (n, file) in files.iter().skip(1) {
            let f = file.to_str().unwrap();
            let mut all = vec!["-f", f];
            all.extend(args);
            let peak = bench.figures(&[&|| bench.followup(&all)])[0].peak;
            let above = peak.saturating_sub(floor) as f64 * 1024.0;
            let what = format!(
                "peak memory, {}, {n} items, per byte of file",
                args.join(" ")
            );
            let figure = format!("{:.1} MB", peak as f64 / 1024.0);
            let floor_text = format!("floor {:.1} MB", floor as f64 / 1024.0);
            line(
                &what,
                &figure,
                &floor_text,
                above / size_of(file) as f64,
                "≤ 2×",
            );
        }
    }
}

/// A report inside git (the ledger committed before the period, then a
/// tenth of its items changed) against `check` on the same file.
fn reports(bench: &Bench, dir: &Path, empty: &Path, checks: &[(usize, Figure)]) {
    println!();
    let e = empty.to_str().unwrap();
    let floor = bench.figures(&[&|| bench.followup(&["-f", e, "report"])])[0].peak;
    for (n, _) in checks {
        let repo = dir.join(format!("repo-{n}"));
        let _ = std::fs::remove_dir_all(&repo);
        std::fs::create_dir_all(&repo).unwrap();
        let ledger = repo.join("ledger.json");
        let mut l = synthetic::ledger(*n, synthetic::demo_today());
        std::fs::write(&ledger, canonical_json(&l)).unwrap();
        git(&repo, &["init", "-q"]);
        git(&repo, &["add", "ledger.json"]);
        git(&repo, &["commit", "-q", "-m", "start"]);
        change_a_tenth(&mut l);
        std::fs::write(&ledger, canonical_json(&l)).unwrap();
        let f = ledger.to_str().unwrap();
        // The period's next reports read the start its first one kept;
        // the first is measured with a cache of its own each time.
        let report = || bench.followup(&["-f", f, "report"]);
        let firsts = std::cell::Cell::new(0);
        let first = || {
            firsts.set(firsts.get() + 1);
            let mut c = report();
            c.env(
                "XDG_CACHE_HOME",
                dir.join(format!("cold-cache-{}", firsts.get())),
            );
            c
        };
        let check = || bench.followup(&["-f", f, "check"]);
        let got = bench.figures(&[&report, &check, &first]);
        for k in 1..=firsts.get() {
            let _ = std::fs::remove_dir_all(dir.join(format!("cold-cache-{k}")));
        }
        let check_text = format!("check {}", ms(got[1].wall));
        for (what, figure) in [("", got[0]), (", the period's first", got[2])] {
            line(
                &format!("report inside git{what}, {n} items (10% changed), against check"),
                &ms(figure.wall),
                &check_text,
                ratio(figure.wall, got[1].wall),
                "≤ 1.5×",
            );
        }
        let mem = format!("peak memory, report inside git, {n} items, per byte of file");
        // The larger of the period's first report and the next ones.
        let peak = got[0].peak.max(got[2].peak);
        let above = peak.saturating_sub(floor) as f64 * 1024.0;
        let figure = format!("{:.1} MB", peak as f64 / 1024.0);
        let floor_text = format!("floor {:.1} MB", floor as f64 / 1024.0);
        line(
            &mem,
            &figure,
            &floor_text,
            above / size_of(&ledger) as f64,
            "≤ 2×",
        );
    }
}

/// Every tenth item's status changed.
fn change_a_tenth(l: &mut Ledger) {
    for i in l.items.iter_mut().step_by(10) {
        i.status = if i.status == Status::Open {
            Status::Blocked
        } else {
            Status::Open
        };
    }
}

/// git in `repo`, with a fixed identity and a commit date before the period.
fn git(repo: &Path, args: &[&str]) {
    let ok = Command::new("git")
        .current_dir(repo)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "bench")
        .env("GIT_AUTHOR_EMAIL", "bench@example.org")
        .env("GIT_COMMITTER_NAME", "bench")
        .env("GIT_COMMITTER_EMAIL", "bench@example.org")
        .env("GIT_AUTHOR_DATE", "2026-10-01T12:00:00Z")
        .env("GIT_COMMITTER_DATE", "2026-10-01T12:00:00Z")
        .args(args)
        .status()
        .unwrap()
        .success();
    assert!(ok, "git {args:?}");
}

fn has(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

#[path = "ratios/taskwarrior.rs"]
mod taskwarrior;
use taskwarrior::taskwarrior;

#[path = "ratios/terminal.rs"]
mod terminal;
use terminal::dashboard;
