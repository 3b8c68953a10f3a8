//! The ledger file as the loop sees it: saving it (lock held only while
//! saving), noticing changes made by others, and whether it can be written.

use crate::app::{
    Action, App, DiskProblem, FoundWhile, OnDisk, SaveFailure, StoreError, Unwritable,
};
use crate::git::watch::GitWatch;
use crate::ledger::{Error, Store};
use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

/// How often the ledger file is checked for changes made by others.
pub const WATCH: Duration = Duration::from_secs(1);
/// What the lock file says about the dashboard while it saves.
pub const LOCK_PURPOSE: &str = "followup";
/// How long a save waits for another writer to let the ledger go.
const LOCK_WAIT: Duration = Duration::from_millis(500);

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
}

impl Disk {
    /// The file behind `store`.
    pub fn new(store: Store) -> Disk {
        let mut d = Disk {
            store,
            stat: None,
            checked: Instant::now(),
            git: None,
        };
        d.stat = d.stat_now();
        d.git = GitWatch::of(d.store.path());
        d
    }

    /// The ledger's path.
    pub fn path(&self) -> &Path {
        self.store.path()
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

    /// Saves the app's ledger and says how it went, as an action for the
    /// app: takes the write lock (waiting at most [`LOCK_WAIT`]), writes
    /// only over the file the app last loaded or saved (its fingerprint),
    /// and lets the lock go. When another program holds the lock, nothing
    /// is written (`update` asks for the save again later). Whether the
    /// ledger may be written at all, `update` decided before asking.
    pub fn save(&mut self, app: &App) -> Action {
        let ledger = app.doc.ledger();
        let lock = match self.store.lock(LOCK_PURPOSE, LOCK_WAIT) {
            Ok(l) => l,
            Err(Error::Locked { holder, .. }) => {
                return Action::SaveFailed(SaveFailure::Busy(holder));
            }
            Err(e) => return Action::SaveFailed(SaveFailure::Store(StoreError::new(e))),
        };
        let result = match self.store.save(&lock, ledger, app.doc.fingerprint) {
            Err(Error::ChangedOnDisk { .. }) if matches!(self.store.fingerprint(), Ok(None)) => {
                // The file was removed: nothing to overwrite, write it anew.
                self.store.save(&lock, ledger, None)
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
                    found: FoundWhile::Saving,
                },
                Err(e) => Action::SaveFailed(SaveFailure::ChangedUnreadable(StoreError::new(e))),
            },
            Err(e) => Action::SaveFailed(SaveFailure::Store(StoreError::new(e))),
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
        if now == self.stat {
            return None;
        }
        self.stat = now;
        let unreadable = |e| Action::DiskUnreadable(DiskProblem::Unreadable(StoreError::new(e)));
        let fp = match self.store.fingerprint() {
            Ok(Some(fp)) => fp,
            Ok(None) => return Some(Action::DiskUnreadable(DiskProblem::Gone)),
            Err(e) => return Some(unreadable(e)),
        };
        if Some(fp) == app.doc.fingerprint {
            return None;
        }
        Some(match self.store.load() {
            Ok(l) => Action::DiskChanged {
                disk: OnDisk {
                    ledger: Box::new(l.ledger),
                    fingerprint: l.fingerprint,
                },
                found: FoundWhile::Watching,
            },
            Err(e) => unreadable(e),
        })
    }
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
