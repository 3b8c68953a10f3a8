//! Whom a reminder greets: a person by name, or an organisation's desk.
//!
//! The directory does not say which a name is. A Korean personal name is
//! two to four Hangul syllables and nothing else (`조강래`); everything else
//! (`INADEM`, `중소기업청 SMBA`, `Kia Motors México`, a Hangul name ending the
//! way institutions end, `중기청`, `코트라`) is greeted as an organisation, which
//! is also courteous to a person ("the person in charge at …").

/// The kind of recipient a greeting addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Addressee {
    /// A named person: `조강래 님께`.
    Person,
    /// An organisation, written to through its desk: `SMBA 담당자님께`.
    Organisation,
}

/// How Korean institutions' names end (a personal name never does).
const INSTITUTION_ENDINGS: &[&str] = &[
    "청",
    "부",
    "처",
    "공사",
    "공단",
    "재단",
    "협회",
    "센터",
    "은행",
    "진흥원",
    "연구원",
    "위원회",
    "사무국",
    "기구",
    "트라",
    "본부",
];

impl Addressee {
    /// The kind of `name` (see the module's documentation).
    pub fn of(name: &str) -> Addressee {
        let name = name.trim();
        let syllables = name.chars().count();
        let hangul = name.chars().all(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
        let institution = INSTITUTION_ENDINGS.iter().any(|e| name.ends_with(e));
        if hangul && (2..=4).contains(&syllables) && !institution {
            Addressee::Person
        } else {
            Addressee::Organisation
        }
    }

    /// The selector the greeting of the catalog takes.
    pub fn selector(self) -> &'static str {
        match self {
            Addressee::Person => "person",
            Addressee::Organisation => "organisation",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_personal_names_are_people_and_the_rest_organisations() {
        for person in ["조강래", "김철수", "남궁민수", " 이지원 "] {
            assert_eq!(Addressee::of(person), Addressee::Person, "{person}");
        }
        for org in [
            "INADEM",
            "중소기업청 SMBA",
            "중기청",
            "코트라",
            "산업부",
            "Kia Motors México",
            "Enrique Jacob Rocha",
            "조",
            "",
        ] {
            assert_eq!(Addressee::of(org), Addressee::Organisation, "{org}");
        }
    }
}
