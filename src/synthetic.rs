//! Large synthetic ledgers for benchmarks and demos, built from the embedded
//! sample so that text, owners and workstreams look like the real thing:
//! one in the sample's original words only, one with every title and note
//! also in Spanish and Korean, from the sample's own translations.

use crate::base::lang::Lang;
use crate::ledger::{
    Item, Ledger, Note, Status, TextSlot, TextState, Translation, Translations, parse_ledger,
};
use chrono::{Days, NaiveDate};

/// The languages a translated synthetic ledger carries besides English.
const TRANSLATED: [Lang; 2] = [Lang::Es, Lang::Ko];

/// A valid ledger of `n` items (about 500 bytes each) spread around `today`,
/// with no translations and no working languages.
pub fn ledger(n: usize, today: NaiveDate) -> Ledger {
    let mut l = untranslated_sample();
    let models = std::mem::take(&mut l.items);
    l.items = items(&models, &l, n, today).map(|(item, _)| item).collect();
    l
}

/// The same ledger as [`ledger`] in English, Spanish and Korean: the
/// committee, workstreams and meetings as the sample translates them, and
/// every item's title and note translated into both other languages, each
/// stamped with the fingerprint of its original.
pub fn translated_ledger(n: usize, today: NaiveDate) -> Ledger {
    let mut l = parse_ledger(crate::ledger::SAMPLE.as_bytes()).expect("the sample is valid");
    let models = std::mem::take(&mut l.items);
    let base = untranslated_sample();
    l.items = items(&models, &base, n, today)
        .enumerate()
        .map(|(i, (mut item, m))| {
            item.translations = m.translations.clone();
            let note = &mut item.notes[0];
            for lang in TRANSLATED {
                let text = format!("{} {i}: {}", follow_up(lang), note_in(m, lang));
                let t = Translation::of(&note.text, text, "secretariat".into(), today);
                note.translations.set("text", lang, t);
            }
            item
        })
        .collect();
    l
}

/// The sample with every translation set aside: its originals, and the
/// languages they say they are written in.
pub fn untranslated_sample() -> Ledger {
    let mut l = parse_ledger(crate::ledger::SAMPLE.as_bytes()).expect("the sample is valid");
    l.committee.languages.clear();
    l.committee.translations = Translations::NONE;
    l.committee.workstreams.clear();
    for m in &mut l.meetings {
        m.translations = Translations::NONE;
    }
    for i in &mut l.items {
        i.translations = Translations::NONE;
        for n in &mut i.notes {
            n.translations = Translations::NONE;
        }
    }
    l
}

/// `n` synthetic items made from `models` (untranslated), each with the model it copies.
fn items<'a>(
    models: &'a [Item],
    l: &Ledger,
    n: usize,
    today: NaiveDate,
) -> impl Iterator<Item = (Item, &'a Item)> {
    let meeting = l.meetings.last().map(|m| m.id.clone()).unwrap_or_default();
    let start = today - Days::new(120);
    (0..n).map(move |i| {
        let m = &models[i % models.len()];
        let due = start + Days::new((i * 7919 % 400) as u64);
        let item = Item {
            id: format!("S-{:06}", i + 1),
            title: m.title.clone(),
            language: None,
            translations: Translations::NONE,
            status: Status::ALL[i * 31 % Status::ALL.len()],
            due: (i % 9 != 0).then_some(due),
            due_history: if i % 4 == 0 {
                vec![due - Days::new(30)]
            } else {
                Vec::new()
            },
            meeting: meeting.clone(),
            opened: Some(start),
            updated: Some(due.min(today)),
            notes: vec![Note::new(
                start,
                "secretariat",
                format!(
                    "Follow-up {i}: {}",
                    m.notes.first().map_or("", |n| n.text.as_str())
                ),
            )],
            ..m.clone()
        };
        (item, m)
    })
}

/// "Follow-up" as a synthetic note in `lang` begins.
fn follow_up(lang: Lang) -> &'static str {
    match lang {
        Lang::Es => "Seguimiento",
        Lang::Ko => "후속 조치",
        Lang::En => "Follow-up",
    }
}

/// The model's first note in `lang` (its original or translation), else
/// the model's title in `lang`, so that every note has a translation of a
/// realistic length.
fn note_in(m: &Item, lang: Lang) -> &str {
    m.notes
        .first()
        .and_then(|n| text_in(n.text_slot(Some(Lang::En)), lang))
        .or_else(|| text_in(m.title_text(Some(Lang::En)), lang))
        .unwrap_or(&m.title)
}

/// The text in `lang`: its original or a current translation.
fn text_in(slot: TextSlot<'_>, lang: Lang) -> Option<&str> {
    match slot.state(lang) {
        TextState::Original => Some(slot.original),
        TextState::Current => slot.translation(lang).map(|t| t.text.as_str()),
        TextState::Outdated | TextState::Missing => None,
    }
}

/// Today's date in synthetic ledgers' demos and benchmarks.
pub fn demo_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}
