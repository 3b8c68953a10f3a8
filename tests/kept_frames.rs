//! The parts of a frame the dashboard keeps for the next (`ui::Kept`: the
//! header, the summary, the table's rows) never show what a frame drawn
//! afresh would not: after every key of a long session — moves, searches,
//! edits, undo, filters, views, resizes, a new minute — the screen drawn
//! with what was kept (and drawn ahead between keys) is the screen drawn
//! from nothing, cell for cell.

mod common;

use common::app::{TestApp, press_keys};
use common::tui::today;
use followup::app::{Action, App, update};
use followup::i18n::Lang;
use followup::ui::{Kept, draw_ahead, render, render_kept};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Draws `app` twice: with `kept` (as the dashboard does, drawing ahead
/// after the frame) and afresh.
fn both(
    app: &App,
    kept: &Kept,
    size: (u16, u16),
) -> (ratatui::buffer::Buffer, ratatui::buffer::Buffer) {
    let mut with = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    let mut fresh = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    with.draw(|f| render_kept(app, kept, f)).unwrap();
    draw_ahead(app, kept);
    fresh.draw(|f| render(app, f)).unwrap();
    (
        with.backend().buffer().clone(),
        fresh.backend().buffer().clone(),
    )
}

/// Runs `steps` (keys as text, or an action) on a dashboard of `n`
/// synthetic items in `lang`, comparing the two drawings after each.
fn session(lang: Lang, n: usize) {
    let ledger = followup::synthetic::ledger(n, today());
    let mut app = TestApp::new()
        .ledger(ledger)
        .lang(lang)
        .size(120, 40)
        .build();
    let kept = Kept::default();
    let mut size = (120, 40);
    let keys = [
        "jjjjj",
        "kk",
        "<Down><Down><Up>",
        "G",
        "g",
        "jjj",
        "/k",
        "i",
        "<BS>",
        "a",
        "<Enter>",
        "n",
        "n",
        "N",
        "jj",
        "/zz",
        "<Esc>",
        "S",
        "j",
        "S",
        "k",
        "u",
        "jjj",
        "<Tab>",
        "jj",
        "<Tab>",
        "t",
        "jj",
        "k",
        "t",
        "x",
        "<C-d>",
        "jj",
        "u",
        "fd",
        "jjj",
        "fc",
        "<End>",
        "<Home>",
        "jk",
        "fo",
        "j",
        "<Enter>",
        "jj",
        "<Esc>",
    ];
    let mut step = 0;
    let mut check = |app: &App, kept: &Kept, size, what: &str| {
        let (with, fresh) = both(app, kept, size);
        assert_eq!(
            with, fresh,
            "{lang:?}, {n} items, after {what} (step {step})"
        );
        step += 1;
    };
    check(&app, &kept, size, "the first frame");
    for (k, key) in keys.iter().enumerate() {
        press_keys(&mut app, key);
        check(&app, &kept, size, key);
        // The same frame again: everything comes from what was kept.
        check(&app, &kept, size, key);
        match k {
            10 => {
                size = (80, 24);
                update(&mut app, Action::Resize(size.0, size.1));
                check(&app, &kept, size, "a resize to 80×24");
            }
            20 => {
                update(&mut app, Action::Minute);
                check(&app, &kept, size, "a new minute");
            }
            30 => {
                size = (120, 40);
                update(&mut app, Action::Resize(size.0, size.1));
                check(&app, &kept, size, "a resize to 120×40");
            }
            _ => {}
        }
    }
}

#[test]
fn kept_parts_draw_what_a_fresh_frame_draws_in_english() {
    session(Lang::En, 300);
}

#[test]
fn kept_parts_draw_what_a_fresh_frame_draws_in_korean_wide_characters_and_all() {
    session(Lang::Ko, 120);
}

#[test]
fn kept_parts_draw_what_a_fresh_frame_draws_on_the_sample() {
    let mut app = TestApp::new()
        .fixture("korea-mexico-sme")
        .size(120, 40)
        .build();
    let kept = Kept::default();
    for key in [
        "j", "jj", "S", "j", "x", "k", "/kia", "<Enter>", "n", "u", "u", "j",
    ] {
        press_keys(&mut app, key);
        let (with, fresh) = both(&app, &kept, (120, 40));
        assert_eq!(with, fresh, "after {key}");
    }
}
