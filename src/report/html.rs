//! The minutes as one self-contained HTML file: inline CSS and SVG, no
//! script, no outside resource, printable (a page per workstream, table
//! rows never cut, headers repeated). Markup comes from maud, which escapes
//! every value; ledger text is also shown visibly (no control character).

use super::charts;
use super::model::{Changed, Entry, Minutes, Part};
use super::reader::{Reader, Shown};
use super::{closure_words, page, words};
use crate::base::text::{visible, visible_line};
use crate::i18n::{Catalog, Escape, When};
use crate::ledger::{Item, Status};
use crate::tr;
use maud::{Markup, html};
use std::io::{self, Write};

/// One line of ledger text, control characters shown visibly.
pub(super) fn t(s: &str) -> String {
    visible_line(s).into_owned()
}

/// A text of the committee on one line, with its mark in a discreet span.
pub(super) fn shown(s: &Shown) -> Markup {
    html! {
        (t(&s.text))
        @if let Some(mark) = &s.mark { " " span.mark { (mark) } }
    }
}

/// A note of the committee, its lines kept, with its mark.
pub(super) fn note_text(s: &Shown) -> Markup {
    html! {
        span.note-text { (visible(&s.text)) }
        @if let Some(mark) = &s.mark { " " span.mark { (mark) } }
    }
}

pub(super) fn owners(cat: &Catalog, i: &Item) -> String {
    if i.owners.is_empty() {
        tr!(cat, "report-no-owner")
    } else {
        t(&i.owners.join(", "))
    }
}

pub(super) fn status(cat: &Catalog, s: Status) -> Markup {
    html! { span class=(format!("badge {}", charts::status_class(s))) {} (cat.status(s)) }
}

/// The deadline in its column: the date and how far off it is (the
/// column's header already says "deadline").
pub(super) fn deadline_cell(cat: &Catalog, e: &Entry) -> Markup {
    match (e.item.due, e.relative) {
        (Some(d), Some(r)) => html! {
            (cat.formal_date(d)) br; small.rel { (cat.relative(r, When::Deadline)) }
        },
        (Some(d), None) => html! { (cat.formal_date(d)) },
        (None, _) => html! { span.muted { (tr!(cat, "report-no-deadline")) } },
    }
}

/// The widths of a table's columns, one class per column: the same kind of
/// table has the same widths wherever it appears (`table-layout: fixed`).
pub(super) fn columns(classes: &[&str]) -> Markup {
    html! { colgroup { @for c in classes { col class=(c); } } }
}

/// A table of items: id, item, owners, deadline, status.
fn items_table(m: &Minutes, r: &Reader, title: &str, list: &[Entry]) -> Markup {
    let cat = r.cat;
    html! {
        @if !list.is_empty() {
            h3 { (title) }
            table.items {
                (items_head(cat))
                tbody {
                    @for e in list {
                        tr {
                            td.id { (t(&e.item.id)) }
                            td { (shown(&r.text(m.title(e.item)))) }
                            td { (owners(cat, e.item)) }
                            td.when { (deadline_cell(cat, e)) }
                            td.status { (status(cat, e.item.status)) }
                        }
                    }
                }
            }
        }
    }
}

fn header(r: &Reader, m: &Minutes) -> Markup {
    html! { header.doc { (heading(m, r)) } }
}

/// The heading of the minutes: what they are, the committee, the period,
/// the parties and who attended the last review, in `r`'s language (one
/// column of bilingual minutes holds one).
pub(super) fn heading(m: &Minutes, r: &Reader) -> Markup {
    let cat = r.cat;
    html! {
        p.kicker { (tr!(cat, "report-document")) }
        h1 { (shown(&words::committee(r, m))) }
        p.period { (words::period(cat, m)) }
        dl.meta {
            @if !m.committee.parties.is_empty() {
                dt { (tr!(cat, "report-parties")) }
                dd { (t(&m.committee.party_names().join(", "))) }
            }
            @if let Some(rv) = m.last_review.filter(|rv| !rv.attendees.is_empty()) {
                dt { (tr!(cat, "report-attendees", date = cat.formal_date(rv.date))) }
                dd { (t(&rv.attendees.join(", "))) }
            }
            (meetings(m, r))
        }
    }
}

