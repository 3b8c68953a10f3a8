//! The ledger: model, canonical JSON, validation and safe storage.
//! Knows nothing of terminals.

mod alongside;
mod canonical;
mod codec;
mod copy;
mod diff;
mod directory;
mod earlier_spans;
mod error;
mod extra;
mod field;
mod field_words;
mod files;
mod form;
mod halves;
mod holder;
mod ids;
mod item_bounds;
mod items_text;
mod json_escape;
mod json_object;
mod locate;
mod lock;
mod markers;
mod merge;
mod merge_texts;
mod model;
mod open_count;
mod parse;
mod party;
mod party_codec;
mod path;
mod pieces;
mod pretty;
mod print;
mod reading;
pub mod recovery;
mod resolve;
mod shift;
mod start_cache;
mod start_seed;
mod status_words;
mod store;
mod textconv;
mod texts;
mod translation;
mod translation_codec;
mod unchanged;
mod validate;
mod vocabulary;

/// The sample ledger embedded in the binary (the Korea–Mexico SME committee).
pub const SAMPLE: &str = include_str!("../../fixtures/korea-mexico-sme.json");

pub use alongside::{Arriving, Hashing, hash_items, hash_pair, read_earlier_alongside};
pub use canonical::{canonical_json, write_canonical};
pub use codec::{ITEM_KEYS, write_json};
pub use copy::copy;
pub use diff::{FieldChange, ItemChange, LedgerDiff, describe_note, diff, item_change};
pub use directory::{
    Directory, EmailProblem, LANGUAGES, PersonProblem, directory_problem, email_problem,
    person_problem,
};
pub use error::{Error, IoStep};
pub use field::{Field, FieldKey, ValueKind};
pub use field_words::read_field;
pub(crate) use files::open_regular;
pub use files::{MAX_LEDGER_BYTES, exclude_side_files, open_for_append, side_file_patterns};
pub use form::Form;
pub use halves::reads_in_halves;
pub use holder::LockHolder;
pub use ids::{IdProblem, id_problem, is_bidi_control};
pub use items_text::write_items_json;
pub use locate::{JsonPath, Seg, line_col, locate};
pub use lock::{WriteLock, lock_path};
pub use markers::conflict_marker_line;
pub(crate) use markers::load_error;
pub use merge::{Merged, Renumbered, merge};
pub use model::{
    ClosureAct, ClosureEvent, Committee, Conflict, Extra, FORMAT, Item, Ledger, Meeting, Note,
    Person, Review, Status, UnknownStatus, Workstream,
};
pub use open_count::open_items;
pub use parse::{Expected, Found, JsonCause, ParseError, ParseProblem, ShapeCause, parse_ledger};
pub use party::{Closure, Party, parse_zone};
pub use path::{FieldPath, PathError, PathExpected, PathSegment};
pub use resolve::{ConflictTarget, ResolveError, Resolved, Side, resolve, resolve_item};
pub use shift::Shift;
pub use start_cache::{KeptCopy, KeptStart, StartCache};
pub use status_words::read_status;
pub use store::{
    CLI_LOCK_WAIT, Fingerprint, Loaded, Store, replace_file_atomically, write_new_file_atomically,
};
pub use textconv::write_textconv;
pub(crate) use texts::TextMut;
pub use texts::{TextRef, item_texts};
pub use translation::{
    Audience, Mark, Marks, Reading, Shown, TextSlot, TextState, Translation, Translations,
    fingerprint,
};
pub use unchanged::{Earlier, ItemHashes, read_earlier};
pub use validate::{Problem, Rule, item_field_problem, validate};
