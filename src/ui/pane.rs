//! The detail pane's content as wrapped lines in the dashboard's language:
//! the selected item's labelled fields (from [`crate::view::detail`]), its
//! merge conflicts and notes, the title and each note in every working
//! language of the committee, and in review mode what changed since the
//! last review.

use crate::app::{App, SinceReview};
use crate::base::dates::format_date;
use crate::base::relative::Relative;
use crate::base::text::truncate;
use crate::i18n::{Catalog, Escape, When, catalog};
use crate::ledger::{Item, ItemChange, Note};
use crate::tr;
use crate::view::detail::{Shown, label_width, labelled_fields, wrap};
use crate::view::texts::{in_each_language, marked, shown_language};

/// What a line of the detail pane shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// A labelled field (the label is empty on continuation lines).
    Field(Shown),
    /// The heading of the notes section.
    Heading,
    /// A note's date and author.
    NoteHead,
    /// A line of a note's text.
    NoteText,
    /// In review mode, the heading of the item's last note, shown first.
    LastNoteHead,
    /// A line of that note, to be read aloud.
    LastNote,
    /// The title in another working language, under the title.
    TitleLanguage,
    /// A note in another working language, under the note.
    NoteLanguage,
    /// A merge conflict awaiting a choice of side (or its heading).
    Conflict,
    /// A remark in passing (no notes yet, the item was deleted).
    Remark,
}

/// One line of the detail pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DetailLine {
    pub kind: LineKind,
    pub label: String,
    pub text: String,
}

/// A note's heading: date, author and how long ago.
fn note_head(cat: &Catalog, app: &App, note: &crate::ledger::Note) -> String {
    let ago = cat.relative(Relative::between(note.date, app.today), When::Event);
    tr!(
        cat,
        "detail-note-head",
        date = format_date(note.date),
        author = note.author.as_str(),
        ago = ago
    )
}

/// The selected item's fields, merge conflicts and notes (newest first),
/// wrapped to `cols` columns, in the dashboard's language (the wrapping
/// depends on the words). In review mode the last note comes first.
pub fn detail_lines(app: &App, cols: usize) -> Vec<DetailLine> {
    detail_lines_of(app, app.selected_item(), cols)
}

/// [`detail_lines`] of item `shown` (an index into the ledger's items),
/// as if it were selected.
pub(super) fn detail_lines_of(app: &App, shown: Option<usize>, cols: usize) -> Vec<DetailLine> {
    let cat = catalog(app.options.lang);
    let mut out = Vec::new();
    let Some(item) = shown.map(|i| &app.doc.ledger().items[i]) else {
        if let Some(e) = app.view.review.as_ref().and_then(|r| r.current_entry()) {
            let text = tr!(cat, "detail-deleted", id = e.id.as_str());
            out.push(line(LineKind::Remark, text));
        }
        return out;
    };
    let review = app.view.review.is_some();
    let text_cols = cols.saturating_sub(2).max(8);
    if review {
        match item.notes.last() {
            Some(note) => {
                let head = tr!(cat, "detail-last-note", head = note_head(cat, app, note));
                out.push(line(LineKind::LastNoteHead, head));
                let (text, languages) = note_texts(cat, app, note, text_cols);
                for text in wrap(&text, text_cols) {
                    out.push(line(LineKind::LastNote, text));
                }
                out.extend(languages);
            }
            None => out.push(line(LineKind::Remark, tr!(cat, "detail-no-notes"))),
        }
        out.push(line(LineKind::NoteText, String::new()));
        let agenda = app.view.review.as_ref();
        if let (Some(since), Some(change)) = (
            agenda.and_then(|a| a.since),
            agenda.and_then(|a| a.changes.get(&item.id)),
        ) {
            out.push(line(
                LineKind::Heading,
                tr!(cat, "since-heading", date = format_date(since)),
            ));
            for text in since_lines(cat, change, item.notes.last()) {
                for (n, part) in wrap(&text, text_cols).into_iter().enumerate() {
                    let part = if n == 0 { part } else { format!("  {part}") };
                    out.push(line(LineKind::NoteText, part));
                }
            }
            out.push(line(LineKind::NoteText, String::new()));
        }
    }
    out.extend(history_lines(cat, app, &item.id, text_cols));
    if !item.conflicts.is_empty() {
        let n = item.conflicts.len();
        out.push(line(
            LineKind::Conflict,
            tr!(cat, "detail-conflicts", n = n),
        ));
        let value = (cols / 4).max(8);
        for c in &item.conflicts {
            let names = app
                .session
                .side_names
                .get(&(Some(item.id.clone()), c.field.clone()));
            for text in wrap(
                &crate::view::detail::conflict_line(cat, c, value, names),
                text_cols,
            ) {
                out.push(line(LineKind::Conflict, format!("  {text}")));
            }
        }
    }
    out.extend(field_lines(cat, app, item, cols));
    // In review mode the last note is already on top.
    let shown = if review {
        item.notes.len().saturating_sub(1)
    } else {
        item.notes.len()
    };
    if shown > 0 {
        let heading = if review {
            tr!(cat, "detail-earlier-notes", n = shown)
        } else {
            tr!(cat, "detail-notes", n = shown)
        };
        out.push(line(LineKind::Heading, heading));
        for note in item.notes[..shown].iter().rev() {
            let head = note_head(cat, app, note);
            out.push(line(LineKind::NoteHead, head));
            let (text, languages) = note_texts(cat, app, note, text_cols);
            for text in wrap(&text, text_cols) {
                out.push(line(LineKind::NoteText, text));
            }
            out.extend(languages);
        }
    }
    out
}

