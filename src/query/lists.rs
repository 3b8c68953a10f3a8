//! Lists as people type them (`SMBA, INADEM`): split on commas, keeping
//! whole the known values that contain one.

/// Splits a comma-separated list as people type it (`SMBA, INADEM`), keeping
/// whole a `known` value that itself contains a comma (`Ministry of Trade,
/// Industry and Energy`). At each position the first `known` value that
/// matches up to a comma or the end wins, so callers list the item's own
/// values first (see [`list_candidates`]). Entries are trimmed; empty and
/// repeated ones dropped.
pub fn split_list(text: &str, known: &[&str]) -> Vec<String> {
    dedup(
        list_pieces(text, known)
            .into_iter()
            .filter(|v| !v.is_empty()),
    )
}

/// An entry of a typed list is empty: two commas in a row, or a comma at
/// either end (`SMBA,,INADEM`, `,`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmptyEntry;

/// Splits a list like [`split_list`], but refuses an empty entry rather than
/// dropping it. A text that is empty or only spaces is the empty list.
pub fn split_list_strict(text: &str, known: &[&str]) -> Result<Vec<String>, EmptyEntry> {
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    let pieces = list_pieces(text, known);
    if pieces.iter().any(|v| v.is_empty()) {
        return Err(EmptyEntry);
    }
    Ok(dedup(pieces.into_iter()))
}

/// The trimmed entries of a typed list, empty ones included.
fn list_pieces<'t>(text: &'t str, known: &[&str]) -> Vec<&'t str> {
    let mut out = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let whole = known.iter().filter(|k| !k.is_empty()).find(|k| {
            rest.starts_with(**k) && {
                let after = rest[k.len()..].trim_start();
                after.is_empty() || after.starts_with(',')
            }
        });
        let (value, tail) = match whole {
            Some(k) => (&rest[..k.len()], &rest[k.len()..]),
            None => rest
                .split_once(',')
                .map_or((rest, ""), |(v, _)| (v, &rest[v.len()..])),
        };
        out.push(value.trim());
        let after_comma = tail.trim_start().strip_prefix(',');
        rest = after_comma.unwrap_or(tail).trim_start();
        if after_comma.is_some() && rest.is_empty() {
            out.push(""); // a trailing comma
        }
    }
    out
}

/// The values in order, each once.
fn dedup<'t>(values: impl Iterator<Item = &'t str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if !out.iter().any(|o| o == v) {
            out.push(v.to_owned());
        }
    }
    out
}

/// The values [`split_list`] should keep whole, in priority order: the
/// item's own values (longest first), then other values of the ledger that
/// contain a comma (longest first).
pub fn list_candidates<'a>(
    own: &'a [String],
    ledger: impl IntoIterator<Item = &'a String>,
) -> Vec<&'a str> {
    let mut mine: Vec<&str> = own.iter().map(String::as_str).collect();
    mine.sort_by_key(|v| std::cmp::Reverse(v.len()));
    let mut others: Vec<&str> = ledger
        .into_iter()
        .map(String::as_str)
        .filter(|v| v.contains(',') && !mine.contains(v))
        .collect();
    others.sort_by_key(|v| std::cmp::Reverse(v.len()));
    others.dedup();
    mine.extend(others);
    mine
}
