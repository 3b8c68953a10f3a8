//! The event loop and the terminal: set up, draw, read events, decode them
//! through the keymap, update, carry out effects (save), watch the file for
//! changes by others, and always restore the terminal.

use crate::app::{Action, App, Effect, OnDisk, Scope, action_for, update};
use crate::git::Repo;
use crate::ledger::{Error, Store, WriteLock, canonical_json, diff, parse_ledger};
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind, MouseButton, MouseEvent, MouseEventKind,
};
use std::collections::HashSet;
use std::io::{self, Write, stdout};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::{Duration, Instant, SystemTime};

/// How long the loop waits for an event before checking for SIGTERM/SIGHUP
/// and the file.
const TICK: Duration = Duration::from_millis(200);
/// How often the ledger file is checked for changes made by others.
const WATCH: Duration = Duration::from_secs(1);
/// What the lock file says about the dashboard while it holds the ledger.
pub const LOCK_PURPOSE: &str = "followup (dashboard)";

fn undo_terminal_modes() {
    let _ = crossterm::execute!(stdout(), DisableBracketedPaste, DisableMouseCapture);
}

/// Sets a flag on SIGTERM or SIGHUP; a second SIGTERM ends the process at
/// once. (A closing terminal often sends SIGHUP twice: that must not cut
/// short the orderly exit that keeps unsaved edits.)
fn watch_signals() -> io::Result<Arc<AtomicBool>> {
    let flag = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGTERM};
        signal_hook::flag::register_conditional_shutdown(SIGTERM, 1, Arc::clone(&flag))?;
        signal_hook::flag::register(SIGTERM, Arc::clone(&flag))?;
        signal_hook::flag::register(SIGHUP, Arc::clone(&flag))?;
    }
    Ok(flag)
}

/// The ledger file as the loop sees it: the store, the write lock (none
/// when read-only), and the file's last known size and time, to notice
/// changes without reading it every second.
pub struct Disk {
    store: Store,
    lock: Option<WriteLock>,
    stat: Option<(SystemTime, u64)>,
    checked: Instant,
}

impl Disk {
    /// The file behind `store`, held for writing with `lock` (or read-only).
    pub fn new(store: Store, lock: Option<WriteLock>) -> Disk {
        let mut d = Disk {
            store,
            lock,
            stat: None,
            checked: Instant::now(),
        };
        d.stat = d.stat_now();
        d
    }

    fn stat_now(&self) -> Option<(SystemTime, u64)> {
        let m = std::fs::metadata(self.store.path()).ok()?;
        Some((m.modified().ok()?, m.len()))
    }

    /// Saves the app's ledger and says how it went, as an action for the app.
    pub fn save(&mut self, app: &App) -> Action {
        let Some(lock) = &self.lock else {
            return Action::SaveFailed(
                app.read_only
                    .clone()
                    .unwrap_or_else(|| "the ledger is not locked for writing".into()),
            );
        };
        let result = match self.store.save(lock, &app.ledger, app.fingerprint) {
            Err(Error::ChangedOnDisk { .. }) if matches!(self.store.fingerprint(), Ok(None)) => {
                // The file was removed: nothing to overwrite, write it anew.
                self.store.save(lock, &app.ledger, None)
            }
            r => r,
        };
        let action = match result {
            Ok(fp) => Action::Saved(fp),
            Err(Error::ChangedOnDisk { .. }) => match self.store.load() {
                Ok(l) => Action::DiskChanged {
                    disk: OnDisk {
                        ledger: Box::new(l.ledger),
                        fingerprint: l.fingerprint,
                    },
                    saving: true,
                },
                Err(e) => Action::SaveFailed(format!(
                    "the file changed on disk and cannot be read ({e}); it was not overwritten"
                )),
            },
            Err(e) => Action::SaveFailed(e.to_string()),
        };
        self.stat = self.stat_now();
        action
    }

    /// Every [`WATCH`]: when the file's size or time changed, compares its
    /// fingerprint with the app's and reads it if it differs. A read-only
    /// dashboard also tries to take the lock, in case its holder let go.
    pub fn watch(&mut self, app: &App) -> Option<Action> {
        if self.checked.elapsed() < WATCH {
            return None;
        }
        self.checked = Instant::now();
        let now = self.stat_now();
        if now != self.stat {
            self.stat = now;
            let fp = match self.store.fingerprint() {
                Ok(Some(fp)) => fp,
                Ok(None) => return Some(Action::DiskUnreadable("the file is gone".into())),
                Err(e) => return Some(Action::DiskUnreadable(e.to_string())),
            };
            if Some(fp) == app.fingerprint {
                return None;
            }
            return Some(match self.store.load() {
                Ok(l) => Action::DiskChanged {
                    disk: OnDisk {
                        ledger: Box::new(l.ledger),
                        fingerprint: l.fingerprint,
                    },
                    saving: false,
                },
                Err(e) => Action::DiskUnreadable(e.to_string()),
            });
        }
        if self.lock.is_none()
            && app.read_only.is_some()
            && let Ok(lock) = self.store.lock(LOCK_PURPOSE, Duration::ZERO)
        {
            self.lock = Some(lock);
            return Some(Action::LockTaken);
        }
        None
    }
}

