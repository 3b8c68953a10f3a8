//! A new secretariat's first day: the other capital's first sync from a
//! clone of an empty hub, `init` then `add` outside git, and which ledger a
//! command uses (and says so) when it is not the one the user would assume.

mod common;

use common::{Sandbox, TestRepo, stderr, stdout};
use std::path::Path;
use std::process::Output;

fn followup_in(sb: &Sandbox, dir: &Path, lang: &str, args: &[&str]) -> Output {
    sb.cmd()
        .current_dir(dir)
        .env("LANG", lang)
        .args(args)
        .output()
        .expect("followup runs")
}

fn data_dir(sb: &Sandbox) -> std::path::PathBuf {
    sb.path("home/.local/share/followup")
}

#[test]
fn a_clone_of_an_empty_hub_brings_the_ledger_in_on_its_first_sync_in_korean() {
    let sb = Sandbox::new();
    let hub = TestRepo::bare(&sb, "hub.git");
    let hub_url = hub.dir().to_str().unwrap().to_owned();
    // Seoul clones the hub while it is still empty.
    let seoul = TestRepo::clone(&sb, &hub_url, "seoul", "SMBA, Korea");
    // Before the ledger exists anywhere, a command in the clone says which
    // ledger is missing and how to get it, and writes no sample.
    let out = followup_in(&sb, seoul.dir(), "ko_KR.UTF-8", &["list"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("ledger.json이 없는 git 저장소입니다")
            && stderr(&out).contains("followup sync"),
        "{}",
        stderr(&out)
    );
    let out = followup_in(&sb, seoul.dir(), "ko_KR.UTF-8", &["sync"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("이 복제본에도 origin/main에도 아직 없습니다"),
        "{}",
        stderr(&out)
    );
    // Mexico creates the ledger and pushes it.
    let mexico = TestRepo::clone(&sb, &hub_url, "mexico", "INADEM, Mexico");
    let out = followup_in(&sb, mexico.dir(), "es_MX.UTF-8", &["init", "--sample"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = followup_in(&sb, mexico.dir(), "es_MX.UTF-8", &["sync"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Seoul's first sync fetches it and checks it out, and says so in Korean.
    let out = followup_in(&sb, seoul.dir(), "ko_KR.UTF-8", &["sync"]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(
        stdout(&out).contains("ledger.json: origin/main에서 받아 왔습니다"),
        "{}",
        stdout(&out)
    );
    assert!(!stderr(&out).contains("not inside"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(seoul.path("ledger.json")).unwrap(),
        std::fs::read(mexico.path("ledger.json")).unwrap()
    );
    common::assert_loads(&seoul.path("ledger.json"));
    // From now on the clone's commands use it, without a word about others.
    let out = followup_in(&sb, seoul.dir(), "ko_KR.UTF-8", &["list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("JC2-01"), "{}", stdout(&out));
    assert!(!stderr(&out).contains("followup:"), "{}", stderr(&out));
    assert!(
        !data_dir(&sb).join("ledger.json").exists(),
        "no sample ledger in the data directory"
    );
}

#[test]
fn no_command_writes_the_sample_for_a_named_ledger() {
    let sb = Sandbox::new();
    let missing = sb.path("nowhere/ledger.json");
    // FOLLOWUP_LEDGER names it: an error naming it, no sample anywhere.
    let out = sb
        .cmd()
        .env("FOLLOWUP_LEDGER", &missing)
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(missing.to_str().unwrap()),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("followup init"), "{}", stderr(&out));
    // The config names it.
    std::fs::write(
        sb.path("config.toml"),
        format!("ledger = {:?}\n", missing.to_str().unwrap()),
    )
    .unwrap();
    let out = sb.run(&["add", "--title", "T"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("config.toml"), "{}", stderr(&out));
    assert!(!missing.exists());
    assert!(!data_dir(&sb).join("ledger.json").exists());
}

#[test]
fn inside_a_repository_the_data_directorys_ledger_is_never_used() {
    // Seoul opened followup once (the sample is in the data directory),
    // then cloned the empty hub: an item added there before the first sync
    // must not land in the sample.
    let sb = Sandbox::new();
    let out = sb.run(&["list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let sample = data_dir(&sb).join("ledger.json");
    let before = std::fs::read(&sample).expect("the sample was made outside git");
    let repo = TestRepo::init(&sb, "seoul");
    for args in [
        &["add", "--title", "T"][..],
        &["note", "JC2-01", "n"],
        &["list"],
    ] {
        let out = followup_in(&sb, repo.dir(), "ko_KR.UTF-8", args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("ledger.json이 없는 git 저장소입니다"),
            "{}",
            stderr(&out)
        );
    }
    assert_eq!(
        std::fs::read(&sample).unwrap(),
        before,
        "the sample is untouched"
    );
}

#[test]
fn init_then_add_outside_git_uses_the_ledger_just_created() {
    let sb = Sandbox::new();
    let x = sb.path("x");
    std::fs::create_dir(&x).unwrap();
    let out = followup_in(&sb, &x, "C", &["init"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = followup_in(&sb, &x, "C", &["add", "--title", "T"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let l = common::assert_loads(&x.join("ledger.json"));
    assert_eq!(l.items.len(), 1);
    assert_eq!(l.items[0].title, "T");
    assert!(
        !data_dir(&sb).join("ledger.json").exists(),
        "the data directory's ledger is neither created nor touched"
    );
    // The current directory's ledger beats the config's.
    let other = sb.fixture("korea-mexico-sme.json");
    std::fs::write(
        sb.path("config.toml"),
        format!("ledger = {:?}\n", other.to_str().unwrap()),
    )
    .unwrap();
    let out = followup_in(&sb, &x, "C", &["list"]);
    assert!(stdout(&out).contains('T') && !stdout(&out).contains("JC2-01"));
}

#[test]
fn inside_a_repository_without_a_ledger_the_ledger_used_is_named() {
    let sb = Sandbox::new();
    let repo = TestRepo::init(&sb, "repo");
    let other = sb.fixture("korea-mexico-sme.json");
    std::fs::write(
        sb.path("config.toml"),
        format!("ledger = {:?}\n", other.to_str().unwrap()),
    )
    .unwrap();
    let out = followup_in(&sb, repo.dir(), "es_MX.UTF-8", &["list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no tiene ledger.json en la raíz: se usa")
            && stderr(&out).contains(other.to_str().unwrap()),
        "{}",
        stderr(&out)
    );
}
