//! `Op::UpsertPerson`: adding a person to the directory or updating one.

use super::outside::outside;
use super::{Applied, OpError, Outcome, PersonEdit};
use crate::base::fold::fold;
use crate::ledger::{Directory, IdProblem, Ledger, Person, PersonProblem, directory_problem};

/// Adds or updates the person `edit.name` names (by name or alias); the
/// directory that results must keep every rule, or nothing changes.
pub(super) fn upsert(ledger: &mut Ledger, edit: PersonEdit) -> Result<Applied, OpError> {
    let name = edit.name.trim();
    if name.is_empty() {
        return Err(OpError::Person(PersonProblem::BadName(IdProblem::Empty)));
    }
    let index = Directory::of(ledger)
        .person_for(name)
        .and_then(|p| ledger.directory.iter().position(|q| std::ptr::eq(p, q)));
    let mut person = index.map_or_else(
        || Person {
            name: name.to_owned(),
            ..Person::default()
        },
        |i| ledger.directory[i].clone(),
    );
    if let Some(email) = edit.email {
        person.email = email.trim().to_owned();
    }
    if let Some(language) = edit.language {
        person.language = language.trim().to_lowercase();
    }
    for alias in edit.remove_aliases {
        let folded = fold(alias.trim());
        let before = person.aliases.len();
        person.aliases.retain(|a| fold(a) != folded);
        if person.aliases.len() == before {
            return Err(OpError::NotAnAlias {
                name: person.name,
                alias,
            });
        }
    }
    for alias in edit.add_aliases {
        let alias = alias.trim().to_owned();
        let folded = fold(&alias);
        let known = std::iter::once(&person.name)
            .chain(&person.aliases)
            .any(|n| fold(n) == folded);
        if !known {
            person.aliases.push(alias);
        }
    }
    let mut people = ledger.directory.clone();
    match index {
        Some(i) if people[i] == person => {
            return Ok(Applied {
                outcomes: vec![Outcome::Unchanged {
                    id: Some(person.name),
                }],
                undo: None,
            });
        }
        Some(i) => people[i] = person.clone(),
        None => people.push(person.clone()),
    }
    if let Some((_, problem)) = directory_problem(&people) {
        return Err(OpError::Person(problem));
    }
    let outcome = match index {
        Some(_) => Outcome::PersonUpdated { name: person.name },
        None => Outcome::PersonAdded { name: person.name },
    };
    Ok(outside(ledger, vec![outcome], |l| l.directory = people))
}
