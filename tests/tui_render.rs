//! The dashboard drawn into ratatui's `TestBackend` at a fixed "today":
//! whole-screen snapshots, with colours asserted on cells where colour matters.

mod common;

use common::app::TestApp;
use common::tui::{draw, today};
use followup::app::{Action, App, FilterKind, Options, Prompt, update};
use followup::ledger::{Item, Ledger, Status, parse_ledger};
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

fn app_with(ledger: Ledger, label: &str, options: Options, size: (u16, u16)) -> App {
    TestApp::new()
        .ledger(ledger)
        .label(label)
        .options(options)
        .size(size.0, size.1)
        .build()
}

fn app(fixture: &str, size: (u16, u16)) -> App {
    TestApp::new().fixture(fixture).size(size.0, size.1).build()
}

fn line(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

/// The screen row showing `text`.
fn row_of(buf: &Buffer, text: &str) -> u16 {
    (0..buf.area.height)
        .find(|&y| line(buf, y).contains(text))
        .unwrap_or_else(|| panic!("`{text}` is not on screen"))
}

/// The cell column where `symbol` first appears on row `y`.
fn col_of(buf: &Buffer, y: u16, symbol: &str) -> u16 {
    (0..buf.area.width)
        .find(|&x| buf[(x, y)].symbol() == symbol)
        .unwrap_or_else(|| panic!("`{symbol}` not on row {y}"))
}

#[test]
fn main_screen_on_each_fixture() {
    for f in [
        "korea-mexico-sme",
        "korea-celac-eclac",
        "partnership-plus-week-2025",
        "sela-export-consortiums",
        "apec-supply-chains-2025",
    ] {
        let t = draw(&app(f, (120, 40)));
        insta::assert_snapshot!(format!("main_{f}"), t.backend());
    }
}

#[test]
fn main_screen_at_the_minimum_size() {
    let t = draw(&app("korea-mexico-sme", (80, 24)));
    insta::assert_snapshot!(t.backend());
}

#[test]
fn wide_characters_keep_the_columns_aligned() {
    let mut l = Ledger::default();
    l.committee.name = "한국–México 위원회".into();
    let mut a = Item::new(
        "K-01",
        "✅ 완료된 항목: seminario en Nuevo León 🇲🇽 con 한정화 and more words to truncate",
    );
    a.owners = vec!["한정화 청장".into(), "Secretaría de Economía".into()];
    a.workstream = "중소기업 협력".into();
    a.due = Some(today());
    let mut b = Item::new("K-02", "Plain ASCII title");
    b.owners = vec!["SMBA".into()];
    b.workstream = "Governance".into();
    b.due = Some(today());
    let mut c = Item::new(
        "K-03",
        "Me\u{301}xico combining accent 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉",
    );
    c.due = Some(today());
    l.items = vec![a, b, c];
    let app = app_with(l, "wide.json", Options::default(), (120, 40));
    let t = draw(&app);
    let buf = t.backend().buffer();
    let rows: Vec<u16> = ["K-01", "K-02", "K-03"]
        .iter()
        .map(|id| row_of(buf, id))
        .collect();
    let status_x: Vec<u16> = rows.iter().map(|&y| col_of(buf, y, "○")).collect();
    assert!(
        status_x.windows(2).all(|w| w[0] == w[1]),
        "status column at {status_x:?}"
    );
    for &y in &rows {
        assert!(
            line(buf, y).contains("2026-11-23 today"),
            "{}",
            line(buf, y)
        );
    }
    assert!(
        line(buf, rows[0]).contains('…'),
        "long titles end in an ellipsis"
    );
    insta::assert_snapshot!(t.backend());
}

#[test]
fn rows_are_coloured_by_urgency() {
    let t = draw(&app("korea-mexico-sme", (120, 40)));
    let buf = t.backend().buffer();
    let fg = |id: &str| {
        let y = row_of(buf, id);
        buf[(col_of(buf, y, &id[..1]) + 3, y)].style()
    };
    // JC3-04 is selected (reversed) and overdue; JC2-03 is overdue.
    assert_eq!(fg("JC2-03").fg, Some(Color::Red), "overdue is red");
    assert_eq!(fg("JC3-04").fg, Some(Color::Red));
    assert!(
        fg("JC3-04").add_modifier.contains(Modifier::REVERSED),
        "the selection is reversed"
    );
    assert_eq!(
        fg("JC2-11").fg,
        Some(Color::Yellow),
        "due within the window is yellow"
    );
    assert_eq!(fg("JC3-02").fg, Some(Color::Magenta), "blocked stands out");
    assert!(fg("JC3-02").add_modifier.contains(Modifier::BOLD));
    assert!(
        fg("JC1-01").add_modifier.contains(Modifier::DIM),
        "done is dimmed"
    );
    let y = row_of(buf, "overdue");
    assert_eq!(buf[(col_of(buf, y, "▲"), y)].fg, Color::Red);
}

#[test]
fn no_color_keeps_symbols_and_drops_colour() {
    let path = "fixtures/korea-mexico-sme.json";
    let ledger = parse_ledger(&std::fs::read(path).unwrap()).unwrap();
    let opts = Options {
        color: false,
        ..Options::default()
    };
    let t = draw(&app_with(ledger, path, opts, (120, 40)));
    let buf = t.backend().buffer();
    for c in &buf.content {
        assert_eq!(
            (c.fg, c.bg),
            (Color::Reset, Color::Reset),
            "no colour at all: {c:?}"
        );
    }
    let y = row_of(buf, "JC2-09");
    assert!(line(buf, y).contains("⊘ blocked") && line(buf, y).contains("3d late"));
    insta::assert_snapshot!(t.backend());
}

#[test]
fn an_active_filter_shows_in_the_header() {
    let mut a = app("korea-mexico-sme", (120, 40));
    for act in [
        Action::FilterMenu,
        Action::FilterBy(FilterKind::Status),
        Action::Move(2),
        Action::Pick,
    ] {
        update(&mut a, act);
    }
    let t = draw(&a);
    insta::assert_snapshot!("filter_menu_pick", t.backend());
    update(&mut a, Action::Back);
    update(&mut a, Action::Back);
    let t = draw(&a);
    let buf = t.backend().buffer();
    assert!(line(buf, 0).contains("filter: status blocked"));
    assert!(line(buf, 1).contains("showing 2 of 18"));
    insta::assert_snapshot!("filter_active", t.backend());
}

#[test]
fn search_marks_matches_and_shows_the_query() {
    let mut a = app("korea-mexico-sme", (120, 40));
    update(&mut a, Action::SearchStart);
    for c in "smba".chars() {
        update(&mut a, Action::Input(c));
    }
    let t = draw(&a);
    let buf = t.backend().buffer();
    assert!(line(buf, 39).starts_with("/smba█"));
    insta::assert_snapshot!(t.backend());
}

#[test]
fn help_lists_every_binding() {
    let mut a = app("korea-mexico-sme", (120, 40));
    update(&mut a, Action::ToggleHelp);
    let t = draw(&a);
    insta::assert_snapshot!(t.backend());
    // Scrolled page by page, the help shows every binding in full (a long
    // description wraps onto the next row: every word of it is there).
    let mut screens = t.backend().to_string();
    for _ in 0..6 {
        update(&mut a, Action::Page(1));
        screens.push_str(&draw(&a).backend().to_string());
    }
    let shown: std::collections::HashSet<&str> = screens
        .split(|c: char| c.is_whitespace() || c == '"' || c == '│')
        .collect();
    let en = followup::i18n::catalog(followup::i18n::Lang::En);
    for b in followup::app::KEYMAP.iter() {
        let help = en.text(b.help);
        let missing: Vec<&str> = help
            .split_whitespace()
            .filter(|w| !shown.contains(w))
            .collect();
        assert!(
            missing.is_empty(),
            "help lists `{help}`: {missing:?} missing"
        );
    }
}

#[test]
fn timeline_by_workstream() {
    let mut a = app("korea-celac-eclac", (120, 40));
    update(&mut a, Action::ToggleTimeline);
    let t = draw(&a);
    let buf = t.backend().buffer();
    let y = (0..40)
        .rev()
        .find(|&y| line(buf, y).contains("1F Regional"))
        .unwrap();
    assert!(
        buf.content[usize::from(y) * 120..][..120]
            .iter()
            .any(|c| c.fg == Color::Red),
        "overdue marks are red"
    );
    insta::assert_snapshot!(t.backend());
}

#[test]
fn detail_pane_focused_and_grouped_rows() {
    let mut a = app("korea-mexico-sme", (120, 40));
    for act in [Action::ToggleGroups, Action::Move(3), Action::ToggleDetail] {
        update(&mut a, act);
    }
    let t = draw(&a);
    insta::assert_snapshot!(t.backend());
}

#[test]
fn a_tiny_terminal_says_so() {
    let t = draw(&app("korea-mexico-sme", (60, 16)));
    let screen = t.backend().to_string();
    assert!(screen.contains("Terminal too small"));
    assert!(screen.contains("60×16: followup needs at least 80×24."));
    insta::assert_snapshot!(t.backend());
}

#[test]
fn an_empty_filter_result_explains_itself() {
    let mut a = app("korea-mexico-sme", (80, 24));
    for act in [
        Action::FilterMenu,
        Action::ToggleOverdue,
        Action::FilterMenu,
        Action::FilterBy(FilterKind::Status),
        Action::Pick,
        Action::Back,
        Action::Back,
    ] {
        update(&mut a, act);
    }
    let t = draw(&a);
    assert!(
        t.backend()
            .to_string()
            .contains("No item matches the filter")
    );
    assert_eq!(a.doc.ledger().items[0].status, Status::Done);
}

#[test]
fn editing_overlays_form_note_and_prompts() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let key = |c: char| Action::TextKey(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    let mut a = app("korea-mexico-sme", (120, 40));
    a.session.author = "tester".into();
    update(&mut a, Action::Open(Prompt::EditItem));
    for _ in 0..4 {
        update(&mut a, Action::NextField(1));
    }
    let clear = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL);
    update(&mut a, Action::TextKey(clear));
    for c in "2026-02-30".chars() {
        update(&mut a, key(c));
    }
    let t = draw(&a);
    let screen = t.backend().to_string();
    assert!(screen.contains("Edit JC3-04"), "{screen}");
    assert!(
        screen.contains("✗ impossible date `2026-02-30`"),
        "{screen}"
    );
    insta::assert_snapshot!("edit_form_with_an_invalid_date", t.backend());

    update(&mut a, Action::Back);
    update(&mut a, Action::Open(Prompt::Note));
    for c in "Signed in Seoul".chars() {
        update(&mut a, key(c));
    }
    let t = draw(&a);
    insta::assert_snapshot!("note_box", t.backend());

    update(&mut a, Action::Confirm);
    update(&mut a, Action::Quit);
    let t = draw(&a);
    let screen = t.backend().to_string();
    assert!(screen.contains("Unsaved edits"), "{screen}");
    assert!(screen.contains("● unsaved"), "{screen}");
    insta::assert_snapshot!("quit_prompt", t.backend());
}

