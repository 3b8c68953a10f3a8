//! A merge conflict in words, as every screen shows it (`show`, `sync`, the
//! dashboard's picker, detail pane and status line): the field by its label,
//! both values in the user's language, and the sides by who and where.

use crate::base::dates::{format_date, parse_date};
use crate::base::text::{truncate, visible_line};
use crate::i18n::Catalog;
use crate::ledger::{Conflict, Field, PathSegment, Status, ValueKind};
use crate::sync::sides::SideName;
use crate::tr;
use serde_json::Value;

/// One line for a conflict, safe to print: `status: blocked → INADEM,
/// Mexico (this clone): done | SMBA, Seoul (origin/main): dropped`, in the
/// language of `cat`. Values longer than `max_value` columns are cut.
/// The two sides are named by who changed the field and where when `names`
/// are known (a merge in progress), else as the local version and the other
/// capital's.
pub fn conflict_line(
    cat: &Catalog,
    c: &Conflict,
    max_value: usize,
    names: Option<&(SideName, SideName)>,
) -> String {
    let about = About::of(c);
    let value = |v: &Value| truncate(&shown_value(cat, about, v), max_value);
    let (ours_name, theirs_name) = match names {
        Some((o, t)) => (cat.side_name(o), cat.side_name(t)),
        None => (tr!(cat, "side-ours"), tr!(cat, "side-theirs")),
    };
    let ours_name = visible_line(&format!("{ours_name}:")).into_owned();
    let theirs_name = visible_line(&format!("{theirs_name}:")).into_owned();
    if c.field.is_whole_item() {
        return tr!(
            cat,
            "detail-conflict-item",
            ours_name = ours_name,
            ours = value(&c.ours),
            theirs_name = theirs_name,
            theirs = value(&c.theirs)
        );
    }
    let path = conflict_field(cat, c);
    tr!(
        cat,
        "detail-conflict",
        path = path,
        base = value(&c.base),
        ours_name = ours_name,
        ours = value(&c.ours),
        theirs_name = theirs_name,
        theirs = value(&c.theirs)
    )
}

/// The field a conflict is about, by its label in the language of `cat`
/// (`plazo`, `기한`), or its path when it is not one of an item's own.
pub fn conflict_field(cat: &Catalog, c: &Conflict) -> String {
    match About::of(c) {
        About::Field(f) => cat.field_label(f),
        About::Translation | About::Other => visible_line(&c.field.to_string()).into_owned(),
    }
}

/// One of a conflict's values as the screens show its field (a status by
/// its label, a missing deadline in words), safe to print.
pub fn conflict_value(cat: &Catalog, c: &Conflict, v: &Value) -> String {
    visible_line(&shown_value(cat, About::of(c), v)).into_owned()
}

/// What a conflict is about, as far as showing its values goes.
#[derive(Clone, Copy)]
enum About {
    /// One of the item's own fields, by its one known key.
    Field(Field),
    /// One translation of a text (`translations.title.ko`,
    /// `notes[2].translations.text.es`): its values are translation records.
    Translation,
    /// Anything else (a field this version does not know, a whole note).
    Other,
}

impl About {
    fn of(c: &Conflict) -> About {
        match c.field.0.as_slice() {
            [PathSegment::Key(k)] => Field::from_key(k).map_or(About::Other, About::Field),
            [
                ..,
                PathSegment::Key(t),
                PathSegment::Key(_),
                PathSegment::Key(_),
            ] if t == "translations" => About::Translation,
            _ => About::Other,
        }
    }
}

