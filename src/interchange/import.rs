//! Importing a spreadsheet into the ledger. A workbook followup exported is
//! merged three-way (its snapshot the base, the sheet theirs, the ledger
//! ours) by the same code and rules as git merges; any other action log is
//! adopted: its columns recognised by their headers, its rows added as items.

use super::Error;
use super::cells::{
    Cell, DateProblem, column_letters, note_text, parse_date_cell, parse_status, split_cell_list,
    xlsx_text,
};
use super::columns::{Column, recognise};
use super::read::{Book, Sheet};
use super::snapshot::Snapshot;
use super::table::{self, Value};
use crate::base::fold::fold;
use crate::i18n::{Lang, catalog};
use crate::ledger::{Item, Ledger, Meeting, Note, merge, validate};
use crate::query::{list_candidates, next_id};
use crate::tr;
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// How to import.
#[derive(Debug, Clone)]
pub struct Options {
    /// The user's language: Spanish reads `03/04/2027` day-first.
    pub lang: Lang,
    pub today: NaiveDate,
    /// The author of notes made from the sheet.
    pub author: String,
    /// Leave out rows with cells that cannot be read (listed in the plan).
    pub skip_bad: bool,
    /// `COLUMN=FIELD`: the column with that header (or those Excel letters) is that field.
    pub map: Vec<String>,
}

/// What was wrong with a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Date,
    AmbiguousDate,
    Status,
    EmptyTitle,
    DuplicateId,
}

/// A cell that cannot be read, where it is and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct BadCell {
    pub sheet: String,
    /// The Excel row number (1-based).
    pub row: usize,
    /// The Excel column letters.
    pub column: String,
    pub value: String,
    pub problem: Problem,
}

/// What kind of file was imported.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A workbook followup exported on that date: merged.
    RoundTrip { exported: NaiveDate },
    /// Another action log: its rows added.
    Adoption,
}

/// The outcome of an import, before anything is written.
#[derive(Debug, Clone)]
pub struct Plan {
    pub kind: Kind,
    /// The ledger to write; `None` when a workbook followup exported comes
    /// back unchanged (the ledger stays as it is).
    pub ledger: Option<Ledger>,
    /// Conflicts recorded in `ledger`.
    pub conflicts: usize,
    /// Items the sheet added under an id the ledger took meanwhile: `(sheet id, new id)`.
    pub renumbered: Vec<crate::ledger::Renumbered>,
    /// Exported items whose rows were deleted from the sheet: kept in the ledger.
    pub kept: Vec<String>,
    /// Rows left out by `skip_bad`, one entry per unreadable cell.
    pub skipped: Vec<BadCell>,
    /// Meetings the sheet named that the ledger lacked, added by id.
    pub meetings_added: Vec<String>,
    /// Headers of columns kept as unknown fields on the items.
    pub extra_columns: Vec<String>,
}

impl Plan {
    /// The ledger after the import: `current` when it changes nothing.
    pub fn result<'a>(&'a self, current: &'a Ledger) -> &'a Ledger {
        self.ledger.as_ref().unwrap_or(current)
    }
}

/// Works out what importing `book` into `current` does. The book is taken
/// whole so that its cells and snapshot are freed as soon as they are read.
pub fn plan(book: Book, current: &Ledger, o: &Options) -> Result<Plan, Error> {
    match book.snapshot {
        Some(s) => round_trip(book.sheets, s, current, o),
        None => adoption(&book.sheets, current, o),
    }
}

/// The header row of a sheet: which column holds which field.
struct Header {
    sheet: usize,
    row: usize,
    known: Vec<(usize, Column)>,
    /// Unrecognised columns: index and header text.
    unknown: Vec<(usize, String)>,
}

