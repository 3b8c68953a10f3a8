//! Storage, lock and read-only errors on the dashboard speak the user's
//! language: a Spanish and a Korean dashboard whose save fails, as drawn.

mod common;

use common::Sandbox;
use common::app::{TestApp, TestDashboard};
use common::tui::draw;
use followup::app::Unwritable;
use followup::i18n::Lang;
use followup::ledger::Store;
use std::time::Duration;

/// Every line of the screen as text.
fn screen(t: &followup::app::App) -> String {
    draw(t).backend().to_string()
}

/// A dashboard on a copy of the fixture, the item JC2-11 marked done.
fn edited(s: &Sandbox, lang: Lang) -> TestDashboard {
    let path = s.fixture("korea-mexico-sme.json");
    let mut t = TestDashboard::open_in(&path, lang);
    t.type_keys("/JC2-11<Enter>x");
    t
}

/// The ledger's path replaced by a folder: the store cannot save there.
fn break_the_file(s: &Sandbox) {
    let path = s.path("korea-mexico-sme.json");
    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir(&path).unwrap();
}

#[test]
fn a_spanish_dashboard_says_why_the_save_failed_in_spanish() {
    let s = Sandbox::new();
    let mut t = edited(&s, Lang::Es);
    let held = Store::new(s.path("korea-mexico-sme.json"))
        .lock("followup set", Duration::ZERO)
        .unwrap();
    t.type_keys("<C-s>");
    let shown = screen(&t.app);
    assert!(shown.contains("está escribiendo en el registro"), "{shown}");
    drop(held);
    break_the_file(&s);
    t.type_keys("<C-s>");
    let said = followup::ui::status_text(&t.app);
    assert!(said.starts_with("no se guardó: "), "{said}");
    assert!(said.contains("es un directorio"), "{said}");
    assert!(
        !said.contains("cannot") && !said.contains("not saved"),
        "{said}"
    );
    assert!(!t.app.is_saved(), "the edit is kept");
}

#[test]
fn a_korean_dashboard_says_why_the_save_failed_in_korean() {
    let s = Sandbox::new();
    let mut t = edited(&s, Lang::Ko);
    let held = Store::new(s.path("korea-mexico-sme.json"))
        .lock("followup set", Duration::ZERO)
        .unwrap();
    t.type_keys("<C-s>");
    let shown = screen(&t.app);
    assert!(shown.contains("관리대장을 쓰는 중입니다"), "{shown}");
    drop(held);
    break_the_file(&s);
    t.type_keys("<C-s>");
    let said = followup::ui::status_text(&t.app);
    assert!(said.starts_with("저장되지 않았습니다: "), "{said}");
    assert!(said.contains("디렉터리입니다"), "{said}");
    assert!(
        !said.contains("cannot") && !said.contains("not saved"),
        "{said}"
    );
}

#[test]
fn a_read_only_folder_is_named_in_the_users_language() {
    for (lang, words) in [
        (
            Lang::Es,
            "usted no puede escribir en la carpeta del archivo",
        ),
        (Lang::Ko, "파일이 있는 폴더에 쓸 권한이 없습니다"),
    ] {
        let mut a = TestApp::new()
            .lang(lang)
            .read_only(Unwritable::Folder)
            .size(160, 40)
            .build();
        let shown = screen(&a);
        assert!(shown.contains(words), "{lang:?}: {shown}");
        common::app::press_keys(&mut a, "x");
        let said = followup::ui::status_text(&a);
        assert!(said.contains(words), "{lang:?}: {said}");
    }
}
