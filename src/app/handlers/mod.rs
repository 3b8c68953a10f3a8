//! What each key does, by feature: browsing, editing, the review, the
//! focus view, merge conflicts, saving and the file on disk, sync,
//! translating. Handlers sit above the state and the shared helpers (`commit`, `saving`, `conflicts`) and
//! never import each other; `update` dispatches to them, and asks the
//! handlers of [`PROMPTS`] in turn about the prompts they own.

pub mod browse;
pub mod closure;
pub mod conflicts;
pub mod edit;
pub mod focus;
pub mod item_log;
pub mod palette;
pub mod persist;
pub mod review;
pub mod sync;
pub mod translate;

use super::prompt_handler::PromptHandler;

/// The handlers that own prompts, asked in this order.
pub const PROMPTS: [PromptHandler; 5] = [
    edit::PROMPTS,
    review::PROMPTS,
    translate::PROMPTS,
    closure::PROMPTS,
    palette::PROMPTS,
];
