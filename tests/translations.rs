//! Both languages of the record, in the library: translations in the file
//! (round trip, old ledgers untouched), recorded by the one operation the
//! CLI and the dashboard share, outdated when their original changes, and
//! merged per text and language.

mod common;
use chrono::NaiveDate;
use followup::i18n::Lang;
use followup::ledger::{
    Audience, FieldPath, Ledger, Mark, Note, Reading, TextRef, TextState, canonical_json, merge,
    parse_ledger, validate,
};
use followup::ops::{Op, OpError, Outcome, apply};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

/// The sample without its own translations: each test records the ones it needs.
fn sample() -> Ledger {
    followup::synthetic::untranslated_sample()
}

fn translate(l: &mut Ledger, target: TextRef, lang: Lang, text: &str) -> Outcome {
    let op = Op::Translate {
        target,
        lang,
        text: text.into(),
        author: "SMBA".into(),
    };
    let mut applied = apply(l, op, day(2)).unwrap();
    applied.outcomes.remove(0)
}

fn title(id: &str) -> TextRef {
    TextRef::ItemTitle(id.into())
}

const KO_TITLE: &str = "INADEM에 SMBA 연락관 18개월 파견";

#[test]
fn a_ledger_without_translations_writes_back_byte_for_byte() {
    let old = r#"{
  "format": "followup/1",
  "committee": {
    "name": "Korea–Mexico Joint Committee on SME Development",
    "parties": [
      "INADEM (Mexico)",
      "SMBA (Korea)"
    ]
  },
  "items": [
    {
      "id": "JC2-01",
      "title": "Post an SMBA liaison officer at INADEM for 18 months",
      "status": "open",
      "notes": [
        {
          "date": "2015-06-17",
          "author": "secretariat",
          "text": "Agreed at the Second Joint Committee."
        }
      ]
    }
  ]
}
"#;
    assert_eq!(canonical_json(&parse_ledger(old.as_bytes()).unwrap()), old);
}

#[test]
fn translations_round_trip_byte_for_byte_and_show_on_one_line_each() {
    let mut l = sample();
    l.committee.languages = vec![Lang::En, Lang::Es, Lang::Ko];
    translate(&mut l, title("JC2-01"), Lang::Ko, KO_TITLE);
    let note = TextRef::Note {
        item: "JC2-01".into(),
        index: 0,
    };
    translate(
        &mut l,
        note,
        Lang::Es,
        "Acordado en la Segunda Comisión Mixta.",
    );
    translate(
        &mut l,
        TextRef::MeetingPlace("JC2".into()),
        Lang::Ko,
        "서울",
    );
    translate(
        &mut l,
        TextRef::Workstream("SMBA liaison".into()),
        Lang::Es,
        "Enlace de la SMBA",
    );
    translate(
        &mut l,
        TextRef::CommitteeName,
        Lang::Es,
        "Comisión Mixta Corea–México",
    );
    let text = canonical_json(&l);
    let back = parse_ledger(text.as_bytes()).unwrap();
    assert_eq!(back, l);
    assert_eq!(canonical_json(&back), text);
    assert!(text.contains("\"languages\": [\n      \"en\",\n      \"es\",\n      \"ko\"\n    ]"));
    assert!(
        text.contains(&format!("\"text\": \"{KO_TITLE}\"")),
        "{text}"
    );
    // The textconv line of the item carries the translation, so a diff of
    // the file shows a new or corrected translation on that item's line.
    let mut conv = Vec::new();
    followup::ledger::write_textconv(&back, &mut conv).unwrap();
    let conv = String::from_utf8(conv).unwrap();
    let line = conv.lines().find(|l| l.starts_with("JC2-01 [")).unwrap();
    assert!(line.contains(&format!("title.ko {KO_TITLE} @")), "{line}");
    assert!(line.contains("note 1 text.es Acordado"), "{line}");
    assert_eq!(validate(&back), Ok(()));
}

