//! What applying an operation did, or why it could not: typed, no words.

use super::Edit;
use crate::base::lang::Lang;
use crate::ledger::{ConflictTarget, Field, ResolveError, Resolved, Side, Status, TextRef};
use chrono::NaiveDate;

/// One thing an operation changed.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Added {
        id: String,
    },
    StatusChanged {
        id: String,
        from: Status,
        to: Status,
    },
    /// The deadline moved; `slips` counts the earlier deadlines kept, `first`
    /// is the one first agreed.
    DueMoved {
        id: String,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        slips: usize,
        first: Option<NaiveDate>,
    },
    Renamed {
        from: String,
        to: String,
    },
    /// A text field (title, workstream, meeting) set (`to` empty: cleared).
    TextSet {
        id: String,
        field: Field,
        to: String,
    },
    /// A list field (owners, tags) now holds `to`.
    ListSet {
        id: String,
        field: Field,
        to: Vec<String>,
    },
    OpenedSet {
        id: String,
        to: Option<NaiveDate>,
    },
    NoteAdded {
        id: String,
    },
    Deleted {
        id: String,
        title: String,
    },
    ReviewRecorded {
        date: NaiveDate,
        attendees: Vec<String>,
    },
    /// A conflict settled by keeping `side`.
    Resolved {
        target: ConflictTarget,
        side: Side,
        done: Resolved,
    },
    /// The committee's name or parties changed.
    CommitteeSet {
        name: String,
        parties: Vec<String>,
    },
    MeetingAdded {
        id: String,
    },
    MeetingUpdated {
        id: String,
    },
    /// A person added to the directory.
    PersonAdded {
        name: String,
    },
    /// A person of the directory changed.
    PersonUpdated {
        name: String,
    },
    /// A translation recorded (new or corrected).
    Translated {
        target: TextRef,
        lang: Lang,
    },
    TranslationRemoved {
        target: TextRef,
        lang: Lang,
    },
    /// The committee's working languages changed.
    LanguagesSet {
        languages: Vec<Lang>,
    },
    /// The original of a text is now known to be in `lang`.
    WrittenIn {
        target: TextRef,
        lang: Lang,
    },
    /// The committee's reference zone is now `zone`.
    ZoneSet {
        zone: chrono_tz::Tz,
    },
    /// The committee's closure rule is now `closure`.
    ClosureRuleSet {
        closure: crate::ledger::Closure,
    },
    /// A party's record set (`added`: the party is new, the last one).
    PartySet {
        party: crate::ledger::Party,
        added: bool,
    },
    /// A party confirmed the other party's closure of an item.
    Confirmed {
        id: String,
        party: String,
    },
    /// The operation asked for what already was.
    Unchanged {
        id: Option<String>,
    },
}

/// Why an operation was refused; the ledger is left as it was.
#[derive(Debug, Clone, PartialEq)]
pub enum OpError {
    NoItem {
        id: String,
    },
    DuplicateId {
        id: String,
    },
    UnknownMeeting {
        id: String,
    },
    EmptyTitle,
    EmptyNote,
    EmptyMeetingId,
    EmptyCommitteeName,
    EmptyParty,
    Resolve(ResolveError),
    /// The person's entry would break a rule of the directory.
    Person(crate::ledger::PersonProblem),
    /// `--remove-alias X` where X is not an alias of the person.
    NotAnAlias {
        name: String,
        alias: String,
    },
    /// The ledger has no such text (no such meeting, note or workstream).
    NoText {
        target: TextRef,
    },
    /// A translation into the language the original is written in.
    IntoOriginalLanguage {
        target: TextRef,
        lang: Lang,
    },
    /// Removing a translation that is not there.
    NoTranslation {
        target: TextRef,
        lang: Lang,
    },
    /// The committee's name is in the committee's first language.
    NoLanguageOfItsOwn {
        target: TextRef,
    },
    /// New working languages would put another first while the record has
    /// texts: those written in `lang` would read as written in another.
    OriginalsLanguage {
        lang: Lang,
    },
    /// The committee asks for both parties' word on closures, and the user
    /// said for no party (`party` in config.toml, `--party`).
    NoParty,
    /// The user speaks for a party the committee does not have.
    UnknownParty {
        party: String,
        parties: Vec<String>,
    },
    /// Confirming an item that awaits no confirmation.
    NotAwaiting {
        id: String,
    },
    /// Confirming a closure one's own party made.
    OwnClosure {
        id: String,
        party: String,
    },
    /// Reopening a closed item by changing its status, while both parties
    /// must agree: `Op::Reopen` says why in a note.
    ReopenWithNote {
        id: String,
    },
    /// Reopening an item that is not closed.
    NotClosed {
        id: String,
    },
    /// A meeting's zone given while it has no time to be read in.
    ZoneWithoutTime {
        id: String,
    },
    /// A meeting's time given while it has no date.
    TimeWithoutDate {
        id: String,
    },
    /// `owners-=X` where X is not an owner.
    NotInList {
        id: String,
        field: Field,
        value: String,
        now: Vec<String>,
    },
}

/// An applied operation: what it did, and the edit that undoes it.
#[derive(Debug, Clone)]
pub struct Applied {
    pub outcomes: Vec<Outcome>,
    /// Toggling it on the ledger undoes the operation (and toggling again
    /// redoes it); `None` when the operation changed nothing.
    pub undo: Option<Edit>,
}
