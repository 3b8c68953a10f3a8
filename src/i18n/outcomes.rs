//! Sentences for the typed outcomes and errors of operations.

use super::Catalog;
use super::shift_selector;
use crate::base::dates::format_date;
use crate::ledger::{ConflictTarget, Field, ResolveError, Resolved, Shift, Side};
use crate::ops::{OpError, Outcome};
use crate::tr;
use chrono::NaiveDate;

impl Catalog {
    /// What an operation did, as one short sentence.
    pub fn outcome(&self, o: &Outcome) -> String {
        match o {
            Outcome::Confirmed { id, party } => tr!(
                self,
                "out-confirmed",
                id = id.as_str(),
                party = party.as_str()
            ),
            Outcome::PartySet { .. } => self.party_outcome(o),
            Outcome::ZoneSet { zone } => tr!(self, "out-zone-set", zone = zone.name()),
            Outcome::ClosureRuleSet { closure } => match closure {
                crate::ledger::Closure::Both => tr!(self, "out-closure-both"),
                crate::ledger::Closure::Either => tr!(self, "out-closure-either"),
            },
            Outcome::Added { id } => tr!(self, "out-added", id = id.as_str()),
            Outcome::StatusChanged { id, from, to } => tr!(
                self,
                "out-status",
                id = id.as_str(),
                from = self.status(*from),
                to = self.status(*to)
            ),
            Outcome::DueMoved {
                id,
                from,
                to,
                slips,
                first,
            } => self.due_moved(id, (*from, *to), *slips, *first),
            Outcome::Renamed { from, to } => {
                tr!(self, "out-renamed", from = from.as_str(), to = to.as_str())
            }
            Outcome::TextSet { id, field, to } => {
                self.field_set(id, *field, Some(to.clone()).filter(|t| !t.is_empty()))
            }
            Outcome::ListSet { id, field, to } => {
                self.field_set(id, *field, Some(to.join(", ")).filter(|_| !to.is_empty()))
            }
            Outcome::OpenedSet { id, to } => self.field_set(id, Field::Opened, to.map(format_date)),
            Outcome::NoteAdded { id } => tr!(self, "out-note-added", id = id.as_str()),
            Outcome::Deleted { id, title } => {
                tr!(
                    self,
                    "out-deleted",
                    id = id.as_str(),
                    title = title.as_str()
                )
            }
            Outcome::ReviewRecorded { date, attendees } => tr!(
                self,
                "out-review-recorded",
                date = format_date(*date),
                attendees = attendees.join(", "),
                n = attendees.len()
            ),
            Outcome::Resolved { target, side, done } => self.resolved(target, *side, *done),
            Outcome::CommitteeSet { name, parties } => tr!(
                self,
                "out-committee",
                name = name.as_str(),
                parties = parties.join(", ")
            ),
            Outcome::MeetingAdded { id } => tr!(self, "out-meeting-added", id = id.as_str()),
            Outcome::MeetingUpdated { id } => tr!(self, "out-meeting-updated", id = id.as_str()),
            Outcome::Unchanged { id: Some(id) } => {
                tr!(self, "out-unchanged-item", id = id.as_str())
            }
            Outcome::Unchanged { id: None } => tr!(self, "out-unchanged"),
            Outcome::PersonAdded { .. } | Outcome::PersonUpdated { .. } => {
                self.person_outcome(o).unwrap_or_default()
            }
            Outcome::Translated { .. }
            | Outcome::TranslationRemoved { .. }
            | Outcome::WrittenIn { .. }
            | Outcome::LanguagesSet { .. } => self.translation_outcome(o).unwrap_or_default(),
        }
    }

    /// A deadline set, moved (`slips` earlier deadlines, `first` agreed) or cleared.
    fn due_moved(
        &self,
        id: &str,
        (from, to): (Option<NaiveDate>, Option<NaiveDate>),
        slips: usize,
        first: Option<NaiveDate>,
    ) -> String {
        match (from, to) {
            (_, None) => tr!(self, "out-due-cleared", id = id, from = date(from)),
            (Some(_), Some(to)) => tr!(
                self,
                "out-due-moved",
                id = id,
                to = format_date(to),
                shift = shift_selector(Shift::between(from, Some(to))),
                slips = slips,
                first = date(first)
            ),
            (None, Some(to)) => tr!(self, "out-due-set", id = id, to = format_date(to)),
        }
    }

    /// A field set to `to` (already written), or cleared when `None`.
    fn field_set(&self, id: &str, field: Field, to: Option<String>) -> String {
        let field = self.field_label(field);
        match to {
            None => tr!(self, "out-cleared", id = id, field = field),
            Some(to) => tr!(self, "out-set", id = id, field = field, to = to),
        }
    }

    /// A conflict settled by keeping `side`.
    fn resolved(&self, target: &ConflictTarget, side: Side, done: Resolved) -> String {
        let (id, path) = match target {
            ConflictTarget::Item { id, path } => (id.clone(), path.to_string()),
            ConflictTarget::Top { path } => (String::new(), path.to_string()),
        };
        let side = self.side(side);
        match done {
            Resolved::Field => tr!(self, "out-resolved", id = id, path = path, side = side),
            Resolved::ItemKept => tr!(self, "out-resolved-kept", id = id, side = side),
            Resolved::ItemDeleted => tr!(self, "out-resolved-deleted", id = id, side = side),
        }
    }

    /// What an operation did, all outcomes in one line (`JC2-03: … ; …`).
    pub fn outcomes(&self, all: &[Outcome]) -> String {
        let parts: Vec<String> = all.iter().map(|o| self.outcome(o)).collect();
        parts.join("; ")
    }