/// The item's history from git, when on view (`L`).
fn history_lines(cat: &Catalog, app: &App, id: &str, cols: usize) -> Vec<DetailLine> {
    use super::item_log::{LineKind as Log, item_log_lines};
    let log = item_log_lines(cat, app, id, |t| wrap(t, cols));
    log.into_iter()
        .map(|(kind, text)| {
            let kind = match kind {
                Log::Heading => LineKind::Heading,
                Log::Remark => LineKind::Remark,
                Log::Head => LineKind::NoteHead,
                Log::Text => LineKind::NoteText,
            };
            line(kind, text)
        })
        .collect()
}

/// The item's labelled fields wrapped to `cols` columns, the title
/// followed by a line for it in each other working language.
fn field_lines(cat: &Catalog, app: &App, item: &Item, cols: usize) -> Vec<DetailLine> {
    let mut out = Vec::new();
    let value_cols = cols.saturating_sub(label_width(cat) + 1).max(8);
    let audience = app.audience();
    for f in labelled_fields(cat, app.doc.ledger(), item, app.today, &audience) {
        for (n, text) in wrap(&f.value, value_cols).into_iter().enumerate() {
            let label = if n == 0 {
                f.label.clone()
            } else {
                String::new()
            };
            out.push(DetailLine {
                kind: LineKind::Field(f.shown),
                label,
                text,
            });
        }
        if f.shown == Shown::Title {
            let slot = item.title_text(app.doc.ledger().original_language());
            let shown = shown_language(&slot, &audience);
            let languages = &app.doc.ledger().committee.languages;
            for text in in_each_language(cat, &slot, languages, shown) {
                out.push(line(LineKind::TitleLanguage, truncate(&text, value_cols)));
            }
        }
    }
    out
}

/// A note as the reader reads it (marked when in its original), and a
/// line for it in each other working language, cut to `cols` columns.
fn note_texts(cat: &Catalog, app: &App, note: &Note, cols: usize) -> (String, Vec<DetailLine>) {
    let slot = note.text_slot(app.doc.ledger().original_language());
    let audience = app.audience();
    let languages = &app.doc.ledger().committee.languages;
    let others = in_each_language(cat, &slot, languages, shown_language(&slot, &audience));
    let others = others
        .iter()
        .map(|t| line(LineKind::NoteLanguage, truncate(t, cols)))
        .collect();
    (marked(cat, slot.shown(&audience)), others)
}

/// What changed in an item since the last review, one line per field and
/// per new note (but `shown`, the last note, already on top).
fn since_lines(cat: &Catalog, change: &SinceReview, shown: Option<&Note>) -> Vec<String> {
    let date = |d: Option<chrono::NaiveDate>| {
        d.map_or_else(|| tr!(cat, "detail-no-deadline"), format_date)
    };
    let note = |n: &Note| {
        tr!(
            cat,
            "since-note",
            date = format_date(n.date),
            author = n.author.as_str(),
            text = n.text.replace('\n', " ")
        )
    };
    match change {
        SinceReview::Touched { updated, notes } => {
            let mut out = vec![tr!(cat, "since-updated", date = date(*updated))];
            out.extend(notes.iter().filter(|n| Some(*n) != shown).map(note));
            out
        }
        SinceReview::Diff(c) => match &**c {
            ItemChange::Added(_) => vec![tr!(cat, "since-added")],
            ItemChange::Removed(_) => Vec::new(),
            ItemChange::Changed {
                fields,
                notes_added,
                ..
            } => {
                let mut out: Vec<String> = fields
                    .iter()
                    .map(|f| cat.field_change(f, Escape::Pane))
                    .collect();
                out.extend(notes_added.iter().filter(|n| Some(*n) != shown).map(note));
                out
            }
        },
    }
}

fn line(kind: LineKind, text: String) -> DetailLine {
    DetailLine {
        kind,
        label: String::new(),
        text,
    }
}
