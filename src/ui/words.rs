//! The dashboard's words: typed messages, problems, labels and names
//! turned into the language of the app's catalog (`locales/*/dashboard.ftl`).

use super::key_hints;
use crate::app::{
    Action, App, DiskMerge, DiskProblem, Done, FieldProblem, Key, Msg, Placement, Prompt,
    ReviewField, STATUS_KEYS, SaveFailure, Scope, Streams, SyncFailure, Synced, Unwritable,
};
use crate::base::dates::{DateError, format_date};
use crate::base::relative::Relative;
use crate::i18n::{Catalog, When, catalog};
use crate::ledger::{Field, Rule};
use crate::query::{AgendaSection, Filter, SortKey};
use crate::tr;
use chrono::NaiveDate;
use crossterm::event::KeyCode;
use std::borrow::Cow;

/// Which of a label's two forms to use: the catalog's full words, or the
/// short ones a narrow screen falls back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Length {
    Full,
    Short,
}

/// The catalog of the app's language.
pub fn cat(app: &App) -> &'static Catalog {
    catalog(app.options.lang)
}

/// What the status line says now, in the app's language (empty when it
/// says nothing).
pub fn status_text(app: &App) -> String {
    app.session
        .status
        .as_ref()
        .map(|s| message(cat(app), app, &s.msg))
        .unwrap_or_default()
}

/// A date relative to today: `in 3d`, `hace 2 semanas`, `2주 후`.
pub fn relative(cat: &Catalog, d: NaiveDate, today: NaiveDate, when: When) -> String {
    cat.relative(Relative::between(d, today), when)
}

/// A deadline relative to today in the fewest columns, for the table on
/// a narrow screen: `in 3d`, `en 2 sem.`, `10 d de atraso`, `3일 지연`.
pub fn relative_short(cat: &Catalog, d: NaiveDate, today: NaiveDate) -> String {
    let (span, ahead) = match Relative::between(d, today) {
        Relative::Today => return tr!(cat, "rel-today"),
        Relative::Ahead(s) => (s, true),
        Relative::Behind(s) => (s, false),
    };
    let unit = span.unit.key();
    if ahead {
        tr!(cat, "table-due-in", n = span.n, unit = unit)
    } else {
        tr!(cat, "table-due-late", n = span.n, unit = unit)
    }
}

/// A weekday's short name (`Mon`, `lun`, `월`).
pub fn weekday(cat: &Catalog, d: NaiveDate) -> String {
    cat.weekday_short(d)
}

/// A month's short name (`Nov`, `nov`, `11월`).
pub fn month(cat: &Catalog, d: NaiveDate) -> String {
    cat.month_short(d)
}

/// A date with its weekday: `Fri 2026-12-04`, `vie 2026-12-04`.
pub fn day_and_date(cat: &Catalog, d: NaiveDate) -> String {
    tr!(
        cat,
        "day-date",
        day = weekday(cat, d),
        date = format_date(d)
    )
}

/// A workstream's name; items without one are grouped as "(none)".
pub fn workstream<'a>(cat: &Catalog, name: &'a str) -> Cow<'a, str> {
    if name.is_empty() {
        Cow::Owned(tr!(cat, "ws-none"))
    } else {
        Cow::Borrowed(name)
    }
}

/// A workstream's name as the reader reads it, where a column is too
/// narrow for a mark (the headings and the detail pane say when a name is
/// not translated); "(none)" for items without one.
pub fn workstream_read<'a>(app: &'a App, name: &'a str) -> Cow<'a, str> {
    workstream(cat(app), app.workstream_name(name).text)
}

/// A workstream's name as the reader reads it, marked when shown in its
/// original; "(none)" for items without one.
pub fn workstream_marked(app: &App, name: &str) -> String {
    match name {
        "" => workstream(cat(app), name).into_owned(),
        name => crate::view::texts::marked(cat(app), app.workstream_name(name)),
    }
}

