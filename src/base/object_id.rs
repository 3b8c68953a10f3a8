//! Git's names for what it stores, as text from git or from a file name is
//! checked before it is used.

/// True when `s` is an object id as git writes it: lowercase hexadecimal,
/// 40 characters (SHA-1) or 64 (SHA-256).
pub fn is_object_id(s: &str) -> bool {
    let hex = s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    hex && matches!(s.len(), 40 | 64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whole_lowercase_ids_of_either_hash_are_ids() {
        let sha1 = "de492fd9da3ce8a652236edb69f26b24e3b40f7e";
        assert!(is_object_id(sha1));
        assert!(is_object_id(&"0a".repeat(32)));
        for bad in [
            "",
            &sha1[..39],
            &format!("{sha1}0"),
            &sha1.to_uppercase(),
            &sha1.replace('d', "g"),
            "../../../../../../../../../../etc/passwd",
            "HEAD",
            &"0a".repeat(24),
        ] {
            assert!(!is_object_id(bad), "{bad}");
        }
    }
}
