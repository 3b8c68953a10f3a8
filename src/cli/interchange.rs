//! `followup export` and `followup import`: the ledger to a workbook or CSV
//! file (or the translator's workbook of the texts to translate), and a
//! workbook or action log back into the ledger, through the store.

mod translations;

use super::{Env, Failure, Printed};
use crate::base::dates::format_date;
use crate::i18n::{Catalog, Escape, Lang, catalog};
use crate::interchange::{
    self, BadCell, CellProblem, Column, ImportError, ImportOptions, Kind, Plan,
};
use crate::ledger::{
    CLI_LOCK_WAIT, Conflict, Field, FieldChange, FieldKey, ItemChange, Ledger, Store, diff,
    read_field,
};
use crate::tr;
use crate::view::conflict::{conflict_field, conflict_value};
use std::io::{IsTerminal, Seek, Write};
use std::path::{Path, PathBuf};

/// Spreadsheet formats of `export`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum SheetFormat {
    Xlsx,
    Csv,
    /// An iCalendar feed of open deadlines.
    Ics,
}

/// Arguments of `followup export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    pub(super) format: SheetFormat,
    /// The file to write (default, and `-`: standard output).
    #[arg(long, short)]
    pub(super) output: Option<PathBuf>,
    /// Only this owner's items (ics; a name or alias of the directory).
    #[arg(long)]
    pub(super) owner: Option<String>,
    /// The translator's workbook: one row per text to translate into LANG.
    #[arg(long, value_name = "LANG", value_parser = super::parse_lang, conflicts_with = "all")]
    translate: Option<Lang>,
    /// One calendar of every committee of the portfolio (ics only).
    #[arg(long)]
    pub(super) all: bool,
}

/// Arguments of `followup import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// A workbook exported by followup, or an action log (.xlsx, .xls, .ods, .csv).
    file: PathBuf,
    /// Print what would change; write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Leave out rows with cells that cannot be read (and list them).
    #[arg(long)]
    skip_bad: bool,
    /// Read the column with this header (or these letters, e.g. C) as FIELD:
    /// id, title, workstream, owners, status, due, meeting, tags, notes, opened.
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    map: Vec<String>,
    /// Who the notes and translations the file brings are by (default: the
    /// configured author).
    #[arg(long)]
    author: Option<String>,
}

/// One `--map COLUMN=FIELD`: the column (a header or Excel letters) and the
/// field it holds, when FIELD names a field a column can hold.
fn column_map(m: &str, lang: Lang) -> Option<(String, Field)> {
    let (column, field) = m.rsplit_once('=')?;
    let field = read_field(field, lang).filter(|f| Column::holding(*f).is_some())?;
    Some((column.to_owned(), field))
}

