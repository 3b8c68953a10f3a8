//! The event loop and the terminal: set up, draw, read events, decode them
//! through the keymap, update, carry out effects (save), watch the file for
//! changes by others, and always restore the terminal.

use crate::app::{
    Action, App, DiskProblem, Effect, OnDisk, SaveFailure, Scope, Synced, action_for, update,
};
use crate::git::Repo;
use crate::ledger::recovery::{Kept, NotKept};
use crate::ledger::{Error, Ledger, LedgerDiff, Store, diff, parse_ledger};
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind, MouseButton, MouseEvent, MouseEventKind,
};
use crossterm::terminal::{Clear, ClearType, EnterAlternateScreen, enable_raw_mode};
use signal_hook::consts::{SIGCONT, SIGHUP, SIGTERM, SIGTSTP};
use std::collections::HashSet;
use std::io::{self, Write, stdout};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::time::{Duration, Instant, SystemTime};

/// How long the loop waits for an event before checking the file.
const TICK: Duration = Duration::from_millis(200);
/// How often the ledger file is checked for changes made by others.
const WATCH: Duration = Duration::from_secs(1);
/// What the lock file says about the dashboard while it saves.
pub const LOCK_PURPOSE: &str = "followup (dashboard)";
/// How long a save waits for another writer to let the ledger go.
const LOCK_WAIT: Duration = Duration::from_millis(500);
/// How soon a save that found the ledger busy is tried again.
const RETRY: Duration = Duration::from_secs(1);

fn undo_terminal_modes() {
    let _ = crossterm::execute!(stdout(), DisableBracketedPaste, DisableMouseCapture);
}

/// Hands SIGTERM, SIGHUP, SIGTSTP and SIGCONT to the loop, in a thread of
/// their own; a second SIGTERM ends the process at once (status 143). (A
/// closing terminal often sends SIGHUP twice: that must not cut short the
/// orderly exit that keeps unsaved edits.)
fn spawn_signals(tx: Sender<Msg>) -> io::Result<()> {
    let term = Arc::new(AtomicBool::new(false));
    signal_hook::flag::register_conditional_shutdown(SIGTERM, 128 + SIGTERM, Arc::clone(&term))?;
    signal_hook::flag::register(SIGTERM, term)?;
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGTSTP, SIGCONT])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for sig in signals.forever() {
                if tx.send(Msg::Signal(sig)).is_err() {
                    return;
                }
            }
        })?;
    Ok(())
}

/// Gives the terminal back as it was found: raw mode, the alternate screen,
/// mouse reporting and bracketed paste off, the cursor shown.
fn leave_terminal(terminal: &mut ratatui::DefaultTerminal) {
    undo_terminal_modes();
    let _ = terminal.show_cursor();
    let _ = ratatui::try_restore();
}

/// Takes the terminal again after [`leave_terminal`], clears it, and makes
/// the next draw redraw all of it. (Not `Terminal::clear`, which asks the
/// terminal where its cursor is while the reader thread holds the events.)
fn enter_terminal(terminal: &mut ratatui::DefaultTerminal) -> io::Result<()> {
    enable_raw_mode()?;
    crossterm::execute!(
        stdout(),
        EnterAlternateScreen,
        Clear(ClearType::All),
        EnableMouseCapture,
        EnableBracketedPaste
    )?;
    // Twice: both the frame to draw and the one it is compared with are blank.
    terminal.swap_buffers();
    terminal.swap_buffers();
    Ok(())
}

/// Ctrl-z or SIGTSTP: gives the terminal back and stops the process as the
/// default SIGTSTP would; when the shell continues it (`fg`), takes the
/// terminal again and redraws.
fn suspend(terminal: &mut ratatui::DefaultTerminal) -> io::Result<()> {
    leave_terminal(terminal);
    signal_hook::low_level::emulate_default_handler(SIGTSTP)?;
    enter_terminal(terminal)
}

/// The ledger file as the loop sees it: the store, and the file's last
/// known size and time, to notice changes without reading it every second.
/// The write lock is taken only while saving, so that command-line writes,
/// other dashboards and `followup sync` can write in between; what they
/// write is merged in through [`Disk::watch`].
pub struct Disk {
    store: Store,
    stat: Option<(SystemTime, u64)>,
    checked: Instant,
    /// The git files whose changes move the uncommitted count.
    git: Option<GitWatch>,
    /// When to try a save again that found the lock taken.
    retry: Option<Instant>,
}

