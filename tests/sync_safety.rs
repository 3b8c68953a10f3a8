//! Sync's safety: a silent remote cannot hang it (nor hold the ledger's lock
//! meanwhile), a ledger brought in as a symbolic link leading out of the
//! repository is refused, so is a ledger followup would not load (before
//! HEAD moves, fast-forward or not), and the merge commit of a settled conflict says
//! what was merged and how each conflict was settled.

mod common;

use common::{Sandbox, TestRepo, stderr, stdout};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

fn followup(sb: &Sandbox, dir: &Path, args: &[&str]) -> Output {
    sb.cmd().current_dir(dir).args(args).output().unwrap()
}

#[test]
fn a_remote_that_never_answers_ends_in_a_timeout_and_never_holds_the_lock() {
    let sb = Sandbox::new();
    // A "server" that accepts connections and never says a word.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for c in listener.incoming() {
            held.push(c);
        }
    });
    let repo = TestRepo::init(&sb, "clone");
    repo.commit_sample_ledger();
    repo.git(&["config", "user.name", "SMBA, Korea"]);
    repo.git(&["config", "user.email", "s@example.org"]);
    let url = format!("git://127.0.0.1:{port}/hub.git");
    repo.git(&["remote", "add", "origin", &url]);
    let started = Instant::now();
    let sync = sb
        .cmd()
        .current_dir(repo.dir())
        .env("FOLLOWUP_NETWORK_TIMEOUT", "3")
        .env("LANG", "es_MX.UTF-8")
        .arg("sync")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // While it waits on the remote, the ledger is free for other commands.
    std::thread::sleep(Duration::from_millis(800));
    let out = followup(&sb, repo.dir(), &["note", "JC2-01", "while syncing"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = sync.wait_with_output().unwrap();
    let took = started.elapsed();
    assert!(took < Duration::from_secs(20), "took {took:?}");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no respondió en 3 segundos"),
        "{}",
        stderr(&out)
    );
    let l = common::assert_loads(&repo.path("ledger.json"));
    assert!(
        l.item("JC2-01")
            .unwrap()
            .notes
            .iter()
            .any(|n| n.text == "while syncing")
    );
}

