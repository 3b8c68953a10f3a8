//! The sample ledger of the Korea–Mexico committee working in English,
//! Spanish and Korean, with translations in every state a reader meets:
//! current (JC2-01's title in both languages), outdated (JC2-03's Korean,
//! made before its title changed), missing (JC2-09 in Spanish), a
//! translated note, meeting, workstream and committee name.

use chrono::NaiveDate;
use followup::i18n::Lang;
use followup::ledger::{Ledger, TextRef, Translation};
use followup::ops::{Op, apply};

/// JC2-01's title in Spanish and Korean.
pub const JC2_01_ES: &str =
    "Adscribir a un funcionario de enlace de la SMBA en el INADEM durante 18 meses";
pub const JC2_01_KO: &str = "INADEM에 SMBA 연락관 18개월 파견";
/// JC2-03's Korean title, translated from an earlier wording: outdated.
pub const JC2_03_KO_OUTDATED: &str = "기아자동차 공장 납품 멕시코 중소기업 예비 선정";
/// JC2-09's Korean title (it has no Spanish one).
pub const JC2_09_KO: &str = "전통 중소기업 지원 방안에 관한 OECD 연구 참여";

/// The sample ledger, bilingual as described above (the sample's own
/// translations are set aside first, so that exactly these states are met).
pub fn bilingual_sample() -> Ledger {
    let mut l = followup::synthetic::untranslated_sample();
    l.committee.languages = vec![Lang::En, Lang::Es, Lang::Ko];
    let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let note = |index| TextRef::Note {
        item: "JC2-01".into(),
        index,
    };
    let texts = [
        (
            TextRef::ItemTitle("JC2-01".into()),
            Lang::Es,
            JC2_01_ES,
            "INADEM",
        ),
        (
            TextRef::ItemTitle("JC2-01".into()),
            Lang::Ko,
            JC2_01_KO,
            "SMBA",
        ),
        (
            TextRef::ItemTitle("JC2-03".into()),
            Lang::Es,
            "Preseleccionar pymes mexicanas como proveedoras de la planta de Kia Motors en Nuevo León",
            "INADEM",
        ),
        (
            TextRef::ItemTitle("JC2-09".into()),
            Lang::Ko,
            JC2_09_KO,
            "SMBA",
        ),
        (
            note(0),
            Lang::Ko,
            "제2차 공동위원회에서 합의: 연락관은 18개월간 멕시코에 체류한다.",
            "SMBA",
        ),
        (
            TextRef::MeetingTitle("JC2".into()),
            Lang::Es,
            "Segunda Comisión Mixta",
            "INADEM",
        ),
        (
            TextRef::MeetingTitle("JC2".into()),
            Lang::Ko,
            "제2차 공동위원회",
            "SMBA",
        ),
        (
            TextRef::MeetingPlace("JC2".into()),
            Lang::Es,
            "Seúl",
            "INADEM",
        ),
        (
            TextRef::MeetingPlace("JC2".into()),
            Lang::Ko,
            "서울",
            "SMBA",
        ),
        (
            TextRef::Workstream("SMBA liaison".into()),
            Lang::Es,
            "Enlace de la SMBA",
            "INADEM",
        ),
        (
            TextRef::Workstream("SMBA liaison".into()),
            Lang::Ko,
            "SMBA 연락관",
            "SMBA",
        ),
        (
            TextRef::CommitteeName,
            Lang::Es,
            "Comisión Mixta Corea–México para el Desarrollo de las PYMES",
            "INADEM",
        ),
        (
            TextRef::CommitteeName,
            Lang::Ko,
            "한-멕시코 중소기업 협력 공동위원회",
            "SMBA",
        ),
    ];
    for (target, lang, text, author) in texts {
        let op = Op::Translate {
            target,
            lang,
            text: text.into(),
            author: author.into(),
        };
        apply(&mut l, op, day).expect("a translation of the sample");
    }
    let earlier = "Shortlist Mexican SMEs as suppliers for the Kia Motors plant";
    let outdated = Translation::of(earlier, JC2_03_KO_OUTDATED.into(), "SMBA".into(), day);
    l.item_mut("JC2-03")
        .unwrap()
        .translations
        .set("title", Lang::Ko, outdated);
    l
}

/// Writes the bilingual sample to `path`.
pub fn write_bilingual_sample(path: &std::path::Path) {
    std::fs::write(path, followup::ledger::canonical_json(&bilingual_sample())).unwrap();
}
