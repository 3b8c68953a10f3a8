//! Questions asked of a ledger: what is overdue, due soon, owned by whom;
//! filtering and sorting, a review's agenda, the next id, typed lists.
//! `today` is always passed in, never read here.

mod agenda;
mod closure;
mod filter;
mod ids;
mod lists;
mod sort;
#[cfg(test)]
mod tests;

pub use agenda::{AgendaSection, items_to_translate, review_agenda};
pub use closure::{ClosureState, awaiting_mark, closure_state, event_zone, latest_closure_event};
pub use filter::{Filter, Naming, is_due_within, is_overdue};
pub use ids::{NO_MEETING_PREFIX, next_id};
pub use lists::{EmptyEntry, list_candidates, split_list, split_list_strict};
pub use sort::{DueOrder, SortKey, compare_items, due_order, natural_cmp, sort_indices};
