//! Paths to the field of a merge conflict: a list of steps (object keys, array
//! indices, and array elements picked by their `id`), with a written form that
//! says exactly which field is meant, whatever characters its keys hold.
//!
//! Written form (what `followup show` prints and `followup resolve` takes):
//!
//! | step | written | example |
//! |---|---|---|
//! | key made of ASCII letters, digits, `_`, `-` (not starting with a digit or `-`) | `key`, `.key` after a step | `committee.name` |
//! | any other key | `["…"]` (a JSON string) | `x_ext["a.b"]` |
//! | array index | `[N]` | `reviews[0]` |
//! | array element with this `id` (meetings) | `[id=JC3]`, or `[id="…"]` for other ids | `meetings[id=JC3].place` |
//!
//! `(item)` is the empty path: the whole item (one side deleted it, the other edited it).
//!
//! In the ledger file a path of one plain key is written as a string (`"status"`),
//! the whole item as `"(item)"`, and any other path as an array of steps:
//! strings for keys, numbers for indices, `{"id": "JC3"}` for ids, e.g.
//! `["meetings", {"id": "JC3"}, "place"]`. Strings written by earlier versions,
//! such as `"x_ext.a"` or `"meetings[JC3].place"`, are read as those versions
//! meant them (dots between keys, brackets around an id).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// One step of a [`FieldPath`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PathSegment {
    /// An object's key.
    Key(String),
    /// An array's element, by position.
    Index(usize),
    /// An array's element, by its key: the value of its `id` (meetings), or
    /// of its `name` for elements without an `id` (the directory's people).
    Id(String),
}

/// Where a conflicting value sits, from the item (item conflicts) or from the
/// top of the ledger (the ledger's own conflicts). Empty: the whole item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct FieldPath(pub Vec<PathSegment>);

/// How the whole item is written.
const WHOLE_ITEM: &str = "(item)";

impl FieldPath {
    /// The path of the whole item: one side deleted it, the other edited it.
    pub fn whole_item() -> Self {
        FieldPath(Vec::new())
    }

    /// True for the path of the whole item.
    pub fn is_whole_item(&self) -> bool {
        self.0.is_empty()
    }

    /// A path of one key.
    pub fn key(key: impl Into<String>) -> Self {
        FieldPath(vec![PathSegment::Key(key.into())])
    }

    /// The value at this path inside `root` (an item or a ledger as JSON),
    /// if it is there.
    pub fn get<'a>(&self, root: &'a serde_json::Value) -> Option<&'a serde_json::Value> {
        self.0.iter().try_fold(root, |v, step| match step {
            PathSegment::Key(k) => v.get(k.as_str()),
            PathSegment::Index(i) => v.get(*i),
            PathSegment::Id(id) => v.as_array()?.iter().find(|e| element_key(e) == Some(id)),
        })
    }

    /// This path, one step further.
    pub fn child(&self, step: PathSegment) -> Self {
        let mut steps = self.0.clone();
        steps.push(step);
        FieldPath(steps)
    }

    /// Reads a path string as earlier versions wrote it: keys joined by dots,
    /// `[ID]` for an element picked by id; `(item)` for the whole item.
    fn from_legacy(s: &str) -> Self {
        if s == WHOLE_ITEM {
            return Self::whole_item();
        }
        let mut steps = Vec::new();
        let mut rest = s;
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('[')
                && let Some(end) = r.find(']')
            {
                steps.push(PathSegment::Id(r[..end].to_owned()));
                rest = &r[end + 1..];
                continue;
            }
            let r = rest.strip_prefix('.').unwrap_or(rest);
            // At least one character, so that a stray `[` moves on too.
            let first = r.chars().next().map_or(0, char::len_utf8);
            let end = r[first..].find(['.', '[']).map_or(r.len(), |i| i + first);
            steps.push(PathSegment::Key(r[..end].to_owned()));
            rest = &r[end..];
        }
        FieldPath(steps)
    }
}

impl From<&str> for FieldPath {
    /// A path of one key.
    fn from(key: &str) -> Self {
        FieldPath::key(key)
    }
}

/// What picks an element of a list out: its `id`, else its `name` (the
/// directory's people have no id; their names are unique).
pub fn element_key(v: &serde_json::Value) -> Option<&str> {
    v.get("id").or_else(|| v.get("name"))?.as_str()
}

/// A key written without quotes: `status`, `x_ext`, `due-date`.
fn is_plain_key(k: &str) -> bool {
    let mut chars = k.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// An id written without quotes: `JC3`, `2026-01`.
fn is_plain_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).expect("strings serialize")
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_whole_item() {
            return f.write_str(WHOLE_ITEM);
        }
        for (n, step) in self.0.iter().enumerate() {
            match step {
                PathSegment::Key(k) if is_plain_key(k) && n == 0 => f.write_str(k)?,
                PathSegment::Key(k) if is_plain_key(k) => write!(f, ".{k}")?,
                PathSegment::Key(k) => write!(f, "[{}]", quoted(k))?,
                PathSegment::Index(i) => write!(f, "[{i}]")?,
                PathSegment::Id(id) if is_plain_id(id) => write!(f, "[id={id}]")?,
                PathSegment::Id(id) => write!(f, "[id={}]", quoted(id))?,
            }
        }
        Ok(())
    }
}

