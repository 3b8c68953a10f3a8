//! Importing a translator's workbook: each row's new translation is
//! recorded through `Op::Translate` on the snapshot's texts (theirs), and
//! merged three-way with the ledger (ours) by the same code as git merges,
//! so that whatever changed in the ledger meanwhile stays. A row whose
//! original changed since the export is reported, not recorded; an empty
//! or unchanged row records nothing (an emptied cell never removes a
//! translation).

use super::super::ImportError;
use super::super::cells::{Cell, column_letters};
use super::super::read::Sheet;
use super::super::snapshot::Snapshot;
use super::super::translator::{KEY_HEADER, TextColumn, key, recognise};
use super::plan::{BadCell, CellProblem, ImportOptions, Kind, Plan, TranslatedRow};
use super::rows::{check, finish};
use crate::i18n::Lang;
use crate::ledger::{Item, Ledger, TextRef, TextSlot, TextState, fingerprint, merge};
use crate::ops::{Op, OpError, apply};
use std::collections::{HashMap, HashSet};

/// Where the sheet's rows are: the sheet, its header row, the key and
/// new-translation columns.
struct Layout {
    sheet: usize,
    header: usize,
    key: usize,
    new: usize,
}

/// True when a sheet has the translator's hidden key column.
pub(super) fn is_translator_workbook(sheets: &[Sheet]) -> bool {
    sheets.iter().any(|s| key_header(s).is_some())
}

/// The row and column of the key header in the first 20 rows of `sheet`.
fn key_header(sheet: &Sheet) -> Option<(usize, usize)> {
    sheet.rows.iter().take(20).enumerate().find_map(|(r, row)| {
        row.iter()
            .position(|c| c.text().trim() == KEY_HEADER)
            .map(|c| (r, c))
    })
}

fn layout(sheets: &[Sheet]) -> Result<Layout, ImportError> {
    let (sheet, (header, key)) = sheets
        .iter()
        .enumerate()
        .find_map(|(i, s)| key_header(s).map(|at| (i, at)))
        .ok_or(ImportError::TranslationColumn)?;
    let new = sheets[sheet].rows[header]
        .iter()
        .position(|c| recognise(&c.text()) == Some(TextColumn::New))
        .ok_or(ImportError::TranslationColumn)?;
    Ok(Layout {
        sheet,
        header,
        key,
        new,
    })
}

/// What the rows ask: translations to record (with their sheet rows), and
/// those of changed originals.
struct Rows {
    todo: Vec<(usize, TranslatedRow)>,
    outdated: Vec<TranslatedRow>,
    bad: Vec<BadCell>,
}

/// Merges the translations of a translator's workbook into `current`.
pub(super) fn translations(
    sheets: Vec<Sheet>,
    snap: Snapshot,
    current: &Ledger,
    o: &ImportOptions,
) -> Result<Plan, ImportError> {
    let Snapshot {
        ledger: base,
        export,
    } = snap;
    let lang = export.translate.expect("a translator's workbook");
    if base.committee.name != current.committee.name {
        return Err(ImportError::OtherCommittee {
            ours: current.committee.name.clone(),
            theirs: base.committee.name.clone(),
        });
    }
    let at = layout(&sheets)?;
    let sheet = &sheets[at.sheet];
    let Rows {
        todo,
        outdated,
        mut bad,
    } = read_rows(sheet, &at, (&base, current), lang);
    let (base, theirs, translated) = sides(base, todo, lang, o, (sheet, &at, &mut bad))?;
    let skipped = finish(bad, o)?;
    let plan = |ledger, conflicts, translated| Plan {
        kind: Kind::Translation {
            exported: export.exported,
            lang,
        },
        ledger,
        conflicts,
        renumbered: Vec::new(),
        kept: Vec::new(),
        skipped,
        meetings_added: Vec::new(),
        extra_columns: Vec::new(),
        translated,
        outdated,
    };
    if translated.is_empty() {
        check(current)?;
        return Ok(plan(None, 0, translated));
    }
    let m = merge(&base, current, &theirs);
    drop((base, theirs));
    check(&m.ledger)?;
    // A row in conflict with a translation made meanwhile is not recorded:
    // the conflict keeps the ledger's, and names the row's.
    let mut translated = translated;
    translated.retain(|t| {
        m.ledger
            .text(&t.target)
            .and_then(|slot| slot.translation(lang))
            .is_some_and(|x| x.text == t.text)
    });
    Ok(plan(Some(m.ledger), m.conflicts, translated))
}

