//! Spreadsheets in the reader's language, and the translator's workbook:
//! `export --format xlsx --translate ko` lists the texts to translate, and
//! its import records the translations, reports the rows whose original
//! changed since the export, and merges three-way with the ledger. Real
//! xlsx files, written by followup and by rust_xlsxwriter as Excel would
//! save them, read back with calamine.

mod common;

use calamine::{Data, SheetVisible};
use common::bilingual::{JC2_01_ES, JC2_01_KO, JC2_03_KO_OUTDATED, JC2_09_KO, bilingual_sample};
use common::workbook::{Sheets, part, sheets, write_back};
use common::{Sandbox, TODAY, stderr, stdout};
use followup::i18n::Lang;
use followup::ledger::{Ledger, TextRef, TextState, canonical_json, parse_ledger};
use followup::ops::{Op, apply};
use std::path::{Path, PathBuf};

/// A sandbox with the bilingual sample as its ledger.
fn bilingual(sb: &Sandbox) -> PathBuf {
    let path = sb.path("ledger.json");
    std::fs::write(&path, canonical_json(&bilingual_sample())).unwrap();
    path
}

fn load(path: &Path) -> Ledger {
    parse_ledger(&std::fs::read(path).unwrap()).unwrap()
}

fn today() -> chrono::NaiveDate {
    followup::base::dates::parse_date(TODAY).unwrap()
}

/// Runs `followup -f LEDGER ARGS` and asserts it succeeded.
fn ok(sb: &Sandbox, ledger: &Path, args: &[&str]) -> String {
    let mut all = vec!["-f", ledger.to_str().unwrap()];
    all.extend(args);
    let o = sb.run(&all);
    assert!(o.status.success(), "{args:?}: {}{}", stdout(&o), stderr(&o));
    format!("{}{}", stdout(&o), stderr(&o))
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// The column headed `header` in the first row.
fn column(rows: &[Vec<Data>], header: &str) -> usize {
    rows[0]
        .iter()
        .position(|c| text(c) == header)
        .unwrap_or_else(|| panic!("no column {header} in {:?}", rows[0]))
}

/// The row whose column `c` reads `value`.
fn row_where<'a>(rows: &'a mut [Vec<Data>], c: usize, value: &str) -> &'a mut Vec<Data> {
    rows.iter_mut()
        .find(|r| r.get(c).map(text).as_deref() == Some(value))
        .unwrap_or_else(|| panic!("no row with {value}"))
}

/// Sets a cell, growing the row as Excel would.
fn set(row: &mut Vec<Data>, c: usize, value: &str) {
    if row.len() <= c {
        row.resize(c + 1, Data::Empty);
    }
    row[c] = if value.is_empty() {
        Data::Empty
    } else {
        Data::String(value.into())
    };
}

/// The keys (hidden column) of the rows of a translator's sheet.
fn keys(rows: &[Vec<Data>]) -> Vec<String> {
    let k = column(rows, "followup-key");
    rows[1..].iter().map(|r| text(&r[k])).collect()
}

/// The ordinary workbook, exported in `lang` to `name` in the sandbox.
fn ordinary_export(sb: &Sandbox, ledger: &Path, lang: &str, name: &str) -> PathBuf {
    let book = sb.path(name);
    let b = book.to_str().unwrap();
    ok(
        sb,
        ledger,
        &["--lang", lang, "export", "--format", "xlsx", "-o", b],
    );
    book
}

/// The translator's workbook into Korean, exported in `lang` to `name`.
fn translate_export(sb: &Sandbox, ledger: &Path, lang: &str, name: &str) -> PathBuf {
    let book = sb.path(name);
    let said = ok(
        sb,
        ledger,
        &[
            "--lang",
            lang,
            "export",
            "--format",
            "xlsx",
            "--translate",
            "ko",
            "-o",
            book.to_str().unwrap(),
        ],
    );
    assert!(!said.is_empty());
    book
}