/// A conflicting value as the screens show that field: a status by its
/// label, dates as `2026-12-02`, lists of owners and tags as names, a
/// translation by its text; other values compact ([`Catalog::compact`]).
/// Not yet cut.
fn shown_value(cat: &Catalog, about: About, v: &Value) -> String {
    if let (About::Translation, Some(text)) = (about, v.get("text").and_then(Value::as_str)) {
        return text.to_owned();
    }
    let kind = match about {
        About::Field(f) => Some(f.kind()),
        About::Translation | About::Other => None,
    };
    let date = |s: &str| parse_date(s).map_or_else(|_| s.to_owned(), format_date);
    match (kind, v) {
        (Some(ValueKind::Date), Value::Null) => tr!(cat, "detail-no-deadline"),
        (Some(ValueKind::Status), Value::String(s)) => Status::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .map_or_else(|| s.clone(), |st| cat.status(st)),
        (Some(ValueKind::Date), Value::String(s)) => date(s),
        (Some(ValueKind::List | ValueKind::Dates), Value::Array(a))
            if a.iter().all(Value::is_string) =>
        {
            let parts: Vec<String> = a
                .iter()
                .filter_map(Value::as_str)
                .map(|s| match kind {
                    Some(ValueKind::Dates) => date(s),
                    _ => s.to_owned(),
                })
                .collect();
            if parts.is_empty() {
                tr!(cat, "detail-none")
            } else {
                parts.join(", ")
            }
        }
        _ => cat.compact(v, usize::MAX),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, catalog};
    use crate::sync::sides::Origin;

    fn status_conflict() -> Conflict {
        Conflict {
            field: "status".into(),
            base: "blocked".into(),
            ours: "dropped".into(),
            theirs: "done".into(),
        }
    }

    #[test]
    fn a_korean_conflict_names_the_field_the_values_and_the_sides() {
        let names = (
            SideName {
                author: Some("SMBA, Seoul".into()),
                origin: Origin::ThisClone,
            },
            SideName {
                author: Some("INADEM, Mexico".into()),
                origin: Origin::Incoming("origin/main".into()),
            },
        );
        let line = conflict_line(catalog(Lang::Ko), &status_conflict(), 40, Some(&names));
        assert_eq!(
            line,
            "상태: 보류 → SMBA, Seoul (이 복제본): 취소 | INADEM, Mexico (origin/main): 완료"
        );
    }

    #[test]
    fn unnamed_sides_are_the_local_version_and_the_other_ones() {
        let es = conflict_line(catalog(Lang::Es), &status_conflict(), 40, None);
        assert!(es.starts_with("estado: bloqueado → "), "{es}");
        assert!(!es.contains("dropped") && !es.contains("done"), "{es}");
        assert!(es.contains(&catalog(Lang::Es).text("side-theirs")), "{es}");
    }

    #[test]
    fn owners_and_deadlines_read_as_the_screens_show_them() {
        let c = Conflict {
            field: "owners".into(),
            base: serde_json::json!(["SMBA"]),
            ours: serde_json::json!(["SMBA", "INADEM"]),
            theirs: serde_json::json!([]),
        };
        let line = conflict_line(catalog(Lang::En), &c, 40, None);
        assert!(line.contains("SMBA, INADEM"), "{line}");
        assert!(!line.contains('['), "{line}");
        let c = Conflict {
            field: "due".into(),
            base: "2026-12-18".into(),
            ours: Value::Null,
            theirs: "2026-12-04".into(),
        };
        let line = conflict_line(catalog(Lang::Ko), &c, 40, None);
        assert!(line.starts_with("기한: 2026-12-18 → "), "{line}");
        assert!(line.contains("기한 없음"), "{line}");
    }

    #[test]
    fn a_translation_conflict_shows_both_texts_not_their_records() {
        let record = |text: &str| serde_json::json!({"text": text, "source": "dca76ac1", "author": "SMBA", "date": "2026-12-01"});
        let key = |k: &str| PathSegment::Key(k.into());
        let title = crate::ledger::FieldPath(vec![key("translations"), key("title"), key("ko")]);
        let note = crate::ledger::FieldPath(vec![
            key("notes"),
            PathSegment::Index(2),
            key("translations"),
            key("text"),
            key("ko"),
        ]);
        for path in [title, note] {
            let c = Conflict {
                field: path,
                base: Value::Null,
                ours: record("연락관 파견"),
                theirs: record("연락관 18개월 파견"),
            };
            let line = conflict_line(catalog(Lang::En), &c, 40, None);
            assert!(
                line.contains("연락관 파견") && line.contains("연락관 18개월 파견"),
                "{line}"
            );
            assert!(!line.contains("dca76ac1") && !line.contains('{'), "{line}");
        }
    }
}
