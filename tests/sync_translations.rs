//! Translations made in both capitals meet through `followup sync` and the
//! merge driver, over real git: different languages combine, one capital
//! editing an original while the other translates it leaves the
//! translation outdated (not lost), and two translations of one text into
//! one language stop the sync as a conflict named like any other.

mod common;
use common::hub::Hub;
use common::*;
use followup::i18n::Lang;
use followup::ledger::{Ledger, Store, TextRef, TextState, canonical_json};
use followup::ops::{Op, apply};
use std::path::Path;

fn load(dir: &Path) -> Ledger {
    Store::new(dir.join("ledger.json")).load().unwrap().ledger
}

/// Applies `op` to the clone's ledger and writes it back, as any edit does.
fn edit(dir: &Path, op: Op) {
    let mut l = load(dir);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    apply(&mut l, op, today).unwrap();
    std::fs::write(dir.join("ledger.json"), canonical_json(&l)).unwrap();
}

fn translate(dir: &Path, id: &str, lang: Lang, text: &str) {
    edit(
        dir,
        Op::Translate {
            target: TextRef::ItemTitle(id.into()),
            lang,
            text: text.into(),
            author: "secretariat".into(),
        },
    );
}

/// A hub whose ledger works in English, Spanish and Korean, and a Seoul clone.
fn capitals() -> (Hub, std::path::PathBuf, std::path::PathBuf) {
    let hub = Hub::with_ledger();
    let mx = hub.sb.path("mexico");
    edit(&mx, Op::SetLanguages(vec![Lang::En, Lang::Es, Lang::Ko]));
    assert!(hub.sync(&mx).status.success());
    let kr = hub.clone_as("seoul", "SMBA, Korea");
    (hub, mx, kr)
}

#[test]
fn both_capitals_translating_merge_and_an_edited_original_leaves_its_translation_outdated() {
    let (hub, mx, kr) = capitals();
    translate(
        &mx,
        "JC2-01",
        Lang::Es,
        "Adscribir a un enlace de la SMBA en el INADEM",
    );
    hub.ok(
        &mx,
        &[
            "set",
            "JC2-03",
            "title=Shortlist Mexican SMEs as suppliers for Kia Motors",
        ],
    );
    translate(&kr, "JC2-01", Lang::Ko, "INADEM에 SMBA 연락관 18개월 파견");
    translate(
        &kr,
        "JC2-03",
        Lang::Ko,
        "기아자동차 공장 납품 멕시코 중소기업 예비 선정",
    );
    let out = hub.sync(&mx);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = hub.sync(&kr);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(hub.sync(&mx).status.success());
    let (a, b) = (load(&mx), load(&kr));
    assert_eq!(a, b, "both capitals hold one record");
    let d = a.original_language();
    let jc201 = a.item("JC2-01").unwrap().title_text(d);
    assert_eq!(jc201.state(Lang::Es), TextState::Current);
    assert_eq!(jc201.state(Lang::Ko), TextState::Current);
    let jc203 = a.item("JC2-03").unwrap();
    assert_eq!(
        jc203.title,
        "Shortlist Mexican SMEs as suppliers for Kia Motors"
    );
    assert_eq!(jc203.title_text(d).state(Lang::Ko), TextState::Outdated);
    assert!(jc203.conflicts.is_empty());
}

#[test]
fn two_translations_of_one_title_into_one_language_stop_the_sync_as_a_conflict() {
    let (hub, mx, kr) = capitals();
    translate(&mx, "JC2-09", Lang::Ko, "OECD 전통 중소기업 연구 참여");
    translate(
        &kr,
        "JC2-09",
        Lang::Ko,
        "OECD의 전통 중소기업 지원 연구 참여",
    );
    assert!(hub.sync(&mx).status.success());
    let out = hub.sync(&kr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    let err = stderr(&out);
    assert!(
        err.contains("1 conflict (JC2-09 translations.title.ko)"),
        "{err}"
    );
    // The conflict reads as the two texts, not as their records.
    let shown = hub.ok(&kr, &["show", "JC2-09"]);
    let line = shown
        .lines()
        .find(|l| l.starts_with("CONFLICT:"))
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(
        line.contains("OECD 전통 중소기업 연구 참여")
            && line.contains("OECD의 전통 중소기업 지원 연구 참여")
            && !line.contains("source"),
        "{shown}"
    );
    hub.ok(&kr, &["resolve", "JC2-09", "translations.title.ko", "ours"]);
    let out = hub.sync(&kr);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    let l = load(&kr);
    let t = l
        .item("JC2-09")
        .unwrap()
        .translations
        .get("title", Lang::Ko);
    assert_eq!(t.unwrap().text, "OECD의 전통 중소기업 지원 연구 참여");
}
