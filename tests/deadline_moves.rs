//! A deadline brought forward is never called postponed: not by `set`, `show`,
//! the minutes (Markdown, HTML, CSV), the calendar feed or the reminders, in
//! any language; the count of moves is neutral, the direction is named.

mod common;
mod report_support;

use common::*;
use followup::i18n::{Lang, catalog};
use report_support::{History, html_text};

/// Words that say "later" about a deadline, per language.
fn postponed(lang: &str) -> &'static [&'static str] {
    match lang {
        "en" => &["postpone", "slipped", "days later"],
        "es" => &["pospu", "después"],
        _ => &["연기"],
    }
}

/// Words that say "earlier", per language.
fn brought_forward(lang: &str) -> &'static str {
    match lang {
        "en" => "brought forward",
        "es" => "adelantado",
        _ => "앞당김",
    }
}

fn assert_never_postponed(lang: &str, what: &str, text: &str) {
    for word in postponed(lang) {
        assert!(
            !text.contains(word),
            "{lang} {what} calls a deadline brought forward `{word}`:\n{text}"
        );
    }
}

/// The directory ledger in git, with JC3-01 (INADEM and SMBA) brought
/// forward from 2026-12-15 to 2026-11-26 after the first commit.
fn brought_forward_history(lang: &str) -> (History, String) {
    let h = History::new("2026-11-05T10:00:00");
    std::fs::copy(
        fixtures().join("korea-mexico-sme-directory.json"),
        h.ledger(),
    )
    .unwrap();
    h.commit("2026-11-06T10:00:00", "the committee's people");
    let said = h.ok(&["--lang", lang, "set", "JC3-01", "due=2026-11-26"]);
    h.commit("2026-11-12T10:00:00", "work plan brought forward");
    (h, said)
}

/// The part of `text` between two `start`s that holds `needle`.
fn section(text: &str, start: &str, needle: &str) -> String {
    text.split(start)
        .find(|part| part.contains(needle))
        .unwrap_or_else(|| panic!("no {needle} in {text}"))
        .to_owned()
}

#[test]
fn a_deadline_brought_forward_is_never_called_postponed() {
    for lang in ["en", "es", "ko"] {
        let (h, said) = brought_forward_history(lang);
        assert!(said.contains(brought_forward(lang)), "{lang} set: {said}");
        assert_never_postponed(lang, "set", &said);

        let show = h.ok(&["--lang", lang, "show", "JC3-01"]);
        assert!(show.contains(brought_forward(lang)), "{lang} show: {show}");
        assert_never_postponed(lang, "show", &show);

        let since = ["--lang", lang, "report", "--since", "2026-11-10"];
        let md = h.ok(&since);
        assert!(md.contains("JC3-01"), "{lang} minutes: {md}");
        assert_never_postponed(lang, "markdown minutes", &md);

        let csv = h.ok(&[&since[..], &["--format", "csv"]].concat());
        assert_never_postponed(lang, "CSV minutes", &csv);

        // The HTML chart of postponed deadlines has a caption that says so,
        // and says that none was postponed: those words are right.
        let cat = catalog(Lang::from_locale(lang).unwrap());
        let html = html_text(&h.ok(&[&since[..], &["--format", "html"]].concat()))
            .replace(&cat.text("report-chart-slipped-none"), "")
            .replace(&cat.text("report-chart-slipped"), "");
        assert_never_postponed(lang, "HTML minutes", &html);

        // Other items of the sample were postponed: read JC3-01's event.
        let feed = h
            .ok(&["--lang", lang, "export", "--format", "ics"])
            .replace("\r\n ", "");
        let ics = section(&feed, "BEGIN:VEVENT", "JC3-01");
        assert!(ics.contains(brought_forward(lang)), "{lang} ics: {ics}");
        assert_never_postponed(lang, "calendar", &ics);
    }
}

#[test]
fn reminders_name_a_deadline_brought_forward_in_the_persons_language() {
    let (h, _) = brought_forward_history("en");
    std::fs::write(
        h.sb.path("config.toml"),
        "from = \"Secretaría Técnica <secretaria@example.org>\"\n",
    )
    .unwrap();
    let out = h.sb.path("drafts");
    h.ok(&[
        "remind",
        "--owner",
        "INADEM",
        "--out",
        out.to_str().unwrap(),
    ]);
    h.ok(&["remind", "--owner", "SMBA", "--out", out.to_str().unwrap()]);
    let parser = mail_parser::MessageParser::default();
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(&out).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let mail = parser.parse(&bytes[..]).expect("an e-mail");
        let body = section(&mail.body_text(0).unwrap(), "• ", "[JC3-01]");
        let lang = if body.contains("앞당김") {
            "ko"
        } else {
            "es"
        };
        assert!(body.contains(brought_forward(lang)), "{body}");
        assert_never_postponed(lang, "reminder", &body);
        seen.push(lang);
    }
    seen.sort_unstable();
    assert_eq!(seen, ["es", "ko"], "one reminder in each person's language");
}
