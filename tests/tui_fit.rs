//! Nothing the user must read is cut: dialogs and the status line wrap at
//! 80×24 in Spanish and Korean, the summary strip and the table's deadline
//! column make room by measuring their own words, storage errors are worded
//! in the user's language, and the keys mean one thing in every prompt.

mod common;

use common::Sandbox;
use common::app::{TestApp, TestDashboard, press_keys};
use common::tui::draw;
use followup::app::{Action, App, FoundWhile, Mode, OnDisk, STATUS_KEYS, update};
use followup::i18n::Lang;
use followup::ledger::{Field, Fingerprint, Status};

fn app(lang: Lang) -> App {
    TestApp::new().lang(lang).size(80, 24).build()
}

/// The screen as text, one line per row.
fn screen(a: &App) -> String {
    draw(a).backend().to_string()
}

/// The rows of a dialog, from its top border to its bottom one, each cut
/// to what lies between its left and right borders.
fn dialog_rows(shown: &str) -> Vec<&str> {
    let rows: Vec<&str> = shown.lines().collect();
    let top = rows.iter().position(|r| r.contains('┌')).expect("a dialog");
    let end = rows.iter().position(|r| r.contains('└')).expect("its end");
    // Only what lies inside the borders: the screen around shows through.
    rows[top..=end]
        .iter()
        .map(|r| {
            let from = r.find(['┌', '│', '└']).unwrap_or(0);
            let to = r
                .rfind(['┐', '│', '┘'])
                .map_or(r.len(), |i| i + '│'.len_utf8());
            &r[from..to.max(from)]
        })
        .collect()
}

/// The ledger changed on disk while edits were unsaved: the dialog opens.
fn changed_on_disk(lang: Lang) -> App {
    let mut a = app(lang);
    press_keys(&mut a, "x");
    let mut theirs = a.doc.base().clone();
    theirs.item_mut("JC2-01").unwrap().status = Status::Done;
    update(
        &mut a,
        Action::DiskChanged {
            disk: OnDisk {
                ledger: Box::new(theirs),
                fingerprint: Fingerprint::of(b"theirs"),
            },
            found: FoundWhile::Watching,
        },
    );
    assert!(matches!(a.view.mode, Mode::DiskPrompt));
    a
}

#[test]
fn the_changed_on_disk_dialog_wraps_whole_in_spanish_and_korean() {
    for (lang, last_words) in [
        (Lang::Es, "nunca sobrescribe)."),
        (Lang::Ko, "덮어쓰지 않습니다)."),
    ] {
        let a = changed_on_disk(lang);
        let shown = screen(&a);
        let rows = dialog_rows(&shown);
        assert!(rows.iter().all(|r| !r.contains('…')), "{shown}");
        assert!(rows.iter().any(|r| r.contains(last_words)), "{shown}");
        insta::assert_snapshot!(format!("disk_dialog_{}_80x24", lang.code()), shown);
    }
}

#[test]
fn a_long_status_line_wraps_above_the_footer_and_keeps_its_verb() {
    let mut a = TestApp::new()
        .lang(Lang::Ko)
        .size(80, 24)
        .label("/home/secretariat/committees/korea-mexico-sme/data/ledger.json")
        .build();
    update(&mut a, Action::SampleCreated);
    let shown = screen(&a);
    let bottom: Vec<&str> = shown.lines().rev().take(3).collect();
    assert!(bottom.iter().all(|r| !r.contains('…')), "{shown}");
    assert!(bottom[0].contains("(?: 키 목록)"), "{shown}");
    assert!(
        bottom[1].contains("예시 관리대장을 만들었습니다"),
        "{shown}"
    );
    assert!(bottom[0].contains("보십시오"), "the verb is shown: {shown}");
    insta::assert_snapshot!("sample_notice_ko_80x24", shown);
}

