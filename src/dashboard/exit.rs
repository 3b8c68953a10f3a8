//! How a session ends: the user quit, the terminal went, a signal or a
//! panic stopped it; keeping unsaved edits in a recovery file then, and
//! what to tell the user about them, in the user's language.

use super::effects::Ending;
use crate::app::App;
use crate::i18n::Catalog;
use crate::ledger::recovery::{Kept, NotKept};
use crate::tr;
use signal_hook::consts::{SIGHUP, SIGTERM};
use std::io;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};

/// How the loop ended.
#[derive(Debug)]
pub enum Exit {
    /// The user quit (keeping the unsaved edits in a recovery file, when
    /// a sync running meant no save could be waited for).
    Quit(Ending),
    /// The terminal went away.
    TermGone,
    /// SIGTERM or SIGHUP (the number).
    Signal(i32),
    /// A bug: the loop panicked with this message.
    Panicked(Option<String>),
}

impl Exit {
    /// How the session ended, for the caller: fine, or why not (the loop's
    /// own error being the terminal's).
    pub fn outcome(ran: io::Result<Exit>) -> Result<(), DashboardError> {
        match ran {
            Ok(Exit::Panicked(m)) => Err(DashboardError::Panicked(m)),
            Ok(Exit::Signal(n)) => Err(DashboardError::Signal(n)),
            Ok(_) => Ok(()),
            Err(e) => Err(DashboardError::Terminal(e)),
        }
    }
}

/// Why the dashboard ended other than by the user quitting.
#[derive(Debug)]
pub enum DashboardError {
    /// The terminal could not be set up, drawn to or read.
    Terminal(io::Error),
    /// The dashboard panicked (a bug); the message was printed when it happened.
    Panicked(Option<String>),
    /// SIGTERM or SIGHUP (the number) ended it.
    Signal(i32),
}

impl DashboardError {
    /// The exit code to end the process with: 2, 101 (as Rust does) for a
    /// panic, 128 + the signal's number for a signal (143, 129), as a shell
    /// reports a process the signal killed.
    pub fn code(&self) -> i32 {
        match self {
            DashboardError::Terminal(_) => 2,
            DashboardError::Panicked(_) => 101,
            DashboardError::Signal(n) => 128 + n,
        }
    }

    /// What happened, in the language of `cat`.
    pub fn words(&self, cat: &Catalog) -> String {
        match self {
            DashboardError::Terminal(e) => tr!(cat, "exit-terminal", why = cat.io_error(e)),
            DashboardError::Panicked(m) => {
                let why = m
                    .clone()
                    .unwrap_or_else(|| tr!(cat, "exit-panicked-silently"));
                tr!(cat, "exit-panicked", why = why)
            }
            DashboardError::Signal(n) => {
                let signal = match *n {
                    SIGTERM => "SIGTERM".to_owned(),
                    SIGHUP => "SIGHUP".to_owned(),
                    n => n.to_string(),
                };
                tr!(cat, "exit-signal", signal = signal)
            }
        }
    }
}

/// Unsaved edits that earlier sessions left for a ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveryNotice {
    /// The newest file of kept edits.
    pub file: PathBuf,
    /// How many older ones there are.
    pub older: usize,
    /// The command that merges them all in.
    pub command: String,
}

impl RecoveryNotice {
    /// What to tell the user, in the language of `cat`: where the newest
    /// edits are and the command that merges them in. The names come from
    /// the directory: shown visibly, each on its line.
    pub fn words(&self, cat: &Catalog) -> String {
        let shown = |s: &str| crate::base::text::visible_line(s).into_owned();
        tr!(
            cat,
            "recovery-notice",
            file = shown(&self.file.display().to_string()),
            older = self.older,
            command = shown(&self.command)
        )
    }
}

/// When earlier sessions left unsaved edits for the ledger at `path`
/// (beside it or in the `state` directory, the user's own and not what git
/// brought): the newest and the command that merges them all in.
pub fn recovery_notice(path: &Path, state: Option<&Path>) -> Option<RecoveryNotice> {
    let (found, _) = crate::git::own_recoveries(path, state);
    let newest = found.last()?;
    Some(RecoveryNotice {
        file: newest.file.clone(),
        older: found.len() - 1,
        command: recover_command(path),
    })
}

