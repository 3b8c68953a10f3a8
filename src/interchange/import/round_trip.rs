//! Importing a workbook followup exported: a three-way merge (its snapshot
//! the base, the sheet theirs, the ledger ours) by the same code and rules
//! as git merges. Only the items the sheet changed go to the merge.

use super::super::ImportError;
use super::super::cells::xlsx_text;
use super::super::columns::Column;
use super::super::read::Sheet;
use super::super::shown::Showing;
use super::super::snapshot::{Export, Snapshot};
use super::header::{Header, find_header};
use super::ids::NewIds;
use super::plan::{BadCell, CellProblem, ImportOptions, Kind, Plan};
use super::rows::{
    Context, Meetings, TextsShown, cell_at, check, data_rows, extra_key, finish, id_of,
    list_values, new_item, unchanged,
};
use crate::i18n::{Lang, catalog};
use crate::ledger::{Item, Ledger, Renumbered, Translation, merge};
use crate::tr;
use std::collections::{HashMap, HashSet};

/// What the sheet's rows say against the snapshot.
struct SheetRows {
    /// Items the sheet changed: their index in the snapshot, and the new item.
    changed: Vec<(usize, Item)>,
    /// Items the sheet added (with an id or not).
    added: Vec<Item>,
    /// The ids of the rows read.
    seen: HashSet<String>,
    /// SheetRows left out, one entry per unreadable cell.
    skipped: Vec<BadCell>,
}

/// Merges a workbook followup exported. Only the items the sheet changed
/// go to the merge, as base and theirs: an item the sheet left as exported
/// merges to ours whether it is in both or neither, so the rest of the
/// snapshot is freed before the merge instead of copied into theirs.
pub(super) fn round_trip(
    sheets: Vec<Sheet>,
    snap: Snapshot,
    current: &Ledger,
    o: &ImportOptions,
) -> Result<Plan, ImportError> {
    let Snapshot {
        ledger: mut base,
        export,
    } = snap;
    let (exported, snap_lang) = (export.exported, export.lang);
    if base.committee.name != current.committee.name {
        return Err(ImportError::OtherCommittee {
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
    let mut theirs = base.without_items();
    let mut meetings = Meetings::of(&theirs);
    let sides = Sides {
        base: &base,
        current,
        export,
    };
    let rows = read_rows(
        &sheets[header.sheet],
        &header,
        sides,
        o,
        (&mut theirs, &mut meetings),
    )?;
    let extra_columns = header.unknown.into_iter().map(|(_, h)| h).collect();
    drop(sheets);
    let SheetRows {
        changed,
        added,
        seen,
        skipped,
    } = rows;
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
        meetings_added: meetings.added,
        extra_columns,
        translated: Vec::new(),
        outdated: Vec::new(),
    };
    // Nothing changed in the sheet: the ledger stays as it is.
    if changed.is_empty() && added.is_empty() {
        check(current)?;
        return Ok(plan(None, 0, Vec::new()));
    }
    let renumbered = gather_sides(&mut base, &mut theirs, changed, added, current);
    let m = merge(&base, current, &theirs);
    debug_assert!(m.renumbered.is_empty(), "clashing rows were moved first");
    drop((base, theirs));
    check(&m.ledger)?;
    Ok(plan(Some(m.ledger), m.conflicts, renumbered))
}

/// What the sheet is read against: the snapshot, the ledger now, and how
/// the workbook was exported.
#[derive(Clone, Copy)]
struct Sides<'a> {
    base: &'a Ledger,
    current: &'a Ledger,
    export: Export,
}

/// How the export showed the snapshot's items, and how it would show the
/// ledger's now.
#[derive(Clone, Copy)]
struct Views<'a> {
    old: Showing<'a>,
    now: Showing<'a>,
}

/// Reads the sheet's rows against the snapshot: which items changed, which
/// were added, which ids were seen and which cells were unreadable. The
/// meetings the rows name that theirs lacks are added to it as they come
/// (and listed in `meetings`).
fn read_rows(
    sheet: &Sheet,
    header: &Header,
    Sides {
        base,
        current,
        export,
    }: Sides,
    o: &ImportOptions,
    (theirs, meetings): (&mut Ledger, &mut Meetings),
) -> Result<SheetRows, ImportError> {
    let views = Views {
        old: Showing::new(base, export.lang, export.reading),
        now: Showing::new(current, export.lang, export.reading),
    };
    let ctx = Context {
        o,
        sheet: &sheet.name,
        values: list_values([current, base]),
        texts: TextsShown::of(&[views.now, views.old], o.lang),
    };
    let index: HashMap<&str, usize> = base
        .items
        .iter()
        .enumerate()
        .map(|(i, it)| (it.id.as_str(), i))
        .collect();
    // SheetRows without an id added by an earlier import of this workbook: the
    // ledger has an item of that title the snapshot lacks.
    let imported: HashSet<&str> = current
        .items
        .iter()
        .filter(|i| !index.contains_key(i.id.as_str()))
        .map(|i| i.title.as_str())
        .collect();
    // The ledger's items by id: a cell that shows what the ledger holds now
    // changes nothing, whatever the snapshot says.
    let ours: HashMap<&str, &Item> = current.items.iter().map(|i| (i.id.as_str(), i)).collect();
    let (mut changed, mut added, mut seen, mut bad) =
        (Vec::new(), Vec::new(), HashSet::new(), Vec::new());
    for (r, row) in data_rows(sheet, header) {
        let before = bad.len();
        let id = id_of(header, row);
        if let Some((c, id)) = &id
            && !seen.insert(id.clone())
        {
            bad.push(ctx.bad(r, *c, cell_at(row, *c), CellProblem::DuplicateId));
            continue;
        }
        match id.as_ref().and_then(|(_, id)| index.get(id.as_str())) {
            Some(&i) => {
                let old = &base.items[i];
                let sides = (old, ours.get(old.id.as_str()).copied());
                let item = edited(&ctx, header, (r, row), sides, views, &mut bad);
                if bad.len() == before && item != *old {
                    meetings.ensure(theirs, &item.meeting);
                    changed.push((i, item));
                }
            }
            None => {
                let mut item = new_item(&ctx, header, r, row, &mut bad);
                if id.is_none() && imported.contains(item.title.as_str()) {
                    continue;
                }
                if bad.len() == before {
                    item.id = id.map(|(_, id)| id).unwrap_or_default();
                    meetings.ensure(theirs, &item.meeting);
                    added.push(item);
                }
            }
        }
    }
    Ok(SheetRows {
        changed,
        added,
        seen,
        skipped: finish(bad, o)?,
    })
}