#[test]
fn a_translation_is_outdated_once_its_original_changes_and_shows_the_original_marked() {
    let mut l = sample();
    l.committee.languages = vec![Lang::En, Lang::Ko];
    translate(&mut l, title("JC2-01"), Lang::Ko, KO_TITLE);
    let ko = Audience::new(Lang::Ko, Reading::Translated, &l.committee.languages);
    let default = l.original_language();
    let item = l.item("JC2-01").unwrap();
    assert_eq!(item.title_text(default).shown(&ko).text, KO_TITLE);
    assert_eq!(item.title_text(default).state(Lang::Ko), TextState::Current);
    let op = Op::SetFields {
        id: "JC2-01".into(),
        changes: vec![followup::ops::Change::Title(
            "Post an SMBA liaison officer at INADEM for 24 months".into(),
        )],
    };
    apply(&mut l, op, day(3)).unwrap();
    let item = l.item("JC2-01").unwrap();
    let slot = item.title_text(default);
    assert_eq!(slot.state(Lang::Ko), TextState::Outdated);
    let shown = slot.shown(&ko);
    assert_eq!(shown.text, item.title);
    assert_eq!(shown.mark, Mark::Outdated(Some(Lang::En)));
    // The outdated translation is kept for the translator to correct.
    assert_eq!(slot.translation(Lang::Ko).unwrap().text, KO_TITLE);
    // Spanish is not a working language of this committee: no mark.
    let es = Audience::new(Lang::Es, Reading::Translated, &l.committee.languages);
    assert_eq!(slot.shown(&es).mark, Mark::Plain);
}

#[test]
fn translating_is_undone_and_refused_where_it_makes_no_sense() {
    let mut l = sample();
    l.committee.languages = vec![Lang::En, Lang::Ko];
    let before = l.clone();
    let mut applied = apply(
        &mut l,
        Op::Translate {
            target: title("JC2-01"),
            lang: Lang::Ko,
            text: format!("  {KO_TITLE} "),
            author: "SMBA".into(),
        },
        day(2),
    )
    .unwrap();
    let t = l
        .item("JC2-01")
        .unwrap()
        .translations
        .get("title", Lang::Ko);
    assert_eq!(t.unwrap().text, KO_TITLE, "trimmed");
    assert_eq!(t.unwrap().author, "SMBA");
    assert_eq!(t.unwrap().date, day(2));
    assert_eq!(
        l.item("JC2-01").unwrap().updated,
        before.item("JC2-01").unwrap().updated,
        "a translation is not progress on the item"
    );
    applied.undo.take().unwrap().toggle(&mut l);
    assert_eq!(l, before);
    let refuse = |l: &mut Ledger, target: TextRef, lang: Lang, text: &str| {
        let op = Op::Translate {
            target,
            lang,
            text: text.into(),
            author: String::new(),
        };
        apply(l, op, day(2)).unwrap_err()
    };
    assert!(matches!(
        refuse(&mut l, title("JC2-01"), Lang::En, "x"),
        OpError::IntoOriginalLanguage { .. }
    ));
    assert!(matches!(
        refuse(&mut l, title("JC9-99"), Lang::Ko, "x"),
        OpError::NoItem { .. }
    ));
    assert!(matches!(
        refuse(&mut l, TextRef::Workstream("Space".into()), Lang::Ko, "x"),
        OpError::NoText { .. }
    ));
    assert!(matches!(
        refuse(&mut l, title("JC2-01"), Lang::Ko, " "),
        OpError::NoTranslation { .. }
    ));
    assert_eq!(l, before, "refusals change nothing");
    // A Korean note says so; Korean is then its original, not a translation.
    let note = TextRef::Note {
        item: "JC2-01".into(),
        index: 0,
    };
    let op = Op::WrittenIn {
        target: note.clone(),
        lang: Lang::Ko,
    };
    apply(&mut l, op, day(2)).unwrap();
    assert_eq!(l.text(&note).unwrap().state(Lang::Ko), TextState::Original);
    assert_eq!(l.text(&note).unwrap().state(Lang::En), TextState::Missing);
}

/// The three versions of a merge: base, ours (Seoul), theirs (Mexico City).
fn three() -> (Ledger, Ledger, Ledger) {
    let mut base = sample();
    base.committee.languages = vec![Lang::En, Lang::Es, Lang::Ko];
    (base.clone(), base.clone(), base)
}

