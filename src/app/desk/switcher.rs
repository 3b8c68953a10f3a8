//! The switcher: one key, then a letter or a few letters of a committee's
//! name, and Enter: that committee's dashboard is on screen. (Enter, not
//! the first letter that singles one out: the letters typed after it would
//! otherwise reach the committee's dashboard as commands.)

use crate::base::fold::fold;

/// The switcher's state: what was typed and which choice is highlighted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Switcher {
    pub query: String,
    /// Position in [`ranked`]'s list.
    pub chosen: usize,
}

/// How well a name matches what was typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// The name, or one of its words, starts with it.
    Start,
    /// Its letters come in the name in that order.
    Letters,
}

/// The names (by index) that match `query`, the best first (names that
/// start with it, or have a word that does, before names that only hold its
/// letters in order; otherwise in the given order). Case and accents are
/// not told apart. Every name when `query` is empty.
pub fn ranked(names: &[&str], query: &str) -> Vec<usize> {
    let q = fold(query);
    let mut found: Vec<(Rank, usize)> = names
        .iter()
        .enumerate()
        .filter_map(|(n, name)| rank(&fold(name), &q).map(|r| (r, n)))
        .collect();
    found.sort();
    found.into_iter().map(|(_, n)| n).collect()
}

fn rank(name: &str, q: &str) -> Option<Rank> {
    let words = name.split(|c: char| !c.is_alphanumeric());
    if name.starts_with(q) || words.into_iter().any(|w| w.starts_with(q)) {
        return Some(Rank::Start);
    }
    let mut letters = name.chars();
    q.chars()
        .all(|c| letters.any(|l| l == c))
        .then_some(Rank::Letters)
}

#[cfg(test)]
mod tests {
    use super::ranked;

    const DESK: [&str; 5] = ["apec", "celac", "korea-mexico", "partnership", "sela"];

    #[test]
    fn a_letter_that_starts_a_name_or_one_of_its_words_comes_first() {
        assert_eq!(ranked(&DESK, "k"), [2]);
        assert_eq!(ranked(&DESK, "M"), [2], "a word inside the name, any case");
        assert_eq!(ranked(&DESK, "").len(), 5);
    }

    #[test]
    fn letters_in_order_match_after_the_names_that_start_with_them() {
        assert_eq!(ranked(&DESK, "a"), [0, 1, 2, 3, 4], "apec starts with it");
        assert_eq!(
            ranked(&DESK, "s"),
            [4, 3],
            "sela, then partnership holds an s"
        );
        assert_eq!(ranked(&DESK, "ea"), [1, 2, 4]);
        assert_eq!(ranked(&["sela", "sela-caribe"], "sel"), [0, 1]);
        assert!(ranked(&DESK, "zz").is_empty());
    }
}
