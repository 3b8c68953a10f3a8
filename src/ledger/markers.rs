//! Recognising a ledger that git merged as plain text: the `<<<<<<<` conflict
//! markers a merge without followup's driver (or a rebase) leaves behind.

use super::error::Error;
use super::parse::ParseError;
use std::path::Path;

/// The 1-based line of the first git conflict marker (`<<<<<<< ` at the start of a line).
pub fn conflict_marker_line(bytes: &[u8]) -> Option<usize> {
    bytes
        .split(|b| *b == b'\n')
        .position(|line| line.starts_with(b"<<<<<<< ") || line == b"<<<<<<<")
        .map(|i| i + 1)
}

/// The error for ledger bytes that failed to parse: conflict markers when the
/// text holds them, else the parse error itself.
pub(crate) fn load_error(path: &Path, bytes: &[u8], source: ParseError) -> Error {
    match conflict_marker_line(bytes) {
        Some(line) => Error::ConflictMarkers {
            path: path.to_owned(),
            line,
        },
        None => Error::Invalid {
            path: path.to_owned(),
            source,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_opening_marker() {
        let text =
            b"{\n  \"items\": [\n<<<<<<< HEAD\n    1\n=======\n    2\n>>>>>>> theirs\n  ]\n}\n";
        assert_eq!(conflict_marker_line(text), Some(3));
        assert_eq!(conflict_marker_line(b"{\n}\n"), None);
        // Inside a string, not at the start of a line: not a marker.
        assert_eq!(conflict_marker_line(b"{\"t\": \"<<<<<<< x\"}"), None);
    }

    #[test]
    fn a_parse_error_with_markers_becomes_conflict_markers() {
        let text = b"{\n<<<<<<< ours\n";
        let e = load_error(
            Path::new("ledger.json"),
            text,
            ParseError {
                line: 2,
                column: 1,
                problem: crate::ledger::ParseProblem::Json(crate::ledger::JsonCause::ExpectedValue),
            },
        );
        assert!(matches!(e, Error::ConflictMarkers { line: 2, .. }), "{e:?}");
        assert!(e.is_invalid());
    }
}
