//! An item's closure between the parties as lines of its detail: where it
//! stands, then each party's word (closed, confirmed, reopened), oldest
//! first, each time in the acting party's capital.

use crate::i18n::Catalog;
use crate::ledger::{Item, Ledger};
use crate::query::{closure_state, event_zone};

/// What a closure line is: where the closure stands, or one party's word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClosureLine {
    State,
    Event,
}

/// The closure's lines of `item` as (what, label, value), in the language
/// of `cat`; none for an item nobody closed under the committee's rule.
/// Values hold ledger text as written.
pub fn closure_lines(cat: &Catalog, l: &Ledger, item: &Item) -> Vec<(ClosureLine, String, String)> {
    let mut out = Vec::new();
    let state = closure_state(&l.committee, item);
    if let Some(words) = cat.closure_state(&state) {
        let label = cat.text("detail-closure");
        out.push((ClosureLine::State, label, words));
    }
    let mut events: Vec<_> = item.closure.iter().collect();
    events.sort_by_key(|e| e.at);
    for e in events {
        let zone = event_zone(&l.committee, e);
        out.push((
            ClosureLine::Event,
            cat.closure_act(e.act),
            cat.closure_event(e, zone),
        ));
    }
    out
}
