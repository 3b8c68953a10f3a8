//! Turning ledger text into a validated `Ledger`, or into an error that names
//! the line, the column, the JSON path and the item.

use super::ids::id_problem;
use super::locate::{JsonPath, Seg, line_col, locate};
use super::model::Ledger;
use super::validate::{Problem, Rule, validate};
use crate::base::dates::DateError;
use serde_json::error::Category;
use std::cell::RefCell;

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
    /// Not JSON.
    Json(JsonCause),
    /// JSON of the wrong shape at `path` (of item `item`).
    Shape {
        path: JsonPath,
        item: Option<String>,
        /// Boxed: keeps `ParseError` small, as it travels in every ledger `Error`.
        cause: Box<ShapeCause>,
    },
    /// A rule of the ledger broken at `path` (of item `item`).
    Broken {
        path: JsonPath,
        item: Option<String>,
        rule: Rule,
    },
}

/// Why a text is not JSON at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonCause {
    /// The text ends inside a value: the file is truncated.
    Eof,
    /// A `:` is missing after a key.
    ExpectedColon,
    /// A `,` or the closing `}` is missing in an object.
    ExpectedCommaOrBrace,
    /// A `,` or the closing `]` is missing in a list.
    ExpectedCommaOrBracket,
    /// Something that is not a JSON value (`tru`, a bare word, nothing).
    ExpectedValue,
    /// A `,` right before `}` or `]`.
    TrailingComma,
    /// An object key that is not a string in double quotes.
    KeyMustBeString,
    /// A raw control character (U+0000 to U+001F) inside a string.
    ControlCharacter,
    /// A `\` escape JSON does not have, or a broken `\u` escape.
    InvalidEscape,
    /// A malformed number, or one out of range.
    InvalidNumber,
    /// More text after the end of the document.
    TrailingCharacters,
    /// Nested deeper than the parser allows.
    TooDeep,
    /// Anything else: serde_json's own (English) description.
    Other(String),
}

/// Why JSON does not have the shape of a ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShapeCause {
    /// A status that is not one of the canonical values.
    UnknownStatus(String),
    /// A date that is not a valid `YYYY-MM-DD` day.
    Date(DateError),
    /// The same key twice in one object.
    DuplicateField(String),
    /// A required key is absent.
    MissingField(String),
    /// A language code that is not `en`, `es` or `ko`.
    UnknownLanguage(String),
    /// A `format` this version does not read.
    UnsupportedFormat(String),
    /// A time zone that is not an IANA name (`Asia/Seoul`).
    UnknownZone(String),
    /// A value that is not one of the words its place allows.
    UnknownChoice {
        value: String,
        allowed: &'static [&'static str],
    },
    /// An instant that is not RFC 3339 (`2026-12-03T00:05:00Z`).
    Instant(String),
    /// A time of day that is not `HH:MM`.
    Time(String),
    /// A value of the wrong JSON type.
    InvalidType { found: Found, expected: Expected },
    /// Anything else: serde's own (English) description.
    Other(String),
}

/// The JSON value found where another type was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Null,
    /// `true` or `false`.
    Boolean(String),
    /// A number, as written.
    Number(String),
    /// A string, quoted as serde quotes it.
    Text(String),
    List,
    Object,
    /// serde's own description.
    Other(String),
}

/// The JSON type a place of the ledger holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    Text,
    /// A `YYYY-MM-DD` string.
    Date,
    List,
    /// A list of `YYYY-MM-DD` strings.
    DateList,
    Object,
    /// serde's own description.
    Other(String),
}

thread_local! {
    /// The typed cause of the last error the codec raised: serde's custom
    /// errors carry only text.
    static RAISED: RefCell<Option<ShapeCause>> = const { RefCell::new(None) };
}

/// The text of every serde error the codec raises: a mark, not a sentence
/// (the cause travels typed, beside it, and is worded at the edges).
const RAISED_MARK: &str = "followup-shape-cause";

/// A serde error carrying `cause`; `parse_ledger` gets the cause back typed.
pub(super) fn raise<E: serde::de::Error>(cause: ShapeCause) -> E {
    RAISED.with(|r| *r.borrow_mut() = Some(cause));
    E::custom(RAISED_MARK)
}

/// The typed cause recorded for an error reading `message`, if the codec raised it.
fn take_raised(message: &str) -> Option<ShapeCause> {
    RAISED
        .with(|r| r.borrow_mut().take())
        .filter(|_| message == RAISED_MARK)
}

