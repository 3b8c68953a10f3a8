//! Hangul as arithmetic on the syllable block U+AC00..=U+D7A3: the initial
//! consonant (초성) of a syllable, so that `ㅈㄱㄹ` finds 조강래 as Korean
//! users expect from every search box. No words here: letters only.

/// The first Hangul syllable, 가.
const FIRST: u32 = 0xAC00;
/// The last Hangul syllable, 힣.
const LAST: u32 = 0xD7A3;
/// Syllables per initial consonant (21 vowels × 28 finals).
const PER_INITIAL: u32 = 21 * 28;

/// The 19 initial consonants as compatibility jamo (what a keyboard types
/// alone), in the order of the syllable block.
const INITIALS: [char; 19] = [
    'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ',
    'ㅌ', 'ㅍ', 'ㅎ',
];

/// The initial consonant of a Hangul syllable, as a compatibility jamo:
/// `initial('조') == Some('ㅈ')`; `None` for anything else.
///
/// ```
/// use followup::base::hangul::initial;
/// assert_eq!(initial('조'), Some('ㅈ'));
/// assert_eq!(initial('깨'), Some('ㄲ'));
/// assert_eq!(initial('a'), None);
/// ```
pub fn initial(c: char) -> Option<char> {
    let n = u32::from(c);
    (FIRST..=LAST)
        .contains(&n)
        .then(|| INITIALS[((n - FIRST) / PER_INITIAL) as usize])
}

/// The consonant a person typed alone to stand for a syllable's initial:
/// a compatibility jamo (`ㅈ`, U+3148) or a conjoining initial (`ᄌ`,
/// U+110C, as some input methods send it), as a compatibility jamo.
pub fn typed_initial(c: char) -> Option<char> {
    if INITIALS.contains(&c) {
        return Some(c);
    }
    let n = u32::from(c);
    (0x1100..=0x1112)
        .contains(&n)
        .then(|| INITIALS[(n - 0x1100) as usize])
}

/// True when `typed` (a character of a search) stands for `text` (a
/// character of what is searched): the same character, or an initial
/// consonant typed alone and the syllable it begins.
pub fn stands_for(typed: char, text: char) -> bool {
    typed == text || typed_initial(typed).is_some_and(|i| initial(text) == Some(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_syllable_has_one_of_the_nineteen_initials() {
        assert_eq!(initial('가'), Some('ㄱ'));
        assert_eq!(initial('힣'), Some('ㅎ'));
        assert_eq!(initial('래'), Some('ㄹ'));
        assert_eq!(initial('ㄱ'), None, "a jamo is not a syllable");
        for n in FIRST..=LAST {
            let c = char::from_u32(n).unwrap();
            assert!(initial(c).is_some(), "{c}");
        }
        assert_eq!(initial(char::from_u32(LAST + 1).unwrap()), None);
        assert_eq!(initial(char::from_u32(FIRST - 1).unwrap()), None);
    }

    #[test]
    fn typed_initials_in_either_form() {
        assert_eq!(typed_initial('ㅈ'), Some('ㅈ'));
        assert_eq!(typed_initial('\u{110C}'), Some('ㅈ'));
        assert_eq!(typed_initial('ㅏ'), None, "a vowel");
        assert!(stands_for('ㅈ', '조'));
        assert!(stands_for('조', '조'));
        assert!(!stands_for('ㅈ', '고'));
        assert!(!stands_for('j', '조'));
    }
}
