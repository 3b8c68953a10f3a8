//! Generated inputs: arbitrary bytes and JSON-shaped texts to the ledger
//! parser and its position locator, arbitrary strings to the date parsers,
//! arbitrary ledgers and arbitrary files to the merge. Nothing panics; bad
//! input gets an error (with a position, from the parser). 256 cases each;
//! `PROPTEST_CASES=10000 cargo test --test fuzz_prop` runs longer. The
//! cargo-fuzz targets in `fuzz/` run the same code paths without end.

mod common;
use common::strategies::ledger;
use common::*;
use followup::ledger::{
    JsonPath, Seg, canonical_json, line_col, locate, merge, parse_ledger, validate,
};
use proptest::prelude::*;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(256),
        ..ProptestConfig::default()
    }
}

/// Text built from JSON tokens, balanced or not: reaches deep into the
/// parser (keys of the ledger format, wrong types, bad dates, unclosed
/// strings, stray brackets) where random bytes rarely get.
fn json_ish() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just(",".to_owned()),
        Just(":".to_owned()),
        Just("\n  ".to_owned()),
        Just("\"".to_owned()),
        Just("\\".to_owned()),
        prop::sample::select(vec![
            "\"format\"",
            "\"followup/1\"",
            "\"items\"",
            "\"id\"",
            "\"title\"",
            "\"status\"",
            "\"open\"",
            "\"done\"",
            "\"due\"",
            "\"2026-02-30\"",
            "\"2026-11-23\"",
            "\"meetings\"",
            "\"meeting\"",
            "\"notes\"",
            "\"conflicts\"",
            "\"field\"",
            "\"(item)\"",
            "\"x_ext.a\"",
            "{\"id\":\"JC3\"}",
            "\"base\"",
            "\"ours\"",
            "\"theirs\"",
            "\"committee\"",
            "\"reviews\"",
            "\"date\"",
            "\"한정화\"",
            "\"\\u00e9\\ud800\"",
            "null",
            "true",
            "-0.5e999",
            "18446744073709551616",
            "7",
        ])
        .prop_map(str::to_owned),
        "[ -~ñ한\u{1}]{0,6}",
    ];
    prop::collection::vec(token, 0..80).prop_map(|t| t.concat())
}

/// A document that is a ledger, then cut or spliced: positions of errors
/// deep inside a real file.
fn damaged_ledger() -> impl Strategy<Value = Vec<u8>> {
    (
        ledger(),
        any::<prop::sample::Index>(),
        any::<u8>(),
        0usize..4,
    )
        .prop_map(|(l, at, byte, how)| {
            let mut b = canonical_json(&l).into_bytes();
            let i = at.index(b.len() + 1);
            let quotes: Vec<usize> = (0..b.len()).filter(|&k| b[k] == b'"').collect();
            match how {
                0 => b.truncate(i),
                1 => b.insert(i, byte),
                // Cut just after a quote: inside a key or a string.
                2 => b.truncate(quotes[at.index(quotes.len())] + 1),
                _ if i < b.len() => b[i] = byte,
                _ => {}
            }
            b
        })
}

fn json_path() -> impl Strategy<Value = JsonPath> {
    let seg = prop_oneof![
        prop::sample::select(vec!["items", "status", "id", "notes", "meetings", "a", ""])
            .prop_map(|k| Seg::Key(k.to_owned())),
        "[ -~한]{0,4}".prop_map(Seg::Key),
        (0usize..5).prop_map(Seg::Index),
        any::<usize>().prop_map(Seg::Index),
    ];
    prop_oneof![
        prop::collection::vec(seg, 0..6).prop_map(JsonPath),
        // Paths the validator reports, into the items of a damaged ledger.
        (
            0usize..6,
            prop::sample::select(vec!["id", "title", "status", "notes", "x_a"])
        )
            .prop_map(|(i, f)| JsonPath::item(i, Some(f))),
    ]
}