/// The exported item `old` as row `r` of the sheet shows it: only the cells
/// that no longer show what the export wrote are read; stamped `updated`
/// today when it changed. The snapshot is only the merge base: a cell that
/// shows what the ledger's item (`now`) holds is no edit, so a forged
/// snapshot cannot make a cell the user never touched rewrite the ledger.
/// An edit changes the text the cell showed: a title shown in the reader's
/// language records a new translation, never a new original.
fn edited(
    ctx: &Context,
    header: &Header,
    (r, row): (usize, &[super::super::cells::Cell]),
    (old, now): (&Item, Option<&Item>),
    views: Views,
    bad: &mut Vec<BadCell>,
) -> Item {
    let mut item = old.clone();
    let last = old
        .notes
        .last()
        .map(|n| xlsx_text(&views.old.dated_note(n)).to_owned());
    let at = (ctx.o.lang, ctx.o.today);
    for (c, column) in &header.known {
        let cell = cell_at(row, *c);
        let shows_old = unchanged(old, *column, cell, &views.old, at);
        if shows_old || now.is_some_and(|i| unchanged(i, *column, cell, &views.now, at)) {
            continue;
        }
        let title = old.title_text(views.old.ledger.original_language());
        let translated = views.old.translation_shown(&title);
        if let (Column::Title, Some(lang)) = (column, translated) {
            let text = cell.text().trim().to_owned();
            if text.is_empty() {
                bad.push(ctx.bad(r, *c, cell, CellProblem::EmptyTitle));
                continue;
            }
            let t = Translation::of(&old.title, text, ctx.o.author.clone(), ctx.o.today);
            item.translations.set(title.key, lang, t);
            continue;
        }
        if let Err(p) = ctx.apply(&mut item, *column, cell, last.as_deref()) {
            bad.push(ctx.bad(r, *c, cell, p));
        }
    }
    for (c, name) in &header.unknown {
        let cell = cell_at(row, *c);
        let key = extra_key(name);
        let was = |i: &Item| {
            i.extra.get(&key).map(|v| match v {
                serde_json::Value::String(s) => s.clone(),
                v => v.to_string(),
            })
        };
        let text = cell.text();
        let shows = |i: &Item| was(i).as_deref() == Some(text.trim());
        if !cell.is_blank() && !shows(old) && !now.is_some_and(shows) {
            item.extra
                .insert(key, serde_json::Value::String(cell.text()));
        }
    }
    if item != *old {
        item.updated = Some(ctx.o.today);
    }
    item
}

/// Fills base and theirs for the merge: base and theirs keep the changed
/// items, in the snapshot's order (the snapshot's other items are freed one
/// by one), and theirs gets the added ones. SheetRows added without an id take
/// the next id of the scheme, free on both sides; a row added with an id
/// the ledger also gained since the export moves to a free one, since the
/// ledger's item may already be published. Returns those moves.
fn gather_sides(
    base: &mut Ledger,
    theirs: &mut Ledger,
    mut changed: Vec<(usize, Item)>,
    added: Vec<Item>,
    current: &Ledger,
) -> Vec<Renumbered> {
    changed.sort_unstable_by_key(|(i, _)| *i);
    // The ids and meetings of the ledger's items, then theirs, indexed once.
    let mut edits = changed.into_iter().peekable();
    let mut theirs_ids: Vec<(String, String)> = Vec::new();
    for (i, old) in std::mem::take(&mut base.items).into_iter().enumerate() {
        let new = edits.next_if(|(at, _)| *at == i).map(|(_, item)| item);
        if !added.is_empty() {
            let shown = new.as_ref().unwrap_or(&old);
            theirs_ids.push((shown.id.clone(), shown.meeting.clone()));
        }
        if let Some(new) = new {
            base.items.push(old);
            theirs.items.push(new);
        }
    }
    let mut renumbered = Vec::new();
    if added.is_empty() {
        return renumbered;
    }
    let ours: std::collections::HashSet<&str> =
        current.items.iter().map(|i| i.id.as_str()).collect();
    let stubs: Vec<Item> = theirs_ids
        .into_iter()
        .map(|(id, meeting)| Item {
            meeting,
            ..Item::new(id.as_str(), "")
        })
        .collect();
    let mut ids = NewIds::new(current.items.iter().chain(&stubs));
    drop(stubs);
    for mut item in added {
        let clash = !item.id.is_empty() && ours.contains(item.id.as_str());
        if item.id.is_empty() || clash {
            let id = ids.next(Some(item.meeting.as_str()).filter(|m| !m.is_empty()));
            let from = std::mem::replace(&mut item.id, id);
            if clash {
                renumbered.push(Renumbered {
                    from,
                    to: item.id.clone(),
                    title: item.title.clone(),
                });
            }
        } else {
            ids.take(&item.id);
        }
        theirs.items.push(item);
    }
    renumbered
}
