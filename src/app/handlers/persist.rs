//! Saving, quitting, and the file changing on disk: what the loop reports
//! about the file, and the prompts about it (quit with unsaved edits; the
//! file changed while there are some).

use crate::app::commit::{complain, quit_if_leaving, say};
use crate::app::model::Action;
use crate::app::model::{Effect, Effects, FoundWhile, Mode, Msg, OnDisk, SaveFailure};
use crate::app::saving::{count_changed, reload, request_save, take_disk};
use crate::app::state::{App, Leaving, Syncing};
use crate::ledger::Fingerprint;
use std::time::Duration;

/// How soon a save that found the ledger busy is tried again.
pub const RETRY: Duration = Duration::from_secs(1);

/// At the disk prompt: what to do with the changes on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// Merge them into the unsaved edits.
    Merge,
    /// Take the file as it is, dropping the unsaved edits (undoable).
    Reload,
}

/// Ctrl-s: saves, merging the changes on disk first when there are some.
pub fn save(app: &mut App) -> Effects {
    request_save(app)
}

/// At the quit prompt: save, then quit.
pub fn save_and_quit(app: &mut App) -> Effects {
    app.view.mode = Mode::Normal;
    app.session.leaving = Leaving::AfterSave;
    request_save(app)
}

/// The loop saved the ledger: it is now the file's content. The marks of
/// uncommitted items are worked out again (unless quitting).
pub fn saved(app: &mut App, fingerprint: Fingerprint) -> Effects {
    app.doc.fingerprint = Some(fingerprint);
    app.doc.saved_as_is();
    app.doc.history.mark_saved();
    let msg = app
        .session
        .say_when_saved
        .take()
        .unwrap_or_else(|| Msg::Saved(app.doc.path_label.clone()));
    say(app, msg);
    let quit = quit_if_leaving(app);
    if quit.is_empty() {
        vec![Effect::RecountUncommitted]
    } else {
        quit
    }
}

/// The save did not happen. When another program held the lock, it is
/// tried again after [`RETRY`]: the edits, and a quit waiting for the
/// save, stay.
pub fn save_failed(app: &mut App, why: SaveFailure) -> Effects {
    if matches!(why, SaveFailure::Busy(_)) {
        say(app, Msg::SaveFailed(why));
        return vec![Effect::Wake {
            after: RETRY,
            action: Action::RetrySave,
        }];
    }
    app.session.leaving = Leaving::Staying;
    app.session.say_when_saved = None;
    complain(app, Msg::SaveFailed(why));
    Vec::new()
}

/// A save tried again after it found the ledger busy: saves if there is
/// still something to save.
pub fn retry(app: &mut App) -> Effects {
    if app.is_saved() {
        return Vec::new();
    }
    request_save(app)
}

/// `q`: quits, or asks first when there are unsaved edits. While a sync
/// runs (it may hang on the network, holding the file), it quits at once
/// and the unsaved edits go to a recovery file.
pub fn quit(app: &mut App) -> Effects {
    if app.is_saved() || !app.editable() || matches!(app.view.mode, Mode::QuitPrompt) {
        return vec![Effect::Quit];
    }
    if app.session.syncing == Syncing::Running {
        return vec![Effect::QuitKeepingEdits];
    }
    app.view.mode = Mode::QuitPrompt;
    Vec::new()
}

/// The file on disk changed. Without unsaved edits, take it silently; with
/// some, merge it in now if a save found it, else offer to. Found while
/// watching, the marks of uncommitted items are worked out again too.
pub fn disk_changed(app: &mut App, disk: OnDisk, found: FoundWhile) -> Effects {
    let mut effects = match found {
        FoundWhile::Watching => vec![Effect::RecountUncommitted],
        FoundWhile::Saving => Vec::new(),
    };
    if Some(disk.fingerprint) == app.doc.fingerprint {
        return effects;
    }
    if app.is_saved() || found == FoundWhile::Saving {
        effects.extend(take_disk(app, disk, found));
        return effects;
    }
    app.doc.disk = Some(disk);
    if app.view.mode.is_normal() {
        app.view.mode = Mode::DiskPrompt;
    } else {
        say(app, Msg::DiskChangedLater);
    }
    effects
}

/// At the disk prompt: merge the changes on disk, or reload the file.
pub fn resolve_disk(app: &mut App, how: Resolution) -> Effects {
    app.view.mode = Mode::Normal;
    let Some(disk) = app.doc.disk.take() else {
        return Vec::new();
    };
    match how {
        Resolution::Merge => take_disk(app, disk, FoundWhile::Watching),
        Resolution::Reload => {
            let n = count_changed(app.doc.base(), &disk.ledger);
            reload(app, disk);
            say(app, Msg::ReloadedDropped(n));
            Vec::new()
        }
    }
}
