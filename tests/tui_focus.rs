//! The focus view (`z`): the current item alone, in big letters, from the
//! review's agenda or from the table. Keys against the state (`z` in and
//! out, `n`/`p` through the list beneath, every review key acting as it does
//! in the agenda), and the screen in three languages at 80×24 and 120×40.

mod common;

use common::app::{TestApp, press_keys};
use common::tui::{d, draw, sel, status_text};
use followup::app::{App, Focus, Scope};
use followup::i18n::Lang;
use followup::ledger::{Item, Ledger, Note, Status};
use ratatui::buffer::Buffer;
use ratatui::style::Color;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn app() -> App {
    TestApp::new().author("tester").loaded().build()
}

fn app_at(lang: Lang, size: (u16, u16)) -> App {
    TestApp::new()
        .lang(lang)
        .author("tester")
        .loaded()
        .size(size.0, size.1)
        .build()
}

/// The screen's text, a wide character once (not with the cell it covers).
fn text_of(buf: &Buffer) -> String {
    let row = |y| {
        let mut line = String::new();
        let mut x = 0;
        while x < buf.area.width {
            let s = buf[(x, y)].symbol();
            line.push_str(s);
            x += (followup::base::text::width(s) as u16).max(1);
        }
        line
    };
    (0..buf.area.height).map(row).collect::<Vec<_>>().join("\n")
}

fn screen(app: &App) -> String {
    text_of(draw(app).backend().buffer())
}

fn focused(app: &App) -> bool {
    app.view.focus == Focus::Item && app.scope() == Scope::Focus
}

#[test]
fn z_shows_the_selected_row_alone_and_z_or_esc_goes_back_to_the_table() {
    let mut a = app();
    press_keys(&mut a, "j");
    assert_eq!(sel(&a).id, "JC2-03");
    let table = screen(&a);
    assert!(
        table.contains("Workstream"),
        "the table's columns:\n{table}"
    );
    press_keys(&mut a, "z");
    assert!(focused(&a));
    assert_eq!(sel(&a).id, "JC2-03", "the item shown is the row's");
    let s = screen(&a);
    assert!(!s.contains("Workstream"), "the table is gone:\n{s}");
    for part in [
        "FOCUS",
        "item 2 of 18 in the table",
        "INADEM, Kia Motors México",
        "2026-11-16 (7d late)",
        "◐ in progress",
        "2 times: 2026-06-30 → 2026-09-30 → 2026-11-16",
        "Last note · 2026-11-16 · secretariat (7d ago)",
        "Kia purchasing asked for quality certificates",
    ] {
        assert!(s.contains(part), "`{part}` in the focus view:\n{s}");
    }
    press_keys(&mut a, "z");
    assert_eq!(a.scope(), Scope::Table);
    assert_eq!(sel(&a).id, "JC2-03", "the table keeps the item selected");
    press_keys(&mut a, "z<Esc>");
    assert_eq!(a.scope(), Scope::Table, "Esc goes back too");
    // From the detail pane, z shows the item too, and moves are the focus view's.
    press_keys(&mut a, "<Enter>z");
    assert!(focused(&a));
    press_keys(&mut a, "n");
    assert_eq!(
        sel(&a).id,
        "JC2-09",
        "n steps to the next row, not the pane's text"
    );
}

#[test]
fn n_and_p_step_through_the_table_rows_in_the_focus_view() {
    let mut a = app();
    let ids = |a: &App| sel(a).id.clone();
    press_keys(&mut a, "n");
    assert_eq!(ids(&a), "JC3-04", "in the table n is the next search match");
    press_keys(&mut a, "z");
    press_keys(&mut a, "n");
    assert_eq!(ids(&a), "JC2-03");
    press_keys(&mut a, "nj");
    assert_eq!(ids(&a), "JC2-05");
    press_keys(&mut a, "pk");
    assert_eq!(ids(&a), "JC2-03");
    assert!(screen(&a).contains("item 2 of 18 in the table"));
    press_keys(&mut a, "pppp");
    assert_eq!(ids(&a), "JC3-04", "p stops at the first row");
    assert!(focused(&a));
}

