//! `followup sync` against real git: a bare hub and clones for the two
//! capitals, edits both ways, a clone that never ran git-setup, a real
//! conflict, an unreachable remote, the git daemon transport and a ledger
//! left with conflict markers.

mod common;
use common::hub::Hub;
use common::*;
use followup::ledger::{Ledger, Status, Store};
use std::path::Path;

fn load(dir: &Path) -> Ledger {
    Store::new(dir.join("ledger.json")).load().unwrap().ledger
}

fn notes_of(l: &Ledger, id: &str) -> Vec<String> {
    l.item(id)
        .unwrap()
        .notes
        .iter()
        .map(|n| n.text.clone())
        .collect()
}

#[test]
fn edits_and_notes_both_ways_merge_in_clones_that_never_ran_git_setup() {
    let hub = Hub::with_ledger();
    let mx = hub.sb.path("mexico");
    let kr = hub.clone_as("seoul", "SMBA, Korea");
    assert!(!kr.join(".gitattributes").exists());

    hub.ok(&mx, &["set", "JC2-01", "status=done"]);
    hub.ok(
        &mx,
        &[
            "note",
            "JC2-03",
            "Kia sent the supplier list.",
            "--author",
            "INADEM",
        ],
    );
    hub.ok(
        &kr,
        &[
            "note",
            "JC2-03",
            "KOTRA will join the Kia visit.",
            "--author",
            "SMBA",
        ],
    );
    hub.ok(&kr, &["set", "JC2-08", "due=2026-12-11"]);

    let out = hub.sync(&mx);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(
        said.contains("committed: JC2-01 done; JC2-03 note"),
        "{said}"
    );
    assert!(said.contains("went out to origin/main: 1 commit"), "{said}");
    assert!(said.contains("    status: in progress → done"), "{said}");
    assert_eq!(
        hub.git_ok(&mx, &["log", "-1", "--format=%an|%s"]),
        "INADEM, Mexico|JC2-01 done; JC2-03 note"
    );
    let body = hub.git_ok(&mx, &["log", "-1", "--format=%b"]);
    assert!(
        body.contains("~ JC2-03")
            && body.contains("note 2026-11-23 INADEM: Kia sent the supplier list."),
        "{body}"
    );
    assert_eq!(hub.hub_main(), hub.head(&mx));

    // Seoul's notes and Mexico's touch the same item: git alone would
    // conflict on those lines; the driver, passed for this sync, merges them.
    let out = hub.sync(&kr);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    let said = stdout(&out);
    assert!(
        stderr(&out).contains("`followup git-setup` makes it permanent"),
        "{}",
        stderr(&out)
    );
    assert!(said.contains("came in from origin/main:"), "{said}");
    assert!(
        said.contains("~ JC2-01")
            && said.contains("note 2026-11-23 INADEM: Kia sent the supplier list."),
        "{said}"
    );
    let came_in = said
        .split("came in from")
        .nth(1)
        .unwrap()
        .split("went out")
        .next()
        .unwrap();
    assert!(
        !came_in.contains("KOTRA"),
        "our own note did not come in: {said}"
    );
    assert!(
        said.contains("went out to origin/main: 2 commits"),
        "{said}"
    );
    assert_eq!(hub.hub_main(), hub.head(&kr));
    // sync wrote no configuration of its own.
    assert!(
        !hub.git(&kr, &["config", "--get", "merge.followup.driver"])
            .status
            .success()
    );
    assert!(!kr.join(".gitattributes").exists());

    let out = hub.sync(&mx);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("due: 2026-11-30 → 2026-12-11"),
        "{}",
        stdout(&out)
    );
    assert_eq!(hub.head(&mx), hub.head(&kr));
    let (a, b) = (load(&mx), load(&kr));
    assert_eq!(a, b);
    assert_eq!(a.item("JC2-01").unwrap().status, Status::Done);
    let notes = notes_of(&a, "JC2-03");
    assert!(
        notes.contains(&"Kia sent the supplier list.".to_owned())
            && notes.contains(&"KOTRA will join the Kia visit.".to_owned()),
        "{notes:?}"
    );
    for dir in [&mx, &kr] {
        assert_eq!(
            hub.git_ok(dir, &["status", "--porcelain"]),
            "",
            "clean work tree"
        );
    }
    let again = hub.sync(&mx);
    assert!(
        stdout(&again).contains("ledger.json: up to date with origin/main"),
        "{}",
        stdout(&again)
    );
}

