//! What each key does, by feature: browsing, editing, the review, merge
//! conflicts, saving and the file on disk, sync. Handlers sit above the
//! state and the shared helpers (`commit`, `saving`, `conflicts`) and
//! never import each other; `update` dispatches to them.

pub mod browse;
pub mod conflicts;
pub mod edit;
pub mod persist;
pub mod review;
pub mod sync;