/// Finds the first row (in the first 20 of each sheet, `preferred` sheets
/// first) naming a title column and one other field.
fn find_header(sheets: &[Sheet], preferred: &[String], map: &[String]) -> Result<Header, Error> {
    let maps: Vec<(&str, Column)> = map
        .iter()
        .map(|m| {
            let (col, field) = m.rsplit_once('=').ok_or_else(|| Error::BadMap(m.clone()))?;
            let field = Column::from_field(field).ok_or_else(|| Error::BadMap(m.clone()))?;
            Ok((col.trim(), field))
        })
        .collect::<Result<_, Error>>()?;
    let (mut order, rest): (Vec<usize>, Vec<usize>) =
        (0..sheets.len()).partition(|i| preferred.contains(&sheets[*i].name));
    order.extend(rest);
    for s in order {
        for (r, row) in sheets[s].rows.iter().enumerate().take(20) {
            let mut known: Vec<(usize, Column)> = Vec::new();
            let mut unknown = Vec::new();
            let mut mapped = 0;
            for (c, cell) in row.iter().enumerate() {
                let text = cell.text();
                let by_map = maps.iter().find(|(name, _)| {
                    fold(name) == fold(text.trim()) || *name == column_letters(c)
                });
                if by_map.is_some() {
                    mapped += 1;
                }
                match by_map.map(|(_, f)| *f).or_else(|| recognise(&text)) {
                    Some(col) if !known.iter().any(|(_, k)| *k == col) => known.push((c, col)),
                    _ if !text.trim().is_empty() => unknown.push((c, text.trim().to_owned())),
                    _ => {}
                }
            }
            if known.iter().any(|(_, c)| *c == Column::Title) && known.len() >= 2 {
                if mapped < maps.len() {
                    let missing = maps
                        .iter()
                        .find(|(name, _)| {
                            !row.iter().enumerate().any(|(c, cell)| {
                                fold(name) == fold(cell.text().trim()) || *name == column_letters(c)
                            })
                        })
                        .map_or_else(String::new, |(n, _)| (*n).to_owned());
                    return Err(Error::UnknownColumn(missing));
                }
                return Ok(Header {
                    sheet: s,
                    row: r,
                    known,
                    unknown,
                });
            }
        }
    }
    // A --map naming no column at all says more than "no header".
    let named = |name: &str| {
        sheets.iter().any(|s| {
            s.rows.iter().take(20).any(|row| {
                row.iter().enumerate().any(|(c, cell)| {
                    fold(name) == fold(cell.text().trim()) || name == column_letters(c)
                })
            })
        })
    };
    match maps.iter().find(|(name, _)| !named(name)) {
        Some((name, _)) => Err(Error::UnknownColumn((*name).to_owned())),
        None => Err(Error::NoHeader),
    }
}

/// Everything a row's cells are read against.
struct Context<'a> {
    o: &'a Options,
    sheet: &'a str,
    /// Owners and tags of the ledger (values with commas stay whole).
    values: Vec<String>,
}

impl Context<'_> {
    fn bad(&self, row: usize, col: usize, cell: &Cell, problem: Problem) -> BadCell {
        BadCell {
            sheet: self.sheet.to_owned(),
            row: row + 1,
            column: column_letters(col),
            value: cell.text(),
            problem,
        }
    }

    /// Sets `column` of `item` from the cell. `last_note` is the cell text
    /// of the item's last note when exported: a cell that extends it adds
    /// only the new text.
    fn apply(
        &self,
        item: &mut Item,
        column: Column,
        cell: &Cell,
        last_note: Option<&str>,
    ) -> Result<(), Problem> {
        let text = cell.text();
        let text = text.trim();
        let list = |own: &[String]| split_cell_list(text, &list_candidates(own, &self.values));
        match column {
            Column::Id | Column::Updated => {}
            Column::Title if text.is_empty() => return Err(Problem::EmptyTitle),
            Column::Title => item.title = text.to_owned(),
            Column::Workstream => item.workstream = text.to_owned(),
            Column::Meeting => item.meeting = text.to_owned(),
            Column::Owners => item.owners = list(&item.owners),
            Column::Tags => item.tags = list(&item.tags),
            Column::Status => item.status = parse_status(text).ok_or(Problem::Status)?,
            Column::Due => {
                item.set_due(self.date(cell)?);
            }
            Column::Opened => item.opened = self.date(cell)?,
            Column::LastNote => {
                let new = last_note
                    .and_then(|old| text.strip_prefix(old.trim()))
                    .unwrap_or(text)
                    .trim();
                if !new.is_empty() {
                    item.notes.push(Note {
                        date: self.o.today,
                        author: self.o.author.clone(),
                        text: new.to_owned(),
                        extra: Default::default(),
                    });
                }
            }
        }
        Ok(())
    }

    fn date(&self, cell: &Cell) -> Result<Option<NaiveDate>, Problem> {
        parse_date_cell(cell, self.o.lang).map_err(|p| match p {
            DateProblem::Ambiguous => Problem::AmbiguousDate,
            DateProblem::Unreadable => Problem::Date,
        })
    }
}

