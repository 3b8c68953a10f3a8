//! What is worked out once per change of the ledger's items: the
//! workstream and owner names and the counts of the summary strip; and,
//! from the first search on, the search text of each item.

use super::item_bits::ItemBits;
use super::model::Edit;
use super::search_texts::SearchTexts;
use super::tally::{Counting, Stats, Tally, count};
use crate::base::fold::Needle;
use crate::base::lang::Lang;
use crate::ledger::{Item, Ledger, TextSlot};

/// The ledger's items, indexed for the view.
#[derive(Debug, Clone, Default)]
pub struct Index {
    /// Id, title, owners, workstream and notes of each item, with the
    /// translations of title, workstream and notes into the dashboard's
    /// language, folded ([`crate::base::fold`]), for search: worked out at
    /// the first search, not before the first frame (`None` until then).
    search_text: Option<SearchTexts>,
    /// The search texts of the first items, worked out ahead of the first
    /// search while the dashboard waits for keys.
    ahead: SearchTexts,
    /// Every workstream name, sorted; `""` for items without one.
    pub workstreams: Vec<String>,
    /// Index into `workstreams` for each item.
    pub item_workstream: Vec<usize>,
    /// Every owner name, sorted.
    pub owners: Vec<String>,
    pub stats: Stats,
}

impl Index {
    /// Recomputes everything derived from the ledger's items.
    pub fn build(&mut self, ledger: &Ledger, c: Counting) {
        self.search_text = None;
        self.ahead = SearchTexts::default();
        self.recount(ledger, c);
    }

    /// Works out the search text of every item, unless it is known: the
    /// first search pays for what was not worked out ahead, not the first frame.
    pub fn prepare_search(&mut self, ledger: &Ledger, lang: Lang) {
        self.prepare_search_ahead(ledger, lang, usize::MAX);
    }

    /// True when every item's search text is worked out.
    pub fn search_ready(&self) -> bool {
        self.search_text.is_some()
    }

    /// Works out the search text of up to `n` more items, ahead of the
    /// first search (the dashboard does, a slice at a time, while it waits
    /// for keys); true while some remain.
    pub fn prepare_search_ahead(&mut self, ledger: &Ledger, lang: Lang, n: usize) -> bool {
        if self.search_text.is_some() {
            return false;
        }
        let items = &ledger.items;
        let done = self.ahead.len().min(items.len());
        let end = done.saturating_add(n).min(items.len());
        for item in &items[done..end] {
            self.ahead.push(&search_text(ledger, item, lang));
        }
        if self.ahead.len() < items.len() {
            return true;
        }
        self.search_text = Some(std::mem::take(&mut self.ahead));
        false
    }

    /// Brings the index up to date after `edit` was applied to `ledger`
    /// (done, undone or redone): only the touched item's search text is rebuilt.
    pub fn after(&mut self, edit: &Edit, ledger: &Ledger, c: Counting, lang: Lang) {
        follow(&mut self.ahead, edit, ledger, lang);
        let searched = &mut self.search_text;
        match edit {
            Edit::Swap { index, item: old } => {
                let new = &ledger.items[*index];
                if let Some(texts) = searched {
                    texts.set(*index, &search_text(ledger, new, lang));
                }
                if old.id == new.id && old.workstream == new.workstream && old.owners == new.owners
                {
                    // The common edit (status, deadline, note): adjust the
                    // counts for this item instead of recounting the ledger.
                    let ws = self.item_workstream[*index];
                    let rule = &ledger.committee;
                    count(&mut self.stats, rule, old, ws, c, -1);
                    count(&mut self.stats, rule, new, ws, c, 1);
                    return;
                }
            }
            Edit::Splice { index, item: None } => {
                if let Some(texts) = searched {
                    texts.insert(*index, &search_text(ledger, &ledger.items[*index], lang));
                }
            }
            Edit::Splice {
                index,
                item: Some(_),
            } => {
                if let Some(texts) = searched {
                    texts.remove(*index);
                }
            }
            Edit::Whole(_) => {
                self.build(ledger, c);
                return;
            }
            // A workstream's translation is in every item's search text;
            // the committee's closure rule and parties are in the counts.
            Edit::Outside(before) => {
                *searched = None;
                if before.committee.closure == ledger.committee.closure
                    && before.committee.parties == ledger.committee.parties
                {
                    return;
                }
            }
        }
        self.recount(ledger, c);
    }

