//! For the report tests: the Korea–Mexico ledger in a real git repository
//! with dated commits, the text of an HTML document without its tags, and
//! the check that such a document loads and runs nothing.
#![allow(dead_code)]

use crate::common::*;
use std::path::PathBuf;
use std::process::Output;

/// The fixture in a git repository of its own, first committed on `first`.
pub struct History {
    pub sb: Sandbox,
    repo: TestRepo,
}

impl History {
    pub fn new(first: &str) -> History {
        let sb = Sandbox::new();
        let repo = TestRepo::init(&sb, "repo");
        let h = History { sb, repo };
        std::fs::copy(fixtures().join("korea-mexico-sme.json"), h.ledger()).unwrap();
        h.git(&["add", "ledger.json"]);
        h.commit(first, "ledger as of the JC3 session");
        h
    }

    pub fn dir(&self) -> PathBuf {
        self.repo.dir().to_owned()
    }

    pub fn ledger(&self) -> PathBuf {
        self.dir().join("ledger.json")
    }

    pub fn git(&self, args: &[&str]) {
        self.repo.git(args);
    }

    /// Commits every change with author and committer date `date` (`2026-11-10T10:00:00`).
    pub fn commit(&self, date: &str, msg: &str) {
        self.repo.commit(date, msg);
    }

    /// `followup -f ledger.json ARGS` in the repository.
    pub fn followup(&self, args: &[&str]) -> Output {
        let ledger = self.ledger();
        let mut all = vec!["-f", ledger.to_str().unwrap()];
        all.extend(args);
        self.sb
            .cmd()
            .current_dir(self.dir())
            .args(all)
            .output()
            .unwrap()
    }

    /// Runs `followup ARGS`, asserts it succeeded, and returns its output.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.followup(args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        stdout(&out)
    }

    /// Two weeks of work: a slipped deadline, an unblocked item, one done.
    pub fn with_two_weeks_of_work() -> History {
        let h = History::new("2026-11-05T10:00:00");
        h.ok(&["set", "JC2-03", "due=2026-12-15"]);
        h.commit("2026-11-12T10:00:00", "shortlist moved");
        h.ok(&["set", "JC2-09", "status=in-progress", "due=2026-12-04"]);
        h.commit("2026-11-17T10:00:00", "OECD study unblocked");
        h.ok(&["set", "JC3-04", "status=done"]);
        h.commit("2026-11-19T10:00:00", "minutes signed");
        h
    }
}

/// The text of an HTML document: no style, no tags, one line per block
/// (headings, paragraphs, rows, list entries, SVG labels), blank lines dropped.
pub fn html_text(html: &str) -> String {
    let body = match (html.find("<style>"), html.find("</style>")) {
        (Some(a), Some(b)) => format!("{}{}", &html[..a], &html[b..]),
        _ => html.to_owned(),
    };
    let mut out = String::new();
    let mut rest = body.as_str();
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('>').map_or(rest.len(), |c| open + c);
        let tag = &rest[open + 1..close];
        let block = [
            "/h1",
            "/h2",
            "/h3",
            "/p",
            "/tr",
            "/li",
            "/dt",
            "/dd",
            "/figcaption",
            "/text",
            "/th",
            "/td",
            "/title",
            "/span",
            "/footer",
        ];
        out.push(if block.contains(&tag) { '\n' } else { ' ' });
        rest = &rest[(close + 1).min(rest.len())..];
    }
    out.push_str(rest);
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    out.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Asserts the document loads nothing and runs nothing.
pub fn assert_self_contained(doc: &str) {
    let lower = doc.to_lowercase();
    for banned in [
        "http",
        "<script",
        "javascript:",
        "<link",
        "<img",
        "<iframe",
        "url(",
        "@import",
        " on",
    ] {
        if banned == " on" {
            // No event handler attribute (`onerror=`, `onload=`) on any tag.
            for tag in lower.split('<').skip(1) {
                let tag = tag.split('>').next().unwrap_or_default();
                assert!(
                    !tag.split_whitespace().skip(1).any(|a| a.starts_with("on")),
                    "an event handler: <{tag}>"
                );
            }
        } else {
            assert!(!lower.contains(banned), "`{banned}` in the HTML");
        }
    }
}
