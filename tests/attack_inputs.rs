//! Hostile spreadsheets: bombs that unpack or expand to gigabytes, cells over
//! Excel's limits, special files where a workbook is expected. Each is made
//! here (no big file is committed), refused quickly with an error naming the
//! limit, and leaves the ledger byte for byte as it was. And generated inputs
//! that a quadratic path would choke on: loading, importing, reminding.

mod common;

use common::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a refusal may take, even in a debug build on a busy machine.
const QUICK: Duration = Duration::from_secs(10);

/// A zip of `parts` (name, content), deflated.
fn zipped(path: &Path, parts: &[(&str, &[u8])]) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let o = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in parts {
        z.start_file(*name, o).unwrap();
        z.write_all(data).unwrap();
    }
    z.finish().unwrap();
}

/// A minimal .xlsx with one sheet whose XML is `sheet` and, when given,
/// shared strings `strings`.
fn xlsx(path: &Path, sheet: &str, strings: Option<&[u8]>) {
    let types = br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;
    let rels = br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let workbook = br#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Log" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    let mut wb_rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"#,
    );
    if strings.is_some() {
        wb_rels.push_str(r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#);
    }
    wb_rels.push_str("</Relationships>");
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sheet}</worksheet>"#
    );
    let mut parts: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", types),
        ("_rels/.rels", rels),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", wb_rels.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
    ];
    if let Some(s) = strings {
        parts.push(("xl/sharedStrings.xml", s));
    }
    zipped(path, &parts);
}

/// A sheet's XML: a header row (Action, Owner) and `cells` after it.
fn sheet_with(cells: &str) -> String {
    format!(
        r#"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Action</t></is></c><c r="B1" t="inlineStr"><is><t>Owner</t></is></c></row>{cells}</sheetData>"#
    )
}

/// Imports `file` into a new ledger and asserts it is refused quickly with
/// exit code 1, saying `needle`, and that the ledger is untouched.
fn refused_quickly(sb: &Sandbox, file: &Path, needle: &str) {
    let ledger = sb.path("ledger.json");
    if !ledger.exists() {
        let o = sb.run(&["init", ledger.to_str().unwrap(), "--committee", "C"]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let before = std::fs::read(&ledger).unwrap();
    let start = Instant::now();
    let o = sb.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "import",
        file.to_str().unwrap(),
    ]);
    let took = start.elapsed();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(needle),
        "wanted {needle:?}: {}",
        stderr(&o)
    );
    assert!(took < QUICK, "took {took:?}");
    assert_eq!(std::fs::read(&ledger).unwrap(), before);
}

