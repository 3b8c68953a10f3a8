//! The minutes in the reader's language: the committee's texts translated
//! where a current translation exists, else the original with a discreet
//! mark (Markdown, HTML, CSV; JSON keeps the originals and carries the
//! translations as the ledger writes them); `--original`; and the
//! bilingual minutes, two languages side by side, item by item.

mod common;

use common::bilingual::{JC2_01_ES, JC2_01_KO, JC2_03_KO_OUTDATED, JC2_09_KO};
use common::{Sandbox, stderr, stdout};
use std::path::PathBuf;

const JC2_03_ES: &str =
    "Preseleccionar pymes mexicanas como proveedoras de la planta de Kia Motors en Nuevo León";
const JC2_03_EN: &str =
    "Shortlist Mexican SMEs as suppliers for the Kia Motors plant in Nuevo León";
const JC2_09_EN: &str = "Join the OECD study on ways and means to support traditional SMEs";
const KO_NOTE: &str = "제2차 공동위원회에서 합의: 연락관은 18개월간 멕시코에 체류한다.";

/// The bilingual sample in a sandbox.
fn sample() -> (Sandbox, PathBuf) {
    let sb = Sandbox::new();
    let path = sb.path("ledger.json");
    common::bilingual::write_bilingual_sample(&path);
    (sb, path)
}

/// `followup -f LEDGER ARGS`, which must succeed; its standard output.
fn ok(sb: &Sandbox, path: &std::path::Path, args: &[&str]) -> String {
    let mut all = vec!["-f", path.to_str().unwrap()];
    all.extend(args);
    let out = sb.run(&all);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

/// The minutes of every note since 2010 in `lang` and `format`.
fn minutes(sb: &Sandbox, path: &std::path::Path, lang: &str, format: &str) -> String {
    ok(
        sb,
        path,
        &[
            "--lang",
            lang,
            "report",
            "--format",
            format,
            "--since",
            "2010-01-01",
        ],
    )
}

#[test]
fn markdown_minutes_show_each_readers_language_and_mark_the_originals() {
    let (sb, path) = sample();
    let ko = minutes(&sb, &path, "ko", "markdown");
    assert!(
        ko.starts_with("# 한-멕시코 중소기업 협력 공동위원회 후속 조치 점검 회의록"),
        "{ko}"
    );
    assert!(ko.contains(&format!("- **JC2-01** {JC2_01_KO} — ")), "{ko}");
    assert!(ko.contains(&format!("- **JC2-09** {JC2_09_KO} — ")), "{ko}");
    assert!(ko.contains("\n## SMBA 연락관 ("), "the workstream: {ko}");
    assert!(ko.contains(KO_NOTE), "the translated note: {ko}");
    // Translated before its title changed: the original, marked outdated.
    assert!(!ko.contains(JC2_03_KO_OUTDATED), "{ko}");
    assert!(
        ko.contains(&format!(
            "**JC2-03** {JC2_03_EN} _\\[en, 번역 갱신 필요\\]_"
        )),
        "{ko}"
    );
    // Untranslated: the original, marked with its language.
    assert!(ko.contains("\n## Governance _\\[en\\]_ ("), "{ko}");

    let es = minutes(&sb, &path, "es", "markdown");
    assert!(
        es.starts_with("# Minuta de seguimiento de acuerdos: Comisión Mixta Corea–México"),
        "{es}"
    );
    assert!(es.contains(&format!("- **JC2-01** {JC2_01_ES} — ")), "{es}");
    assert!(es.contains(&format!("- **JC2-03** {JC2_03_ES} — ")), "{es}");
    assert!(
        es.contains(&format!("- **JC2-09** {JC2_09_EN} _\\[en\\]_ — ")),
        "{es}"
    );
    assert!(es.contains("\n## Enlace de la SMBA ("), "{es}");

    // English is the original language: originals, and no mark anywhere.
    let en = minutes(&sb, &path, "en", "markdown");
    assert!(en.contains(&format!("- **JC2-03** {JC2_03_EN} — ")), "{en}");
    assert!(!en.contains("\\[en"), "{en}");
    assert!(!en.contains(JC2_01_KO) && !en.contains(KO_NOTE), "{en}");
}

#[test]
fn html_minutes_mark_originals_in_a_discreet_escaped_span() {
    let (sb, path) = sample();
    let ko = minutes(&sb, &path, "ko", "html");
    assert!(ko.contains(&format!("<td>{JC2_01_KO}</td>")), "{ko}");
    assert!(ko.contains("<h1>한-멕시코 중소기업 협력 공동위원회</h1>"));
    assert!(ko.contains(&format!(
        "<td>{JC2_03_EN} <span class=\"mark\">[en, 번역 갱신 필요]</span></td>"
    )));
    assert!(ko.contains("<span class=\"note-text\">제2차 공동위원회에서 합의"));
    assert!(ko.contains(".mark {"), "the mark is styled");
    let es = minutes(&sb, &path, "es", "html");
    assert!(es.contains(&format!("<td>{JC2_03_ES}</td>")));
    assert!(es.contains(&format!(
        "<td>{JC2_09_EN} <span class=\"mark\">[en]</span></td>"
    )));
    // The charts name workstreams as the reader reads them.
    assert!(es.contains(">Enlace de la SMBA</text>"), "{es}");
}

#[test]
fn csv_minutes_carry_the_readers_titles_and_marks_in_their_cells() {
    let (sb, path) = sample();
    let rows = |lang: &str| -> Vec<csv::StringRecord> {
        let text = minutes(&sb, &path, lang, "csv");
        csv::Reader::from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap())
            .collect()
    };
    let row =
        |rows: &[csv::StringRecord], id: &str| rows.iter().find(|r| &r[0] == id).unwrap().clone();
    let ko = rows("ko");
    assert_eq!(&row(&ko, "JC2-01")[1], JC2_01_KO);
    assert_eq!(&row(&ko, "JC2-01")[2], "SMBA 연락관");
    assert_eq!(
        &row(&ko, "JC2-03")[1],
        format!("{JC2_03_EN} [en, 번역 갱신 필요]")
    );
    assert_eq!(&row(&ko, "JC2-03")[2], "Kia supplier integration [en]");
    assert!(
        row(&ko, "JC2-01")[11].contains(KO_NOTE),
        "{:?}",
        row(&ko, "JC2-01")
    );
    assert_eq!(
        &row(&ko, "JC2-03")[3],
        "in-progress",
        "values as the file writes them"
    );
    let es = rows("es");
    assert_eq!(&row(&es, "JC2-03")[1], JC2_03_ES);
    assert_eq!(&row(&es, "JC2-09")[1], format!("{JC2_09_EN} [en]"));
    let en = rows("en");
    assert_eq!(&row(&en, "JC2-03")[1], JC2_03_EN);
    assert_eq!(&row(&en, "JC2-03")[2], "Kia supplier integration");
}

