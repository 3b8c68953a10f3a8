//! The minutes as one self-contained HTML file: inline CSS and SVG, no
//! script, no outside resource, printable (a page per workstream, table
//! rows never cut, headers repeated). Markup comes from maud, which escapes
//! every value; ledger text is also shown visibly (no control character).

use super::charts;
use super::model::{Entry, Minutes};
use super::words;
use crate::base::text::{visible, visible_line};
use crate::i18n::{Catalog, Escape, When};
use crate::ledger::{Item, Status};
use crate::tr;
use maud::{DOCTYPE, Markup, PreEscaped, html};
use std::io::{self, Write};

const CSS: &str = include_str!("minutes.css");

/// One line of ledger text, control characters shown visibly.
fn t(s: &str) -> String {
    visible_line(s).into_owned()
}

fn owners(cat: &Catalog, i: &Item) -> String {
    if i.owners.is_empty() {
        tr!(cat, "report-no-owner")
    } else {
        t(&i.owners.join(", "))
    }
}

fn status(cat: &Catalog, s: Status) -> Markup {
    html! { span class=(format!("badge {}", charts::status_class(s))) {} (cat.status(s)) }
}

/// The deadline in its column: the date and how far off it is (the
/// column's header already says "deadline").
fn deadline_cell(cat: &Catalog, e: &Entry) -> Markup {
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
fn columns(classes: &[&str]) -> Markup {
    html! { colgroup { @for c in classes { col class=(c); } } }
}

/// A table of items: id, item, owners, deadline, status.
fn items_table(cat: &Catalog, title: &str, list: &[Entry]) -> Markup {
    html! {
        @if !list.is_empty() {
            h3 { (title) }
            table.items {
                (columns(&["c-id", "c-item", "c-owners", "c-when", "c-status"]))
                thead { tr {
                    th { (tr!(cat, "report-col-id")) }
                    th { (tr!(cat, "report-col-title")) }
                    th { (tr!(cat, "report-col-owners")) }
                    th { (tr!(cat, "report-col-deadline")) }
                    th { (tr!(cat, "report-col-status")) }
                } }
                tbody {
                    @for e in list {
                        tr {
                            td.id { (t(&e.item.id)) }
                            td { (t(&e.item.title)) }
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

fn header(cat: &Catalog, m: &Minutes) -> Markup {
    let name = if m.committee.name.is_empty() {
        tr!(cat, "report-unnamed")
    } else {
        t(&m.committee.name)
    };
    html! {
        header.doc {
            p.kicker { (tr!(cat, "report-document")) }
            h1 { (name) }
            p.period { (words::period(cat, m)) }
            dl.meta {
                @if !m.committee.parties.is_empty() {
                    dt { (tr!(cat, "report-parties")) }
                    dd { (t(&m.committee.parties.join(", "))) }
                }
                @if let Some(r) = m.last_review.filter(|r| !r.attendees.is_empty()) {
                    dt { (tr!(cat, "report-attendees", date = cat.formal_date(r.date))) }
                    dd { (t(&r.attendees.join(", "))) }
                }
            }
        }
    }
}

fn tiles(cat: &Catalog, m: &Minutes) -> Markup {
    let s = &m.summary;
    let tiles = [
        ("overdue", s.overdue, tr!(cat, "report-tile-overdue")),
        (
            "due-soon",
            s.due_soon,
            tr!(cat, "report-tile-due-soon", days = m.period.window),
        ),
        ("blocked", s.blocked, tr!(cat, "report-tile-blocked")),
        ("done", s.done_in_period, tr!(cat, "report-tile-done")),
    ];
    html! {
        section.tiles {
            @for (class, n, label) in tiles {
                div class=(format!("tile {class}")) {
                    span.n { (n) }
                    span.l { (label) }
                }
            }
        }
        @match &m.period.history {
            None => p.caveat { (tr!(cat, "report-no-history")) },
            Some(h) => @if let Some(d) = h.first_commit {
                p.caveat { (tr!(cat, "report-first-commit", date = cat.formal_date(d))) }
            },
        }
    }
}

fn charts(cat: &Catalog, m: &Minutes) -> Markup {
    html! {
        section.charts {
            figure.wide {
                figcaption { (tr!(cat, "report-chart-status")) }
                (charts::status_by_workstream(cat, &m.workstreams))
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

fn workstreams(cat: &Catalog, m: &Minutes) -> Markup {
    let window = m.period.window;
    html! {
        @for w in m.workstreams.iter().filter(|w| !w.is_quiet()) {
            section.ws {
                h2 {
                    (t(&words::workstream(cat, w.name)))
                    small { (tr!(cat, "report-workstream-done", done = w.by_status.of(Status::Done), total = w.by_status.total())) }
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
                                    td { (t(&c.item.title)) }
                                    td { ul {
                                        @for line in c.change.map(|c| words::change_lines(cat, c, Escape::Formal)).unwrap_or_default() {
                                            li { (t(&line)) }
                                        }
                                        @for n in &c.notes {
                                            li {
                                                (tr!(cat, "report-note", date = cat.formal_date(n.date)))
                                                @if !n.author.is_empty() { " " (t(&n.author)) }
                                                ": "
                                                span.note-text { (visible(&n.text)) }
                                            }
                                        }
                                    } }
                                }
                            }
                        }
                    }
                }
                (items_table(cat, &tr!(cat, "report-overdue"), &w.overdue))
                (items_table(cat, &tr!(cat, "report-due-soon", days = window), &w.due_soon))
                (items_table(cat, &tr!(cat, "report-blocked"), &w.blocked))
            }
        }
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

/// Writes the minutes `m` as one HTML document to `out`.
pub fn write(m: &Minutes, cat: &Catalog, out: &mut impl Write) -> io::Result<()> {
    let title = if m.committee.name.is_empty() {
        tr!(cat, "report-document")
    } else {
        format!("{} · {}", tr!(cat, "report-document"), t(&m.committee.name))
    };
    let doc = html! {
        (DOCTYPE)
        html lang=(cat.lang().code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(CSS)) }
            }
            body {
                (header(cat, m))
                (tiles(cat, m))
                (charts(cat, m))
                (workstreams(cat, m))
                footer { (tr!(cat, "report-prepared", date = cat.formal_date(m.period.today))) }
            }
        }
    };
    out.write_all(doc.into_string().as_bytes())?;
    out.write_all(b"\n")
}
