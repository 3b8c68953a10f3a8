//! The committee's people (`directory`): the rules their entries keep, and
//! how an item's owners are matched to them, by name or alias, blind to case,
//! accents and Hangul form (`SMBA` and `중소기업청 SMBA` are one owner when
//! the directory says so).

use super::ids::{IdProblem, id_problem, is_bidi_control};
use super::locate::Seg;
use super::model::{Ledger, Person};
use crate::base::fold::{Needle, fold};
use std::collections::HashMap;

/// The languages a person may read their reminders in.
pub const LANGUAGES: [&str; 3] = ["en", "es", "ko"];

/// Why an e-mail address is refused. Addresses go into mail headers, so
/// anything that could end or split a header is refused outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailProblem {
    /// Holds a line break or another control character (CR and LF above all).
    Control,
    /// Holds a space or a bidirectional override.
    Space,
    /// Has no `@`, or more than one.
    At,
    /// Holds characters that would change a mail header's meaning: `<>()[],;:"\`.
    Forbidden,
    /// Is not an address a mail server accepts (empty user or domain, bad domain).
    Invalid,
}

/// A directory entry that breaks a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersonProblem {
    /// The name is not one clean line.
    BadName(IdProblem),
    /// An alias is not one clean line.
    BadAlias(IdProblem),
    /// The e-mail address is refused.
    BadEmail(EmailProblem),
    /// The language is not `en`, `es` or `ko`.
    BadLanguage(String),
    /// A name or alias (compared blind to case and accents) belongs to two people.
    Shared(String),
}

/// What is wrong with `email`, if anything.
///
/// ```
/// use followup::ledger::{EmailProblem, email_problem};
/// assert_eq!(email_problem("enlace@inadem.example.org"), None);
/// assert_eq!(email_problem("a@b.example\r\nBcc: x@y.example"), Some(EmailProblem::Control));
/// assert_eq!(email_problem("two@at@example.org"), Some(EmailProblem::At));
/// ```
pub fn email_problem(email: &str) -> Option<EmailProblem> {
    if email.chars().any(char::is_control) {
        return Some(EmailProblem::Control);
    }
    if email
        .chars()
        .any(|c| c.is_whitespace() || is_bidi_control(c) || matches!(c, '\u{200B}'..='\u{200F}'))
    {
        return Some(EmailProblem::Space);
    }
    if email.matches('@').count() != 1 {
        return Some(EmailProblem::At);
    }
    if email.contains(['<', '>', '(', ')', '[', ']', ',', ';', ':', '"', '\\']) {
        return Some(EmailProblem::Forbidden);
    }
    if email.parse::<lettre::Address>().is_err() {
        return Some(EmailProblem::Invalid);
    }
    None
}

/// The first problem of one person, with its place inside the entry.
pub fn person_problem(p: &Person) -> Option<(Vec<Seg>, PersonProblem)> {
    let key = |k: &str| Seg::Key(k.into());
    if let Some(e) = id_problem(&p.name) {
        return Some((vec![key("name")], PersonProblem::BadName(e)));
    }
    if !p.email.is_empty()
        && let Some(e) = email_problem(&p.email)
    {
        return Some((vec![key("email")], PersonProblem::BadEmail(e)));
    }
    if !p.language.is_empty() && !LANGUAGES.contains(&p.language.as_str()) {
        return Some((
            vec![key("language")],
            PersonProblem::BadLanguage(p.language.clone()),
        ));
    }
    p.aliases.iter().enumerate().find_map(|(i, a)| {
        id_problem(a).map(|e| {
            (
                vec![key("aliases"), Seg::Index(i)],
                PersonProblem::BadAlias(e),
            )
        })
    })
}

/// The first broken rule of the directory, with its path from the top of the
/// ledger (`directory[1].aliases[0]`), in file order.
pub fn directory_problem(people: &[Person]) -> Option<(Vec<Seg>, PersonProblem)> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, p) in people.iter().enumerate() {
        let at = |mut rest: Vec<Seg>| {
            let mut path = vec![Seg::Key("directory".into()), Seg::Index(i)];
            path.append(&mut rest);
            path
        };
        if let Some((rest, problem)) = person_problem(p) {
            return Some((at(rest), problem));
        }
        let names = std::iter::once((vec![Seg::Key("name".into())], &p.name)).chain(
            p.aliases
                .iter()
                .enumerate()
                .map(|(j, a)| (vec![Seg::Key("aliases".into()), Seg::Index(j)], a)),
        );
        for (rest, name) in names {
            match seen.insert(fold(name), i) {
                Some(other) if other != i => {
                    return Some((at(rest), PersonProblem::Shared(name.clone())));
                }
                _ => {}
            }
        }
    }
    None
}

/// The directory of a ledger, indexed for matching owners to people.
#[derive(Debug, Clone)]
pub struct Directory<'a> {
    people: &'a [Person],
    /// Folded name or alias → index in `people`.
    by_name: HashMap<String, usize>,
}

