//! The report for scripts: every item with its flags and changes, never
//! translated (stable keys, the file's own values), serialized straight to
//! the writer item by item. Texts are the originals; an item's title and
//! its new notes carry their `language` and `translations` exactly as the
//! ledger writes them (each translation with the fingerprint of the
//! original it translates), left out when there are none.

use super::model::{ChangeIndex, Period, new_notes};
use crate::base::dates::format_date;
use crate::base::lang::Lang;
use crate::i18n::describe_field_en;
use crate::ledger::{Item, ItemChange, Ledger, Note, Translations};
use crate::query::{is_due_within, is_overdue};
use serde::Serialize;
use serde::ser::{SerializeSeq, Serializer};
use std::io::{self, Write};

#[derive(Serialize)]
struct JsonReport<'a> {
    committee: &'a str,
    since: String,
    today: String,
    window_days: u32,
    history: bool,
    items: Items<'a>,
}

struct Items<'a> {
    ledger: &'a Ledger,
    period: &'a Period<'a>,
    changes: ChangeIndex<'a>,
}

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    title: &'a str,
    /// The title's language, when the item names one (as the ledger writes it).
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "code")]
    language: Option<Lang>,
    /// The title's translations, as the ledger writes them (left out when none).
    #[serde(skip_serializing_if = "untranslated")]
    translations: &'a Translations,
    workstream: &'a str,
    status: &'static str,
    owners: &'a [String],
    due: Option<String>,
    overdue: bool,
    due_soon: bool,
    slips: usize,
    changes: Vec<String>,
    new_notes: Vec<&'a Note>,
    /// Each party's word on the closure, as the ledger writes it (left out when none).
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    closure: &'a [crate::ledger::ClosureEvent],
    /// The parties whose confirmation of the closure is awaited (left out when none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    awaiting_confirmation: Vec<&'a str>,
}

/// The canonical (English, untranslated) words of a change, as the JSON has always held them.
fn changes(c: Option<&ItemChange>) -> Vec<String> {
    match c {
        Some(ItemChange::Added(_)) => vec!["new item".into()],
        Some(ItemChange::Changed { fields, .. }) => fields.iter().map(describe_field_en).collect(),
        _ => Vec::new(),
    }
}

fn untranslated(t: &&Translations) -> bool {
    t.is_empty()
}

/// A language as its code (`ko`), as the ledger writes it.
fn code<S: Serializer>(l: &Option<Lang>, s: S) -> Result<S::Ok, S::Error> {
    match l {
        Some(l) => s.serialize_str(l.code()),
        None => s.serialize_none(),
    }
}

impl<'a> Items<'a> {
    fn row(&self, i: &'a Item) -> Row<'a> {
        let p = self.period;
        Row {
            id: &i.id,
            title: &i.title,
            language: i.language,
            translations: &i.translations,
            workstream: &i.workstream,
            status: i.status.as_str(),
            owners: &i.owners,
            due: i.due.map(format_date),
            overdue: is_overdue(i, p.today),
            due_soon: is_due_within(i, p.today, p.window),
            slips: i.due_history.len(),
            changes: changes(self.changes.get(&i.id)),
            new_notes: new_notes(i, p.since).collect(),
            closure: &i.closure,
            awaiting_confirmation: match crate::query::closure_state(&self.ledger.committee, i) {
                crate::query::ClosureState::Awaiting { from, .. } => from,
                _ => Vec::new(),
            },
        }
    }
}

impl Serialize for Items<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.ledger.items.len()))?;
        for i in &self.ledger.items {
            seq.serialize_element(&self.row(i))?;
        }
        seq.end()
    }
}

/// Writes the report as pretty JSON to `out`, followed by a line break.
pub fn write(l: &Ledger, p: &Period, out: &mut impl Write) -> io::Result<()> {
    let report = JsonReport {
        committee: &l.committee.name,
        since: format_date(p.since),
        today: format_date(p.today),
        window_days: p.window,
        history: p.history.is_some(),
        items: Items {
            ledger: l,
            period: p,
            changes: ChangeIndex::new(p.history.as_ref()),
        },
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    out.write_all(b"\n")
}
