//! Rules a ledger must keep beyond its JSON shape: ids that are one clean
//! line and unique, non-empty titles, owners and tags, meetings that exist,
//! dates in the supported range.

use super::field::Field;
use super::ids::{IdProblem, id_problem};
use super::locate::{JsonPath, Seg};
use super::model::{Item, Ledger};
use super::translation::Translations;
use crate::base::cores;
use crate::base::dates::in_range;
use crate::base::keyed::LedgerSet;
use chrono::NaiveDate;

/// A rule broken at a place in the ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: JsonPath,
    pub rule: Rule,
}

/// A rule of the ledger, broken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// An item id that is not one clean line.
    BadId(IdProblem),
    /// A meeting id that is not one clean line.
    BadMeetingId(IdProblem),
    /// A party's name (of the committee, or in an item's closure) that is
    /// not one clean line: it reaches terminals, commit trailers and mail.
    BadParty(IdProblem),
    /// Two items share an id.
    DuplicateId(String),
    /// Two meetings share an id.
    DuplicateMeetingId(String),
    /// An item without a title.
    EmptyTitle,
    /// An item names a meeting that is not in `meetings`.
    UnknownMeeting(String),
    /// An owner that is empty or only whitespace, at this index of `owners`.
    EmptyOwner(usize),
    /// A tag that is empty or only whitespace, at this index of `tags`.
    EmptyTag(usize),
    /// A date outside [`crate::base::dates::MIN_DATE`]`..=`[`crate::base::dates::MAX_DATE`].
    DateOutOfRange(NaiveDate),
    /// A translation with no text.
    EmptyTranslation,
    /// An entry of `directory` breaks a rule.
    Directory(super::directory::PersonProblem),
}

/// Which field of an item is wrong, and why (shared with editing forms).
pub fn item_field_problem(item: &Item, ledger: &Ledger) -> Option<(Field, Rule)> {
    field_problem(item, |m| ledger.meeting(m).is_some())
}

/// Which field of an item is wrong, `meeting_exists` telling the meetings
/// of its ledger (an index when every item is checked: no linear search).
fn field_problem(item: &Item, meeting_exists: impl Fn(&str) -> bool) -> Option<(Field, Rule)> {
    if let Some(p) = id_problem(&item.id) {
        return Some((Field::Id, Rule::BadId(p)));
    }
    if item.title.trim().is_empty() {
        return Some((Field::Title, Rule::EmptyTitle));
    }
    if let Some(i) = item.owners.iter().position(|o| o.trim().is_empty()) {
        return Some((Field::Owners, Rule::EmptyOwner(i)));
    }
    if let Some(i) = item.tags.iter().position(|t| t.trim().is_empty()) {
        return Some((Field::Tags, Rule::EmptyTag(i)));
    }
    if let Some(p) = meeting_problem(item, meeting_exists) {
        return Some(p);
    }
    if empty_translation(&item.translations).is_some() {
        return Some((Field::Translations, Rule::EmptyTranslation));
    }
    None
}

/// The meeting an item names, when its ledger has none of that id.
fn meeting_problem(item: &Item, meeting_exists: impl Fn(&str) -> bool) -> Option<(Field, Rule)> {
    (!item.meeting.is_empty() && !meeting_exists(&item.meeting))
        .then(|| (Field::Meeting, Rule::UnknownMeeting(item.meeting.clone())))
}

/// True when `item` keeps the rules [`validate`] checks of an item on its
/// own: all but that the meeting it names exists and that its id is unique.
pub(super) fn keeps_own_rules(item: &Item) -> bool {
    field_problem(item, |_| true).is_none()
        && item_date_problem(item).is_none()
        && item.closure.iter().all(|e| id_problem(&e.party).is_none())
        && item
            .notes
            .iter()
            .all(|n| empty_translation(&n.translations).is_none())
}

/// Whether the items of a ledger were found to keep their own rules
/// ([`keeps_own_rules`]) as they were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Items {
    Unchecked,
    KeepOwnRules,
}

/// Where an empty translation sits among `t`: its text's key and language.
fn empty_translation(t: &Translations) -> Option<Vec<Seg>> {
    t.iter()
        .find(|(_, _, tr)| tr.text.trim().is_empty())
        .map(|(key, lang, _)| {
            vec![
                Seg::Key("translations".into()),
                Seg::Key(key.into()),
                Seg::Key(lang.code().into()),
            ]
        })
}

