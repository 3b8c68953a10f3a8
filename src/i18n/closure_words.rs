//! The words of closure both parties agree to: where an item's closure
//! stands, and each party's word on it (who, for which party, when), in the
//! reader's language. Ledger text (parties, authors) is returned as written:
//! callers make it safe for their output.

use super::Catalog;
use crate::ledger::{ClosureAct, ClosureEvent, Status};
use crate::query::ClosureState;
use crate::tr;
use chrono_tz::Tz;

impl Catalog {
    /// Where a closed item's closure stands: `awaiting confirmation by SMBA
    /// (Korea)`, `confirmed by SMBA (Korea)`; `None` when there is nothing
    /// to say (open, or closed with nobody to agree).
    pub fn closure_state(&self, state: &ClosureState) -> Option<String> {
        match state {
            ClosureState::Awaiting { from, .. } => {
                Some(tr!(self, "closure-awaiting", parties = from.join(", ")))
            }
            ClosureState::Confirmed { confirmed, .. } => Some(tr!(
                self,
                "closure-confirmed",
                party = confirmed.party.as_str()
            )),
            ClosureState::Open | ClosureState::Closed => None,
        }
    }

    /// A status with its symbol and, when closed, where its closure stands:
    /// `●? done — awaiting confirmation by SMBA (Korea)`.
    pub fn status_with_closure(&self, status: Status, state: &ClosureState) -> String {
        let shown = format!("{} {}", state.mark(status), self.status(status));
        match self.closure_state(state) {
            Some(closure) => tr!(self, "closure-status", status = shown, closure = closure),
            None => shown,
        }
    }

    /// The parties' new words on a closure, as a change of the item:
    /// `closure: confirmed Kim Min-jun for SMBA (Korea) · 2026-12-03 00:30 UTC`.
    pub fn closure_change(&self, added: &[ClosureEvent]) -> String {
        let said: Vec<String> = added
            .iter()
            .map(|e| {
                format!(
                    "{} {}",
                    self.closure_act(e.act),
                    self.closure_event(e, None)
                )
            })
            .collect();
        format!("{}: {}", tr!(self, "detail-closure"), said.join("; "))
    }

    /// The label of a party's word in an item's closure history.
    pub fn closure_act(&self, act: ClosureAct) -> String {
        match act {
            ClosureAct::Closed(_) => tr!(self, "closure-act-closed"),
            ClosureAct::Confirmed => tr!(self, "closure-act-confirmed"),
            ClosureAct::Reopened => tr!(self, "closure-act-reopened"),
        }
    }

    /// Who said it, for which party, and when (in `zone`, UTC without
    /// one): `done · Ana López · INADEM (Mexico) · 2026-12-02 18:05 Mexico City`.
    pub fn closure_event(&self, e: &ClosureEvent, zone: Option<Tz>) -> String {
        // The day with its year (a record), the hour, and the capital in the
        // reader's language: `2026-12-02 18:05 CDMX`, `… 18:05 멕시코시티`.
        let at = match zone {
            Some(z) => {
                let local = e.at.with_timezone(&z);
                format!("{} {}", local.format("%Y-%m-%d %H:%M"), self.capital(z))
            }
            None => e.at.format("%Y-%m-%d %H:%M UTC").to_string(),
        };
        let who = match e.author.trim() {
            "" => e.party.clone(),
            a if a.contains(e.party.as_str()) => a.to_owned(),
            a => tr!(self, "closure-who", author = a, party = e.party.as_str()),
        };
        match e.act {
            ClosureAct::Closed(status) => tr!(
                self,
                "closure-event-closed",
                status = self.status(status),
                who = who,
                at = at
            ),
            _ => tr!(self, "closure-event", who = who, at = at),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::base::clock::parse_instant;
    use crate::i18n::{Lang, catalog};
    use crate::ledger::{ClosureAct, ClosureEvent, Status};

    #[test]
    fn an_event_says_who_for_which_party_and_when_in_its_capital() {
        let e = ClosureEvent {
            act: ClosureAct::Closed(Status::Done),
            party: "INADEM (Mexico)".into(),
            author: "Ana López".into(),
            at: parse_instant("2026-12-03T00:05:00Z").unwrap(),
            extra: Default::default(),
        };
        let zone = crate::ledger::parse_zone("America/Mexico_City");
        assert_eq!(
            catalog(Lang::En).closure_event(&e, zone),
            "done · Ana López for INADEM (Mexico) · 2026-12-02 18:05 Mexico City"
        );
        let own = ClosureEvent {
            author: "Ana López · INADEM (Mexico)".into(),
            act: ClosureAct::Confirmed,
            ..e
        };
        assert_eq!(
            catalog(Lang::En).closure_event(&own, None),
            "Ana López · INADEM (Mexico) · 2026-12-03 00:05 UTC"
        );
    }
}