/// Who imported notes are by, when the config names no author: the file
/// they came from, in the user's language (`hoja de cálculo acciones.xlsx`).
fn imported_notes_author(cat: &Catalog, file: &Path) -> String {
    let name = file.file_name().map_or_else(
        || file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    tr!(
        cat,
        "note-author-import",
        file = crate::base::text::visible_line(&name).into_owned()
    )
}

/// Text from a spreadsheet or the ledger, on one line of the terminal.
fn shown(s: &str) -> String {
    crate::base::text::visible_line(s).into_owned()
}

pub(super) fn export(store: &Store, mut a: ExportArgs, env: &Env) -> Printed {
    // `-o -` is standard output, as for every command that writes a file.
    if a.output.as_deref() == Some(Path::new("-")) {
        a.output = None;
    }
    let lang = env.lang;
    let cat = catalog(lang);
    let ledger = store.load()?.ledger;
    if a.translate.is_some() && !matches!(a.format, SheetFormat::Xlsx) {
        return Err(Failure::usage(tr!(cat, "exp-err-translate-format")));
    }
    if matches!(a.format, SheetFormat::Xlsx)
        && a.output.is_none()
        && std::io::stdout().is_terminal()
    {
        return Err(Failure::usage(tr!(cat, "exp-err-terminal")));
    }
    let export = interchange::Export {
        exported: env.today(&ledger),
        lang,
        reading: env.reading,
        translate: a.translate,
    };
    let produce = |out: &mut std::fs::File| -> Result<(), Failure> {
        let done = match a.format {
            SheetFormat::Xlsx if a.translate.is_some() => {
                interchange::export_translator_workbook(&ledger, &export, out)
                    .map(|_| ())
                    .map_err(|e| e.0)
            }
            SheetFormat::Csv => out
                .write_all(&interchange::export_csv(&ledger, lang, env.reading))
                .map_err(|e| e.to_string()),
            SheetFormat::Xlsx => interchange::export_xlsx(&ledger, &export, out).map_err(|e| e.0),
            SheetFormat::Ics => {
                let mut buffered = std::io::BufWriter::with_capacity(1 << 16, &mut *out);
                crate::outreach::ics::write_calendar(
                    &mut buffered,
                    &ledger,
                    a.owner.as_deref(),
                    (lang, env.reading),
                    env.today(&ledger),
                )
                .and_then(|()| buffered.flush())
                .map_err(|e| e.to_string())
            }
        };
        done.map_err(|error| Failure::system(tr!(cat, "exp-err-build", error = error)))
    };
    let Some(path) = a.output.take() else {
        // Standard output: built in a temporary file first, so that a
        // failure writes nothing.
        let mut tmp = tempfile::tempfile().map_err(|e| Failure::system(cat.io_error(&e)))?;
        produce(&mut tmp)?;
        tmp.seek(std::io::SeekFrom::Start(0))
            .and_then(|_| std::io::copy(&mut tmp, &mut std::io::stdout().lock()))
            .map_err(|e| Failure::system(cat.io_error(&e)))?;
        return Ok(());
    };
    let shown_path = path.display().to_string();
    if same_file(&path, store.path()) {
        return Err(Failure::usage(tr!(
            cat,
            "exp-err-ledger",
            path = shown_path
        )));
    }
    write_replacing(&path, produce).map_err(|e| match e {
        Written::Io(e) => Failure::system(shown(&tr!(
            cat,
            "exp-err-write",
            path = shown_path.clone(),
            error = cat.io_error(&e)
        ))),
        Written::Failed(f) => f,
    })?;
    let said = written_message(cat, &ledger, &a, shown_path, env.today(&ledger));
    eprintln!("{}", shown(&said));
    Ok(())
}

/// What `export` says it wrote to `shown_path`: how many items, events or
/// texts to translate.
fn written_message(
    cat: &Catalog,
    ledger: &Ledger,
    a: &ExportArgs,
    shown_path: String,
    today: chrono::NaiveDate,
) -> String {
    match (a.format, a.translate) {
        (_, Some(target)) => tr!(
            cat,
            "exp-written-to-translate",
            path = shown_path,
            n = ledger.to_translate(target).len(),
            language = cat.language_name(target)
        ),
        // A calendar holds the open, dated items (of `--owner`) and the
        // meetings from today on.
        (SheetFormat::Ics, None) => {
            let deadlines = tr!(
                cat,
                "exp-written-events",
                path = shown_path,
                n = crate::outreach::ics::feed_items(ledger, a.owner.as_deref()).count()
            );
            match crate::outreach::ics::feed_meetings(ledger, today).count() {
                0 => deadlines,
                n => tr!(cat, "exp-written-meetings", said = deadlines, n = n),
            }
        }
        _ => tr!(
            cat,
            "exp-written",
            path = shown_path,
            n = ledger.items.len()
        ),
    }
}

/// Why `write_replacing` failed: writing the file, or producing its content.
pub(super) enum Written {
    Io(std::io::Error),
    Failed(Failure),
}

pub(super) fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// Writes a new file beside `path` with `produce` and renames it over
/// `path`: a symlink at `path` is replaced, never followed, and nobody ever
/// sees half a file; on failure the temporary file is removed.
pub(super) fn write_replacing(
    path: &Path,
    produce: impl FnOnce(&mut std::fs::File) -> Result<(), Failure>,
) -> Result<(), Written> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".followup-export")
        .tempfile_in(dir)
        .map_err(Written::Io)?;
    produce(tmp.as_file_mut()).map_err(Written::Failed)?;
    tmp.as_file().sync_all().map_err(Written::Io)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))
            .map_err(Written::Io)?;
    }
    tmp.persist(path).map_err(|e| Written::Io(e.error))?;
    Ok(())
}

