//! The switcher: one key, then a letter or a few letters of a committee's
//! name, and that committee's dashboard is on screen.

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
/// letters in order; otherwise in the given order), and whether the best
/// match is the only one of its rank: then a letter or two is enough.
/// Case and accents are not told apart. Every name when `query` is empty.
pub fn ranked(names: &[&str], query: &str) -> (Vec<usize>, bool) {
    let q = fold(query);
    let mut found: Vec<(Rank, usize)> = names
        .iter()
        .enumerate()
        .filter_map(|(n, name)| rank(&fold(name), &q).map(|r| (r, n)))
        .collect();
    found.sort();
    let unique = !q.is_empty()
        && found.first().is_some_and(|(best, _)| {
            found.iter().filter(|(r, _)| r == best).count() == 1
        });
    (found.into_iter().map(|(_, n)| n).collect(), unique)
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
    fn a_letter_that_starts_one_name_or_word_is_enough() {
        assert_eq!(ranked(&DESK, "k"), (vec![2], true));
        assert_eq!(ranked(&DESK, "M").0[0], 2, "a word inside the name");
        let (all, unique) = ranked(&DESK, "");
        assert_eq!((all.len(), unique), (5, false));
    }

    #[test]
    fn letters_in_order_match_after_the_names_that_start_with_them() {
        let (found, unique) = ranked(&DESK, "a");
        assert_eq!(found, [0, 1, 2, 3, 4]);
        assert!(unique, "apec starts with it, the rest only hold it");
        let (found, unique) = ranked(&DESK, "ea");
        assert_eq!(found, [1, 2, 4]);
        assert!(!unique, "three hold e then a: more letters, or Enter");
        let (found, unique) = ranked(&["sela", "sela-caribe"], "sel");
        assert_eq!(found, [0, 1]);
        assert!(!unique, "two start with it: Enter chooses");
        assert_eq!(ranked(&DESK, "zz").0, Vec::<usize>::new());
    }
}
