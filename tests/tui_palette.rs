//! The command palette: `:` (or `Ctrl-p` where it means nothing else)
//! finds the actions of the current scope by their words in the user's
//! language (accent-blind, Hangul initials) and runs the chosen one through
//! the same dispatch as its key; `#JC2-03` or a part of a title goes to an
//! item; Esc closes it.

mod common;

use common::app::{TestApp, press_keys};
use common::tui::{draw, press, sel};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use followup::app::{Action, App, Does, Effect, Mode, PaletteEntry, Prompt, Scope, update};
use followup::i18n::Lang;

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn code(c: KeyCode) -> KeyEvent {
    KeyEvent::new(c, KeyModifiers::NONE)
}

/// What the open palette lists: each action's help id, each item's id.
fn listed(a: &App) -> Vec<String> {
    a.palette_entries()
        .into_iter()
        .map(|e| match e {
            PaletteEntry::Action(row) => a.keymap.bindings()[row].help.to_owned(),
            PaletteEntry::Item(i) => format!("#{}", a.doc.ledger().items[i].id),
        })
        .collect()
}

/// Opens the palette and types `text` into it.
fn find(a: &mut App, text: &str) -> Vec<String> {
    press_keys(a, ":");
    assert!(matches!(a.view.mode, Mode::Palette(_)), "the palette opens");
    press_keys(a, text);
    listed(a)
}

/// Chooses the entry `what` (a help id or `#ID`) among those listed and
/// presses Enter; returns the effects.
fn choose(a: &mut App, what: &str) -> Vec<Effect> {
    let at = listed(a).iter().position(|l| l == what);
    let at = at.unwrap_or_else(|| panic!("{what} not in {:?}", listed(a)));
    for _ in 0..at {
        press(a, code(KeyCode::Down));
    }
    press(a, code(KeyCode::Enter))
}

#[test]
fn the_palette_finds_actions_in_each_language_accent_blind_and_by_hangul_initials() {
    for (lang, typed) in [
        (Lang::En, vec!["status", "STATUS", "change the st"]),
        (Lang::Es, vec!["estado", "éstado", "ESTADO", "cambiar el"]),
        (Lang::Ko, vec!["상태", "ㅅㅌ", "상태 변경", "status"]),
    ] {
        let found: Vec<Vec<String>> = typed
            .iter()
            .map(|t| {
                let mut a = TestApp::new().lang(lang).build();
                find(&mut a, t)
            })
            .collect();
        for (t, f) in typed.iter().zip(&found) {
            assert!(f.contains(&"key-status".to_owned()), "{lang:?} {t}: {f:?}");
            assert!(!f.contains(&"key-palette".to_owned()), "not itself");
            assert!(!f.contains(&"key-pick-open".to_owned()), "another scope's");
        }
        if lang != Lang::Ko {
            assert_eq!(
                found[0], found[1],
                "{lang:?}: case and accents do not matter"
            );
        }
        // And the chosen one runs: the status picker opens on the selected item.
        let mut a = TestApp::new().lang(lang).build();
        find(&mut a, typed[0]);
        assert_eq!(choose(&mut a, "key-status"), vec![]);
        assert!(matches!(a.view.mode, Mode::StatusPick), "{lang:?}");
        press_keys(&mut a, "b");
        assert_eq!(sel(&a).status, followup::ledger::Status::Blocked);
    }
    // English names: exactly named first.
    let mut a = TestApp::new().build();
    assert_eq!(find(&mut a, "status")[0], "key-status");
    // Every word typed must be found.
    let mut a = TestApp::new().build();
    assert_eq!(find(&mut a, "status back"), ["key-status-back"]);
}

#[test]
fn the_chosen_action_runs_through_the_same_dispatch_as_its_key() {
    let mut by_palette = TestApp::new().manual().build();
    let mut by_key = TestApp::new().manual().build();
    find(&mut by_palette, "mark done");
    let effects = choose(&mut by_palette, "key-done");
    assert_eq!(effects, press_keys(&mut by_key, "x"));
    assert_eq!(sel(&by_palette).status, sel(&by_key).status);
    assert_eq!(by_palette.session.status, by_key.session.status);
    assert!(by_palette.view.mode.is_normal());
    // Quitting too, with its question about unsaved edits.
    find(&mut by_palette, "quit");
    choose(&mut by_palette, "key-quit");
    assert!(matches!(by_palette.view.mode, Mode::QuitPrompt));
}

#[test]
fn the_palette_offers_the_actions_of_where_it_was_opened() {
    let mut a = TestApp::new().build();
    press_keys(&mut a, "r");
    let found = find(&mut a, "");
    assert!(found.contains(&"key-agenda-next".to_owned()));
    assert!(found.contains(&"key-record-review".to_owned()));
    assert!(!found.contains(&"key-move-down".to_owned()), "{found:?}");
    choose(&mut a, "key-agenda-next");
    assert_eq!(a.scope(), Scope::Review);
    assert_eq!(a.view.review.as_ref().unwrap().cursor, 1);
    let mut a = TestApp::new().build();
    press_keys(&mut a, "t");
    assert!(find(&mut a, "").contains(&"key-timeline".to_owned()));
}

