//! Ids for imported rows: the next free id of the scheme (as
//! `query::next_id` gives it) for row after row, from indexes built once,
//! so that importing n rows takes time in n, not n².

use crate::ledger::Item;
use crate::query::NO_MEETING_PREFIX;
use std::collections::{HashMap, HashSet};

/// The ids taken and the state of every `PREFIX-NN` scheme of a ledger.
pub(super) struct NewIds {
    taken: HashSet<String>,
    /// Per prefix: the highest number used and its widest width.
    schemes: HashMap<String, (u64, usize)>,
    /// Per meeting: the prefix most used by its items.
    of_meeting: HashMap<String, String>,
    /// The prefix of the last item's id: the scheme of rows without a meeting.
    last: Option<String>,
}

/// `PREFIX` and `NN` of an id `PREFIX-NN`.
fn split(id: &str) -> Option<(&str, &str)> {
    let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (digits > 0 && digits < id.len()).then(|| id.split_at(id.len() - digits))
}

impl NewIds {
    pub(super) fn new<'a>(items: impl IntoIterator<Item = &'a Item>) -> Self {
        let mut ids = NewIds {
            taken: HashSet::new(),
            schemes: HashMap::new(),
            of_meeting: HashMap::new(),
            last: None,
        };
        let mut counts: HashMap<(&str, &str), usize> = HashMap::new();
        for item in items {
            if let Some((p, _)) = split(&item.id) {
                *counts.entry((item.meeting.as_str(), p)).or_default() += 1;
            }
            ids.take(&item.id);
        }
        let mut best: HashMap<&str, (usize, &str)> = HashMap::new();
        for ((m, p), n) in counts {
            let b = best.entry(m).or_insert((0, p));
            if n > b.0 || (n == b.0 && p < b.1) {
                *b = (n, p);
            }
        }
        ids.of_meeting = best
            .into_iter()
            .map(|(m, (_, p))| (m.to_owned(), p.to_owned()))
            .collect();
        ids
    }

    /// True when an item has this id.
    pub(super) fn is_taken(&self, id: &str) -> bool {
        self.taken.contains(id)
    }

    /// Records an id as taken (an item added with its own id).
    pub(super) fn take(&mut self, id: &str) {
        if let Some((p, n)) = split(id) {
            let s = self.schemes.entry(p.to_owned()).or_insert((0, 2));
            s.0 = s.0.max(n.parse().unwrap_or(0));
            s.1 = s.1.max(n.len());
            self.last = Some(p.to_owned());
        }
        self.taken.insert(id.to_owned());
    }

    /// The next free id for an item of `meeting` (`None`: no meeting), taken.
    pub(super) fn next(&mut self, meeting: Option<&str>) -> String {
        let prefix = match meeting {
            Some("") => NO_MEETING_PREFIX.to_owned(),
            Some(m) => self
                .of_meeting
                .get(m)
                .cloned()
                .unwrap_or_else(|| format!("{m}-")),
            None => self
                .last
                .clone()
                .unwrap_or_else(|| NO_MEETING_PREFIX.to_owned()),
        };
        let (max, width) = self.schemes.get(&prefix).copied().unwrap_or((0, 2));
        let mut n = max + 1;
        let id = loop {
            let id = format!("{prefix}{n:0width$}");
            if !self.taken.contains(&id) {
                break id;
            }
            n += 1;
        };
        if let Some(m) = meeting.filter(|m| !m.is_empty()) {
            self.of_meeting
                .entry(m.to_owned())
                .or_insert_with(|| prefix.clone());
        }
        self.take(&id);
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::next_id;

    #[test]
    fn ids_are_those_next_id_gives_row_after_row() {
        let mut items = vec![
            Item {
                meeting: "JC2".into(),
                ..Item::new("JC2-01", "a")
            },
            Item {
                meeting: "JC2".into(),
                ..Item::new("JC2-07", "b")
            },
            Item {
                meeting: "APEC".into(),
                ..Item::new("SC-003", "c")
            },
        ];
        let mut ids = NewIds::new(&items);
        for meeting in [
            Some("JC2"),
            Some("APEC"),
            Some("JC9"),
            None,
            Some(""),
            Some("JC2"),
        ] {
            let want = next_id(&items, meeting);
            let got = ids.next(meeting);
            assert_eq!(got, want, "{meeting:?}");
            items.push(Item {
                meeting: meeting.unwrap_or_default().into(),
                ..Item::new(got.as_str(), "t")
            });
        }
    }
}
