//! A report of a large ledger reads it in halves while the ledger at the
//! period's start is scanned, from git at the period's first report (a
//! copy kept in the user's cache as it is read) and from that copy at the
//! next. Whichever way it is read, the minutes say what the sequential
//! read says (one core: `taskset`), and a copy that is damaged, linked
//! away or shared by two ledgers of one name changes nothing they say.

mod common;
use common::*;
use followup::ledger::{Ledger, StartCache, Status, canonical_json};
use followup::synthetic;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// Items enough for the ledger to be read in halves (over 512 KiB), and
/// for its text to be more than git may write ahead into its pipe (1 MiB):
/// a git stopped unread cannot have written it all and ended.
const ITEMS: usize = 2400;

/// What the minutes say changed: every tenth item's status, one title.
const CHANGED: usize = ITEMS / 10 + 1;

/// Large ledgers at `rels` in `repo`, committed together on 2026-11-05,
/// then every tenth item's status changed, one title edited and one item
/// removed in the working files; each ledger's first title ends in its
/// folder's name, so that no two are alike.
fn large_ledgers<const N: usize>(repo: &TestRepo, rels: [&str; N]) -> [PathBuf; N] {
    let ledgers = rels.map(|rel| {
        let path = repo.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let mut l = synthetic::ledger(ITEMS, synthetic::demo_today());
        l.items[0].title.push_str(&format!(" ({rel})"));
        std::fs::write(&path, canonical_json(&l)).unwrap();
        repo.git(&["add", rel]);
        (path, l)
    });
    repo.commit("2026-11-05T10:00:00", "the start");
    ledgers.map(|(path, mut l)| {
        work(&mut l);
        std::fs::write(&path, canonical_json(&l)).unwrap();
        path
    })
}

/// One large ledger, `ledger.json` ([`large_ledgers`]).
fn large_ledger(repo: &TestRepo) -> PathBuf {
    let [path] = large_ledgers(repo, ["ledger.json"]);
    path
}

/// A week's work on the ledger.
fn work(l: &mut Ledger) {
    for i in l.items.iter_mut().step_by(10) {
        i.status = match i.status {
            Status::Open => Status::Blocked,
            _ => Status::Open,
        };
    }
    l.items[7].title = "Consulting for the first five SMEs, as agreed in Seoul".into();
    l.items.remove(11);
}

/// The JSON minutes since 2026-11-10 of the ledger at `path`, on one
/// core (`taskset`) or as the machine has them.
fn minutes(sb: &Sandbox, path: &Path, one_core: bool) -> String {
    let c = if one_core {
        let mut c = Command::new("taskset");
        c.args(["-c", "0", env!("CARGO_BIN_EXE_followup")]);
        c.current_dir(sb.path("")).env_clear().envs(sb.env());
        c
    } else {
        sb.cmd()
    };
    minutes_by(c, path)
}