/// The files of a git repository that change when its index or HEAD moves
/// (a commit, a stage, a checkout from outside) or a fetch brings the remote's
/// commits: `index`, `HEAD`, the ref HEAD points to, `packed-refs` and `FETCH_HEAD`, with their modification times as last
/// seen. Found by looking for `.git` above the ledger: no process is run.
struct GitWatch {
    /// The repository's git directory (`.git`, or a worktree's).
    dir: PathBuf,
    /// Where shared refs live (the main `.git` for a worktree).
    common: PathBuf,
    seen: Vec<Option<SystemTime>>,
}

impl GitWatch {
    /// The git files of the repository holding `ledger`, if it is in one.
    fn of(ledger: &Path) -> Option<GitWatch> {
        let ledger = std::path::absolute(ledger).ok()?;
        let top = ledger
            .ancestors()
            .skip(1)
            .find(|d| d.join(".git").exists())?;
        let dot = top.join(".git");
        let dir = if dot.is_file() {
            // A worktree or submodule: `gitdir: PATH`.
            let text = std::fs::read_to_string(&dot).ok()?;
            let rel = text.strip_prefix("gitdir:")?.trim();
            top.join(rel)
        } else {
            dot
        };
        let common = match std::fs::read_to_string(dir.join("commondir")) {
            Ok(c) => dir.join(c.trim()),
            Err(_) => dir.clone(),
        };
        let mut w = GitWatch {
            dir,
            common,
            seen: Vec::new(),
        };
        w.seen = w.times();
        Some(w)
    }

    /// The files to watch now (HEAD may name another branch than before).
    fn files(&self) -> Vec<PathBuf> {
        let mut files = vec![
            self.dir.join("index"),
            self.dir.join("HEAD"),
            self.common.join("packed-refs"),
            // A `git fetch` made elsewhere: the remote moved.
            self.dir.join("FETCH_HEAD"),
        ];
        let head = std::fs::read_to_string(self.dir.join("HEAD")).unwrap_or_default();
        if let Some(r) = head.strip_prefix("ref:").map(str::trim)
            && !r.split('/').any(|part| part == "..")
        {
            files.push(self.dir.join(r));
            files.push(self.common.join(r));
        }
        files
    }

    fn times(&self) -> Vec<Option<SystemTime>> {
        self.files()
            .iter()
            .map(|f| std::fs::metadata(f).and_then(|m| m.modified()).ok())
            .collect()
    }

    /// True when a watched file changed since the last call.
    fn moved(&mut self) -> bool {
        let now = self.times();
        let moved = now != self.seen;
        self.seen = now;
        moved
    }
}

impl Disk {
    /// The file behind `store`.
    pub fn new(store: Store) -> Disk {
        let mut d = Disk {
            store,
            stat: None,
            checked: Instant::now(),
            git: None,
            retry: None,
        };
        d.stat = d.stat_now();
        d.git = GitWatch::of(d.store.path());
        d
    }

    /// True when the repository's index or HEAD moved since the last look
    /// (a few file times compared; the loop asks every [`WATCH`] and then
    /// works the uncommitted count out again).
    pub fn git_moved(&mut self) -> bool {
        self.git.as_mut().is_some_and(GitWatch::moved)
    }

    fn stat_now(&self) -> Option<(SystemTime, u64)> {
        let m = std::fs::metadata(self.store.path()).ok()?;
        Some((m.modified().ok()?, m.len()))
    }

    /// Makes the next [`Disk::watch`] look at the file at once.
    pub fn look_now(&mut self) {
        self.stat = None;
        self.checked = Instant::now().checked_sub(WATCH).unwrap_or(self.checked);
    }

    /// True when a save that found the lock taken is due to be tried again.
    pub fn retry_due(&mut self) -> bool {
        let due = self.retry.is_some_and(|at| Instant::now() >= at);
        if due {
            self.retry = None;
        }
        due
    }