#[test]
fn translations_of_different_texts_or_languages_merge_cleanly() {
    let (base, mut ours, mut theirs) = three();
    translate(&mut ours, title("JC2-01"), Lang::Ko, KO_TITLE);
    translate(
        &mut theirs,
        title("JC2-01"),
        Lang::Es,
        "Enlace de la SMBA en el INADEM",
    );
    translate(&mut theirs, title("JC2-03"), Lang::Es, "Estudio de la OCDE");
    let note = TextRef::Note {
        item: "JC2-01".into(),
        index: 1,
    };
    translate(&mut ours, note.clone(), Lang::Ko, "2026년 회의에서 재추진");
    translate(
        &mut theirs,
        note.clone(),
        Lang::Es,
        "Relanzado en la sesión 2026",
    );
    // And a new note on one side while the other translates an old one.
    ours.item_mut("JC2-01")
        .unwrap()
        .notes
        .push(Note::new(day(1), "SMBA", "Visa issued."));
    let m = merge(&base, &ours, &theirs);
    assert_eq!(
        m.conflicts,
        0,
        "{:?}",
        m.ledger.item("JC2-01").unwrap().conflicts
    );
    let l = &m.ledger;
    let t = &l.item("JC2-01").unwrap().translations;
    assert_eq!(t.get("title", Lang::Ko).unwrap().text, KO_TITLE);
    assert!(t.get("title", Lang::Es).is_some());
    assert!(
        l.item("JC2-03")
            .unwrap()
            .translations
            .get("title", Lang::Es)
            .is_some()
    );
    let notes = &l.item("JC2-01").unwrap().notes;
    assert_eq!(
        notes.len(),
        base.item("JC2-01").unwrap().notes.len() + 1,
        "no note doubled"
    );
    let relaunched = &notes[1].translations;
    assert!(relaunched.get("text", Lang::Ko).is_some());
    assert!(relaunched.get("text", Lang::Es).is_some());
    assert_eq!(validate(l), Ok(()));
}

#[test]
fn two_translations_of_one_text_into_one_language_are_a_conflict_named_like_any_other() {
    let (base, mut ours, mut theirs) = three();
    translate(&mut ours, title("JC2-01"), Lang::Ko, KO_TITLE);
    translate(
        &mut theirs,
        title("JC2-01"),
        Lang::Ko,
        "SMBA 연락관의 INADEM 파견",
    );
    let m = merge(&base, &ours, &theirs);
    assert_eq!(m.conflicts, 1);
    let item = m.ledger.item("JC2-01").unwrap();
    assert_eq!(item.conflicts[0].field.to_string(), "translations.title.ko");
    assert_eq!(
        item.conflicts[0].theirs["text"],
        "SMBA 연락관의 INADEM 파견"
    );
    // The merged ledger writes and loads.
    let text = canonical_json(&m.ledger);
    let back = parse_ledger(text.as_bytes()).unwrap();
    let target = followup::ledger::ConflictTarget::Item {
        id: "JC2-01".into(),
        path: FieldPath::key("translations")
            .child(followup::ledger::PathSegment::Key("title".into()))
            .child(followup::ledger::PathSegment::Key("ko".into())),
    };
    let mut resolved = back.clone();
    let op = Op::Resolve {
        target,
        side: followup::ledger::Side::Theirs,
    };
    apply(&mut resolved, op, day(3)).unwrap();
    let item = resolved.item("JC2-01").unwrap();
    assert!(item.conflicts.is_empty());
    assert_eq!(
        item.translations.get("title", Lang::Ko).unwrap().text,
        "SMBA 연락관의 INADEM 파견"
    );
}

#[test]
fn an_original_edited_on_one_side_while_the_other_translates_it_leaves_the_translation_outdated() {
    let (base, mut ours, mut theirs) = three();
    ours.item_mut("JC2-01").unwrap().title = "Post an SMBA liaison officer for 24 months".into();
    translate(&mut theirs, title("JC2-01"), Lang::Ko, KO_TITLE);
    let m = merge(&base, &ours, &theirs);
    assert_eq!(m.conflicts, 0);
    let item = m.ledger.item("JC2-01").unwrap();
    assert_eq!(item.title, "Post an SMBA liaison officer for 24 months");
    let slot = item.title_text(m.ledger.original_language());
    assert_eq!(
        slot.state(Lang::Ko),
        TextState::Outdated,
        "not lost, and not current"
    );
    assert_eq!(slot.translation(Lang::Ko).unwrap().text, KO_TITLE);
}

