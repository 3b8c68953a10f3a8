//! Closure both parties agree to, in the dashboard: `C` confirms the other
//! party's closure for the user's party, `X` reopens a closed item with a
//! note; the table marks a closure awaiting confirmation (`●?`) and the
//! summary counts them. Keys in, state and effects out: no terminal.

mod common;

use common::app::{TestApp, press_keys};
use common::tui::{draw, sel, status_text};
use followup::app::{App, Effect, Mode, Options};
use followup::base::clock::Clock;
use followup::base::clock::parse_instant;
use followup::ledger::{Closure, ClosureAct, Ledger, Status};
use followup::query::{ClosureState, closure_state};

const MX: &str = "INADEM (Mexico)";
const KR: &str = "SMBA (Korea)";

/// The Korea–Mexico ledger under the rule of both parties, JC2-03 marked
/// done by Mexico on the evening of 2026-11-23.
fn closed_by_mexico() -> Ledger {
    let mut l = common::tui::fixture("korea-mexico-sme");
    l.committee.closure = Closure::Both;
    let stamp = followup::ops::Stamp {
        today: common::tui::today(),
        at: parse_instant("2026-11-23T18:05:00-06:00").unwrap(),
        author: "Ana López".into(),
        party: Some(MX.into()),
    };
    let op = followup::ops::Op::SetFields {
        id: "JC2-03".into(),
        changes: vec![followup::ops::Change::Status(Status::Done)],
    };
    followup::ops::apply_as(&mut l, op, &stamp).unwrap();
    l
}

/// The dashboard of Seoul's secretary the next morning.
fn seoul(party: Option<&str>) -> App {
    let options = Options {
        clock: Some(Clock::At(
            parse_instant("2026-11-24T09:30:00+09:00").unwrap(),
        )),
        ..Options::default()
    };
    let mut app = TestApp::new()
        .ledger(closed_by_mexico())
        .options(options)
        .author("Kim Min-ji")
        .loaded()
        .build();
    app.session.signer.party = party.map(str::to_owned);
    select(&mut app, "JC2-03");
    app
}

/// Moves the selection down to the item `id`.
fn select(app: &mut App, id: &str) {
    press_keys(app, "g");
    for _ in 0..app.view.rows.len() {
        if sel(app).id == id {
            return;
        }
        press_keys(app, "j");
    }
    panic!("no row {id}");
}

fn screen(app: &App) -> String {
    let t = draw(app);
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_owned())
                .collect::<String>()
                + "\n"
        })
        .collect()
}

#[test]
fn the_table_marks_an_awaited_closure_and_the_summary_counts_it() {
    let app = seoul(Some(KR));
    let shown = screen(&app);
    let row = shown
        .lines()
        .find(|l| l.contains("JC2-03 Shortlist"))
        .unwrap();
    assert!(row.contains("●? done"), "{row}");
    assert!(shown.contains("●? 1 awaiting confirmation"), "{shown}");
    assert!(
        shown.contains("closure      awaiting confirmation by SMBA (Korea)"),
        "{shown}"
    );
}

#[test]
fn c_confirms_for_the_user_s_party_and_saves() {
    let mut app = seoul(Some(KR));
    assert_eq!(app.index.stats.awaiting, 1);
    let effects = press_keys(&mut app, "C");
    assert_eq!(effects, vec![Effect::Save]);
    assert_eq!(app.index.stats.awaiting, 0, "the summary counts it at once");
    let item = sel(&app);
    assert!(matches!(
        closure_state(&app.doc.ledger().committee, item),
        ClosureState::Confirmed { confirmed, .. } if confirmed.party == KR && confirmed.author == "Kim Min-ji"
    ));
    assert_eq!(
        status_text(&app),
        "JC2-03: closure confirmed for SMBA (Korea)"
    );
    // `u` takes the confirmation back.
    press_keys(&mut app, "u");
    assert!(closure_state(&app.doc.ledger().committee, sel(&app)).awaits(KR));
    assert_eq!(app.index.stats.awaiting, 1);
}

