//! A merge conflict on the dashboard reads as `show` and the CLI sync report
//! read it: the field's label, the values in the user's language, and the
//! sides by who and where, after a real sync between two capitals' clones.

mod common;

use common::app::TestDashboard;
use common::tui::draw;
use common::{Sandbox, TestRepo};
use followup::app::{Action, Mode};
use followup::dashboard::sync_ledger;
use followup::i18n::Lang;
use std::path::Path;

/// Mexico closes JC2-09 and syncs; Seoul drops it and syncs from a Korean
/// dashboard (what the dashboard's sync thread runs): the picker opens.
fn conflict_after_a_sync(lang: Lang) -> (Sandbox, TestDashboard) {
    let sb = Sandbox::new();
    let (mexico, seoul) = TestRepo::two_capitals(&sb);
    let followup = |dir: &Path, args: &[&str]| {
        let out = sb.cmd().current_dir(dir).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", common::stderr(&out));
    };
    followup(mexico.dir(), &["set", "JC2-09", "status=done"]);
    followup(mexico.dir(), &["sync"]);
    followup(seoul.dir(), &["set", "JC2-09", "status=dropped"]);
    let path = seoul.path("ledger.json");
    let mut t = TestDashboard::open_in(&path, lang);
    t.deliver(Action::Resize(80, 24));
    let how = sync_ledger(&path, Path::new(env!("CARGO_BIN_EXE_followup")));
    t.deliver(Action::SyncEnded(how));
    t.hear();
    (sb, t)
}

/// The screen as text, each line trimmed.
fn screen(t: &TestDashboard) -> String {
    draw(&t.app).backend().to_string()
}

#[test]
fn the_conflict_picker_after_a_korean_sync_names_field_values_and_sides() {
    let (_sb, t) = conflict_after_a_sync(Lang::Ko);
    assert!(
        matches!(t.app.view.mode, Mode::Conflicts(_)),
        "{:?}",
        t.app.view.mode
    );
    let picker = followup::view::conflict::conflict_line(
        followup::i18n::catalog(Lang::Ko),
        &t.app.doc.ledger().item("JC2-09").unwrap().conflicts[0],
        80,
        t.app.session.side_names.values().next(),
    );
    assert_eq!(
        picker,
        "상태: 보류 → SMBA, Korea (이 복제본): 취소 | INADEM, Mexico (origin/main): 완료"
    );
    let shown = screen(&t);
    for raw in ["status:", "blocked", "dropped", " done", "우리 쪽"] {
        assert!(!shown.contains(raw), "{raw} in\n{shown}");
    }
    let status_line = shown.lines().last().unwrap();
    assert!(!status_line.contains('…'), "{status_line}");
    insta::assert_snapshot!("conflict_picker_ko_80x24", draw(&t.app).backend());
}

#[test]
fn a_spanish_conflict_reads_in_spanish_in_the_picker_and_the_pane() {
    let (_sb, t) = conflict_after_a_sync(Lang::Es);
    let shown = screen(&t);
    let line = "estado: bloqueado → SMBA, Korea (versión local): cancelado";
    assert_eq!(shown.matches(line).count(), 2, "picker and pane: {shown}");
    assert!(
        !shown.contains("nuestro") && !shown.contains("de ellos"),
        "{shown}"
    );
    let status_line = shown.lines().last().unwrap();
    assert!(!status_line.contains('…'), "{status_line}");
    insta::assert_snapshot!("conflict_picker_es_80x24", draw(&t.app).backend());
}
