//! The dashboard on a committee working in English, Spanish and Korean
//! (the bilingual sample written to a file and opened): each text in the
//! reader's language with the discreet mark on an original shown, `O` to
//! read the originals, the detail pane's line per language, the
//! translation form (save, cancel, undo), the agenda's section to
//! translate, and search through translated titles; screens as snapshots
//! in every language at 80×24 and 120×40.

mod common;

use common::Sandbox;
use common::app::{TestApp, TestDashboard, press_keys};
use common::bilingual::{
    JC2_01_ES, JC2_01_KO, JC2_03_KO_OUTDATED, JC2_09_KO, write_bilingual_sample,
};
use common::tui::{draw, sel, status_text};
use followup::app::{Action, App, Effect, Mode, Scope, update};
use followup::i18n::Lang;
use followup::ledger::{Mark, Reading, TextRef, TextState};
use followup::query::AgendaSection;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// The bilingual sample, written to a file in a sandbox and opened by the
/// dashboard in `lang` (autosave off, author `tester`).
fn open(lang: Lang) -> (Sandbox, TestDashboard) {
    let s = Sandbox::new();
    let path = s.path("bi.json");
    write_bilingual_sample(&path);
    let t = TestDashboard::open_in(&path, lang);
    (s, t)
}

/// Selects the item `id` in the table.
fn select(app: &mut App, id: &str) {
    update(app, Action::Top);
    while sel(app).id != id {
        let at = app.view.selected;
        update(app, Action::Move(1));
        assert_ne!(at, app.view.selected, "{id} is not on view");
    }
}

/// The title of `id` as the dashboard shows it now.
fn title<'a>(app: &'a App, id: &str) -> followup::ledger::Shown<'a> {
    app.title(app.doc.ledger().item(id).unwrap())
}

/// Where the text `r` stands in `lang`, and its translation there.
fn text_in(app: &App, r: &TextRef, lang: Lang) -> (TextState, Option<String>) {
    let slot = app.doc.ledger().text(r).expect("the text");
    let t = slot.translation(lang).map(|t| t.text.clone());
    (slot.state(lang), t)
}

fn title_ref(id: &str) -> TextRef {
    TextRef::ItemTitle(id.into())
}

/// Snapshots the screen `setup` leads to in every language and size.
fn each(screen: &str, setup: impl Fn(&mut App)) {
    for lang in Lang::ALL {
        for (w, h) in SIZES {
            let (_s, mut t) = open(lang);
            update(&mut t.app, Action::Resize(w, h));
            setup(&mut t.app);
            let name = format!("{screen}_{}_{w}x{h}", lang.code());
            insta::assert_snapshot!(name, draw(&t.app).backend());
        }
    }
}

#[test]
fn each_title_is_shown_in_the_readers_language_else_its_original_marked() {
    let (_s, t) = open(Lang::Ko);
    let a = &t.app;
    assert_eq!(title(a, "JC2-01").text, JC2_01_KO);
    assert_eq!(title(a, "JC2-01").mark, Mark::Plain);
    // Translated before its original changed: the original, marked.
    let outdated = title(a, "JC2-03");
    assert!(outdated.text.starts_with("Shortlist Mexican SMEs"));
    assert_eq!(outdated.mark, Mark::Outdated(Some(Lang::En)));
    assert_eq!(title(a, "JC2-09").text, JC2_09_KO);
    let ws = a.workstream_name("SMBA liaison");
    assert_eq!(ws.text, "SMBA 연락관");
    let (_s, t) = open(Lang::Es);
    assert_eq!(title(&t.app, "JC2-01").text, JC2_01_ES);
    assert_eq!(
        title(&t.app, "JC2-09").mark,
        Mark::Untranslated(Some(Lang::En))
    );
    // English is the originals' language: nothing is marked.
    let (_s, t) = open(Lang::En);
    assert_eq!(title(&t.app, "JC2-03").mark, Mark::Plain);
}

#[test]
fn o_shows_the_originals_and_back_in_every_browsing_scope() {
    let (_s, mut t) = open(Lang::Ko);
    assert_eq!(t.app.options.reading, Reading::Translated);
    press_keys(&mut t.app, "O");
    assert_eq!(t.app.options.reading, Reading::Originals);
    assert!(title(&t.app, "JC2-01").text.starts_with("Post an SMBA"));
    assert_eq!(
        title(&t.app, "JC2-03").mark,
        Mark::Plain,
        "no marks on originals"
    );
    assert!(
        status_text(&t.app).contains("원문"),
        "{}",
        status_text(&t.app)
    );
    // The same key in the timeline and in review mode.
    press_keys(&mut t.app, "t");
    assert_eq!(t.app.scope(), Scope::Timeline);
    press_keys(&mut t.app, "O");
    assert_eq!(t.app.options.reading, Reading::Translated);
    assert_eq!(title(&t.app, "JC2-01").text, JC2_01_KO);
    press_keys(&mut t.app, "<Esc>r");
    assert_eq!(t.app.scope(), Scope::Review);
    press_keys(&mut t.app, "O");
    assert_eq!(t.app.options.reading, Reading::Originals);
    // Typed in a text field, it is a letter.
    press_keys(&mut t.app, "<Esc><Esc>/O");
    assert_eq!(t.app.view.search.query, "O");
    assert_eq!(t.app.options.reading, Reading::Originals);
}

