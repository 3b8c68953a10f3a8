//! The ledger's data model: what a committee agreed, who owns it, by when.

pub use super::extra::Extra;
use super::party::{Closure, Party};
use super::translation::{TextSlot, Translations};
use crate::base::lang::Lang;
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use std::fmt;
use std::str::FromStr;

/// The value of the top-level `format` field this version reads and writes.
pub const FORMAT: &str = "followup/1";

/// A whole ledger file: one committee, its meetings, its reviews and its action items.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ledger {
    pub committee: Committee,
    /// The people of the committee, with their addresses and languages.
    pub directory: Vec<Person>,
    pub meetings: Vec<Meeting>,
    pub reviews: Vec<Review>,
    pub items: Vec<Item>,
    /// Conflicts of a merge outside any item (committee, meetings, reviews).
    pub conflicts: Vec<Conflict>,
    pub extra: Extra,
}

/// The joint committee the ledger follows up.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Committee {
    pub name: String,
    /// Translations of the name.
    pub translations: Translations,
    /// The parties, each with its capital's time zone and language when known.
    pub parties: Vec<Party>,
    /// The time zone deadlines are kept in (end of the day there); the first
    /// party's zone when not set (see [`Committee::reference_zone`]).
    pub zone: Option<Tz>,
    /// Whether closing an item needs the other party's confirmation.
    pub closure: Closure,
    /// The committee's working languages; the first is the language of the
    /// originals unless a text says otherwise.
    pub languages: Vec<Lang>,
    /// Workstreams with a record of their own (translations of their names).
    pub workstreams: Vec<Workstream>,
    pub extra: Extra,
}

/// A workstream as the committee names it in each language. Items name
/// their workstream by its original name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Workstream {
    pub name: String,
    /// The language of the name, when not the committee's first.
    pub language: Option<Lang>,
    pub translations: Translations,
    pub extra: Extra,
}

/// Someone who owns items: how to write to them, in which language, and the
/// other names the ledger's owners use for them (`SMBA` for "중소기업청 SMBA").
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Person {
    pub name: String,
    /// An e-mail address; empty when unknown.
    pub email: String,
    /// `en`, `es` or `ko`; empty when unknown.
    pub language: String,
    pub aliases: Vec<String>,
    pub extra: Extra,
}

/// A meeting where action items were agreed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meeting {
    pub id: String,
    pub date: Option<NaiveDate>,
    /// The hour the meeting starts, in `zone`, when set.
    pub time: Option<NaiveTime>,
    /// The time zone of `time` (the committee's reference zone when not set).
    pub zone: Option<Tz>,
    pub title: String,
    pub place: String,
    /// The language of the title and place, when not the committee's first.
    pub language: Option<Lang>,
    /// Translations of the title and place.
    pub translations: Translations,
    pub extra: Extra,
}

/// A weekly review of the ledger, as recorded at the end of the meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    pub date: NaiveDate,
    pub attendees: Vec<String>,
    pub summary: String,
    pub extra: Extra,
}

/// One action item: what was agreed, who owns it, by when, and where it stands.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Item {
    pub id: String,
    pub title: String,
    /// The language of the title, when not the committee's first.
    pub language: Option<Lang>,
    /// Translations of the title.
    pub translations: Translations,
    pub workstream: String,
    pub status: Status,
    pub owners: Vec<String>,
    pub due: Option<NaiveDate>,
    /// Earlier deadlines, oldest first.
    pub due_history: Vec<NaiveDate>,
    /// The id of the meeting where the item was agreed; empty when none.
    pub meeting: String,
    pub opened: Option<NaiveDate>,
    pub updated: Option<NaiveDate>,
    pub tags: Vec<String>,
    /// Notes, oldest first.
    pub notes: Vec<Note>,
    /// Each party's word on the item's closure, in the order recorded.
    pub closure: Vec<ClosureEvent>,
    /// Fields a merge could not reconcile, awaiting a choice of side.
    pub conflicts: Vec<Conflict>,
    pub extra: Extra,
}

/// A field changed differently on both sides of a merge. Values are JSON;
/// `null` means the field was absent on that side.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Conflict {
    /// Where the field is, from the item (or from the top of the ledger for
    /// the ledger's own conflicts): `status`, `x_ext["a.b"]`; the whole item
    /// when one side deleted it and the other edited it.
    pub field: super::path::FieldPath,
    pub base: serde_json::Value,
    pub ours: serde_json::Value,
    pub theirs: serde_json::Value,
}