/// True when the cell still shows what the export wrote for `item`.
fn unchanged(item: &Item, column: Column, cell: &Cell, snap_lang: Lang, lang: Lang) -> bool {
    match column {
        Column::Status => {
            parse_status(&cell.text()).is_some_and(|s| s == item.status) || {
                let shown = table::value(item, column, catalog(snap_lang));
                shown == Value::Text(cell.text().trim().to_owned())
            }
        }
        Column::Updated | Column::Id => true,
        _ => match table::value(item, column, catalog(snap_lang)) {
            Value::Text(s) => xlsx_text(&s).trim() == cell.text().trim(),
            Value::Date(d) => parse_date_cell(cell, lang) == Ok(d),
        },
    }
}

/// An unknown column's header as a field name that no known field uses.
fn extra_key(header: &str) -> String {
    if header == "format" || crate::ledger::ITEM_KEYS.contains(&header) {
        format!("{header} (column)")
    } else {
        header.to_owned()
    }
}

/// Owners and tags of the ledgers, sorted and unique.
fn list_values<'a>(ledgers: impl IntoIterator<Item = &'a Ledger>) -> Vec<String> {
    let mut v: Vec<String> = ledgers
        .into_iter()
        .flat_map(|l| &l.items)
        .flat_map(|i| i.owners.iter().chain(&i.tags))
        .cloned()
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Adds a meeting by id when `ledger` lacks it.
fn ensure_meeting(ledger: &mut Ledger, id: &str, added: &mut Vec<String>) {
    if !id.is_empty() && ledger.meeting(id).is_none() {
        ledger.meetings.push(Meeting {
            id: id.to_owned(),
            ..Meeting::default()
        });
        if !added.iter().any(|m| m == id) {
            added.push(id.to_owned());
        }
    }
}

/// The cells of a row that matter, blank rows skipped.
fn data_rows<'a>(sheet: &'a Sheet, header: &Header) -> impl Iterator<Item = (usize, &'a [Cell])> {
    sheet
        .rows
        .iter()
        .enumerate()
        .skip(header.row + 1)
        .filter(|(_, r)| !r.iter().all(Cell::is_blank))
        .map(|(i, r)| (i, r.as_slice()))
}

fn cell_at(row: &[Cell], c: usize) -> &Cell {
    row.get(c).unwrap_or(&Cell::Empty)
}

/// A new item from a row: fields from its cells, unknown columns as
/// unknown fields, opened and updated today.
fn new_item(
    ctx: &Context,
    header: &Header,
    r: usize,
    row: &[Cell],
    bad: &mut Vec<BadCell>,
) -> Item {
    let mut item = Item {
        opened: Some(ctx.o.today),
        updated: Some(ctx.o.today),
        ..Item::default()
    };
    for (c, column) in &header.known {
        let cell = cell_at(row, *c);
        let result = match (column, cell.is_blank()) {
            (Column::Title, true) => Err(Problem::EmptyTitle),
            (_, true) => Ok(()),
            _ => ctx.apply(&mut item, *column, cell, None),
        };
        if let Err(p) = result {
            bad.push(ctx.bad(r, *c, cell, p));
        }
    }
    if !header.known.iter().any(|(_, k)| *k == Column::Title) {
        bad.push(ctx.bad(r, 0, &Cell::Empty, Problem::EmptyTitle));
    }
    for (c, name) in &header.unknown {
        let cell = cell_at(row, *c);
        if !cell.is_blank() {
            item.extra
                .insert(extra_key(name), serde_json::Value::String(cell.text()));
        }
    }
    item
}

