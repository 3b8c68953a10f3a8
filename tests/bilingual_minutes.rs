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
    assert!(
        ko.contains(
            "\n기간 중 회의: JC1 First Joint Committee _\\[en\\]_, Ciudad de México _\\[en\\]_, \
             2014년 11월 20일; JC2 제2차 공동위원회, 서울, 2015년 6월 17일; JC3 "
        ),
        "the meetings of the period: {ko}"
    );
    // Translated before its title changed: the original, marked outdated.
    assert!(!ko.contains(JC2_03_KO_OUTDATED), "{ko}");
    assert!(
        ko.contains(&format!("**JC2-03** {JC2_03_EN} _\\[en, 갱신 필요\\]_")),
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
        "<td>{JC2_03_EN} <span class=\"mark\">[en, 갱신 필요]</span></td>"
    )));
    assert!(ko.contains("<span class=\"note-text\">제2차 공동위원회에서 합의"));
    assert!(ko.contains(".mark {"), "the mark is styled");
    let es = minutes(&sb, &path, "es", "html");
    assert!(es.contains(&format!("<td>{JC2_03_ES}</td>")));
    assert!(es.contains(&format!(
        "<td>{JC2_09_EN} <span class=\"mark\">[en]</span></td>"
    )));
    assert!(es.contains(
        "<dt>Reuniones del periodo</dt><dd><ul class=\"meetings\"><li><span class=\"id\">JC1</span> \
         First Joint Committee <span class=\"mark\">[en]</span>, "
    ));
    assert!(es.contains(
        "<li><span class=\"id\">JC2</span> Segunda Comisión Mixta, Seúl, 17 de junio de 2015</li>"
    ));
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
        format!("{JC2_03_EN} [en, 갱신 필요]")
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

/// `followup report --bilingual LANGS ARGS` on the sample since 2010.
fn bilingual(sb: &Sandbox, path: &std::path::Path, langs: &str, format: &str) -> String {
    ok(
        sb,
        path,
        &[
            "report",
            "--bilingual",
            langs,
            "--format",
            format,
            "--since",
            "2010-01-01",
        ],
    )
}

#[test]
fn bilingual_markdown_sets_two_languages_side_by_side_item_by_item() {
    let (sb, path) = sample();
    let md = bilingual(&sb, &path, "es,ko", "markdown");
    assert!(
        md.starts_with(
            "# Minuta de seguimiento de acuerdos: Comisión Mixta Corea–México para el Desarrollo de \
             las PYMES · 한-멕시코 중소기업 협력 공동위원회 후속 조치 점검 회의록\n"
        ),
        "{md}"
    );
    assert!(
        md.contains("\n| Español | 한국어 |\n| --- | --- |\n"),
        "{md}"
    );
    // Every heading in both languages.
    assert!(
        md.contains("\n## Enlace de la SMBA (0 de 2 concluidos) · SMBA 연락관 (2건 중 0건 완료)\n")
    );
    assert!(md.contains("\n| Vencidos | 기한 경과 |\n"), "{md}");
    assert!(
        md.contains("\n| Cambios y notas | 변경 사항 및 메모 |\n"),
        "{md}"
    );
    assert!(md.contains("\n## Revisiones · 점검\n"), "{md}");
    // The same item on the same row, each side in its language; the
    // outdated Korean title gives way to the original, marked.
    // The row of `id` in the table `section` of the workstream headed `ws`.
    let row = |id: &str, ws: &str, section: &str| -> String {
        let part = md.split(&format!("\n## {ws}")).nth(1).unwrap();
        let table = part
            .split(section)
            .nth(1)
            .unwrap()
            .split("\n\n")
            .next()
            .unwrap();
        table
            .lines()
            .find(|l| l.starts_with(&format!("| **{id}** ")))
            .unwrap_or_else(|| panic!("{id} in {section} of {ws}: {md}"))
            .to_owned()
    };
    let soon = "| Por vencer en los próximos 7 días | 7일 내 기한 임박 |";
    let jc201 = row("JC2-01", "Enlace de la SMBA", soon);
    assert!(
        jc201.starts_with(&format!("| **JC2-01** {JC2_01_ES}<br>en curso, plazo: ")),
        "{jc201}"
    );
    assert!(
        jc201.contains(&format!(" | **JC2-01** {JC2_01_KO}<br>진행 중, 기한 ")),
        "{jc201}"
    );
    let jc203 = row("JC2-03", "Kia supplier", "| Vencidos | 기한 경과 |");
    assert!(
        jc203.starts_with(&format!("| **JC2-03** {JC2_03_ES}<br>")),
        "{jc203}"
    );
    assert!(
        jc203.contains(&format!(
            " | **JC2-03** {JC2_03_EN} _\\[en, 갱신 필요\\]_<br>"
        )),
        "{jc203}"
    );
    let jc209 = row("JC2-09", "Policy", "| Bloqueados | 보류 |");
    assert!(jc209.starts_with(&format!("| **JC2-09** {JC2_09_EN} _\\[en\\]_<br>")));
    assert!(
        jc209.contains(&format!(" | **JC2-09** {JC2_09_KO}<br>")),
        "{jc209}"
    );
    // A note's lines stay in their cell.
    let notes = row(
        "JC2-01",
        "Enlace",
        "| Cambios y notas | 변경 사항 및 메모 |",
    );
    assert!(notes.contains(KO_NOTE), "{notes}");
    for line in md.lines().filter(|l| l.starts_with('|')) {
        assert_eq!(
            line.matches(" | ").count() + 2,
            line.matches('|').count() - line.matches("\\|").count(),
            "two cells: {line}"
        );
    }
    // Either order: the first language is the left column.
    let ko_es = bilingual(&sb, &path, "ko,es", "markdown");
    assert!(ko_es.contains("\n| 한국어 | Español |\n"));
}

