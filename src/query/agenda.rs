//! A review meeting's agenda: which items it discusses, in which section.

use super::closure::closure_state;
use super::filter::{is_due_within, is_overdue};
use super::sort::{SortKey, sort_indices};
use crate::base::lang::Lang;
use crate::ledger::{Item, Status};
use chrono::NaiveDate;
use std::collections::HashSet;

/// The sections of a review meeting's agenda, in the order they are discussed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgendaSection {
    Overdue,
    DueSoon,
    Blocked,
    /// Closed by the other party, awaiting the confirmation of the user's party.
    AwaitingYou,
    /// Closed by one party, awaiting another's confirmation (when the
    /// user names no party).
    Awaiting,
    Changed,
    Unassigned,
    /// Items with a title or note missing or outdated in the reader's
    /// language (only for committees working in several languages).
    ToTranslate,
}

impl AgendaSection {
    /// Every section, in agenda order.
    pub const ALL: [AgendaSection; 8] = [
        AgendaSection::Overdue,
        AgendaSection::DueSoon,
        AgendaSection::Blocked,
        AgendaSection::AwaitingYou,
        AgendaSection::Awaiting,
        AgendaSection::Changed,
        AgendaSection::Unassigned,
        AgendaSection::ToTranslate,
    ];
}

/// The items a review should discuss, by section; each item appears once, in
/// the first section that applies, sorted by deadline within it (the
/// section of texts to translate is [`items_to_translate`]'s, asked apart).
/// Closures awaiting confirmation come up for `party`, the user's (all of
/// them when the user names none).
pub fn review_agenda(
    ledger: &crate::ledger::Ledger,
    today: NaiveDate,
    window: u32,
    party: Option<&str>,
) -> Vec<(AgendaSection, Vec<usize>)> {
    let last = ledger.last_review();
    let section = |i: &Item| {
        if i.status.is_closed() {
            let state = closure_state(&ledger.committee, i);
            match party {
                Some(p) if state.awaits(p) => return Some(AgendaSection::AwaitingYou),
                None if state.is_awaiting() => return Some(AgendaSection::Awaiting),
                _ => {}
            }
            // Closed items come up only when they changed since the last review.
            return (last.is_some() && i.updated > last).then_some(AgendaSection::Changed);
        }
        if is_overdue(i, today) {
            Some(AgendaSection::Overdue)
        } else if is_due_within(i, today, window) {
            Some(AgendaSection::DueSoon)
        } else if i.status == Status::Blocked {
            Some(AgendaSection::Blocked)
        } else if last.is_some() && i.updated > last {
            Some(AgendaSection::Changed)
        } else if i.owners.is_empty() || i.due.is_none() {
            Some(AgendaSection::Unassigned)
        } else {
            None
        }
    };
    let mut out: Vec<(AgendaSection, Vec<usize>)> = AgendaSection::ALL
        .iter()
        .map(|s| (*s, Vec::new()))
        .collect();
    for (n, item) in ledger.items.iter().enumerate() {
        if let Some(s) = section(item) {
            out.iter_mut()
                .find(|(x, _)| *x == s)
                .expect("every section")
                .1
                .push(n);
        }
    }
    for (_, idx) in &mut out {
        sort_indices(&ledger.items, idx, SortKey::Due);
    }
    out.retain(|(_, idx)| !idx.is_empty());
    out
}

/// The items whose title or a note is missing or outdated in `lang`
/// ([`crate::ledger::Ledger::to_translate`]), sorted by deadline: the
/// agenda's section of texts to translate, which may list an item that
/// another section lists too (what to discuss and what to translate are
/// two questions).
pub fn items_to_translate(ledger: &crate::ledger::Ledger, lang: Lang) -> Vec<usize> {
    let ids: HashSet<String> = ledger
        .to_translate(lang)
        .into_iter()
        .filter_map(|(r, _)| r.item().map(str::to_owned))
        .collect();
    let mut idx: Vec<usize> = (0..ledger.items.len())
        .filter(|&n| ids.contains(&ledger.items[n].id))
        .collect();
    sort_indices(&ledger.items, &mut idx, SortKey::Due);
    idx
}
