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
enum Exit {
    /// The user quit.
    Quit,
    /// SIGTERM or SIGHUP, or the terminal went away.
    Stopped,
}

/// Runs the dashboard until the user quits or a signal asks it to stop.
/// The write lock (if any) is held until this returns. When it stops on a
/// signal or an error with unsaved edits, they are written to a recovery
/// file beside the ledger (never over it).
pub fn run(mut app: App, mut disk: Disk) -> io::Result<()> {
    let stop = watch_signals()?;
    let mut terminal = ratatui::try_init()?;
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        undo_terminal_modes();
        hook(info);
    }));
    let result = event_loop(&mut app, &mut disk, &stop, &mut terminal);
    // Keep unsaved edits before touching the terminal, which may be gone.
    let kept = (!matches!(result, Ok(Exit::Quit)) && !app.saved && app.editable())
        .then(|| write_recovery(disk.store.path(), &app));
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
            file.display()
        ),
        Some(Err(e)) => writeln!(
            io::stderr(),
            "followup: stopped with unsaved edits that could not be kept: {e}"
        ),
        None => Ok(()),
    };
    result.map(|_| ())
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
/// what to tell the user: where they are and how to merge them in.
pub fn recovery_notice(path: &Path) -> Option<String> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let prefix = recovery_prefix(path);
    let newest = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&prefix) && n.ends_with(".json"))
        .max()?;
    let base = newest.replace(".recovered-", ".base-");
    let name = path.file_name()?.to_string_lossy().into_owned();
    let merge = if dir.join(&base).exists() {
        format!("followup merge {base} {name} {newest}")
    } else {
        format!("followup merge {name} {name} {newest}")
    };
    Some(format!(
        "unsaved edits from a closed session are in {newest}; merge them with `{merge}` (after quitting), then delete both files"
    ))
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