fn id_of(header: &Header, row: &[Cell]) -> Option<(usize, String)> {
    header
        .known
        .iter()
        .find(|(_, k)| *k == Column::Id)
        .map(|(c, _)| (*c, cell_at(row, *c).text().trim().to_owned()))
        .filter(|(_, id)| !id.is_empty())
}

fn finish(bad: Vec<BadCell>, o: &Options) -> Result<Vec<BadCell>, Error> {
    if !bad.is_empty() && !o.skip_bad {
        return Err(Error::BadCells(bad));
    }
    Ok(bad)
}

fn check(ledger: &Ledger) -> Result<(), Error> {
    validate(ledger).map_err(|p| Error::Invalid {
        path: p.path.to_string(),
        message: p.rule.to_string(),
    })
}

/// Merges a workbook followup exported. Only the items the sheet changed
/// go to the merge, as base and theirs: an item the sheet left as exported
/// merges to ours whether it is in both or neither, so the rest of the
/// snapshot is freed before the merge instead of copied into theirs.
fn round_trip(
    sheets: Vec<Sheet>,
    snap: Snapshot,
    current: &Ledger,
    o: &Options,
) -> Result<Plan, Error> {
    let Snapshot {
        ledger: mut base,
        exported,
        lang: snap_lang,
    } = snap;
    if base.committee.name != current.committee.name {
        return Err(Error::OtherCommittee {
            ours: current.committee.name.clone(),
            theirs: base.committee.name.clone(),
        });
    }
    let preferred: Vec<String> = std::iter::once(snap_lang)
        .chain(Lang::ALL)
        .map(|l| tr!(catalog(l), "sheet-items"))
        .collect();
    let header = find_header(&sheets, &preferred, &o.map)?;
    // Theirs: everything of the snapshot but its items, then the items the
    // sheet changed (in the snapshot's order) and those it added.
    let mut theirs = Ledger {
        items: Vec::new(),
        committee: base.committee.clone(),
        directory: base.directory.clone(),
        meetings: base.meetings.clone(),
        reviews: base.reviews.clone(),
        conflicts: base.conflicts.clone(),
        extra: base.extra.clone(),
    };
    let mut changed: Vec<(usize, Item)> = Vec::new();
    let mut added: Vec<Item> = Vec::new();
    let mut meetings_added = Vec::new();
    let mut seen = HashSet::new();
    let skipped = {
        let sheet = &sheets[header.sheet];
        let ctx = Context {
            o,
            sheet: &sheet.name,
            values: list_values([current, &base]),
        };
        let index: HashMap<&str, usize> = base
            .items
            .iter()
            .enumerate()
            .map(|(i, it)| (it.id.as_str(), i))
            .collect();
        let mut bad = Vec::new();
        // Rows without an id added by an earlier import of this workbook: the
        // ledger has an item of that title the snapshot lacks.
        let imported: HashSet<&str> = current
            .items
            .iter()
            .filter(|i| !index.contains_key(i.id.as_str()))
            .map(|i| i.title.as_str())
            .collect();
        for (r, row) in data_rows(sheet, &header) {
            let before = bad.len();
            let id = id_of(&header, row);
            if let Some((c, id)) = &id
                && !seen.insert(id.clone())
            {
                bad.push(ctx.bad(r, *c, cell_at(row, *c), Problem::DuplicateId));
                continue;
            }
            match id.as_ref().and_then(|(_, id)| index.get(id.as_str())) {
                Some(&i) => {
                    let old = &base.items[i];
                    let mut item = old.clone();
                    let last = old
                        .notes
                        .last()
                        .map(|n| xlsx_text(&note_text(n)).to_owned());
                    for (c, column) in &header.known {
                        let cell = cell_at(row, *c);
                        if unchanged(old, *column, cell, snap_lang, o.lang) {
                            continue;
                        }
                        if let Err(p) = ctx.apply(&mut item, *column, cell, last.as_deref()) {
                            bad.push(ctx.bad(r, *c, cell, p));
                        }
                    }
                    for (c, name) in &header.unknown {
                        let cell = cell_at(row, *c);
                        let key = extra_key(name);
                        let was = old.extra.get(&key).map(|v| match v {
                            serde_json::Value::String(s) => s.clone(),
                            v => v.to_string(),
                        });
                        if !cell.is_blank() && was.as_deref() != Some(cell.text().trim()) {
                            item.extra
                                .insert(key, serde_json::Value::String(cell.text()));
                        }
                    }
                    if bad.len() == before && item != *old {
                        item.updated = Some(o.today);
                        ensure_meeting(&mut theirs, &item.meeting, &mut meetings_added);
                        changed.push((i, item));
                    }
                }
                None => {
                    let mut item = new_item(&ctx, &header, r, row, &mut bad);
                    if id.is_none() && imported.contains(item.title.as_str()) {
                        continue;
                    }
                    if bad.len() == before {
                        item.id = id.map(|(_, id)| id).unwrap_or_default();
                        ensure_meeting(&mut theirs, &item.meeting, &mut meetings_added);
                        added.push(item);
                    }
                }
            }
        }
        finish(bad, o)?
    };
    let extra_columns = header.unknown.into_iter().map(|(_, h)| h).collect();
    drop(sheets);
    let kept = base
        .items
        .iter()
        .filter(|i| !seen.contains(i.id.as_str()))
        .map(|i| i.id.clone())
        .collect();
    drop(seen);
    let plan = |ledger, conflicts, renumbered| Plan {
        kind: Kind::RoundTrip { exported },
        ledger,
        conflicts,
        renumbered,
        kept,
        skipped,
        meetings_added,
        extra_columns,
    };
    // Nothing changed in the sheet: the ledger stays as it is.
    if changed.is_empty() && added.is_empty() {
        check(current)?;
        return Ok(plan(None, 0, Vec::new()));
    }
    changed.sort_unstable_by_key(|(i, _)| *i);
    // Rows added without an id take the next id of the scheme, free on both
    // sides; a row added with an id the ledger also gained since the export
    // moves to a free one, since the ledger's item may already be published.
    // `taken` is the ids and meetings of the ledger's items, then theirs.
    let stub = |i: &Item| Item {
        meeting: i.meeting.clone(),
        ..Item::new(i.id.as_str(), "")
    };
    let mut taken: Vec<Item> = Vec::new();
    if !added.is_empty() {
        // Room for the added items too: growing would copy the whole list.
        taken.reserve_exact(current.items.len() + base.items.len() + added.len());
        taken.extend(current.items.iter().map(stub));
    }
    // Base and theirs keep the changed items, in the snapshot's order; the
    // snapshot's other items are freed one by one.
    let mut edits = changed.into_iter().peekable();
    for (i, old) in std::mem::take(&mut base.items).into_iter().enumerate() {
        let new = edits.next_if(|(at, _)| *at == i).map(|(_, item)| item);
        if !added.is_empty() {
            taken.push(stub(new.as_ref().unwrap_or(&old)));
        }
        if let Some(new) = new {
            base.items.push(old);
            theirs.items.push(new);
        }
    }
    let mut renumbered = Vec::new();
    for mut item in added {
        let clash = !item.id.is_empty() && current.item(&item.id).is_some();
        if item.id.is_empty() || clash {
            let id = next_id(
                &taken,
                Some(item.meeting.as_str()).filter(|m| !m.is_empty()),
            );
            let from = std::mem::replace(&mut item.id, id);
            if clash {
                renumbered.push(crate::ledger::Renumbered {
                    from,
                    to: item.id.clone(),
                    title: item.title.clone(),
                });
            }
        }
        taken.push(stub(&item));
        theirs.items.push(item);
    }
    drop(taken);
    let m = merge(&base, current, &theirs);
    debug_assert!(m.renumbered.is_empty(), "clashing rows were moved first");
    drop((base, theirs));
    check(&m.ledger)?;
    Ok(plan(Some(m.ledger), m.conflicts, renumbered))
}

