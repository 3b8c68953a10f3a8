//! The agenda of the weekly review meeting: drawn up once when review mode
//! starts and kept pointing at its items as edits come and go.

use super::history::Edit;
use crate::base::lang::Lang;
use crate::ledger::{ItemChange, Ledger, LedgerDiff, Note};
use crate::query::{AgendaSection, items_to_translate, review_agenda};
use chrono::NaiveDate;
use std::collections::HashMap;

/// One item on the agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaEntry {
    pub section: AgendaSection,
    /// The item's index in the ledger (kept up to date as items are added,
    /// removed or reloaded); meaningless when `gone`.
    pub index: usize,
    pub id: String,
    /// The item was deleted since the agenda was drawn up.
    pub gone: bool,
}

/// A line of the agenda list: a section heading or an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaRow {
    /// A heading and how many entries it has.
    Heading(AgendaSection, usize),
    /// An index into [`Agenda::entries`].
    Entry(usize),
}

/// The agenda of a review: drawn up once when review mode starts and kept
/// stable while the meeting steps through it, so that an item just marked
/// done stays under the cursor, showing its new state.
#[derive(Debug, Clone, PartialEq)]
pub struct Agenda {
    pub entries: Vec<AgendaEntry>,
    /// The entry under discussion.
    pub cursor: usize,
    /// The date of the latest review when the agenda was drawn up.
    pub since: Option<NaiveDate>,
    /// What changed in each item since that review, by id.
    pub changes: HashMap<String, SinceReview>,
    /// Each section and where its entries start, in order: the entries are
    /// in sections, one after another, none empty.
    starts: Vec<(AgendaSection, usize)>,
}

/// What changed in an item since the last review.
#[derive(Debug, Clone, PartialEq)]
pub enum SinceReview {
    /// From git: the item as committed before the review day, compared
    /// field by field with the item now.
    Diff(Box<ItemChange>),
    /// Without git history: the item was updated that day, and these notes
    /// were added after the review.
    Touched {
        updated: Option<NaiveDate>,
        notes: Vec<Note>,
    },
}

impl Agenda {
    /// The agenda for `ledger` as of `today`, with a review window of
    /// `window` days, the closures awaiting `party`'s confirmation (every
    /// one awaited without a party); with a last section of the items to
    /// translate into `translate_into`, when given and there are any.
    pub fn new(
        ledger: &Ledger,
        today: NaiveDate,
        window: u32,
        party: Option<&str>,
        translate_into: Option<Lang>,
    ) -> Agenda {
        let mut sections = review_agenda(ledger, today, window, party);
        if let Some(lang) = translate_into {
            let idx = items_to_translate(ledger, lang);
            if !idx.is_empty() {
                sections.push((AgendaSection::ToTranslate, idx));
            }
        }
        let mut starts = Vec::with_capacity(sections.len());
        let mut start = 0;
        for (section, idx) in &sections {
            starts.push((*section, start));
            start += idx.len();
        }
        let entries = sections
            .into_iter()
            .flat_map(|(section, idx)| {
                idx.into_iter().map(move |index| AgendaEntry {
                    section,
                    index,
                    id: ledger.items[index].id.clone(),
                    gone: false,
                })
            })
            .collect();
        let since = ledger.last_review();
        Agenda {
            changes: touched_since(ledger, since),
            entries,
            cursor: 0,
            since,
            starts,
        }
    }

    /// Takes what git says changed since the last review (the ledger as
    /// committed before the review day against the ledger now) in place of
    /// what the dates say.
    pub fn set_diff(&mut self, diff: LedgerDiff) {
        self.changes = diff
            .items
            .into_iter()
            .filter(|c| !matches!(c, ItemChange::Removed(_)))
            .map(|c| (c.id().to_owned(), SinceReview::Diff(Box::new(c))))
            .collect();
    }

    /// The ledger index of the item under discussion, unless it was deleted.
    pub fn current(&self) -> Option<usize> {
        self.entries
            .get(self.cursor)
            .filter(|e| !e.gone)
            .map(|e| e.index)
    }

    /// The entry under discussion.
    pub fn current_entry(&self) -> Option<&AgendaEntry> {
        self.entries.get(self.cursor)
    }

    /// How many rows the agenda has: its entries and a heading per section.
    pub fn row_count(&self) -> usize {
        self.entries.len() + self.starts.len()
    }

    /// The row of entry `k`: after its section's heading and those before.
    pub fn row_of(&self, k: usize) -> usize {
        k + self.starts.iter().filter(|(_, start)| *start <= k).count()
    }

    /// Where section `i`'s entries end.
    fn end_of(&self, i: usize) -> usize {
        self.starts.get(i + 1).map_or(self.entries.len(), |s| s.1)
    }

