//! The ledger: model, canonical JSON, validation and safe storage.
//! Knows nothing of terminals.

mod codec;
mod error;
mod locate;
mod lock;
mod model;
mod parse;
mod store;
mod validate;

pub use codec::{canonical_json, write_canonical};
pub use error::Error;
pub use locate::{JsonPath, Seg, line_col};
pub use lock::{WriteLock, lock_path};
pub use model::{Committee, Extra, FORMAT, Item, Ledger, Meeting, Note, Review, Status};
pub use parse::{ParseError, parse_ledger};
pub use store::{CLI_LOCK_WAIT, Fingerprint, Loaded, Store};
pub use validate::{Problem, item_field_problem, validate};