#[test]
fn in_review_n_and_p_step_through_the_agenda_and_the_header_says_where() {
    let mut a = app();
    press_keys(&mut a, "rz");
    assert!(focused(&a));
    assert!(a.view.review.is_some(), "the review goes on beneath");
    assert_eq!(sel(&a).id, "JC3-04");
    press_keys(&mut a, "n");
    assert_eq!(sel(&a).id, "JC2-03");
    let s = screen(&a);
    assert!(
        s.contains("REVIEW") && s.contains("item 2 of 10") && s.contains("Overdue (2 of 3)"),
        "the section and the place in the agenda:\n{s}"
    );
    press_keys(&mut a, "nn");
    assert_eq!(sel(&a).id, "JC2-05");
    assert!(screen(&a).contains("Due within 7 days (1 of 4)"));
    press_keys(&mut a, "p");
    assert_eq!(sel(&a).id, "JC2-09");
    press_keys(&mut a, "<Esc>");
    assert_eq!(
        a.scope(),
        Scope::Review,
        "Esc goes back to the agenda, not out of the review"
    );
    assert_eq!(sel(&a).id, "JC2-09", "on the item the focus view showed");
    press_keys(&mut a, "z");
    assert!(focused(&a));
    press_keys(&mut a, "z<Esc>");
    assert!(
        a.view.review.is_none(),
        "Esc in the agenda leaves the review"
    );
    assert_eq!(sel(&a).id, "JC2-09");
}

/// The same keys pressed in the agenda and in the focus view over it.
fn both(keys: &str, agenda: &mut App, focus: &mut App) {
    press_keys(agenda, keys);
    press_keys(focus, keys);
    assert!(focused(focus), "still in the focus view after `{keys}`");
    assert_eq!(agenda.scope(), Scope::Review);
    assert_eq!(
        sel(agenda).id,
        sel(focus).id,
        "the same item after `{keys}`"
    );
    assert_eq!(
        agenda.doc.ledger(),
        focus.doc.ledger(),
        "the same ledger after `{keys}`"
    );
    assert_eq!(
        status_text(agenda),
        status_text(focus),
        "the same words after `{keys}`"
    );
}

#[test]
fn every_review_key_works_in_the_focus_view_as_in_the_agenda() {
    let (mut agenda, mut focus) = (app(), app());
    press_keys(&mut agenda, "rn");
    press_keys(&mut focus, "rzn");
    assert!(focused(&focus));
    // c: a note, typed in the note box drawn over the focus view.
    press_keys(&mut focus, "c");
    assert_eq!(
        focus.scope(),
        Scope::Note,
        "the note box is open over the focus view"
    );
    assert!(screen(&focus).contains("Note on JC2-03"));
    press_keys(&mut focus, "<Esc>");
    both(
        "cCertificates sent on Friday<Enter>",
        &mut agenda,
        &mut focus,
    );
    let note = |a: &App| sel(a).notes.last().map(|n| n.text.clone());
    assert_eq!(note(&focus).as_deref(), Some("Certificates sent on Friday"));
    assert!(
        screen(&focus).contains("Certificates sent on Friday"),
        "the focus view shows the new last note"
    );
    // d: the deadline moves, its slip recorded.
    both("d+2w<Enter>", &mut agenda, &mut focus);
    assert_eq!(sel(&focus).due, Some(d("2026-12-07")));
    assert_eq!(sel(&focus).due_history.last(), Some(&d("2026-11-16")));
    assert!(screen(&focus).contains("3 times:"), "the slips grew");
    // s: any status in one step; S one back.
    both("sb", &mut agenda, &mut focus);
    assert_eq!(sel(&focus).status, Status::Blocked);
    assert!(screen(&focus).contains("⊘ blocked"));
    both("S", &mut agenda, &mut focus);
    assert_eq!(sel(&focus).status, Status::InProgress);
    // x: done, and the item stays shown.
    both("x", &mut agenda, &mut focus);
    assert_eq!(sel(&focus).status, Status::Done);
    assert_eq!(sel(&focus).id, "JC2-03");
    // u undoes, Ctrl-r redoes.
    both("u", &mut agenda, &mut focus);
    assert_eq!(sel(&focus).status, Status::InProgress);
    both("<C-r>", &mut agenda, &mut focus);
    assert_eq!(sel(&focus).status, Status::Done);
    // X reopens the closed item with a note.
    both(
        "XNot all certificates arrived<Enter>",
        &mut agenda,
        &mut focus,
    );
    assert!(!sel(&focus).status.is_closed());
    // And on to the next item, where the same keys go on working.
    both("n", &mut agenda, &mut focus);
    assert_eq!(sel(&focus).id, "JC2-09");
    both("x", &mut agenda, &mut focus);
    both("uuuuuuu", &mut agenda, &mut focus);
    assert_eq!(
        *focus.doc.ledger(),
        common::tui::fixture("korea-mexico-sme")
    );
}