#[test]
fn read_only_is_marked_in_the_header_and_says_why() {
    let mut a = app("korea-mexico-sme", (180, 40));
    a.attach(
        followup::ledger::Fingerprint::of(b"x"),
        Some(followup::app::Unwritable::File),
    );
    let t = draw(&a);
    let buf = t.backend().buffer();
    assert!(
        line(buf, 0).contains("◌ read-only: you cannot write to this file"),
        "{}",
        line(buf, 0)
    );
    assert!(line(buf, 39).contains("✗ read-only: you cannot write to this file"));
    assert!(
        line(buf, 39).ends_with("? help  q quit "),
        "help and quit stay visible"
    );
}

#[test]
fn the_header_keeps_the_ledger_path_when_room_is_short() {
    let path = "/tmp/reviews/committee/ledger.json";
    let mut l = parse_ledger(&std::fs::read("fixtures/korea-mexico-sme.json").unwrap()).unwrap();
    // The name and the path against the marks; the capitals' clocks, which
    // give way before them, have their own test (tests/tui_clock.rs).
    l.committee.zone = None;
    l.committee.parties.iter_mut().for_each(|p| p.zone = None);
    l.items[0].conflicts.push(followup::ledger::Conflict {
        field: "status".into(),
        base: "open".into(),
        ours: "done".into(),
        theirs: "blocked".into(),
    });
    for size in [(80, 24), (100, 30), (120, 40)] {
        let mut a = app_with(l.clone(), path, Options::default(), size);
        a.set_uncommitted(["JC1-01".to_owned()].into());
        a.attach(
            followup::ledger::Fingerprint::of(b"x"),
            Some(followup::app::Unwritable::Folder),
        );
        let t = draw(&a);
        let top = line(t.backend().buffer(), 0);
        assert!(top.contains("ledger.json"), "{size:?}: {top}");
        assert!(top.contains("◌ read-only"), "{size:?}: {top}");
        assert!(top.contains("⚠ 1"), "{size:?}: {top}");
        assert!(top.contains("✎ 1"), "{size:?}: {top}");
        assert!(top.starts_with(" Korea–Mexico"), "{size:?}: {top}");
    }
    let a = app_with(l.clone(), path, Options::default(), (80, 24));
    let top = line(draw(&a).backend().buffer(), 0);
    assert!(top.contains("  …/reviews/committee/ledger.json  "), "{top}");
    assert!(
        top.starts_with(" Korea–Mexico…"),
        "the name is cut first: {top}"
    );
    let a = app_with(l, path, Options::default(), (160, 40));
    let top = line(draw(&a).backend().buffer(), 0);
    assert!(
        top.contains(
            "Korea–Mexico Joint Committee on SME Development  /tmp/reviews/committee/ledger.json  "
        ),
        "whole when it fits: {top}"
    );
}