#[test]
fn one_cell_at_the_last_row_and_column_is_refused_without_allocating_the_sheet() {
    let sb = Sandbox::new();
    let file = sb.path("far.xlsx");
    xlsx(
        &file,
        &format!(
            r#"<dimension ref="A1:XFD1048576"/>{}"#,
            sheet_with(r#"<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>"#)
        ),
        None,
    );
    assert!(std::fs::metadata(&file).unwrap().len() < 4096);
    refused_quickly(&sb, &file, "spans more than 4000000 cells");
    let file = sb.path("z.xlsx");
    xlsx(
        &file,
        &sheet_with(r#"<row r="1000000"><c r="Z1000000"><v>1</v></c></row>"#),
        None,
    );
    refused_quickly(&sb, &file, "“Log” spans more than");
}

#[test]
fn an_ods_row_and_column_repeated_a_million_times_is_refused() {
    let sb = Sandbox::new();
    let file = sb.path("repeat.ods");
    let content = br#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Log"><table:table-row><table:table-cell office:value-type="string"><text:p>Action</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Owner</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#;
    let manifest = br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    zipped(
        &file,
        &[
            (
                "mimetype",
                b"application/vnd.oasis.opendocument.spreadsheet",
            ),
            ("META-INF/manifest.xml", manifest),
            ("content.xml", content),
        ],
    );
    assert!(std::fs::metadata(&file).unwrap().len() < 2048);
    refused_quickly(&sb, &file, "spans more than 4000000 cells");
}

#[test]
fn a_huge_shared_string_and_a_forged_count_of_strings_are_refused() {
    let sb = Sandbox::new();
    let sheet = sheet_with(r#"<row r="2"><c r="A2" t="s"><v>0</v></c></row>"#);
    // 8 MiB of one letter: a few kilobytes deflated.
    let mut strings = br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>"#.to_vec();
    strings.extend(std::iter::repeat_n(b'a', 8 << 20));
    strings.extend_from_slice(b"</t></si></sst>");
    let file = sb.path("huge-string.xlsx");
    xlsx(&file, &sheet, Some(&strings));
    assert!(std::fs::metadata(&file).unwrap().len() < 64 << 10);
    refused_quickly(&sb, &file, "longer than 256 KiB");
    let file = sb.path("forged-count.xlsx");
    xlsx(
        &file,
        &sheet,
        Some(br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="4000000000"><si><t>a</t></si></sst>"#),
    );
    refused_quickly(&sb, &file, "distinct texts");
    // Forty million one-letter strings unpack past the limit; four million
    // empty ones stay under it and are counted.
    let mut many = br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#.to_vec();
    for _ in 0..4_000_001 {
        many.extend_from_slice(b"<si/>");
    }
    many.extend_from_slice(b"</sst>");
    let file = sb.path("many-strings.xlsx");
    xlsx(&file, &sheet, Some(&many));
    refused_quickly(&sb, &file, "more than 4000000 distinct texts");
}

#[test]
fn a_title_over_excels_limit_is_refused_in_a_workbook_and_in_csv() {
    let sb = Sandbox::new();
    // 50 MB in a small file: refused while looking inside, before calamine,
    // as too much unpacked for its size; 1 MB as a text no cell can hold.
    let file = sb.path("fifty.xlsx");
    let title = "T".repeat(50_000_000);
    let cells = format!(r#"<row r="2"><c r="A2" t="inlineStr"><is><t>{title}</t></is></c></row>"#);
    xlsx(&file, &sheet_with(&cells), None);
    drop(title);
    assert!(std::fs::metadata(&file).unwrap().len() < 200 << 10);
    refused_quickly(&sb, &file, "unpacks to more than 32 MiB");
    let file = sb.path("one-mb.xlsx");
    let title = "T".repeat(1_000_000);
    let cells = format!(r#"<row r="2"><c r="A2" t="inlineStr"><is><t>{title}</t></is></c></row>"#);
    xlsx(&file, &sheet_with(&cells), None);
    refused_quickly(
        &sb,
        &file,
        "xl/worksheets/sheet1.xml holds a text longer than 256 KiB",
    );
    // Just over Excel's limit: refused at the cell, named.
    let file = sb.path("over.xlsx");
    let title = "가".repeat(32_768);
    let cells = format!(r#"<row r="2"><c r="A2" t="inlineStr"><is><t>{title}</t></is></c></row>"#);
    xlsx(&file, &sheet_with(&cells), None);
    refused_quickly(&sb, &file, "cell Log!A2 holds more than 32767 characters");
    let csv = sb.path("over.csv");
    std::fs::write(&csv, format!("Action,Owner\nok,SE\n{title},SE\n")).unwrap();
    refused_quickly(&sb, &csv, "cell over!A3 holds more than 32767 characters");
}

#[test]
fn special_files_are_refused_as_the_ledger_refuses_them() {
    let sb = Sandbox::new();
    let zero = sb.path("zero.csv");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    refused_quickly(&sb, &zero, "is not a regular file");
    let zero = sb.path("zero.xlsx");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    refused_quickly(&sb, &zero, "is not a regular file");
    let fifo = sb.path("pipe.csv");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    refused_quickly(&sb, &fifo, "is not a regular file");
    let dir: PathBuf = sb.path("folder.xlsx");
    std::fs::create_dir(&dir).unwrap();
    refused_quickly(&sb, &dir, "is a directory");
}

#[test]
fn a_file_that_unpacks_past_the_limit_is_refused_as_soon_as_it_does() {
    // Declared sizes lie: the bytes are counted as they are unpacked. A file
    // may unpack to a hundred times its size, at least 32 MiB.
    let sb = Sandbox::new();
    let file = sb.path("deep.xlsx");
    let mut big = b"<x>".to_vec();
    for _ in 0..(1 << 20) {
        big.extend_from_slice(b"<y/>");
    }
    big.extend_from_slice(b"</x>");
    let names: Vec<String> = (0..12).map(|i| format!("xl/filler{i}.xml")).collect();
    let parts: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &big[..])).collect();
    zipped(&file, &parts);
    assert!(std::fs::metadata(&file).unwrap().len() < 1 << 20);
    refused_quickly(&sb, &file, "unpacks to more than 32 MiB");
}

/// The time `f(n)` takes, the best of two runs.
fn timed(n: usize, f: &dyn Fn(usize)) -> Duration {
    (0..2)
        .map(|_| {
            let start = Instant::now();
            f(n);
            start.elapsed()
        })
        .min()
        .unwrap()
}

/// Asserts that `f` stays near-linear: four times the input takes less than
/// eight times as long (a quadratic path takes sixteen), and well under
/// `QUICK` even in a debug build.
fn near_linear(what: &str, n: usize, f: &dyn Fn(usize)) {
    let small = timed(n, f);
    let large = timed(4 * n, f);
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-4);
    assert!(
        ratio < 8.0,
        "{what}: {n} took {small:?}, {} took {large:?} ({ratio:.1}×)",
        4 * n
    );
    assert!(large < QUICK, "{what}: {} took {large:?}", 4 * n);
}

/// A ledger of `n` meetings and `n` items, each item of its own meeting.
fn many_meetings(n: usize) -> Vec<u8> {
    let meetings: Vec<serde_json::Value> = (0..n)
        .map(|i| serde_json::json!({"id": format!("M{i}"), "date": "2026-01-01"}))
        .collect();
    let items: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            serde_json::json!({"id": format!("M{i}-01"), "title": "t", "status": "open", "meeting": format!("M{i}")})
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({
        "format": "followup/1",
        "committee": {"name": "C"},
        "meetings": meetings,
        "items": items,
    }))
    .unwrap()
}

#[test]
fn loading_many_meetings_and_items_stays_near_linear() {
    let probe = followup::ledger::parse_ledger(&many_meetings(2));
    assert!(probe.is_ok(), "{probe:?}");
    near_linear("load", 5_000, &|n| {
        let bytes = many_meetings(n);
        let l = followup::ledger::parse_ledger(&bytes).unwrap();
        followup::ledger::validate(&l).unwrap();
    });
}

#[test]
fn importing_a_long_action_log_stays_near_linear() {
    use followup::interchange::{Book, Cell, ImportOptions, Sheet, plan};
    let import = |n: usize| {
        let mut rows = vec![vec![
            Cell::Text("Action".into()),
            Cell::Text("Owner".into()),
            Cell::Text("Meeting".into()),
        ]];
        rows.extend((0..n).map(|i| {
            vec![
                Cell::Text(format!("Action {i}")),
                Cell::Text("SMBA; INADEM".into()),
                Cell::Text(format!("JC{}", i % 50)),
            ]
        }));
        let book = Book {
            sheets: vec![Sheet {
                name: "Log".into(),
                rows,
            }],
            snapshot: None,
        };
        let o = ImportOptions {
            lang: followup::base::lang::Lang::En,
            today: followup::base::dates::parse_date(TODAY).unwrap(),
            author: "t".into(),
            skip_bad: false,
            map: Vec::new(),
        };
        let p = plan(book, &followup::ledger::Ledger::default(), &o).unwrap();
        assert_eq!(p.ledger.unwrap().items.len(), n);
    };
    near_linear("import", 2_500, &import);
}

/// A ledger of `n` items shared by `n / 40` owners, every one of them in the
/// directory (with an address and an alias), half the items naming their
/// owner by the alias and one other owner too: the shape of 200,000 items and
/// 5,000 owners that once kept `remind --dry-run` busy for minutes.
fn many_owners(n: usize) -> followup::ledger::Ledger {
    use followup::ledger::Person;
    let owners = (n / 40).max(2);
    let mut l = followup::synthetic::ledger(n, followup::synthetic::demo_today());
    l.directory = (0..owners)
        .map(|o| Person {
            name: format!("Agencia Número {o}"),
            email: format!("enlace{o}@agencia.example.org"),
            language: ["en", "es", "ko"][o % 3].into(),
            aliases: vec![format!("AN{o}")],
            ..Person::default()
        })
        .collect();
    for (i, item) in l.items.iter_mut().enumerate() {
        let o = i * 7 % owners;
        let named = if i % 2 == 0 {
            format!("AN{o}")
        } else {
            format!("agencia numero {o}")
        };
        item.owners = vec![named, format!("Agencia Número {}", (o + 1) % owners)];
    }
    l
}

#[test]
fn reminding_many_owners_stays_near_linear() {
    let sb = Sandbox::new();
    let remind = |n: usize| {
        let path = sb.path(&format!("owners-{n}.json"));
        if !path.exists() {
            std::fs::write(&path, followup::ledger::canonical_json(&many_owners(n))).unwrap();
        }
        let out = sb.run(&["-f", path.to_str().unwrap(), "remind", "--dry-run"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let lines = stdout(&out).lines().count();
        assert!(
            (n / 80..=n / 40).contains(&lines),
            "one line per owner with items to ask about: {lines}"
        );
    };
    near_linear("remind --dry-run", 4_000, &remind);
}
