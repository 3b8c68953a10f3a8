//! Operations on the ledger as values, applied by one function shared by the
//! command line and the dashboard. Applying returns typed outcomes (what
//! changed) or a typed error, and the edit that undoes it; no words here:
//! the catalog ([`crate::i18n`]) says them.

mod apply;
mod closure;
mod edit;
mod item_edit;
mod outcome;
mod outside;
mod parties;
mod person;
mod translate;

pub use apply::{apply, apply_as, changes_between};
pub use closure::record_closures;
pub use edit::Edit;
pub use outcome::{Applied, OpError, Outcome};
pub use parties::{MeetingEdit, PartyEdit};

use crate::base::lang::Lang;
use crate::ledger::{ConflictTarget, Review, Side, Status, TextRef};
use chrono::{DateTime, NaiveDate, Utc};

/// Who applies an operation, and when: the day (in the committee's
/// reference zone), the instant, the person and the party they speak for.
#[derive(Debug, Clone, PartialEq)]
pub struct Stamp {
    pub today: NaiveDate,
    pub at: DateTime<Utc>,
    /// The person, without the party (notes add it: [`crate::ledger::Note::author_for`]).
    pub author: String,
    /// The party the person speaks for, when they said.
    pub party: Option<String>,
}

impl Stamp {
    /// Someone unnamed, speaking for no party, at noon (UTC) of `today`.
    pub fn on(today: NaiveDate) -> Stamp {
        Stamp {
            today,
            at: today.and_hms_opt(12, 0, 0).expect("noon").and_utc(),
            author: String::new(),
            party: None,
        }
    }
}

/// A change to the ledger, as the user asked for it.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// Add an item; the id is the next free one of the scheme when `None`.
    AddItem(NewItem),
    /// Change fields of an item, in order.
    SetFields { id: String, changes: Vec<Change> },
    /// Add a dated note to an item.
    AddNote {
        id: String,
        author: String,
        text: String,
        /// The language the writer writes in (see [`crate::ledger::Ledger::written_language`]).
        language: Option<Lang>,
    },
    /// Delete an item.
    Delete { id: String },
    /// Record a weekly review.
    RecordReview(Review),
    /// Settle a merge conflict by keeping one side.
    Resolve { target: ConflictTarget, side: Side },
    /// Set the committee's name and/or parties.
    SetCommittee {
        name: Option<String>,
        parties: Option<Vec<String>>,
    },
    /// Add a meeting, or update the fields given (its time and zone too).
    UpsertMeeting(MeetingEdit),
    /// Set the fields given of one party's record (country, time zone,
    /// language), adding the party when the committee does not have it.
    SetParty(PartyEdit),
    /// Add a person to the directory, or update the one `name` names (by
    /// name or alias): set the fields given, add and remove aliases.
    UpsertPerson(PersonEdit),
    /// Record a person's translation of a text into a language; an empty
    /// text removes the translation.
    Translate {
        target: TextRef,
        lang: Lang,
        text: String,
        author: String,
    },
    /// Say which language the original of a text is written in.
    WrittenIn { target: TextRef, lang: Lang },
    /// Set the committee's working languages, the first being the
    /// language of the originals that do not say their own.
    SetLanguages(Vec<Lang>),
    /// Set the committee's reference time zone and/or closure rule.
    SetRules {
        zone: Option<chrono_tz::Tz>,
        closure: Option<crate::ledger::Closure>,
    },
    /// Confirm, for the stamp's party, the other party's closure of an item.
    Confirm { id: String },
    /// Reopen a closed item, saying why in a note (in `language`, as for [`Op::AddNote`]).
    Reopen {
        id: String,
        note: String,
        language: Option<Lang>,
    },
}

/// What `Op::UpsertPerson` sets; `None` leaves a field as it is, an empty
/// text clears it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PersonEdit {
    pub name: String,
    pub email: Option<String>,
    pub language: Option<String>,
    pub add_aliases: Vec<String>,
    pub remove_aliases: Vec<String>,
}

/// An item to add.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewItem {
    pub id: Option<String>,
    pub title: String,
    pub workstream: String,
    pub status: Status,
    pub owners: Vec<String>,
    pub due: Option<NaiveDate>,
    pub meeting: String,
    pub opened: Option<NaiveDate>,
    pub tags: Vec<String>,
    /// The language the writer writes in (see [`crate::ledger::Ledger::written_language`]).
    pub language: Option<Lang>,
}

/// One field change of an item.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Id(String),
    Title(String),
    Status(Status),
    Workstream(String),
    Owners(ListEdit),
    Tags(ListEdit),
    /// A new deadline (`None` clears it); a moved deadline is kept in `due_history`.
    Due(Option<NaiveDate>),
    Meeting(String),
    Opened(Option<NaiveDate>),
}

/// A change to a list field (owners, tags).
#[derive(Debug, Clone, PartialEq)]
pub enum ListEdit {
    /// Replace the list (empty clears it).
    Set(Vec<String>),
    /// Add values not yet in the list.
    Add(Vec<String>),
    /// Remove values, each of which must be in the list.
    Remove(Vec<String>),
}