/// The heading of what the items' workstreams stand for: the workstream,
/// or in the portfolio the committee.
pub fn streams_title(app: &App) -> String {
    match app.view.streams {
        Streams::Workstreams => tr!(cat(app), "col-workstream"),
        Streams::Committees => tr!(cat(app), "col-committee"),
    }
}

/// The active filter in words (`streams`: what its workstream stands for).
pub fn filter(cat: &Catalog, f: &Filter, streams: Streams) -> String {
    let mut parts = Vec::new();
    if !f.statuses.is_empty() {
        let s: Vec<String> = f.statuses.iter().map(|s| cat.status(*s)).collect();
        parts.push(tr!(cat, "filter-status", v = s.join(", ")));
    }
    if let Some(o) = &f.owner {
        parts.push(tr!(cat, "filter-owner", v = o.as_str()));
    }
    if let Some(w) = &f.workstream {
        let v = workstream(cat, w);
        parts.push(match streams {
            Streams::Workstreams => tr!(cat, "filter-workstream", v = v),
            Streams::Committees => tr!(cat, "filter-committee", v = v),
        });
    }
    if f.overdue {
        parts.push(tr!(cat, "filter-overdue"));
    }
    if let Some(d) = f.due_within {
        parts.push(tr!(cat, "filter-due-within", n = d));
    }
    parts.join(" · ")
}

/// The name of a sort order.
pub fn sort(cat: &Catalog, s: SortKey) -> String {
    match s {
        SortKey::Due => tr!(cat, "sort-due"),
        SortKey::Status => tr!(cat, "sort-status"),
        SortKey::Id => tr!(cat, "sort-id"),
        SortKey::Updated => tr!(cat, "sort-updated"),
        SortKey::Workstream => tr!(cat, "sort-workstream"),
    }
}

/// An agenda section's heading; `window` is the review window in days.
pub fn section(cat: &Catalog, s: AgendaSection, window: u32) -> String {
    match s {
        AgendaSection::Overdue => tr!(cat, "section-overdue"),
        AgendaSection::DueSoon => tr!(cat, "section-due-soon", n = window),
        AgendaSection::Blocked => tr!(cat, "section-blocked"),
        AgendaSection::AwaitingYou => tr!(cat, "section-awaiting-you"),
        AgendaSection::Awaiting => tr!(cat, "section-awaiting"),
        AgendaSection::Changed => tr!(cat, "section-changed"),
        AgendaSection::Unassigned => tr!(cat, "section-unassigned"),
        AgendaSection::ToTranslate => tr!(cat, "section-to-translate"),
    }
}

/// How a key is written: its symbol, or as the language's keyboards label
/// it (Space, Backspace, Home, End, PgUp, PgDn), the language's answer keys,
/// or a word for the catch-alls.
pub fn key(cat: &Catalog, k: Key) -> String {
    match k {
        Key::Char(' ') => tr!(cat, "keyname-space"),
        Key::Code(KeyCode::Backspace) => tr!(cat, "keyname-backspace"),
        Key::Code(KeyCode::Home) => tr!(cat, "keyname-home"),
        Key::Code(KeyCode::End) => tr!(cat, "keyname-end"),
        Key::Code(KeyCode::PageUp) => tr!(cat, "keyname-page-up"),
        Key::Code(KeyCode::PageDown) => tr!(cat, "keyname-page-down"),
        Key::Yes => tr!(cat, "keyname-yes"),
        Key::No => tr!(cat, "keyname-no"),
        Key::AnyChar => tr!(cat, "keyname-text"),
        Key::Any => tr!(cat, "keyname-keys"),
        k => crate::base::text::visible_line(&k.label()).into_owned(),
    }
}