#[test]
fn a_language_followup_does_not_speak_is_refused_with_its_place() {
    let text = canonical_json(&sample()).replacen(
        "\"parties\": [",
        "\"languages\": [\"es\", \"fr\"],\n    \"parties\": [",
        1,
    );
    let err = parse_ledger(text.as_bytes()).unwrap_err();
    assert_eq!(err.line, 5, "the line of the code");
    let shown = format!("{:?}", err.problem);
    assert!(shown.contains("UnknownLanguage(\"fr\")"), "{shown}");
    assert!(shown.contains("Key(\"languages\"), Index(1)"), "{shown}");
}

#[test]
fn an_empty_translation_is_refused_with_its_place() {
    let mut l = sample();
    l.item_mut("JC2-01").unwrap().translations.set(
        "title",
        Lang::Ko,
        followup::ledger::Translation::of("x", " ".into(), String::new(), day(2)),
    );
    let p = validate(&l).unwrap_err();
    assert_eq!(p.rule, followup::ledger::Rule::EmptyTranslation);
    assert!(
        p.path.to_string().ends_with("translations.title.ko"),
        "{}",
        p.path
    );
}

#[test]
fn the_bilingual_sample_holds_every_state_a_reader_meets() {
    use common::bilingual::*;
    let l = bilingual_sample();
    let d = l.original_language();
    let state = |id: &str, lang| l.item(id).unwrap().title_text(d).state(lang);
    assert_eq!(state("JC2-01", Lang::Ko), TextState::Current);
    assert_eq!(state("JC2-03", Lang::Ko), TextState::Outdated);
    assert_eq!(state("JC2-03", Lang::Es), TextState::Current);
    assert_eq!(state("JC2-09", Lang::Es), TextState::Missing);
    assert_eq!(state("JC2-09", Lang::En), TextState::Original);
    let ko = l.to_translate(Lang::Ko);
    assert!(
        ko.iter().any(|(r, _)| *r == title("JC2-03")),
        "outdated is to do"
    );
    assert!(
        !ko.iter().any(|(r, _)| *r == title("JC2-01")),
        "current is done"
    );
    let text = canonical_json(&l);
    assert_eq!(parse_ledger(text.as_bytes()).unwrap(), l);
}

/// The fingerprint is part of the file format: changing how it is computed
/// would make every translation in every ledger outdated at once.
#[test]
fn the_fingerprint_of_an_original_never_changes_between_versions() {
    let fp = followup::ledger::fingerprint;
    // The README's example holds these.
    assert_eq!(
        fp("Post an SMBA liaison officer at INADEM for 18 months"),
        "dca76ac1"
    );
    assert_eq!(
        fp("Korea–Mexico Joint Committee on SME Development"),
        "9d07c46e"
    );
    assert_eq!(fp("SMBA liaison"), "0f58bdd5");
    assert_eq!(fp(""), "38d394c2");
}

#[test]
fn the_originals_language_stays_first_once_the_record_has_texts() {
    let mut l = sample();
    apply(&mut l, Op::SetLanguages(vec![Lang::En, Lang::Ko]), day(1)).unwrap();
    // Adding a language or reordering the others changes no original.
    let more = Op::SetLanguages(vec![Lang::En, Lang::Ko, Lang::Es]);
    apply(&mut l, more, day(1)).unwrap();
    assert_eq!(l.committee.languages, [Lang::En, Lang::Ko, Lang::Es]);
    // Another first would make every English original read as Spanish.
    let before = l.clone();
    let err = apply(&mut l, Op::SetLanguages(vec![Lang::Es, Lang::En]), day(1)).unwrap_err();
    assert_eq!(err, OpError::OriginalsLanguage { lang: Lang::En });
    assert_eq!(l, before, "nothing changed");
    let es = followup::i18n::catalog(Lang::Es).op_error(&err);
    assert!(es.contains("inglés") && es.contains("`en`"), "{es}");
    // A ledger with no text yet may still choose.
    let mut empty = Ledger::default();
    apply(&mut empty, Op::SetLanguages(vec![Lang::En]), day(1)).unwrap();
    apply(
        &mut empty,
        Op::SetLanguages(vec![Lang::Es, Lang::En]),
        day(1),
    )
    .unwrap();
    assert_eq!(empty.committee.languages, [Lang::Es, Lang::En]);
}