#[test]
fn the_ordinary_export_shows_the_readers_language_and_comes_back_unchanged() {
    let sb = Sandbox::new();
    let ledger = bilingual(&sb);
    let book = ordinary_export(&sb, &ledger, "ko", "ko.xlsx");
    let b = book.to_str().unwrap();
    let all = sheets(&book);
    let items = &all[0].2;
    let (title, ws) = (column(items, "과제명"), column(items, "분야"));
    let row = |id: &str| items.iter().find(|r| text(&r[0]) == id).unwrap();
    assert_eq!(text(&row("JC2-01")[title]), JC2_01_KO);
    assert_eq!(text(&row("JC2-01")[ws]), "SMBA 연락관");
    assert_eq!(text(&row("JC2-09")[title]), JC2_09_KO);
    assert_eq!(
        text(&row("JC2-03")[title]),
        "Shortlist Mexican SMEs as suppliers for the Kia Motors plant in Nuevo León [en, 갱신 필요]",
        "an outdated translation shows the original, marked"
    );
    assert_eq!(text(&row("JC2-03")[ws]), "Kia supplier integration [en]");
    let notes = &all.iter().find(|s| s.0 == "메모").unwrap().2;
    assert!(
        notes
            .iter()
            .any(|r| text(&r[3]).starts_with("제2차 공동위원회에서 합의")),
        "the notes sheet shows the translated note"
    );

    // Re-imported as it is: nothing changes, byte for byte.
    let before = std::fs::read(&ledger).unwrap();
    write_back(&book, &all);
    let said = ok(&sb, &ledger, &["--lang", "ko", "import", b]);
    assert!(std::fs::read(&ledger).unwrap() == before, "{said}");

    // One status edited: only that changes; the translated titles stay translations.
    let mut edited = all.clone();
    let status = column(&edited[0].2, "상태");
    set(row_where(&mut edited[0].2, 0, "JC2-01"), status, "완료");
    write_back(&book, &edited);
    ok(&sb, &ledger, &["--lang", "ko", "import", b]);
    let (old, new) = (bilingual_sample(), load(&ledger));
    for (o, n) in old.items.iter().zip(&new.items) {
        if o.id == "JC2-01" {
            assert_eq!(n.status, followup::ledger::Status::Done);
            assert_eq!(n.title, o.title, "the original title stays");
            assert_eq!(n.translations, o.translations);
            assert_eq!(n.workstream, o.workstream);
        } else {
            assert_eq!(n, o, "{} untouched", o.id);
        }
    }
    assert_eq!(new.committee, old.committee);
    assert_eq!(new.meetings, old.meetings);
}