    /// Saves the app's ledger and says how it went, as an action for the
    /// app: takes the write lock (waiting at most [`LOCK_WAIT`]), writes
    /// only over the file the app last loaded or saved (its fingerprint),
    /// and lets the lock go. When another program holds the lock, nothing
    /// is written and the save is tried again after [`RETRY`].
    pub fn save(&mut self, app: &App) -> Action {
        self.retry = None;
        if let Some(why) = &app.read_only {
            return Action::SaveFailed(SaveFailure::ReadOnly(why.clone()));
        }
        // What could not be read back is never written.
        if let Err(p) = crate::ledger::validate(&app.ledger) {
            return Action::SaveFailed(SaveFailure::Invalid(p));
        }
        let lock = match self.store.lock(LOCK_PURPOSE, LOCK_WAIT) {
            Ok(l) => l,
            Err(Error::Locked { holder, .. }) => {
                self.retry = Some(Instant::now() + RETRY);
                return Action::SaveFailed(SaveFailure::Busy(holder));
            }
            Err(e) => {
                return Action::SaveFailed(SaveFailure::Store(
                    crate::i18n::catalog(crate::i18n::Lang::En).ledger_error(&e),
                ));
            }
        };
        let result = match self.store.save(&lock, &app.ledger, app.fingerprint) {
            Err(Error::ChangedOnDisk { .. }) if matches!(self.store.fingerprint(), Ok(None)) => {
                // The file was removed: nothing to overwrite, write it anew.
                self.store.save(&lock, &app.ledger, None)
            }
            r => r,
        };
        drop(lock);
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
                Err(e) => Action::SaveFailed(SaveFailure::ChangedUnreadable(
                    crate::i18n::catalog(crate::i18n::Lang::En).ledger_error(&e),
                )),
            },
            Err(e) => Action::SaveFailed(SaveFailure::Store(
                crate::i18n::catalog(crate::i18n::Lang::En).ledger_error(&e),
            )),
        };
        self.stat = self.stat_now();
        action
    }

    /// Every [`WATCH`]: when the file's size or time changed, compares its
    /// fingerprint with the app's and reads it if it differs.
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
                Ok(None) => return Some(Action::DiskUnreadable(DiskProblem::Gone)),
                Err(e) => {
                    return Some(Action::DiskUnreadable(DiskProblem::Unreadable(
                        crate::i18n::catalog(crate::i18n::Lang::En).ledger_error(&e),
                    )));
                }
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
                Err(e) => Action::DiskUnreadable(DiskProblem::Unreadable(
                    crate::i18n::catalog(crate::i18n::Lang::En).ledger_error(&e),
                )),
            });
        }
        None
    }
}

/// Why a ledger cannot be written by this user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unwritable {
    /// The file is read-only (its mode) or not writable by this user.
    File,
    /// Its folder is not writable: a save writes a new file there.
    Folder,
}

/// Whether the ledger at `path` can be written by this user (the file, and
/// its folder, where a save puts the new file before renaming it over).
/// `None` when it can, or when the file does not exist yet.
pub fn unwritable(path: &Path) -> Option<Unwritable> {
    use std::os::unix::ffi::OsStrExt;
    let writable = |p: &Path| {
        let Ok(c) = std::ffi::CString::new(p.as_os_str().as_bytes()) else {
            return false;
        };
        // SAFETY: `c` is a valid NUL-terminated path for the call's duration.
        unsafe { libc::access(c.as_ptr(), libc::W_OK) == 0 }
    };
    let real = std::fs::canonicalize(path).ok()?;
    let meta = std::fs::metadata(&real).ok()?;
    if meta.permissions().readonly() || !writable(&real) {
        return Some(Unwritable::File);
    }
    let dir = real.parent()?;
    (!writable(dir)).then_some(Unwritable::Folder)
}

/// What the loop hears from its helper threads.
enum Msg {
    /// A terminal event from the reader thread.
    Term(Event),
    /// The terminal cannot be read any more (it is gone).
    TermGone,
    /// The ids of the items that differ from the last git commit.
    Uncommitted(HashSet<String>),
    Distance(Option<(u32, u32)>),
    SideNames(crate::sync::sides::NamedSides),
    /// What changed since the last review, from git.
    SinceReview(Box<crate::ledger::LedgerDiff>),
    /// SIGTERM, SIGHUP, SIGTSTP or SIGCONT arrived.
    Signal(i32),
    /// The sync run from the dashboard ended.
    Synced(Synced),
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
            let _ = tx.send(Msg::Distance(crate::git::distance(&path)));
        });
}

/// Runs `followup sync` on the ledger at `path` in a thread and sends how
/// it ended to the loop.
fn spawn_sync(path: PathBuf, lang: crate::i18n::Lang, tx: &Sender<Msg>) {
    let tx = tx.clone();
    let _ = std::thread::Builder::new()
        .name("sync".into())
        .spawn(move || {
            let cat = crate::i18n::catalog(lang);
            let how = match std::env::current_exe() {
                Ok(program) => sync_ledger(&path, &program, lang),
                Err(e) => Synced::Failed(crate::tr!(
                    cat,
                    "cli-sync-no-program",
                    cause = e.to_string()
                )),
            };
            let _ = tx.send(Msg::Synced(how));
        });
}