/// Why a written path could not be read: the character offset where reading
/// stopped, and what was expected there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathError {
    /// Offset in characters from the start of the text.
    pub at: usize,
    pub expected: PathExpected,
}

/// What the path reader expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathExpected {
    Key,
    Step,
    Bracket,
    Id,
    Quote,
    Close,
    Index,
}

impl FromStr for FieldPath {
    type Err = PathError;

    /// Reads the written form (see the module documentation).
    fn from_str(s: &str) -> Result<Self, PathError> {
        if s == WHOLE_ITEM {
            return Ok(Self::whole_item());
        }
        Reader {
            chars: s.chars().collect(),
            at: 0,
        }
        .path()
    }
}

struct Reader {
    chars: Vec<char>,
    at: usize,
}

impl Reader {
    fn fail<T>(&self, expected: PathExpected) -> Result<T, PathError> {
        Err(PathError {
            at: self.at,
            expected,
        })
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        let found = self.peek() == Some(c);
        self.at += usize::from(found);
        found
    }

    fn path(mut self) -> Result<FieldPath, PathError> {
        let mut steps = Vec::new();
        if self.peek() != Some('[') {
            steps.push(PathSegment::Key(
                self.plain(is_key_char, PathExpected::Key)?,
            ));
        }
        while self.peek().is_some() {
            if self.eat('.') {
                steps.push(PathSegment::Key(
                    self.plain(is_key_char, PathExpected::Key)?,
                ));
            } else if self.eat('[') {
                steps.push(self.bracket()?);
            } else {
                return self.fail(PathExpected::Step);
            }
        }
        Ok(FieldPath(steps))
    }

    /// A run of plain characters; a key must not start with a digit or `-`.
    fn plain(&mut self, ok: fn(char) -> bool, expected: PathExpected) -> Result<String, PathError> {
        let start = self.at;
        while self.peek().is_some_and(ok) {
            self.at += 1;
        }
        let word: String = self.chars[start..self.at].iter().collect();
        let valid = match expected {
            PathExpected::Key => is_plain_key(&word),
            _ => is_plain_id(&word),
        };
        if !valid {
            self.at = start;
            return self.fail(expected);
        }
        Ok(word)
    }

    /// The inside of `[…]` and the closing bracket.
    fn bracket(&mut self) -> Result<PathSegment, PathError> {
        let step = match self.peek() {
            Some('"') => PathSegment::Key(self.string()?),
            Some(c) if c.is_ascii_digit() => {
                let start = self.at;
                let digits = self.plain(|c| c.is_ascii_digit(), PathExpected::Bracket)?;
                match digits.parse() {
                    Ok(n) => PathSegment::Index(n),
                    Err(_) => {
                        self.at = start;
                        return self.fail(PathExpected::Index);
                    }
                }
            }
            Some('i') if self.chars[self.at..].starts_with(&['i', 'd', '=']) => {
                self.at += 3;
                if self.peek() == Some('"') {
                    PathSegment::Id(self.string()?)
                } else {
                    PathSegment::Id(self.plain(is_id_char, PathExpected::Id)?)
                }
            }
            _ => return self.fail(PathExpected::Bracket),
        };
        if !self.eat(']') {
            return self.fail(PathExpected::Close);
        }
        Ok(step)
    }

    /// A JSON string literal.
    fn string(&mut self) -> Result<String, PathError> {
        let start = self.at;
        self.at += 1;
        while let Some(c) = self.peek() {
            self.at += 1;
            match c {
                '\\' => self.at += 1,
                '"' => {
                    let text: String = self.chars[start..self.at].iter().collect();
                    return serde_json::from_str(&text).or_else(|_| {
                        self.at = start;
                        self.fail(PathExpected::Quote)
                    });
                }
                _ => {}
            }
        }
        self.at = start;
        self.fail(PathExpected::Quote)
    }
}

fn is_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

fn is_id_char(c: char) -> bool {
    is_key_char(c)
}

/// One step as the file holds it.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum StepRepr {
    Key(String),
    Index(usize),
    Id { id: String },
}

/// A path as the file holds it: a string (one plain key, the whole item, or
/// an earlier version's dotted form) or an array of steps.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum PathRepr {
    Text(String),
    Steps(Vec<StepRepr>),
}