#[test]
fn the_reading_starts_as_the_command_line_says() {
    let options = followup::app::Options {
        reading: Reading::Originals,
        lang: Lang::Ko,
        ..Default::default()
    };
    let a = TestApp::new()
        .ledger(common::bilingual::bilingual_sample())
        .options(options)
        .build();
    assert!(title(&a, "JC2-01").text.starts_with("Post an SMBA"));
}

#[test]
fn a_one_language_ledger_shows_and_searches_as_before() {
    let mut a = TestApp::new()
        .lang(Lang::Ko)
        .ledger(followup::synthetic::untranslated_sample())
        .build();
    assert!(a.doc.ledger().committee.languages.is_empty());
    let jc3 = title(&a, "JC2-03");
    assert_eq!(jc3.mark, Mark::Plain);
    press_keys(&mut a, "r");
    let agenda = a.view.review.as_ref().unwrap();
    assert!(
        agenda
            .entries
            .iter()
            .all(|e| e.section != AgendaSection::ToTranslate)
    );
    press_keys(&mut a, "T");
    assert!(a.view.mode.is_normal());
    assert!(status_text(&a).contains("languages"), "{}", status_text(&a));
}

#[test]
fn the_agenda_has_a_section_to_translate_only_for_several_languages() {
    let (_s, mut t) = open(Lang::Ko);
    press_keys(&mut t.app, "r");
    let agenda = t.app.view.review.as_ref().unwrap();
    let to_translate: Vec<&str> = agenda
        .entries
        .iter()
        .filter(|e| e.section == AgendaSection::ToTranslate)
        .map(|e| e.id.as_str())
        .collect();
    // JC2-01 and JC2-09 have Korean titles but notes to translate; JC2-03's
    // title is outdated; every other item has nothing in Korean.
    assert!(to_translate.contains(&"JC2-03"), "{to_translate:?}");
    assert!(to_translate.contains(&"JC2-01"), "{to_translate:?}");
    assert_eq!(to_translate.len(), t.app.doc.ledger().items.len());
    // The last section, after what the meeting discusses.
    assert_eq!(
        agenda.entries.last().unwrap().section,
        AgendaSection::ToTranslate
    );
    // A reader whose language the committee does not work in gets none.
    let mut ledger = common::bilingual::bilingual_sample();
    ledger.committee.languages = vec![Lang::Es, Lang::Ko];
    let mut a = TestApp::new().ledger(ledger).lang(Lang::En).build();
    press_keys(&mut a, "r");
    let agenda = a.view.review.as_ref().unwrap();
    assert!(
        agenda
            .entries
            .iter()
            .all(|e| e.section != AgendaSection::ToTranslate)
    );
}

#[test]
fn search_finds_an_item_by_its_translated_title() {
    let (_s, mut t) = open(Lang::Ko);
    press_keys(&mut t.app, "/연락관");
    assert_eq!(sel(&t.app).id, "JC2-01");
    press_keys(&mut t.app, "<Esc>/OECD 연구");
    assert_eq!(sel(&t.app).id, "JC2-09");
    // The original still finds it.
    press_keys(&mut t.app, "<Esc>/liaison officer");
    assert_eq!(sel(&t.app).id, "JC2-01");
}

#[test]
fn the_translation_form_opens_on_what_to_translate_into_the_readers_language() {
    let (_s, mut t) = open(Lang::Ko);
    select(&mut t.app, "JC2-03");
    press_keys(&mut t.app, "T");
    let form = t.app.view.mode.translation().expect("the form is open");
    assert_eq!(t.app.scope(), Scope::Translate);
    assert_eq!(form.target, Lang::Ko);
    assert_eq!(form.texts[0], title_ref("JC2-03"));
    assert_eq!(form.texts.len(), 3, "the title and two notes");
    // The outdated translation is there to be corrected, and focused.
    let title = &form.fields()[0];
    assert_eq!(title.state, TextState::Outdated);
    assert_eq!(title.value(), JC2_03_KO_OUTDATED);
    assert_eq!(form.focus, 0);
    // The reader's language is the title's: another working language.
    let (_s, mut t) = open(Lang::En);
    select(&mut t.app, "JC2-01");
    press_keys(&mut t.app, "T");
    let form = t.app.view.mode.translation().unwrap();
    assert_eq!(form.target, Lang::Es);
    assert_eq!(form.fields()[0].value(), JC2_01_ES);
    press_keys(&mut t.app, "<C-l>");
    let form = t.app.view.mode.translation().unwrap();
    assert_eq!(form.target, Lang::Ko);
    assert_eq!(form.fields()[0].value(), JC2_01_KO);
}