/// What changed on an item in the period, as a list: each change, then
/// each new note, in `r`'s language.
pub(super) fn what_changed(m: &Minutes, r: &Reader, c: &Changed) -> Markup {
    let cat = r.cat;
    html! {
        ul {
            @for line in c.change.map(|c| words::change_lines(cat, c, Escape::Formal)).unwrap_or_default() {
                li { (t(&line)) }
            }
            @for n in &c.notes {
                li {
                    (tr!(cat, "report-note", date = cat.formal_date(n.date)))
                    @if !n.author.is_empty() { " " (t(&n.author)) }
                    ": "
                    (note_text(&r.text(m.note(n))))
                }
            }
        }
    }
}

pub(super) fn meetings(m: &Minutes, r: &Reader) -> Markup {
    let meetings = words::meetings(r, m);
    html! {
        @if !meetings.is_empty() {
            dt { (tr!(r.cat, "report-meetings")) }
            dd { ul.meetings { @for mw in &meetings {
                li {
                    span.id { (t(mw.id)) } " "
                    @if let Some(title) = &mw.title { (shown(title)) ", " }
                    @if let Some(place) = &mw.place { (shown(place)) ", " }
                    (mw.date)
                }
            } } }
        }
    }
}

fn tiles(cat: &Catalog, m: &Minutes) -> Markup {
    html! {
        section.tiles {
            @for (class, n, label) in words::figures(cat, m) {
                div class=(format!("tile {class}")) {
                    span.n { (n) }
                    span.l { (label) }
                }
            }
        }
        @if let Some(caveat) = words::caveat(cat, m) { p.caveat { (caveat) } }
    }
}

fn charts(r: &Reader, m: &Minutes) -> Markup {
    let cat = r.cat;
    html! {
        section.charts {
            figure.wide {
                figcaption { (tr!(cat, "report-chart-status")) }
                (charts::status_by_workstream(r, &m.workstreams))
            }
            figure {
                figcaption { (tr!(cat, "report-chart-slipped")) }
                @if m.period.history.is_some() {
                    (charts::slipped(cat, &m.slipped))
                } @else {
                    p { (tr!(cat, "report-chart-no-history")) }
                }
            }
            figure {
                figcaption {
                    @if charts::is_daily(m.period.weekly.as_deref()) {
                        (tr!(cat, "report-chart-open-daily"))
                    } @else {
                        (tr!(cat, "report-chart-open"))
                    }
                }
                (charts::weekly(cat, m.period.weekly.as_deref()))
            }
        }
    }
}

