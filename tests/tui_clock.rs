//! Both capitals' clocks in the dashboard: the header shows each party's
//! capital's day and time in the reader's language at a fixed instant,
//! fitting 80 columns; a new minute moves them, and a new day in the
//! reference zone changes what is overdue.

mod common;

use common::app::TestApp;
use common::tui::draw;
use followup::app::{Action, App, Options, update};
use followup::base::clock::Clock;
use followup::i18n::Lang;
use unicode_width::UnicodeWidthStr;

/// The instant of the issue: Thursday 09:05 in Seoul, Wednesday 18:05 in Mexico City.
const NOW: &str = "2026-12-03T09:05:00+09:00";

fn at(s: &str) -> Clock {
    Clock::At(chrono::DateTime::parse_from_rfc3339(s).unwrap().to_utc())
}

fn app(lang: Lang, size: (u16, u16), now: &str) -> App {
    let options = Options {
        lang,
        clock: Some(at(now)),
        ..Options::default()
    };
    TestApp::new().options(options).size(size.0, size.1).build()
}

/// The top line as the terminal shows it (a wide character's second cell left out).
fn header(app: &App) -> String {
    let t = draw(app);
    let buf = t.backend().buffer();
    let mut line = String::new();
    let mut skip = 0;
    for x in 0..buf.area.width {
        let s = buf[(x, 0)].symbol();
        if skip > 0 {
            skip -= 1;
            continue;
        }
        skip = s.width().saturating_sub(1);
        line.push_str(s);
    }
    line
}

#[test]
fn the_header_shows_both_capitals_clocks_in_the_readers_language() {
    for lang in Lang::ALL {
        for size in [(120, 40), (160, 40), (80, 24)] {
            let a = app(lang, size, NOW);
            let line = header(&a);
            assert_eq!(line.width(), usize::from(size.0), "{line}");
            insta::assert_snapshot!(
                format!("header_{}_{}x{}", lang.code(), size.0, size.1),
                line
            );
        }
    }
    let wide = header(&app(Lang::Es, (160, 40), NOW));
    assert!(
        wide.contains("CDMX mié 2 dic 18:05 · Seúl jue 3 dic 09:05"),
        "{wide}"
    );
    let wide = header(&app(Lang::Ko, (160, 40), NOW));
    assert!(
        wide.contains("멕시코시티 12월 2일(수) 18:05 · 서울 12월 3일(목) 09:05"),
        "{wide}"
    );
}

#[test]
fn a_new_minute_moves_the_clocks_and_a_new_day_what_is_overdue() {
    // 23:59 in Mexico City (the reference zone) on Friday 13 November:
    // JC3-04, due that day, is not overdue yet.
    let mut a = app(Lang::En, (160, 40), "2026-11-13T23:59:00-06:00");
    assert_eq!(a.today.to_string(), "2026-11-13");
    let jc3_04 = a
        .doc
        .ledger()
        .items
        .iter()
        .position(|i| i.id == "JC3-04")
        .unwrap();
    assert!(!a.overdue(&a.doc.ledger().items[jc3_04]));
    let before = a.index.stats.overdue;
    assert!(
        header(&a).contains("Mexico City Fri 13 Nov 23:59"),
        "{}",
        header(&a)
    );
    // One minute later it is Saturday there, and the item is overdue.
    a.options.clock = Some(at("2026-11-14T00:00:00-06:00"));
    update(&mut a, Action::Minute);
    assert_eq!(a.today.to_string(), "2026-11-14");
    assert!(a.overdue(&a.doc.ledger().items[jc3_04]));
    assert_eq!(a.index.stats.overdue, before + 1);
    assert!(
        header(&a).contains("Mexico City Sat 14 Nov 00:00"),
        "{}",
        header(&a)
    );
}

#[test]
fn a_ledger_reloaded_with_its_deadlines_in_seoul_reads_today_there() {
    // Wednesday 18:05 in Mexico City is already Thursday in Seoul.
    let mut a = app(Lang::En, (160, 40), NOW);
    assert_eq!(a.today.to_string(), "2026-12-02");
    let mut seoul = a.doc.ledger().clone();
    seoul.committee.zone = "Asia/Seoul".parse().ok();
    let disk = followup::app::OnDisk {
        ledger: Box::new(seoul),
        fingerprint: followup::ledger::Fingerprint::of(b"in Seoul"),
    };
    update(
        &mut a,
        Action::DiskChanged {
            disk,
            found: followup::app::FoundWhile::Watching,
        },
    );
    assert_eq!(
        a.doc.ledger().committee.zone.map(|z| z.name()),
        Some("Asia/Seoul")
    );
    assert_eq!(a.today.to_string(), "2026-12-03");
    // Undone, the file's zone goes, and Mexico City's day comes back.
    update(&mut a, Action::Undo);
    assert_eq!(a.today.to_string(), "2026-12-02");
}
