//! Where an item's text ends, found without parsing it: in the canonical
//! text by its closing brace alone on a line ([`ITEM_END`]), in any text by
//! following its strings and braces ([`object_end`]); and whether it nests
//! too deep to be parsed on its own ([`too_deep`]); and how many items a
//! text of some length likely holds ([`room`]).

/// Items with this many brackets are measured for depth, in case they nest
/// deeper than the whole text's parser allows (which counts from the top).
const BRACKETS_TO_MEASURE: usize = 96;

/// The deepest an item may nest here; deeper ones are left to the whole read.
const MAX_ITEM_DEPTH: usize = 96;

/// Room for the items `bytes` of ledger text likely hold (an item with a
/// note takes some 400 bytes or more; generated ones ~630): a list seldom
/// grows by copying, and room never used is never touched.
pub(super) fn room(bytes: u64) -> usize {
    (bytes / 384) as usize
}

/// Where an item of the canonical text ends: its closing brace alone on a
/// line, at the items' depth (deeper objects are indented further, and no
/// string holds a raw line feed).
pub(super) const ITEM_END: &[u8] = b"\n    }";

/// The length of the object `text` starts with (its `{` first), through its
/// closing brace; `None` when `text` ends first.
pub(super) fn object_end(text: &[u8]) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    loop {
        let at = i + memchr::memchr3(b'"', b'{', b'}', text.get(i..)?)?;
        i = at + 1;
        match text[at] {
            b'"' => loop {
                let q = i + memchr::memchr2(b'"', b'\\', text.get(i..)?)?;
                i = q + if text[q] == b'\\' { 2 } else { 1 };
                if text[q] == b'"' {
                    break;
                }
            },
            b'{' => depth += 1,
            _ => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
        }
    }
}

/// True when an item's text nests deeper than [`MAX_ITEM_DEPTH`]: counted
/// only for items with many brackets (a fast count first).
pub(super) fn too_deep(text: &[u8]) -> bool {
    if memchr::memchr2_iter(b'{', b'[', text).count() < BRACKETS_TO_MEASURE {
        return false;
    }
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0, false, false);
    for &b in text {
        match (in_string, b) {
            (true, _) if escaped => escaped = false,
            (true, b'\\') => escaped = true,
            (true, b'"') | (false, b'"') => in_string = !in_string,
            (false, b'{' | b'[') => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            (false, b'}' | b']') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest > MAX_ITEM_DEPTH
}