impl<'a> Directory<'a> {
    /// The directory of `ledger`.
    pub fn of(ledger: &'a Ledger) -> Directory<'a> {
        Directory::new(&ledger.directory)
    }

    /// A directory over `people` (the first entry wins a name two share).
    pub fn new(people: &'a [Person]) -> Directory<'a> {
        let mut by_name = HashMap::new();
        for (i, p) in people.iter().enumerate() {
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                by_name.entry(fold(n.trim())).or_insert(i);
            }
        }
        Directory { people, by_name }
    }

    /// Everyone, in file order.
    pub fn people(&self) -> &'a [Person] {
        self.people
    }

    /// The person an owner names: by name or alias, blind to case, accents
    /// and Hangul form.
    ///
    /// ```
    /// use followup::ledger::{Directory, Person};
    /// let people = [Person { name: "중소기업청 SMBA".into(), aliases: vec!["SMBA".into()], ..Person::default() }];
    /// let d = Directory::new(&people);
    /// assert_eq!(d.person_for("smba").map(|p| p.name.as_str()), Some("중소기업청 SMBA"));
    /// assert_eq!(d.canonical_owner("SMBA"), "중소기업청 SMBA");
    /// assert_eq!(d.canonical_owner("OECD"), "OECD");
    /// ```
    pub fn person_for(&self, owner: &str) -> Option<&'a Person> {
        self.by_name
            .get(&fold(owner.trim()))
            .map(|&i| &self.people[i])
    }

    /// The name an owner goes by: the person's name when the directory knows
    /// the owner, else the owner as written.
    pub fn canonical_owner<'s>(&self, owner: &'s str) -> &'s str
    where
        'a: 's,
    {
        self.person_for(owner).map_or(owner, |p| p.name.as_str())
    }

    /// True when `query` (what someone typed after `--owner`) selects
    /// `owner`: when the query names a person, every name and alias of that
    /// person is selected; otherwise a part of the owner's name is enough
    /// ([`Needle`]: `조강` and `ㅈㄱㄹ` select 조강래).
    pub fn selects(&self, query: &str, owner: &str) -> bool {
        match self.person_for(query) {
            Some(p) => self.person_for(owner).is_some_and(|o| std::ptr::eq(o, p)),
            None => Needle::new(query).found_in(owner),
        }
    }

    /// True when `a` and `b` name the same owner: two names of one person
    /// of the directory, or the same name (case and accents ignored).
    pub fn same(&self, a: &str, b: &str) -> bool {
        match (self.person_for(a), self.person_for(b)) {
            (Some(p), Some(q)) => std::ptr::eq(p, q),
            _ => fold(a) == fold(b),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, aliases: &[&str]) -> Person {
        Person {
            name: name.into(),
            aliases: aliases.iter().map(|a| (*a).into()).collect(),
            ..Person::default()
        }
    }

    #[test]
    fn header_breaking_addresses_are_refused() {
        let cases = [
            ("a@example.org\r\nBcc: b@example.org", EmailProblem::Control),
            ("a@example.org\n", EmailProblem::Control),
            ("a b@example.org", EmailProblem::Space),
            ("a@exam\u{202e}ple.org", EmailProblem::Space),
            ("example.org", EmailProblem::At),
            ("<a@example.org>", EmailProblem::Forbidden),
            ("a,b@example.org", EmailProblem::Forbidden),
            ("@example.org", EmailProblem::Invalid),
            ("a@", EmailProblem::Invalid),
        ];
        for (email, want) in cases {
            assert_eq!(email_problem(email), Some(want), "{email:?}");
        }
        assert_eq!(email_problem("jiwoo.park+jc@smba.example.com"), None);
    }

    #[test]
    fn an_alias_belongs_to_one_person_only() {
        let people = [person("SMBA", &[]), person("Kia", &["smba"])];
        let (path, problem) = directory_problem(&people).unwrap();
        assert_eq!(
            super::super::JsonPath(path).to_string(),
            "directory[1].aliases[0]"
        );
        assert_eq!(problem, PersonProblem::Shared("smba".into()));
        let people = [person("INADEM", &["Instituto Nacional del Emprendedor"])];
        assert_eq!(directory_problem(&people), None);
    }

    #[test]
    fn owners_match_through_aliases_blind_to_case_and_accents() {
        let people = [
            person("중소기업청 SMBA", &["SMBA"]),
            person("Kia Motors México", &["Kia"]),
        ];
        let d = Directory::new(&people);
        assert_eq!(d.canonical_owner("kia motors mexico"), "Kia Motors México");
        assert_eq!(d.canonical_owner("KIA"), "Kia Motors México");
        assert!(d.selects("smba", "중소기업청 SMBA"));
        assert!(d.selects("중소기업청 smba", "SMBA"));
        assert!(!d.selects("SMBA", "Kia"));
        assert!(d.selects("OECD", "OECD Secretariat"));
    }
}
