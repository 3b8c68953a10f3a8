//! A desk of several committees (`followup --all`): one [`App`] per
//! committee's ledger (a seat, with its own file, lock and history), the
//! portfolio (every seat's items in one table, the committee in the
//! workstream's place) and which of them is on screen. No words, no
//! terminal: [`update`] routes each action to the portfolio's view or to
//! the seat that owns the item, and returns each effect with the seat it
//! is to be carried out for.

mod projection;
mod route;
mod seat;
mod state;
mod switcher;

pub use route::{update, update_seat};
pub use seat::{DeskEffects, Place, Seat, Target, Unreadable};
pub use state::Desk;
pub use switcher::{Switcher, ranked};
