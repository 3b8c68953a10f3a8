//! What the command palette finds for what is typed: the actions of the
//! scope it was opened in, by what they do in the user's language or by
//! their name in `[keys]` (accent-blind, Hangul initials: the one matcher
//! of every search), then the items by id (`#JC2-03`) or by a part of the
//! title, those of the review's agenda in review mode.

use super::keymap::Does;
use super::model::{Action, PaletteEntry, Prompt, Scope};
use super::state::{App, ViewRow};
use crate::base::fold::{Needle, fold};

/// The most entries the palette lists (more than any screen shows).
const MOST: usize = 100;

impl App {
    /// What the open palette finds, best first; nothing when it is closed.
    pub fn palette_entries(&self) -> Vec<PaletteEntry> {
        let Some(p) = self.view.mode.palette() else {
            return Vec::new();
        };
        let query = p.query();
        let query = query.trim();
        let mut found = Vec::new();
        if let Some(id) = query.strip_prefix('#') {
            let needle = Needle::new(id);
            found.extend(self.palette_items(|i| needle.found_in(&self.doc.ledger().items[i].id)));
        } else {
            found.extend(self.palette_actions(p.from, query));
            if !query.is_empty() {
                let words = needles(query);
                found.extend(self.palette_items(|i| {
                    let titles = self.titles_folded(i);
                    words.iter().all(|w| w.found_in_folded(&titles))
                }));
            }
        }
        found.truncate(MOST);
        found
    }

    /// The actions of `scope` whose words hold every word of `query`, the
    /// closest first: named exactly, then whose words start with it, start
    /// a word with it, or hold it; the table's order among equals.
    fn palette_actions(&self, scope: Scope, query: &str) -> Vec<PaletteEntry> {
        let words = needles(query);
        let folded = fold(query);
        let mut ranked: Vec<((u8, usize), usize)> = (self.keymap.bindings().iter())
            .enumerate()
            .filter(|(_, b)| b.scopes.contains(&scope) && b.remappable())
            .filter(|(_, b)| b.does != Does::Act(Action::Open(Prompt::Palette)))
            .filter(|(n, _)| {
                words
                    .iter()
                    .all(|w| w.found_in_folded(self.keymap.said(*n)))
            })
            .map(|(n, b)| {
                let said = self.keymap.said(n);
                let at = said.find(&folded);
                let tier = match at {
                    _ if folded.is_empty() => 3,
                    _ if b.name() == folded => 0,
                    Some(0) => 1,
                    Some(i) if said[..i].ends_with(' ') => 2,
                    _ => 3,
                };
                ((tier, at.unwrap_or(usize::MAX)), n)
            })
            .collect();
        ranked.sort_by_key(|(rank, n)| (*rank, *n));
        ranked
            .into_iter()
            .map(|(_, n)| PaletteEntry::Action(n))
            .collect()
    }

    /// The items that `found` accepts, in the order they are on view: the
    /// agenda's in review mode; else the table's, then those the filter hides.
    fn palette_items(&self, found: impl Fn(usize) -> bool) -> Vec<PaletteEntry> {
        let order: Vec<usize> = match &self.view.review {
            Some(agenda) => (agenda.entries.iter())
                .filter(|e| !e.gone)
                .map(|e| e.index)
                .collect(),
            None => {
                let shown = self.view.rows.iter().filter_map(|r| match r {
                    ViewRow::Item(i) => Some(*i),
                    ViewRow::Group(_) => None,
                });
                let mut order: Vec<usize> = shown.collect();
                let mut on_view = vec![false; self.doc.ledger().items.len()];
                for &i in &order {
                    on_view[i] = true;
                }
                order.extend((0..on_view.len()).filter(|&i| !on_view[i]));
                order
            }
        };
        (order.into_iter())
            .filter(|&i| found(i))
            .take(MOST)
            .map(PaletteEntry::Item)
            .collect()
    }

    /// An item's id and title, and the title's translation into the
    /// dashboard's language, folded.
    fn titles_folded(&self, i: usize) -> String {
        let item = &self.doc.ledger().items[i];
        let translated = item.title_text(None).translation(self.options.lang);
        let translated = translated.map(|t| t.text.as_str()).unwrap_or_default();
        fold(&format!("{}\n{}\n{translated}", item.id, item.title))
    }
}

/// A needle for each word of `query`.
fn needles(query: &str) -> Vec<Needle> {
    query.split_whitespace().map(Needle::new).collect()
}