/// Syncs the ledger at `path` with its remote as `followup sync` does
/// (`program`, the `followup` binary, is the merge driver), and says how it
/// ended, for the dashboard; a failure is worded in `lang`.
pub fn sync_ledger(path: &Path, program: &Path, lang: crate::i18n::Lang) -> Synced {
    use crate::sync::SyncError;
    let cat = crate::i18n::catalog(lang);
    match crate::sync::sync(&Store::new(path), program, &crate::i18n::CommitMessages) {
        Ok(r) => Synced::Done {
            upstream: r.upstream,
            pushed: r.pushed.len(),
            received: r.incoming.items.len(),
        },
        Err(f) => match f.error {
            SyncError::Unreachable { remote, .. } => Synced::Offline { remote },
            SyncError::Conflicts(c) => Synced::Conflicts(c.len()),
            e => Synced::Failed(cat.sync_error(&e)),
        },
    }
}

/// Works out in a thread what changed since the review of `day` (see
/// [`since_review`]) and sends it to the loop; nothing is sent without git
/// history from before that day.
fn spawn_since_review(path: PathBuf, day: chrono::NaiveDate, now: Ledger, tx: &Sender<Msg>) {
    let tx = tx.clone();
    let _ = std::thread::Builder::new()
        .name("since the last review".into())
        .spawn(move || {
            if let Some(d) = since_review(&path, day, &now) {
                let _ = tx.send(Msg::SinceReview(Box::new(d)));
            }
        });
}

/// What changed between the ledger at `path` as committed last before
/// `day` and `now`; `None` when it is not in git or has no commit before
/// that day.
pub fn since_review(path: &Path, day: chrono::NaiveDate, now: &Ledger) -> Option<LedgerDiff> {
    let repo = Repo::containing(path).ok()?;
    let rel = repo.relative(path).ok()?;
    let commit = repo.last_commit_before(day, &rel).ok()??;
    let before = parse_ledger(&repo.show(&commit, &rel).ok()?).ok()?;
    Some(diff(&before, now))
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
    /// The terminal went away.
    TermGone,
    /// SIGTERM or SIGHUP (the number).
    Signal(i32),
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
    /// SIGTERM or SIGHUP (the number) ended it.
    Signal(i32),
}

impl Failed {
    /// The exit code to end the process with: 2, 101 (as Rust does) for a
    /// panic, 128 + the signal's number for a signal (143, 129), as a shell
    /// reports a process the signal killed.
    pub fn code(&self) -> i32 {
        match self {
            Failed::Terminal(_) => 2,
            Failed::Panicked(_) => 101,
            Failed::Signal(n) => 128 + n,
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
            Failed::Signal(SIGTERM) => write!(f, "stopped by SIGTERM"),
            Failed::Signal(SIGHUP) => write!(f, "stopped by SIGHUP"),
            Failed::Signal(n) => write!(f, "stopped by signal {n}"),
        }
    }
}

impl std::error::Error for Failed {}

/// Runs the dashboard until the user quits or a signal asks it to stop.
/// When it stops on a
/// signal, an error or a panic with unsaved edits, they are written to a
/// recovery file beside the ledger (never over it), or in the state
/// directory when that fails, and the message says where.
pub fn run(mut app: App, mut disk: Disk) -> Result<(), Failed> {
    let (tx, rx) = mpsc::channel();
    spawn_signals(tx.clone()).map_err(Failed::Terminal)?;
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
        event_loop(app, &mut disk, (tx, rx), &mut terminal)
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
    if let Some(kept) = kept {
        let cat = crate::i18n::catalog(app.options.lang);
        let said = kept_message(cat, &path, &kept);
        let _ = writeln!(io::stderr(), "followup: {said}");
    }
    match result {
        Ok(Exit::Panicked(m)) => Err(Failed::Panicked(m)),
        Ok(Exit::Signal(n)) => Err(Failed::Signal(n)),
        Ok(_) => Ok(()),
        Err(e) => Err(Failed::Terminal(e)),
    }
}

