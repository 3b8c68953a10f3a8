//! The one lookup behind the input vocabularies (statuses, field names):
//! a typed word found among the words of the user's language first, then of
//! the other languages, compared by [`word_key`].

use crate::base::fold::word_key;
use crate::base::lang::Lang;

/// One language's words for each value.
pub type Vocabulary<T> = [(T, &'static [&'static str])];

/// The value a typed word names in `words`, given its [`word_key`]: a word
/// of `lang` first, then of the other languages; `None` when no language
/// has it.
pub fn find_word<T: Copy>(
    key: &str,
    lang: Lang,
    words: fn(Lang) -> &'static Vocabulary<T>,
) -> Option<T> {
    std::iter::once(lang)
        .chain(Lang::ALL.into_iter().filter(|l| *l != lang))
        .find_map(|l| {
            words(l)
                .iter()
                .find(|(_, ws)| ws.iter().any(|w| word_key(w) == key))
                .map(|(v, _)| *v)
        })
}

#[cfg(test)]
/// The words that name two different values across all the languages of
/// `words` (each as `word (language): value, elsewhere value`); none, if
/// the vocabulary can be read without knowing the language.
pub fn clashes<T: Copy + PartialEq + std::fmt::Debug>(
    words: fn(Lang) -> &'static Vocabulary<T>,
) -> Vec<String> {
    let mut seen = std::collections::HashMap::new();
    let mut found = Vec::new();
    for lang in Lang::ALL {
        for (value, ws) in words(lang) {
            for w in *ws {
                if let Some((before, in_lang)) = seen.insert(word_key(w), (*value, lang))
                    && before != *value
                {
                    found.push(format!(
                        "{w} ({lang:?}): {value:?}, in {in_lang:?} {before:?}"
                    ));
                }
            }
        }
    }
    found
}
