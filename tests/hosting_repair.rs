//! A ledger that a host merged as text (a pull request merged in the web
//! interface, which never runs followup's merge driver) lands on the shared
//! branch with conflict markers: the CI check stops it, and
//! `followup sync --repair` in either capital's clone redoes that merge by
//! item and field from its parents; `sync` then publishes the repair.

mod common;
use common::hub::Hub;
use common::*;
use std::path::Path;

fn notes_of(dir: &Path, id: &str) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("ledger.json")).unwrap();
    let l: serde_json::Value = serde_json::from_str(&text).unwrap();
    l["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id)
        .unwrap()["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["text"].as_str().unwrap().to_owned())
        .collect()
}

/// The hub's `main` after a "web merge": Seoul's branch and Mexico's main
/// each added a note to JC2-03; the host merged them as text, committing
/// the conflict markers as a person resolving in a browser might.
fn merged_on_the_host(hub: &Hub) -> (std::path::PathBuf, std::path::PathBuf) {
    let mx = hub.sb.path("mexico");
    let kr = hub.clone_as("seoul", "SMBA, Korea");
    hub.git_ok(&kr, &["switch", "-q", "-c", "seoul-notes"]);
    hub.ok(&kr, &["note", "JC2-03", "KOTRA will join the Kia visit."]);
    hub.git_ok(&kr, &["commit", "-qam", "Seoul note"]);
    hub.git_ok(&kr, &["push", "-q", "origin", "seoul-notes"]);
    hub.ok(&mx, &["note", "JC2-03", "Kia sent the supplier list."]);
    assert!(hub.sync(&mx).status.success());
    // The host: a plain git merge, as a web interface does it.
    let host = hub.clone_as("host", "Web merge");
    hub.git_ok(&host, &["fetch", "-q", "origin", "seoul-notes"]);
    let merged = hub.git(
        &host,
        &[
            "merge",
            "--no-ff",
            "-m",
            "Merge pull request #7",
            "FETCH_HEAD",
        ],
    );
    assert!(!merged.status.success(), "git alone conflicts");
    hub.git_ok(&host, &["commit", "-qam", "Merge pull request #7"]);
    hub.git_ok(&host, &["push", "-q", "origin", "main"]);
    hub.git_ok(&kr, &["switch", "-q", "main"]);
    hub.git_ok(&kr, &["pull", "-q", "--ff-only", "origin", "main"]);
    (mx, kr)
}

#[test]
fn a_ledger_a_host_merged_with_markers_is_stopped_by_the_check_and_repaired() {
    let hub = Hub::with_ledger();
    let (mx, kr) = merged_on_the_host(&hub);
    let text = std::fs::read_to_string(kr.join("ledger.json")).unwrap();
    assert!(text.contains("<<<<<<<"), "the markers landed");

    // What the CI runs.
    let out = hub.followup(&kr, &["check", "--strict"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("ledger.json:"), "{}", stderr(&out));

    let out = hub.followup(&kr, &["sync", "--repair"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("redone by item and field"),
        "{}",
        stdout(&out)
    );
    let notes = notes_of(&kr, "JC2-03");
    for n in [
        "Kia sent the supplier list.",
        "KOTRA will join the Kia visit.",
    ] {
        assert!(notes.contains(&n.to_owned()), "{n}: {notes:?}");
    }
    assert!(hub.followup(&kr, &["check", "--strict"]).status.success());

    let out = hub.sync(&kr);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("JC2-03"),
        "the commit says what the repair brought: {}",
        stdout(&out)
    );
    assert_eq!(hub.hub_main(), hub.head(&kr));
    // Mexico never saw the broken ledger in its clone: it syncs as usual.
    let out = hub.sync(&mx);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(notes_of(&mx, "JC2-03"), notes_of(&kr, "JC2-03"));
}

#[test]
fn a_clone_holding_the_broken_merge_syncs_once_the_other_published_the_repair() {
    let hub = Hub::with_ledger();
    let (mx, kr) = merged_on_the_host(&hub);
    hub.git_ok(&mx, &["pull", "-q", "--ff-only", "origin", "main"]);
    assert!(hub.followup(&kr, &["sync", "--repair"]).status.success());
    assert!(hub.sync(&kr).status.success());
    let out = hub.sync(&mx);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(notes_of(&mx, "JC2-03"), notes_of(&kr, "JC2-03"));
}

#[test]
fn a_broken_commit_that_is_not_a_merge_or_was_edited_after_is_named() {
    let hub = Hub::with_ledger();
    let (_, kr) = merged_on_the_host(&hub);
    let ledger = kr.join("ledger.json");
    let text = std::fs::read_to_string(&ledger).unwrap();
    // Edited by hand after the merge: redoing the merge would lose that.
    std::fs::write(&ledger, text.replacen("Kia", "KIA", 1)).unwrap();
    let out = hub.followup(&kr, &["sync", "--repair"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("changed again after it"),
        "{}",
        stderr(&out)
    );
    // A broken ledger committed on its own: no merge to redo, the commit is named.
    std::fs::write(&ledger, &text).unwrap();
    hub.git_ok(&kr, &["reset", "-q", "--hard", "HEAD~1"]);
    std::fs::write(&ledger, "{\n  \"items\": [\n").unwrap();
    hub.git_ok(&kr, &["commit", "-qam", "broken by hand"]);
    let short = hub.git_ok(&kr, &["rev-parse", "--short", "HEAD"]);
    let out = hub.followup(&kr, &["sync", "--repair"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!("commit {short}, which is not a merge")),
        "{}",
        stderr(&out)
    );
}
