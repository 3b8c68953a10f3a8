//! One way to build the dashboard's state in tests ([`TestApp`]), one way
//! to press keys ([`press_keys`]: `update` only, the effects returned),
//! and the dashboard on a real file with the loop's own effect runner
//! ([`TestDashboard`], whose `type_keys` carries the effects out).

use super::tui::{events, fixture, today};
use chrono::NaiveDate;
use followup::app::{Action, App, Effects, Keymap, KeysError, Options, Unwritable, update};
use followup::dashboard::{
    Disk, Flow, Heard, NoScreen, Tell, Timers, World, deliver, measure, reported,
};
use followup::i18n::Lang;
use followup::ledger::{Fingerprint, Ledger, Store};
use std::path::Path;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

/// A dashboard state to build: the `korea-mexico-sme` fixture seen on
/// [`today`] in a 120×40 terminal, in English, with autosave, unless told
/// otherwise.
pub struct TestApp {
    ledger: Ledger,
    label: String,
    today: NaiveDate,
    options: Options,
    size: (u16, u16),
    author: Option<String>,
    attached: Option<Option<Unwritable>>,
    /// A config.toml holding `[keys]`, as the user wrote it.
    keys: String,
}

/// The keymap a config.toml (its text) gives a user speaking `lang`, its
/// actions said in that language, as the dashboard builds it at startup.
pub fn keymap_of(config: &str, lang: Lang) -> Result<Keymap, KeysError> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, config).unwrap();
    let settings = followup::config::Config::from_file(&path)
        .expect("a config.toml")
        .keys;
    let cat = followup::i18n::catalog(lang);
    Ok(Keymap::new(&settings, lang)?.speaking(|id| cat.text(id)))
}

impl Default for TestApp {
    fn default() -> Self {
        TestApp::new()
    }
}

impl TestApp {
    pub fn new() -> TestApp {
        TestApp {
            ledger: fixture("korea-mexico-sme"),
            label: "fixtures/korea-mexico-sme.json".into(),
            today: today(),
            options: Options::default(),
            size: (120, 40),
            author: None,
            attached: None,
            keys: String::new(),
        }
    }

    /// A fixture by name, labelled with its path.
    pub fn fixture(mut self, name: &str) -> TestApp {
        self.ledger = fixture(name);
        self.label = format!("fixtures/{name}.json");
        self
    }

    /// This ledger.
    pub fn ledger(mut self, ledger: Ledger) -> TestApp {
        self.ledger = ledger;
        self
    }

    /// The path shown in the header.
    pub fn label(mut self, label: &str) -> TestApp {
        self.label = label.into();
        self
    }

    pub fn today(mut self, today: NaiveDate) -> TestApp {
        self.today = today;
        self
    }

    pub fn lang(mut self, lang: Lang) -> TestApp {
        self.options.lang = lang;
        self
    }

    pub fn options(mut self, options: Options) -> TestApp {
        self.options = options;
        self
    }

    /// Autosave off: the tests look at unsaved state.
    pub fn manual(mut self) -> TestApp {
        self.options.autosave = false;
        self
    }

    pub fn size(mut self, w: u16, h: u16) -> TestApp {
        self.size = (w, h);
        self
    }

    /// The author of new notes.
    pub fn author(mut self, author: &str) -> TestApp {
        self.author = Some(author.into());
        self
    }

    /// The keys of a config.toml's `[keys]` (the text of the file).
    pub fn keys(mut self, config: &str) -> TestApp {
        self.keys = config.into();
        self
    }

    /// Tied to a file (a made-up fingerprint), writable.
    pub fn loaded(mut self) -> TestApp {
        self.attached = Some(None);
        self
    }

    /// Tied to a file that cannot be written.
    pub fn read_only(mut self, why: Unwritable) -> TestApp {
        self.attached = Some(Some(why));
        self
    }

    pub fn build(self) -> App {
        let lang = self.options.lang;
        let mut app = App::new(self.ledger, self.label, self.today, self.options);
        app.keymap = keymap_of(&self.keys, lang).expect("the keys are accepted");
        if let Some(author) = self.author {
            app.session.author = author;
        }
        if let Some(why) = self.attached {
            app.attach(Fingerprint::of(b"as loaded"), why);
        }
        update(&mut app, Action::Resize(self.size.0, self.size.1));
        app
    }
}

/// Presses keys written as text (see [`events`]) through the keymap, as
/// the loop does; returns every effect they asked for, none carried out.
pub fn press_keys(app: &mut App, text: &str) -> Effects {
    let mut out = Vec::new();
    for ev in events(text) {
        measure(app);
        if let Some(a) = app.keymap.action_for(app.scope(), app.options.lang, &ev) {
            out.extend(update(app, a));
        }
    }
    out
}

/// The dashboard on a real file, as `followup PATH` starts it (no lock
/// held, autosave off, author `tester`), with the loop's effect runner and
/// no screen.
pub struct TestDashboard {
    pub app: App,
    pub disk: Disk,
    /// The actions `update` asked to be handed back later.
    pub timers: Timers,
    heard: Tell,
    /// What background work reported (git, sync), heard by [`TestDashboard::hear`].
    reports: Receiver<Heard>,
}

impl TestDashboard {
    pub fn open(path: &Path) -> TestDashboard {
        TestDashboard::open_in(path, Lang::En)
    }

    /// The same, speaking `lang`.
    pub fn open_in(path: &Path, lang: Lang) -> TestDashboard {
        let store = Store::new(path);
        let loaded = store.load().unwrap();
        let mut app = TestApp::new()
            .ledger(loaded.ledger)
            .lang(lang)
            .label("ledger")
            .manual()
            .author("tester")
            .build();
        app.attach(loaded.fingerprint, None);
        let (heard, reports) = mpsc::channel();
        let heard = Tell::looked_at(heard);
        TestDashboard {
            app,
            disk: Disk::new(store),
            timers: Timers::default(),
            heard,
            reports,
        }
    }

    /// Hands `action` to `update` and carries out its effects as the loop does.
    pub fn deliver(&mut self, action: Action) -> Flow {
        let mut world = World {
            disk: &mut self.disk,
            heard: self.heard.clone(),
            screen: &mut NoScreen,
            timers: &mut self.timers,
        };
        deliver(&mut self.app, action, &mut world).expect("no screen to fail")
    }

    /// Hands to `update`, as the loop does, what background work reports
    /// (waiting up to ten seconds for the first), until it has been quiet
    /// for half a second.
    pub fn hear(&mut self) {
        let mut wait = Duration::from_secs(10);
        while let Ok(heard) = self.reports.recv_timeout(wait) {
            if let Some(action) = reported(heard) {
                self.deliver(action);
            }
            wait = Duration::from_millis(500);
        }
    }

    /// Waits for the next timer `update` set, and hands its action over.
    pub fn wake(&mut self) {
        let at = self.timers.next().expect("a timer is set");
        std::thread::sleep(at.saturating_duration_since(Instant::now()));
        for action in self.timers.due() {
            self.deliver(action);
        }
    }

    /// Types keys written as text, carrying out their effects as the loop does.
    pub fn type_keys(&mut self, text: &str) {
        for ev in events(text) {
            measure(&mut self.app);
            if let Some(a) =
                (self.app.keymap).action_for(self.app.scope(), self.app.options.lang, &ev)
            {
                self.deliver(a);
            }
        }
    }
}