/// Why a value read back from JSON (not from text: no line or column) does
/// not have the shape of a ledger: the codec's own cause, else serde's.
pub(super) fn shape_cause_of(e: &serde_json::Error) -> ShapeCause {
    let message = bare(e);
    take_raised(&message).unwrap_or_else(|| serde_cause(message))
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
    RAISED.with(|r| r.borrow_mut().take());
    let ledger: Ledger = serde_json::from_str(text).map_err(|e| {
        let cause = take_raised(&bare(&e));
        explain(text, e, cause)
    })?;
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

/// The category of a syntax error.
fn json_cause(e: &serde_json::Error) -> JsonCause {
    if e.classify() == Category::Eof {
        return JsonCause::Eof;
    }
    let m = bare(e);
    match m.as_str() {
        "expected `:`" => JsonCause::ExpectedColon,
        "expected `,` or `}`" => JsonCause::ExpectedCommaOrBrace,
        "expected `,` or `]`" => JsonCause::ExpectedCommaOrBracket,
        "expected value" | "expected ident" => JsonCause::ExpectedValue,
        "trailing comma" => JsonCause::TrailingComma,
        "key must be a string" => JsonCause::KeyMustBeString,
        "invalid escape"
        | "invalid unicode code point"
        | "lone leading surrogate in hex escape"
        | "unexpected end of hex escape" => JsonCause::InvalidEscape,
        "invalid number" | "number out of range" => JsonCause::InvalidNumber,
        "trailing characters" => JsonCause::TrailingCharacters,
        "recursion limit exceeded" => JsonCause::TooDeep,
        _ if m.starts_with("control character ") => JsonCause::ControlCharacter,
        _ => JsonCause::Other(m),
    }
}

/// The cause of a shape error serde raised itself, recognised by its stable wording.
fn serde_cause(m: String) -> ShapeCause {
    let ticked = |s: &str| {
        s.strip_prefix('`')
            .and_then(|s| s.strip_suffix('`'))
            .map(str::to_owned)
    };
    if let Some(f) = m.strip_prefix("missing field ").and_then(ticked) {
        return ShapeCause::MissingField(f);
    }
    if let Some(f) = m.strip_prefix("duplicate field ").and_then(ticked) {
        return ShapeCause::DuplicateField(f);
    }
    if let Some((found, expected)) = m
        .strip_prefix("invalid type: ")
        .and_then(|r| r.rsplit_once(", expected "))
    {
        return ShapeCause::InvalidType {
            found: found_of(found),
            expected: expected_of(expected),
        };
    }
    ShapeCause::Other(m)
}

/// serde's `Unexpected` as it prints (with serde_json's `null`).
fn found_of(s: &str) -> Found {
    let ticked = |p: &str| {
        s.strip_prefix(p)
            .and_then(|s| s.strip_prefix('`'))
            .and_then(|s| s.strip_suffix('`'))
            .map(str::to_owned)
    };
    match s {
        "null" | "unit value" => Found::Null,
        "sequence" => Found::List,
        "map" => Found::Object,
        _ => {
            if let Some(b) = ticked("boolean ") {
                Found::Boolean(b)
            } else if let Some(n) = ticked("integer ").or_else(|| ticked("floating point ")) {
                Found::Number(n)
            } else if let Some(t) = s.strip_prefix("string ") {
                Found::Text(t.to_owned())
            } else {
                Found::Other(s.to_owned())
            }
        }
    }
}

/// What a visitor of the codec (or serde's own) says it expects.
fn expected_of(s: &str) -> Expected {
    match s {
        "a string" | "a borrowed string" | "a string key" => Expected::Text,
        "a YYYY-MM-DD date" => Expected::Date,
        "a sequence" => Expected::List,
        "a list of YYYY-MM-DD dates" => Expected::DateList,
        "a map" => Expected::Object,
        _ if s.ends_with(" object") => Expected::Object,
        _ => Expected::Other(s.to_owned()),
    }
}

fn explain(text: &str, e: serde_json::Error, raised: Option<ShapeCause>) -> ParseError {
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
            problem: ParseProblem::Json(json_cause(&e)),
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
            cause: Box::new(raised.unwrap_or_else(|| serde_cause(bare(&e)))),
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

#[cfg(test)]
mod tests {
    use super::*;

    const ITEM: &str = r#"{"id": "A-1", "title": "t", "status": "open"}"#;

    fn ledger_with(item: &str) -> String {
        format!("{{\"format\": \"followup/1\", \"items\": [{ITEM}, {item}]}}")
    }

    fn shape(text: &str) -> (String, Option<String>, ShapeCause) {
        match parse_ledger(text.as_bytes()).unwrap_err().problem {
            ParseProblem::Shape { path, item, cause } => (path.to_string(), item, *cause),
            other => panic!("not a shape error: {other:?}"),
        }
    }

    fn json(text: &str) -> JsonCause {
        match parse_ledger(text.as_bytes()).unwrap_err().problem {
            ParseProblem::Json(c) => c,
            other => panic!("not a JSON error: {other:?}"),
        }
    }

    #[test]
    fn causes_raised_by_the_codec_arrive_typed() {
        let (path, item, cause) = shape(&ledger_with(
            r#"{"id": "B-2", "title": "t", "status": "finished"}"#,
        ));
        assert_eq!(
            (path.as_str(), item.as_deref()),
            ("items[1].status", Some("B-2"))
        );
        assert_eq!(cause, ShapeCause::UnknownStatus("finished".into()));
        let (_, _, cause) = shape(&ledger_with(
            r#"{"id": "B-2", "title": "t", "status": "open", "due": "2026-02-30"}"#,
        ));
        assert_eq!(
            cause,
            ShapeCause::Date(DateError::Impossible {
                input: "2026-02-30".into()
            })
        );
        let (_, _, cause) = shape(&ledger_with(
            r#"{"id": "B-2", "title": "t", "title": "u", "status": "open"}"#,
        ));
        assert_eq!(cause, ShapeCause::DuplicateField("title".into()));
        let (_, _, cause) = shape(&ledger_with(r#"{"id": "B-2", "status": "open"}"#));
        assert_eq!(cause, ShapeCause::MissingField("title".into()));
        let (_, _, cause) = shape(r#"{"format": "followup/9", "items": []}"#);
        assert_eq!(cause, ShapeCause::UnsupportedFormat("followup/9".into()));
    }

    #[test]
    fn serde_own_causes_are_recognised_by_their_shape() {
        let (path, _, cause) = shape(&ledger_with(
            r#"{"id": "B-2", "title": "t", "status": "open", "due": 5}"#,
        ));
        assert_eq!(path, "items[1].due");
        assert_eq!(
            cause,
            ShapeCause::InvalidType {
                found: Found::Number("5".into()),
                expected: Expected::Date
            }
        );
        let (_, _, cause) = shape(&ledger_with(
            r#"{"id": "B-2", "title": null, "status": "open"}"#,
        ));
        assert_eq!(
            cause,
            ShapeCause::InvalidType {
                found: Found::Null,
                expected: Expected::Text
            }
        );
        let (_, _, cause) = shape(&ledger_with(
            r#"{"id": "B-2", "title": "t", "status": "open", "tags": "x"}"#,
        ));
        assert_eq!(
            cause,
            ShapeCause::InvalidType {
                found: Found::Text("\"x\"".into()),
                expected: Expected::List
            }
        );
    }

    #[test]
    fn syntax_errors_are_put_in_categories() {
        let good = ledger_with(ITEM);
        assert_eq!(json(&good[..good.len() - 3]), JsonCause::Eof);
        assert_eq!(json(&good.replace("]}", ",]}")), JsonCause::TrailingComma);
        assert_eq!(
            json(&good.replace("\"t\",", "\"t\"")),
            JsonCause::ExpectedCommaOrBrace
        );
        assert_eq!(
            json(&good.replace("}]", "} {}]")),
            JsonCause::ExpectedCommaOrBracket
        );
        assert_eq!(
            json(&good.replace("{\"id\"", "{id")),
            JsonCause::KeyMustBeString
        );
        assert_eq!(
            json(&good.replace("\"t\"", "\"a\tb\"")),
            JsonCause::ControlCharacter
        );
        assert_eq!(
            json(&good.replace("\"t\"", "\"\\q\"")),
            JsonCause::InvalidEscape
        );
        assert_eq!(json(&format!("{good} x")), JsonCause::TrailingCharacters);
        assert_eq!(json(&good.replace("\"t\"", "-")), JsonCause::InvalidNumber);
        assert!(matches!(json("\u{1}"), JsonCause::ExpectedValue));
    }

    #[test]
    fn a_cause_raised_under_another_message_is_not_taken() {
        RAISED.with(|r| *r.borrow_mut() = Some(ShapeCause::MissingField("x".into())));
        assert_eq!(take_raised("missing field `title`"), None);
        assert_eq!(
            RAISED.with(|r| r.borrow().clone()),
            None,
            "taken once, either way"
        );
    }
}