    /// For each item, whether it matches the search `needle` (none until
    /// [`Index::prepare_search`]).
    pub fn matching(&self, needle: &Needle) -> ItemBits {
        match &self.search_text {
            Some(t) => t.matching(needle),
            None => ItemBits::default(),
        }
    }

    /// Recomputes workstream and owner names and the summary counts.
    fn recount(&mut self, ledger: &Ledger, c: Counting) {
        let t = Tally::of(&ledger.items, &ledger.committee, c);
        self.workstreams = t.workstreams;
        self.item_workstream = t.item_workstream;
        self.owners = t.owners;
        self.stats = t.stats;
    }
}

/// What a search looks through in `item`: its id, title, workstream,
/// owners and notes, and the translations into `lang` of the title, the
/// workstream and the notes.
/// Keeps the search texts worked out ahead (those of the first items) in
/// step with an edit of the items: the edited one worked out again, an
/// added or removed one added or removed; all dropped when more changed.
fn follow(ahead: &mut SearchTexts, edit: &Edit, ledger: &Ledger, lang: Lang) {
    match edit {
        Edit::Swap { index, .. } if *index < ahead.len() => {
            ahead.set(*index, &search_text(ledger, &ledger.items[*index], lang));
        }
        Edit::Splice { index, item: None } if *index <= ahead.len() => {
            ahead.insert(*index, &search_text(ledger, &ledger.items[*index], lang));
        }
        Edit::Splice {
            index,
            item: Some(_),
        } if *index < ahead.len() => {
            ahead.remove(*index);
        }
        Edit::Swap { .. } | Edit::Splice { .. } => {}
        Edit::Whole(_) | Edit::Outside(_) => *ahead = SearchTexts::default(),
    }
}

fn search_text(ledger: &Ledger, item: &Item, lang: Lang) -> String {
    fn in_lang(t: TextSlot<'_>, lang: Lang) -> Option<&str> {
        t.translation(lang).map(|t| t.text.as_str())
    }
    let mut s = String::with_capacity(item.id.len() + item.title.len() + 128);
    let ws = (!item.workstream.is_empty()).then(|| ledger.workstream_text(&item.workstream));
    let own = [&item.id, &item.title, &item.workstream]
        .into_iter()
        .chain(&item.owners)
        .chain(item.notes.iter().map(|n| &n.text))
        .map(String::as_str);
    let translated = in_lang(item.title_text(None), lang)
        .into_iter()
        .chain(ws.and_then(|w| in_lang(w, lang)))
        .chain(
            item.notes
                .iter()
                .filter_map(|n| in_lang(n.text_slot(None), lang)),
        );
    for part in own.chain(translated) {
        crate::base::fold::fold_into(&mut s, part);
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn the_search_text_is_worked_out_at_the_first_search_not_before() {
        let ledger = crate::ledger::parse_ledger(crate::ledger::SAMPLE.as_bytes()).unwrap();
        let c = Counting {
            today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            window: 7,
        };
        let mut index = Index::default();
        index.build(&ledger, c);
        assert!(
            index.search_text.is_none(),
            "the first frame does not pay for it"
        );
        let needle = Needle::new("liaison");
        assert!(index.matching(&needle).is_empty());
        index.prepare_search(&ledger, Lang::Ko);
        let hits = index.matching(&needle);
        assert_eq!(hits.len(), ledger.items.len());
        assert!(hits.count() >= 2);
    }
}
