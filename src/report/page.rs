//! The shell of followup's HTML documents: one self-contained page (inline
//! CSS, no script, no outside resource) in the reader's language, and the
//! document of several committees, a section each behind a table of
//! contents, each section starting a page when printed.

use crate::base::text::visible_line;
use crate::i18n::Catalog;
use crate::tr;
use maud::{DOCTYPE, Markup, PreEscaped, html};
use std::io::{self, Write};

/// The minutes' style sheet, which every document starts from.
pub(super) const CSS: &str = include_str!("minutes.css");
/// What a document of several committees adds to the minutes' style sheet.
const SEVERAL_CSS: &str = include_str!("several.css");

/// A whole document titled `title`: the minutes' style sheet followed by
/// `css`, and `body`.
pub(super) fn page(cat: &Catalog, title: &str, css: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(cat.lang().code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(CSS)) (PreEscaped(css)) }
            }
            body { (body) }
        }
    }
}

/// Writes the document `doc` to `out`, a line end after it.
pub(super) fn write(doc: &Markup, out: &mut impl Write) -> io::Result<()> {
    out.write_all(doc.0.as_bytes())?;
    out.write_all(b"\n")
}

/// One committee's section of a document of several.
pub(super) struct Section {
    /// The committee's name in the portfolio (untrusted: shown visibly).
    pub name: String,
    /// Its own name as the reader reads it, for the table of contents.
    pub title: Markup,
    /// What the document says of it.
    pub body: Markup,
}

/// The anchor of the `n`th section (from 0): `committee-1`, … (names in
/// the portfolio are free text; numbers are always valid and unique).
fn anchor(n: usize) -> String {
    format!("committee-{}", n + 1)
}

/// A document of several committees: what it is (`document`, "Follow-up
/// minutes") and how many committees, a table of contents, then each
/// committee's section in the portfolio's order; `css` adds to the style.
pub(super) fn several(cat: &Catalog, document: &str, css: &str, sections: &[Section]) -> Markup {
    let count = tr!(cat, "portfolio-html-committees", n = sections.len());
    let body = html! {
        header.doc.portfolio {
            p.kicker { (count) }
            h1 { (document) }
            nav.toc {
                h2 { (tr!(cat, "portfolio-html-contents")) }
                ol {
                    @for (n, s) in sections.iter().enumerate() {
                        li {
                            a href=(format!("#{}", anchor(n))) { (s.title) }
                            " " span.mark { (visible_line(&s.name)) }
                        }
                    }
                }
            }
        }
        @for (n, s) in sections.iter().enumerate() {
            section.committee id=(anchor(n)) { (s.body) }
        }
    };
    let css = format!("{SEVERAL_CSS}{css}");
    page(cat, &format!("{document} · {count}"), &css, body)
}