/// Reads the rows: which hold a new translation of an original that reads
/// now as it did when exported (and in the snapshot), which translate an
/// original changed since, and which cells are not the workbook's.
fn read_rows(sheet: &Sheet, at: &Layout, (base, current): (&Ledger, &Ledger), lang: Lang) -> Rows {
    let (base, current) = (Texts::of(base), Texts::of(current));
    let mut rows = Rows {
        todo: Vec::new(),
        outdated: Vec::new(),
        bad: Vec::new(),
    };
    let mut seen = HashSet::new();
    for (r, row) in sheet.rows.iter().enumerate().skip(at.header + 1) {
        let cell = |c: usize| row.get(c).unwrap_or(&Cell::Empty);
        let text = cell(at.new).text().trim().to_owned();
        let key_cell = cell(at.key);
        if text.is_empty() && key_cell.is_blank() {
            continue;
        }
        let bad = |problem| bad_cell(sheet, r, at.key, key_cell, problem);
        let Some((source, target)) = key::read(&key_cell.text()) else {
            rows.bad.push(bad(CellProblem::TextKey));
            continue;
        };
        if !seen.insert(target.clone()) {
            rows.bad.push(bad(CellProblem::DuplicateId));
            continue;
        }
        if text.is_empty() {
            continue;
        }
        let reads = |l: &Texts| l.slot(&target).map(|s| fingerprint(s.original));
        let unchanged = [reads(&current), reads(&base)]
            .iter()
            .all(|f| f.as_ref() == Some(&source));
        let row = TranslatedRow { target, text };
        if !unchanged {
            rows.outdated.push(row);
            continue;
        }
        let slot = current.slot(&row.target).expect("read above");
        let same = slot.translation(lang).is_some_and(|t| t.text == row.text);
        if !(same && slot.state(lang) == TextState::Current) {
            rows.todo.push((r, row));
        }
    }
    rows
}

/// A ledger's texts, its items found by id at once.
struct Texts<'a> {
    ledger: &'a Ledger,
    items: HashMap<&'a str, &'a Item>,
}

impl<'a> Texts<'a> {
    fn of(ledger: &'a Ledger) -> Texts<'a> {
        let items = ledger.items.iter().map(|i| (i.id.as_str(), i)).collect();
        Texts { ledger, items }
    }

    /// The text `r` addresses, as [`Ledger::text`] finds it.
    fn slot<'b>(&'b self, r: &'b TextRef) -> Option<TextSlot<'b>> {
        let default = self.ledger.original_language();
        match r {
            TextRef::ItemTitle(id) => Some(self.items.get(id.as_str())?.title_text(default)),
            TextRef::Note { item, index } => {
                let note = self.items.get(item.as_str())?.notes.get(*index)?;
                Some(note.text_slot(default))
            }
            _ => self.ledger.text(r),
        }
    }
}

/// Base and theirs for the merge: the snapshot without its items but those
/// the translations touch (and one item naming each workstream
/// translated), and the same with the translations recorded. A translation
/// `Op::Translate` refuses is a bad cell of its row.
fn sides(
    mut base: Ledger,
    todo: Vec<(usize, TranslatedRow)>,
    lang: Lang,
    o: &ImportOptions,
    (sheet, at, bad): (&Sheet, &Layout, &mut Vec<BadCell>),
) -> Result<(Ledger, Ledger, Vec<TranslatedRow>), ImportError> {
    let needed: HashSet<&str> = todo
        .iter()
        .filter_map(|(_, t)| match &t.target {
            TextRef::Workstream(name) => base
                .items
                .iter()
                .find(|i| &i.workstream == name)
                .map(|i| i.id.as_str()),
            r => r.item(),
        })
        .collect();
    let needed: HashSet<String> = needed.into_iter().map(str::to_owned).collect();
    base.items.retain(|i| needed.contains(&i.id));
    let mut theirs = base.clone();
    let mut translated = Vec::with_capacity(todo.len());
    for (r, row) in todo {
        let op = Op::Translate {
            target: row.target.clone(),
            lang,
            text: row.text.clone(),
            author: o.author.clone(),
        };
        match apply(&mut theirs, op, o.today) {
            Ok(_) => translated.push(row),
            Err(e) => {
                let problem = match e {
                    OpError::IntoOriginalLanguage { .. } => CellProblem::OriginalLanguage,
                    _ => CellProblem::TextKey,
                };
                let cell = Cell::Text(row.text);
                bad.push(bad_cell(sheet, r, at.new, &cell, problem));
            }
        }
    }
    Ok((base, theirs, translated))
}

fn bad_cell(sheet: &Sheet, row: usize, col: usize, cell: &Cell, problem: CellProblem) -> BadCell {
    BadCell {
        sheet: sheet.name.clone(),
        row: row + 1,
        column: column_letters(col),
        value: cell.text(),
        problem,
    }
}
