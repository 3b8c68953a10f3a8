//! Starting the dashboard on a ledger: the state built from the file and
//! the configuration, the run, and what to say on leaving.

use super::disk::{Disk, unwritable};
use super::event_loop::run;
use super::exit::recovery_notice;
use crate::app::{Action, App, Keymap, Options, update};
use crate::base::clock::Clock;
use crate::cli::{Env, Failure, LedgerNotice, LedgerUse, choose_ledger};
use crate::ledger::{Error, Store};
use crate::tr;
use std::io::Write;
use std::path::PathBuf;

/// Opens the dashboard on the ledger at `path` (else the configured or
/// found one) and runs it until the user quits.
pub fn start(path: Option<PathBuf>, env: &Env) -> Result<(), Failure> {
    let cat = crate::i18n::catalog(env.lang);
    let keymap = keymap(env)?;
    let chosen = choose_ledger(path, env, LedgerUse::Open)?;
    let store = chosen.store;
    let color = !crate::config::no_color();
    // Asked before the terminal is taken, so before the first frame.
    let (theme, palettes) = super::theme::starting_theme(env, color)?;
    let options = Options {
        review_window_days: env.config.review_window_days,
        color,
        theme,
        palettes,
        autosave: env.config.autosave,
        lang: env.lang,
        sync_on_quit: env.config.sync_on_quit,
        reading: env.reading,
        clock: Some(env.clock),
    };
    let mut app = open(&store, options)?;
    app.keymap = keymap;
    app.session.author = env.config.author(&tr!(cat, "note-author-default"));
    app.session.signer = crate::app::Signer {
        author: env.config.author.clone(),
        party: env.config.party.clone(),
    };
    // Said on the status line, where it is seen; another notice (a ledger
    // other than the repository's) is said again on leaving.
    let mut leaving = Vec::new();
    match chosen.notice {
        Some(LedgerNotice::CreatedSample(_)) => {
            let _ = update(&mut app, Action::SampleCreated);
        }
        Some(n) => leaving.push(n.words(cat)),
        None => {}
    }
    // Edits an earlier session could not save before it was closed. The
    // status line says so briefly; the steps follow on quitting.
    let notice = recovery_notice(store.path());
    if notice.is_some() {
        let _ = update(&mut app, Action::Recovered);
    }
    let result = run(app, Disk::new(store)).map_err(|e| Failure::with_code(e.code(), e.words(cat)));
    leaving.extend(notice.map(|n| n.words(cat)));
    for n in leaving {
        let _ = writeln!(std::io::stderr(), "followup: {n}");
    }
    result
}

/// The keys in use: the table's with the user's from `[keys]`, each action
/// said in the user's language for the palette; a bad setting is refused
/// before the dashboard starts, naming its line.
fn keymap(env: &Env) -> Result<Keymap, Failure> {
    let cat = crate::i18n::catalog(env.lang);
    let keymap = Keymap::new(&env.config.keys, env.lang).map_err(|e| {
        let path = crate::config::config_path().unwrap_or_default();
        Failure::usage(crate::ui::keys_error(cat, &path.display().to_string(), &e))
    })?;
    Ok(keymap.speaking(|id| cat.text(id)))
}

/// The dashboard's state on the ledger in `store`, as seen today in its reference zone:
/// loaded, tied to the file (its fingerprint), and read-only when the file
/// or its folder cannot be written. The lock is taken only while saving;
/// the header says why editing is off when it is.
pub fn open(store: &Store, options: Options) -> Result<App, Error> {
    let read_only = unwritable(store.path());
    let loaded = store.load()?;
    let zone = loaded.ledger.committee.reference_zone();
    let today = options.clock.unwrap_or(Clock::Live).today(zone);
    let label = store.path().display().to_string();
    let mut app = App::new(loaded.ledger, label, today, options);
    app.attach(loaded.fingerprint, read_only);
    Ok(app)
}