#[test]
fn the_focus_view_from_the_table_keeps_showing_the_item_just_edited() {
    // In the table, an edit that re-sorts leaves the cursor on its row (the
    // next item comes under it); the focus view stays on the item the room
    // is looking at.
    let (mut table, mut focus) = (app(), app());
    press_keys(&mut focus, "z");
    for a in [&mut table, &mut focus] {
        assert_eq!(sel(a).id, "JC3-04");
        press_keys(a, "d+3w<Enter>");
    }
    assert_ne!(
        sel(&table).id,
        "JC3-04",
        "the table's row holds the next item"
    );
    assert_eq!(
        sel(&focus).id,
        "JC3-04",
        "the focus view shows the item moved"
    );
    assert_eq!(sel(&focus).due, Some(d("2026-12-14")));
    assert!(focused(&focus));
    let s = screen(&focus);
    assert!(s.contains("2026-12-14 (in 3w)"), "{s}");
    assert!(
        !status_text(&focus).contains("moved to row"),
        "{}",
        status_text(&focus)
    );
}

#[test]
fn z_with_nothing_to_show_says_so_and_stays_on_the_table() {
    let mut a = TestApp::new().ledger(Ledger::default()).build();
    press_keys(&mut a, "z");
    assert_eq!(a.scope(), Scope::Table);
    assert_eq!(status_text(&a), "no item selected");
}

#[test]
fn the_footer_names_the_keys_of_the_focus_view() {
    let mut a = app();
    let footer = |a: &App| screen(a).lines().last().unwrap_or_default().to_owned();
    press_keys(&mut a, "rjk");
    assert!(
        footer(&a).contains("z focus"),
        "the review's footer: {}",
        footer(&a)
    );
    press_keys(&mut a, "z");
    let f = footer(&a);
    for k in [
        "n next", "p prev", "z back", "s status", "x done", "d due", "c note", "u undo",
    ] {
        assert!(f.contains(k), "`{k}` in the footer: {f}");
    }
}

/// The big letters of the id take the colour the table gives the item
/// (overdue, here), and no colour without colour.
#[test]
fn the_big_id_has_the_colour_of_its_row() {
    let mut a = app();
    press_keys(&mut a, "j");
    let t = draw(&a);
    let buf = t.backend().buffer();
    let y = (0..buf.area.height)
        .find(|&y| {
            text_of(buf)
                .lines()
                .nth(usize::from(y))
                .unwrap()
                .contains("JC2-03")
        })
        .unwrap();
    let row_fg = buf[(3, y)].fg;
    assert_ne!(row_fg, Color::Reset, "an overdue row has a colour");
    press_keys(&mut a, "z");
    let t = draw(&a);
    let inked: Vec<Color> = (3..11)
        .flat_map(|y| (0..60).map(move |x| (x, y)))
        .filter(|&p| t.backend().buffer()[p].symbol() == "█")
        .map(|p| t.backend().buffer()[p].fg)
        .collect();
    assert!(inked.len() > 50, "the id is drawn in big letters");
    assert!(inked.iter().all(|c| *c == row_fg), "in the row's colour");
    let mut plain = TestApp::new()
        .options(followup::app::Options {
            color: false,
            ..Default::default()
        })
        .build();
    press_keys(&mut plain, "jz");
    let t = draw(&plain);
    assert!(
        (0..t.backend().buffer().content().len())
            .all(|i| t.backend().buffer().content()[i].fg == Color::Reset)
    );
}

