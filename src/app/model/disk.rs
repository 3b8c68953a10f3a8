//! The file behind the dashboard, as typed values: what was read from it,
//! why it cannot be written or read, and why a save did not happen (worded
//! in the user's language by `crate::ui`).

use crate::ledger::{Fingerprint, Ledger};
use std::sync::Arc;

/// A ledger read from disk, with the fingerprint of its bytes.
#[derive(Debug, Clone)]
pub struct OnDisk {
    pub ledger: Box<Ledger>,
    pub fingerprint: Fingerprint,
}

impl PartialEq for OnDisk {
    fn eq(&self, other: &Self) -> bool {
        self.fingerprint == other.fingerprint
    }
}

impl Eq for OnDisk {}

/// When a change on disk was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FoundWhile {
    /// Watching the file (someone else wrote it).
    Watching,
    /// Saving: the save did not happen, the change is merged in first.
    Saving,
}

/// Why a ledger cannot be written by this user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unwritable {
    /// The file is read-only (its mode) or not writable by this user.
    File,
    /// Its folder is not writable: a save writes a new file there.
    Folder,
}

/// A storage error from the store, shared (the store's error is not
/// `Clone`); two are equal when they say the same.
#[derive(Debug, Clone)]
pub struct StoreError(pub Arc<crate::ledger::Error>);

impl StoreError {
    pub fn new(e: crate::ledger::Error) -> StoreError {
        StoreError(Arc::new(e))
    }
}

impl PartialEq for StoreError {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || format!("{:?}", self.0) == format!("{:?}", other.0)
    }
}

impl Eq for StoreError {}

/// Why a save did not happen (nothing was written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveFailure {
    /// Editing is off: the file cannot be written.
    ReadOnly(Unwritable),
    /// Another program is writing the ledger (its lock's holder, as the
    /// lock file names it); the edits are kept and the save is tried again
    /// shortly.
    Busy(crate::ledger::LockHolder),
    /// The ledger breaks a rule: it could not be read back.
    Invalid(crate::ledger::Problem),
    /// The file changed on disk and cannot be read.
    ChangedUnreadable(StoreError),
    /// The store refused or failed.
    Store(StoreError),
}

/// Why the file on disk cannot be taken in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiskProblem {
    /// The file is gone.
    Gone,
    /// It cannot be read as a ledger.
    Unreadable(StoreError),
}
