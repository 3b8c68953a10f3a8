//! The HTML minutes: one self-contained file (no script, no outside
//! reference), every piece of ledger text escaped, the charts drawn, the
//! text of each language checked whole, and a real browser renders it.

mod common;
mod report_support;
use common::*;
use report_support::{History, assert_self_contained, html_text};
use serde_json::json;

fn html(sb: &Sandbox, path: &std::path::Path, extra: &[&str]) -> String {
    let mut args = vec!["-f", path.to_str().unwrap(), "report", "--format", "html"];
    args.extend(extra);
    let out = sb.run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn hostile_text_shows_as_text_in_a_self_contained_file() {
    let sb = Sandbox::new();
    let path = sb.path("ledger.json");
    let evil = "<img src=x onerror=alert(1)></style><script>alert(2)</script>";
    let ledger = json!({
        "format": "followup/1",
        "committee": {"name": format!("Comité \u{1b}]0;pwned\u{7} {evil}"), "parties": ["<b>INADEM</b>"]},
        "reviews": [{"date": "2026-11-16", "attendees": ["<svg onload=alert(3)>"], "summary": "http://evil.example"}],
        "items": [
            {"id": "JC1-01", "title": evil, "workstream": "<h1>Policy</h1>", "status": "blocked",
             "owners": ["\"quoted\" & 'single'"], "due": "2026-11-20",
             "notes": [{"date": "2026-11-20", "author": "<i>eve</i>", "text": "line one\n<script>x</script>"}]}
        ]
    });
    std::fs::write(&path, serde_json::to_string_pretty(&ledger).unwrap()).unwrap();
    let doc = html(&sb, &path, &["--since", "2026-11-01"]);
    // The review summary holds a URL: it is shown, escaped, as text; the
    // document's own markup has none.
    let without_ledger_url = doc.replace("http://evil.example", "");
    assert_self_contained(&without_ledger_url);
    for shown in [
        "&lt;img src=x onerror=alert(1)&gt;&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;",
        "&lt;h1&gt;Policy&lt;/h1&gt;",
        "&lt;svg onload=alert(3)&gt;",
        "&quot;quoted&quot; &amp; 'single'",
        r"Comité \e]0;pwned\a",
        "&lt;i&gt;eve&lt;/i&gt;",
    ] {
        assert!(doc.contains(shown), "`{shown}` not in the HTML");
    }
    assert!(!doc.contains('\u{1b}') && !doc.contains('\u{7}'));
    assert_eq!(doc.matches("<style>").count(), 1);
    assert_eq!(doc.matches("</style>").count(), 1);
}

#[test]
fn minutes_hold_their_charts_and_items() {
    let h = History::with_two_weeks_of_work();
    let doc = h.ok(&["report", "--format", "html", "--since", "2026-11-01"]);
    assert_self_contained(&doc);
    assert!(doc.starts_with("<!DOCTYPE html><html lang=\"en\">"));
    assert_eq!(
        doc.matches("<svg").count(),
        3,
        "status, slipped, week by week"
    );
    assert!(doc.contains("<polyline"), "the week-by-week line");
    // One point per week from the start of the period (11-01: no ledger yet,
    // first committed on 11-05), so 11-08, 11-15, 11-22, and today.
    assert_eq!(doc.matches("<circle").count(), 4);
    assert!(doc.contains("<title>November 15, 2026: 12</title>"));
    assert!(
        doc.contains("<title>November 22, 2026: 11</title>"),
        "JC3-04 done on 11-19"
    );
    assert!(doc.contains("<title>November 23, 2026: 11</title>"));
    let text = html_text(&doc);
    for id in ["JC2-03", "JC2-09", "JC3-04", "JC2-01"] {
        assert!(text.contains(id), "{id} not in:\n{text}");
    }
    assert!(text.contains("+29 days"), "JC2-03's slip:\n{text}");
    assert!(text.contains("Done in the period"));
    // Print: a page per workstream, rows never cut, headers repeated.
    for rule in [
        "break-before: page",
        "break-inside: avoid",
        "display: table-header-group",
        "\"Noto Sans KR\", \"Malgun Gothic\", \"Apple SD Gothic Neo\"",
    ] {
        assert!(doc.contains(rule), "{rule}");
    }
}

/// A commit whose ledger does not read (its items lost, mended in the
/// next commit) leaves its week without a point: not a drop to nothing,
/// and not the whole chart gone.
#[test]
fn a_week_whose_commit_does_not_read_has_no_point() {
    let h = History::new("2026-11-05T10:00:00");
    let good = std::fs::read(h.ledger()).unwrap();
    let mut broken: serde_json::Value = serde_json::from_slice(&good).unwrap();
    broken.as_object_mut().unwrap().remove("items");
    std::fs::write(h.ledger(), serde_json::to_vec_pretty(&broken).unwrap()).unwrap();
    h.commit("2026-11-12T10:00:00", "items lost");
    std::fs::write(h.ledger(), &good).unwrap();
    h.commit("2026-11-17T10:00:00", "items mended");
    let doc = h.ok(&["report", "--format", "html", "--since", "2026-11-01"]);
    assert!(doc.contains("<polyline"), "the week-by-week line");
    // 11-08 (the first commit), 11-22 (the mended one) and today; not 11-15.
    assert_eq!(doc.matches("<circle").count(), 3, "{doc}");
    assert!(doc.contains("<title>November 8, 2026: 12</title>"), "{doc}");
    assert!(!doc.contains("<title>November 15, 2026"), "{doc}");
    assert!(
        doc.contains("<title>November 22, 2026: 12</title>"),
        "{doc}"
    );
    assert!(!html_text(&doc).contains("No git history"));
}

#[test]
fn outside_git_the_minutes_say_there_is_no_history() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let doc = html(&sb, &path, &[]);
    assert!(!doc.contains("<polyline"));
    let text = html_text(&doc);
    assert!(
        text.contains("No git history: the week-by-week count needs the ledger's commits."),
        "{text}"
    );
}

#[test]
fn html_text_in_each_language() {
    let h = History::with_two_weeks_of_work();
    for lang in ["en", "es", "ko"] {
        let doc = h.ok(&[
            "--lang",
            lang,
            "report",
            "--format",
            "html",
            "--since",
            "2026-11-10",
        ]);
        assert!(doc.contains(&format!("<html lang=\"{lang}\">")));
        insta::assert_snapshot!(format!("html_text_{lang}"), html_text(&doc));
    }
}

#[test]
fn a_real_browser_renders_and_prints_the_minutes() {
    if !require(Tool::Chromium) {
        return;
    }
    let browser = common::tools::chromium().expect("found by require");
    let h = History::with_two_weeks_of_work();
    let doc = h.ok(&[
        "--lang",
        "ko",
        "report",
        "--format",
        "html",
        "--since",
        "2026-11-01",
    ]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("minutes.html");
    std::fs::write(&file, doc).unwrap();
    let (png, pdf) = (dir.path().join("m.png"), dir.path().join("m.pdf"));
    for output in [
        format!("--screenshot={}", png.display()),
        format!("--print-to-pdf={}", pdf.display()),
    ] {
        common::tools::headless_chromium(&browser, &file, (1200, 1600), &[output]);
    }
    let png = std::fs::read(&png).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert!(png.len() > 30_000, "a blank page? {} bytes", png.len());
    let pdf = std::fs::read(&pdf).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    assert!(pdf.len() > 30_000, "an empty document? {} bytes", pdf.len());
}