fn adoption(sheets: &[Sheet], current: &Ledger, o: &Options) -> Result<Plan, Error> {
    let preferred: Vec<String> = Lang::ALL
        .into_iter()
        .map(|l| tr!(catalog(l), "sheet-items"))
        .collect();
    let header = find_header(sheets, &preferred, &o.map)?;
    let sheet = &sheets[header.sheet];
    let ctx = Context {
        o,
        sheet: &sheet.name,
        values: list_values([current]),
    };
    let mut ledger = current.clone();
    let (mut seen, mut bad) = (HashSet::new(), Vec::new());
    let mut meetings_added = Vec::new();
    let mut rows = Vec::new();
    for (r, row) in data_rows(sheet, &header) {
        let before = bad.len();
        let id = id_of(&header, row);
        if let Some((c, id)) = &id
            && !seen.insert(id.clone())
        {
            bad.push(ctx.bad(r, *c, cell_at(row, *c), Problem::DuplicateId));
            continue;
        }
        let item = new_item(&ctx, &header, r, row, &mut bad);
        if bad.len() == before {
            rows.push((id.map(|(_, id)| id), item));
        }
    }
    let skipped = finish(bad, o)?;
    for (id, mut item) in rows {
        ensure_meeting(&mut ledger, &item.meeting, &mut meetings_added);
        item.id = match id.filter(|id| ledger.item(id).is_none()) {
            Some(id) => id,
            None => next_id(
                &ledger.items,
                Some(item.meeting.as_str()).filter(|m| !m.is_empty()),
            ),
        };
        ledger.items.push(item);
    }
    check(&ledger)?;
    Ok(Plan {
        kind: Kind::Adoption,
        ledger: Some(ledger),
        conflicts: 0,
        renumbered: Vec::new(),
        kept: Vec::new(),
        skipped,
        meetings_added,
        extra_columns: header.unknown.into_iter().map(|(_, h)| h).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::Status;

    fn text(s: &str) -> Cell {
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s.into())
        }
    }

    fn book(rows: &[&[&str]]) -> Book {
        Book {
            sheets: vec![Sheet {
                name: "Log".into(),
                rows: rows
                    .iter()
                    .map(|r| r.iter().map(|c| text(c)).collect())
                    .collect(),
            }],
            snapshot: None,
        }
    }

    fn options() -> Options {
        Options {
            lang: Lang::En,
            today: crate::base::dates::parse_date("2026-11-23").unwrap(),
            author: "workbook".into(),
            skip_bad: false,
            map: Vec::new(),
        }
    }

    #[test]
    fn an_action_log_is_adopted_below_its_title_rows() {
        let b = book(&[
            &["Korea–Mexico action log"],
            &[],
            &["No.", "Acción", "Responsable", "Plazo", "Estado", "Budget"],
            &["7", "Plan", "SE; INADEM", "2027-03-31", "En curso", "10k"],
            &["", "Study", "SMBA", "", "", ""],
        ]);
        let plan = plan(b, &Ledger::default(), &options()).unwrap();
        assert_eq!(plan.kind, Kind::Adoption);
        let items = &plan.ledger.unwrap().items;
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].id, "7");
        assert_eq!(items[0].owners, ["SE", "INADEM"]);
        assert_eq!(items[0].status, Status::InProgress);
        assert_eq!(items[0].extra["Budget"], "10k");
        assert_eq!(items[1].status, Status::Open);
        assert_eq!(plan.extra_columns, ["Budget"]);
    }

    #[test]
    fn unreadable_cells_are_reported_with_their_place_unless_skipped() {
        let b = book(&[
            &["Action", "Due", "Status"],
            &["Plan", "03/04/2027", "open"],
            &["Study", "2027-01-01", "maybe"],
            &["Visit", "2027-02-01", "done"],
        ]);
        let Err(Error::BadCells(bad)) = plan(b.clone(), &Ledger::default(), &options()) else {
            panic!("bad cells expected")
        };
        assert_eq!(bad.len(), 2);
        assert_eq!((bad[0].row, bad[0].column.as_str()), (2, "B"));
        assert_eq!(bad[0].problem, Problem::AmbiguousDate);
        assert_eq!((bad[1].row, bad[1].column.as_str()), (3, "C"));
        assert_eq!(bad[1].value, "maybe");
        let skip = Options {
            skip_bad: true,
            ..options()
        };
        let p = plan(b, &Ledger::default(), &skip).unwrap();
        assert_eq!(p.ledger.unwrap().items.len(), 1);
        assert_eq!(p.skipped.len(), 2);
    }
}