    /// The headings and entries in order, `n` of them from row `first` on
    /// (what is drawn: made without walking the entries).
    pub fn rows(&self, first: usize, n: usize) -> Vec<AgendaRow> {
        let mut rows = Vec::with_capacity(n.min(self.row_count()));
        for (i, &(section, start)) in self.starts.iter().enumerate() {
            let end = self.end_of(i);
            // Its heading is row `start + i`, its entry `k` row `k + i + 1`.
            if end + i < first {
                continue;
            }
            if start + i >= first && rows.len() < n {
                rows.push(AgendaRow::Heading(section, end - start));
            }
            let from = start.max(first.saturating_sub(i + 1));
            rows.extend((from..end).take(n - rows.len()).map(AgendaRow::Entry));
            if rows.len() == n {
                break;
            }
        }
        rows
    }

    /// The current entry's place in its section: (position from 1, section size).
    pub fn place_in_section(&self) -> Option<(AgendaSection, usize, usize)> {
        if self.cursor >= self.entries.len() {
            return None;
        }
        let i = self.starts.iter().rposition(|s| s.1 <= self.cursor)?;
        let (section, start) = self.starts[i];
        Some((section, self.cursor - start + 1, self.end_of(i) - start))
    }

    /// Keeps the entries pointing at their items after `edit` was applied
    /// (done, undone or redone) to `ledger`.
    pub fn after_edit(&mut self, edit: &Edit, ledger: &Ledger) {
        match edit {
            Edit::Swap { index, .. } => {
                for e in self.entries.iter_mut().filter(|e| !e.gone) {
                    if e.index == *index {
                        e.id.clone_from(&ledger.items[*index].id);
                    }
                }
            }
            Edit::Splice { index, item: None } => {
                let id = &ledger.items[*index].id;
                for e in &mut self.entries {
                    if e.gone {
                        if e.id == *id {
                            e.gone = false;
                            e.index = *index;
                        }
                    } else if e.index >= *index {
                        e.index += 1;
                    }
                }
            }
            Edit::Splice {
                index,
                item: Some(_),
            } => {
                for e in self.entries.iter_mut().filter(|e| !e.gone) {
                    if e.index == *index {
                        e.gone = true;
                    } else if e.index > *index {
                        e.index -= 1;
                    }
                }
            }
            Edit::Whole(_) => {
                let pos: HashMap<&str, usize> = ledger
                    .items
                    .iter()
                    .enumerate()
                    .map(|(n, i)| (i.id.as_str(), n))
                    .collect();
                for e in &mut self.entries {
                    match pos.get(e.id.as_str()) {
                        Some(&n) => {
                            e.index = n;
                            e.gone = false;
                        }
                        None => e.gone = true,
                    }
                }
            }
            Edit::Outside(_) => {}
        }
    }
}

/// What the dates say changed since the review of `since`: items updated
/// after it, with the notes added after it.
fn touched_since(ledger: &Ledger, since: Option<NaiveDate>) -> HashMap<String, SinceReview> {
    let Some(since) = since else {
        return HashMap::new();
    };
    let found: Vec<_> = (ledger.items.iter())
        .filter(|i| i.updated.is_some_and(|u| u > since))
        .map(|i| {
            let notes = i.notes.iter().filter(|n| n.date > since).cloned().collect();
            let touched = SinceReview::Touched {
                updated: i.updated,
                notes,
            };
            (i.id.clone(), touched)
        })
        .collect();
    // Made with its room from the count found: grown as found, the map was
    // built anew at each doubling.
    found.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::dates::parse_date;

    /// Every row, walking the entries: what `rows` and the places must say.
    fn walked(a: &Agenda) -> Vec<AgendaRow> {
        let mut rows = Vec::new();
        for (n, e) in a.entries.iter().enumerate() {
            if n == 0 || a.entries[n - 1].section != e.section {
                let count = (a.entries[n..].iter())
                    .take_while(|x| x.section == e.section)
                    .count();
                rows.push(AgendaRow::Heading(e.section, count));
            }
            rows.push(AgendaRow::Entry(n));
        }
        rows
    }

    #[test]
    fn rows_and_places_are_told_from_where_the_sections_start() {
        let ledger = crate::synthetic::ledger(300, parse_date("2026-11-23").unwrap());
        let today = parse_date("2026-11-23").unwrap();
        let empty = Agenda::new(&Ledger::default(), today, 7, None, None);
        assert_eq!((empty.row_count(), empty.rows(0, 5)), (0, Vec::new()));
        assert_eq!(empty.place_in_section(), None);
        let mut a = Agenda::new(&ledger, today, 7, None, Some(Lang::Es));
        let all = walked(&a);
        assert!(a.starts.len() >= 4, "sections: {:?}", a.starts);
        assert_eq!(a.row_count(), all.len());
        for first in 0..=all.len() + 1 {
            for n in [0, 1, 2, 7, 23, all.len() + 3] {
                let want = &all[first.min(all.len())..(first + n).min(all.len())];
                assert_eq!(a.rows(first, n), want, "{first} {n}");
            }
        }
        for k in 0..a.entries.len() {
            assert_eq!(all[a.row_of(k)], AgendaRow::Entry(k));
            a.cursor = k;
            let e = &a.entries[k];
            let same = |x: &&AgendaEntry| x.section == e.section;
            let before = a.entries[..k].iter().filter(same).count();
            let of = a.entries.iter().filter(same).count();
            assert_eq!(a.place_in_section(), Some((e.section, before + 1, of)));
        }
    }
}