/// The first empty translation outside the items' titles: the committee's
/// name, workstreams, meetings and notes.
fn translation_problem(ledger: &Ledger, items: Items) -> Option<Vec<Seg>> {
    // The place is built only for an empty translation (not for each note).
    let under = |head: &dyn Fn() -> Vec<Seg>, t: &Translations| {
        empty_translation(t).map(|rest| {
            let mut head = head();
            head.extend(rest);
            head
        })
    };
    let key = |k: &str| Seg::Key(k.into());
    under(&|| vec![key("committee")], &ledger.committee.translations)
        .or_else(|| {
            ledger
                .committee
                .workstreams
                .iter()
                .enumerate()
                .find_map(|(i, w)| {
                    under(
                        &|| vec![key("committee"), key("workstreams"), Seg::Index(i)],
                        &w.translations,
                    )
                })
        })
        .or_else(|| {
            ledger
                .meetings
                .iter()
                .enumerate()
                .find_map(|(i, m)| under(&|| vec![key("meetings"), Seg::Index(i)], &m.translations))
        })
        .or_else(|| {
            let unchecked = match items {
                Items::Unchecked => ledger.items.as_slice(),
                Items::KeepOwnRules => &[],
            };
            unchecked.iter().enumerate().find_map(|(i, it)| {
                it.notes.iter().enumerate().find_map(|(n, note)| {
                    let head = || {
                        let mut head = JsonPath::item(i, None).0;
                        head.extend([key("notes"), Seg::Index(n)]);
                        head
                    };
                    under(&head, &note.translations)
                })
            })
        })
}

/// The first date of an item outside the supported range, with its place
/// (`due`, `due_history` and its index, …). Dates read by the loader are in
/// range already; this guards values built in memory.
fn item_date_problem(item: &Item) -> Option<(Vec<Seg>, NaiveDate)> {
    let key = |f: Field| Seg::Key(f.key().into());
    let single = [
        (Field::Due, item.due),
        (Field::Opened, item.opened),
        (Field::Updated, item.updated),
    ];
    if let Some((k, d)) = single
        .into_iter()
        .find_map(|(k, d)| d.filter(|d| !in_range(*d)).map(|d| (k, d)))
    {
        return Some((vec![key(k)], d));
    }
    if let Some((i, d)) = item
        .due_history
        .iter()
        .enumerate()
        .find(|(_, d)| !in_range(**d))
    {
        return Some((vec![key(Field::DueHistory), Seg::Index(i)], *d));
    }
    item.notes
        .iter()
        .enumerate()
        .find(|(_, n)| !in_range(n.date))
        .map(|(i, n)| {
            let date = Seg::Key("date".into());
            (vec![key(Field::Notes), Seg::Index(i), date], n.date)
        })
}

/// The first party name that is not one clean line: the committee's, then
/// those of the items' closures.
fn party_problem(ledger: &Ledger, items: Items) -> Option<(Vec<Seg>, IdProblem)> {
    let key = |k: &str| Seg::Key(k.into());
    let parties = ledger.committee.parties.iter().enumerate();
    let of_committee = parties.filter_map(|(i, p)| {
        let path = vec![key("committee"), key("parties"), Seg::Index(i), key("name")];
        id_problem(&p.name).map(|e| (path, e))
    });
    let unchecked = match items {
        Items::Unchecked => ledger.items.as_slice(),
        Items::KeepOwnRules => &[],
    };
    let of_items = unchecked.iter().enumerate().flat_map(|(i, item)| {
        item.closure.iter().enumerate().filter_map(move |(j, e)| {
            let path = vec![
                key("items"),
                Seg::Index(i),
                key("closure"),
                Seg::Index(j),
                key("party"),
            ];
            id_problem(&e.party).map(|p| (path, p))
        })
    });
    of_committee.chain(of_items).next()
}

/// The first broken rule, in file order.
pub fn validate(ledger: &Ledger) -> Result<(), Problem> {
    validate_with(ledger, Items::Unchecked)
}

/// [`validate`] while `beside` reads the ledger on a second thread (after
/// it, when there is none to be had): its answer, given once the ledger is
/// found valid. `beside` reads a ledger not yet found valid, so it must
/// take any ledger without panicking; its answer is dropped when the
/// ledger is not valid.
pub(super) fn validate_beside<T: Send>(
    ledger: &Ledger,
    beside: impl FnOnce(&Ledger) -> T + Send,
) -> Result<T, Problem> {
    let (valid, answer) = cores::beside(|| validate(ledger), || beside(ledger));
    valid.map(|()| answer)
}