/// What an item form field accepts, shown while it is focused.
pub fn field_hint(cat: &Catalog, k: Field) -> String {
    match k {
        Field::Id => tr!(cat, "hint-id"),
        Field::Title => tr!(cat, "hint-title"),
        Field::Workstream => tr!(cat, "hint-workstream"),
        Field::Owners => tr!(cat, "hint-owners"),
        Field::Status => {
            let keys: Vec<String> = STATUS_KEYS.iter().map(|(k, _)| k.to_string()).collect();
            tr!(cat, "hint-status", keys = keys.join("/"))
        }
        Field::Due => tr!(cat, "hint-due"),
        Field::Meeting => tr!(cat, "hint-meeting"),
        Field::Tags => tr!(cat, "hint-tags"),
        Field::DueHistory
        | Field::Opened
        | Field::Updated
        | Field::Notes
        | Field::Closure
        | Field::Conflicts
        | Field::Language
        | Field::Translations => String::new(),
    }
}

/// A review form field's label.
pub fn review_field(cat: &Catalog, f: ReviewField) -> String {
    match f {
        ReviewField::Date => tr!(cat, "review-date"),
        ReviewField::Attendees => tr!(cat, "review-attendees"),
        ReviewField::Summary => tr!(cat, "review-summary"),
    }
}

/// What a review form field accepts.
pub fn review_hint(cat: &Catalog, f: ReviewField) -> String {
    match f {
        ReviewField::Date => tr!(cat, "hint-review-date"),
        ReviewField::Attendees => tr!(cat, "hint-attendees"),
        ReviewField::Summary => tr!(cat, "hint-summary"),
    }
}

/// Why a typed date is not one.
pub fn date_error(cat: &Catalog, e: &DateError) -> String {
    cat.date_error(e)
}

/// What is wrong with a form field.
pub fn problem(cat: &Catalog, p: &FieldProblem) -> String {
    match p {
        FieldProblem::Date(e) => date_error(cat, e),
        FieldProblem::Taken(id) => tr!(cat, "problem-taken", id = id.as_str()),
        FieldProblem::EmptyEntry => tr!(cat, "problem-empty-entry"),
        FieldProblem::Rule(r) => match r {
            Rule::BadId(p) | Rule::BadMeetingId(p) | Rule::BadParty(p) => cat.id_problem(*p),
            Rule::DuplicateId(id) | Rule::DuplicateMeetingId(id) => {
                tr!(cat, "problem-taken", id = id.as_str())
            }
            Rule::EmptyTitle => tr!(cat, "problem-empty-title"),
            Rule::UnknownMeeting(id) => tr!(cat, "problem-unknown-meeting", id = id.as_str()),
            Rule::EmptyOwner(_) | Rule::EmptyTag(_) => tr!(cat, "problem-empty-entry"),
            Rule::DateOutOfRange(_) | Rule::Directory(_) | Rule::EmptyTranslation => cat.rule(r),
        },
    }
}

/// How a sync from the dashboard ended.
fn synced(cat: &Catalog, how: &Synced) -> String {
    match how {
        Synced::Done {
            upstream,
            pushed,
            received,
        } => tr!(
            cat,
            "msg-synced",
            upstream = crate::base::text::visible_line(upstream).into_owned(),
            pushed = *pushed,
            received = *received
        ),
        Synced::Offline { remote } => {
            tr!(
                cat,
                "msg-sync-offline",
                remote = crate::base::text::visible_line(remote).into_owned()
            )
        }
        Synced::Conflicts(n) => tr!(cat, "msg-sync-conflicts", n = *n),
        Synced::NotSaved => tr!(cat, "msg-sync-not-saved"),
        Synced::Failed(why) => tr!(
            cat,
            "msg-sync-failed",
            why = crate::base::text::visible_line(&sync_failure(cat, why)).into_owned()
        ),
    }
}

/// Why a sync run from the dashboard stopped.
fn sync_failure(cat: &Catalog, why: &SyncFailure) -> String {
    match why {
        SyncFailure::NoProgram(e) => tr!(cat, "cli-sync-no-program", cause = cat.io_error(e)),
        SyncFailure::Sync(e) => cat.sync_error(e),
    }
}

/// Why the ledger cannot be written.
pub fn unwritable(cat: &Catalog, why: Unwritable) -> String {
    match why {
        Unwritable::File => tr!(cat, "sync-read-only-file"),
        Unwritable::Folder => tr!(cat, "sync-read-only-folder"),
    }
}