pub(super) fn import(store: &Store, a: ImportArgs, env: &Env) -> Printed {
    let lang = env.lang;
    let cat = catalog(lang);
    let file = a.file.display().to_string();
    let book = interchange::read_book(&a.file).map_err(|e| failure(cat, &file, e))?;
    let map = a
        .map
        .iter()
        .map(|m| {
            column_map(m, lang)
                .ok_or_else(|| Failure::usage(shown(&tr!(cat, "imp-err-map", map = m.as_str()))))
        })
        .collect::<Result<_, _>>()?;
    let lock = if a.dry_run {
        None
    } else {
        Some(store.lock("followup import", CLI_LOCK_WAIT)?)
    };
    let loaded = store.load()?;
    let options = ImportOptions {
        lang,
        today: env.today(&loaded.ledger),
        author: a
            .author
            .clone()
            .or_else(|| env.config.author.clone())
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| imported_notes_author(cat, &a.file)),
        skip_bad: a.skip_bad,
        map,
    };
    let mut plan =
        interchange::plan(book, &loaded.ledger, &options).map_err(|e| failure(cat, &file, e))?;
    // Closing an item from a sheet is a closure like any other.
    if let Some(l) = plan.ledger.as_mut() {
        crate::ops::record_closures(&loaded.ledger, l, &env.stamp(&loaded.ledger))
            .map_err(|e| Failure::usage(shown(&format!("{file}: {}", cat.op_error(&e)))))?;
    }
    println!("{}", shown(&headline(cat, &file, &plan, &loaded.ledger)));
    let lines = match plan.kind {
        Kind::Translation { .. } => translations::changes(cat, &loaded.ledger, &plan),
        _ => changes(cat, &loaded.ledger, &plan),
    };
    for line in lines {
        println!("{}", shown(&line));
    }
    if let Some(hint) = translations::outdated_hint(cat, &plan) {
        eprintln!("{}", shown(&hint));
    }
    if a.dry_run {
        println!("{}", tr!(cat, "imp-dry-run"));
        return Ok(());
    }
    let Some(ledger) = plan.ledger.as_ref().filter(|l| **l != loaded.ledger) else {
        println!("{}", tr!(cat, "imp-nothing"));
        return Ok(());
    };
    let lock = lock.expect("taken unless a dry run");
    store.save(&lock, ledger, Some(loaded.fingerprint))?;
    let path = store.path().display().to_string();
    println!("{}", shown(&tr!(cat, "imp-written", path = path.clone())));
    if plan.conflicts == 0 {
        return Ok(());
    }
    let at: Vec<String> = new_conflicts(&loaded.ledger, ledger)
        .map(|(id, c)| match id {
            Some(id) => format!("{id} {}", c.field),
            None => c.field.to_string(),
        })
        .collect();
    Err(Failure::usage(shown(&tr!(
        cat,
        "imp-conflicts",
        path = path,
        n = plan.conflicts,
        at = at.join(", ")
    ))))
}

