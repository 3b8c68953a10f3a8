//! The sync key: what the dashboard asks of `followup sync` and what it
//! makes of the answer (typed; the words are made in `crate::ui`).

use super::action::Effect;
use super::commit::{complain, editable, say};
use super::message::Msg;
use super::state::App;

/// How a sync run from the dashboard ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Synced {
    /// Done: this many commits pushed and items received from `upstream`.
    Done {
        upstream: String,
        pushed: usize,
        received: usize,
    },
    /// The remote cannot be reached; the local commit is kept.
    Offline { remote: String },
    /// The ledger holds this many conflicts to settle; nothing was pushed.
    Conflicts(usize),
    /// The unsaved edits could not be saved first: no sync was run.
    NotSaved,
    /// It stopped for another reason (as worded by the catalog at the edge).
    Failed(String),
}

/// `y`: runs a sync in the background, unless one is running already.
pub fn start(app: &mut App) -> Option<Effect> {
    if !editable(app) || app.syncing {
        return None;
    }
    app.syncing = true;
    say(app, Msg::Syncing);
    Some(Effect::Sync)
}

/// The sync ended: says how; conflicts open the picker; offline stays in
/// the header until a sync succeeds.
pub fn done(app: &mut App, how: Synced) -> Option<Effect> {
    app.syncing = false;
    match &how {
        Synced::Done { .. } => app.offline = false,
        Synced::Offline { .. } => app.offline = true,
        _ => {}
    }
    let error = !matches!(how, Synced::Done { .. });
    let conflicts = matches!(how, Synced::Conflicts(_));
    if error {
        complain(app, Msg::Synced(how));
    } else {
        say(app, Msg::Synced(how));
    }
    if conflicts && app.conflict_count() > 0 {
        super::conflict::open(app);
    }
    app.quit_after_sync.then_some(Effect::Quit)
}
