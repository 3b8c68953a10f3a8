//! Strings written as JSON, escaped as serde_json escapes them, the runs
//! that need no escape found eight bytes at a time and copied in one piece
//! (serde_json looks at each byte in turn: a sixth of `check`'s time).

/// Writes `s` as a JSON string, escaped as serde_json escapes it: `\"`,
/// `\\`, `\b \f \n \r \t`, other control characters as `\u00xx`; nothing
/// else (not U+2028, not non-ASCII).
pub(super) fn write_str(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let word = |at: usize| u64::from_le_bytes(b[at..at + 8].try_into().expect("eight bytes"));
    let (mut start, mut i) = (0, 0);
    loop {
        while i + 8 <= b.len() && !special(word(i)) {
            i += 8;
        }
        let end = (i + 8).min(b.len());
        // Fewer than eight bytes left: the last eight, read again, say
        // whether any of them needs escaping.
        if end == b.len() && b.len() >= 8 && i < end && !special(word(b.len() - 8)) {
            break;
        }
        match b[i..end].iter().position(|&c| needs_escape(c)) {
            Some(k) => {
                out.extend_from_slice(&b[start..i + k]);
                escape(out, b[i + k]);
                i += k + 1;
                start = i;
            }
            None if end == b.len() => break,
            None => i = end,
        }
    }
    out.extend_from_slice(&b[start..]);
    out.push(b'"');
}

fn needs_escape(c: u8) -> bool {
    c < 0x20 || c == b'"' || c == b'\\'
}

/// True when one of the eight bytes of `x` needs escaping: exact, by the
/// bit tricks for "has a zero byte" and "has a byte less than n".
fn special(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let control = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    (control | zero(x ^ (ONES * u64::from(b'"'))) | zero(x ^ (ONES * u64::from(b'\\')))) != 0
}

fn escape(out: &mut Vec<u8>, c: u8) {
    let short = match c {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        0x0C => b'f',
        b'\n' => b'n',
        b'\r' => b'r',
        b'\t' => b't',
        _ => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let hex = [HEX[usize::from(c >> 4)], HEX[usize::from(c & 0xF)]];
            out.extend_from_slice(&[b'\\', b'u', b'0', b'0', hex[0], hex[1]]);
            return;
        }
    };
    out.extend_from_slice(&[b'\\', short]);
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn each_ascii_byte_and_more_at_each_place_of_a_word_is_escaped_as_serde_json_does() {
        let odd = [
            'é', '\u{2028}', '\u{2029}', '😀', '\u{7f}', '\u{80}', '\u{ff}',
        ];
        for c in (0u8..0x80).map(char::from).chain(odd) {
            for len in 1..=19 {
                for at in 0..len {
                    let mut s: String = "a".repeat(len - 1);
                    s.insert(at, c);
                    let mut out = Vec::new();
                    write_str(&mut out, &s);
                    assert_eq!(
                        out,
                        serde_json::to_vec(&s).unwrap(),
                        "{c:?} at {at} of {len}"
                    );
                }
            }
        }
    }

    /// Text biased to what needs escaping, among bytes that do not.
    pub(in crate::ledger) fn text() -> impl Strategy<Value = String> {
        let special = prop_oneof![
            (0u32..0x20).prop_map(|c| char::from_u32(c).unwrap()),
            Just('"'),
            Just('\\'),
            Just('\u{7f}'),
            Just('\u{2028}'),
            Just('😀'),
            Just('한'),
        ];
        let c = prop_oneof![3 => any::<char>(), 3 => prop::char::range(' ', '~'), 2 => special];
        prop::collection::vec(c, 0..40).prop_map(String::from_iter)
    }

    proptest! {
        #[test]
        fn strings_are_written_as_serde_json_writes_them(s in text()) {
            let mut out = Vec::new();
            write_str(&mut out, &s);
            prop_assert_eq!(out, serde_json::to_vec(&s).unwrap());
        }

    }
}