/// A dated remark on an item.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub date: NaiveDate,
    pub author: String,
    pub text: String,
    /// The language of the text, when not the committee's first.
    pub language: Option<Lang>,
    /// Translations of the text.
    pub translations: Translations,
    pub extra: Extra,
}

impl Note {
    /// The author of a note written by `author` for `party`:
    /// `Ana López · INADEM (Mexico)`; `author` alone without a party (or
    /// when it already names it), the party alone without an author.
    pub fn author_for(author: &str, party: Option<&str>) -> String {
        match party.filter(|p| !p.trim().is_empty()) {
            Some(p) if author.trim().is_empty() => p.to_owned(),
            Some(p) if !author.contains(p) => format!("{author} · {p}"),
            _ => author.to_owned(),
        }
    }

    /// A note written on `date` by `author`.
    pub fn new(date: NaiveDate, author: impl Into<String>, text: impl Into<String>) -> Note {
        Note {
            date,
            author: author.into(),
            text: text.into(),
            language: None,
            translations: Translations::default(),
            extra: Extra::default(),
        }
    }
}

/// Where an item stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    #[default]
    Open,
    InProgress,
    Blocked,
    Done,
    Dropped,
}

impl Status {
    /// Every status, in workflow order.
    pub const ALL: [Status; 5] = [
        Status::Open,
        Status::InProgress,
        Status::Blocked,
        Status::Done,
        Status::Dropped,
    ];

    /// The name used in the file and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::InProgress => "in-progress",
            Status::Blocked => "blocked",
            Status::Done => "done",
            Status::Dropped => "dropped",
        }
    }

    /// A one-character symbol that reads without colour.
    pub fn symbol(self) -> &'static str {
        match self {
            Status::Open => "○",
            Status::InProgress => "◐",
            Status::Blocked => "⊘",
            Status::Done => "●",
            Status::Dropped => "×",
        }
    }

    /// Done and dropped items need no more follow-up.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Done | Status::Dropped)
    }

    /// What an item of this status adds to its workstream's progress, as
    /// (done, counted): a workstream is done of its items not dropped (the
    /// dashboard's and the minutes' `3/5 done`).
    pub fn progress(self) -> (usize, usize) {
        (
            usize::from(self == Status::Done),
            usize::from(self != Status::Dropped),
        )
    }

    /// The next status in workflow order, wrapping around.
    pub fn next(self) -> Status {
        let i = Self::ALL.iter().position(|s| *s == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }

    /// The previous status in workflow order, wrapping around.
    pub fn prev(self) -> Status {
        let i = Self::ALL.iter().position(|s| *s == self).unwrap_or(0);
        Self::ALL[(i + Self::ALL.len() - 1) % Self::ALL.len()]
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A text that is none of the canonical status values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownStatus(pub String);

impl FromStr for Status {
    type Err = UnknownStatus;
    /// Only the canonical values, as the file holds them.
    fn from_str(s: &str) -> Result<Self, UnknownStatus> {
        Self::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or_else(|| UnknownStatus(s.to_owned()))
    }
}

impl Ledger {
    /// Everything of the ledger but its items (the committee, the people,
    /// meetings, reviews, conflicts and unknown fields), with no items.
    pub fn without_items(&self) -> Ledger {
        Ledger {
            committee: self.committee.clone(),
            directory: self.directory.clone(),
            meetings: self.meetings.clone(),
            reviews: self.reviews.clone(),
            conflicts: self.conflicts.clone(),
            extra: self.extra.clone(),
            items: Vec::new(),
        }
    }

    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    /// The item with this id, for editing.
    pub fn item_mut(&mut self, id: &str) -> Option<&mut Item> {
        self.items.iter_mut().find(|i| i.id == id)
    }

    /// The meeting with this id.
    pub fn meeting(&self, id: &str) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.id == id)
    }

    /// The language of the originals when a text does not say its own.
    pub fn original_language(&self) -> Option<Lang> {
        self.committee.languages.first().copied()
    }

    /// The date of the most recent review, if any.
    pub fn last_review(&self) -> Option<NaiveDate> {
        self.reviews.iter().map(|r| r.date).max()
    }
}

