//! The catalog: every word the user reads, in English, Spanish and Korean.
//!
//! Library code returns typed outcomes and errors; the edges (the CLI, the
//! dashboard's rendering, documents) turn them into text here, through the
//! Fluent files in `locales/` (one per language, plural rules from CLDR).
//! The ledger itself is never translated.

mod catalog;
mod clock;
mod closure_words;
mod commit_message;
mod date_errors;
mod desk;
mod diff_words;
mod errors;
mod item_log;
mod lang;
mod outcomes;
mod particles;
mod parties;
mod record;
mod sides;
mod words;

pub use catalog::{Catalog, catalog};
pub use clock::ClockShown;
pub use commit_message::{CommitMessages, review_message};
pub use desk::portfolio_unusable;
pub use diff_words::{Escape, describe_field_en, render_diff_en};
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use item_log::signature_mark;
pub use lang::{Lang, configured_language, negotiate};
pub use words::{When, shift_selector};

/// Looks up a message of the catalog `$cat`, with named arguments:
/// `tr!(cat, "count-items", n = 3)`. Message ids are literals, so a test
/// checks every id used in the source exists in every language.
#[macro_export]
macro_rules! tr {
    ($cat:expr, $id:literal) => {
        $cat.text($id)
    };
    ($cat:expr, $id:literal, $($key:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($key), $crate::i18n::FluentValue::from($value)); )+
        $cat.format($id, &args)
    }};
}