/// What the loop hears from its helper threads.
enum Msg {
    /// A terminal event from the reader thread.
    Term(Event),
    /// The terminal cannot be read any more (it is gone).
    TermGone,
    /// The ids of the items that differ from the last git commit.
    Uncommitted(HashSet<String>),
}

/// Reads terminal events in a thread of their own and sends them to the
/// loop. crossterm may spin inside `read` once the terminal is gone
/// (crossterm#793); the loop never waits on it, so it still sees signals
/// and ends, and the process exits with this thread still stuck.
fn spawn_reader(tx: Sender<Msg>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("terminal events".into())
        .spawn(move || {
            loop {
                let msg = match event::read() {
                    Ok(ev) => Msg::Term(ev),
                    Err(_) => Msg::TermGone,
                };
                let gone = matches!(msg, Msg::TermGone);
                if tx.send(msg).is_err() || gone {
                    return;
                }
            }
        })?;
    Ok(())
}

/// Works out in a thread which items differ from the last git commit
/// (`git show HEAD:path` against the file) and sends them to the loop.
/// Nothing is sent when the ledger is not in git or git is missing.
fn spawn_uncommitted(path: PathBuf, tx: Sender<Msg>) {
    let _ = std::thread::Builder::new()
        .name("git status".into())
        .spawn(move || {
            if let Some(ids) = uncommitted_ids(&path) {
                let _ = tx.send(Msg::Uncommitted(ids));
            }
        });
}

/// The ids of the items of the ledger at `path` that differ from (or are
/// not in) its last commit; `None` when it is not committed in git.
pub fn uncommitted_ids(path: &Path) -> Option<HashSet<String>> {
    let repo = Repo::containing(path).ok()?;
    let rel = repo.relative(path).ok()?;
    let head = parse_ledger(&repo.show("HEAD", &rel).ok()?).ok()?;
    let now = parse_ledger(&std::fs::read(path).ok()?).ok()?;
    Some(
        diff(&head, &now)
            .items
            .iter()
            .map(|c| c.id().to_owned())
            .collect(),
    )
}

/// How the loop ended.
#[derive(Debug)]
enum Exit {
    /// The user quit.
    Quit,
    /// SIGTERM or SIGHUP, or the terminal went away.
    Stopped,
    /// A bug: the loop panicked with this message.
    Panicked(String),
}

/// Why the dashboard ended other than by the user quitting.
#[derive(Debug)]
pub enum Failed {
    /// The terminal could not be set up, drawn to or read.
    Terminal(io::Error),
    /// The dashboard panicked (a bug); the message was printed when it happened.
    Panicked(String),
}

impl Failed {
    /// The exit code to end the process with: 2, or 101 (as Rust does) for a panic.
    pub fn code(&self) -> i32 {
        match self {
            Failed::Terminal(_) => 2,
            Failed::Panicked(_) => 101,
        }
    }
}

impl std::fmt::Display for Failed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failed::Terminal(e) => write!(f, "terminal: {e}"),
            Failed::Panicked(m) => write!(
                f,
                "the dashboard stopped on an internal error (a bug; please report it): {m}"
            ),
        }
    }
}

impl std::error::Error for Failed {}

/// Runs the dashboard until the user quits or a signal asks it to stop.
/// The write lock (if any) is held until this returns. When it stops on a
/// signal, an error or a panic with unsaved edits, they are written to a
/// recovery file beside the ledger (never over it).
pub fn run(mut app: App, mut disk: Disk) -> Result<(), Failed> {
    let stop = watch_signals().map_err(Failed::Terminal)?;
    let mut terminal = ratatui::try_init().map_err(Failed::Terminal)?;
    // ratatui's hook restores the terminal, then prints the panic message.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        undo_terminal_modes();
        hook(info);
    }));
    let path = disk.store.path().to_owned();
    // Keep unsaved edits before touching the terminal, which may be gone.
    let (result, kept) = keep_edits(&mut app, &path, |app| {
        event_loop(app, &mut disk, &stop, &mut terminal)
    });
    // Restore the terminal without ratatui's messages on failure: printing
    // to a terminal that is gone would panic.
    undo_terminal_modes();
    if terminal.show_cursor().is_ok() {
        drop(terminal);
    } else {
        std::mem::forget(terminal);
    }
    let _ = ratatui::try_restore();
    let _ = match kept {
        Some(Ok(file)) => writeln!(
            io::stderr(),
            "followup: stopped with unsaved edits; they are in {}",
            std::path::absolute(&file).unwrap_or(file).display()
        ),
        Some(Err(e)) => writeln!(
            io::stderr(),
            "followup: stopped with unsaved edits that could not be kept: {e}"
        ),
        None => Ok(()),
    };
    match result {
        Ok(Exit::Panicked(m)) => Err(Failed::Panicked(m)),
        Ok(_) => Ok(()),
        Err(e) => Err(Failed::Terminal(e)),
    }
}