#[test]
fn an_edited_translated_title_records_a_translation_and_originals_show_with_original() {
    let sb = Sandbox::new();
    let ledger = bilingual(&sb);
    std::fs::write(sb.path("config.toml"), "author = \"SMBA 사무국\"\n").unwrap();
    let book = ordinary_export(&sb, &ledger, "ko", "ko.xlsx");
    let b = book.to_str().unwrap();
    let mut all = sheets(&book);
    let title = column(&all[0].2, "과제명");
    let corrected = "INADEM에 SMBA 연락관 18개월간 파견";
    set(row_where(&mut all[0].2, 0, "JC2-01"), title, corrected);
    let ws = column(&all[0].2, "분야");
    // Another row moves to a workstream named as the Korean reader sees it.
    set(row_where(&mut all[0].2, 0, "JC2-02"), ws, "SMBA 연락관");
    write_back(&book, &all);
    ok(&sb, &ledger, &["--lang", "ko", "import", b]);
    let l = load(&ledger);
    let jc201 = l.item("JC2-01").unwrap();
    assert_eq!(
        jc201.title, "Post an SMBA liaison officer at INADEM for 18 months",
        "the original is not replaced by the Korean text"
    );
    let ko = jc201.translations.get("title", Lang::Ko).unwrap();
    assert_eq!(ko.text, corrected);
    assert_eq!((ko.author.as_str(), ko.date), ("SMBA 사무국", today()));
    let slot = jc201.title_text(l.original_language());
    assert_eq!(slot.state(Lang::Ko), TextState::Current);
    assert_eq!(
        slot.state(Lang::Es),
        TextState::Current,
        "Spanish untouched"
    );
    assert_eq!(l.item("JC2-02").unwrap().workstream, "SMBA liaison");

    // --original: the originals as written, no marks; CSV in Spanish shows Spanish.
    let csv = sb.path("es.csv");
    ok(
        &sb,
        &ledger,
        &[
            "--lang",
            "es",
            "export",
            "--format",
            "csv",
            "-o",
            csv.to_str().unwrap(),
        ],
    );
    let csv = std::fs::read_to_string(&csv).unwrap();
    assert!(csv.contains(JC2_01_ES), "{csv}");
    assert!(csv.contains("Join the OECD study on ways and means to support traditional SMEs [en]"));
    let orig = sb.path("orig.xlsx");
    let o = orig.to_str().unwrap();
    ok(
        &sb,
        &ledger,
        &[
            "--lang",
            "ko",
            "--original",
            "export",
            "--format",
            "xlsx",
            "-o",
            o,
        ],
    );
    let items = &sheets(&orig)[0].2;
    let jc203 = items.iter().find(|r| text(&r[0]) == "JC2-03").unwrap();
    assert_eq!(
        text(&jc203[title]),
        "Shortlist Mexican SMEs as suppliers for the Kia Motors plant in Nuevo León"
    );
}

#[test]
fn the_translators_workbook_lists_what_is_missing_or_outdated_in_the_language() {
    let sb = Sandbox::new();
    let ledger = bilingual(&sb);
    let book = translate_export(&sb, &ledger, "en", "to-ko.xlsx");
    let all = sheets(&book);
    let (name, visible, rows) = &all[0];
    assert_eq!(name, "To translate into Korean");
    assert_eq!(*visible, SheetVisible::Visible);
    assert_eq!(
        rows[0].iter().map(text).collect::<Vec<_>>(),
        [
            "ID",
            "Text",
            "Written in",
            "Original",
            "Translation on record",
            "State",
            "New translation",
            "followup-key"
        ]
    );
    let keys = keys(rows);
    let at = |key_end: &str| {
        keys.iter()
            .position(|k| k.ends_with(key_end))
            .map(|i| &rows[i + 1])
    };
    let jc203 = at(":title:JC2-03").expect("the outdated title is listed");
    assert_eq!(text(&jc203[1]), "Title");
    assert_eq!(text(&jc203[2]), "English");
    assert_eq!(
        text(&jc203[4]),
        JC2_03_KO_OUTDATED,
        "the outdated one, to correct"
    );
    assert_eq!(text(&jc203[5]), "outdated");
    assert_eq!(
        text(&jc203[6]),
        "",
        "the new translation is the translator's"
    );
    let note = at(":note:1:JC2-09").expect("JC2-09's notes are missing in Korean");
    assert_eq!(text(&note[5]), "missing");
    assert!(text(&note[1]).starts_with("Note 1 ("), "{:?}", note[1]);
    assert!(at(":note:2:JC2-09").is_some());
    assert!(
        at(":title:JC2-01").is_none(),
        "a current translation is not listed"
    );
    assert!(at(":title:JC2-09").is_none());
    assert!(
        at(":note:1:JC2-01").is_none(),
        "JC2-01's first note is in Korean"
    );
    assert!(at(":committee").is_none() && at(":meeting-title:JC2").is_none());
    assert!(
        at(":meeting-title:JC1").is_some(),
        "JC1's title is not translated"
    );
    assert_eq!(
        all.iter().find(|s| s.0 == "followup-snapshot").unwrap().1,
        SheetVisible::VeryHidden
    );
    // A translator's comforts: frozen header, wrapped text, only the new
    // translations open for writing, the key column hidden.
    let xml = part(&book, "xl/worksheets/sheet1.xml");
    for expected in ["ySplit=\"1\"", "<sheetProtection", "hidden=\"1\""] {
        assert!(xml.contains(expected), "{expected} in sheet XML");
    }
    let styles = part(&book, "xl/styles.xml");
    assert!(styles.contains("wrapText=\"1\"") && styles.contains("locked=\"0\""));

    // Only with xlsx.
    let o = sb.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "export",
        "--format",
        "csv",
        "--translate",
        "ko",
    ]);
    assert!(
        !o.status.success() && stderr(&o).contains("--format xlsx"),
        "{}",
        stderr(&o)
    );
}

