//! Finds where a JSON path points in a document's text, so that problems found
//! after parsing (a duplicate id, a dangling meeting) can name a line and column.

use std::fmt;

/// One step of a JSON path: an object key or an array index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// A path into the ledger document, printed as `items[3].status`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JsonPath(pub Vec<Seg>);

impl JsonPath {
    /// The path to item `index`, optionally to one of its fields.
    pub fn item(index: usize, field: Option<&str>) -> Self {
        let mut p = vec![Seg::Key("items".into()), Seg::Index(index)];
        p.extend(field.map(|f| Seg::Key(f.into())));
        JsonPath(p)
    }

    /// The index of the item this path points into, if any.
    pub fn item_index(&self) -> Option<usize> {
        match self.0.as_slice() {
            [Seg::Key(k), Seg::Index(i), ..] if k == "items" => Some(*i),
            _ => None,
        }
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Key(k) if n == 0 => write!(f, "{k}")?,
                Seg::Key(k) => write!(f, ".{k}")?,
                Seg::Index(i) => write!(f, "[{i}]")?,
            }
        }
        Ok(())
    }
}

/// The 1-based line and column (in characters) of byte offset `at` (an
/// offset inside a character counts as that character's).
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.bytes().filter(|b| *b == b'\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

/// The byte offset of the value at `path` in valid JSON `text`, or of the
/// deepest enclosing value found. Any other text gets some offset within it.
pub fn locate(text: &str, path: &JsonPath) -> usize {
    let b = text.as_bytes();
    let mut pos = skip_ws(b, 0);
    for seg in &path.0 {
        match (seg, b.get(pos)) {
            (Seg::Key(key), Some(b'{')) => match find_key(b, pos, key) {
                Some(p) => pos = p,
                None => return pos,
            },
            (Seg::Index(i), Some(b'[')) => {
                let mut p = skip_ws(b, pos + 1);
                for _ in 0..*i {
                    p = skip_ws(b, skip_value(b, p));
                    if b.get(p) != Some(&b',') {
                        return pos;
                    }
                    p = skip_ws(b, p + 1);
                }
                pos = p;
            }
            _ => return pos,
        }
    }
    pos
}

fn find_key(b: &[u8], obj: usize, key: &str) -> Option<usize> {
    let mut p = skip_ws(b, obj + 1);
    while b.get(p) == Some(&b'"') {
        let end = skip_value(b, p);
        if end < p + 2 {
            return None; // an unterminated string
        }
        let found = &b[p + 1..end - 1] == key.as_bytes();
        p = skip_ws(b, end);
        if b.get(p) != Some(&b':') {
            return None;
        }
        p = skip_ws(b, p + 1);
        if found {
            return Some(p);
        }
        p = skip_ws(b, skip_value(b, p));
        if b.get(p) != Some(&b',') {
            return None;
        }
        p = skip_ws(b, p + 1);
    }
    None
}

fn skip_ws(b: &[u8], mut p: usize) -> usize {
    while p < b.len() && matches!(b[p], b' ' | b'\t' | b'\n' | b'\r') {
        p += 1;
    }
    p
}

/// The offset just past the value starting at `p`.
fn skip_value(b: &[u8], mut p: usize) -> usize {
    let mut depth = 0usize;
    let mut in_str = false;
    while p < b.len() {
        let c = b[p];
        p += 1;
        if in_str {
            match c {
                b'\\' => p += 1,
                b'"' => {
                    in_str = false;
                    if depth == 0 {
                        return p;
                    }
                }
                _ => {}
            }
            continue;
        }
        match c {
            b'"' => in_str = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                if depth <= 1 {
                    return if depth == 1 { p } else { p - 1 };
                }
                depth -= 1;
            }
            b',' | b' ' | b'\t' | b'\n' | b'\r' if depth == 0 => return p - 1,
            _ => {}
        }
    }
    p.min(b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let text = "{\n  \"a\": [1, {\"x\": \"}]\\\"\"}],\n  \"items\": [\n    {\"id\": \"A\"},\n    {\"id\": \"B\", \"status\": \"nope\"}\n  ]\n}\n";
        let at = locate(text, &JsonPath::item(1, Some("status")));
        assert_eq!(&text[at..at + 6], "\"nope\"");
        assert_eq!(line_col(text, at), (5, 27));
        let at = locate(text, &JsonPath::item(0, None));
        assert_eq!(line_col(text, at), (4, 5));
        // A missing key points at the enclosing object.
        let at = locate(text, &JsonPath::item(0, Some("title")));
        assert_eq!(line_col(text, at), (4, 5));
    }

    #[test]
    fn prints_paths() {
        assert_eq!(JsonPath::item(3, Some("due")).to_string(), "items[3].due");
        assert_eq!(JsonPath::item(3, Some("due")).item_index(), Some(3));
        assert_eq!(
            JsonPath(vec![Seg::Key("meetings".into())]).item_index(),
            None
        );
    }

    #[test]
    fn columns_count_characters() {
        assert_eq!(
            line_col("{\"한\": 1}", 9),
            (1, 8),
            "the closing brace is the 8th character"
        );
    }
}

#[cfg(test)]
mod damaged {
    use super::*;

    #[test]
    fn any_text_gets_an_offset_inside_it() {
        let paths = [
            JsonPath(vec![Seg::Key("a".into())]),
            JsonPath(vec![Seg::Index(3)]),
            JsonPath::item(0, Some("status")),
        ];
        for text in [
            "{\"",
            "{\"\\",
            "{\"a\\é\":1}",
            "[\"\\",
            "{\"a\":\"é\\",
            "{\"items\":[{\"status\":\"é",
        ] {
            for p in &paths {
                let at = locate(text, p);
                assert!(at <= text.len(), "{text:?} {p}");
                let (line, col) = line_col(text, at);
                assert!(line == 1 && col >= 1 && col <= text.chars().count() + 1);
            }
        }
        assert_eq!(
            line_col("é", 1),
            (1, 1),
            "inside a character: that character"
        );
    }
}