/// What to tell the user about the unsaved edits kept for the ledger at
/// `ledger`: where they are, and the command that merges them in.
fn kept_message(cat: &crate::i18n::Catalog, ledger: &Path, kept: &Result<Kept, NotKept>) -> String {
    match kept {
        Ok(Kept { file, not_beside }) => {
            let file = std::path::absolute(file).unwrap_or_else(|_| file.clone());
            let file = file.display().to_string();
            let command = recover_command(ledger);
            match not_beside {
                None => crate::tr!(cat, "exit-kept", file = file, command = command),
                Some(e) => crate::tr!(
                    cat,
                    "exit-kept-elsewhere",
                    file = file,
                    why = e.to_string(),
                    command = command
                ),
            }
        }
        Err(e) => crate::tr!(
            cat,
            "exit-not-kept",
            why = crate::i18n::catalog(crate::i18n::Lang::En).not_kept(e)
        ),
    }
}

/// The command that merges kept edits into the ledger at `ledger`, with its
/// absolute path so that it works from any directory.
fn recover_command(ledger: &Path) -> String {
    let ledger = std::path::absolute(ledger).unwrap_or_else(|_| ledger.to_owned());
    format!("followup recover -f {}", shell_word(&ledger))
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
) -> (io::Result<Exit>, Option<Result<Kept, NotKept>>) {
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

/// Draws, then waits for the next message and takes it together with every
/// one already queued (a paste, a held key) before drawing again, so each
/// key acts on what the keys before it left selected.
fn event_loop(
    app: &mut App,
    disk: &mut Disk,
    (tx, rx): (Sender<Msg>, Receiver<Msg>),
    terminal: &mut ratatui::DefaultTerminal,
) -> io::Result<Exit> {
    crossterm::execute!(stdout(), EnableMouseCapture, EnableBracketedPaste)?;
    spawn_reader(tx.clone())?;
    let path = disk.store.path().to_owned();
    spawn_uncommitted(path.clone(), tx.clone());
    let size = terminal.size()?;
    update(app, Action::Resize(size.width, size.height));
    let mut dirty = true;
    let mut git_checked = Instant::now();
    loop {
        if dirty {
            terminal.draw(|f| crate::ui::render(app, f))?;
            dirty = false;
        }
        let mut next = rx.recv_timeout(TICK);
        if git_checked.elapsed() >= WATCH {
            git_checked = Instant::now();
            if disk.git_moved() {
                spawn_uncommitted(path.clone(), tx.clone());
            }
        }
        if disk.retry_due() && !app.saved {
            dirty = true;
            if let Some(exit) = apply(app, disk, Action::Save, terminal, &tx)? {
                return Ok(exit);
            }
        }
        if let Some(a) = disk.watch(app) {
            if matches!(a, Action::DiskChanged { .. }) {
                spawn_uncommitted(path.clone(), tx.clone());
            }
            dirty = true;
            if let Some(exit) = apply(app, disk, a, terminal, &tx)? {
                return Ok(exit);
            }
        }
        loop {
            let msg = match next {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return Ok(Exit::TermGone),
            };
            dirty = true;
            let action = match msg {
                Msg::Term(ev) => decode(app, ev),
                Msg::Uncommitted(ids) => Some(Action::Uncommitted(ids)),
                Msg::Distance(d) => Some(Action::Distance(d)),
                Msg::SideNames(named) => Some(Action::SideNames(named)),
                Msg::SinceReview(d) => Some(Action::SinceReview(d)),
                Msg::Synced(how) => {
                    // Take in what came in before saying so (and opening
                    // the conflicts it left).
                    disk.look_now();
                    if let Some(a) = disk.watch(app)
                        && let Some(exit) = apply(app, disk, a, terminal, &tx)?
                    {
                        return Ok(exit);
                    }
                    spawn_uncommitted(path.clone(), tx.clone());
                    Some(Action::Synced(how))
                }
                Msg::TermGone => return Ok(Exit::TermGone),
                Msg::Signal(SIGTSTP) => Some(Action::Suspend),
                Msg::Signal(SIGCONT) => {
                    // Continued after a stop it did not make (SIGSTOP): take
                    // the terminal again, whatever the shell did with it.
                    enter_terminal(terminal)?;
                    None
                }
                Msg::Signal(n) => return Ok(Exit::Signal(n)),
            };
            if let Some(a) = action
                && let Some(exit) = apply(app, disk, a, terminal, &tx)?
            {
                return Ok(exit);
            }
            next = rx.try_recv().map_err(|e| match e {
                TryRecvError::Empty => RecvTimeoutError::Timeout,
                TryRecvError::Disconnected => RecvTimeoutError::Disconnected,
            });
        }
    }
}

/// Applies `action` and carries out the effects it asks for; returns how
/// the session ends when it does.
fn apply(
    app: &mut App,
    disk: &mut Disk,
    action: Action,
    terminal: &mut ratatui::DefaultTerminal,
    tx: &Sender<Msg>,
) -> io::Result<Option<Exit>> {
    let was_saved = app.saved;
    let mut effect = update(app, action);
    if !was_saved && app.saved && effect.is_none() {
        // Undone back to the file's content: the marks of the edits go.
        spawn_uncommitted(disk.store.path().to_owned(), tx.clone());
    }
    while let Some(e) = effect {
        effect = match e {
            Effect::Quit => return Ok(Some(Exit::Quit)),
            Effect::Suspend => {
                suspend(terminal)?;
                None
            }
            Effect::NameSides => {
                let refs = crate::sync::sides::conflict_refs(&app.ledger);
                let (path, tx) = (disk.store.path().to_owned(), tx.clone());
                let _ = std::thread::Builder::new()
                    .name("conflict sides".into())
                    .spawn(move || {
                        if let Some(named) = crate::sync::sides::name_sides(&path, &refs) {
                            let _ = tx.send(Msg::SideNames(refs.into_iter().zip(named).collect()));
                        }
                    });
                None
            }
            Effect::SinceReview(day) => {
                spawn_since_review(disk.store.path().to_owned(), day, app.ledger.clone(), tx);
                None
            }
            Effect::Sync => {
                if !app.saved {
                    terminal.draw(|f| crate::ui::render(app, f))?;
                    let done = disk.save(app);
                    let _ = update(app, done);
                }
                if app.saved {
                    spawn_sync(disk.store.path().to_owned(), app.options.lang, tx);
                    None
                } else {
                    update(app, Action::Synced(Synced::NotSaved))
                }
            }
            Effect::Save => {
                terminal.draw(|f| crate::ui::render(app, f))?;
                let done = disk.save(app);
                if matches!(done, Action::Saved(_)) {
                    spawn_uncommitted(disk.store.path().to_owned(), tx.clone());
                }
                update(app, done)
            }
        };
    }
    Ok(None)
}

/// Keeps the unsaved ledger and what it was based on (the file as last
/// loaded or saved) for a three-way merge by `followup recover`: beside the
/// ledger, else in the state directory (see [`crate::ledger::recovery::keep`]).
/// Never touches the ledger itself.
pub fn write_recovery(ledger: &Path, app: &App) -> Result<Kept, NotKept> {
    let state = crate::config::state_dir();
    crate::ledger::recovery::keep(ledger, state.as_deref(), &app.ledger, &app.base)
}

/// When earlier sessions left unsaved edits for the ledger at `path`
/// (beside it or in the state directory), what to tell the user: where the
/// newest are and the command that merges them all in.
pub fn recovery_notice(path: &Path) -> Option<String> {
    let found = crate::ledger::recovery::find(path, crate::config::state_dir().as_deref());
    let newest = found.last()?;
    let more = match found.len() {
        1 => String::new(),
        n => format!(" (and {} older)", n - 1),
    };
    // The names come from the directory: shown visibly, each on its line.
    let shown = |s: &str| crate::base::text::visible_line(s).into_owned();
    Some(format!(
        "unsaved edits from a closed session are in {}{more}\n  merge them in (once no dashboard has the ledger open):\n    {}",
        shown(&newest.file.display().to_string()),
        shown(&recover_command(path))
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
        let file = kept.expect("edits kept").expect("written").file;
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
        let (_, kept) = keep_edits(&mut app, &ledger, |_| Ok(Exit::Signal(SIGTERM)));
        assert!(kept.is_none(), "no unsaved edits");
        let (_, kept) = keep_edits(&mut app, &ledger, |app| {
            update(app, Action::MarkDone);
            Ok(Exit::Quit)
        });
        assert!(kept.is_none(), "the user chose to quit");
        assert!(recovered(dir.path()).is_empty());
        let (_, kept) = keep_edits(&mut app, &ledger, |_| Ok(Exit::Signal(SIGTERM)));
        assert!(matches!(kept, Some(Ok(_))), "a signal keeps them");
    }

    #[test]
    fn a_signal_exits_as_a_shell_reports_it() {
        assert_eq!(Failed::Signal(SIGTERM).code(), 143);
        assert_eq!(Failed::Signal(SIGHUP).code(), 129);
        assert_eq!(Failed::Signal(SIGHUP).to_string(), "stopped by SIGHUP");
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
            m.contains("could not be written beside the ledger: No space left"),
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
