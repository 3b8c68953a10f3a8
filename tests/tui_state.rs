//! The dashboard's behaviour, driven by actions on its state: no terminal.

mod common;

use common::app::TestApp;
use common::tui::today;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use followup::app::{
    Action, App, Effect, FilterKind, KEYMAP, Keymap, Mode, Scope, ViewRow, update,
};
use followup::base::lang::Lang;
use followup::ledger::{Item, Status};

fn app(fixture: &str) -> App {
    TestApp::new().fixture(fixture).label(fixture).build()
}

fn selected(app: &App) -> &Item {
    &app.doc.ledger().items[app.selected_item().expect("an item is selected")]
}

/// Hands actions to `update` as the loop does (the detail pane measured
/// first); asserts none asks for an effect.
fn run(app: &mut App, actions: &[Action]) {
    for a in actions {
        followup::dashboard::measure(app);
        assert_eq!(update(app, a.clone()), vec![], "{a:?} asks for no effect");
    }
}

/// The action a key means in `scope` with the table's own keys.
fn action_for(scope: Scope, lang: Lang, ev: &KeyEvent) -> Option<Action> {
    Keymap::default().action_for(scope, lang, ev)
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

#[test]
fn opens_sorted_by_due_with_the_latest_item_selected() {
    let a = app("korea-mexico-sme");
    assert_eq!(a.view.rows.len(), 18);
    assert_eq!(
        selected(&a).id,
        "JC3-04",
        "the most overdue item comes first"
    );
    assert_eq!(a.index.stats.overdue, 3);
    assert_eq!(a.index.stats.due_soon, 4);
    assert_eq!(a.index.stats.by_status.iter().sum::<usize>(), 18);
    assert!(a.is_saved());
}

#[test]
fn moves_clamp_at_both_ends() {
    let mut a = app("korea-celac-eclac");
    run(&mut a, &[Action::Move(-1)]);
    assert_eq!(a.view.selected, 0);
    run(&mut a, &[Action::Bottom]);
    assert_eq!(a.view.selected, a.view.rows.len() - 1);
    let page = a.areas(a.view.size).table_rows();
    assert!(
        a.view.offset + page > a.view.selected,
        "the selection stays on screen"
    );
    run(&mut a, &[Action::Move(5)]);
    assert_eq!(a.view.selected, a.view.rows.len() - 1);
    run(&mut a, &[Action::Top, Action::Page(1)]);
    assert_eq!(a.view.selected, page);
    run(&mut a, &[Action::Page(-1)]);
    assert_eq!((a.view.selected, a.view.offset), (0, 0));
}

#[test]
fn keys_decode_through_the_one_table() {
    let a = app("korea-mexico-sme");
    assert_eq!(
        action_for(Scope::Table, Lang::En, &key('j')),
        Some(Action::Move(1))
    );
    assert_eq!(
        action_for(
            Scope::Table,
            Lang::En,
            &KeyEvent::new(KeyCode::Down, KeyModifiers::NONE)
        ),
        Some(Action::Move(1))
    );
    assert_eq!(
        action_for(Scope::Table, Lang::En, &key('G')),
        Some(Action::Bottom)
    );
    assert_eq!(
        action_for(Scope::Search, Lang::En, &key('j')),
        Some(Action::Input('j'))
    );
    assert_eq!(
        action_for(Scope::Search, Lang::En, &key('q')),
        Some(Action::Input('q'))
    );
    assert_eq!(
        action_for(Scope::Table, Lang::En, &key('q')),
        Some(Action::Quit)
    );
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(
        action_for(Scope::Search, Lang::En, &ctrl_c),
        Some(Action::Quit)
    );
    assert_eq!(
        action_for(Scope::FilterMenu, Lang::En, &key('s')),
        Some(Action::FilterBy(FilterKind::Status))
    );
    assert_eq!(
        action_for(Scope::Table, Lang::En, &key('x')),
        Some(Action::MarkDone)
    );
    assert_eq!(
        action_for(Scope::Table, Lang::En, &key('z')),
        Some(Action::Zoom)
    );
    assert_eq!(action_for(Scope::Table, Lang::En, &key('Z')), None);
    assert_eq!(a.scope(), Scope::Table);
    // Every binding is reachable: its first key decodes to it in each of its scopes.
    for b in KEYMAP.iter() {
        for s in b.scopes.iter() {
            let k = match b.keys[0] {
                followup::app::Key::Char(c) => key(c),
                followup::app::Key::Ctrl(c) => {
                    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
                }
                followup::app::Key::Code(c) => KeyEvent::new(c, KeyModifiers::NONE),
                followup::app::Key::Alt(c) => KeyEvent::new(c, KeyModifiers::ALT),
                followup::app::Key::Yes => key('y'),
                followup::app::Key::No => key('n'),
                followup::app::Key::AnyChar | followup::app::Key::Any => key('z'),
            };
            assert!(
                action_for(*s, Lang::En, &k).is_some(),
                "{:?} in {s:?}",
                b.help
            );
        }
    }
}

#[test]
fn search_is_incremental_and_steps_through_matches() {
    let mut a = app("korea-mexico-sme");
    run(&mut a, &[Action::SearchStart]);
    assert!(matches!(a.view.mode, Mode::Search));
    for c in "kia".chars() {
        run(&mut a, &[Action::Input(c)]);
    }
    assert!(!a.view.search.matches.is_empty());
    let first = selected(&a).id.clone();
    assert!(
        a.is_match(a.view.selected),
        "the selection jumps to a match"
    );
    run(&mut a, &[Action::SearchConfirm]);
    assert!(matches!(a.view.mode, Mode::Normal));
    let n = a.view.search.matches.len();
    run(&mut a, &[Action::NextMatch(1)]);
    assert!(n == 1 || selected(&a).id != first);
    for _ in 1..n {
        run(&mut a, &[Action::NextMatch(1)]);
    }
    assert_eq!(selected(&a).id, first, "n wraps around");
    run(&mut a, &[Action::NextMatch(-1), Action::NextMatch(1)]);
    assert_eq!(selected(&a).id, first);
    run(&mut a, &[Action::Back]);
    assert!(a.view.search.query.is_empty() && a.view.search.matches.is_empty());
}

#[test]
fn search_reaches_notes_owners_and_wide_characters() {
    let mut a = app("korea-mexico-sme");
    run(&mut a, &[Action::SearchStart]);
    for c in "한정화".chars() {
        run(&mut a, &[Action::Input(c)]);
    }
    assert_eq!(a.view.search.matches.len(), 1);
    assert_eq!(selected(&a).id, "JC2-01");
    run(
        &mut a,
        &[Action::Backspace, Action::Backspace, Action::Backspace],
    );
    for c in "MÉXICO".chars() {
        run(&mut a, &[Action::Input(c)]);
    }
    assert!(
        !a.view.search.matches.is_empty(),
        "case-insensitive beyond ASCII"
    );
    run(&mut a, &[Action::Back]);
    assert!(matches!(a.view.mode, Mode::Normal));
    assert!(
        a.view.search.query.is_empty(),
        "Esc while typing clears the search"
    );
}

#[test]
fn filters_by_status_owner_workstream_and_overdue() {
    let mut a = app("korea-mexico-sme");
    run(
        &mut a,
        &[Action::FilterMenu, Action::FilterBy(FilterKind::Status)],
    );
    assert_eq!(a.scope(), Scope::Pick);
    run(&mut a, &[Action::Move(2), Action::Pick]);
    assert_eq!(a.view.filter.statuses, [Status::Blocked]);
    assert_eq!(a.view.shown, 2);
    assert!(a.view.rows.iter().all(
        |r| matches!(r, ViewRow::Item(i) if a.doc.ledger().items[*i].status == Status::Blocked)
    ));
    run(&mut a, &[Action::Back, Action::Back]);
    assert!(matches!(a.view.mode, Mode::Normal));
    assert_eq!(a.view.shown, 2, "closing the menu keeps the filter");

    run(&mut a, &[Action::FilterMenu, Action::ClearFilter]);
    assert!(a.view.filter.is_empty());
    assert_eq!(a.view.shown, 18);

    run(&mut a, &[Action::FilterMenu, Action::ToggleOverdue]);
    assert_eq!(a.view.shown, 3);
    run(&mut a, &[Action::FilterMenu, Action::ClearFilter]);

    let smba = a.index.owners.iter().position(|o| o == "SMBA").unwrap() + 1;
    run(
        &mut a,
        &[Action::FilterMenu, Action::FilterBy(FilterKind::Owner)],
    );
    run(&mut a, &[Action::Move(smba as i32), Action::Pick]);
    assert_eq!(a.view.filter.owner.as_deref(), Some("SMBA"));
    assert!(matches!(a.view.mode, Mode::Normal));
    assert!(a.view.shown > 0 && a.view.shown < 18);

    run(
        &mut a,
        &[
            Action::FilterMenu,
            Action::FilterBy(FilterKind::Workstream),
            Action::Move(1),
            Action::Pick,
        ],
    );
    assert_eq!(a.view.filter.workstream.as_deref(), Some("E-commerce"));
}

#[test]
fn an_empty_view_has_no_selection_and_moves_are_harmless() {
    let mut a = app("korea-mexico-sme");
    run(&mut a, &[Action::FilterMenu, Action::ToggleOverdue]);
    run(
        &mut a,
        &[
            Action::FilterMenu,
            Action::FilterBy(FilterKind::Status),
            Action::Pick,
        ],
    );
    assert_eq!(a.view.shown, 0);
    run(
        &mut a,
        &[
            Action::Back,
            Action::Back,
            Action::Move(1),
            Action::Bottom,
            Action::Page(1),
            Action::NextMatch(1),
        ],
    );
    assert_eq!(a.selected_item(), None);
}

#[test]
fn sort_cycles_and_keeps_the_selected_item() {
    let mut a = app("korea-mexico-sme");
    run(&mut a, &[Action::Move(3)]);
    let id = selected(&a).id.clone();
    run(&mut a, &[Action::CycleSort]);
    assert_eq!(a.view.sort, followup::query::SortKey::Status);
    assert_eq!(selected(&a).id, id);
    let ViewRow::Item(first) = a.view.rows[0] else {
        panic!()
    };
    assert_eq!(a.doc.ledger().items[first].status, Status::Blocked);
    for _ in 0..4 {
        run(&mut a, &[Action::CycleSort]);
    }
    assert_eq!(a.view.sort, followup::query::SortKey::Due);
}

#[test]
fn grouping_adds_headings_the_selection_skips() {
    let mut a = app("korea-mexico-sme");
    run(&mut a, &[Action::ToggleGroups, Action::Top]);
    let groups = a
        .view
        .rows
        .iter()
        .filter(|r| matches!(r, ViewRow::Group(_)))
        .count();
    assert_eq!(groups, a.index.workstreams.len());
    assert_eq!(a.view.rows.len(), 18 + groups);
    assert_eq!(a.view.selected, 1, "the first heading is skipped");
    for _ in 0..a.view.rows.len() {
        run(&mut a, &[Action::Move(1)]);
        assert!(a.selected_item().is_some());
    }
    for _ in 0..a.view.rows.len() {
        run(&mut a, &[Action::Move(-1)]);
        assert!(a.selected_item().is_some());
    }
    assert_eq!(a.view.selected, 1);
    assert_eq!(
        a.view.offset, 0,
        "the heading of the first group stays visible"
    );
    run(&mut a, &[Action::ToggleGroups]);
    assert_eq!(a.view.rows.len(), 18);
}

#[test]
fn detail_focus_scrolls_the_detail_not_the_table() {
    let mut a = app("korea-mexico-sme");
    run(&mut a, &[Action::Resize(80, 24)]);
    let sel = a.view.selected;
    run(&mut a, &[Action::ToggleDetail]);
    assert_eq!(a.scope(), Scope::Detail);
    run(&mut a, &[Action::Move(1), Action::Move(1)]);
    assert_eq!(a.view.selected, sel);
    assert_eq!(a.view.detail_scroll, 2);
    run(&mut a, &[Action::Move(1000)]);
    let max = a.view.detail_scroll;
    run(&mut a, &[Action::Move(1)]);
    assert_eq!(a.view.detail_scroll, max, "scrolling stops at the end");
    run(&mut a, &[Action::Back]);
    assert_eq!(a.scope(), Scope::Table);
    run(&mut a, &[Action::Move(1)]);
    assert_eq!(a.view.detail_scroll, 0, "a new item shows from its top");
}

#[test]
fn mouse_click_selects_and_wheel_moves() {
    let mut a = app("korea-celac-eclac");
    let t = a.areas(a.view.size).table;
    run(&mut a, &[Action::Click(10, t.y + 1 + 4)]);
    assert_eq!(a.view.selected, 4);
    run(&mut a, &[Action::Wheel(10, t.y + 3, 1)]);
    assert_eq!(a.view.selected, 7);
    run(&mut a, &[Action::Click(10, t.y)]);
    assert_eq!(a.view.selected, 7, "the column titles select nothing");
    let d = a.areas(a.view.size).detail;
    run(&mut a, &[Action::Click(5, d.y + 2)]);
    assert_eq!(a.scope(), Scope::Detail);
}

#[test]
fn overlays_open_and_close() {
    let mut a = app("korea-mexico-sme");
    run(&mut a, &[Action::ToggleTimeline]);
    assert_eq!(a.scope(), Scope::Timeline);
    run(&mut a, &[Action::ToggleHelp]);
    assert_eq!(a.scope(), Scope::Help);
    run(&mut a, &[Action::Move(3)]);
    assert!(matches!(a.view.mode, Mode::Help(3)));
    run(&mut a, &[Action::Back]);
    assert_eq!(
        a.scope(),
        Scope::Timeline,
        "help returns to where it was opened"
    );
    run(&mut a, &[Action::Back]);
    assert_eq!(a.scope(), Scope::Table);
    assert_eq!(update(&mut a, Action::Quit), vec!(Effect::Quit));
}

#[test]
fn a_large_ledger_filters_and_searches() {
    let mut l = followup::ledger::Ledger::default();
    for n in 0..20_000 {
        let mut it = Item::new(format!("X-{n}"), format!("Item number {n}"));
        it.workstream = format!("W{}", n % 13);
        it.owners = vec![format!("Owner {}", n % 97)];
        it.status = Status::ALL[n % 5];
        it.due = today().checked_add_signed(chrono::Duration::days((n % 200) as i64 - 100));
        l.items.push(it);
    }
    let mut a = TestApp::new().ledger(l).label("big").build();
    run(
        &mut a,
        &[
            Action::SearchStart,
            Action::Input('9'),
            Action::Input('9'),
            Action::Input('9'),
        ],
    );
    // 999, 1999 … 19999 (20), 9990–9998 and 19990–19998 (18)
    assert_eq!(a.view.search.matches.len(), 38);
    run(
        &mut a,
        &[Action::Back, Action::ToggleGroups, Action::Bottom],
    );
    assert!(a.selected_item().is_some());
}

mod sync_key {
    use super::common::app::TestApp;
    use super::common::tui::{draw, key, press, status_text};
    use followup::app::{Action, App, Effect, Mode, Remote, Synced, Syncing, update};
    use followup::ledger::Conflict;

    fn app() -> App {
        TestApp::new()
            .label("l.json")
            .loaded()
            .size(160, 40)
            .build()
    }

    fn header(a: &App) -> String {
        let t = draw(a);
        let buf = t.backend().buffer();
        (0..buf.area.width)
            .map(|x| buf[(x, 0)].symbol().to_owned())
            .collect()
    }

    #[test]
    fn the_header_shows_commits_to_send_and_to_receive() {
        let mut a = app();
        update(&mut a, Action::Distance(Some((2, 1))));
        assert!(
            header(&a).contains("↑2 to send · ↓1 to receive"),
            "{}",
            header(&a)
        );
        update(&mut a, Action::Distance(Some((0, 0))));
        assert!(
            !header(&a).contains('↑'),
            "in step with the remote: no mark"
        );
        update(&mut a, Action::Distance(Some((0, 3))));
        update(&mut a, Action::Resize(80, 24));
        assert!(header(&a).contains("↑0 ↓3"), "short form: {}", header(&a));
        update(&mut a, Action::Distance(None));
        assert!(!header(&a).contains('↓'), "no upstream: no mark");
    }

    #[test]
    fn y_asks_the_loop_to_sync_once_and_the_header_says_so() {
        let mut a = app();
        assert_eq!(press(&mut a, key("y")), vec!(Effect::Sync));
        assert_eq!(a.session.syncing, Syncing::Running);
        assert!(header(&a).contains("⟳ sync…"), "{}", header(&a));
        assert_eq!(press(&mut a, key("y")), vec![], "one sync at a time");
        assert!(
            a.keymap.footer(a.scope()).any(|b| b.short == "foot-sync"),
            "y is in the footer"
        );
    }

    #[test]
    fn a_finished_sync_says_what_went_out_and_came_in() {
        let mut a = app();
        press(&mut a, key("y"));
        let how = Synced::Done {
            upstream: "origin/main".into(),
            pushed: 2,
            received: 1,
        };
        assert_eq!(update(&mut a, Action::Synced(how)), vec![]);
        assert_eq!(a.session.syncing, Syncing::Idle);
        assert_eq!(
            status_text(&a),
            "synced with origin/main: 2 commits pushed, 1 item received"
        );
        assert!(!header(&a).contains("⟳"));
    }

    #[test]
    fn offline_stays_in_the_header_until_a_sync_succeeds() {
        let mut a = app();
        press(&mut a, key("y"));
        update(
            &mut a,
            Action::Synced(Synced::Offline {
                remote: "origin".into(),
            }),
        );
        assert_eq!(a.session.remote, Remote::Offline);
        assert!(
            status_text(&a).starts_with("offline: origin cannot be reached; your commit is kept")
        );
        assert!(header(&a).contains("offline"), "{}", header(&a));
        press(&mut a, key("j"));
        assert!(header(&a).contains("offline"), "still offline after a key");
        press(&mut a, key("y"));
        update(
            &mut a,
            Action::Synced(Synced::Done {
                upstream: "origin/main".into(),
                pushed: 0,
                received: 0,
            }),
        );
        assert!(!header(&a).contains("offline"), "{}", header(&a));
    }

    #[test]
    fn conflicts_from_a_sync_open_the_picker() {
        let mut a = app();
        press(&mut a, key("y"));
        // The loop takes in the file (with the conflicts the merge left)
        // before it reports the sync.
        a.doc.ledger_mut().items[3].conflicts.push(Conflict {
            field: "status".into(),
            base: "open".into(),
            ours: "done".into(),
            theirs: "blocked".into(),
        });
        a.reindex();
        update(&mut a, Action::Synced(Synced::Conflicts(1)));
        assert!(
            matches!(a.view.mode, Mode::Conflicts(_)),
            "{:?}",
            a.view.mode
        );
        assert!(
            status_text(&a).contains("1 conflict to settle"),
            "{}",
            status_text(&a)
        );
    }

    /// The picker asks the loop to name the sides from git, and names them
    /// by who changed the field and where once it knows.
    #[test]
    fn the_picker_names_the_sides_once_git_says_who() {
        use followup::sync::sides::{Origin, SideName};
        let mut a = app();
        a.doc.ledger_mut().items[3].conflicts.push(Conflict {
            field: "status".into(),
            base: "open".into(),
            ours: "done".into(),
            theirs: "blocked".into(),
        });
        a.reindex();
        let id = a.doc.ledger().items[3].id.clone();
        let effect = update(&mut a, Action::Conflicts);
        assert_eq!(effect, vec!(Effect::NameSides));
        let screen = |a: &App| draw(a).backend().to_string();
        assert!(
            screen(&a).contains("ours: done | theirs: blocked"),
            "{}",
            screen(&a)
        );
        update(
            &mut a,
            Action::SideNames(vec![(
                (Some(id), "status".into()),
                (
                    SideName {
                        author: Some("INADEM, Mexico".into()),
                        origin: Origin::ThisClone,
                    },
                    SideName {
                        author: Some("SMBA, Seoul".into()),
                        origin: Origin::Incoming("origin/main".into()),
                    },
                ),
            )]),
        );
        let s = screen(&a);
        assert!(s.contains("INADEM, Mexico (this clone): done"), "{s}");
        assert!(s.contains("SMBA, Seoul (origin/main): blocked"), "{s}");
    }

    #[test]
    fn sync_on_quit_syncs_then_quits() {
        let mut a = app();
        a.options.sync_on_quit = true;
        assert_eq!(press(&mut a, key("q")), vec!(Effect::Sync));
        let how = Synced::Done {
            upstream: "origin/main".into(),
            pushed: 1,
            received: 0,
        };
        assert_eq!(update(&mut a, Action::Synced(how)), vec!(Effect::Quit));
    }
}

/// The detail pane shows an owner's e-mail when the committee's directory
/// knows them (by name or alias).
#[test]
fn the_detail_pane_shows_an_owners_email_from_the_directory() {
    use common::tui::{draw, key, press};
    let mut a = TestApp::new()
        .fixture("korea-mexico-sme-directory")
        .label("l.json")
        .size(160, 40)
        .build();
    let mut seen = false;
    for _ in 0..a.doc.ledger().items.len() {
        let screen = draw(&a).backend().to_string();
        if screen.contains("SMBA <mexico.desk@smba.example.com>") {
            seen = true;
            break;
        }
        press(&mut a, key("j"));
    }
    assert!(seen, "no item's detail showed SMBA's address");
}
