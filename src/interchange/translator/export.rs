//! Writing the translator's workbook: the sheet of texts to translate
//! (headers in the user's language, wrapped text, a frozen header row, only
//! the new-translation column open for writing, the key column hidden) and
//! the very hidden snapshot its import merges against.

use super::{TextColumn, key};
use crate::base::dates::format_date;
use crate::i18n::Catalog;
use crate::interchange::ExportError;
use crate::interchange::cells::xlsx_text;
use crate::interchange::snapshot::Export;
use crate::interchange::xlsx_export::{header_format, snapshot_sheet};
use crate::ledger::{Item, Ledger, TextRef, TextSlot, fingerprint};
use crate::tr;
use rust_xlsxwriter::{
    Color, Format, FormatAlign, ProtectionOptions, Workbook, Worksheet, XlsxError,
};
use std::collections::HashMap;
use std::io::Write;

/// Writes the translator's workbook of the texts of `ledger` to translate
/// into `e.translate`, worded in `e.lang`. Returns how many rows it holds.
pub fn export_translator_workbook<W: Write + Send>(
    ledger: &Ledger,
    e: &Export,
    out: W,
) -> Result<usize, ExportError> {
    build(ledger, e, out).map_err(|e| ExportError(e.to_string()))
}

fn build<W: Write + Send>(ledger: &Ledger, e: &Export, out: W) -> Result<usize, XlsxError> {
    let target = e.translate.expect("a translator's workbook has a language");
    let cat = crate::i18n::catalog(e.lang);
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet_with_constant_memory()?;
    let name = tr!(cat, "tw-sheet", language = cat.language_name(target));
    ws.set_name(name.chars().take(31).collect::<String>())?;
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let open = wrap
        .clone()
        .set_unlocked()
        .set_background_color(Color::RGB(0xFFF2CC));
    for c in TextColumn::ALL {
        ws.set_column_width(c.at(), c.width())?;
        ws.set_column_format(c.at(), if c == TextColumn::New { &open } else { &wrap })?;
        ws.write_string_with_format(0, c.at(), c.header(cat), &header_format())?;
    }
    ws.set_column_hidden(TextColumn::Key.at())?;
    let texts = ledger.to_translate(target);
    let items: HashMap<&str, &Item> = ledger.items.iter().map(|i| (i.id.as_str(), i)).collect();
    for (i, (r, slot)) in texts.iter().enumerate() {
        let row = i as u32 + 1;
        for c in TextColumn::ALL {
            let value = cell(&items, cat, (r, slot), target, c);
            match c {
                TextColumn::New => {
                    ws.write_blank(row, c.at(), &open)?;
                }
                _ if value.is_empty() => {
                    ws.write_blank(row, c.at(), &wrap)?;
                }
                _ => {
                    ws.write_string_with_format(row, c.at(), xlsx_text(&value), &wrap)?;
                }
            }
        }
    }
    finish(ws, texts.len() as u32)?;
    snapshot_sheet(&mut wb, ledger, e)?;
    wb.save_to_writer(out)?;
    Ok(texts.len())
}

/// The frozen header row, the filter and the protection that leaves only
/// the new translations open (formatting rows and columns stays allowed).
fn finish(ws: &mut Worksheet, rows: u32) -> Result<(), XlsxError> {
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, rows.max(1), TextColumn::State.at())?;
    ws.protect_with_options(&ProtectionOptions {
        format_columns: true,
        format_rows: true,
        use_autofilter: true,
        ..ProtectionOptions::new()
    });
    Ok(())
}

/// The value of column `c` for the text `r` (`slot`) in a workbook
/// translating into `target`.
fn cell(
    items: &HashMap<&str, &Item>,
    cat: &Catalog,
    (r, slot): (&TextRef, &TextSlot),
    target: crate::i18n::Lang,
    c: TextColumn,
) -> String {
    match c {
        TextColumn::Id => match r {
            TextRef::MeetingTitle(id) | TextRef::MeetingPlace(id) => id.clone(),
            _ => r.item().unwrap_or_default().to_owned(),
        },
        TextColumn::Text => which(items, cat, r),
        TextColumn::WrittenIn => slot
            .language
            .map(|l| cat.language_name(l))
            .unwrap_or_default(),
        TextColumn::Original => slot.original.to_owned(),
        TextColumn::Translation => slot
            .translation(target)
            .map(|t| t.text.clone())
            .unwrap_or_default(),
        TextColumn::State => cat.text_state(slot.state(target)),
        TextColumn::New => String::new(),
        TextColumn::Key => key::write(&fingerprint(slot.original), r),
    }
}

/// Which text of its item or meeting, in a word: title, note 2 (its date
/// and author), place…
fn which(items: &HashMap<&str, &Item>, cat: &Catalog, r: &TextRef) -> String {
    match r {
        TextRef::CommitteeName => tr!(cat, "tw-text-committee"),
        TextRef::Workstream(_) => tr!(cat, "tw-text-workstream"),
        TextRef::MeetingTitle(_) => tr!(cat, "tw-text-meeting-title"),
        TextRef::MeetingPlace(_) => tr!(cat, "tw-text-meeting-place"),
        TextRef::ItemTitle(_) => tr!(cat, "tw-text-title"),
        TextRef::Note { item, index } => {
            let note = items.get(item.as_str()).and_then(|i| i.notes.get(*index));
            tr!(
                cat,
                "tw-text-note",
                n = index + 1,
                date = note.map(|n| format_date(n.date)).unwrap_or_default(),
                author = note.map(|n| n.author.as_str()).unwrap_or_default()
            )
        }
    }
}
