//! Counts agree with their words: every English and Spanish message, with
//! each of its numbers set to 1, writes no plural after that 1 ("1 acuerdo,
//! 1 vencido", never "1 vencidos"); and the summaries read right for 1 and 2.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use followup::i18n::{FluentArgs, FluentValue, Lang, catalog};
use followup::tr;
use std::collections::BTreeSet;
use std::path::Path;

/// Message id → the variables it uses, in every file of `lang`.
fn messages(lang: &str) -> Vec<(String, BTreeSet<String>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang);
    let mut out = Vec::new();
    for file in std::fs::read_dir(dir).unwrap() {
        let path = file.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        let res = fluent_syntax::parser::parse(src.as_str()).unwrap();
        for entry in res.body {
            if let Entry::Message(m) = entry
                && let Some(p) = &m.value
            {
                let mut vars = BTreeSet::new();
                pattern_vars(p, &mut vars);
                out.push((m.id.name.to_owned(), vars));
            }
        }
    }
    out
}

fn pattern_vars(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            match expression {
                Expression::Select { selector, variants } => {
                    inline_vars(selector, vars);
                    for v in variants {
                        pattern_vars(&v.value, vars);
                    }
                }
                Expression::Inline(i) => inline_vars(i, vars),
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => {
            let p = Pattern {
                elements: vec![PatternElement::Placeable {
                    expression: (**expression).clone(),
                }],
            };
            pattern_vars(&p, vars);
        }
        _ => {}
    }
}

/// Words ending in `s` that are not plurals (every value is 1 here, text
/// values too: `1 es una carpeta`, `1 holds`).
const NOT_PLURAL: &[&str] = &[
    "más", "es", "is", "was", "has", "does", "holds", "offers", "unpacks", "progress",
];

/// Messages whose number is a fixed limit, never 1 (bytes, cells, tries).
const LIMITS: &[&str] = &[
    "le-too-large",
    "sync-kept-moving",
    "imp-err-unpacked",
    "imp-err-too-many-cells",
    "imp-err-cell-too-long",
    "imp-err-text-too-long",
    "imp-err-too-many-strings",
];

/// The words that follow a lone `1 ` and end in `s`.
fn plurals_after_one(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices("1 ").filter_map(move |(at, _)| {
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_digit() || ".-/".contains(c)) {
            return None;
        }
        let word: &str = text[at + 2..].split(|c: char| !c.is_alphabetic()).next()?;
        word.ends_with('s').then_some(word)
    })
}

#[test]
fn one_is_never_followed_by_a_plural() {
    let mut found = Vec::new();
    for (code, lang) in [("en", Lang::En), ("es", Lang::Es)] {
        let cat = catalog(lang);
        for (id, vars) in messages(code) {
            if LIMITS.contains(&id.as_str()) {
                continue;
            }
            let mut args = FluentArgs::new();
            for v in &vars {
                args.set(v.clone(), FluentValue::from(1));
            }
            let text = cat.format(&id, &args);
            if plurals_after_one(&text).any(|w| !NOT_PLURAL.contains(&w)) {
                found.push(format!("{code} `{id}`: {text}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn summaries_agree_for_one_and_two() {
    let (en, es) = (catalog(Lang::En), catalog(Lang::Es));
    let list = |cat: &followup::i18n::Catalog, k: u32| {
        tr!(
            cat,
            "cli-list-summary",
            n = k,
            overdue = k,
            soon = k,
            days = k
        )
    };
    assert_eq!(list(en, 1), "1 item, 1 overdue, 1 due within 1 day");
    assert_eq!(list(en, 2), "2 items, 2 overdue, 2 due within 2 days");
    assert_eq!(list(es, 1), "1 acuerdo, 1 vencido, 1 por vencer en 1 día");
    assert_eq!(
        list(es, 2),
        "2 acuerdos, 2 vencidos, 2 por vencer en 2 días"
    );
    let remind = |mode: &str, k: u32| {
        tr!(
            es,
            "remind-summary",
            mode = mode,
            done = k,
            failed = k,
            missing = k
        )
    };
    assert_eq!(
        remind("sent", 1),
        "1 recordatorio enviado, 1 fallido, 1 sin dirección"
    );
    assert_eq!(
        remind("sent", 2),
        "2 recordatorios enviados, 2 fallidos, 2 sin dirección"
    );
    // Drafts written to a folder are not called sent.
    assert_eq!(
        remind("written", 1),
        "1 borrador generado, 1 fallido, 1 sin dirección"
    );
}