/// Why a save did not happen.
fn save_failure(cat: &Catalog, f: &SaveFailure) -> String {
    match f {
        SaveFailure::ReadOnly(why) => tr!(cat, "save-read-only", why = unwritable(cat, *why)),
        SaveFailure::Busy(holder) => tr!(cat, "save-busy", holder = cat.lock_holder(holder)),
        SaveFailure::Invalid(p) => tr!(
            cat,
            "save-invalid",
            path = p.path.to_string(),
            why = problem(cat, &FieldProblem::Rule(p.rule.clone()))
        ),
        SaveFailure::ChangedUnreadable(why) => {
            tr!(
                cat,
                "save-changed-unreadable",
                why = cat.ledger_error(&why.0)
            )
        }
        SaveFailure::Store(why) => cat.ledger_error(&why.0),
    }
}

/// What an edit in the history did.
fn done(cat: &Catalog, d: &Done) -> String {
    match d {
        Done::Op(outcomes) => cat.outcomes(outcomes),
        Done::Merge => tr!(cat, "done-merge"),
        Done::Reload => tr!(cat, "done-reload"),
    }
}

fn merged(cat: &Catalog, m: &DiskMerge) -> String {
    let mut s = tr!(cat, "msg-merged", n = m.changed);
    if !m.renumbered.is_empty() {
        let r: Vec<String> = m
            .renumbered
            .iter()
            .map(|(a, b)| format!("{a} → {b}"))
            .collect();
        s.push_str(&tr!(cat, "msg-merged-renumbered", list = r.join(", ")));
    }
    if m.conflicts > 0 {
        s.push_str(&tr!(
            cat,
            "msg-merged-conflicts",
            n = m.conflicts,
            ids = m.conflicted.join(", ")
        ));
    } else if m.saving {
        s.push_str(&tr!(cat, "msg-merged-saving"));
    } else {
        s.push_str(&tr!(cat, "msg-merged-unsaved"));
    }
    s
}