#[test]
fn the_timeline_highlights_the_selection_and_its_legend_fits() {
    for width in [80, 100, 120] {
        let mut a = app("korea-celac-eclac", (width, 30));
        update(&mut a, Action::ToggleTimeline);
        update(&mut a, Action::Move(1));
        let item = a.doc.ledger().items[a.selected_item().unwrap()].clone();
        let t = draw(&a);
        let buf = t.backend().buffer();
        let legend = line(buf, 28);
        assert!(legend.contains("○ open"), "{width}: {legend}");
        assert!(
            legend.contains("undated"),
            "{width}: the count is not cut: {legend}"
        );
        assert!(legend.ends_with(' '), "{width}: nothing cut: {legend}");
        let about = line(buf, 27);
        assert!(
            about.contains(&format!("▶ {}", item.id)),
            "{width}: {about}"
        );
        // The selected item's workstream is drawn as selected.
        let ws = &item.workstream;
        let short: String = ws.chars().take(10).collect();
        let y = row_of(buf, &format!(" {short}"));
        assert!(
            buf[(1, y)].modifier.contains(Modifier::REVERSED),
            "{width}: the workstream row is highlighted"
        );
        let others = (3..27).filter(|&r| buf[(1, r)].modifier.contains(Modifier::REVERSED));
        assert_eq!(others.count(), 1, "{width}: only that one");
    }
}