#[test]
fn sync_commits_the_ledger_and_the_setup_attributes_only() {
    let hub = Hub::with_ledger();
    let mx = hub.sb.path("mexico");
    hub.ok(&mx, &["git-setup"]);
    std::fs::write(mx.join("agenda.txt"), "JC4 agenda\n").unwrap();
    hub.git_ok(&mx, &["add", "agenda.txt"]);
    std::fs::write(mx.join("draft.txt"), "not for the other capital\n").unwrap();
    hub.ok(
        &mx,
        &[
            "add",
            "--title",
            "Invite Kia suppliers to the 2027 session",
            "--meeting",
            "JC3",
        ],
    );
    let out = hub.sync(&mx);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("git-setup"),
        "set up: nothing to say: {}",
        stderr(&out)
    );
    let files = hub.git_ok(&mx, &["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(files, ".gitattributes\nledger.json");
    assert_eq!(
        hub.git_ok(&mx, &["log", "-1", "--format=%s"]),
        "JC3-05 added"
    );
    // Other staged files stay staged, untracked ones untracked.
    assert_eq!(
        hub.git_ok(&mx, &["diff", "--cached", "--name-only"]),
        "agenda.txt"
    );
    assert!(
        hub.git_ok(&mx, &["status", "--porcelain"])
            .contains("?? draft.txt")
    );
}

#[test]
fn ids_added_on_both_sides_are_both_kept() {
    let hub = Hub::with_ledger();
    let mx = hub.sb.path("mexico");
    let kr = hub.clone_as("seoul", "SMBA, Korea");
    hub.ok(
        &mx,
        &[
            "add",
            "--title",
            "Invite Kia suppliers to the 2027 session",
            "--meeting",
            "JC3",
        ],
    );
    hub.ok(
        &kr,
        &[
            "add",
            "--title",
            "Send the KOTRA buyers list",
            "--meeting",
            "JC3",
        ],
    );
    assert!(load(&mx).item("JC3-05").is_some() && load(&kr).item("JC3-05").is_some());
    assert!(hub.sync(&mx).status.success());
    let out = hub.sync(&kr);
    assert!(out.status.success(), "{}", stderr(&out));
    // Which copy moves is the merge's choice; the move is reported either way.
    let said = stdout(&out);
    let line = said
        .lines()
        .find(|l| l.starts_with("merge: "))
        .unwrap_or_else(|| panic!("{said}"));
    assert!(line.contains("JC3-05") && line.contains("JC3-06"), "{line}");
    assert!(hub.sync(&mx).status.success());
    let (a, b) = (load(&mx), load(&kr));
    assert_eq!(a, b);
    let mut titles: Vec<&str> = ["JC3-05", "JC3-06"]
        .iter()
        .map(|id| a.item(id).unwrap().title.as_str())
        .collect();
    titles.sort();
    assert_eq!(
        titles,
        [
            "Invite Kia suppliers to the 2027 session",
            "Send the KOTRA buyers list"
        ]
    );
}

#[test]
fn a_real_conflict_stops_before_pushing_and_a_second_sync_publishes_the_resolution() {
    let hub = Hub::with_ledger();
    let mx = hub.sb.path("mexico");
    let kr = hub.clone_as("seoul", "SMBA, Korea");
    hub.ok(&mx, &["set", "JC2-09", "status=done"]);
    hub.ok(&kr, &["set", "JC2-09", "status=dropped"]);
    hub.ok(&kr, &["note", "JC2-05", "First two SMEs visited."]);
    assert!(hub.sync(&mx).status.success());
    let published = hub.hub_main();

    let out = hub.sync(&kr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    let err = stderr(&out);
    assert!(
        err.contains("1 conflict (JC2-09 status); nothing was pushed"),
        "{err}"
    );
    assert!(
        err.contains("followup resolve ID FIELD ours|theirs"),
        "{err}"
    );
    assert!(
        err.lines().all(|l| l.starts_with("followup: ")),
        "git's own output stays out: {err}"
    );
    assert!(
        stdout(&out).contains("committed: JC2-05 note; JC2-09 dropped"),
        "{}",
        stdout(&out)
    );
    assert_eq!(hub.hub_main(), published, "nothing pushed");
    assert!(
        kr.join(".git/MERGE_HEAD").exists(),
        "the merge is left in progress"
    );
    let l = load(&kr);
    assert_eq!(l.item("JC2-09").unwrap().conflicts.len(), 1);

    // Settling nothing and syncing again still stops; in Spanish, the
    // conflict is named by the field's label, as `resolve` then takes it.
    let out = hub.followup(&kr, &["--lang", "es", "sync"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("(JC2-09 estado)"), "{}", stderr(&out));
    assert_eq!(hub.hub_main(), published);

    hub.ok(
        &kr,
        &["--lang", "ko", "resolve", "JC2-09", "상태", "theirs"],
    );
    let out = hub.sync(&kr);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(
        stdout(&out).contains("concluded the merge of origin/main"),
        "{}",
        stdout(&out)
    );
    assert_eq!(hub.hub_main(), hub.head(&kr));
    assert_eq!(
        hub.git_ok(&kr, &["rev-list", "--count", "--merges", "HEAD"]),
        "1"
    );
    assert!(hub.sync(&mx).status.success());
    let (a, b) = (load(&mx), load(&kr));
    assert_eq!(a, b);
    assert_eq!(a.item("JC2-09").unwrap().status, Status::Done);
    assert!(a.item("JC2-09").unwrap().conflicts.is_empty());
    assert!(notes_of(&a, "JC2-05").contains(&"First two SMEs visited.".to_owned()));
}

#[test]
fn an_unreachable_remote_keeps_the_commit_for_the_next_sync() {
    let hub = Hub::with_ledger();
    let mx = hub.sb.path("mexico");
    let url = hub.hub_path().to_string_lossy().into_owned();
    let missing = hub.sb.path("nowhere.git").to_string_lossy().into_owned();
    hub.git_ok(&mx, &["remote", "set-url", "origin", &missing]);
    hub.ok(&mx, &["set", "JC2-11", "status=in-progress"]);
    let before = hub.hub_main();
    let out = hub.sync(&mx);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("remote `origin` unreachable or refused access"),
        "{err}"
    );
    assert!(
        err.contains("the local commit is kept and the next `followup sync` pushes it"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(
        hub.git_ok(&mx, &["log", "-1", "--format=%s"]),
        "JC2-11 in-progress"
    );
    assert_eq!(hub.git_ok(&mx, &["status", "--porcelain"]), "");
    assert_eq!(hub.hub_main(), before);

    hub.git_ok(&mx, &["remote", "set-url", "origin", &url]);
    let out = hub.sync(&mx);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("went out to origin/main: 1 commit"),
        "{}",
        stdout(&out)
    );
    assert_eq!(hub.hub_main(), hub.head(&mx));
}

#[test]
fn without_a_git_identity_nothing_is_committed() {
    let hub = Hub::with_ledger();
    let mx = hub.sb.path("mexico");
    hub.git_ok(&mx, &["config", "--unset", "user.name"]);
    hub.git_ok(&mx, &["config", "--unset", "user.email"]);
    let head = hub.head(&mx);
    hub.ok(&mx, &["set", "JC2-11", "status=blocked"]);
    let out = hub.sync(&mx);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("git config user.name"),
        "{}",
        stderr(&out)
    );
    assert_eq!(hub.head(&mx), head);
}

#[test]
fn a_repository_without_a_remote_says_how_to_add_one() {
    let hub = Hub::empty();
    let dir = TestRepo::init(&hub.sb, "alone").dir().to_owned();
    std::fs::copy(
        fixtures().join("korea-mexico-sme.json"),
        dir.join("ledger.json"),
    )
    .unwrap();
    let out = hub.sync(&dir);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("git remote add origin URL"),
        "{}",
        stderr(&out)
    );
}

/// Conflict markers from a merge done without the driver: every command says
/// so in one line, `sync --repair` merges again by item, `sync` concludes.
#[test]
fn a_ledger_with_conflict_markers_is_repaired_and_synced() {
    let hub = Hub::with_ledger();
    let mx = hub.sb.path("mexico");
    let kr = hub.clone_as("seoul", "SMBA, Korea");
    hub.ok(&mx, &["note", "JC2-03", "Kia sent the supplier list."]);
    hub.ok(&kr, &["note", "JC2-03", "KOTRA will join the Kia visit."]);
    assert!(hub.sync(&mx).status.success());
    hub.git_ok(&kr, &["commit", "-qam", "Seoul note"]);
    let pull = hub.git(&kr, &["pull", "-q", "--no-rebase", "origin", "main"]);
    assert!(!pull.status.success(), "git alone conflicts");
    for cmd in [&["list"][..], &["check"], &["sync"]] {
        let out = hub.followup(&kr, cmd);
        assert_eq!(out.status.code(), Some(1), "{cmd:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains("ledger.json:")
                && err.contains("git conflict markers")
                && err.contains("followup sync --repair"),
            "{err}"
        );
    }
    let out = hub.followup(&kr, &["sync", "--repair"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("staged"), "{}", stdout(&out));
    let l = load(&kr);
    let notes = notes_of(&l, "JC2-03");
    assert!(
        notes.contains(&"Kia sent the supplier list.".to_owned())
            && notes.contains(&"KOTRA will join the Kia visit.".to_owned()),
        "{notes:?}"
    );
    assert_eq!(
        hub.git_ok(&kr, &["diff", "--name-only", "--diff-filter=U"]),
        ""
    );
    let out = hub.sync(&kr);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(hub.hub_main(), hub.head(&kr));
    assert!(hub.sync(&mx).status.success());
    assert_eq!(load(&mx), load(&kr));
    // Nothing to repair now.
    let out = hub.followup(&kr, &["sync", "--repair"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("nothing to repair"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn sync_over_the_git_daemon_transport() {
    if !require(Tool::GitDaemon) {
        return;
    }
    let hub = Hub::with_ledger();
    let daemon = GitDaemon::serve(&hub.sb, &hub.sb.path("."));
    let url = daemon.url("hub.git");
    let kr = hub.clone_from(&url, "seoul", "SMBA, Korea");
    let mx = hub.sb.path("mexico");
    hub.ok(&kr, &["set", "JC2-05", "status=done"]);
    let out = hub.sync(&kr);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(hub.hub_main(), hub.head(&kr));
    hub.ok(&mx, &["note", "JC2-05", "Confirmed by INADEM."]);
    assert!(hub.sync(&mx).status.success());
    let out = hub.sync(&kr);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("note 2026-11-23"), "{}", stdout(&out));
    assert_eq!(load(&mx), load(&kr));
}

/// Someone pushes between our fetch and our push: the rejected push is
/// followed by a new fetch and merge, then a push that lands.
#[test]
fn a_push_beaten_by_another_capital_fetches_merges_and_pushes_again() {
    let hub = Hub::with_ledger();
    let mx = hub.sb.path("mexico");
    let kr = hub.clone_as("seoul", "SMBA, Korea");
    hub.ok(&mx, &["set", "JC2-11", "status=blocked"]);
    hub.git_ok(&mx, &["commit", "-qam", "JC2-11 blocked"]);
    // Seoul's own pre-push hook (local configuration, kept by sync) lets
    // Mexico push first, once.
    let flag = hub.sb.path("pushed-once");
    let hook = kr.join(".git/hooks/pre-push");
    std::fs::write(
        &hook,
        format!(
            "#!/bin/sh\n[ -e '{flag}' ] && exit 0\ntouch '{flag}'\nunset GIT_DIR GIT_INDEX_FILE GIT_WORK_TREE GIT_PREFIX\ngit -C '{mx}' push -q origin main\n",
            flag = flag.display(),
            mx = mx.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    hub.ok(&kr, &["note", "JC2-12", "Closed at the weekly review."]);
    let out = hub.sync(&kr);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(flag.exists(), "the hook ran");
    assert!(
        stdout(&out).contains("status: open → blocked"),
        "{}",
        stdout(&out)
    );
    assert_eq!(hub.hub_main(), hub.head(&kr));
    assert!(
        hub.git(
            &kr,
            &["merge-base", "--is-ancestor", &hub.head(&mx), "HEAD"]
        )
        .status
        .success()
    );
    let l = load(&kr);
    assert_eq!(l.item("JC2-11").unwrap().status, Status::Blocked);
    assert!(notes_of(&l, "JC2-12").contains(&"Closed at the weekly review.".to_owned()));
}

/// Conflicts people can read: each side is named by who last changed the
/// field there and where that side comes from.
#[test]
fn the_sides_of_a_conflict_are_named_by_their_authors_and_origins() {
    use followup::ledger::FieldPath;
    use followup::sync::sides::{Origin, SideName, name_sides};
    let hub = Hub::with_ledger();
    let mx = hub.sb.path("mexico");
    let kr = hub.clone_as("seoul", "SMBA, Seoul");
    hub.ok(&mx, &["set", "JC2-09", "status=done"]);
    hub.ok(&kr, &["set", "JC2-09", "status=dropped"]);
    hub.ok(&kr, &["note", "JC2-05", "First two SMEs visited."]);
    assert!(hub.sync(&mx).status.success());
    assert_eq!(hub.sync(&kr).status.code(), Some(1));

    let named = name_sides(
        &kr.join("ledger.json"),
        &[
            (Some("JC2-09".into()), FieldPath::key("status")),
            (Some("JC2-05".into()), FieldPath::key("title")),
        ],
    )
    .expect("a merge is in progress");
    assert_eq!(
        named[0],
        (
            SideName {
                author: Some("SMBA, Seoul".into()),
                origin: Origin::ThisClone
            },
            SideName {
                author: Some("INADEM, Mexico".into()),
                origin: Origin::Incoming("origin/main".into())
            }
        )
    );
    // Nobody changed that field on either side since the common ancestor.
    assert_eq!(named[1].0.author, None);
    assert_eq!(named[1].1.author, None);
    // Outside a merge there is nothing to name.
    assert_eq!(name_sides(&mx.join("ledger.json"), &[]), None);
}

/// The dashboard's `↑ ↓` mark: commits to send and to receive, as git last
/// fetched them; nothing without an upstream.
#[test]
fn the_distance_to_the_remote_counts_commits_both_ways() {
    use followup::git::status::distance;
    let hub = Hub::with_ledger();
    let mx = hub.sb.path("mexico");
    let kr = hub.clone_as("seoul", "SMBA, Seoul");
    let ledger = kr.join("ledger.json");
    assert_eq!(distance(&ledger), Some((0, 0)));
    hub.ok(&kr, &["set", "JC2-09", "status=done"]);
    hub.git_ok(&kr, &["commit", "-qam", "JC2-09 done"]);
    assert_eq!(distance(&ledger), Some((1, 0)));
    hub.ok(&mx, &["note", "JC2-05", "First two SMEs visited."]);
    assert!(hub.sync(&mx).status.success());
    assert_eq!(distance(&ledger), Some((1, 0)), "not fetched yet");
    hub.git_ok(&kr, &["fetch", "-q"]);
    assert_eq!(distance(&ledger), Some((1, 1)));
    assert!(hub.sync(&kr).status.success());
    assert_eq!(distance(&ledger), Some((0, 0)));
    let alone = hub.sb.path("alone");
    std::fs::create_dir_all(&alone).unwrap();
    hub.git_ok(&alone, &["init", "-q"]);
    assert_eq!(distance(&alone.join("ledger.json")), None, "no upstream");
}