/// Runs the session `body` on `app`, catching a panic. Unless the user quit,
/// unsaved edits are then written to a recovery file beside `ledger`
/// ([`write_recovery`]): after a signal, a lost terminal, an error, or a
/// panic (then also when the panic struck in the middle of an edit, before
/// it was counted as unsaved). Returns how the session ended and, when
/// edits were kept, where.
fn keep_edits(
    app: &mut App,
    ledger: &Path,
    body: impl FnOnce(&mut App) -> io::Result<Exit>,
) -> (io::Result<Exit>, Option<io::Result<PathBuf>>) {
    let result = match std::panic::catch_unwind(AssertUnwindSafe(|| body(app))) {
        Ok(r) => r,
        Err(payload) => Ok(Exit::Panicked(panic_message(payload.as_ref()))),
    };
    let unsaved = match &result {
        Ok(Exit::Quit) => false,
        Ok(Exit::Panicked(_)) => !app.saved || app.ledger != app.base,
        _ => !app.saved,
    };
    let kept = (unsaved && app.editable()).then(|| write_recovery(ledger, app));
    (result, kept)
}

/// The message a panic was raised with.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into())
}

fn event_loop(
    app: &mut App,
    disk: &mut Disk,
    stop: &AtomicBool,
    terminal: &mut ratatui::DefaultTerminal,
) -> io::Result<Exit> {
    crossterm::execute!(stdout(), EnableMouseCapture, EnableBracketedPaste)?;
    let (tx, rx) = mpsc::channel();
    spawn_reader(tx.clone())?;
    let path = disk.store.path().to_owned();
    spawn_uncommitted(path.clone(), tx.clone());
    let size = terminal.size()?;
    update(app, Action::Resize(size.width, size.height));
    loop {
        terminal.draw(|f| crate::ui::render(app, f))?;
        let action = loop {
            if stop.load(Ordering::Relaxed) {
                return Ok(Exit::Stopped);
            }
            if let Some(a) = disk.watch(app) {
                if matches!(a, Action::DiskChanged { .. }) {
                    spawn_uncommitted(path.clone(), tx.clone());
                }
                break a;
            }
            match rx.recv_timeout(TICK) {
                Ok(Msg::Term(ev)) => {
                    if let Some(a) = decode(app, ev) {
                        break a;
                    }
                }
                Ok(Msg::Uncommitted(ids)) => break Action::Uncommitted(ids),
                Ok(Msg::TermGone) => return Ok(Exit::Stopped),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return Ok(Exit::Stopped),
            }
        };
        let mut effect = update(app, action);
        while let Some(e) = effect {
            effect = match e {
                Effect::Quit => return Ok(Exit::Quit),
                Effect::Save => {
                    terminal.draw(|f| crate::ui::render(app, f))?;
                    let done = disk.save(app);
                    if matches!(done, Action::Saved(_)) {
                        spawn_uncommitted(path.clone(), tx.clone());
                    }
                    update(app, done)
                }
            };
        }
    }
}

/// The prefix of the recovery files of the ledger at `path`, in its directory:
/// `.NAME.recovered-`.
fn recovery_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map_or("ledger.json".into(), |n| n.to_string_lossy().into_owned());
    format!(".{name}.recovered-")
}

/// Writes the unsaved ledger to `.NAME.recovered-YYYYMMDD-HHMMSS.json` beside
/// the ledger, and what it was based on (the file as last loaded or saved)
/// to `.NAME.base-YYYYMMDD-HHMMSS.json`, so that a three-way merge can take
/// the edits in later. Never touches the ledger itself.
pub fn write_recovery(ledger: &Path, app: &App) -> io::Result<PathBuf> {
    let dir = ledger
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S").to_string();
    let prefix = recovery_prefix(ledger);
    let file = dir.join(format!("{prefix}{stamp}.json"));
    let base = dir.join(prefix.replace(".recovered-", ".base-") + &stamp + ".json");
    let write = |p: &Path, l: &crate::ledger::Ledger| -> io::Result<()> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(p)?;
        f.write_all(canonical_json(l).as_bytes())?;
        f.sync_all()
    };
    write(&base, &app.base)?;
    write(&file, &app.ledger)?;
    Ok(file)
}