/// What to tell the user about the unsaved edits kept for the ledger at
/// `ledger`: where they are, and the command that merges them in.
pub fn kept_message(cat: &Catalog, ledger: &Path, kept: &Result<Kept, NotKept>) -> String {
    match kept {
        Ok(Kept { file, not_beside }) => {
            let file = std::path::absolute(file).unwrap_or_else(|_| file.clone());
            let file = file.display().to_string();
            let command = recover_command(ledger);
            match not_beside {
                None => tr!(cat, "exit-kept", file = file, command = command),
                Some(e) => tr!(
                    cat,
                    "exit-kept-elsewhere",
                    file = file,
                    why = cat.io_error(e),
                    command = command
                ),
            }
        }
        Err(e) => tr!(cat, "exit-not-kept", why = cat.not_kept(e)),
    }
}

/// The command that merges kept edits into the ledger at `ledger`, with its
/// absolute path so that it works from any directory.
fn recover_command(ledger: &Path) -> String {
    let ledger = std::path::absolute(ledger).unwrap_or_else(|_| ledger.to_owned());
    format!("followup recover -f {}", shell_word(&ledger))
}

/// Runs the session `body` on `app`, catching a panic. Unless the user quit
/// (other than by a quit that keeps them),
/// unsaved edits are then written to a recovery file beside `ledger`
/// ([`write_recovery`]): after a signal, a lost terminal, an error, or a
/// panic (then also when the panic struck in the middle of an edit, before
/// it was counted as unsaved). Returns how the session ended and, when
/// edits were kept, where.
pub fn keep_edits(
    app: &mut App,
    ledger: &Path,
    state: Option<&Path>,
    body: impl FnOnce(&mut App) -> io::Result<Exit>,
) -> (io::Result<Exit>, Option<Result<Kept, NotKept>>) {
    let result = match std::panic::catch_unwind(AssertUnwindSafe(|| body(app))) {
        Ok(r) => r,
        Err(payload) => Ok(Exit::Panicked(panic_message(payload.as_ref()))),
    };
    let kept = to_keep(&result, app).then(|| write_recovery(ledger, state, app));
    (result, kept)
}

/// Whether a session that ended as `result` leaves edits of `app` to keep
/// in a recovery file.
pub(super) fn to_keep(result: &io::Result<Exit>, app: &App) -> bool {
    let unsaved = match result {
        Ok(Exit::Quit(Ending::Plain)) => false,
        Ok(Exit::Quit(Ending::KeepingEdits)) => !app.is_saved(),
        Ok(Exit::Panicked(_)) => !app.is_saved() || app.doc.changed_since_base(),
        _ => !app.is_saved(),
    };
    unsaved && app.editable()
}

/// The message a panic was raised with, when it has one.
pub(super) fn panic_message(payload: &(dyn std::any::Any + Send)) -> Option<String> {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
}

/// Keeps the unsaved ledger and what it was based on (the file as last
/// loaded or saved) for a three-way merge by `followup recover`: beside the
/// ledger, else in the `state` directory (see [`crate::ledger::recovery::keep`]).
/// Never touches the ledger itself.
pub fn write_recovery(ledger: &Path, state: Option<&Path>, app: &App) -> Result<Kept, NotKept> {
    crate::ledger::recovery::keep(ledger, state, app.doc.ledger(), app.doc.base())
}

