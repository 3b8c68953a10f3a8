//! Bilingual minutes as one self-contained HTML file, laid out as bilateral
//! agreed minutes are: two columns, one per language, each worded by its
//! own catalog, the same item on the same row (the heading, the figures,
//! each workstream's sections and items, the reviews). One table of fixed
//! halves, its header row naming the languages and repeated on every
//! printed page; rows are never cut; A4 landscape. Markup comes from maud,
//! which escapes every value, as in the HTML minutes.

use super::html::{columns, heading, owners, shown, status, t, what_changed};
use super::model::{Changed, Entry, Minutes};
use super::page::CSS;
use super::reader::Reader;
use super::{closure_words, words};
use crate::base::text::visible;
use crate::ledger::Review;
use crate::tr;
use maud::{DOCTYPE, Markup, PreEscaped, html};
use std::io::{self, Write};

/// What the bilingual layout adds to (and changes in) the minutes' style.
const BILINGUAL_CSS: &str = include_str!("bilingual.css");

/// A row of the table: `cell` for each reader, each cell in its language.
fn both(rs: &[Reader; 2], class: &str, cell: impl Fn(&Reader) -> Markup) -> Markup {
    html! {
        tr class=(class) {
            @for r in rs { td lang=(r.cat.lang().code()) { (cell(r)) } }
        }
    }
}

/// The figures of the period in one column, and what history there is.
fn figures(m: &Minutes, r: &Reader) -> Markup {
    html! {
        ul.figures {
            @for (class, n, label) in words::figures(r.cat, m) {
                li class=(class) { span.n { (n) } " " (label) }
            }
        }
        @if let Some(caveat) = words::caveat(r.cat, m) { p.caveat { (caveat) } }
    }
}

/// An item's id and title, as `r` reads the title.
fn item_line(m: &Minutes, r: &Reader, e: &crate::ledger::Item) -> Markup {
    html! {
        p.item { span.id { (t(&e.id)) } " " (shown(&r.text(m.title(e)))) }
    }
}

/// A listed item in one column: id and title, then status, deadline and owners.
fn entry(m: &Minutes, r: &Reader, e: &Entry) -> Markup {
    html! {
        (item_line(m, r, e.item))
        p.facts {
            span.status { (status(r.cat, e.item.status)) }
            " · " (words::deadline(r.cat, e))
            " · " (owners(r.cat, e.item))
        }
    }
}

/// An item that changed, in one column: id and title, each change, each new note.
fn changed(m: &Minutes, r: &Reader, c: &Changed) -> Markup {
    html! {
        (item_line(m, r, c.item))
        (what_changed(m, r, c))
    }
}

/// A review of the period in one column: its date, who attended, what it said.
fn review(r: &Reader, rv: &Review) -> Markup {
    html! {
        p.item { span.id { (r.cat.formal_date(rv.date)) } " " (t(&rv.attendees.join(", "))) }
        p.note-text { (visible(&rv.summary)) }
    }
}

/// The workstreams with something to say, then the reviews of the period.
fn body(m: &Minutes, rs: &[Reader; 2]) -> Markup {
    let window = m.period.window;
    html! {
        @for w in m.workstreams.iter().filter(|w| !w.is_quiet()) {
            tbody.ws {
                (both(rs, "ws-head", |r| html! {
                    h2 { (shown(&words::workstream(r, w))) small { (words::done(r.cat, w)) } }
                }))
                @if !w.changed.is_empty() {
                    (both(rs, "section", |r| html! { h3 { (tr!(r.cat, "report-changes")) } }))
                    @for c in &w.changed { (both(rs, "entry", |r| changed(m, r, c))) }
                }
                @for (section, list) in words::sections(w) {
                    @if !list.is_empty() {
                        (both(rs, "section", |r| html! { h3 { (words::section(r.cat, section, window)) } }))
                        @for e in list { (both(rs, "entry", |r| entry(m, r, e))) }
                    }
                }
            }
        }
        @if !m.closures.confirmed.is_empty() {
            tbody.ws.closures {
                (both(rs, "ws-head", |r| html! { h2 { (tr!(r.cat, "report-closures-confirmed")) } }))
                @for x in &m.closures.confirmed {
                    (both(rs, "entry", |r| html! {
                        (item_line(m, r, x.item))
                        p.facts { (closure_words::confirmed(r.cat, x, t)) }
                    }))
                }
            }
        }
        @if !m.closures.awaiting.is_empty() {
            tbody.ws.closures {
                (both(rs, "ws-head", |r| html! { h2 { (tr!(r.cat, "report-closures-awaiting")) } }))
                @for x in &m.closures.awaiting {
                    (both(rs, "entry", |r| html! {
                        (item_line(m, r, x.item))
                        p.facts { (closure_words::awaiting(r.cat, x, t)) }
                    }))
                }
            }
        }
        @if !m.reviews.is_empty() {
            tbody.ws {
                (both(rs, "ws-head", |r| html! { h2 { (tr!(r.cat, "report-reviews")) } }))
                @for rv in &m.reviews { (both(rs, "entry", |r| review(r, rv))) }
            }
        }
    }
}

/// Writes the minutes `m` as one bilingual HTML document to `out`, a column per reader.
pub fn write(m: &Minutes, rs: [Reader; 2], out: &mut impl Write) -> io::Result<()> {
    let kinds = rs.map(|r| tr!(r.cat, "report-document"));
    let title = if m.committee.name.is_empty() {
        kinds.join(" · ")
    } else {
        let name = rs[0].text(m.committee.name_text());
        format!("{} · {}", kinds.join(" · "), t(&name.text))
    };
    let today = m.period.today;
    let doc = html! {
        (DOCTYPE)
        html lang=(rs[0].cat.lang().code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(CSS)) (PreEscaped(BILINGUAL_CSS)) }
            }
            body.bilingual {
                table.minutes {
                    (columns(&["c-lang", "c-lang"]))
                    thead { tr {
                        @for r in &rs { th lang=(r.cat.lang().code()) { (tr!(r.cat, "report-language")) } }
                    } }
                    tbody.doc {
                        (both(&rs, "doc-head", |r| heading(m, r)))
                        (both(&rs, "figures", |r| figures(m, r)))
                    }
                    (body(m, &rs))
                }
                footer {
                    @for r in &rs {
                        p lang=(r.cat.lang().code()) { (tr!(r.cat, "report-prepared", date = r.cat.formal_date(today))) }
                    }
                }
            }
        }
    };
    out.write_all(doc.into_string().as_bytes())?;
    out.write_all(b"\n")
}