/// Fills the new translation of the rows whose key ends with each suffix.
fn fill(book: &Path, header: &str, rows: &[(&str, &str)]) -> Sheets {
    let mut all = sheets(book);
    let sheet = &mut all[0].2;
    let (k, new) = (column(sheet, "followup-key"), column(sheet, header));
    for (suffix, value) in rows {
        let row = sheet
            .iter_mut()
            .find(|r| text(&r[k]).ends_with(suffix))
            .unwrap_or_else(|| panic!("no row {suffix}"));
        set(row, new, value);
    }
    write_back(book, &all);
    all
}

const JC2_03_KO: &str = "누에보레온주 기아자동차 공장 납품 멕시코 중소기업 예비 선정";
const NOTE_KO: &str = "OECD가 연구 범위를 확정하기를 기다리는 중";

#[test]
fn filled_rows_are_recorded_with_author_and_date_and_merged_with_the_ledger() {
    let sb = Sandbox::new();
    let ledger = bilingual(&sb);
    std::fs::write(sb.path("config.toml"), "author = \"SE México\"\n").unwrap();
    let book = translate_export(&sb, &ledger, "en", "to-ko.xlsx");
    fill(
        &book,
        "New translation",
        &[(":title:JC2-03", JC2_03_KO), (":note:1:JC2-09", NOTE_KO)],
    );
    // Meanwhile the ledger changes elsewhere.
    ok(&sb, &ledger, &["set", "JC3-01", "status=done"]);

    let b = book.to_str().unwrap();
    let before = std::fs::read(&ledger).unwrap();
    let said = ok(
        &sb,
        &ledger,
        &["import", b, "--dry-run", "--author", "Kim Jiyoung"],
    );
    assert!(
        std::fs::read(&ledger).unwrap() == before,
        "a dry run writes nothing"
    );
    for expected in [
        "translator's workbook into Korean",
        &format!("+ the title of JC2-03: {JC2_03_KO}"),
        &format!("+ note 1 of JC2-09: {NOTE_KO}"),
        "dry run: nothing was written",
    ] {
        assert!(said.contains(expected), "missing `{expected}` in:\n{said}");
    }

    ok(&sb, &ledger, &["import", b, "--author", "Kim Jiyoung"]);
    let l = load(&ledger);
    let jc203 = l.item("JC2-03").unwrap();
    let t = jc203.translations.get("title", Lang::Ko).unwrap();
    assert_eq!(t.text, JC2_03_KO);
    assert_eq!((t.author.as_str(), t.date), ("Kim Jiyoung", today()));
    assert_eq!(
        jc203.title_text(l.original_language()).state(Lang::Ko),
        TextState::Current
    );
    assert_eq!(
        jc203.translations.get("title", Lang::Es),
        bilingual_sample()
            .item("JC2-03")
            .unwrap()
            .translations
            .get("title", Lang::Es),
        "the Spanish translation stays"
    );
    let note = &l.item("JC2-09").unwrap().notes[0];
    assert_eq!(
        note.translations.get("text", Lang::Ko).unwrap().text,
        NOTE_KO
    );
    assert_eq!(
        l.item("JC3-01").unwrap().status,
        followup::ledger::Status::Done,
        "the ledger's own change stays"
    );
    assert_eq!(
        jc203.updated,
        bilingual_sample().item("JC2-03").unwrap().updated
    );

    // Importing again records nothing more.
    let after = std::fs::read(&ledger).unwrap();
    let said = ok(&sb, &ledger, &["import", b]);
    assert!(std::fs::read(&ledger).unwrap() == after, "{said}");
    assert!(said.contains("nothing to change"), "{said}");
}

