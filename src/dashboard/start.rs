//! Starting the dashboard on a ledger: the state built from the file and
//! the configuration, the run, and what to say on leaving.

use super::disk::{Disk, unwritable};
use super::event_loop::run;
use super::exit::recovery_notice;
use crate::app::{Action, App, Options, update};
use crate::cli::{Env, Failure, ledger_store};
use crate::ledger::{Error, Store};
use chrono::NaiveDate;
use std::io::Write;
use std::path::PathBuf;

/// Opens the dashboard on the ledger at `path` (else the configured or
/// found one) and runs it until the user quits.
pub fn start(path: Option<PathBuf>, env: &Env) -> Result<(), Failure> {
    let cat = crate::i18n::catalog(env.lang);
    let (store, origin) = find_ledger(path, env)?;
    let options = Options {
        review_window_days: env.config.review_window_days,
        color: !crate::config::no_color(),
        autosave: env.config.autosave,
        lang: env.lang,
        sync_on_quit: env.config.sync_on_quit,
    };
    let mut app = open(&store, env.today, options)?;
    app.session.author = env.config.author();
    // Said on the status line, where it is seen (the line `ledger_store`
    // prints goes under the dashboard's screen until it quits).
    if origin == Origin::CreatedFromSample {
        let _ = update(&mut app, Action::SampleCreated);
    }
    // Edits an earlier session could not save before it was closed. The
    // status line says so briefly; the steps follow on quitting.
    let notice = recovery_notice(store.path());
    if notice.is_some() {
        let _ = update(&mut app, Action::Recovered);
    }
    let result = run(app, Disk::new(store)).map_err(|e| Failure::with_code(e.code(), e.words(cat)));
    if let Some(n) = notice {
        let _ = writeln!(std::io::stderr(), "followup: {}", n.words(cat));
    }
    result
}

/// The dashboard's state on the ledger in `store`, as seen on `today`:
/// loaded, tied to the file (its fingerprint), and read-only when the file
/// or its folder cannot be written. The lock is taken only while saving;
/// the header says why editing is off when it is.
pub fn open(store: &Store, today: NaiveDate, options: Options) -> Result<App, Error> {
    let read_only = unwritable(store.path());
    let loaded = store.load()?;
    let label = store.path().display().to_string();
    let mut app = App::new(loaded.ledger, label, today, options);
    app.attach(loaded.fingerprint, read_only);
    Ok(app)
}

/// How the ledger the dashboard opens came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// It was there (named, configured or found).
    Existing,
    /// It did not exist: the command line created it from the sample.
    CreatedFromSample,
}

/// The ledger the command line chooses for `path`, and whether choosing it
/// created it from the sample.
fn find_ledger(path: Option<PathBuf>, env: &Env) -> Result<(Store, Origin), Failure> {
    // `ledger_store` creates the sample when the default ledger is missing
    // and does not say so but in words; until it returns that as a value,
    // tell it by whether the file it chose was there before.
    let chosen = crate::config::resolve_ledger(path.clone(), &env.config)
        .ok()
        .flatten()
        .map(|(p, _)| (p.exists(), p));
    let store = ledger_store(path, env)?;
    let origin = match chosen {
        Some((false, p)) if p == store.path() && store.path().exists() => Origin::CreatedFromSample,
        _ => Origin::Existing,
    };
    Ok((store, origin))
}
