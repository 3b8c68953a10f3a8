//! The fixtures and the sample carry the committee's texts in English,
//! Spanish and Korean, current against their originals (so a title edited
//! without its translations is caught here), and the synthetic ledgers for
//! the benchmarks differ only by their translations.

mod common;
use common::*;
use followup::i18n::Lang;
use followup::ledger::{Ledger, TextRef, TextState, parse_ledger};
use followup::synthetic;

/// Every good fixture, by file name.
fn good_fixtures() -> Vec<(String, Ledger)> {
    let mut out: Vec<_> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, parse_ledger(&std::fs::read(&p).unwrap()).unwrap())
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn every_fixture_names_its_languages_and_translates_every_heading_and_title() {
    let fixtures = good_fixtures();
    assert_eq!(fixtures.len(), 6, "{:?}", fixtures.iter().map(|f| &f.0));
    for (name, l) in &fixtures {
        assert_eq!(
            l.committee.languages,
            [Lang::En, Lang::Es, Lang::Ko],
            "{name}: originals in English"
        );
        for (r, slot) in l.texts() {
            if matches!(r, TextRef::Note { .. }) {
                continue;
            }
            for lang in [Lang::Es, Lang::Ko] {
                assert_eq!(
                    slot.state(lang),
                    TextState::Current,
                    "{name}: {r:?} in {lang:?} ({})",
                    slot.original
                );
                let t = slot.translation(lang).unwrap();
                assert!(!t.author.is_empty(), "{name}: {r:?} has a translator");
                let hangul = t.text.chars().any(|c| ('가'..='힣').contains(&c));
                assert_eq!(
                    hangul,
                    lang == Lang::Ko,
                    "{name}: {r:?} {lang:?}: {}",
                    t.text
                );
            }
        }
    }
}

#[test]
fn the_sample_has_a_note_from_seoul_written_in_korean_and_translated() {
    let l = parse_ledger(followup::ledger::SAMPLE.as_bytes()).unwrap();
    let note = &l.item("JC2-05").unwrap().notes[0];
    assert_eq!(note.author, "SMBA");
    assert_eq!(note.language, Some(Lang::Ko));
    let slot = note.text_slot(l.original_language());
    assert_eq!(slot.state(Lang::Ko), TextState::Original);
    for lang in [Lang::En, Lang::Es] {
        assert_eq!(slot.state(lang), TextState::Current, "{lang:?}");
    }
    assert_eq!(
        slot.translation(Lang::En).unwrap().text,
        "Four of five final reports delivered; the last one is expected on 23 November."
    );
}

#[test]
fn the_note_that_awaited_a_korean_translation_has_one() {
    let l = parse_ledger(followup::ledger::SAMPLE.as_bytes()).unwrap();
    let r = TextRef::Note {
        item: "JC3-04".into(),
        index: 0,
    };
    let slot = l.text(&r).unwrap();
    assert!(slot.original.contains("Korean translation pending"));
    assert_eq!(slot.state(Lang::Ko), TextState::Current);
    assert_eq!(slot.state(Lang::Es), TextState::Current);
}

#[test]
fn the_translated_synthetic_ledger_is_the_same_ledger_with_every_title_and_note_translated() {
    let today = synthetic::demo_today();
    let plain = synthetic::ledger(200, today);
    let translated = synthetic::translated_ledger(200, today);
    assert!(plain.committee.languages.is_empty());
    assert!(
        plain.texts().iter().all(|(_, t)| t.translations.is_empty()),
        "the untranslated ledger has no translation at all"
    );
    assert_eq!(
        translated.committee.languages,
        [Lang::En, Lang::Es, Lang::Ko]
    );
    assert_eq!(plain.items.len(), translated.items.len());
    for (p, t) in plain.items.iter().zip(&translated.items) {
        assert_eq!((&p.id, &p.title), (&t.id, &t.title));
        assert_eq!(p.notes.len(), 1);
        assert_eq!(p.notes[0].text, t.notes[0].text);
    }
    for (r, slot) in translated.texts() {
        for lang in [Lang::Es, Lang::Ko] {
            assert_eq!(slot.state(lang), TextState::Current, "{r:?} {lang:?}");
        }
    }
    let bigger = |l: &Ledger| followup::ledger::canonical_json(l).len() as f64;
    let ratio = bigger(&translated) / bigger(&plain);
    assert!(
        (2.0..4.0).contains(&ratio),
        "two translations of every title and note: {ratio:.2}× the bytes"
    );
}
