//! The words of the two parties' record: time zones, closure rules and
//! instants in the ledger, in the reader's language.

use super::Catalog;
use crate::ledger::{Party, ShapeCause};
use crate::ops::{OpError, Outcome};
use crate::tr;

impl Catalog {
    /// Why a party's record, the committee's rules or an instant could not be read.
    pub(super) fn record_shape_cause(&self, c: &ShapeCause) -> String {
        match c {
            ShapeCause::UnknownZone(v) => tr!(self, "sc-unknown-zone", value = v.as_str()),
            ShapeCause::UnknownChoice { value, allowed } => tr!(
                self,
                "sc-unknown-choice",
                value = value.as_str(),
                allowed = allowed.join(", ")
            ),
            ShapeCause::Instant(v) => tr!(self, "sc-instant", value = v.as_str()),
            ShapeCause::Time(v) => tr!(self, "sc-time", value = v.as_str()),
            other => unreachable!("worded in errors.rs: {other:?}"),
        }
    }

    /// Why a closure, a confirmation or a reopening was refused.
    pub(super) fn closure_error(&self, e: &OpError) -> String {
        match e {
            OpError::NoParty => tr!(self, "err-no-party"),
            OpError::UnknownParty { party, parties } => tr!(
                self,
                "err-unknown-party",
                party = party.as_str(),
                parties = parties.join(", ")
            ),
            OpError::NotAwaiting { id } => tr!(self, "err-not-awaiting", id = id.as_str()),
            OpError::OwnClosure { id, party } => tr!(
                self,
                "err-own-closure",
                id = id.as_str(),
                party = party.as_str()
            ),
            OpError::NotClosed { id } => tr!(self, "err-not-closed", id = id.as_str()),
            OpError::ReopenWithNote { id } => tr!(self, "err-reopen-with-note", id = id.as_str()),
            other => unreachable!("worded in outcomes.rs: {other:?}"),
        }
    }

    /// A party's record set: its name, then what the record now holds.
    pub(super) fn party_outcome(&self, o: &Outcome) -> String {
        let Outcome::PartySet { party, added } = o else {
            unreachable!("worded in outcomes.rs: {o:?}")
        };
        let record = self.party_record(party);
        let name = party.name.as_str();
        if *added {
            tr!(self, "out-party-added", party = name, record = record)
        } else {
            tr!(self, "out-party-set", party = name, record = record)
        }
    }

    /// What a party's record holds, in a few words: its country, its
    /// capital's time zone and its working language (those known).
    pub fn party_record(&self, p: &Party) -> String {
        let mut parts = Vec::new();
        if !p.country.is_empty() {
            parts.push(p.country.clone());
        }
        if let Some(z) = p.zone {
            parts.push(tr!(self, "party-record-zone", zone = z.name()));
        }
        if let Some(l) = p.language {
            parts.push(self.language_name(l));
        }
        if parts.is_empty() {
            return tr!(self, "party-record-empty");
        }
        parts.join(", ")
    }

    /// Why a meeting's time or zone was refused.
    pub(super) fn meeting_time_error(&self, e: &OpError) -> String {
        match e {
            OpError::ZoneWithoutTime { id } => {
                tr!(self, "err-zone-without-time", id = id.as_str())
            }
            OpError::TimeWithoutDate { id } => {
                tr!(self, "err-time-without-date", id = id.as_str())
            }
            other => unreachable!("worded in outcomes.rs: {other:?}"),
        }
    }
}
