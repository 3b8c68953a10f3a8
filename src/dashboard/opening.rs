//! Opening one ledger as a dashboard: the state built from the file and
//! the configuration (the settings, the author, the edits an earlier
//! session left), shared by the single dashboard and the desk.

use super::disk::unwritable;
use super::exit::{RecoveryNotice, recovery_notice};
use crate::app::{Action, App, Options, update};
use crate::base::clock::Clock;
use crate::cli::Env;
use crate::ledger::{Error, Store};
use crate::tr;

/// The settings of every dashboard the user opens.
pub fn options(env: &Env) -> Options {
    Options {
        review_window_days: env.config.review_window_days,
        color: !crate::config::no_color(),
        autosave: env.config.autosave,
        lang: env.lang,
        sync_on_quit: env.config.sync_on_quit,
        reading: env.reading,
        clock: Some(env.clock),
    }
}

/// The dashboard of the ledger in `store` for this user (the author of
/// notes, who signs commits), and the edits an earlier session could not
/// save, when it left some: the status line says so briefly; the steps
/// follow on quitting.
pub fn seat(store: &Store, env: &Env) -> Result<(App, Option<RecoveryNotice>), Error> {
    let cat = crate::i18n::catalog(env.lang);
    let mut app = open(store, options(env))?;
    app.session.author = env.config.author(&tr!(cat, "note-author-default"));
    app.session.signer = crate::app::Signer {
        author: env.config.author.clone(),
        party: env.config.party.clone(),
    };
    let notice = recovery_notice(store.path());
    if notice.is_some() {
        let _ = update(&mut app, Action::Recovered);
    }
    Ok((app, notice))
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