/// The JSON minutes since 2026-11-10 of the ledger at `path`, by `c` (a
/// `followup` to be given its arguments).
fn minutes_by(mut c: Command, path: &Path) -> String {
    let f = path.to_str().unwrap();
    let args = ["-f", f, "report", "--since", "2026-11-10"];
    let out = c.args(args).args(["--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

/// [`minutes`] with what was asked of git, through a `git` on `PATH`
/// that runs the real one and notes each call that ended, with its status.
fn minutes_asking_git(sb: &Sandbox, path: &Path) -> (String, Vec<String>) {
    let real = Command::new("sh")
        .args(["-c", "command -v git"])
        .output()
        .unwrap();
    let real = String::from_utf8(real.stdout).unwrap().trim().to_owned();
    let bin = sb.path("noting-bin");
    std::fs::create_dir_all(&bin).unwrap();
    let log = sb.path("git-asked");
    // What this report asked alone.
    let _ = std::fs::remove_file(&log);
    // Not `exec`: a git stopped by followup stops the script before it
    // notes that git ended.
    let script = format!(
        "#!/bin/sh\n'{real}' \"$@\"\nended=$?\necho \"$* ended $ended\" >> '{}'\nexit $ended\n",
        log.display()
    );
    std::fs::write(bin.join("git"), script).unwrap();
    let mut perms = std::fs::metadata(bin.join("git")).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    std::fs::set_permissions(bin.join("git"), perms).unwrap();
    let path_var = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut c = sb.cmd();
    c.env("PATH", path_var);
    let minutes = minutes_by(c, path);
    let asked = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(
        asked.contains("log"),
        "git was asked through the wrapper: {asked}"
    );
    (minutes, asked.lines().map(str::to_owned).collect())
}

/// The copies kept in the sandbox's cache.
fn copies(sb: &Sandbox) -> Vec<PathBuf> {
    let dir = sb.home().join(".cache/followup/starts");
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    // Named by git's name for their text (not the seed, not a copy being written).
    found.retain(|p| {
        (p.file_name().unwrap().to_str().unwrap().bytes()).all(|b| b.is_ascii_hexdigit())
    });
    found.sort();
    found
}

/// The ids of the items the minutes say changed.
fn changed_ids(minutes: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(minutes).unwrap();
    assert_eq!(v["history"], true, "the minutes have a history");
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["changes"].as_array().is_some_and(|c| !c.is_empty()))
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect()
}

/// `taskset` pins a command to one core (the sequential read), when installed.
fn one_core_runs() -> bool {
    let ok = Command::new("taskset")
        .args(["-c", "0", "true"])
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("taskset is not installed: the sequential read is not compared");
    }
    ok
}

#[test]
fn the_first_and_next_reports_say_what_the_sequential_read_says() {
    let sb = Sandbox::new();
    let repo = TestRepo::init(&sb, "repo");
    let ledger = large_ledger(&repo);
    assert!(copies(&sb).is_empty());
    let first = minutes(&sb, &ledger, false);
    let kept = copies(&sb);
    assert_eq!(kept.len(), 1, "the period's start is kept");
    let text = std::fs::read(&kept[0]).unwrap();
    assert!(text.starts_with(b"followup-start 2 "));
    let committed = repo.git(&["show", "HEAD:ledger.json"]);
    // Its pipe, and what followup's reader takes ahead of the first line.
    let ahead = (1 << 20) + (8 << 10);
    assert!(committed.len() > ahead, "more than git may write ahead");
    let after_line = text.iter().position(|&b| b == b'\n').unwrap() + 1;
    assert!(
        text[after_line..].starts_with(committed.as_bytes()),
        "the copy holds git's text after its first line"
    );
    let (next, asked) = minutes_asking_git(&sb, &ledger);
    assert_eq!(first, next);
    // Asked for the text's name only, git is stopped before it ends.
    assert!(
        !asked.iter().any(|a| a.contains("cat-file")),
        "the next report reads the copy, not git: {asked:?}"
    );
    // The statuses and the title; the removed item is no longer listed.
    let ids = changed_ids(&first);
    assert_eq!(ids.len(), CHANGED, "{ids:?}");
    if one_core_runs() {
        assert_eq!(first, minutes(&sb, &ledger, true));
    }
}

/// Where the first `what` after byte `after` of `bytes` starts.
fn find(bytes: &[u8], after: usize, what: &str) -> usize {
    let found = bytes[after..]
        .windows(what.len())
        .position(|w| w == what.as_bytes());
    after + found.unwrap()
}

/// `copy` with the first `from` after byte `after` changed to `to`.
fn damaged(copy: &[u8], after: usize, from: &str, to: &str) -> Vec<u8> {
    let at = find(copy, after, from);
    let mut bad = copy.to_vec();
    bad[at..at + to.len()].copy_from_slice(to.as_bytes());
    bad
}

#[test]
fn a_damaged_copy_is_read_from_git_again_and_replaced() {
    let sb = Sandbox::new();
    let repo = TestRepo::init(&sb, "repo");
    let ledger = large_ledger(&repo);
    let want = minutes(&sb, &ledger, false);
    let copy = copies(&sb).remove(0);
    let good = std::fs::read(&copy).unwrap();
    // The first item changed since (its status): its text is read from the
    // copy. Its title changed there too, as a valid item still, it is not
    // the text scanned: the copy is removed, git's text read whole.
    std::fs::write(&copy, damaged(&good, 0, "(ledger.json)", "(LEDGER.json)")).unwrap();
    assert_eq!(minutes(&sb, &ledger, false), want);
    assert!(copies(&sb).is_empty(), "removed");
    let (again, asked) = minutes_asking_git(&sb, &ledger);
    assert_eq!(again, want);
    assert!(
        asked
            .iter()
            .any(|a| a.contains("cat-file") && a.ends_with(" ended 0")),
        "git's text read to its end again: {asked:?}"
    );
    assert_eq!(std::fs::read(&copy).unwrap(), good, "kept again");
    // An item unchanged since is not read from the copy: the current
    // file's text says it. The second item's title, after the first's:
    let second = find(&good, 0, "(ledger.json)");
    std::fs::write(
        &copy,
        damaged(&good, second, "\"title\": \"", "\"title\": \"#"),
    )
    .unwrap();
    let (unread, asked) = minutes_asking_git(&sb, &ledger);
    assert_eq!(unread, want);
    assert!(!asked.iter().any(|a| a.contains("cat-file")), "{asked:?}");
    // Its findings cut short, and emptied: git's text read again at once.
    std::fs::write(&copy, &good[..good.len() / 2]).unwrap();
    assert_eq!(minutes(&sb, &ledger, false), want);
    assert_eq!(std::fs::read(&copy).unwrap(), good);
    std::fs::write(&copy, b"").unwrap();
    assert_eq!(minutes(&sb, &ledger, false), want);
    assert_eq!(std::fs::read(&copy).unwrap(), good);
}

#[test]
fn two_ledgers_of_one_name_in_one_commit_keep_their_own_starts() {
    let sb = Sandbox::new();
    let repo = TestRepo::init(&sb, "repo");
    // One commit holds both starts, under one name in two folders.
    let [mexico, korea] = large_ledgers(&repo, ["mexico/ledger.json", "korea/ledger.json"]);
    let (m1, k1) = (minutes(&sb, &mexico, false), minutes(&sb, &korea, false));
    assert_eq!(copies(&sb).len(), 2, "one start per ledger");
    assert_eq!(minutes(&sb, &mexico, false), m1);
    assert_eq!(minutes(&sb, &korea, false), k1);
    assert_ne!(m1, k1);
    if one_core_runs() {
        assert_eq!(m1, minutes(&sb, &mexico, true));
        assert_eq!(k1, minutes(&sb, &korea, true));
    }
}

#[test]
fn a_cache_folder_linked_elsewhere_is_not_written_through() {
    let sb = Sandbox::new();
    let repo = TestRepo::init(&sb, "repo");
    let ledger = large_ledger(&repo);
    let elsewhere = sb.path("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let cache = sb.home().join(".cache/followup");
    std::fs::create_dir_all(&cache).unwrap();
    std::os::unix::fs::symlink(&elsewhere, cache.join("starts")).unwrap();
    let first = minutes(&sb, &ledger, false);
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
    assert_eq!(changed_ids(&first).len(), CHANGED);
}

#[test]
fn a_start_whose_items_do_not_end_where_the_canonical_text_ends_them_says_the_same() {
    let sb = Sandbox::new();
    let repo = TestRepo::init(&sb, "repo");
    let ledger = repo.path("ledger.json");
    let mut l = synthetic::ledger(ITEMS, synthetic::demo_today());
    // One item's note closed where the canonical text closes an item: a
    // scan guessing the item ends there guesses wrong.
    let text = canonical_json(&l);
    let note_end = "\n        }";
    let at = text.find(note_end).unwrap();
    let odd = format!("{}\n    }}{}", &text[..at], &text[at + note_end.len()..]);
    assert_eq!(followup::ledger::parse_ledger(odd.as_bytes()).unwrap(), l);
    std::fs::write(&ledger, odd).unwrap();
    repo.git(&["add", "ledger.json"]);
    repo.commit("2026-11-05T10:00:00", "the start, laid out otherwise");
    work(&mut l);
    std::fs::write(&ledger, canonical_json(&l)).unwrap();
    let first = minutes(&sb, &ledger, false);
    assert_eq!(changed_ids(&first).len(), CHANGED);
    assert_eq!(minutes(&sb, &ledger, false), first);
    if one_core_runs() {
        assert_eq!(minutes(&sb, &ledger, true), first);
    }
}

#[test]
fn a_start_that_is_not_a_valid_ledger_is_not_kept_and_gives_no_history() {
    let sb = Sandbox::new();
    let repo = TestRepo::init(&sb, "repo");
    let ledger = repo.path("ledger.json");
    let l = synthetic::ledger(ITEMS, synthetic::demo_today());
    let text = canonical_json(&l);
    // Every item of the start with a status no ledger has.
    let broken = text.replace("\"status\": \"open\"", "\"status\": \"bogus\"");
    assert_ne!(broken, text);
    std::fs::write(&ledger, broken).unwrap();
    repo.git(&["add", "ledger.json"]);
    repo.commit("2026-11-05T10:00:00", "a start that is not valid");
    std::fs::write(&ledger, text).unwrap();
    let f = ledger.to_str().unwrap();
    let args = [
        "-f",
        f,
        "report",
        "--since",
        "2026-11-10",
        "--format",
        "json",
    ];
    let out = sb.cmd().args(args).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["history"], false);
    assert!(copies(&sb).is_empty(), "{:?}", copies(&sb));
}

#[test]
fn the_review_mode_keeps_the_start_for_the_minutes_after_the_meeting() {
    let sb = Sandbox::new();
    let repo = TestRepo::init(&sb, "repo");
    let ledger = large_ledger(&repo);
    let now = followup::ledger::parse_ledger(&std::fs::read(&ledger).unwrap()).unwrap();
    let committed = repo.git(&["show", "HEAD:ledger.json"]);
    let committed = followup::ledger::parse_ledger(committed.as_bytes()).unwrap();
    let want = followup::ledger::diff(&committed, &now);
    // The user's cache, as the dashboard finds it from the sandbox's HOME.
    let cache = || StartCache::in_cache(Some(sb.home().join(".cache/followup")));
    // The dashboard's review mode on the review of 10 November.
    let review = "2026-11-10".parse().unwrap();
    let since = || followup::git::status::since_review(&ledger, review, &now, cache());
    assert_eq!(since().as_ref(), Some(&want), "read from git");
    let kept = copies(&sb);
    assert_eq!(kept.len(), 1, "the ledger at the review is kept");
    let good = std::fs::read(&kept[0]).unwrap();
    // A copy read is marked used: made old, it is new again once read.
    let old = std::time::SystemTime::UNIX_EPOCH + Duration::from_secs(1 << 30);
    let modified = |p: &Path| std::fs::metadata(p).unwrap().modified().unwrap();
    std::fs::File::options()
        .write(true)
        .open(&kept[0])
        .unwrap()
        .set_modified(old)
        .unwrap();
    assert_eq!(since().as_ref(), Some(&want), "read from the copy");
    assert!(modified(&kept[0]) > old, "the copy was read");
    // Cut short, it is read from git again and kept anew.
    std::fs::write(&kept[0], &good[..good.len() / 2]).unwrap();
    assert_eq!(since().as_ref(), Some(&want));
    assert_eq!(std::fs::read(&kept[0]).unwrap(), good);
    // The minutes after the meeting read the copy, not git.
    let (after, asked) = minutes_asking_git(&sb, &ledger);
    assert!(
        !asked.iter().any(|a| a.contains("cat-file")),
        "the minutes read the copy the review mode kept: {asked:?}"
    );
    assert_eq!(changed_ids(&after).len(), CHANGED);
    // What the period's first report says, reading git.
    std::fs::remove_dir_all(sb.home().join(".cache/followup/starts")).unwrap();
    assert_eq!(after, minutes(&sb, &ledger, false));
    // The file gone from the disk (checked out away while the dashboard is
    // open): git is asked for it by its folder, as before.
    std::fs::remove_file(&ledger).unwrap();
    assert_eq!(since(), Some(want));
}

#[test]
fn the_review_mode_reads_whole_a_start_only_the_whole_read_reads() {
    let sb = Sandbox::new();
    let repo = TestRepo::init(&sb, "repo");
    let ledger = repo.path("ledger.json");
    let mut l = synthetic::ledger(ITEMS, synthetic::demo_today());
    // A field of a newer version nested deeper than an item is read in
    // pieces (the whole read keeps it): nothing is scanned or kept.
    let deep = "[".repeat(120) + "1" + &"]".repeat(120);
    let text = canonical_json(&l);
    let first = text.find("\"items\": [").unwrap();
    let text = text[..first].to_owned()
        + &text[first..].replacen("\"id\": ", &format!("\"x\": {deep},\n\"id\": "), 1);
    let start = followup::ledger::parse_ledger(text.as_bytes()).unwrap();
    std::fs::write(&ledger, text).unwrap();
    repo.git(&["add", "ledger.json"]);
    repo.commit("2026-11-05T10:00:00", "the start, from a newer version");
    work(&mut l);
    std::fs::write(&ledger, canonical_json(&l)).unwrap();
    let cache = StartCache::in_cache(Some(sb.home().join(".cache/followup")));
    let review = "2026-11-10".parse().unwrap();
    let seen = followup::git::status::since_review(&ledger, review, &l, cache);
    assert_eq!(seen, Some(followup::ledger::diff(&start, &l)));
    assert!(copies(&sb).is_empty(), "{:?}", copies(&sb));
}

#[test]
fn the_dashboard_s_review_mode_keeps_the_start_in_the_user_s_cache() {
    if !require(Tool::Tmux) {
        return;
    }
    let sb = Sandbox::new();
    let repo = TestRepo::init(&sb, "repo");
    let ledger = large_ledger(&repo);
    let term = sb.followup_in_tmux((120, 40), ("C.UTF-8", &[]), &[ledger.to_str().unwrap()]);
    term.wait_for("S-0");
    assert!(
        copies(&sb).is_empty(),
        "nothing kept before the review mode"
    );
    // The review of 16 November, the sample's last: the commit of 5 November.
    term.send_keys(&["r"]);
    let start = Instant::now();
    while copies(&sb).is_empty() {
        let screen = term.screen();
        assert!(start.elapsed() < Duration::from_secs(10), "{screen}");
        std::thread::sleep(Duration::from_millis(50));
    }
    let (after, asked) = minutes_asking_git(&sb, &ledger);
    assert!(
        !asked.iter().any(|a| a.contains("cat-file")),
        "the minutes read the copy the dashboard kept: {asked:?}"
    );
    assert_eq!(changed_ids(&after).len(), CHANGED);
}