#[test]
fn bilingual_html_has_both_columns_on_every_row_and_prints_on_a4_landscape() {
    let (sb, path) = sample();
    let html = bilingual(&sb, &path, "es,ko", "html");
    assert!(html.contains("<html lang=\"es\">"));
    assert!(html.contains("@page { size: A4 landscape"), "landscape");
    assert!(html.contains("<th lang=\"es\">Español</th><th lang=\"ko\">한국어</th>"));
    let table = &html[html.find("<table class=\"minutes\">").unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    let rows: Vec<&str> = table.split("<tr").skip(2).collect();
    assert!(rows.len() > 30, "{} rows", rows.len());
    for row in &rows {
        let cells: Vec<&str> = row.split("<td lang=").skip(1).collect();
        assert_eq!(cells.len(), 2, "a cell per language: {row}");
        assert!(cells[0].starts_with("\"es\"") && cells[1].starts_with("\"ko\""));
    }
    let row_of = |needle: &str| *rows.iter().find(|r| r.contains(needle)).unwrap();
    let jc203 = row_of(JC2_03_ES);
    assert!(jc203.contains(&format!(
        "{JC2_03_EN} <span class=\"mark\">[en, 갱신 필요]</span>"
    )));
    assert!(row_of(JC2_01_ES).contains(JC2_01_KO), "the same row");
    assert!(row_of("<h3>Bloqueados</h3>").contains("<h3>보류</h3>"));
    assert!(html.contains("<footer><p lang=\"es\">Elaborada con followup"));
}

#[test]
fn translations_holding_markup_come_out_escaped() {
    let (sb, path) = sample();
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let evil = "<script>alert(1)</script> | **x** [l](javascript:y)";
    let item = v["items"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|i| i["id"] == "JC2-01")
        .unwrap();
    item["translations"]["title"]["ko"]["text"] = evil.into();
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    let single = minutes(&sb, &path, "ko", "html");
    let side_by_side = bilingual(&sb, &path, "es,ko", "html");
    for html in [&single, &side_by_side] {
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; | **x** [l](javascript:y)"));
    }
    for md in [
        minutes(&sb, &path, "ko", "markdown"),
        bilingual(&sb, &path, "es,ko", "markdown"),
    ] {
        assert!(!md.replace("\\<", "").contains("<script"), "{md}");
        assert!(
            md.contains(r"\<script\>alert(1)\</script\> \| \*\*x\*\* \[l\](javascript:y)"),
            "{md}"
        );
    }
}

#[test]
fn bilingual_refusals_say_why_in_the_users_language() {
    let (sb, path) = sample();
    let refused = |lang: &str, args: &[&str]| -> String {
        let mut all = vec!["-f", path.to_str().unwrap(), "--lang", lang, "report"];
        all.extend(args);
        let out = sb.run(&all);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stdout(&out));
        assert!(out.stdout.is_empty(), "nothing written");
        stderr(&out)
    };
    let es = refused("es", &["--bilingual", "ko"]);
    assert!(
        es.contains("--bilingual requiere exactamente dos idiomas"),
        "{es}"
    );
    assert!(es.contains("se indicó uno"), "{es}");
    let en = refused("en", &["--bilingual", "es,ko,en"]);
    assert!(
        en.contains("exactly two languages") && en.contains("3 were given"),
        "{en}"
    );
    let ko = refused("ko", &["--bilingual", "es,fr"]);
    assert!(
        ko.contains("`fr`: followup이 지원하지 않는 언어입니다"),
        "{ko}"
    );
    let es = refused("es", &["--bilingual", "ko,ko"]);
    assert!(
        es.contains("--bilingual repite el coreano: indique dos idiomas distintos"),
        "{es}"
    );
    let ko = refused("ko", &["--bilingual", "ko,ko"]);
    assert!(
        ko.contains("--bilingual에 한국어가 두 번 지정되었습니다"),
        "{ko}"
    );
    for format in ["csv", "json"] {
        let es = refused("es", &["--bilingual", "es,ko", "--format", format]);
        assert!(
            es.contains(&format!(
                "la minuta bilingüe se genera en html o markdown, no en {format}"
            )),
            "{es}"
        );
    }
    let ko = refused("ko", &["--original", "--bilingual", "es,ko"]);
    assert!(ko.contains("--original과 함께 사용할 수 없습니다"), "{ko}");
}

