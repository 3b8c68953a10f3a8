//! Words for the library's typed values: statuses, fields and relative dates.

use super::Catalog;
use crate::base::relative::Relative;
use crate::base::text::width;
use crate::ledger::{Field, Shift, Status};
use crate::tr;
use chrono::{Datelike, NaiveDate};

/// What a relative date is about: a deadline is late, an event was ago.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Deadline,
    Event,
}

/// The selector a catalog message takes for the direction of a deadline's
/// move (`later`, `earlier`, or `none` when it did not move or was cleared),
/// so that a deadline brought forward is never worded as postponed.
pub fn shift_selector(shift: Option<Shift>) -> &'static str {
    match shift {
        Some(Shift::Later) => "later",
        Some(Shift::Earlier) => "earlier",
        None => "none",
    }
}

impl Catalog {
    /// A date as formal documents (the minutes, the reminders) write it:
    /// `December 2, 2026`, `2 de diciembre de 2026`, `2026년 12월 2일`.
    /// Screens stay compact and files (CSV, workbooks, calendars) keep ISO.
    pub fn formal_date(&self, d: NaiveDate) -> String {
        tr!(
            self,
            "date-formal",
            year = d.year().to_string(),
            month = d.month(),
            day = d.day()
        )
    }

    /// The label of a status in this language (`en curso`, `진행 중`).
    pub fn status(&self, s: Status) -> String {
        match s {
            Status::Open => tr!(self, "status-open"),
            Status::InProgress => tr!(self, "status-in-progress"),
            Status::Blocked => tr!(self, "status-blocked"),
            Status::Done => tr!(self, "status-done"),
            Status::Dropped => tr!(self, "status-dropped"),
        }
    }

    /// The label of a field in this language (`estado`, `담당`); the
    /// bookkeeping fields that have none (`due_history`, `updated`, `notes`,
    /// `conflicts`) by their key.
    pub fn field_label(&self, field: Field) -> String {
        self.labelled(field)
            .unwrap_or_else(|| field.key().to_owned())
    }

    fn labelled(&self, field: Field) -> Option<String> {
        Some(match field {
            Field::Id => tr!(self, "field-id"),
            Field::Title => tr!(self, "field-title"),
            Field::Status => tr!(self, "field-status"),
            Field::Workstream => tr!(self, "field-workstream"),
            Field::Owners => tr!(self, "field-owners"),
            Field::Due => tr!(self, "field-due"),
            Field::Meeting => tr!(self, "field-meeting"),
            Field::Opened => tr!(self, "field-opened"),
            Field::Tags => tr!(self, "field-tags"),
            Field::Language => tr!(self, "field-language"),
            Field::Translations => tr!(self, "field-translations"),
            Field::DueHistory
            | Field::Updated
            | Field::Notes
            | Field::Closure
            | Field::Conflicts => return None,
        })
    }

    /// The width of the widest field label of this language, and of the
    /// messages `also` (other labels shown in the same column), so that an
    /// item's values line up the same way whatever it holds.
    /// The labels of a text's language and translations are not among
    /// them: an item shows its translations under its title, not as fields.
    pub fn label_width(&self, also: &[&str]) -> usize {
        let fields = Field::ALL
            .into_iter()
            .filter(|f| !matches!(f, Field::Language | Field::Translations))
            .filter_map(|f| self.labelled(f));
        fields
            .chain(also.iter().map(|id| self.text(id)))
            .map(|l| width(&l))
            .max()
            .unwrap_or(0)
    }

