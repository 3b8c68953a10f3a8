//! The words of the two parties' record: time zones, closure rules and
//! instants in the ledger, in the reader's language.

use super::Catalog;
use crate::ledger::ShapeCause;
use crate::ops::OpError;
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
            other => unreachable!("worded in outcomes.rs: {other:?}"),
        }
    }
}