/// Bad input is an error with a position inside the text, never a panic.
fn assert_refused_or_read(bytes: &[u8]) -> Result<(), TestCaseError> {
    match parse_ledger(bytes) {
        Ok(l) => {
            validate(&l)
                .map_err(|p| TestCaseError::fail(format!("accepted an invalid ledger: {p:?}")))?;
            // What was accepted writes back and reads back the same.
            let text = canonical_json(&l);
            prop_assert_eq!(parse_ledger(text.as_bytes()), Ok(l));
        }
        Err(e) => {
            let lines = bytes.iter().filter(|b| **b == b'\n').count() + 1;
            prop_assert!(
                e.line >= 1 && e.line <= lines,
                "line {} of {lines}: {e:?}",
                e.line
            );
            prop_assert!(e.column >= 1, "{e:?}");
            let en = followup::i18n::catalog(followup::i18n::Lang::En);
            prop_assert!(!en.parse_error(&e).is_empty());
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_parser_refuses_arbitrary_bytes_with_a_position(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        assert_refused_or_read(&bytes)?;
    }

    #[test]
    fn the_parser_refuses_json_shaped_text_with_a_position(text in json_ish()) {
        assert_refused_or_read(text.as_bytes())?;
    }

    #[test]
    fn the_parser_refuses_damaged_ledgers_with_a_position(bytes in damaged_ledger()) {
        assert_refused_or_read(&bytes)?;
    }

    /// The locator is meant for text that parsed, but must not panic on any
    /// text or path, and always points inside the text.
    #[test]
    fn the_locator_points_inside_any_text(text in prop_oneof![
            json_ish(),
            "[ -~\n한é]{0,64}",
            damaged_ledger().prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        ], path in json_path()) {
        let at = locate(&text, &path);
        prop_assert!(at <= text.len());
        let (line, col) = line_col(&text, at);
        prop_assert!(line >= 1 && line <= text.lines().count().max(1) + 1);
        prop_assert!(col >= 1);
        let _ = path.to_string();
    }

    /// Dates: arbitrary strings and huge numbers give Ok or Err.
    #[test]
    fn the_date_parsers_answer_any_string(
        s in prop_oneof![
            "\\PC{0,16}",
            "[+-]?[0-9]{1,25}[dwmy]?",
            "[0-9]{1,12}-[0-9]{1,12}-[0-9]{1,12}",
            "(mon|tue|fri|today|tomorrow|yesterday)[a-z]{0,3}",
        ],
        today in common::strategies::date(),
    ) {
        let _ = followup::base::dates::parse_date(&s);
        let _ = followup::base::date_input::parse_date_arg(&s, today);
        let _ = followup::base::dates::parse_days(&s);
    }

    /// The merge of any three ledgers is a ledger that validates and
    /// survives a write and a read.
    #[test]
    fn any_three_ledgers_merge_into_a_valid_ledger(b in ledger(), o in ledger(), t in ledger()) {
        let m = merge(&b, &o, &t);
        validate(&m.ledger).map_err(|p| TestCaseError::fail(format!("{p:?}")))?;
        let text = canonical_json(&m.ledger);
        prop_assert_eq!(parse_ledger(text.as_bytes()), Ok(m.ledger));
    }
}

proptest! {
    // Each case starts the binary three times: fewer cases.
    #![proptest_config(ProptestConfig { cases: config().cases / 8, ..config() })]

    /// `followup merge BASE OURS THEIRS` on arbitrary files: exit 0 (merged),
    /// 1 (a conflict, or an input that is not a ledger, named in the
    /// message) or 2, never a crash; a refused input leaves ours untouched.
    #[test]
    fn the_merge_driver_answers_any_three_files(
        base in prop_oneof![Just(Vec::new()), damaged_ledger(), ledger().prop_map(|l| canonical_json(&l).into_bytes())],
        ours in prop_oneof![damaged_ledger(), ledger().prop_map(|l| canonical_json(&l).into_bytes())],
        theirs in prop_oneof![prop::collection::vec(any::<u8>(), 0..64), damaged_ledger(), ledger().prop_map(|l| canonical_json(&l).into_bytes())],
    ) {
        let sb = Sandbox::new();
        let (b, o, t) = (sb.path("base.json"), sb.path("ours.json"), sb.path("theirs.json"));
        std::fs::write(&b, &base).unwrap();
        std::fs::write(&o, &ours).unwrap();
        std::fs::write(&t, &theirs).unwrap();
        let out = sb.run(&["merge", b.to_str().unwrap(), o.to_str().unwrap(), t.to_str().unwrap(), "ledger.json"]);
        let code = out.status.code();
        prop_assert!(matches!(code, Some(0..=2)), "{:?}: {}", code, stderr(&out));
        let refused = [("base", &base), ("theirs", &theirs), ("ours", &ours)]
            .into_iter()
            .filter(|(side, bytes)| {
                parse_ledger(bytes).is_err() && !(*side == "base" && bytes.iter().all(u8::is_ascii_whitespace))
            })
            .map(|(side, _)| side)
            .collect::<Vec<_>>();
        if let Some(side) = refused.first() {
            prop_assert_eq!(code, Some(1), "{}", stderr(&out));
            prop_assert!(stderr(&out).contains(&format!("ledger.json ({side}):")), "{}", stderr(&out));
            prop_assert_eq!(std::fs::read(&o).unwrap(), ours, "ours untouched");
        } else {
            prop_assert!(code != Some(2), "{}", stderr(&out));
            parse_ledger(&std::fs::read(&o).unwrap()).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        }
    }
}