fn headline(cat: &Catalog, file: &str, plan: &Plan, current: &Ledger) -> String {
    match plan.kind {
        Kind::RoundTrip { exported } => tr!(
            cat,
            "imp-round-trip",
            file = file,
            date = format_date(exported)
        ),
        Kind::Adoption => tr!(
            cat,
            "imp-adoption",
            file = file,
            n = plan.result(current).items.len() - current.items.len()
        ),
        Kind::Translation { exported, lang } => tr!(
            cat,
            "imp-translation",
            file = file,
            language = cat.language_name(lang),
            date = format_date(exported)
        ),
    }
}

/// What the import changes in the ledger, line by line, in the user's language.
fn changes(cat: &Catalog, current: &Ledger, plan: &Plan) -> Vec<String> {
    let mut out = Vec::new();
    for m in &plan.meetings_added {
        out.push(tr!(cat, "imp-meeting-added", id = m.as_str()));
    }
    let d = diff(current, plan.result(current));
    for c in &d.items {
        match c {
            ItemChange::Added(i) => {
                out.push(tr!(
                    cat,
                    "imp-item-added",
                    id = i.id.as_str(),
                    title = i.title.as_str()
                ));
                let mut facts = vec![cat.status(i.status)];
                facts.extend(i.due.map(format_date));
                if !i.owners.is_empty() {
                    facts.push(i.owners.join(", "));
                }
                out.push(format!("    {}", facts.join(", ")));
            }
            ItemChange::Removed(i) => out.push(format!("- {}  {}", i.id, i.title)),
            ItemChange::Changed {
                id,
                title,
                fields,
                notes_added,
                ..
            } => {
                out.push(tr!(
                    cat,
                    "imp-item-changed",
                    id = id.as_str(),
                    title = title.as_str()
                ));
                for f in fields {
                    if let Some(line) = field_line(cat, f) {
                        out.push(format!("    {line}"));
                    }
                }
                for n in notes_added {
                    out.push(format!(
                        "    {}",
                        tr!(
                            cat,
                            "imp-note",
                            date = format_date(n.date),
                            author = n.author.as_str(),
                            text = n.text.as_str()
                        )
                    ));
                }
            }
        }
    }
    out.extend(conflict_lines(cat, current, plan));
    for r in &plan.renumbered {
        out.push(tr!(
            cat,
            "imp-renumbered",
            old = r.from.as_str(),
            new = r.to.as_str()
        ));
    }
    for id in &plan.kept {
        out.push(tr!(cat, "imp-kept", id = id.as_str()));
    }
    if !plan.extra_columns.is_empty() {
        out.push(tr!(
            cat,
            "imp-extra-columns",
            columns = plan.extra_columns.join(", ")
        ));
    }
    out.extend(skipped_lines(cat, plan));
    out
}

/// The conflicts the import records, new since `current`: each with its
/// item's id (none for the committee's, meetings' and workstreams').
fn new_conflicts<'a>(
    current: &'a Ledger,
    result: &'a Ledger,
) -> impl Iterator<Item = (Option<&'a str>, &'a Conflict)> {
    let items = result.items.iter().flat_map(move |i| {
        let before = current.item(&i.id).map_or(&[][..], |o| &o.conflicts[..]);
        i.conflicts
            .iter()
            .filter(move |c| !before.contains(c))
            .map(move |c| (Some(i.id.as_str()), c))
    });
    let outside = result
        .conflicts
        .iter()
        .filter(move |c| !current.conflicts.contains(c))
        .map(|c| (None, c));
    items.chain(outside)
}

/// A line per conflict the import records.
fn conflict_lines(cat: &Catalog, current: &Ledger, plan: &Plan) -> Vec<String> {
    new_conflicts(current, plan.result(current))
        .map(|(id, c)| {
            tr!(
                cat,
                "imp-conflict",
                id = id.unwrap_or_default(),
                field = conflict_field(cat, c),
                ours = conflict_value(cat, c, &c.ours),
                theirs = conflict_value(cat, c, &c.theirs)
            )
        })
        .collect()
}

