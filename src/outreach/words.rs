//! Sentences for the directory's typed outcomes and errors.

use crate::i18n::Catalog;
use crate::ledger::{EmailProblem, PersonProblem};
use crate::ops::{OpError, Outcome};
use crate::tr;

impl Catalog {
    /// What adding or updating a person did (`None` for other outcomes).
    pub fn person_outcome(&self, o: &Outcome) -> Option<String> {
        match o {
            Outcome::PersonAdded { name } => {
                Some(tr!(self, "out-person-added", name = name.as_str()))
            }
            Outcome::PersonUpdated { name } => {
                Some(tr!(self, "out-person-updated", name = name.as_str()))
            }
            _ => None,
        }
    }

    /// Why a person could not be added or updated (`None` for other errors).
    pub fn person_error(&self, e: &OpError) -> Option<String> {
        match e {
            OpError::Person(p) => Some(self.person_problem(p)),
            OpError::NotAnAlias { name, alias } => Some(tr!(
                self,
                "err-not-an-alias",
                name = name.as_str(),
                alias = alias.as_str()
            )),
            _ => None,
        }
    }

    /// A rule of the directory, broken.
    pub fn person_problem(&self, p: &PersonProblem) -> String {
        match p {
            PersonProblem::BadName(_) => tr!(self, "err-person-name"),
            PersonProblem::BadAlias(_) => tr!(self, "err-person-alias"),
            PersonProblem::BadEmail(e) => {
                let problem = match e {
                    EmailProblem::Control => tr!(self, "email-control"),
                    EmailProblem::Space => tr!(self, "email-space"),
                    EmailProblem::At => tr!(self, "email-at"),
                    EmailProblem::Forbidden => tr!(self, "email-forbidden"),
                    EmailProblem::Invalid => tr!(self, "email-invalid"),
                };
                tr!(self, "err-person-email", problem = problem)
            }
            PersonProblem::BadLanguage(l) => {
                tr!(self, "err-person-language", language = l.as_str())
            }
            PersonProblem::Shared(n) => tr!(self, "err-person-shared", name = n.as_str()),
        }
    }
}