#[test]
fn a_row_whose_original_changed_after_the_export_is_reported_not_recorded() {
    let sb = Sandbox::new();
    let ledger = bilingual(&sb);
    let book = translate_export(&sb, &ledger, "en", "to-ko.xlsx");
    fill(
        &book,
        "New translation",
        &[(":title:JC2-03", JC2_03_KO), (":note:1:JC2-09", NOTE_KO)],
    );
    let reworded = "Shortlist ten Mexican SMEs as suppliers for the Kia Motors plant";
    ok(
        &sb,
        &ledger,
        &["set", "JC2-03", &format!("title={reworded}")],
    );
    let o = sb.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "import",
        book.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains(&format!(
            "! the title of JC2-03: the original changed after the export; this translation was not recorded: {JC2_03_KO}"
        )),
        "{}",
        stdout(&o)
    );
    assert!(
        stderr(&o).contains("export the workbook again"),
        "{}",
        stderr(&o)
    );
    let l = load(&ledger);
    let jc203 = l.item("JC2-03").unwrap();
    assert_eq!(jc203.title, reworded, "the edit stays");
    assert_eq!(
        jc203.translations.get("title", Lang::Ko).unwrap().text,
        JC2_03_KO_OUTDATED,
        "not applied"
    );
    assert_eq!(
        jc203.title_text(l.original_language()).state(Lang::Ko),
        TextState::Outdated
    );
    let note = &l.item("JC2-09").unwrap().notes[0];
    assert_eq!(
        note.translations.get("text", Lang::Ko).unwrap().text,
        NOTE_KO,
        "the other row is recorded"
    );
}

#[test]
fn a_workbook_with_spanish_headers_imports_and_an_emptied_cell_removes_nothing() {
    let sb = Sandbox::new();
    let ledger = bilingual(&sb);
    let book = translate_export(&sb, &ledger, "es", "por-traducir.xlsx");
    let mut all = sheets(&book);
    assert_eq!(all[0].0, "Por traducir al coreano");
    let rows = &mut all[0].2;
    let (k, on_record) = (
        column(rows, "followup-key"),
        column(rows, "Traducción registrada"),
    );
    // The translator empties JC2-03's translation on record and writes no new one.
    let jc203 = rows
        .iter_mut()
        .find(|r| text(&r[k]).ends_with(":title:JC2-03"))
        .unwrap();
    set(jc203, on_record, "");
    write_back(&book, &all);
    let before = std::fs::read(&ledger).unwrap();
    let said = ok(&sb, &ledger, &["import", book.to_str().unwrap()]);
    assert!(said.contains("nothing to change"), "{said}");
    assert!(std::fs::read(&ledger).unwrap() == before, "nothing removed");

    fill(&book, "Nueva traducción", &[(":note:1:JC2-09", NOTE_KO)]);
    let said = ok(
        &sb,
        &ledger,
        &["--lang", "ko", "import", book.to_str().unwrap()],
    );
    assert!(said.contains("한국어 번역용 엑셀 파일"), "{said}");
    let l = load(&ledger);
    let note = &l.item("JC2-09").unwrap().notes[0];
    assert_eq!(
        note.translations.get("text", Lang::Ko).unwrap().text,
        NOTE_KO
    );
}