    /// Why an operation was refused.
    pub fn op_error(&self, e: &OpError) -> String {
        match e {
            OpError::NoParty
            | OpError::UnknownParty { .. }
            | OpError::NotAwaiting { .. }
            | OpError::OwnClosure { .. }
            | OpError::NotClosed { .. }
            | OpError::ReopenWithNote { .. } => self.closure_error(e),
            OpError::ZoneWithoutTime { .. } | OpError::TimeWithoutDate { .. } => {
                self.meeting_time_error(e)
            }
            OpError::NoItem { id } => tr!(self, "err-no-item", id = id.as_str()),
            OpError::DuplicateId { id } => tr!(self, "err-duplicate-id", id = id.as_str()),
            OpError::UnknownMeeting { id } => tr!(self, "err-unknown-meeting", id = id.as_str()),
            OpError::EmptyTitle => tr!(self, "err-empty-title"),
            OpError::EmptyNote => tr!(self, "err-empty-note"),
            OpError::EmptyMeetingId => tr!(self, "err-empty-meeting-id"),
            OpError::EmptyCommitteeName => tr!(self, "err-empty-committee-name"),
            OpError::EmptyParty => tr!(self, "err-empty-party"),
            OpError::Resolve(e) => self.resolve_error(e),
            OpError::Person(_) | OpError::NotAnAlias { .. } => {
                self.person_error(e).unwrap_or_default()
            }
            OpError::NoText { .. }
            | OpError::IntoOriginalLanguage { .. }
            | OpError::NoTranslation { .. }
            | OpError::NoLanguageOfItsOwn { .. }
            | OpError::OriginalsLanguage { .. } => self.translation_error(e).unwrap_or_default(),
            OpError::NotInList {
                id,
                field,
                value,
                now,
            } => tr!(
                self,
                "err-not-in-list",
                id = id.as_str(),
                field = self.field_label(*field),
                value = value.as_str(),
                now = now.join(", ")
            ),
        }
    }

    /// Why a conflict could not be settled.
    pub fn resolve_error(&self, e: &ResolveError) -> String {
        let list = |open: &[crate::ledger::FieldPath]| {
            open.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        };
        match e {
            ResolveError::NoItem { id } => tr!(self, "err-no-item", id = id.as_str()),
            ResolveError::NoConflict { open, .. } if open.is_empty() => {
                tr!(self, "err-no-conflict")
            }
            ResolveError::NoConflict { path, open } => tr!(
                self,
                "err-no-conflict-there",
                path = path.to_string(),
                open = list(open)
            ),
            ResolveError::PlaceGone { path } => {
                tr!(self, "err-place-gone", path = path.to_string())
            }
            ResolveError::ShapeChanged { path } => {
                tr!(self, "err-shape-changed", path = path.to_string())
            }
            ResolveError::Invalid { path, cause } => tr!(
                self,
                "err-resolve-invalid",
                path = path.to_string(),
                reason = self.shape_cause(cause)
            ),
        }
    }

    /// The name of a side of a merge, as people say it.
    pub fn side(&self, s: Side) -> String {
        match s {
            Side::Ours => tr!(self, "side-ours"),
            Side::Theirs => tr!(self, "side-theirs"),
        }
    }
}

fn date(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "—".to_owned(), format_date)
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, catalog};
    use crate::ledger::Status;
    use crate::ops::{OpError, Outcome};
    use chrono::NaiveDate;

    #[test]
    fn outcomes_keep_ids_values_and_counts_in_every_language() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let moved = Outcome::DueMoved {
            id: "JC2-11".into(),
            from: Some(d("2026-11-25")),
            to: Some(d("2026-12-07")),
            slips: 2,
            first: Some(d("2026-11-13")),
        };
        let status = Outcome::StatusChanged {
            id: "JC2-03".into(),
            from: Status::Blocked,
            to: Status::InProgress,
        };
        assert_eq!(
            catalog(Lang::En).outcome(&moved),
            "JC2-11: due 2026-12-07 (postponed; moved 2 times, first agreed 2026-11-13)"
        );
        assert_eq!(
            catalog(Lang::Es).outcome(&moved),
            "JC2-11: plazo al 2026-12-07 (pospuesto; reprogramado 2 veces; plazo inicial: 2026-11-13)"
        );
        assert_eq!(
            catalog(Lang::Ko).outcome(&moved),
            "JC2-11: 기한 2026-12-07 (연기, 기한 변경 2회, 최초 합의 기한 2026-11-13)"
        );
        assert_eq!(
            catalog(Lang::Es).outcome(&status),
            "JC2-03: bloqueado → en curso"
        );
        assert_eq!(catalog(Lang::Ko).outcome(&status), "JC2-03: 보류 → 진행 중");
        let once = Outcome::DueMoved {
            id: "JC2-11".into(),
            from: Some(d("2026-11-25")),
            to: Some(d("2026-12-07")),
            slips: 1,
            first: Some(d("2026-11-25")),
        };
        assert!(catalog(Lang::Es).outcome(&once).contains("una vez"));
        let earlier = Outcome::DueMoved {
            id: "JC2-11".into(),
            from: Some(d("2026-11-25")),
            to: Some(d("2026-11-20")),
            slips: 1,
            first: Some(d("2026-11-25")),
        };
        assert!(
            catalog(Lang::Ko)
                .outcome(&earlier)
                .contains("(앞당김, 기한 변경 1회")
        );
        assert!(catalog(Lang::Es).outcome(&earlier).contains("(adelantado;"));
        let err = OpError::NoItem {
            id: "JC9-01".into(),
        };
        for lang in Lang::ALL {
            assert!(
                catalog(lang).op_error(&err).contains("`JC9-01`"),
                "{lang:?}"
            );
        }
    }
}