#[test]
fn a_spanish_conflict_message_on_the_status_line_is_not_cut() {
    let mut a = app(Lang::Es);
    update(
        &mut a,
        Action::Synced(followup::app::Synced::Offline {
            remote: "git@gitlab.secretaria-tecnica.example.mx:comision-mixta/acuerdos.git".into(),
        }),
    );
    let shown = screen(&a);
    let said = followup::ui::status_text(&a);
    let last_word = said.split_whitespace().last().unwrap();
    assert!(shown.contains(last_word), "{said}\n{shown}");
    assert!(!shown.lines().last().unwrap().contains('…'), "{shown}");
}

/// The ledger on disk replaced by what a broken tool of the other capital
/// wrote: the dashboard names the file, the line and the cause in the
/// user's language, and keeps its copy.
#[test]
fn bad_json_from_the_other_capital_is_worded_in_spanish_and_korean() {
    for (lang, words) in [
        (
            Lang::Es,
            [
                "el registro de acuerdos cambió en disco pero no se puede leer",
                "JSON no válido",
            ],
        ),
        (Lang::Ko, ["파일이 변경되었으나 읽을 수 없습니다", "JSON"]),
    ] {
        let s = Sandbox::new();
        let path = s.fixture("korea-mexico-sme.json");
        let mut t = TestDashboard::open_in(&path, lang);
        t.deliver(Action::Resize(80, 24));
        std::fs::write(&path, "{\n  \"committee\": {\n    \"name\": \"x\",,\n").unwrap();
        t.disk.look_now();
        let heard = t.disk.watch(&t.app).expect("the change is noticed");
        t.deliver(heard);
        let said = followup::ui::status_text(&t.app);
        for w in words {
            assert!(said.contains(w), "{lang:?}: {said}");
        }
        assert!(
            said.contains("korea-mexico-sme.json:3:17: "),
            "file, line and column: {said}"
        );
        for english in ["expected", "line", "cannot", "error"] {
            assert!(!said.contains(english), "{lang:?}: {said}");
        }
        let shown = screen(&t.app);
        assert!(!shown.lines().last().unwrap().contains('…'), "{shown}");
        let name = format!("bad_json_{}_80x24", lang.code());
        insta::assert_snapshot!(
            name,
            shown.replace(s.dir.path().to_str().unwrap(), "SANDBOX")
        );
    }
}

#[test]
fn the_delete_prompt_answers_si_with_s_in_spanish_and_shows_it() {
    let mut a = app(Lang::Es);
    let n = a.doc.ledger().items.len();
    press_keys(&mut a, "D");
    let shown = screen(&a);
    let rows = dialog_rows(&shown);
    assert!(rows.last().unwrap().contains("s sí"), "{shown}");
    assert!(rows.iter().all(|r| !r.contains('…')), "{shown}");
    insta::assert_snapshot!("delete_prompt_es_80x24", shown);
    press_keys(&mut a, "s");
    assert_eq!(a.doc.ledger().items.len(), n - 1, "s is sí");
    // y keeps working in every language; Korean also takes ㅛ, what the y
    // key types while the Korean input method is on, and ㅜ (n) says no.
    for (lang, yes) in [
        (Lang::Es, "y"),
        (Lang::Ko, "y"),
        (Lang::Ko, "ㅛ"),
        (Lang::En, "y"),
    ] {
        let mut a = app(lang);
        press_keys(&mut a, "Dㅜ");
        assert_eq!(a.doc.ledger().items.len(), n, "{lang:?}: no");
        press_keys(&mut a, &format!("D{yes}"));
        assert_eq!(a.doc.ledger().items.len(), n - 1, "{lang:?}: {yes}");
    }
    // Another language's yes is not one: `s` never deletes in English or
    // Korean, nor `ㅛ` in Spanish.
    for (lang, other) in [(Lang::En, "s"), (Lang::Ko, "s"), (Lang::Es, "ㅛ")] {
        let mut a = app(lang);
        press_keys(&mut a, &format!("D{other}"));
        assert_eq!(a.doc.ledger().items.len(), n, "{lang:?}: {other}");
    }
}