#[test]
fn hash_and_an_id_or_part_of_a_title_go_to_the_item() {
    let mut a = TestApp::new().build();
    assert_eq!(find(&mut a, "#JC2-03"), ["#JC2-03"]);
    press(&mut a, code(KeyCode::Enter));
    assert!(a.view.mode.is_normal());
    assert_eq!(sel(&a).id, "JC2-03");
    // A part of the title, in the original and in the user's language.
    for (lang, typed) in [
        (Lang::En, "shortlist mexican"),
        (Lang::Es, "preseleccionar"),
    ] {
        let mut a = TestApp::new().lang(lang).build();
        assert!(
            find(&mut a, typed).contains(&"#JC2-03".to_owned()),
            "{lang:?}"
        );
        choose(&mut a, "#JC2-03");
        assert_eq!(sel(&a).id, "JC2-03");
    }
    // An item the filter hides: the filter is cleared to show it.
    let mut a = TestApp::new().build();
    press_keys(&mut a, "fd");
    assert!(a.view.filter.overdue);
    find(&mut a, "#JC1-01");
    press(&mut a, code(KeyCode::Enter));
    assert_eq!(sel(&a).id, "JC1-01");
    assert!(!a.view.filter.overdue);
    // In review mode: the agenda's items, and the agenda steps to it.
    let mut a = TestApp::new().build();
    press_keys(&mut a, "r");
    let agenda: Vec<String> = (a.view.review.as_ref().unwrap().entries.iter())
        .map(|e| format!("#{}", e.id))
        .collect();
    let found = find(&mut a, "#JC");
    assert_eq!(found, agenda);
    let last = agenda.last().unwrap();
    choose(&mut a, last);
    assert_eq!(a.scope(), Scope::Review);
    assert_eq!(format!("#{}", sel(&a).id), *last);
}

#[test]
fn esc_closes_it_and_nothing_found_leaves_it_open() {
    let mut a = TestApp::new().build();
    let before = sel(&a).id.clone();
    assert_eq!(find(&mut a, "zzqx"), Vec::<String>::new());
    assert_eq!(press(&mut a, code(KeyCode::Enter)), vec![]);
    assert!(matches!(a.view.mode, Mode::Palette(_)));
    press(&mut a, ctrl('u'));
    assert!(!listed(&a).is_empty(), "Ctrl-u clears the text");
    press(&mut a, code(KeyCode::Esc));
    assert!(a.view.mode.is_normal());
    assert_eq!(sel(&a).id, before);
    // Typing keys into the palette never runs them.
    let mut a = TestApp::new().build();
    find(&mut a, "xq");
    assert_eq!(sel(&a).status, followup::ledger::Status::InProgress);
}

#[test]
fn ctrl_p_opens_it_only_where_it_means_nothing_else() {
    let mut a = TestApp::new().build();
    press(&mut a, ctrl('p'));
    assert!(matches!(a.view.mode, Mode::Palette(_)));
    // In the palette it moves the choice up.
    press(&mut a, code(KeyCode::Down));
    press(&mut a, ctrl('p'));
    assert_eq!(a.view.mode.palette().unwrap().cursor, 0);
    // In the item form it is the previous suggestion; in a note, text.
    let keymap = &a.keymap;
    let ev = ctrl('p');
    assert_eq!(
        keymap.action_for(Scope::Form, Lang::En, &ev),
        Some(Action::NextSuggestion(-1))
    );
    assert_eq!(
        keymap.action_for(Scope::Note, Lang::En, &ev),
        Some(Action::TextKey(ev))
    );
    for scope in [Scope::Table, Scope::Detail, Scope::Timeline, Scope::Review] {
        assert_eq!(
            keymap.action_for(scope, Lang::En, &ev),
            Some(Action::Open(Prompt::Palette))
        );
    }
}

#[test]
fn the_palette_shows_the_users_keys_in_the_users_language() {
    let mut a = TestApp::new()
        .lang(Lang::Es)
        .keys("[keys]\nstatus = [\"F2\"]\n")
        .build();
    find(&mut a, "estado");
    let screen = draw(&a).backend().to_string();
    let row = screen
        .lines()
        .find(|l| l.contains("cambiar el estado"))
        .expect("the status action");
    assert!(row.contains(" F2 │"), "{row}");
    // Run from the palette, the action is the same as its key's.
    let b = a.keymap.bindings().iter().find(|b| b.help == "key-status");
    assert_eq!(b.unwrap().does, Does::Act(Action::Open(Prompt::Status)));
    update(&mut a, Action::Back);
    assert!(a.view.mode.is_normal());
}