#[test]
fn original_shows_the_texts_as_written_without_marks() {
    let (sb, path) = sample();
    for format in ["markdown", "html", "csv"] {
        let text = ok(
            &sb,
            &path,
            &[
                "--original",
                "--lang",
                "ko",
                "report",
                "--format",
                format,
                "--since",
                "2010-01-01",
            ],
        );
        assert!(text.contains(JC2_03_EN), "{format}: {text}");
        assert!(text.contains("Post an SMBA liaison officer"), "{format}");
        assert!(text.contains("후속 조치 점검 회의록") || format == "csv");
        for translated in [JC2_01_KO, JC2_09_KO, KO_NOTE, "SMBA 연락관", "[en"] {
            assert!(!text.contains(translated), "{format}: {translated}");
        }
    }
}

#[test]
fn json_keeps_the_originals_and_carries_the_translations_as_the_ledger_writes_them() {
    let (sb, path) = sample();
    let text = minutes(&sb, &path, "ko", "json");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        v["committee"],
        "Korea–Mexico Joint Committee on SME Development"
    );
    let item = |id: &str| {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == id)
            .unwrap()
            .clone()
    };
    let jc201 = item("JC2-01");
    assert_eq!(
        jc201["title"],
        "Post an SMBA liaison officer at INADEM for 18 months"
    );
    assert_eq!(jc201["workstream"], "SMBA liaison");
    assert_eq!(jc201["translations"]["title"]["ko"]["text"], JC2_01_KO);
    assert_eq!(jc201["translations"]["title"]["es"]["author"], "INADEM");
    assert_eq!(
        jc201["new_notes"][0]["translations"]["text"]["ko"]["text"],
        KO_NOTE
    );
    assert!(
        jc201.get("language").is_none(),
        "the first language goes without saying"
    );
    // The outdated translation is there with the fingerprint of what it translated.
    let source = &item("JC2-03")["translations"]["title"]["ko"]["source"];
    assert_ne!(
        source.as_str().unwrap(),
        followup::ledger::fingerprint(JC2_03_EN)
    );
    assert!(
        item("JC2-02").get("translations").is_none(),
        "none: left out"
    );
}