#[test]
fn saving_the_form_writes_one_translation_per_text_changed_undone_together() {
    let (_s, mut t) = open(Lang::Ko);
    t.app.options.autosave = true;
    select(&mut t.app, "JC2-03");
    let before = t.app.doc.ledger().clone();
    let new_title = "기아자동차 누에보레온 공장 납품 멕시코 중소기업 예비 선정";
    let effects = press_keys(
        &mut t.app,
        &format!("T<C-u>{new_title}<Tab>INADEM이 후보 공급업체 목록을 기아에 보냄<Enter>"),
    );
    assert!(t.app.view.mode.is_normal());
    assert_eq!(effects, [Effect::Save], "saved like any edit");
    let (state, text) = text_in(&t.app, &title_ref("JC2-03"), Lang::Ko);
    assert_eq!(
        (state, text.as_deref()),
        (TextState::Current, Some(new_title))
    );
    let item = t.app.doc.ledger().item("JC2-03").unwrap();
    assert_eq!(
        item.translations.get("title", Lang::Ko).unwrap().author,
        "tester"
    );
    let note = |index| TextRef::Note {
        item: "JC2-03".into(),
        index,
    };
    assert_eq!(text_in(&t.app, &note(0), Lang::Ko).0, TextState::Current);
    // The other note, left empty, is still to translate.
    assert_eq!(text_in(&t.app, &note(1), Lang::Ko).0, TextState::Missing);
    assert_eq!(t.app.doc.history.undo_len(), 1, "one edit");
    assert_eq!(title(&t.app, "JC2-03").text, new_title);
    assert_eq!(
        t.app.doc.ledger().item("JC2-03").unwrap().updated,
        before.item("JC2-03").unwrap().updated,
        "a translation is not a change of the item"
    );
    press_keys(&mut t.app, "u");
    assert_eq!(*t.app.doc.ledger(), before, "one undo takes both back");
    press_keys(&mut t.app, "<C-r>");
    assert_eq!(title(&t.app, "JC2-03").text, new_title);
}

#[test]
fn esc_writes_nothing_and_an_untouched_form_changes_nothing() {
    let (_s, mut t) = open(Lang::Es);
    select(&mut t.app, "JC2-09");
    let before = t.app.doc.ledger().clone();
    press_keys(&mut t.app, "TÚnase al estudio<Tab>Esperando<C-l>익명<Esc>");
    assert!(t.app.view.mode.is_normal());
    assert_eq!(*t.app.doc.ledger(), before);
    assert_eq!(t.app.doc.history.undo_len(), 0);
    press_keys(&mut t.app, "T<Tab><Tab><Enter>");
    assert_eq!(*t.app.doc.ledger(), before);
    assert_eq!(t.app.doc.history.undo_len(), 0);
    assert!(
        status_text(&t.app).contains("JC2-09"),
        "{}",
        status_text(&t.app)
    );
}

#[test]
fn two_languages_written_in_one_form_and_an_emptied_translation_removed() {
    let (_s, mut t) = open(Lang::Es);
    select(&mut t.app, "JC2-01");
    // Spanish: the title's translation emptied; Korean: the second note.
    press_keys(&mut t.app, "T");
    assert_eq!(t.app.view.mode.translation().unwrap().focus, 1);
    press_keys(&mut t.app, "<S-Tab><C-u><C-l>");
    let form = t.app.view.mode.translation().unwrap();
    assert_eq!(form.target, Lang::Ko);
    assert_eq!(
        form.fields()[1].state,
        TextState::Current,
        "note 1 in Korean"
    );
    assert_eq!(form.focus, 2, "the first Korean text to translate");
    press_keys(&mut t.app, "2026년 회기에서 재추진<Enter>");
    let title = title_ref("JC2-01");
    assert_eq!(text_in(&t.app, &title, Lang::Es).0, TextState::Missing);
    assert_eq!(text_in(&t.app, &title, Lang::Ko).0, TextState::Current);
    let note = TextRef::Note {
        item: "JC2-01".into(),
        index: 1,
    };
    let (state, text) = text_in(&t.app, &note, Lang::Ko);
    assert_eq!(state, TextState::Current);
    assert_eq!(text.as_deref(), Some("2026년 회기에서 재추진"));
    assert_eq!(t.app.doc.history.undo_len(), 1);
}

