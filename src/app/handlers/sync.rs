//! The sync key: what the dashboard asks of `followup sync` and what it
//! makes of the answer (typed; the words are made in `crate::ui`).

use crate::app::commit::{complain, editable, say};
use crate::app::conflicts;
use crate::app::model::{Effect, Effects, Msg, Synced};
use crate::app::state::{App, Leaving, Remote, Syncing};

/// `y`: runs a sync in the background (saving unsaved edits first),
/// unless one is running already.
pub fn start(app: &mut App) -> Effects {
    if !editable(app) || app.session.syncing != Syncing::Idle {
        return Vec::new();
    }
    say(app, Msg::Syncing);
    if app.is_saved() {
        app.session.syncing = Syncing::Running;
        vec![Effect::Sync]
    } else {
        app.session.syncing = Syncing::AfterSave;
        vec![Effect::Save]
    }
}

/// A save ended (`effects` being what its report asked for): a sync that
/// waited for it runs now when the ledger is saved, and is reported as not
/// run when it is not. A save asked again (a clean merge) is waited for.
pub fn after_save(app: &mut App, mut effects: Effects) -> Effects {
    if app.session.syncing != Syncing::AfterSave || effects.contains(&Effect::Save) {
        return effects;
    }
    if app.is_saved() {
        app.session.syncing = Syncing::Running;
        effects.push(Effect::Sync);
    } else {
        effects.extend(done(app, Synced::NotSaved));
    }
    effects
}

/// `q` with `sync_on_quit`: syncs first, then quits.
pub fn start_leaving(app: &mut App) -> Effects {
    app.session.leaving = Leaving::AfterSync;
    start(app)
}

/// The sync ended in the background: take in what it brought (the file
/// may have changed; edits made while it ran are saved now, merged with
/// it), work out the uncommitted items again, then say how it ended.
pub fn ended(app: &App, how: Synced) -> Effects {
    let take_in = if !app.is_saved() && app.options.autosave && app.editable() {
        Effect::Save
    } else {
        Effect::ReloadFromDisk
    };
    vec![
        take_in,
        Effect::RecountUncommitted,
        Effect::ReportSynced(how),
    ]
}

/// How the sync ended, once its changes were taken in: says how; conflicts
/// open the picker; offline stays in the header until a sync succeeds.
pub fn done(app: &mut App, how: Synced) -> Effects {
    app.session.syncing = Syncing::Idle;
    match &how {
        Synced::Done { .. } => app.session.remote = Remote::Reached,
        Synced::Offline { .. } => app.session.remote = Remote::Offline,
        _ => {}
    }
    let error = !matches!(how, Synced::Done { .. });
    let conflicts = matches!(how, Synced::Conflicts(_));
    if error {
        complain(app, Msg::Synced(how));
    } else {
        say(app, Msg::Synced(how));
    }
    // The sync's merge is still in progress: the picker names the sides
    // from git, as the command's report does.
    let named = if conflicts && app.conflict_count() > 0 {
        conflicts::open(app)
    } else {
        Vec::new()
    };
    if app.session.leaving == Leaving::AfterSync {
        vec![Effect::Quit]
    } else {
        named
    }
}