/// [`validate`], the rules of each item on its own left out when `items`
/// were found to keep them: the same answer, but for which rule a ledger
/// that is not valid breaks.
pub(super) fn validate_with(ledger: &Ledger, items: Items) -> Result<(), Problem> {
    let at = |segs: Vec<Seg>, rule: Rule| Problem {
        path: JsonPath(segs),
        rule,
    };
    if let Some((path, p)) = super::directory::directory_problem(&ledger.directory) {
        return Err(at(path, Rule::Directory(p)));
    }
    if let Some((path, p)) = party_problem(ledger, items) {
        return Err(at(path, Rule::BadParty(p)));
    }
    let mut meeting_ids =
        LedgerSet::with_capacity_and_hasher(ledger.meetings.len(), Default::default());
    for (i, m) in ledger.meetings.iter().enumerate() {
        let path = |field: &str| {
            vec![
                Seg::Key("meetings".into()),
                Seg::Index(i),
                Seg::Key(field.into()),
            ]
        };
        if let Some(p) = id_problem(&m.id) {
            return Err(at(path("id"), Rule::BadMeetingId(p)));
        }
        if !meeting_ids.insert(m.id.as_str()) {
            return Err(at(path("id"), Rule::DuplicateMeetingId(m.id.clone())));
        }
        if let Some(d) = m.date.filter(|d| !in_range(*d)) {
            return Err(at(path("date"), Rule::DateOutOfRange(d)));
        }
    }
    for (i, r) in ledger.reviews.iter().enumerate() {
        if !in_range(r.date) {
            let path = vec![
                Seg::Key("reviews".into()),
                Seg::Index(i),
                Seg::Key("date".into()),
            ];
            return Err(at(path, Rule::DateOutOfRange(r.date)));
        }
    }
    let mut ids = LedgerSet::with_capacity_and_hasher(ledger.items.len(), Default::default());
    for (i, item) in ledger.items.iter().enumerate() {
        let item_path = |rest: Vec<Seg>| {
            let mut p = JsonPath::item(i, None).0;
            p.extend(rest);
            p
        };
        let exists = |m: &str| meeting_ids.contains(m);
        let problem = match items {
            Items::Unchecked => field_problem(item, exists),
            Items::KeepOwnRules => meeting_problem(item, exists),
        };
        if let Some((field, rule)) = problem {
            let rest = match rule {
                Rule::EmptyOwner(n) | Rule::EmptyTag(n) => {
                    vec![Seg::Key(field.key().into()), Seg::Index(n)]
                }
                Rule::EmptyTranslation => {
                    empty_translation(&item.translations).expect("an empty translation")
                }
                _ => vec![Seg::Key(field.key().into())],
            };
            return Err(at(item_path(rest), rule));
        }
        if !ids.insert(item.id.as_str()) {
            let rest = vec![Seg::Key(Field::Id.key().into())];
            return Err(at(item_path(rest), Rule::DuplicateId(item.id.clone())));
        }
        if items == Items::Unchecked
            && let Some((rest, d)) = item_date_problem(item)
        {
            return Err(at(item_path(rest), Rule::DateOutOfRange(d)));
        }
    }
    if let Some(path) = translation_problem(ledger, items) {
        return Err(at(path, Rule::EmptyTranslation));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::dates::MIN_DATE;

    #[test]
    fn what_is_asked_beside_is_answered_on_another_thread_for_a_valid_ledger_only() {
        let l = crate::ledger::parse_ledger(crate::ledger::SAMPLE.as_bytes()).unwrap();
        let here = std::thread::current().id();
        let seen = |l: &Ledger| (l.items.len(), std::thread::current().id());
        let (n, on) = validate_beside(&l, seen).unwrap();
        assert_eq!(n, l.items.len());
        assert_eq!(on != here, cores::two_cores());
        let mut twice = l.clone();
        twice.items[1].id = twice.items[0].id.clone();
        let got = validate_beside(&twice, seen).map_err(|p| p.rule);
        assert!(matches!(got, Err(Rule::DuplicateId(_))), "{got:?}");
    }

    #[test]
    fn ids_are_one_clean_line() {
        for ok in ["JC3-05", "한-1", "Sesión 2 · México", "a b"] {
            assert_eq!(id_problem(ok), None, "{ok:?}");
        }
        let cases = [
            ("", IdProblem::Empty),
            ("  ", IdProblem::Empty),
            ("JC1\n", IdProblem::LineBreak),
            ("JC1\r2", IdProblem::LineBreak),
            ("JC1\u{2028}2", IdProblem::LineBreak),
            ("JC1\u{85}2", IdProblem::LineBreak),
            ("JC\u{1b}[31m", IdProblem::Control),
            ("JC\u{7f}", IdProblem::Control),
            ("JC\u{9b}2J", IdProblem::Control),
            ("JC\t1", IdProblem::Control),
            ("JC\u{202e}1-3", IdProblem::Bidi),
            ("JC\u{2066}1", IdProblem::Bidi),
            ("JC\u{2069}1", IdProblem::Bidi),
            (" JC1", IdProblem::Padded),
            ("JC1\u{3000}", IdProblem::Padded),
        ];
        for (id, want) in cases {
            assert_eq!(id_problem(id), Some(want), "{id:?}");
        }
    }

    #[test]
    fn dates_built_in_memory_are_checked_too() {
        let mut l = Ledger::default();
        l.items.push(Item::new("A", "t"));
        assert_eq!(validate(&l), Ok(()));
        l.items[0].due_history = vec![MIN_DATE, MIN_DATE.pred_opt().unwrap()];
        let p = validate(&l).unwrap_err();
        assert_eq!(p.path.to_string(), "items[0].due_history[1]");
        assert!(matches!(p.rule, Rule::DateOutOfRange(_)));
        l.items[0].due_history.clear();
        l.items[0].owners = vec!["SMBA".into(), " ".into()];
        let p = validate(&l).unwrap_err();
        assert_eq!(p.path.to_string(), "items[0].owners[1]");
        assert_eq!(p.rule, Rule::EmptyOwner(1));
    }

    #[test]
    fn items_found_to_keep_their_own_rules_leave_the_same_answer() {
        let text = r#"{"format": "followup/1", "meetings": [{"id": "M1", "date": "2026-01-01"}],
          "items": [{"id": "A-1", "title": "t", "status": "open", "meeting": "M1",
            "owners": ["o"], "tags": ["g"], "due": "2026-02-02", "due_history": ["2026-01-01"],
            "translations": {"title": {"es": {"text": "x", "source": "abcd1234", "date": "2026-01-01"}}},
            "notes": [{"date": "2026-01-01", "text": "n",
              "translations": {"text": {"es": {"text": "y", "source": "abcd1234", "date": "2026-01-01"}}}}],
            "closure": [{"act": "closed", "status": "done", "party": "SMBA", "at": "2026-01-02T03:04:05Z"}]},
            {"id": "A-2", "title": "u", "status": "done"}]}"#;
        let changes = [
            ("\"A-2\"", "\"A-1\""),
            ("\"id\": \"A-1\"", "\"id\": \" A-1\""),
            ("\"title\": \"t\"", "\"title\": \" \""),
            ("[\"o\"]", "[\"o\", \" \"]"),
            ("[\"g\"]", "[\"\"]"),
            ("\"meeting\": \"M1\"", "\"meeting\": \"M2\""),
            ("\"text\": \"x\"", "\"text\": \" \""),
            ("\"text\": \"y\"", "\"text\": \"\""),
            ("\"party\": \"SMBA\"", "\"party\": \"SM\\nBA\""),
            ("\"id\": \"M1\"", "\"id\": \"\""),
            ("\"u\"", "\"u\""),
        ];
        let mut cases: Vec<Ledger> = changes
            .iter()
            .map(|(from, to)| serde_json::from_str(&text.replacen(from, to, 1)).unwrap())
            .collect();
        let early = MIN_DATE.pred_opt().unwrap();
        for k in 0..4 {
            let mut l = cases[cases.len() - 1].clone();
            let item = &mut l.items[0];
            match k {
                0 => item.due = Some(early),
                1 => item.due_history.push(early),
                2 => item.notes[0].date = early,
                _ => l.meetings[0].date = Some(early),
            }
            cases.push(l);
        }
        let mut valid = 0;
        for (k, l) in cases.iter().enumerate() {
            let whole = validate(l).is_ok();
            let own = l.items.iter().all(keeps_own_rules);
            let rest = validate_with(l, Items::KeepOwnRules).is_ok();
            assert_eq!(whole, own && rest, "case {k}");
            valid += usize::from(whole);
        }
        assert_eq!(valid, 1, "only the unchanged ledger is valid");
    }
}