#[test]
fn the_quit_prompt_counts_edits_since_the_last_save() {
    let mut a = app("korea-mexico-sme", (120, 40));
    for _ in 0..4 {
        update(&mut a, Action::CycleStatus(1));
    }
    update(
        &mut a,
        Action::Saved(followup::ledger::Fingerprint::of(b"s")),
    );
    update(&mut a, Action::CycleStatus(1));
    update(&mut a, Action::Quit);
    let t = draw(&a);
    row_of(
        t.backend().buffer(),
        "The ledger has 1 unsaved edit since it was last saved.",
    );
}

#[test]
fn the_detail_pane_takes_the_lines_a_short_table_leaves() {
    {
        let size = (120, 40);
        let mut a = app("sela-export-consortiums", size);
        let i = a.selected_item().unwrap();
        let note = "First line of the note.\nSecond line, which used to be cut.\nThird line.";
        a.doc.ledger_mut().items[i]
            .notes
            .push(followup::ledger::Note::new(today(), "secretariat", note));
        let rows = a.view.rows.len() as u16;
        let areas = a.areas(size);
        // The table takes its column titles and its rows, no more...
        assert!(
            areas.table.height <= rows + 1,
            "{size:?}: {areas:?} for {rows} rows"
        );
        // ...and the pane the rest, so the whole note shows.
        let t = draw(&a);
        let buf = t.backend().buffer();
        for want in [
            "First line of the note.",
            "Second line, which used to be cut.",
            "Third line.",
        ] {
            row_of(buf, want);
        }
    }
    // A long table keeps its share: the pane never falls below two fifths.
    let a = app("korea-mexico-sme", (80, 24));
    let areas = a.areas((80, 24));
    assert!(a.view.rows.len() as u16 + 1 > areas.table.height);
    assert!(areas.detail.height >= 7, "{areas:?}");
}

