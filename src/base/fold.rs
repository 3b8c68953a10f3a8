//! Text compared the way people expect: case and accents ignored
//! (`reunion` finds "Reunión", `consultoria` finds "Consultoría"), and Hangul
//! in one normal form (text typed on macOS arrives decomposed). Shared by the
//! dashboard's search and filters and by the command line, so both select the
//! same items.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// `s` lower-cased, without accents, Hangul composed (NFC).
///
/// ```
/// use followup::base::fold::fold;
/// assert_eq!(fold("REUNIÓN"), "reunion");
/// assert_eq!(fold("Consultoría"), fold("consultoria"));
/// // A decomposed syllable (as macOS types it) equals the composed one.
/// assert_eq!(fold("\u{1112}\u{1161}\u{11AB}"), "한");
/// ```
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let bare: String = s.nfd().filter(|c| !is_combining_mark(*c)).collect();
    bare.nfc().flat_map(char::to_lowercase).collect()
}

/// What people type to find text: folded once, compared against folded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Needle(String);

impl Needle {
    /// The needle for `query` (case, accents and Hangul form ignored).
    pub fn new(query: &str) -> Needle {
        Needle(fold(query.trim()))
    }

    /// True when nothing was typed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// True when `hay` contains the needle anywhere.
    pub fn found_in(&self, hay: &str) -> bool {
        fold(hay).contains(&self.0)
    }

    /// True when the needle is `name`, or whole words of it: `SMBA` names
    /// "중소기업청 SMBA" and `kia` names "Kia Motors México", but `kia` does not
    /// name "Kiamotors". This is how owners and workstreams are matched, by
    /// the command line and the dashboard alike.
    pub fn names(&self, name: &str) -> bool {
        if self.0.is_empty() {
            return false;
        }
        let hay = fold(name);
        hay.match_indices(&self.0).any(|(at, m)| {
            let before = hay[..at].chars().next_back();
            let after = hay[at + m.len()..].chars().next();
            before.is_none_or(|c| !c.is_alphanumeric())
                && after.is_none_or(|c| !c.is_alphanumeric())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_case_are_ignored() {
        assert!(Needle::new("reunion").found_in("Reunión de seguimiento"));
        assert!(Needle::new("REUNIÓN").found_in("reunion"));
        assert!(Needle::new("consultoria").found_in("Consultoría para PyMEs"));
        assert!(Needle::new("nuevo leon").found_in("Nuevo León"));
        assert!(!Needle::new("reunions").found_in("Reunión"));
    }

    #[test]
    fn hangul_matches_in_either_normal_form() {
        let composed = "중소기업청";
        let decomposed: String = composed.nfd().collect();
        assert_ne!(composed, decomposed);
        assert!(Needle::new(&decomposed).found_in(composed));
        assert!(Needle::new("기업").found_in(&decomposed));
        assert_eq!(fold(&decomposed), composed);
    }

    #[test]
    fn names_match_whole_words() {
        let n = Needle::new("smba");
        assert!(n.names("SMBA"));
        assert!(n.names("중소기업청 SMBA"));
        assert!(!n.names("SMBAX"));
        assert!(Needle::new("kia").names("Kia Motors México"));
        assert!(Needle::new("motors mexico").names("Kia Motors México"));
        assert!(!Needle::new("").names("SMBA"));
    }
}
