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
    let mut out = String::with_capacity(s.len());
    fold_into(&mut out, s);
    out
}

/// Appends `s` [`fold`]ed to `out`. Runs of ASCII are lower-cased as they
/// are (most text of a ledger); only the rest is normalised. The same as
/// folding the whole text: no character composes with an ASCII one before
/// it but a combining mark, which folding drops anyway.
pub fn fold_into(out: &mut String, s: &str) {
    let mut rest = s;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let (plain, tail) = rest.split_at(ascii);
        out.extend(plain.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        let other = tail
            .bytes()
            .position(|b| b.is_ascii())
            .unwrap_or(tail.len());
        let (accented, tail) = tail.split_at(other);
        if !accented.is_empty() {
            let bare: String = accented.nfd().filter(|c| !is_combining_mark(*c)).collect();
            out.extend(bare.nfc().flat_map(char::to_lowercase));
        }
        rest = tail;
    }
}

/// A typed word as the input vocabularies compare it: [`fold`]ed, without
/// spaces, hyphens, underscores and dots, so `진행중` is `진행 중`, `En-Curso`
/// is `en curso` and `in_progress` is `in progress`.
///
/// ```
/// use followup::base::fold::word_key;
/// assert_eq!(word_key("진행중"), word_key("진행 중"));
/// assert_eq!(word_key(" In-Progress "), "inprogress");
/// assert_eq!(word_key("Fecha Límite"), "fechalimite");
/// ```
pub fn word_key(s: &str) -> String {
    fold(s)
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '_' | '.'))
        .collect()
}

/// What people type to find text: folded once, compared against folded
/// text. The one matcher of every search box and text filter (the
/// dashboard's search and filters, `list --owner`/`--workstream`, `remind
/// --owner`): a part of the text is enough (`조강` finds 조강래, `mex` finds
/// "México"), and a Korean initial consonant typed alone stands for any
/// syllable it begins (`ㅈㄱㄹ`, `ㅈㄱ` and `조ㄱ` all find 조강래).
///
/// ```
/// use followup::base::fold::Needle;
/// assert!(Needle::new("ㅈㄱㄹ").found_in("조강래"));
/// assert!(Needle::new("조ㄱ").found_in("담당: 조강래"));
/// assert!(Needle::new("nunez").found_in("María José Núñez"));
/// assert!(!Needle::new("ㄱㅈ").found_in("조강래"));
/// ```
#[derive(Debug, Clone)]
pub struct Needle {
    folded: String,
    /// The needle's characters when it holds an initial consonant typed
    /// alone (compared one by one); `None` for a plain substring search.
    initials: Option<Vec<char>>,
    /// The substring search, prepared once (SIMD): a search box runs it
    /// over every item at each key. Boxed: it is large, a needle is moved.
    finder: Box<memchr::memmem::Finder<'static>>,
}

impl PartialEq for Needle {
    fn eq(&self, other: &Needle) -> bool {
        self.folded == other.folded
    }
}

impl Eq for Needle {}

impl Needle {
    /// The needle for `query` (case, accents and Hangul form ignored).
    pub fn new(query: &str) -> Needle {
        let folded = fold(query.trim());
        let initials = folded
            .chars()
            .any(|c| super::hangul::typed_initial(c).is_some())
            .then(|| folded.chars().collect());
        let finder = Box::new(memchr::memmem::Finder::new(folded.as_bytes()).into_owned());
        Needle {
            folded,
            initials,
            finder,
        }
    }

    /// The prepared substring search of a plain needle, to run over many
    /// texts laid end to end; `None` for one typed as initial consonants
    /// (compared character by character: see [`Needle::found_in_folded`]).
    pub fn plain(&self) -> Option<&memchr::memmem::Finder<'static>> {
        self.initials.is_none().then_some(&*self.finder)
    }

    /// True when nothing was typed.
    pub fn is_empty(&self) -> bool {
        self.folded.is_empty()
    }

    /// True when `hay` contains the needle anywhere (an empty needle is
    /// found everywhere).
    pub fn found_in(&self, hay: &str) -> bool {
        self.found_in_folded(&fold(hay))
    }

    /// [`Needle::found_in`] for a text already [`fold`]ed (the dashboard
    /// folds each item's text once per change).
    pub fn found_in_folded(&self, hay: &str) -> bool {
        let Some(needle) = &self.initials else {
            return self.finder.find(hay.as_bytes()).is_some();
        };
        let hay: Vec<char> = hay.chars().collect();
        hay.windows(needle.len()).any(|w| {
            w.iter()
                .zip(needle)
                .all(|(h, n)| super::hangul::stands_for(*n, *h))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_by_runs_is_folding_the_whole() {
        let whole = |s: &str| -> String {
            let bare: String = s.nfd().filter(|c| !is_combining_mark(*c)).collect();
            bare.nfc().flat_map(char::to_lowercase).collect()
        };
        for s in [
            "Reunión de Seguimiento",
            "Mexico\u{301} y Corea",
            "중소기업청 SMBA",
            "\u{1112}\u{1161}\u{11AB}국 KOTRA",
            "ÅNGSTRÖM Ǆ ß İ Σ",
            "e\u{301}\u{327}x",
            "",
        ] {
            assert_eq!(fold(s), whole(s), "{s}");
        }
    }

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
    fn a_part_of_a_name_or_its_initial_consonants_find_it() {
        let found = |q: &str, hay: &str| Needle::new(q).found_in(hay);
        assert!(found("조강", "조강래"));
        assert!(found("ㅈㄱㄹ", "조강래"));
        assert!(found("ㅈㄱ", "조강래"));
        assert!(found("조ㄱ", "조강래"));
        assert!(found("ㄱㄹ", "조강래"), "from any syllable");
        assert!(found("\u{110C}\u{1100}", "조강래"), "conjoining initials");
        assert!(!found("ㅈㄹ", "조강래"), "in order, side by side");
        assert!(!found("ㅈㄱㄹㅇ", "조강래"));
        assert!(found("mex", "Kia Motors México"));
        assert!(found("SMBA", "중소기업청 SMBA"));
        assert!(found("", "SMBA"), "an empty needle is found everywhere");
        assert!(!found("ㅎ", "SMBA"));
    }
}
