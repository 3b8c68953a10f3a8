//! Opening one ledger as a dashboard: the state built from the file and
//! the configuration (the settings, the author, the edits an earlier
//! session left), shared by the single dashboard and the desk.

use super::disk::unwritable;
use super::exit::{RecoveryNotice, recovery_notice};
use crate::app::{Action, App, Keymap, Options, update};
use crate::base::clock::Clock;
use crate::cli::{Env, Failure};
use crate::config::theme::{Palettes, ThemeName};
use crate::ledger::{Error, Store};
use crate::tr;

/// What every dashboard of a session shares: the theme chosen at start
/// (the terminal asked once, before it is taken) and the keys in use.
#[derive(Debug, Clone)]
pub struct Look {
    pub theme: ThemeName,
    pub palettes: Palettes,
    pub keymap: Keymap,
}

impl Look {
    /// The session's look: the theme (`--theme`, config, or the terminal's
    /// answer) and the table's keys with the user's from `[keys]`, each
    /// action said in the user's language for the palette; a bad setting is
    /// refused before the dashboard starts, naming its line.
    pub fn of(env: &Env) -> Result<Look, Failure> {
        let cat = crate::i18n::catalog(env.lang);
        let keymap = Keymap::new(&env.config.keys, env.lang).map_err(|e| {
            let path = crate::config::config_path().unwrap_or_default();
            Failure::usage(crate::ui::keys_error(cat, &path.display().to_string(), &e))
        })?;
        let color = !crate::config::no_color();
        let (theme, palettes) = super::theme::starting_theme(env, color)?;
        let keymap = keymap.speaking(|id| cat.text(id));
        Ok(Look {
            theme,
            palettes,
            keymap,
        })
    }
}

/// The settings of every dashboard the user opens.
pub fn options(env: &Env, look: &Look) -> Options {
    Options {
        review_window_days: env.config.review_window_days,
        color: !crate::config::no_color(),
        theme: look.theme,
        palettes: look.palettes,
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
pub fn seat(store: &Store, env: &Env, look: &Look) -> Result<(App, Option<RecoveryNotice>), Error> {
    let cat = crate::i18n::catalog(env.lang);
    let mut app = open(store, options(env, look))?;
    app.keymap = look.keymap.clone();
    app.session.author = env.config.author(&tr!(cat, "note-author-default"));
    app.session.signer = crate::app::Signer {
        author: env.config.author.clone(),
        party: env.config.party.clone(),
    };
    let notice = recovery_notice(store.path(), env.state.as_deref());
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
