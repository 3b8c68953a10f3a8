//! The desk's documents in HTML: `report --all` (every committee's minutes)
//! and `report --brief [--all]` (the handover brief) as one self-contained
//! page in the reader's language, a table of contents before a section per
//! committee, hostile text (in a ledger or a committee's name in the
//! portfolio) shown as text, and a real browser parses and renders them.

mod common;
mod report_support;

use common::portfolio::{COMMITTEES, Desk};
use common::{Sandbox, Tool, require, stderr, stdout};
use report_support::{assert_self_contained, html_text};
use serde_json::json;

/// Text a committee might hold that must never become markup.
const EVIL: &str = "<img src=x onerror=alert(1)></style><script>alert(2)</script>";

/// `followup ARGS` in `sb`, which must succeed; its output.
fn ok(sb: &Sandbox, args: &[&str]) -> String {
    let o = sb.run(args);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

/// The sections of a document of several committees, in order: the text
/// from each `<section class="committee" id="committee-N">` to the next.
fn sections(doc: &str) -> Vec<&str> {
    let mut parts: Vec<&str> = doc.split("<section class=\"committee\" ").skip(1).collect();
    for (n, p) in parts.iter_mut().enumerate() {
        let id = format!("id=\"committee-{}\">", n + 1);
        assert!(p.starts_with(&id), "section {n} is `{id}`");
        *p = &p[id.len()..];
    }
    if let Some(last) = parts.last_mut() {
        *last = &last[..last.find("</body>").unwrap()];
    }
    parts
}

/// The table of contents: each entry's link and text.
fn contents(doc: &str) -> Vec<(String, String)> {
    let nav = &doc[doc
        .find("<nav class=\"toc\">")
        .expect("a table of contents")..];
    let nav = &nav[..nav.find("</nav>").unwrap()];
    nav.split("<li><a href=\"")
        .skip(1)
        .map(|li| {
            let (href, rest) = li.split_once("\">").unwrap();
            (
                href.to_owned(),
                html_text(&rest[..rest.find("</li>").unwrap()]),
            )
        })
        .collect()
}

#[test]
fn report_all_in_html_is_one_document_with_a_section_per_committee() {
    let sb = Sandbox::new();
    Desk::new(&sb, "");
    let doc = ok(
        &sb,
        &["--lang", "ko", "report", "--all", "--format", "html"],
    );
    assert_self_contained(&doc);
    assert!(
        doc.starts_with("<!DOCTYPE html><html lang=\"ko\">"),
        "the reader's language"
    );
    assert_eq!(doc.matches("<html").count(), 1, "one document");
    assert_eq!(doc.matches("<style>").count(), 1);
    assert!(doc.contains("<title>후속 조치 점검 회의록 · 위원회 5곳</title>"));

    let toc = contents(&doc);
    let hrefs: Vec<&str> = toc.iter().map(|(h, _)| h.as_str()).collect();
    assert_eq!(
        hrefs,
        [
            "#committee-1",
            "#committee-2",
            "#committee-3",
            "#committee-4",
            "#committee-5"
        ]
    );
    // Each entry: the committee's name as the reader reads it, then its name in the portfolio.
    assert_eq!(toc[2].1, "한·멕시코 중소기업 발전 공동위원회 korea-mexico");
    for ((_, entry), (name, _)) in toc.iter().zip(COMMITTEES) {
        assert!(entry.ends_with(name), "{entry}");
    }

    // Each section: that committee's whole minutes, exactly as `report
    // --format html` writes them for it alone (charts included).
    let parts = sections(&doc);
    assert_eq!(parts.len(), 5);
    let ids = ["SC-", "1A-", "JC2-03", "PPW-", "EC-07"];
    for (((part, id), (_, entry)), (committee, _)) in
        parts.iter().zip(ids).zip(&toc).zip(COMMITTEES)
    {
        let text = html_text(part);
        let name = entry.rsplit_once(' ').unwrap().0;
        assert!(
            text.starts_with(&format!("후속 조치 점검 회의록\n{name}")),
            "{text}"
        );
        assert!(text.contains(id), "{id} in its committee's section");
        let ledger = sb.path(&format!("desk/{committee}/ledger.json"));
        let alone = ok(
            &sb,
            &[
                "--lang",
                "ko",
                "-f",
                ledger.to_str().unwrap(),
                "report",
                "--format",
                "html",
            ],
        );
        let body = &alone[alone.find("<body>").unwrap() + 6..alone.find("</body>").unwrap()];
        assert_eq!(part.strip_suffix("</section>"), Some(body), "{committee}");
        assert!(body.contains("<svg"), "{committee}: its charts");
    }
    assert!(
        !html_text(parts[0]).contains("JC2-03"),
        "no item in another's section"
    );
    // Print: each committee starts a page.
    assert!(doc.contains(
        "section.committee, section.committee + section.committee {\n    break-before: page;"
    ));

    // The same document in Spanish, and the refusal is gone.
    let es = ok(
        &sb,
        &["--lang", "es", "report", "--all", "--format", "html"],
    );
    assert!(es.starts_with("<!DOCTYPE html><html lang=\"es\">"));
    assert!(es.contains("<h2>Contenido</h2>"), "the contents in Spanish");
    assert!(es.contains("Comisión Mixta Corea–México para el Desarrollo de las Pymes"));
    assert_eq!(sections(&es).len(), 5);
}

/// A desk whose first committee is hostile: its name in the portfolio, its
/// committee's name, its parties, an item and a review all hold markup.
fn hostile_desk(sb: &Sandbox) {
    let path = sb.path("hostile.json");
    let ledger = json!({
        "format": "followup/1",
        "committee": {"name": format!("Comité \u{1b}]0;pwned\u{7} {EVIL}"), "parties": ["<b>INADEM</b>"]},
        "directory": [{"name": "<i>eve</i>", "email": "eve@example.org", "aliases": ["<u>E</u>"]}],
        "reviews": [{"date": "2026-11-16", "attendees": ["<svg onload=alert(3)>"], "summary": "<h1>sum</h1>\nline two"}],
        "items": [
            {"id": "JC1-01", "title": EVIL, "workstream": "<h1>Policy</h1>", "status": "blocked",
             "owners": ["\"quoted\" & 'single'"], "due": "2026-11-20", "due_history": ["2026-10-01"],
             "notes": [{"date": "2026-11-20", "author": "<i>eve</i>", "text": "line one\n<script>x</script>"}]}
        ]
    });
    std::fs::write(&path, serde_json::to_string_pretty(&ledger).unwrap()).unwrap();
    let name = "<img src=y onerror=alert(4)>";
    let extra = format!(
        "[[portfolio]]\npath = {:?}\nname = {name:?}\n",
        path.to_str().unwrap()
    );
    Desk::new(sb, &extra);
}

#[test]
fn hostile_text_in_the_desk_documents_shows_as_text() {
    let sb = Sandbox::new();
    hostile_desk(&sb);
    for args in [
        [
            "report",
            "--all",
            "--format",
            "html",
            "--since",
            "2026-11-01",
        ]
        .as_slice(),
        &["report", "--brief", "--all", "--format", "html"],
    ] {
        let doc = ok(&sb, args);
        assert_self_contained(&doc);
        assert_eq!(sections(&doc).len(), 6, "{args:?}");
        for shown in [
            "&lt;img src=y onerror=alert(4)&gt;",
            "&lt;img src=x onerror=alert(1)&gt;&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;",
            "&lt;b&gt;INADEM&lt;/b&gt;",
            "&lt;svg onload=alert(3)&gt;",
            "&quot;quoted&quot; &amp; 'single'",
            r"Comité \e]0;pwned\a",
        ] {
            assert!(doc.contains(shown), "{args:?}: `{shown}` not in the HTML");
        }
        assert!(!doc.contains('\u{1b}') && !doc.contains('\u{7}'));
        assert_eq!(doc.matches("<style>").count(), 1);
        assert_eq!(doc.matches("</style>").count(), 1);
        assert_eq!(
            contents(&doc)[0].1,
            r"Comité \e]0;pwned\a <img src=x onerror=alert(1)></style><script>alert(2)</script> <img src=y onerror=alert(4)>"
        );
    }
    let brief = ok(&sb, &["report", "--brief", "--all", "--format", "html"]);
    for shown in [
        "&lt;i&gt;eve&lt;/i&gt;",
        "also written &lt;u&gt;E&lt;/u&gt;",
        "&lt;h1&gt;sum&lt;/h1&gt;\nline two",
        "line one\n&lt;script&gt;x&lt;/script&gt;",
    ] {
        assert!(brief.contains(shown), "`{shown}` not in the brief");
    }
}

#[test]
fn the_handover_brief_in_html_for_one_committee_and_for_the_desk() {
    let sb = Sandbox::new();
    let desk = Desk::new(&sb, "");
    let km = desk.repo("korea-mexico").path("ledger.json");
    let f = km.to_str().unwrap();
    let one = ok(&sb, &["-f", f, "report", "--brief", "--format", "html"]);
    assert_self_contained(&one);
    assert!(one.starts_with("<!DOCTYPE html><html lang=\"en\">"));
    assert!(!one.contains("<nav"), "one committee: no table of contents");
    assert!(one.contains(
        "<title>Handover brief · Korea–Mexico Joint Committee on SME Development</title>"
    ));
    let text = html_text(&one);
    for line in [
        "Handover brief",
        "Korea–Mexico Joint Committee on SME Development",
        "Prepared on November 23, 2026 for the officer taking over this committee",
        "Open action items (12)",
        "↻ Deadline changed 2 times: June 30, 2026 → September 30, 2026 → November 16, 2026",
        "Awaiting the other party",
        "Counterparts",
        "Last reviews",
    ] {
        assert!(
            text.lines().any(|l| l.contains(line)),
            "`{line}` in:\n{text}"
        );
    }
    assert!(text.contains("중소기업청 SMBA · mexico.desk"), "{text}");
    assert_eq!(
        one.matches("<td class=\"when\">").count(),
        12 + 3,
        "12 open items, 3 reviews"
    );

    let ko = ok(
        &sb,
        &[
            "--lang", "ko", "report", "--brief", "--all", "--format", "html",
        ],
    );
    assert_self_contained(&ko);
    assert!(ko.starts_with("<!DOCTYPE html><html lang=\"ko\">"));
    assert!(ko.contains("<title>인수인계서 · 위원회 5곳</title>"));
    assert_eq!(contents(&ko).len(), 5);
    let parts = sections(&ko);
    assert_eq!(parts.len(), 5);
    assert!(html_text(parts[2]).starts_with("인수인계서\n한·멕시코 중소기업 발전 공동위원회"));
    assert!(html_text(parts[2]).contains("기한 변경 2회"));

    // CSV is still no brief: said, with the formats that are.
    let o = sb.run(&["-f", f, "report", "--brief", "--format", "csv"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("HTML (--format html)"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_real_browser_parses_and_renders_the_desk_minutes() {
    if !require(Tool::Chromium) {
        return;
    }
    let browser = common::tools::chromium().expect("found by require");
    let sb = Sandbox::new();
    hostile_desk(&sb);
    let dir = tempfile::tempdir().unwrap();
    for (name, args) in [
        (
            "minutes",
            ["--lang", "ko", "report", "--all", "--format", "html"].as_slice(),
        ),
        (
            "brief",
            &[
                "--lang", "es", "report", "--brief", "--all", "--format", "html",
            ],
        ),
    ] {
        let file = dir.path().join(format!("{name}.html"));
        std::fs::write(&file, ok(&sb, args)).unwrap();
        // The DOM as the browser built it: six sections, the table of
        // contents' six links, and no element made of a committee's text.
        let dom =
            common::tools::headless_chromium(&browser, &file, (1200, 1600), &["--dump-dom".into()]);
        assert_eq!(
            dom.matches("<section class=\"committee\"").count(),
            6,
            "{name}"
        );
        assert_eq!(dom.matches("<a href=\"#committee-").count(), 6, "{name}");
        for tag in ["<img", "<script", "<svg onload", "<b>", "<i>"] {
            assert!(!dom.contains(tag), "{name}: `{tag}` became an element");
        }
        let (png, pdf) = (
            dir.path().join(format!("{name}.png")),
            dir.path().join(format!("{name}.pdf")),
        );
        for output in [
            format!("--screenshot={}", png.display()),
            format!("--print-to-pdf={}", pdf.display()),
        ] {
            common::tools::headless_chromium(&browser, &file, (1200, 1600), &[output]);
        }
        let png = std::fs::read(&png).unwrap();
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        assert!(
            png.len() > 30_000,
            "{name}: a blank page? {} bytes",
            png.len()
        );
        let pdf = std::fs::read(&pdf).unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        // A page per committee at least.
        let page = b"/Type /Page";
        let pages = pdf
            .windows(page.len() + 1)
            .filter(|w| w.starts_with(page) && w[page.len()] != b's')
            .count();
        assert!(pages >= 6, "{name}: {pages} pages");
    }
}