/// A status line message in words; the keys it names are those of the
/// app's keymap.
pub fn message(cat: &Catalog, app: &App, m: &Msg) -> String {
    match m {
        Msg::Did(o) => cat.outcomes(o),
        Msg::Moved { what, to } => {
            let what = message(cat, app, what);
            let keys = key_hints::clear_filter_keys(app)
                .map(|(menu, clear)| format!("{} {}", key(cat, menu), key(cat, clear)));
            match (to, keys) {
                (Placement::Row(n), _) => tr!(cat, "msg-moved-row", what = what, row = *n),
                (Placement::Hidden, Some(keys)) => {
                    tr!(cat, "msg-moved-hidden", what = what, keys = keys)
                }
                (Placement::Hidden, None) => tr!(cat, "msg-moved-hidden-keyless", what = what),
            }
        }
        Msg::AddedHidden(id) => tr!(cat, "msg-added-hidden", id = id.as_str()),
        Msg::Undone(d) => tr!(cat, "msg-undone", what = done(cat, d)),
        Msg::Redone(d) => tr!(cat, "msg-redone", what = done(cat, d)),
        Msg::NothingToUndo => tr!(cat, "msg-nothing-to-undo"),
        Msg::NothingToRedo => tr!(cat, "msg-nothing-to-redo"),
        Msg::Refused(e) => cat.op_error(e),
        Msg::EditingOff(why) => tr!(cat, "msg-editing-off", why = unwritable(cat, *why)),
        Msg::ReadOnly(why) => tr!(cat, "msg-read-only", why = unwritable(cat, *why)),
        Msg::NoSelection => tr!(cat, "msg-no-selection"),
        Msg::AlreadyDone(id) => tr!(cat, "msg-already-done", id = id.as_str()),
        Msg::FormInvalid(fields) => {
            let names: Vec<String> = fields.iter().map(|f| cat.field_label(*f)).collect();
            tr!(
                cat,
                "msg-form-invalid",
                n = fields.len(),
                fields = names.join(", ")
            )
        }
        Msg::NoChange(id) => tr!(cat, "msg-no-change", id = id.as_str()),
        Msg::NoteEmpty => tr!(cat, "msg-note-empty"),
        Msg::DueNeeded => tr!(cat, "msg-due-needed"),
        Msg::DueInvalid(e) => tr!(cat, "msg-due-invalid", why = date_error(cat, e)),
        Msg::Cancelled => tr!(cat, "msg-cancelled"),
        Msg::NoteCancelled => tr!(cat, "msg-note-cancelled"),
        Msg::Kept => tr!(cat, "msg-kept"),
        Msg::ReviewNotRecorded => {
            let record = Action::Open(Prompt::RecordReview);
            match key_hints::key_for(app, Scope::Review, &record) {
                Some(k) => tr!(cat, "msg-review-not-recorded", key = key(cat, k)),
                None => tr!(cat, "msg-review-not-recorded-keyless"),
            }
        }
        Msg::ReviewDateInvalid(e) => {
            tr!(cat, "msg-review-date-invalid", why = date_error(cat, e))
        }
        Msg::Saving => tr!(cat, "msg-saving"),
        Msg::SaveAfterSync => tr!(cat, "msg-save-after-sync"),
        Msg::Saved(path) => tr!(cat, "msg-saved", path = path.as_str()),
        Msg::NothingToSave => tr!(cat, "msg-nothing-to-save"),
        Msg::SaveFailed(why) => tr!(cat, "msg-save-failed", why = save_failure(cat, why)),
        Msg::DidSaving(o) => tr!(cat, "msg-did-saving", what = cat.outcomes(o)),
        Msg::DidSaved(o) => tr!(cat, "msg-did-saved", what = cat.outcomes(o)),
        Msg::Recovered => tr!(cat, "msg-recovered"),
        Msg::SampleCreated(path) => tr!(cat, "msg-created-sample", path = path.as_str()),
        Msg::Syncing => tr!(cat, "msg-syncing"),
        Msg::Synced(how) => synced(cat, how),
        Msg::DiskUnreadable(DiskProblem::Gone) => tr!(cat, "msg-disk-gone"),
        Msg::DiskUnreadable(DiskProblem::Unreadable(why)) => {
            tr!(cat, "msg-disk-unreadable", why = cat.ledger_error(&why.0))
        }
        Msg::DiskChangedLater => tr!(cat, "msg-disk-changed-later"),
        Msg::Reloaded(n) => tr!(cat, "msg-reloaded", n = *n),
        Msg::ReloadedDropped(n) => tr!(cat, "msg-reloaded-dropped", n = *n),
        Msg::Merged(m) => merged(cat, m),
        Msg::ReviewStarted(n) => tr!(cat, "msg-review-started", n = *n),
        Msg::AgendaEmpty => tr!(cat, "msg-agenda-empty"),
        Msg::NoConflicts => tr!(cat, "msg-no-conflicts"),
        Msg::Reading(reading) => {
            let k = key_hints::key_here(app, &Action::SwitchReading).map(|k| key(cat, k));
            super::theme_words::reading(cat, *reading, k)
        }
        Msg::Theme(t) => {
            let k = key_hints::key_here(app, &Action::SwitchTheme).map(|k| key(cat, k));
            super::theme_words::switched(cat, *t, k)
        }
        Msg::ThemeWithoutColour(t) => super::theme_words::switched_without_colour(cat, *t),
        Msg::NoLanguageToTranslate => tr!(cat, "msg-no-language-to-translate"),
        Msg::ConflictsHidden => tr!(cat, "msg-conflicts-hidden"),
        Msg::NoPortfolio => tr!(cat, "msg-no-portfolio"),
        Msg::SyncingAll { name, at, n } => tr!(
            cat,
            "desk-syncing-all",
            name = crate::base::text::visible_line(name).into_owned(),
            at = *at,
            n = *n
        ),
        Msg::SyncedAll(ended) => super::desk_words::synced_all(cat, ended, synced),
        Msg::ConflictsLeft(o, n) => tr!(cat, "msg-conflicts-left", what = cat.outcomes(o), n = *n),
    }
}
