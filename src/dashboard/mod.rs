//! The dashboard's event loop and terminal, by job: `terminal` (modes,
//! suspend), `threads` (signals, the reader, git and sync work), `disk`
//! (the file: saving, watching), `effects` (carrying out what `update`
//! returns), `event_loop`, `exit` (how a session ends, recovery) and
//! `start` (the state built from the file and the configuration).

mod disk;
pub mod effects;
mod event_loop;
mod exit;
mod start;
mod terminal;
mod theme;
mod threads;

pub use disk::{Disk, LOCK_PURPOSE, unwritable};
pub use effects::{After, Ending, Flow, NoScreen, Screen, Timers, World, deliver, run_effect};
pub use event_loop::{measure, run};
pub use exit::{DashboardError, RecoveryNotice, recovery_notice, write_recovery};
pub use start::{open, start};
pub use threads::{Heard, reported, sync_ledger};