/// An item with a long Korean title, many slips and a long note: the
/// title wraps at normal size (there are no big Hangul letters), the slips
/// and the note lose lines, marked `…`, and the footer stays whole.
#[test]
fn a_long_item_gives_way_at_80x24() {
    let mut l = Ledger::default();
    let mut item = Item::new(
        "A-01",
        "누에보레온주 기아자동차 공장 납품 멕시코 중소기업 후보 선정과 품질 인증 절차 지원 및 후속 협의 일정 수립",
    );
    item.owners = vec!["INADEM".into(), "중소벤처기업부".into()];
    item.status = Status::InProgress;
    item.due_history = (1..=9).map(|m| d(&format!("2026-0{m}-15"))).collect();
    item.due = Some(d("2026-11-30"));
    let text = "The purchasing team asked for more. ".repeat(30);
    item.notes
        .push(Note::new(d("2026-11-20"), "secretariat", &text));
    l.items.push(item);
    let mut a = TestApp::new().ledger(l).lang(Lang::Ko).size(80, 24).build();
    press_keys(&mut a, "z");
    let s = screen(&a);
    let lines: Vec<&str> = s.lines().collect();
    assert!(s.contains("누에보레온주 기아자동차"), "{s}");
    assert!(s.contains("INADEM, 중소벤처기업부"), "{s}");
    assert!(s.contains("최근 메모"), "{s}");
    assert!(s.contains("…"), "something was cut, and says so:\n{s}");
    assert!(lines[23].contains("q 종료"), "the footer is whole:\n{s}");
    assert!(
        lines[22].trim().is_empty(),
        "nothing runs into the footer:\n{s}"
    );
}

#[test]
fn the_focus_view_in_three_languages() {
    for lang in Lang::ALL {
        for size in SIZES {
            // The agenda's second item: JC2-03, overdue, slipped twice, translated.
            let mut a = app_at(lang, size);
            press_keys(&mut a, "rnz");
            let name = format!("focus_review_{}_{}x{}", lang.code(), size.0, size.1);
            insta::assert_snapshot!(name, draw(&a).backend());
        }
    }
    for size in SIZES {
        let mut a = app_at(Lang::En, size);
        press_keys(&mut a, "jjz");
        let name = format!("focus_table_en_{}x{}", size.0, size.1);
        insta::assert_snapshot!(name, draw(&a).backend());
    }
}

/// With a title of three lines and owners of two at 80×24, the id's big
/// letters shrink to half their height so that every fact still shows.
#[test]
fn the_big_id_shrinks_before_a_fact_is_lost() {
    let mut l = Ledger::default();
    let title = "Agree on the programme, the venue, the speakers and the invitations of the \
                 joint seminar on supplier development for small and medium enterprises \
                 in the automotive and electronics sectors";
    let mut item = Item::new("JC9-12", title);
    item.owners = [
        "Secretaría de Economía",
        "Ministry of SMEs and Startups",
        "KOTRA",
    ]
    .map(String::from)
    .to_vec();
    item.owners
        .extend(["Kia Motors México", "INADEM", "SMBA"].map(String::from));
    item.due = Some(d("2026-11-20"));
    item.due_history = vec![d("2026-10-01")];
    item.notes.push(Note::new(
        d("2026-11-20"),
        "secretariat",
        "Venue confirmed.",
    ));
    l.items.push(item);
    let mut a = TestApp::new().ledger(l).size(80, 24).build();
    press_keys(&mut a, "z");
    let s = screen(&a);
    let inked = s
        .lines()
        .take_while(|l| !l.contains("Agree on"))
        .filter(|l| l.chars().any(|c| ('▀'..='▟').contains(&c)))
        .count();
    assert!(
        (1..=4).contains(&inked),
        "the id takes four rows at most:\n{s}"
    );
    for part in [
        "status",
        "2026-11-20 (3d late)",
        "KOTRA",
        "once",
        "Venue confirmed.",
    ] {
        assert!(s.contains(part), "`{part}` on screen:\n{s}");
    }
}