#[test]
fn status_keys_mean_the_same_status_in_the_form_and_the_picker() {
    for (key, status) in STATUS_KEYS {
        let mut a = app(Lang::En);
        let id = a.doc.ledger().items[a.selected_item().unwrap()].id.clone();
        press_keys(&mut a, &format!("s{key}"));
        assert_eq!(
            a.doc.ledger().item(&id).unwrap().status,
            status,
            "picker: {key}"
        );
        let mut a = app(Lang::En);
        press_keys(&mut a, "e");
        let form = |a: &App| a.view.mode.form().unwrap().clone();
        while form(&a).focused() != followup::ledger::Field::Status {
            press_keys(&mut a, "<Tab>");
        }
        press_keys(&mut a, &key.to_string());
        assert_eq!(form(&a).status, status, "form: {key}");
    }
    // The dropped key is d in both, and done is x, as x marks done in the table.
    assert!(STATUS_KEYS.contains(&('d', Status::Dropped)));
    assert!(STATUS_KEYS.contains(&('x', Status::Done)));
}

/// The strip names the statuses in full when its own words fit, else
/// counts them: measured, so Spanish (longer) falls back where English fits.
#[test]
fn the_summary_strip_falls_back_by_measuring_its_labels() {
    let strip = |lang: Lang, w: u16| {
        let a = TestApp::new().lang(lang).size(w, 30).build();
        screen(&a).lines().nth(1).unwrap().to_owned()
    };
    let w = 100;
    let en = strip(Lang::En, w);
    let es = strip(Lang::Es, w);
    assert!(en.contains("4 open"), "{en}");
    assert!(es.contains("○ 4  ◐ 6"), "{es}");
    assert!(strip(Lang::Es, 120).contains("4 pendientes"));
}

/// A workstream's numbers are never cut into other numbers: at 10,000 items
/// (five digits of total) its bar gives way to them, and every count drawn
/// is the workstream's own.
#[test]
fn a_large_workstream_s_numbers_are_drawn_whole() {
    let l = followup::synthetic::ledger(10_000, followup::synthetic::demo_today());
    let a = TestApp::new().ledger(l).size(120, 40).build();
    let shown = screen(&a);
    let drawn: Vec<(usize, usize)> = shown
        .lines()
        .skip(2)
        .take_while(|row| row.contains('/'))
        .flat_map(|row| row.split_whitespace())
        .filter_map(|word| word.split_once('/'))
        .filter_map(|(d, t)| Some((d.parse().ok()?, t.parse().ok()?)))
        .collect();
    let counts = &a.index.stats.progress;
    assert_eq!(drawn.len(), a.index.workstreams.len(), "{shown}");
    for pair in &drawn {
        assert!(
            counts.contains(pair),
            "{pair:?} is no workstream's count\n{shown}"
        );
    }
    assert!(drawn.iter().any(|&(_, t)| t >= 1000), "{drawn:?}");
}

/// At 80×24 the deadline column is short ("10 d de atraso") so that the
/// title keeps room; at 120 columns it says the date and the long form.
#[test]
fn the_deadline_column_is_short_at_80_columns_and_the_title_keeps_room() {
    let shown = screen(&app(Lang::Es));
    let row = shown.lines().find(|l| l.contains("JC3-04")).unwrap();
    assert!(row.contains("10 d de atraso ↻1"), "{row}");
    assert!(row.contains("Circular y fir"), "{row}");
    assert!(!shown.contains("días de atraso ↻"), "{shown}");
    let wide = TestApp::new().lang(Lang::Es).size(120, 40).build();
    assert!(screen(&wide).contains("2026-11-13 10 días de atraso"));
    insta::assert_snapshot!("deadline_column_es_80x24", shown);
    insta::assert_snapshot!("deadline_column_ko_80x24", screen(&app(Lang::Ko)));
}