#[test]
fn a_translation_made_meanwhile_in_the_ledger_is_a_conflict_like_any_other() {
    let sb = Sandbox::new();
    let ledger = bilingual(&sb);
    let book = translate_export(&sb, &ledger, "en", "to-ko.xlsx");
    fill(&book, "New translation", &[(":title:JC2-03", JC2_03_KO)]);
    // Seoul corrects the same translation in the dashboard meanwhile.
    let mut l = load(&ledger);
    let op = Op::Translate {
        target: TextRef::ItemTitle("JC2-03".into()),
        lang: Lang::Ko,
        text: "기아자동차 누에보레온 공장 협력업체 후보 선정".into(),
        author: "SMBA".into(),
    };
    apply(&mut l, op, today()).unwrap();
    std::fs::write(&ledger, canonical_json(&l)).unwrap();

    let o = sb.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "import",
        book.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("! JC2-03"), "{}", stdout(&o));
    // Listed as a conflict only, never as recorded as well.
    assert!(
        !stdout(&o).contains(&format!(": {JC2_03_KO}\n")),
        "{}",
        stdout(&o)
    );
    assert!(
        !stdout(&o).contains("+ the title of JC2-03"),
        "{}",
        stdout(&o)
    );
    let l = load(&ledger);
    let jc203 = l.item("JC2-03").unwrap();
    assert_eq!(
        jc203.translations.get("title", Lang::Ko).unwrap().text,
        "기아자동차 누에보레온 공장 협력업체 후보 선정",
        "ours kept until resolved"
    );
    assert_eq!(jc203.conflicts.len(), 1);
    assert_eq!(
        jc203.conflicts[0].field.to_string(),
        "translations.title.ko"
    );
}

#[test]
fn an_edited_key_is_a_bad_cell_and_nothing_is_written() {
    let sb = Sandbox::new();
    let ledger = bilingual(&sb);
    let book = translate_export(&sb, &ledger, "en", "to-ko.xlsx");
    let mut all = fill(&book, "New translation", &[(":title:JC2-03", JC2_03_KO)]);
    let rows = &mut all[0].2;
    let k = column(rows, "followup-key");
    let row = rows
        .iter_mut()
        .find(|r| text(&r[k]).ends_with(":title:JC2-03"))
        .unwrap();
    set(row, k, "=HYPERLINK(\"http://x\")");
    write_back(&book, &all);
    let before = std::fs::read(&ledger).unwrap();
    let o = sb.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "import",
        book.to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("not a key followup wrote"),
        "{}",
        stderr(&o)
    );
    assert!(std::fs::read(&ledger).unwrap() == before);
}

#[test]
fn an_original_edited_in_the_sheet_leaves_its_translations_outdated() {
    let sb = Sandbox::new();
    let ledger = bilingual(&sb);
    let book = ordinary_export(&sb, &ledger, "es", "es.xlsx");
    let b = book.to_str().unwrap();
    let mut all = sheets(&book);
    let title = column(&all[0].2, "Título");
    let row = row_where(&mut all[0].2, 0, "JC2-09");
    let shown = text(&row[title]);
    assert_eq!(
        shown, "Join the OECD study on ways and means to support traditional SMEs [en]",
        "no Spanish translation: the original, marked"
    );
    // The secretary corrects the original in place, leaving the mark.
    let corrected = "Join the OECD study on ways to support traditional SMEs [en]";
    set(row, title, corrected);
    write_back(&book, &all);
    ok(&sb, &ledger, &["--lang", "es", "import", b]);
    let l = load(&ledger);
    let jc209 = l.item("JC2-09").unwrap();
    assert_eq!(
        jc209.title,
        "Join the OECD study on ways to support traditional SMEs"
    );
    let ko = jc209.translations.get("title", Lang::Ko).unwrap();
    assert_eq!(ko.text, JC2_09_KO, "kept, for the translator to correct");
    assert_eq!(
        jc209.title_text(l.original_language()).state(Lang::Ko),
        TextState::Outdated
    );
    let book = translate_export(&sb, &ledger, "en", "to-ko.xlsx");
    assert!(
        keys(&sheets(&book)[0].2)
            .iter()
            .any(|k| k.ends_with(":title:JC2-09"))
    );
}
