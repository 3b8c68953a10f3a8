//! The dashboard in English, Spanish and Korean, at the smallest size it
//! draws in (80×24) and at 120×40: whole-screen snapshots of the main
//! screens, which are the proof that the words fit; and the key table's
//! words exist in every language.

mod common;

use common::app::TestApp;
use common::tui::draw;
use followup::app::{Action, App, KEYMAP, Prompt, update};
use followup::i18n::{Lang, catalog};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn app(lang: Lang, size: (u16, u16)) -> App {
    TestApp::new().lang(lang).size(size.0, size.1).build()
}

/// Snapshots `screen` set up by `setup` in every language and size.
fn each(screen: &str, setup: impl Fn(&mut App)) {
    for lang in Lang::ALL {
        for size in SIZES {
            let mut a = app(lang, size);
            setup(&mut a);
            let name = format!("{screen}_{}_{}x{}", lang.code(), size.0, size.1);
            insta::assert_snapshot!(name, draw(&a).backend());
        }
    }
}

#[test]
fn table() {
    each("table", |_| {});
}

#[test]
fn detail() {
    // JC2-08: slipped three times, with notes.
    each("detail", |a| {
        for _ in 0..6 {
            update(a, Action::Move(1));
        }
        update(a, Action::ToggleDetail);
    });
}

#[test]
fn timeline() {
    each("timeline", |a| drop(update(a, Action::ToggleTimeline)));
}

#[test]
fn review() {
    each("review", |a| {
        update(a, Action::Review);
        update(a, Action::Move(1));
    });
}

#[test]
fn help() {
    each("help", |a| drop(update(a, Action::ToggleHelp)));
}

#[test]
fn form() {
    each("form", |a| {
        update(a, Action::Open(Prompt::EditItem));
        for _ in 0..5 {
            update(a, Action::NextField(1));
        }
    });
}

#[test]
fn every_key_is_described_in_every_language() {
    for lang in Lang::ALL {
        let cat = catalog(lang);
        for b in KEYMAP.iter() {
            assert!(cat.has(b.help), "{}: {}", lang.code(), b.help);
            if !b.short.is_empty() {
                assert!(cat.has(b.short), "{}: {}", lang.code(), b.short);
                let short = format!("{}-short", b.short);
                assert!(cat.has(&short), "{}: {short}", lang.code());
            }
        }
    }
}

#[test]
fn a_ledger_just_made_from_the_sample_is_announced_on_the_status_line() {
    for (lang, said) in [
        (Lang::En, "created a sample ledger at data/ledger.json"),
        (
            Lang::Es,
            "se creó un registro de acuerdos de ejemplo en data/ledger.json",
        ),
        (Lang::Ko, "data/ledger.json에 예시 관리대장을 만들었습니다"),
    ] {
        let mut a = TestApp::new().lang(lang).label("data/ledger.json").build();
        assert!(update(&mut a, Action::SampleCreated).is_empty());
        let text = followup::ui::status_text(&a);
        assert!(text.starts_with(said), "{lang:?}: {text}");
        // Not an error: the first key clears it.
        assert!(!a.session.status.as_ref().unwrap().error);
    }
}