/// A path as one word for a POSIX shell: quoted when it has to be.
fn shell_word(p: &Path) -> String {
    let s = p.display().to_string();
    let plain = |c: char| c.is_alphanumeric() || "/._-+,:@%=".contains(c);
    if !s.is_empty() && s.chars().all(plain) {
        s
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Action, Options, update};
    use crate::ledger::{Fingerprint, parse_ledger};

    fn app() -> App {
        let bytes = std::fs::read("fixtures/korea-mexico-sme.json").unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut app = App::new(
            parse_ledger(&bytes).unwrap(),
            "l",
            today,
            Options::default(),
        );
        app.attach(Fingerprint::of(&bytes), None);
        app
    }

    fn recovered(dir: &Path) -> Vec<PathBuf> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().contains(".recovered-"))
            .collect()
    }

    #[test]
    fn a_panic_keeps_the_unsaved_edits_like_a_signal() {
        let dir = tempfile::tempdir().unwrap();
        let ledger = dir.path().join("ledger.json");
        let state = dir.path().join("state");
        let mut app = app();
        let (result, kept) = keep_edits(&mut app, &ledger, Some(&state), |app| {
            update(app, Action::MarkDone);
            panic!("boom");
        });
        assert!(
            matches!(result, Ok(Exit::Panicked(ref m)) if m.as_deref() == Some("boom")),
            "{result:?}"
        );
        let file = kept.expect("edits kept").expect("written").file;
        assert_eq!(recovered(dir.path()), std::slice::from_ref(&file));
        let back = parse_ledger(&std::fs::read(&file).unwrap()).unwrap();
        assert_eq!(&back, app.doc.ledger(), "the edited ledger");
        assert_ne!(&back, app.doc.base());
        assert!(!ledger.exists(), "the ledger itself is not written");
        let notice = recovery_notice(&ledger, Some(&state)).expect("recorded as the user's own");
        assert_eq!(notice.file, file);
        assert_eq!(
            recovery_notice(&ledger, Some(&dir.path().join("elsewhere"))),
            None
        );
    }

    #[test]
    fn a_panic_mid_edit_still_keeps_what_changed() {
        // The ledger changed but the edit was not counted yet.
        let dir = tempfile::tempdir().unwrap();
        let ledger = dir.path().join("ledger.json");
        let state = dir.path().join("state");
        let mut app = app();
        let (result, kept) = keep_edits(&mut app, &ledger, Some(&state), |app| {
            app.doc.ledger_mut().items[0].title.push_str(" (half-done)");
            panic!("{}", String::from("boom at runtime"));
        });
        assert!(
            matches!(result, Ok(Exit::Panicked(ref m)) if m.as_deref() == Some("boom at runtime"))
        );
        assert!(matches!(kept, Some(Ok(_))));
    }

    #[test]
    fn quitting_or_a_clean_stop_keeps_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let ledger = dir.path().join("ledger.json");
        let state = dir.path().join("state");
        let mut app = app();
        let (_, kept) = keep_edits(&mut app, &ledger, Some(&state), |_| {
            Ok(Exit::Signal(SIGTERM))
        });
        assert!(kept.is_none(), "no unsaved edits");
        let (_, kept) = keep_edits(&mut app, &ledger, Some(&state), |app| {
            update(app, Action::MarkDone);
            Ok(Exit::Quit(Ending::Plain))
        });
        assert!(kept.is_none(), "the user chose to quit");
        assert!(recovered(dir.path()).is_empty());
        let (_, kept) = keep_edits(&mut app, &ledger, Some(&state), |_| {
            Ok(Exit::Signal(SIGTERM))
        });
        assert!(matches!(kept, Some(Ok(_))), "a signal keeps them");
    }

    #[test]
    fn a_quit_that_cannot_wait_for_a_save_keeps_the_edits() {
        let dir = tempfile::tempdir().unwrap();
        let ledger = dir.path().join("ledger.json");
        let state = dir.path().join("state");
        let mut app = app();
        let (_, kept) = keep_edits(&mut app, &ledger, Some(&state), |_| {
            Ok(Exit::Quit(Ending::KeepingEdits))
        });
        assert!(kept.is_none(), "nothing unsaved, nothing kept");
        let (result, kept) = keep_edits(&mut app, &ledger, Some(&state), |app| {
            update(app, Action::MarkDone);
            Ok(Exit::Quit(Ending::KeepingEdits))
        });
        assert!(matches!(result, Ok(Exit::Quit(_))));
        let file = kept.expect("edits kept").expect("written").file;
        assert_eq!(recovered(dir.path()), std::slice::from_ref(&file));
        assert!(!ledger.exists(), "the ledger itself is not written");
    }

    #[test]
    fn a_signal_exits_as_a_shell_reports_it() {
        assert_eq!(DashboardError::Signal(SIGTERM).code(), 143);
        assert_eq!(DashboardError::Signal(SIGHUP).code(), 129);
        let en = crate::i18n::catalog(crate::i18n::Lang::En);
        assert_eq!(
            DashboardError::Signal(SIGHUP).words(en),
            "stopped by SIGHUP"
        );
    }

    #[test]
    fn the_message_says_where_the_edits_are_and_how_to_merge_them() {
        let kept = Ok(Kept {
            file: PathBuf::from("/state/recovery/l.json-0123.recovered-20261123-101500.json"),
            not_beside: Some(io::Error::from_raw_os_error(libc::ENOSPC)),
        });
        let en = crate::i18n::catalog(crate::i18n::Lang::En);
        let m = kept_message(en, Path::new("/a b/l.json"), &kept);
        assert!(
            m.contains("they are in /state/recovery/l.json-0123.recovered-20261123-101500.json"),
            "{m}"
        );
        assert!(
            m.contains("could not be written beside the ledger: the disk is full"),
            "{m}"
        );
        assert!(m.ends_with("followup recover -f '/a b/l.json'"), "{m}");
    }

    #[test]
    fn paths_in_the_merge_command_are_quoted_when_they_must_be() {
        assert_eq!(shell_word(Path::new("/a/b-c_d.json")), "/a/b-c_d.json");
        assert_eq!(shell_word(Path::new("/a b/l.json")), "'/a b/l.json'");
        assert_eq!(shell_word(Path::new("/it's.json")), r"'/it'\''s.json'");
    }
}