/// When an earlier session left unsaved edits beside the ledger at `path`,
/// what to tell the user: where they are and the command that merges them
/// in, with absolute paths so that it works from any directory.
pub fn recovery_notice(path: &Path) -> Option<String> {
    let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let dir = path.parent()?;
    let prefix = recovery_prefix(&path);
    let newest = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&prefix) && n.ends_with(".json"))
        .max()?;
    let theirs = dir.join(&newest);
    let base = dir.join(newest.replace(".recovered-", ".base-"));
    let (merge, delete) = if base.exists() {
        (
            format!(
                "followup merge {} {} {}",
                shell_word(&base),
                shell_word(&path),
                shell_word(&theirs)
            ),
            format!("{} and {}", shell_word(&base), shell_word(&theirs)),
        )
    } else {
        (
            format!(
                "followup merge {0} {0} {1}",
                shell_word(&path),
                shell_word(&theirs)
            ),
            shell_word(&theirs),
        )
    };
    // The names come from the directory: shown visibly, each on its line.
    let shown = |s: &str| crate::text::visible_line(s).into_owned();
    Some(format!(
        "unsaved edits from a closed session are in {}\n  merge them in (once no dashboard has the ledger open):\n    {}\n  then delete {}",
        shown(&theirs.display().to_string()),
        shown(&merge),
        shown(&delete)
    ))
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

/// The action a terminal event means, if any.
fn decode(app: &App, ev: Event) -> Option<Action> {
    match ev {
        Event::Key(k) if k.kind == KeyEventKind::Press => action_for(app.scope(), &k),
        Event::Paste(text) => matches!(app.scope(), Scope::Form | Scope::Note | Scope::Search)
            .then_some(Action::Paste(text)),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(MouseEvent {
            kind, column, row, ..
        }) => match kind {
            MouseEventKind::ScrollDown => Some(Action::Wheel(column, row, 1)),
            MouseEventKind::ScrollUp => Some(Action::Wheel(column, row, -1)),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(column, row)),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Options, update};
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
        let mut app = app();
        let (result, kept) = keep_edits(&mut app, &ledger, |app| {
            update(app, Action::MarkDone);
            panic!("boom");
        });
        assert!(
            matches!(result, Ok(Exit::Panicked(ref m)) if m == "boom"),
            "{result:?}"
        );
        let file = kept.expect("edits kept").expect("written");
        assert_eq!(recovered(dir.path()), std::slice::from_ref(&file));
        let back = parse_ledger(&std::fs::read(&file).unwrap()).unwrap();
        assert_eq!(back, app.ledger, "the edited ledger");
        assert_ne!(back, app.base);
        assert!(!ledger.exists(), "the ledger itself is not written");
    }

    #[test]
    fn a_panic_mid_edit_still_keeps_what_changed() {
        // The ledger changed but the edit was not counted yet.
        let dir = tempfile::tempdir().unwrap();
        let ledger = dir.path().join("ledger.json");
        let mut app = app();
        let (result, kept) = keep_edits(&mut app, &ledger, |app| {
            app.ledger.items[0].title.push_str(" (half-done)");
            panic!("{}", String::from("boom at runtime"));
        });
        assert!(matches!(result, Ok(Exit::Panicked(ref m)) if m == "boom at runtime"));
        assert!(matches!(kept, Some(Ok(_))));
    }

    #[test]
    fn quitting_or_a_clean_stop_keeps_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let ledger = dir.path().join("ledger.json");
        let mut app = app();
        let (_, kept) = keep_edits(&mut app, &ledger, |_| Ok(Exit::Stopped));
        assert!(kept.is_none(), "no unsaved edits");
        let (_, kept) = keep_edits(&mut app, &ledger, |app| {
            update(app, Action::MarkDone);
            Ok(Exit::Quit)
        });
        assert!(kept.is_none(), "the user chose to quit");
        assert!(recovered(dir.path()).is_empty());
        let (_, kept) = keep_edits(&mut app, &ledger, |_| Ok(Exit::Stopped));
        assert!(matches!(kept, Some(Ok(_))), "a signal keeps them");
    }

    #[test]
    fn paths_in_the_merge_command_are_quoted_when_they_must_be() {
        assert_eq!(shell_word(Path::new("/a/b-c_d.json")), "/a/b-c_d.json");
        assert_eq!(shell_word(Path::new("/a b/l.json")), "'/a b/l.json'");
        assert_eq!(shell_word(Path::new("/it's.json")), r"'/it'\''s.json'");
    }
}