#[test]
fn a_ledger_brought_in_as_a_symlink_leading_out_is_refused() {
    let sb = Sandbox::new();
    let (attacker, victim) = TestRepo::two_capitals(&sb);
    std::fs::write(sb.path("outside.json"), "{\"items\": []}\n").unwrap();
    std::fs::remove_file(attacker.path("ledger.json")).unwrap();
    std::os::unix::fs::symlink("../outside.json", attacker.path("ledger.json")).unwrap();
    attacker.git(&["add", "-A"]);
    attacker.commit(common::GIT_DATE, "link");
    attacker.git(&["push", "-q", "origin", "main"]);
    let before = victim.git(&["rev-parse", "HEAD"]);
    let out = followup(&sb, victim.dir(), &["sync"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(stderr(&out).contains("symbolic link"), "{}", stderr(&out));
    assert!(!stdout(&out).contains("came in"), "{}", stdout(&out));
    assert_eq!(victim.git(&["rev-parse", "HEAD"]), before, "nothing merged");
    assert!(
        std::fs::symlink_metadata(victim.path("ledger.json"))
            .unwrap()
            .is_file()
    );
    // Were it checked out anyway (by git itself), every command refuses it,
    // whichever way the path was found: the repository, or the config.
    victim.git(&["merge", "-q", "--ff-only", "origin/main"]);
    std::fs::write(
        sb.path("config.toml"),
        format!(
            "ledger = {:?}\n",
            victim.path("ledger.json").to_str().unwrap()
        ),
    )
    .unwrap();
    for dir in [victim.dir(), sb.dir.path()] {
        let out = followup(&sb, dir, &["note", "JC2-01", "x"]);
        assert_ne!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(stderr(&out).contains("outside"), "{}", stderr(&out));
    }
    let out = followup(&sb, victim.dir(), &["sync"]);
    assert_ne!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(sb.path("outside.json")).unwrap(),
        "{\"items\": []}\n",
        "the file outside is never written"
    );
}

#[test]
fn the_merge_commit_of_a_settled_conflict_says_what_was_merged_and_how() {
    let sb = Sandbox::new();
    let (mexico, seoul) = TestRepo::two_capitals(&sb);
    assert!(
        followup(&sb, mexico.dir(), &["set", "JC2-09", "status=done"])
            .status
            .success()
    );
    assert!(
        followup(&sb, mexico.dir(), &["note", "JC2-05", "Visited."])
            .status
            .success()
    );
    assert!(followup(&sb, mexico.dir(), &["sync"]).status.success());
    assert!(
        followup(&sb, seoul.dir(), &["set", "JC2-09", "status=dropped"])
            .status
            .success()
    );
    let out = followup(&sb, seoul.dir(), &["sync"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let out = followup(&sb, seoul.dir(), &["resolve", "JC2-09", "status", "theirs"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = followup(&sb, seoul.dir(), &["sync"]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    let body = seoul.git(&["log", "-1", "--format=%B"]);
    assert_eq!(
        seoul
            .git(&["rev-list", "--count", "--merges", "HEAD"])
            .trim(),
        "1"
    );
    assert!(!body.contains("# Conflicts"), "{body}");
    assert!(!body.contains('#'), "{body}");
    assert!(
        body.starts_with("Merge remote-tracking branch 'origin/main'\n\n"),
        "{body}"
    );
    assert!(body.contains("JC2-05 note; JC2-09 done"), "{body}");
    assert!(
        body.contains("JC2-09 status: kept theirs (origin/main)"),
        "{body}"
    );
}

#[test]
fn a_remote_ledger_followup_would_refuse_is_refused_before_head_moves() {
    let sb = Sandbox::new();
    let (attacker, victim) = TestRepo::two_capitals(&sb);
    // Committed with git itself, past followup: the ledger cut off mid-JSON.
    let whole = std::fs::read_to_string(attacker.path("ledger.json")).unwrap();
    std::fs::write(attacker.path("ledger.json"), &whole[..whole.len() / 2]).unwrap();
    attacker.git(&["add", "ledger.json"]);
    attacker.commit(common::GIT_DATE, "truncated");
    attacker.git(&["push", "-q", "origin", "main"]);
    let before = victim.git(&["rev-parse", "HEAD"]);
    let on_disk = std::fs::read(victim.path("ledger.json")).unwrap();
    // A fast-forward: the victim has nothing of its own.
    let out = followup(&sb, victim.dir(), &["sync"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert_eq!(
        victim.git(&["rev-parse", "HEAD"]),
        before,
        "HEAD did not move"
    );
    let err = stderr(&out);
    assert!(
        err.contains(
            "the other capital's ledger on origin/main was refused: origin/main:ledger.json:"
        ),
        "{err}"
    );
    assert!(err.contains("Nothing was merged"), "{err}");
    assert_eq!(
        victim.git(&["status", "--porcelain"]),
        "",
        "index and file untouched"
    );
    assert_eq!(std::fs::read(victim.path("ledger.json")).unwrap(), on_disk);
    let out = followup(&sb, victim.dir(), &["list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("JC2-01"), "{}", stdout(&out));
    // A 3-way merge (the victim has a change of its own) is refused the same
    // way, before the merge starts, in the user's language.
    assert!(
        followup(&sb, victim.dir(), &["note", "JC2-01", "Visited."])
            .status
            .success()
    );
    let out = sb
        .cmd()
        .current_dir(victim.dir())
        .env("LANG", "es_MX.UTF-8")
        .arg("sync")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("se rechazó el registro de acuerdos de la otra capital"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        victim.git(&["rev-parse", "HEAD^"]),
        before,
        "only the local commit"
    );
    assert!(
        !victim.path(".git/MERGE_HEAD").exists(),
        "no merge under way"
    );
    common::assert_loads(&victim.path("ledger.json"));
}