impl Serialize for FieldPath {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let repr = match self.0.as_slice() {
            [] => PathRepr::Text(WHOLE_ITEM.to_owned()),
            [PathSegment::Key(k)] if is_plain_key(k) => PathRepr::Text(k.clone()),
            steps => PathRepr::Steps(
                steps
                    .iter()
                    .map(|step| match step {
                        PathSegment::Key(k) => StepRepr::Key(k.clone()),
                        PathSegment::Index(i) => StepRepr::Index(*i),
                        PathSegment::Id(id) => StepRepr::Id { id: id.clone() },
                    })
                    .collect(),
            ),
        };
        repr.serialize(s)
    }
}

impl<'de> Deserialize<'de> for FieldPath {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match PathRepr::deserialize(d)? {
            PathRepr::Text(s) => FieldPath::from_legacy(&s),
            PathRepr::Steps(steps) => FieldPath(
                steps
                    .into_iter()
                    .map(|step| match step {
                        StepRepr::Key(k) => PathSegment::Key(k),
                        StepRepr::Index(i) => PathSegment::Index(i),
                        StepRepr::Id { id } => PathSegment::Id(id),
                    })
                    .collect(),
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PathSegment::{Id, Index, Key};

    fn path(steps: Vec<PathSegment>) -> FieldPath {
        FieldPath(steps)
    }

    #[test]
    fn written_forms_read_back() {
        let cases = [
            (path(vec![Key("status".into())]), "status"),
            (path(vec![Key("x_ext".into()), Key("a".into())]), "x_ext.a"),
            (
                path(vec![Key("x_ext".into()), Key("a.b".into())]),
                "x_ext[\"a.b\"]",
            ),
            (
                path(vec![
                    Key("meetings".into()),
                    Id("JC3".into()),
                    Key("place".into()),
                ]),
                "meetings[id=JC3].place",
            ),
            (
                path(vec![Key("meetings".into()), Id("J C]3".into())]),
                "meetings[id=\"J C]3\"]",
            ),
            (path(vec![Key("reviews".into()), Index(0)]), "reviews[0]"),
            (path(vec![Key("9 lives".into())]), "[\"9 lives\"]"),
            (FieldPath::whole_item(), "(item)"),
            (path(vec![Key("(item)".into())]), "[\"(item)\"]"),
        ];
        for (p, written) in cases {
            assert_eq!(p.to_string(), written);
            assert_eq!(written.parse::<FieldPath>(), Ok(p.clone()), "{written}");
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(
                serde_json::from_str::<FieldPath>(&json).unwrap(),
                p,
                "{json}"
            );
        }
    }

    #[test]
    fn the_file_holds_plain_keys_as_strings_and_other_paths_as_steps() {
        let to = |p: &FieldPath| serde_json::to_string(p).unwrap();
        assert_eq!(to(&FieldPath::key("status")), "\"status\"");
        assert_eq!(to(&FieldPath::whole_item()), "\"(item)\"");
        assert_eq!(to(&FieldPath::key("a.b")), "[\"a.b\"]");
        assert_eq!(
            to(&path(vec![
                Key("meetings".into()),
                Id("JC3".into()),
                Index(2)
            ])),
            "[\"meetings\",{\"id\":\"JC3\"},2]"
        );
    }

    #[test]
    fn strings_of_earlier_versions_are_read_as_they_meant() {
        let read = |s: &str| serde_json::from_str::<FieldPath>(&quoted(s)).unwrap();
        assert_eq!(
            read("x_ext.a"),
            path(vec![Key("x_ext".into()), Key("a".into())])
        );
        assert_eq!(
            read("meetings[JC3].place"),
            path(vec![
                Key("meetings".into()),
                Id("JC3".into()),
                Key("place".into())
            ])
        );
        assert_eq!(
            read("meetings[3]"),
            path(vec![Key("meetings".into()), Id("3".into())])
        );
        assert_eq!(read("(item)"), FieldPath::whole_item());
        assert_eq!(read("due date"), FieldPath::key("due date"));
    }

    #[test]
    fn bad_paths_say_where_and_what() {
        let err = |s: &str| s.parse::<FieldPath>().unwrap_err();
        assert_eq!(err("").expected, PathExpected::Key);
        assert_eq!(
            err("a..b"),
            PathError {
                at: 2,
                expected: PathExpected::Key
            }
        );
        assert_eq!(err("a[x]").expected, PathExpected::Bracket);
        assert_eq!(err("a[\"b").expected, PathExpected::Quote);
        assert_eq!(err("a[1").expected, PathExpected::Close);
        assert_eq!(
            err("a b"),
            PathError {
                at: 1,
                expected: PathExpected::Step
            }
        );
        assert_eq!(
            err("a[99999999999999999999999]").expected,
            PathExpected::Index
        );
        assert_eq!(
            err("a.1b"),
            PathError {
                at: 2,
                expected: PathExpected::Key
            }
        );
    }
}
