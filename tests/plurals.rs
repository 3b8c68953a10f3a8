//! Counts agree with their words: every English and Spanish message, with
//! each of its numbers set to 1, writes no plural after that 1 ("1 acuerdo,
//! 1 vencido", never "1 vencidos"); and the summaries read right for 1 and 2.

mod common;

use common::catalogs::messages;
use followup::i18n::{FluentArgs, FluentValue, Lang, catalog};
use followup::tr;

/// Words ending in `s` that are not plurals (every value is 1 here, text
/// values too: `1 es una carpeta`, `1 holds`, a language `en 1 los textos`).
const NOT_PLURAL: &[&str] = &[
    "más", "es", "is", "was", "has", "does", "holds", "offers", "unpacks", "progress", "los",
];

/// Messages whose number is a fixed limit, never 1 (bytes, cells, tries).
const LIMITS: &[&str] = &[
    "le-too-large",
    "sync-kept-moving",
    "err-not-awaiting",
    "err-not-closed",
    "err-reopen-with-note",
    "err-own-closure",
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