/// The rows `--skip-bad` left out, under their heading.
fn skipped_lines(cat: &Catalog, plan: &Plan) -> Vec<String> {
    if plan.skipped.is_empty() {
        return Vec::new();
    }
    let mut out = vec![tr!(cat, "imp-skipped")];
    out.extend(
        plan.skipped
            .iter()
            .map(|b| format!("    {}", bad_cell(cat, b))),
    );
    out
}

/// A field change for the dry run; the bookkeeping fields (`updated`,
/// `due_history`, `conflicts`) are not shown.
fn field_line(cat: &Catalog, f: &FieldChange) -> Option<String> {
    let bookkeeping = [Field::Updated, Field::DueHistory, Field::Conflicts];
    let hidden = match f {
        FieldChange::List { field, .. } => bookkeeping.contains(field),
        FieldChange::Other {
            field: FieldKey::Known(field),
            ..
        } => bookkeeping.contains(field),
        _ => false,
    };
    (!hidden).then(|| cat.field_change(f, Escape::DryRun))
}

fn bad_cell(cat: &Catalog, b: &BadCell) -> String {
    let problem = match b.problem {
        CellProblem::Date => tr!(cat, "problem-date"),
        CellProblem::AmbiguousDate => tr!(cat, "problem-ambiguous-date"),
        CellProblem::DayFirstDate => tr!(cat, "problem-day-first-date"),
        CellProblem::DateOutOfRange => tr!(cat, "problem-date-out-of-range"),
        CellProblem::Status => tr!(cat, "problem-status"),
        CellProblem::EmptyTitle => tr!(cat, "problem-empty-title"),
        CellProblem::DuplicateId => tr!(cat, "problem-duplicate-id"),
        CellProblem::TextKey => tr!(cat, "problem-text-key"),
        CellProblem::OriginalLanguage => tr!(cat, "problem-original-language"),
    };
    shown(&tr!(
        cat,
        "imp-bad-cell",
        sheet = b.sheet.as_str(),
        cell = format!("{}{}", b.column, b.row),
        value = b.value.as_str(),
        problem = problem
    ))
}

/// An import error in the user's language, naming the file.
fn failure(cat: &Catalog, file: &str, e: ImportError) -> Failure {
    let usage = |m: String| Failure::usage(shown(&m));
    match e {
        ImportError::Io(kind) => {
            let error = cat.io_error(&std::io::Error::from(kind));
            Failure::system(shown(&tr!(cat, "imp-err-read", file = file, error = error)))
        }
        ImportError::Read(error) => {
            Failure::system(shown(&tr!(cat, "imp-err-read", file = file, error = error)))
        }
        ImportError::Format(_) => usage(tr!(cat, "imp-err-format", file = file)),
        ImportError::NotUtf8 { line } => usage(tr!(cat, "imp-err-utf8", file = file, line = line)),
        ImportError::Snapshot => usage(tr!(cat, "imp-err-snapshot", file = file)),
        ImportError::OtherCommittee { ours, theirs } => usage(tr!(
            cat,
            "imp-err-committee",
            file = file,
            ours = ours,
            theirs = theirs
        )),
        ImportError::NoHeader => usage(tr!(cat, "imp-err-no-header", file = file)),
        ImportError::TranslationColumn => {
            usage(tr!(cat, "imp-err-translation-column", file = file))
        }
        ImportError::UnknownColumn(column) => {
            usage(tr!(cat, "imp-err-map-column", column = column))
        }
        ImportError::BadCells(cells) => {
            let mut m = tr!(cat, "imp-err-bad-cells", file = file, n = cells.len());
            for b in &cells {
                m.push_str("\n  ");
                m.push_str(&bad_cell(cat, b));
            }
            Failure::usage(m)
        }
        ImportError::Refused(r) => usage(interchange::refusal_message(cat, file, &r)),
        ImportError::Invalid { path, rule } => usage(tr!(
            cat,
            "imp-err-invalid",
            file = file,
            path = path,
            message = cat.rule(&rule)
        )),
    }
}
