//! The glossary is used: `locales/GLOSSARY.md` gives every core term a word
//! in each language, and no catalog message uses a word the glossary
//! replaced (its "never" column).

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::path::{Path, PathBuf};

const LANGS: [&str; 3] = ["en", "es", "ko"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_owned()
}

/// One row of the glossary: the term in each language, and the words it
/// replaced, by language.
struct Term {
    words: [String; 3],
    never: Vec<(String, String)>,
}

fn glossary() -> Vec<Term> {
    let text = std::fs::read_to_string(root().join("locales/GLOSSARY.md")).unwrap();
    let mut rows = text.lines().filter(|l| l.starts_with('|')).map(|l| {
        l.trim_matches('|')
            .split('|')
            .map(|c| c.trim().to_owned())
            .collect::<Vec<_>>()
    });
    let head = rows.next().expect("a table");
    assert_eq!(
        head[..4],
        ["English", "Español (México)", "한국어", "never"],
        "the glossary's columns"
    );
    rows.filter(|r| !r[0].starts_with("---"))
        .map(|r| {
            assert_eq!(r.len(), head.len(), "{r:?}: a cell for every column");
            let never = r[3]
                .split(';')
                .filter(|part| !part.trim().is_empty())
                .flat_map(|part| {
                    let (lang, words) = part
                        .split_once(':')
                        .unwrap_or_else(|| panic!("`{part}`: expected `lang: word, word`"));
                    let lang = lang.trim().to_owned();
                    assert!(LANGS.contains(&lang.as_str()), "`{lang}` in {r:?}");
                    words
                        .split(',')
                        .map(move |w| (lang.clone(), w.trim().to_lowercase()))
                })
                .collect();
            Term {
                words: [r[0].clone(), r[1].clone(), r[2].clone()],
                never,
            }
        })
        .collect()
}

/// The text of every message of `lang` (id, text without placeables).
fn message_texts(lang: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let dir = root().join("locales").join(lang);
    for file in std::fs::read_dir(&dir).unwrap() {
        let path = file.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        let res = fluent_syntax::parser::parse(src.as_str())
            .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", path.display()));
        for entry in res.body {
            if let Entry::Message(m) = entry
                && let Some(p) = &m.value
            {
                let mut text = String::new();
                pattern_text(p, &mut text);
                out.push((m.id.name.to_owned(), text));
            }
        }
    }
    assert!(out.len() > 100, "{lang}: {} messages", out.len());
    out
}

fn pattern_text(p: &Pattern<&str>, out: &mut String) {
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => {
                out.push(' ');
                expression_text(expression, out);
                out.push(' ');
            }
        }
    }
}

fn expression_text(e: &Expression<&str>, out: &mut String) {
    match e {
        Expression::Select { variants, .. } => {
            for v in variants {
                pattern_text(&v.value, out);
                out.push('\n');
            }
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) => out.push_str(value),
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_text(expression, out)
        }
        Expression::Inline(_) => {}
    }
}

/// True when `text` holds `word`: as a whole word in alphabetic scripts,
/// anywhere in Hangul (Korean attaches particles to words without a space).
fn uses(text: &str, word: &str) -> bool {
    let text = text.to_lowercase();
    if word.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)) {
        return text.contains(word);
    }
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(word).any(|(at, _)| {
        !letter(text[..at].chars().next_back()) && !letter(text[at + word.len()..].chars().next())
    })
}

#[test]
fn every_term_has_a_word_in_every_language() {
    let terms = glossary();
    assert!(terms.len() >= 25, "{} terms", terms.len());
    for t in &terms {
        for (lang, word) in LANGS.iter().zip(&t.words) {
            assert!(!word.is_empty(), "{lang}: no word for `{}`", t.words[0]);
        }
    }
}

#[test]
fn no_message_uses_a_word_the_glossary_replaced() {
    let terms = glossary();
    let mut found = Vec::new();
    for lang in LANGS {
        for (id, text) in message_texts(lang) {
            for t in &terms {
                for (_, word) in t.never.iter().filter(|(l, _)| l == lang) {
                    if uses(&text, word) {
                        found.push(format!("{lang} `{id}`: `{word}` (say `{}`)", {
                            let i = LANGS.iter().position(|l| *l == lang).unwrap();
                            &t.words[i]
                        }));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_word_test_knows_words_from_parts_of_words() {
    assert!(uses("el comité aprobó", "comité"));
    assert!(!uses("los comités", "comité"));
    assert!(uses("Fecha límite: hoy", "fecha límite"));
    assert!(uses("원장을 저장", "원장"));
    assert!(!uses("관리대장을 저장", "원장"));
    assert!(!uses("registrados", "registrado"));
}