fn workstreams(r: &Reader, m: &Minutes) -> Markup {
    let (cat, window) = (r.cat, m.period.window);
    html! {
        @for w in m.workstreams.iter().filter(|w| !w.is_quiet()) {
            section.ws {
                h2 {
                    (shown(&words::workstream(r, w)))
                    small { (words::done(cat, w)) }
                }
                @if !w.changed.is_empty() {
                    h3 { (tr!(cat, "report-changes")) }
                    table.changes {
                        (columns(&["c-id", "c-item", "c-what"]))
                        thead { tr {
                            th { (tr!(cat, "report-col-id")) }
                            th { (tr!(cat, "report-col-title")) }
                            th { (tr!(cat, "report-col-what")) }
                        } }
                        tbody {
                            @for c in &w.changed {
                                tr {
                                    td.id { (t(&c.item.id)) }
                                    td { (shown(&r.text(m.title(c.item)))) }
                                    td { (what_changed(m, r, c)) }
                                }
                            }
                        }
                    }
                }
                @for (section, list) in words::sections(w) {
                    (items_table(m, r, &words::section(cat, section, window), list))
                }
            }
        }
        (closures(r, m))
        @if !m.reviews.is_empty() {
            section.ws {
                h2 { (tr!(cat, "report-reviews")) }
                table.reviews {
                    (columns(&["c-date", "c-attendees", "c-summary"]))
                    thead { tr {
                        th { (tr!(cat, "report-col-date")) }
                        th { (tr!(cat, "report-col-attendees")) }
                        th { (tr!(cat, "report-col-summary")) }
                    } }
                    tbody {
                        @for r in &m.reviews {
                            tr {
                                td.when { (cat.formal_date(r.date)) }
                                td { (t(&r.attendees.join(", "))) }
                                td.note-text { (visible(&r.summary)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The closures confirmed in the period, and those awaiting confirmation:
/// a list each, the item and what the parties said (escaped by maud).
fn closures(r: &Reader, m: &Minutes) -> Markup {
    let (c, cat) = (&m.closures, r.cat);
    let item = |i: &Item| html! { strong { (t(&i.id)) } " " (shown(&r.text(m.title(i)))) };
    html! {
        @if !c.is_empty() {
            section.ws.closures {
                @if !c.confirmed.is_empty() {
                    h2 { (tr!(cat, "report-closures-confirmed")) }
                    ul { @for x in &c.confirmed {
                        li { (item(x.item)) " — " (closure_words::confirmed(cat, x, t)) }
                    } }
                }
                @if !c.awaiting.is_empty() {
                    h2 { (tr!(cat, "report-closures-awaiting")) }
                    ul { @for x in &c.awaiting {
                        li { (item(x.item)) " — " (closure_words::awaiting(cat, x, t)) }
                    } }
                }
            }
        }
    }
}

/// The minutes `m` for `r`, from their heading to their footer: the body
/// of their own document, or one committee's section of a document of several.
pub(super) fn body(m: &Minutes, r: &Reader) -> Markup {
    let cat = r.cat;
    html! {
        (header(r, m))
        (tiles(cat, m))
        (charts(r, m))
        (workstreams(r, m))
        footer { (tr!(cat, "report-prepared", date = cat.formal_date(m.period.today))) }
    }
}

/// Writes the minutes `m` as one HTML document to `out`.
pub fn write(m: &Minutes, r: &Reader, out: &mut impl Write) -> io::Result<()> {
    let cat = r.cat;
    let title = if m.committee.name.is_empty() {
        tr!(cat, "report-document")
    } else {
        let name = r.text(m.committee.name_text());
        format!("{} · {}", tr!(cat, "report-document"), t(&name.text))
    };
    page::write(&page::page(cat, &title, "", body(m, r)), out)
}

/// Writes the minutes of several committees as one HTML document to `out`,
/// in `cat`'s language: a table of contents, then each committee's minutes
/// in a section of its own, in the order of `parts`.
pub fn write_several(cat: &Catalog, parts: Vec<Part>, out: &mut impl Write) -> io::Result<()> {
    let sections: Vec<page::Section> = parts
        .into_iter()
        .map(|p| {
            let m = Minutes::new(p.ledger, p.period);
            page::Section {
                name: p.name.to_owned(),
                title: shown(&words::committee(&p.reader, &m)),
                body: body(&m, &p.reader),
            }
        })
        .collect();
    let doc = page::several(cat, &tr!(cat, "report-document"), "", &sections);
    page::write(&doc, out)
}

/// The column widths and the head of a table of items (id, title, owners,
/// deadline, status), shared by the minutes and the brief.
pub(super) fn items_head(cat: &Catalog) -> Markup {
    html! {
        (columns(&["c-id", "c-item", "c-owners", "c-when", "c-status"]))
        thead { tr {
            th { (tr!(cat, "report-col-id")) }
            th { (tr!(cat, "report-col-title")) }
            th { (tr!(cat, "report-col-owners")) }
            th { (tr!(cat, "report-col-deadline")) }
            th { (tr!(cat, "report-col-status")) }
        } }
    }
}