#[test]
fn the_place_in_a_long_table_never_covers_the_due_column_s_title() {
    let ledger = followup::synthetic::ledger(10_000, today());
    let titles = |a: &App| {
        let screen = draw(a);
        let buf = screen.backend().buffer();
        line(buf, row_of(buf, "  ID  "))
    };
    let mut a = app_with(ledger.clone(), "", Options::default(), (80, 24));
    // `Due ▼` ends 8 columns from the right edge: ` 1/10000 ` would cover
    // its mark, the share of the table read so far does not.
    let top = titles(&a);
    assert!(top.contains("Due ▼") && top.ends_with(" 1% "), "{top:?}");
    update(&mut a, Action::Bottom);
    let bottom = titles(&a);
    assert!(
        bottom.contains("Due ▼") && bottom.ends_with(" 100% "),
        "{bottom:?}"
    );
    // Where there is room, the place itself.
    let wide = app_with(ledger, "", Options::default(), (120, 40));
    let top = titles(&wide);
    assert!(
        top.contains("Due ▼") && top.ends_with(" 1/10000 "),
        "{top:?}"
    );
}

#[test]
fn a_workstream_whose_items_are_all_dropped_shows_their_mark_not_0_of_0() {
    // Kia supplier integration: JC2-03 and JC3-02, both dropped.
    let mut l = common::tui::fixture("korea-mexico-sme");
    for id in ["JC2-03", "JC3-02"] {
        l.item_mut(id).unwrap().status = Status::Dropped;
    }
    for (lang, said) in [
        (followup::i18n::Lang::En, "(all dropped)"),
        (followup::i18n::Lang::Es, "(todos cancelados)"),
        (followup::i18n::Lang::Ko, "(모두 취소)"),
    ] {
        let mut a = TestApp::new()
            .ledger(l.clone())
            .lang(lang)
            .size(120, 40)
            .build();
        let screen = draw(&a).backend().to_string();
        // Its bar in the summary, the only one so marked.
        assert_eq!(screen.matches("░ ×").count(), 1, "{screen}");
        assert!(!screen.contains("0/0"), "{screen}");
        update(&mut a, Action::ToggleGroups);
        let screen = draw(&a).backend().to_string();
        let group = screen.lines().filter(|s| s.contains(said)).count();
        assert_eq!(group, 1, "{screen}");
    }
}
