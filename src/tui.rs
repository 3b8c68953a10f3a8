//! The event loop and the terminal: set up, draw, read events, decode them
//! through the keymap, update, carry out effects (save), watch the file for
//! changes by others, and always restore the terminal.

use crate::app::{Action, App, Effect, OnDisk, Scope, action_for, update};
use crate::ledger::{Error, Store, WriteLock};
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind, MouseButton, MouseEvent, MouseEventKind,
};
use std::io::{self, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant, SystemTime};

/// How often the loop wakes to check for SIGTERM/SIGHUP when no event comes.
const TICK: Duration = Duration::from_millis(200);
/// How often the ledger file is checked for changes made by others.
const WATCH: Duration = Duration::from_secs(1);
/// What the lock file says about the dashboard while it holds the ledger.
pub const LOCK_PURPOSE: &str = "followup (dashboard)";

/// Restores the terminal when dropped, on every way out of [`run`].
struct Restore;

fn undo_terminal_modes() {
    let _ = crossterm::execute!(stdout(), DisableBracketedPaste, DisableMouseCapture);
}

impl Drop for Restore {
    fn drop(&mut self) {
        undo_terminal_modes();
        ratatui::restore();
    }
}

/// Sets a flag on SIGTERM or SIGHUP; a second signal ends the process at once.
fn watch_signals() -> io::Result<Arc<AtomicBool>> {
    let flag = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register_conditional_shutdown(sig, 1, Arc::clone(&flag))?;
        signal_hook::flag::register(sig, Arc::clone(&flag))?;
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

/// Runs the dashboard until the user quits or a signal asks it to stop.
/// The write lock (if any) is held until this returns.
pub fn run(mut app: App, mut disk: Disk) -> io::Result<()> {
    let stop = watch_signals()?;
    let mut terminal = ratatui::try_init()?;
    let _restore = Restore;
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        undo_terminal_modes();
        hook(info);
    }));
    crossterm::execute!(stdout(), EnableMouseCapture, EnableBracketedPaste)?;
    let size = terminal.size()?;
    update(&mut app, Action::Resize(size.width, size.height));
    loop {
        terminal.draw(|f| crate::ui::render(&app, f))?;
        let action = loop {
            if stop.load(Ordering::Relaxed) {
                return Ok(());
            }
            if let Some(a) = disk.watch(&app) {
                break a;
            }
            if event::poll(TICK)?
                && let Some(a) = decode(&app, event::read()?)
            {
                break a;
            }
        };
        let mut effect = update(&mut app, action);
        while let Some(e) = effect {
            effect = match e {
                Effect::Quit => return Ok(()),
                Effect::Save => {
                    terminal.draw(|f| crate::ui::render(&app, f))?;
                    let done = disk.save(&app);
                    update(&mut app, done)
                }
            };
        }
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