#[test]
fn an_outdated_translation_edited_back_to_its_words_is_confirmed() {
    let (_s, mut t) = open(Lang::Ko);
    select(&mut t.app, "JC2-03");
    press_keys(&mut t.app, "T<BS>정<Enter>");
    let (state, text) = text_in(&t.app, &title_ref("JC2-03"), Lang::Ko);
    assert_eq!(state, TextState::Current);
    assert_eq!(text.as_deref(), Some(JC2_03_KO_OUTDATED));
}

#[test]
fn an_item_gone_from_under_the_open_form_is_neither_drawn_nor_written() {
    let (_s, mut t) = open(Lang::Ko);
    select(&mut t.app, "JC2-03");
    press_keys(&mut t.app, "T새 번역");
    // As a change on disk taken in while the form is open would.
    t.app.doc.ledger_mut().items.retain(|i| i.id != "JC2-03");
    t.app.reindex();
    t.app.rebuild();
    draw(&t.app);
    press_keys(&mut t.app, "<Enter>");
    assert!(t.app.view.mode.is_normal());
    assert!(
        status_text(&t.app).contains("JC2-03"),
        "{}",
        status_text(&t.app)
    );
    assert_eq!(t.app.doc.history.undo_len(), 0);
}

#[test]
fn the_form_is_not_opened_read_only() {
    let ledger = common::bilingual::bilingual_sample();
    let mut a = TestApp::new()
        .ledger(ledger)
        .lang(Lang::Ko)
        .read_only(followup::app::Unwritable::File)
        .build();
    press_keys(&mut a, "T");
    assert!(a.view.mode.is_normal());
    // Reading the originals is no edit.
    press_keys(&mut a, "O");
    assert_eq!(a.options.reading, Reading::Originals);
}

#[test]
fn a_note_written_in_the_dashboard_records_the_writers_language() {
    let (_s, mut t) = open(Lang::Ko);
    select(&mut t.app, "JC2-09");
    press_keys(&mut t.app, "c경제협력개발기구 회신 대기<Enter>");
    let note = t
        .app
        .doc
        .ledger()
        .item("JC2-09")
        .unwrap()
        .notes
        .last()
        .unwrap();
    assert_eq!(note.language, Some(Lang::Ko));
    let (_s, mut t) = open(Lang::En);
    select(&mut t.app, "JC2-09");
    press_keys(&mut t.app, "cStill waiting<Enter>");
    let note = t
        .app
        .doc
        .ledger()
        .item("JC2-09")
        .unwrap()
        .notes
        .last()
        .unwrap();
    assert_eq!(note.language, None, "English is the committee's first");
}

#[test]
fn table() {
    each("bilingual_table", |_| {});
}

#[test]
fn table_grouped() {
    each("bilingual_grouped", |a| {
        drop(update(a, Action::ToggleGroups))
    });
}

#[test]
fn detail() {
    each("bilingual_detail", |a| {
        select(a, "JC2-01");
        update(a, Action::ToggleDetail);
    });
}

#[test]
fn detail_outdated() {
    each("bilingual_detail_outdated", |a| {
        select(a, "JC2-03");
        update(a, Action::ToggleDetail);
    });
}

#[test]
fn translation_form() {
    each("bilingual_form", |a| {
        select(a, "JC2-03");
        update(a, Action::Open(followup::app::Prompt::Translate));
        assert!(matches!(a.view.mode, Mode::Translate(_)));
    });
}

#[test]
fn review() {
    each("bilingual_review", |a| {
        update(a, Action::Review);
        update(a, Action::Bottom);
    });
}

#[test]
fn timeline() {
    each("bilingual_timeline", |a| {
        select(a, "JC2-01");
        update(a, Action::ToggleTimeline);
    });
}

#[test]
fn a_title_edited_in_the_form_leaves_its_translations_outdated_not_lost() {
    let mut a = TestApp::new().lang(Lang::Es).build();
    select(&mut a, "JC2-01");
    let (state, before) = text_in(&a, &title_ref("JC2-01"), Lang::Es);
    assert_eq!(state, TextState::Current);
    // The form edits the original, as written, whatever the reader reads.
    press_keys(&mut a, "e");
    press_keys(&mut a, " (24 months)<Enter>");
    let item = a.doc.ledger().item("JC2-01").unwrap();
    assert_eq!(
        item.title,
        "Post an SMBA liaison officer at INADEM for 18 months (24 months)"
    );
    let (state, kept) = text_in(&a, &title_ref("JC2-01"), Lang::Es);
    assert_eq!(state, TextState::Outdated);
    assert_eq!(kept, before, "the outdated translation is kept");
    let shown = title(&a, "JC2-01");
    assert_eq!(shown.text, item.title);
    assert_eq!(shown.mark, Mark::Outdated(Some(Lang::En)));
}
