//! Turning ledger text into a validated `Ledger`, or into an error that names
//! the line, the column, the JSON path and the item.

use super::locate::{JsonPath, Seg, line_col, locate};
use super::model::Ledger;
use super::validate::{Problem, Rule, id_problem, validate};
use std::fmt;

/// Why a text is not a valid ledger, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
    pub problem: ParseProblem,
}

/// What is wrong with a ledger text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseProblem {
    /// The file starts with a byte-order mark.
    Bom,
    /// The bytes are not UTF-8.
    NotUtf8,
    /// Not JSON; serde_json's description.
    Json(String),
    /// JSON of the wrong shape at `path` (of item `item`); serde_json's description.
    Shape {
        path: JsonPath,
        item: Option<String>,
        detail: String,
    },
    /// A rule of the ledger broken at `path` (of item `item`).
    Broken {
        path: JsonPath,
        item: Option<String>,
        rule: Rule,
    },
}

/// For logs: `LINE:COL: …` in English (the edges use [`crate::i18n::Catalog::parse_error`]).
impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let cat = crate::i18n::catalog(crate::i18n::Lang::En);
        f.write_str(&cat.parse_error(self))
    }
}

/// Parses and validates ledger bytes.
pub fn parse_ledger(bytes: &[u8]) -> Result<Ledger, ParseError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        return Err(ParseError {
            line: 1,
            column: 1,
            problem: ParseProblem::Bom,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_col(
            std::str::from_utf8(&bytes[..e.valid_up_to()]).expect("valid prefix"),
            e.valid_up_to(),
        );
        ParseError {
            line,
            column,
            problem: ParseProblem::NotUtf8,
        }
    })?;
    let ledger: Ledger = serde_json::from_str(text).map_err(|e| explain(text, e))?;
    validate(&ledger).map_err(|p| at_path(text, &ledger, p))?;
    Ok(ledger)
}

/// The message of a serde_json error without its " at line L column C" suffix.
fn bare(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

fn explain(text: &str, e: serde_json::Error) -> ParseError {
    // A shape error may come before a syntax error further on: report bad JSON first.
    let e = match serde_json::from_str::<serde::de::IgnoredAny>(text) {
        Err(syntax) if !e.is_syntax() && !syntax.is_data() => syntax,
        _ => e,
    };
    let (line, column) = (e.line(), e.column().max(1));
    if !e.is_data() {
        return ParseError {
            line,
            column,
            problem: ParseProblem::Json(bare(&e)),
        };
    }
    // A shape error: deserialize again, slowly, to learn the JSON path.
    let mut de = serde_json::Deserializer::from_str(text);
    let path = match serde_path_to_error::deserialize::<_, Ledger>(&mut de) {
        Err(pe) => JsonPath(
            pe.path()
                .iter()
                .filter_map(|s| match s {
                    serde_path_to_error::Segment::Seq { index } => Some(Seg::Index(*index)),
                    serde_path_to_error::Segment::Map { key } => Some(Seg::Key(key.clone())),
                    _ => None,
                })
                .collect(),
        ),
        Ok(_) => JsonPath::default(),
    };
    let item = path.item_index().and_then(|i| item_id_in(text, i));
    ParseError {
        line,
        column,
        problem: ParseProblem::Shape {
            path,
            item,
            detail: bare(&e),
        },
    }
}

/// The id of item `index`, read leniently from text that failed to load.
fn item_id_in(text: &str, index: usize) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    Some(v.get("items")?.get(index)?.get("id")?.as_str()?.to_owned())
}

fn at_path(text: &str, ledger: &Ledger, p: Problem) -> ParseError {
    let (line, column) = line_col(text, locate(text, &p.path));
    let item = p
        .path
        .item_index()
        .and_then(|i| ledger.items.get(i))
        .filter(|item| id_problem(&item.id).is_none() && !matches!(p.rule, Rule::DuplicateId(_)))
        .map(|item| item.id.clone());
    ParseError {
        line,
        column,
        problem: ParseProblem::Broken {
            path: p.path,
            item,
            rule: p.rule,
        },
    }
}
