//! The desk's plain values: a seat (one committee's dashboard), a
//! committee that cannot be read, what is on screen, whom an effect is for.

use crate::app::model::{Effect, StoreError};
use crate::app::state::App;
use std::path::PathBuf;

/// One committee of the desk: its name in the portfolio and its dashboard.
#[derive(Debug, Clone)]
pub struct Seat {
    pub name: String,
    pub app: App,
}

/// A committee of the portfolio whose ledger cannot be read: listed, with
/// why, and left out of the table.
#[derive(Debug, Clone)]
pub struct Unreadable {
    pub name: String,
    pub ledger: PathBuf,
    pub why: StoreError,
}

/// What is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Every committee's items in one table.
    Portfolio,
    /// One committee's own dashboard (a seat, by index).
    Committee(usize),
}

/// Whom an effect is for: the desk itself (the terminal, quitting) or a
/// seat (its file, its git, its background work).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Desk,
    Seat(usize),
}

/// The effects of one update of the desk, each with whom it is for, in order.
pub type DeskEffects = Vec<(Target, Effect)>;