impl Item {
    /// A new open item with an id and a title.
    pub fn new(id: impl Into<String>, title: impl Into<String>) -> Self {
        Item {
            id: id.into(),
            title: title.into(),
            ..Item::default()
        }
    }

    /// Moves the deadline, keeping the previous one in `due_history`.
    /// Returns false (and changes nothing) when the deadline is unchanged.
    pub fn set_due(&mut self, due: Option<NaiveDate>) -> bool {
        if self.due == due {
            return false;
        }
        if let Some(old) = self.due {
            self.due_history.push(old);
        }
        self.due = due;
        true
    }

    /// The deadline first agreed, before any slip.
    pub fn original_due(&self) -> Option<NaiveDate> {
        self.due_history.first().copied().or(self.due)
    }

    /// The title as a translatable text; `default` is the language of
    /// originals that do not say their own ([`Ledger::original_language`]).
    pub fn title_text(&self, default: Option<Lang>) -> TextSlot<'_> {
        TextSlot {
            original: &self.title,
            language: self.language.or(default),
            key: "title",
            translations: &self.translations,
        }
    }
}

impl Note {
    /// The note's text as a translatable text.
    pub fn text_slot(&self, default: Option<Lang>) -> TextSlot<'_> {
        TextSlot {
            original: &self.text,
            language: self.language.or(default),
            key: "text",
            translations: &self.translations,
        }
    }
}

impl Meeting {
    /// The meeting's title as a translatable text.
    pub fn title_text(&self, default: Option<Lang>) -> TextSlot<'_> {
        TextSlot {
            original: &self.title,
            language: self.language.or(default),
            key: "title",
            translations: &self.translations,
        }
    }

    /// The meeting's place as a translatable text.
    pub fn place_text(&self, default: Option<Lang>) -> TextSlot<'_> {
        TextSlot {
            original: &self.place,
            language: self.language.or(default),
            key: "place",
            translations: &self.translations,
        }
    }
}

impl Committee {
    /// The committee's name as a translatable text.
    pub fn name_text(&self) -> TextSlot<'_> {
        TextSlot {
            original: &self.name,
            language: self.languages.first().copied(),
            key: "name",
            translations: &self.translations,
        }
    }

    /// The record of the workstream named `name`, if it has one.
    pub fn workstream(&self, name: &str) -> Option<&Workstream> {
        self.workstreams.iter().find(|w| w.name == name)
    }

    /// The zone deadlines are kept in: the committee's, else the first
    /// party's that has one; `None` leaves "today" to the machine's clock.
    pub fn reference_zone(&self) -> Option<Tz> {
        self.zone
            .or_else(|| self.parties.iter().find_map(|p| p.zone))
    }

    /// The zones of the parties' capitals, each once, in the parties' order.
    pub fn capital_zones(&self) -> Vec<Tz> {
        let mut zones: Vec<Tz> = Vec::new();
        for z in self.parties.iter().filter_map(|p| p.zone) {
            if !zones.contains(&z) {
                zones.push(z);
            }
        }
        zones
    }

    /// The party named `name`, if the committee has it.
    pub fn party(&self, name: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.name == name)
    }

    /// The parties' names, in order.
    pub fn party_names(&self) -> Vec<String> {
        self.parties.iter().map(|p| p.name.clone()).collect()
    }
}

impl Workstream {
    /// The workstream's name as a translatable text.
    pub fn name_text(&self, default: Option<Lang>) -> TextSlot<'_> {
        TextSlot {
            original: &self.name,
            language: self.language.or(default),
            key: "name",
            translations: &self.translations,
        }
    }
}

/// One party's word on an item's closure.
#[derive(Debug, Clone, PartialEq)]
pub struct ClosureEvent {
    pub act: ClosureAct,
    /// The party the person spoke for.
    pub party: String,
    /// Who recorded it.
    pub author: String,
    /// When, to the second.
    pub at: DateTime<Utc>,
    pub extra: Extra,
}

/// What a party did to an item's closure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClosureAct {
    /// Marked the item done or dropped.
    Closed(Status),
    /// Agreed to the other party's closure.
    Confirmed,
    /// Did not agree: the item is open again (a note says why).
    Reopened,
}

impl ClosureAct {
    /// The word the file uses.
    pub fn as_str(self) -> &'static str {
        match self {
            ClosureAct::Closed(_) => "closed",
            ClosureAct::Confirmed => "confirmed",
            ClosureAct::Reopened => "reopened",
        }
    }
}