    /// A date relative to today: `in 3d`, `hace 2 semanas`, `3일 지연`.
    pub fn relative(&self, r: Relative, when: When) -> String {
        let (span, ahead) = match r {
            Relative::Today => return tr!(self, "rel-today"),
            Relative::Ahead(s) => (s, true),
            Relative::Behind(s) => (s, false),
        };
        let unit = span.unit.key();
        match (ahead, when) {
            (true, _) => tr!(self, "rel-in", n = span.n, unit = unit),
            (false, When::Deadline) => tr!(self, "rel-late", n = span.n, unit = unit),
            (false, When::Event) => tr!(self, "rel-ago", n = span.n, unit = unit),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::relative::{Span, Unit};
    use crate::i18n::{Lang, catalog};
    use crate::ledger::{read_field, read_status};

    fn span(n: u32, unit: Unit) -> Span {
        Span { n, unit }
    }

    #[test]
    fn relative_dates_read_naturally_in_each_language() {
        let (en, es, ko) = (catalog(Lang::En), catalog(Lang::Es), catalog(Lang::Ko));
        let ago3 = Relative::Behind(span(3, Unit::Day));
        let in2w = Relative::Ahead(span(2, Unit::Week));
        assert_eq!(en.relative(ago3, When::Deadline), "3d late");
        assert_eq!(en.relative(in2w, When::Deadline), "in 2w");
        assert_eq!(es.relative(ago3, When::Event), "hace 3 días");
        assert_eq!(es.relative(in2w, When::Deadline), "en 2 semanas");
        assert_eq!(
            es.relative(Relative::Behind(span(1, Unit::Day)), When::Deadline),
            "1 día de atraso"
        );
        assert_eq!(ko.relative(ago3, When::Event), "3일 전");
        assert_eq!(ko.relative(in2w, When::Deadline), "2주 후");
        assert_eq!(ko.relative(Relative::Today, When::Deadline), "오늘");
    }

    /// The input vocabularies and the catalogs never drift: every label of
    /// a status or a field the screens, the CLI and the spreadsheets show,
    /// in every language, is read back as what it labels.
    #[test]
    fn every_label_shown_is_accepted_as_input() {
        for lang in Lang::ALL {
            let cat = catalog(lang);
            for s in Status::ALL {
                assert_eq!(read_status(&cat.status(s), lang), Some(s), "{lang:?} {s:?}");
                assert_eq!(read_status(&cat.status(s), Lang::En), Some(s), "{lang:?}");
            }
            for f in Field::ALL {
                if let Some(label) = cat.labelled(f) {
                    assert_eq!(read_field(&label, lang), Some(f), "{lang:?} {label}");
                }
            }
            let shown = [
                (
                    Field::Id,
                    ["col-id", "cli-col-id", "sheet-col-id", "sort-id"],
                ),
                (
                    Field::Title,
                    [
                        "col-title",
                        "cli-col-title",
                        "sheet-col-title",
                        "sheet-col-item",
                    ],
                ),
                (
                    Field::Workstream,
                    [
                        "col-workstream",
                        "cli-col-workstream",
                        "sheet-col-workstream",
                        "sort-workstream",
                    ],
                ),
                (
                    Field::Owners,
                    [
                        "col-owners",
                        "cli-col-owners",
                        "sheet-col-owners",
                        "sheet-col-owners",
                    ],
                ),
                (
                    Field::Status,
                    [
                        "col-status",
                        "cli-col-status",
                        "sheet-col-status",
                        "sort-status",
                    ],
                ),
                (
                    Field::Due,
                    ["col-due", "cli-col-due", "sheet-col-due", "sort-due"],
                ),
                (
                    Field::Updated,
                    [
                        "sheet-col-updated",
                        "sort-updated",
                        "sort-updated",
                        "sort-updated",
                    ],
                ),
                (Field::Notes, ["sheet-col-last-note"; 4]),
                (Field::Opened, ["sheet-col-opened"; 4]),
                (Field::Meeting, ["sheet-col-meeting"; 4]),
                (Field::Tags, ["sheet-col-tags"; 4]),
            ];
            for (field, ids) in shown {
                for id in ids {
                    let label = cat.text(id);
                    assert_eq!(
                        read_field(&label, lang),
                        Some(field),
                        "{lang:?} {id}: {label}"
                    );
                }
            }
        }
    }

    #[test]
    fn formal_dates_spell_the_month_in_each_language() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let date = |lang, s| catalog(lang).formal_date(d(s));
        assert_eq!(date(Lang::En, "2026-12-02"), "December 2, 2026");
        assert_eq!(date(Lang::Es, "2026-12-02"), "2 de diciembre de 2026");
        assert_eq!(date(Lang::Ko, "2026-12-02"), "2026년 12월 2일");
        assert_eq!(date(Lang::Es, "2027-01-31"), "31 de enero de 2027");
        assert_eq!(date(Lang::En, "0999-05-01"), "May 1, 999");
    }
}
