//! Formal documents write dates as people write them in letters: the minutes
//! (Markdown and HTML) and the reminders say "23 de noviembre de 2026",
//! "2026년 11월 23일", "November 23, 2026", never 2026-11-23; CSV keeps ISO.

mod common;
mod report_support;

use common::*;
use report_support::{History, html_text};

/// True when `text` holds a date written `YYYY-MM-DD`.
fn has_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(10).any(|w| {
        w.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
    })
}

fn today(lang: &str) -> &'static str {
    match lang {
        "en" => "November 23, 2026",
        "es" => "23 de noviembre de 2026",
        _ => "2026년 11월 23일",
    }
}

#[test]
fn the_minutes_write_formal_dates_in_every_language() {
    let h = History::with_two_weeks_of_work();
    for lang in ["en", "es", "ko"] {
        let since = ["--lang", lang, "report", "--since", "2026-11-10"];
        let md = h.ok(&since);
        assert!(md.contains(today(lang)), "{lang}: {md}");
        assert!(!has_iso_date(&md), "{lang} Markdown: {md}");
        let html = h.ok(&[&since[..], &["--format", "html"]].concat());
        let text = html_text(&html);
        assert!(text.contains(today(lang)), "{lang}: {text}");
        assert!(!has_iso_date(&html), "{lang} HTML: {text}");
        let csv = h.ok(&[&since[..], &["--format", "csv"]].concat());
        assert!(has_iso_date(&csv), "{lang}: CSV keeps ISO dates: {csv}");
    }
    let es = h.ok(&["--lang", "es", "report", "--since", "2026-11-10"]);
    assert!(
        es.contains("plazo: 16 de noviembre de 2026 → 15 de diciembre de 2026 (29 días después)"),
        "{es}"
    );
}

#[test]
fn reminders_write_formal_dates_and_greet_as_a_secretariat_does() {
    let sb = Sandbox::new();
    std::fs::write(
        sb.path("config.toml"),
        "from = \"Secretaría Técnica <secretaria@example.org>\"\n",
    )
    .unwrap();
    let ledger = sb.fixture("korea-mexico-sme-directory.json");
    let f = ledger.to_str().unwrap();
    // OECD's desk reads English once it has an address.
    let o = sb.run(&["-f", f, "person", "OECD", "--email", "sme@oecd.example.org"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = sb.path("drafts");
    let o = sb.run(&["-f", f, "remind", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let parser = mail_parser::MessageParser::default();
    let mut greetings = Vec::new();
    for entry in std::fs::read_dir(&out).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let mail = parser.parse(&bytes[..]).expect("an e-mail");
        let body = mail.body_text(0).unwrap().into_owned();
        assert!(!has_iso_date(&body), "{body}");
        greetings.push(body.lines().next().unwrap().to_owned());
        if body.starts_with("Dear") {
            assert!(body.contains("as of November 23, 2026"), "{body}");
        } else if body.starts_with("Apreciable") {
            assert!(
                body.contains("con corte al 23 de noviembre de 2026"),
                "{body}"
            );
            assert!(body.contains("Secretaría Técnica de «"), "{body}");
        } else {
            assert!(body.contains("2026년 11월 23일 기준"), "{body}");
            assert!(body.contains("애로 사항"), "{body}");
        }
    }
    greetings.sort();
    assert_eq!(
        greetings,
        [
            "Apreciable INADEM:",
            "Apreciable Kia Motors México:",
            "Dear OECD,",
            "중소기업청 SMBA 담당자님께",
        ]
    );
}