#[test]
fn the_help_wraps_what_each_key_does_instead_of_cutting_it() {
    for lang in [Lang::En, Lang::Es, Lang::Ko] {
        let mut a = app(lang);
        press_keys(&mut a, "?");
        let mut seen = String::new();
        // Scroll the whole help through, one row at a time.
        for _ in 0..200 {
            let shown = screen(&a);
            for row in dialog_rows(&shown) {
                assert!(!row.contains('…'), "{lang:?}: {row}\n{shown}");
                seen.push_str(row);
                seen.push('\n');
            }
            press_keys(&mut a, "j");
        }
        // A long description is there in full, over two rows.
        let cat = followup::i18n::catalog(lang);
        let long = cat.text("key-page-down");
        let first_word = long.split_whitespace().next().unwrap();
        let last_word = long.split_whitespace().last().unwrap();
        assert!(
            seen.contains(first_word) && seen.contains(last_word),
            "{lang:?}: {long}\n{seen}"
        );
    }
}

#[test]
fn the_deadline_prompt_wraps_the_deadline_now_and_what_it_will_be() {
    for lang in [Lang::Es, Lang::Ko] {
        let mut a = app(lang);
        // JC2-08's deadline has moved three times: the longest line there is.
        press_keys(&mut a, "/JC2-08<Enter>d+2w");
        let shown = screen(&a);
        let rows = dialog_rows(&shown);
        // The border keeps the item's title short; what is inside is whole.
        for row in &rows[1..] {
            assert!(!row.contains('…'), "{lang:?}: {row}\n{shown}");
        }
        let cat = followup::i18n::catalog(lang);
        let total = followup::tr!(cat, "due-preview-slips", n = 4, shift = "later");
        let last = total.split_whitespace().last().unwrap();
        let inside = &rows[1..rows.len() - 1];
        assert!(
            inside.iter().any(|r| r.contains(last)),
            "{lang:?}: {last}\n{shown}"
        );
        assert!(
            rows[rows.len() - 1].contains('└'),
            "the border is whole: {shown}"
        );
        insta::assert_snapshot!(format!("due_prompt_{}_80x24", lang.code()), shown);
    }
}

#[test]
fn the_form_wraps_its_hint_and_a_field_s_problem() {
    for lang in [Lang::Es, Lang::Ko] {
        let mut a = app(lang);
        press_keys(&mut a, "e");
        // The status field's hint, then the deadline's with a long problem.
        for _ in 0..3 {
            press_keys(&mut a, "<Tab>");
        }
        assert_eq!(a.view.mode.form().unwrap().focused(), Field::Status);
        let status = screen(&a);
        press_keys(&mut a, "<Tab><C-u>quizás");
        let due = screen(&a);
        for shown in [&status, &due] {
            let rows = dialog_rows(shown);
            for row in &rows[1..] {
                assert!(!row.contains('…'), "{lang:?}: {row}\n{shown}");
            }
        }
        let cat = followup::i18n::catalog(lang);
        let hint = followup::tr!(cat, "hint-status", keys = "o i b x d");
        let last = hint.split_whitespace().last().unwrap();
        assert!(
            dialog_rows(&status).iter().any(|r| r.contains(last)),
            "{last}\n{status}"
        );
        insta::assert_snapshot!(format!("form_problem_{}_80x24", lang.code()), due);
    }
}

#[test]
fn the_timeline_legend_leaves_parts_out_rather_than_cut_them() {
    for lang in [Lang::En, Lang::Es, Lang::Ko] {
        let mut a = app(lang);
        press_keys(&mut a, "t");
        let shown = screen(&a);
        let legend = shown.lines().rev().nth(1).unwrap();
        let cat = followup::i18n::catalog(lang);
        let first = cat.text("legend-marks");
        let first = first.split_whitespace().nth(1).unwrap();
        assert!(
            legend.contains(first),
            "{lang:?}: the legend is there\n{shown}"
        );
        assert!(!legend.contains('…'), "{lang:?}: {legend}");
    }
}
