//! Where an item's closure stands between the parties: open, closed, closed
//! and awaiting the other party's confirmation, or closed and confirmed.
//! The latest word recorded decides, whatever order a merge left them in.

use crate::ledger::{Closure, ClosureAct, ClosureEvent, Committee, Item, Status};
use chrono_tz::Tz;

/// Where an item's closure stands.
#[derive(Debug, Clone, PartialEq)]
pub enum ClosureState<'a> {
    /// Not done or dropped.
    Open,
    /// Done or dropped, with nobody left to agree: the committee lets either
    /// party close, or the closure predates the rule.
    Closed,
    /// Closed by one party; the others (`from`, in the committee's order)
    /// have not confirmed yet.
    Awaiting {
        closed: &'a ClosureEvent,
        from: Vec<&'a str>,
    },
    /// Closed by one party and confirmed by another.
    Confirmed {
        closed: &'a ClosureEvent,
        confirmed: &'a ClosureEvent,
    },
}

impl ClosureState<'_> {
    /// True while a party's confirmation is awaited.
    pub fn is_awaiting(&self) -> bool {
        matches!(self, ClosureState::Awaiting { .. })
    }

    /// True when `party` is one whose confirmation is awaited.
    pub fn awaits(&self, party: &str) -> bool {
        matches!(self, ClosureState::Awaiting { from, .. } if from.contains(&party))
    }

    /// The status symbol as tables show it: a closure awaiting confirmation
    /// reads `●?` (done) or `×?` (dropped), without colour.
    pub fn mark(&self, status: Status) -> String {
        match self {
            ClosureState::Awaiting { .. } => awaiting_mark(status),
            _ => status.symbol().to_owned(),
        }
    }
}

/// The mark of a closure to `status` awaiting confirmation: `●?`, `×?`.
pub fn awaiting_mark(status: Status) -> String {
    format!("{}?", status.symbol())
}

/// The time zone an event's instant is read in: its party's capital's,
/// else the committee's reference zone (`None`: UTC).
pub fn event_zone(committee: &Committee, e: &ClosureEvent) -> Option<Tz> {
    committee
        .party(&e.party)
        .and_then(|p| p.zone)
        .or_else(|| committee.reference_zone())
}

/// The latest event of `item`'s closure: by instant, the later in the file on a tie.
pub fn latest_closure_event(item: &Item) -> Option<&ClosureEvent> {
    item.closure.iter().max_by_key(|e| e.at)
}

/// Where `item`'s closure stands under `committee`'s rule. A confirmation
/// counts only from a party other than the one that closed (a merge of two
/// clones of one party could bring both).
pub fn closure_state<'a>(committee: &'a Committee, item: &'a Item) -> ClosureState<'a> {
    if !item.status.is_closed() {
        return ClosureState::Open;
    }
    let both = committee.closure == Closure::Both;
    let awaiting = |closed: &'a ClosureEvent| ClosureState::Awaiting {
        closed,
        from: committee
            .parties
            .iter()
            .map(|p| p.name.as_str())
            .filter(|p| *p != closed.party)
            .collect(),
    };
    let latest_closed = |before: &ClosureEvent| {
        item.closure
            .iter()
            .filter(|e| matches!(e.act, ClosureAct::Closed(_)) && e.at <= before.at)
            .max_by_key(|e| e.at)
    };
    match latest_closure_event(item) {
        Some(e) if matches!(e.act, ClosureAct::Closed(_)) && both => awaiting(e),
        Some(confirmed) if confirmed.act == ClosureAct::Confirmed => {
            match latest_closed(confirmed) {
                Some(closed) if closed.party != confirmed.party => {
                    ClosureState::Confirmed { closed, confirmed }
                }
                Some(closed) if both => awaiting(closed),
                _ => ClosureState::Closed,
            }
        }
        _ => ClosureState::Closed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::clock::parse_instant;
    use crate::ledger::{Party, Status};

    fn event(act: ClosureAct, party: &str, at: &str) -> ClosureEvent {
        ClosureEvent {
            act,
            party: party.into(),
            author: String::new(),
            at: parse_instant(at).unwrap(),
            extra: Default::default(),
        }
    }

    fn both() -> Committee {
        Committee {
            parties: vec![
                Party::named("INADEM (Mexico)"),
                Party::named("SMBA (Korea)"),
            ],
            closure: Closure::Both,
            ..Committee::default()
        }
    }

    #[test]
    fn a_closure_awaits_the_other_party_until_it_confirms() {
        let c = both();
        let mut item = Item::new("JC2-03", "Shortlist Mexican SMEs as Kia suppliers");
        item.status = Status::Done;
        let closed = ClosureAct::Closed(Status::Done);
        item.closure = vec![event(
            closed,
            "INADEM (Mexico)",
            "2026-12-02T18:05:00-06:00",
        )];
        let state = closure_state(&c, &item);
        assert!(state.awaits("SMBA (Korea)"));
        assert!(!state.awaits("INADEM (Mexico)"));
        // Merged in the other order, the confirmation still comes last.
        item.closure.insert(
            0,
            event(
                ClosureAct::Confirmed,
                "SMBA (Korea)",
                "2026-12-03T09:30:00+09:00",
            ),
        );
        assert!(matches!(
            closure_state(&c, &item),
            ClosureState::Confirmed { confirmed, .. } if confirmed.party == "SMBA (Korea)"
        ));
    }

    #[test]
    fn without_the_rule_or_a_recorded_word_a_closed_item_is_simply_closed() {
        let mut item = Item::new("JC2-05", "OECD study on traditional SMEs");
        item.status = Status::Dropped;
        assert_eq!(closure_state(&both(), &item), ClosureState::Closed);
        item.closure = vec![event(
            ClosureAct::Closed(Status::Dropped),
            "SMBA (Korea)",
            "2026-12-01T10:00:00Z",
        )];
        assert_eq!(
            closure_state(&Committee::default(), &item),
            ClosureState::Closed
        );
        item.status = Status::Open;
        assert_eq!(closure_state(&both(), &item), ClosureState::Open);
    }

    #[test]
    fn a_confirmation_by_the_closing_party_merged_in_does_not_count() {
        let c = both();
        let mut item = Item::new("JC2-03", "Shortlist Mexican SMEs as Kia suppliers");
        item.status = Status::Done;
        item.closure = vec![
            event(
                ClosureAct::Closed(Status::Done),
                "SMBA (Korea)",
                "2026-12-01T10:00:00Z",
            ),
            event(
                ClosureAct::Confirmed,
                "SMBA (Korea)",
                "2026-12-01T11:00:00Z",
            ),
        ];
        assert!(closure_state(&c, &item).awaits("INADEM (Mexico)"));
    }
}