/// Measures the laid-out minutes in the browser: appended to a copy of the
/// document (the minutes themselves hold no script), it writes on the body
/// the two columns' boxes, the widest right edge of any element, the page's
/// width, and how many rows lack a cell per language.
const MEASURE: &str = r#"<script>
const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.width]; };
const heads = [...document.querySelectorAll('table.minutes > thead th')];
const cells = [...document.querySelectorAll('table.minutes > tbody > tr')].map(tr => tr.children);
document.body.dataset.layout = JSON.stringify({
  columns: heads.map(box),
  texts: heads.map(h => h.textContent),
  right: Math.max(...[...document.querySelectorAll('body *')].map(e => e.getBoundingClientRect().right)),
  page: document.documentElement.clientWidth,
  scroll: document.documentElement.scrollWidth,
  rows: cells.length,
  lopsided: cells.filter(c => c.length !== 2 || !c[0].textContent.trim() || !c[1].textContent.trim()).length,
});
</script>"#;

/// Headless Chromium on `file` with `args`, in an A4 landscape window at
/// 96 dpi (297 × 210 mm).
fn chromium(browser: &std::path::Path, file: &std::path::Path, args: &[String]) -> String {
    common::tools::headless_chromium(browser, file, (1123, 794), args)
}

#[test]
fn a_real_browser_lays_out_both_columns_on_a4_landscape() {
    if !common::require(common::Tool::Chromium) {
        return;
    }
    let browser = common::tools::chromium().expect("found by require");
    let (sb, path) = sample();
    let doc = bilingual(&sb, &path, "es,ko", "html");
    let dir = tempfile::tempdir().unwrap();
    let measured = dir.path().join("measured.html");
    std::fs::write(
        &measured,
        doc.replace("</body>", &format!("{MEASURE}</body>")),
    )
    .unwrap();
    let dom = chromium(&browser, &measured, &["--dump-dom".into()]);
    let at = dom.find("data-layout=\"").expect("the layout was measured") + 13;
    let json = &dom[at..at + dom[at..].find('"').unwrap()];
    let layout: serde_json::Value = serde_json::from_str(&json.replace("&quot;", "\"")).unwrap();
    assert_eq!(layout["texts"], serde_json::json!(["Español", "한국어"]));
    let page = layout["page"].as_f64().unwrap();
    let columns: Vec<(f64, f64)> = layout["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c[0].as_f64().unwrap(), c[1].as_f64().unwrap()))
        .collect();
    let [(left_a, width_a), (left_b, width_b)] = columns[..] else {
        panic!("two columns: {layout}")
    };
    assert!((width_a - width_b).abs() < 2.0, "halves: {layout}");
    assert!(
        width_a > page * 0.4,
        "each column near half the page: {layout}"
    );
    assert!(left_b >= left_a + width_a - 1.0, "side by side: {layout}");
    assert!(layout["rows"].as_u64().unwrap() > 30, "{layout}");
    assert_eq!(layout["lopsided"], 0, "every row says it in both: {layout}");
    assert!(
        layout["right"].as_f64().unwrap() <= page && layout["scroll"].as_f64() == Some(page),
        "nothing overflows the page: {layout}"
    );
    // Printed: A4 landscape pages (842 × 595 points), a screenshot to look at.
    let (pdf, png) = (dir.path().join("m.pdf"), dir.path().join("m.png"));
    let file = dir.path().join("minutes.html");
    std::fs::write(&file, &doc).unwrap();
    chromium(
        &browser,
        &file,
        &[format!("--print-to-pdf={}", pdf.display())],
    );
    chromium(
        &browser,
        &file,
        &[format!("--screenshot={}", png.display())],
    );
    let pdf = std::fs::read(&pdf).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    let pages: Vec<&str> = text
        .match_indices("/MediaBox [0 0 ")
        .map(|(i, _)| &text[i + 15..i + 40])
        .collect();
    assert!(pages.len() >= 2, "{} pages", pages.len());
    for page in pages {
        let mut size = page
            .split([' ', ']'])
            .map(|n| n.parse::<f64>().unwrap_or(0.0));
        let (w, h) = (size.next().unwrap(), size.next().unwrap());
        assert!(
            (w - 842.0).abs() < 2.0 && (h - 595.0).abs() < 2.0,
            "A4 landscape: {w} × {h}"
        );
    }
    let png = std::fs::read(&png).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 30_000);
    if let Some(keep) = std::env::var_os("FOLLOWUP_KEEP_SCREENSHOT") {
        std::fs::write(keep, png).unwrap();
    }
}
