//! Driving the dashboard's state from tests: the fixed day, fixtures, key
//! presses through the keymap, and what the status line says.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use followup::app::{App, Effects, update};
use followup::ledger::{Item, Ledger, parse_ledger};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The fixed "today" of every dashboard test (a Monday).
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// A `YYYY-MM-DD` date.
pub fn d(s: &str) -> NaiveDate {
    followup::base::dates::parse_date(s).unwrap()
}

/// A fixture ledger by name (`korea-mexico-sme`).
pub fn fixture(name: &str) -> Ledger {
    parse_ledger(&std::fs::read(super::fixtures().join(format!("{name}.json"))).unwrap()).unwrap()
}

/// The selected item.
pub fn sel(app: &App) -> &Item {
    &app.doc.ledger().items[app.selected_item().expect("a selection")]
}

/// What the status line says now.
pub fn status_text(app: &App) -> String {
    followup::ui::status_text(app)
}

/// Presses one key through the keymap, as the loop does; returns the
/// effects asked for (none carried out).
pub fn press(app: &mut App, ev: KeyEvent) -> Effects {
    followup::dashboard::measure(app);
    let action = app.keymap.action_for(app.scope(), app.options.lang, &ev);
    action.map_or_else(Vec::new, |a| update(app, a))
}

/// Keys written as text: characters, and `<Tab>`, `<S-Tab>`, `<Enter>`,
/// `<Esc>`, `<BS>`, `<Del>`, `<Left>`, `<Right>`, `<Up>`, `<Down>`, `<Home>`, `<End>`, `<C-x>`.
pub fn events(text: &str) -> Vec<KeyEvent> {
    let code = |c| KeyEvent::new(c, KeyModifiers::NONE);
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let (ev, len) = if c == '<' {
            let end = rest.find('>').expect("closing >");
            let ev = match &rest[1..end] {
                "Tab" => code(KeyCode::Tab),
                "S-Tab" => code(KeyCode::BackTab),
                "Enter" => code(KeyCode::Enter),
                "Esc" => code(KeyCode::Esc),
                "BS" => code(KeyCode::Backspace),
                "Del" => code(KeyCode::Delete),
                "Left" => code(KeyCode::Left),
                "Right" => code(KeyCode::Right),
                "Up" => code(KeyCode::Up),
                "Down" => code(KeyCode::Down),
                "Home" => code(KeyCode::Home),
                "End" => code(KeyCode::End),
                n if n.starts_with("C-") => KeyEvent::new(
                    KeyCode::Char(n.chars().nth(2).unwrap()),
                    KeyModifiers::CONTROL,
                ),
                n => panic!("unknown key <{n}>"),
            };
            (ev, end + 1)
        } else {
            (code(KeyCode::Char(c)), c.len_utf8())
        };
        out.push(ev);
        rest = &rest[len..];
    }
    out
}

/// One key written as text (`q`, `<C-s>`, `<Enter>`).
pub fn key(text: &str) -> KeyEvent {
    match events(text).as_slice() {
        [one] => *one,
        many => panic!("`{text}` is {} keys", many.len()),
    }
}

/// Draws the dashboard into a test terminal of the app's size.
pub fn draw(app: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(app.view.size.0, app.view.size.1)).unwrap();
    t.draw(|f| followup::ui::render(app, f)).unwrap();
    t
}