#[test]
fn c_is_refused_for_the_party_that_closed_and_without_a_party() {
    let mut app = seoul(Some(MX));
    assert!(press_keys(&mut app, "C").is_empty());
    assert!(
        status_text(&app).contains("the other party confirms it"),
        "{}",
        status_text(&app)
    );
    let mut app = seoul(None);
    assert!(press_keys(&mut app, "C").is_empty());
    assert!(status_text(&app).contains("say which party you speak for"));
    assert!(closure_state(&app.doc.ledger().committee, sel(&app)).awaits(KR));
}

#[test]
fn x_opens_a_note_box_that_reopens_the_item_with_the_note() {
    let mut app = seoul(Some(KR));
    press_keys(&mut app, "X");
    assert!(matches!(app.view.mode, Mode::Reopen(_)));
    assert!(screen(&app).contains("Reopen JC2-03"));
    // An empty note reopens nothing.
    assert!(press_keys(&mut app, "<Enter>").is_empty());
    assert!(matches!(app.view.mode, Mode::Reopen(_)));
    let effects = press_keys(&mut app, "Certificates still missing.<Enter>");
    assert_eq!(effects, vec![Effect::Save]);
    assert!(app.view.mode.is_normal());
    let item = app.doc.ledger().item("JC2-03").unwrap();
    assert_eq!(item.status, Status::Open);
    assert_eq!(
        item.notes.last().unwrap().text,
        "Certificates still missing."
    );
    assert_eq!(
        item.notes.last().unwrap().author,
        "Kim Min-ji · SMBA (Korea)"
    );
    let last = item.closure.last().unwrap();
    assert_eq!((last.act, last.party.as_str()), (ClosureAct::Reopened, KR));
}

#[test]
fn x_on_an_open_item_says_there_is_nothing_to_reopen_and_esc_changes_nothing() {
    let mut app = seoul(Some(KR));
    press_keys(&mut app, "X");
    press_keys(&mut app, "no<Esc>");
    assert!(app.view.mode.is_normal());
    assert_eq!(sel(&app).status, Status::Done);
    select(&mut app, "JC2-05");
    press_keys(&mut app, "X");
    assert!(app.view.mode.is_normal());
    assert!(
        status_text(&app).contains("nothing to reopen"),
        "{}",
        status_text(&app)
    );
}

#[test]
fn the_keymap_binds_c_to_confirm_and_x_to_reopen() {
    use followup::app::{Does, KEYMAP, Key};
    let bound = |key: char, does: followup::app::Action| {
        KEYMAP.iter().any(|b| {
            b.keys.contains(&Key::Char(key)) && matches!(&b.does, Does::Act(a) if *a == does)
        })
    };
    assert!(bound('C', followup::app::Action::ConfirmClosure));
    assert!(bound(
        'X',
        followup::app::Action::Open(followup::app::Prompt::Reopen)
    ));
}

#[test]
fn the_review_lists_what_awaits_your_confirmation_or_all_that_awaits_without_a_party() {
    use followup::query::AgendaSection;
    let sections = |party: Option<&str>| {
        let mut app = seoul(party);
        press_keys(&mut app, "r");
        let agenda = app.view.review.as_ref().expect("review mode");
        agenda
            .entries
            .iter()
            .filter(|e| e.id == "JC2-03")
            .map(|e| e.section)
            .collect::<Vec<_>>()
    };
    assert_eq!(sections(Some(KR)), [AgendaSection::AwaitingYou]);
    assert_eq!(sections(None), [AgendaSection::Awaiting]);
    // Mexico closed it: nothing awaits Mexico's word.
    assert!(
        !sections(Some(MX))
            .iter()
            .any(|s| matches!(s, AgendaSection::AwaitingYou | AgendaSection::Awaiting))
    );
    let mut app = seoul(Some(KR));
    press_keys(&mut app, "r");
    assert!(
        screen(&app).contains("▾ Awaiting your confirmation (1)"),
        "{}",
        screen(&app)
    );
    // The review's rows mark it as the table does.
    assert!(screen(&app).contains("●? done"), "{}", screen(&app));
    // Stepped to, and confirmed in the meeting.
    while app
        .view
        .review
        .as_ref()
        .unwrap()
        .current_entry()
        .unwrap()
        .id
        != "JC2-03"
    {
        press_keys(&mut app, "n");
    }
    press_keys(&mut app, "C");
    assert!(
        !closure_state(
            &app.doc.ledger().committee,
            app.doc.ledger().item("JC2-03").unwrap()
        )
        .is_awaiting()
    );
}
