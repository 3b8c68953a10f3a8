//! The desk of the five fixture committees (`followup --all`) in tests:
//! opened as the binary opens it ([`followup::dashboard::open_desk`]), keys
//! decoded in the scope on screen, the effects carried out by the desk's
//! own runner (each committee's file, lock and git), and drawn into a test
//! terminal.

use super::portfolio::Desk as DeskRepos;
use super::sandbox::{Sandbox, TODAY};
use super::tui::events;
use followup::app::desk::Desk;
use followup::app::{Action, Options};
use followup::base::clock::Clock;
use followup::cli::Env;
use followup::config::{Config, PortfolioEntry};
use followup::dashboard::{Flow, NoScreen, Room, deliver_desk, hear_seats, measure_desk};
use followup::i18n::Lang;
use followup::ledger::Reading;
use ratatui::{Terminal, backend::TestBackend};
use std::time::{Duration, Instant};

/// A desk open on the sandbox's `desk/` folder, as `followup --all` opens it.
pub struct TestDesk {
    pub desk: Desk,
    pub rooms: Vec<Room>,
}

impl TestDesk {
    /// The desk of `repos` (made by [`DeskRepos::new`]), speaking `lang`,
    /// in a 120×40 terminal.
    pub fn open(sb: &Sandbox, _repos: &DeskRepos, lang: Lang) -> TestDesk {
        TestDesk::open_with(sb, lang, |_| {})
    }

    /// The same, with the configuration changed by `change` (`autosave = false`…).
    pub fn open_with(sb: &Sandbox, lang: Lang, change: impl FnOnce(&mut Config)) -> TestDesk {
        let mut config = Config {
            portfolio: vec![PortfolioEntry {
                path: None,
                folder: Some(sb.path("desk")),
                name: None,
            }],
            author: Some("tester".into()),
            ..Config::default()
        };
        change(&mut config);
        let env = Env {
            config,
            clock: Clock::Day(TODAY.parse().unwrap()),
            lang,
            reading: Reading::Translated,
            state: Some(sb.state()),
        };
        let members = followup::portfolio::members(&env.config.portfolio).unwrap();
        let look = followup::dashboard::Look::of(&env).expect("the default look");
        let (desk, rooms, _) = followup::dashboard::open_desk(&members, &env, &look, None);
        let mut t = TestDesk { desk, rooms };
        t.deliver(Action::Resize(120, 40));
        t
    }

    /// The settings every committee's dashboard was opened with.
    pub fn options(&self) -> Options {
        self.desk.options()
    }

    /// Hands `action` to the desk and carries out its effects as the loop does.
    pub fn deliver(&mut self, action: Action) -> Flow {
        deliver_desk(&mut self.desk, action, &mut self.rooms, &mut NoScreen).expect("no screen")
    }

    /// Types keys (see [`events`]) as the loop decodes them, in the scope on screen.
    pub fn type_keys(&mut self, text: &str) -> Flow {
        let mut flow = Flow::Go;
        for ev in events(text) {
            measure_desk(&mut self.desk);
            let lang = self.options().lang;
            let keys = &self.desk.shown().keymap;
            if let Some(a) = keys.action_for(self.desk.scope(), lang, &ev) {
                flow = self.deliver(a);
            }
        }
        flow
    }

    /// Takes in what the committees' files, git and background work
    /// report, as the loop does each turn, until `done` holds (or ten
    /// seconds pass).
    pub fn hear_until(&mut self, done: impl Fn(&Desk) -> bool) {
        let end = Instant::now() + Duration::from_secs(10);
        while !done(&self.desk) && Instant::now() < end {
            hear_seats(&mut self.desk, &mut self.rooms, &mut NoScreen).expect("no screen");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The screen as drawn now, as text.
    pub fn screen(&self) -> String {
        let (w, h) = self.desk.seats[0].app.view.size;
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| followup::ui::render_desk(&self.desk, f))
            .unwrap();
        let buf = t.backend().buffer();
        (0..h)
            .map(|y| {
                let line: String = (0..w).map(|x| buf[(x, y)].symbol()).collect();
                line.trim_end().to_owned()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The portfolio's rows on view: (committee, item id), in order.
    pub fn rows(&self) -> Vec<(String, String)> {
        let p = &self.desk.portfolio;
        p.view
            .rows
            .iter()
            .filter_map(|r| match r {
                followup::app::ViewRow::Item(i) => {
                    let item = &p.doc.ledger().items[*i];
                    Some((item.workstream.clone(), item.id.clone()))
                }
                followup::app::ViewRow::Group(_) => None,
            })
            .collect()
    }
}
