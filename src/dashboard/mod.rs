//! The dashboard's event loop and terminal, by job: `terminal` (modes,
//! suspend), `hearing` (the loop's one wait: the terminal's input and what
//! the threads tell), `threads` (signals, git and sync work), `disk`
//! (the file: saving, watching), `effects` (carrying out what `update`
//! returns), `event_loop`, `exit` (how a session ends, recovery),
//! `opening` (the state built from the file and the configuration) and
//! `start`; for a desk of several committees (`followup --all`):
//! `desk_start`, `desk_run` (each committee's file and work), `desk_loop`.

mod desk_loop;
mod desk_run;
mod desk_start;
mod disk;
pub mod effects;
mod event_loop;
mod exit;
mod hearing;
mod opening;
mod start;
mod terminal;
mod theme;
mod threads;

pub use desk_loop::run_desk;
pub use desk_run::{Room, deliver_desk, deliver_seat, hear_seats, measure_desk};
pub use desk_start::open_desk;
pub use disk::{Disk, LOCK_PURPOSE, unwritable};
pub use effects::{After, Ending, Flow, NoScreen, Screen, Timers, World, deliver, run_effect};
pub use event_loop::{measure, run};
pub use exit::{DashboardError, RecoveryNotice, recovery_notice, write_recovery};
pub use hearing::{Heard, Tell};
pub use opening::{Look, open, options};
pub use start::start;
pub use threads::{reported, sync_ledger};
