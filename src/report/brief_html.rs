//! The handover brief as one self-contained HTML file: what the Markdown
//! brief says (the open action items with every deadline they had and
//! their last note, what awaits the other party, the counterparts, the
//! last reviews), laid out as the minutes are, with their style sheet.
//! Several committees' briefs make one document behind a table of
//! contents. Markup comes from maud, which escapes every value; ledger
//! text is also shown visibly (no control character).

use super::brief::{Brief, slips};
use super::closure_words;
use super::html::{columns, deadline_cell, items_head, owners, shown, status, t};
use super::model::Entry;
use super::page;
use super::reader::{Reader, Shown};
use crate::base::relative::Relative;
use crate::base::text::visible;
use crate::i18n::{Catalog, Lang};
use crate::ledger::Item;
use crate::tr;
use maud::{Markup, html};
use std::borrow::Cow;
use std::io::{self, Write};

/// What the brief adds to the minutes' style sheet.
const BRIEF_CSS: &str = include_str!("brief.css");

/// The committee's name as `r` reads it (or the words for a committee
/// without one).
fn committee<'a>(b: &Brief<'a>, r: &Reader) -> Shown<'a> {
    let l = b.ledger;
    match l.committee.name.is_empty() {
        true => Shown {
            text: Cow::Owned(tr!(r.cat, "report-unnamed")),
            mark: None,
        },
        false => r.text(l.committee.name_text()),
    }
}

/// The brief `b` for `r`, from its heading to its last review.
fn body(b: &Brief, r: &Reader) -> Markup {
    let (cat, l) = (r.cat, b.ledger);
    html! {
        header.doc {
            p.kicker { (tr!(cat, "brief-document")) }
            h1 { (shown(&committee(b, r))) }
            p.period { (tr!(cat, "brief-prepared", date = cat.formal_date(b.today))) }
            @if !l.committee.parties.is_empty() {
                dl.meta {
                    dt { (tr!(cat, "report-parties")) }
                    dd { (t(&l.committee.party_names().join(", "))) }
                }
            }
        }
        (open_items(b, r))
        section.brief {
            h2 { (tr!(cat, "brief-awaiting")) }
            @if b.awaiting.is_empty() { p.none { (tr!(cat, "brief-awaiting-none")) } }
            ul.plain { @for a in &b.awaiting {
                li {
                    strong { (t(&a.item.id)) } " " (title(b, r, a.item))
                    " — " (closure_words::awaiting(cat, a, t))
                }
            } }
        }
        (counterparts(b, cat))
        (reviews(b, cat))
    }
}

/// An item's title as `r` reads it.
fn title(b: &Brief, r: &Reader, i: &Item) -> Markup {
    shown(&r.text(i.title_text(b.ledger.original_language())))
}

/// The open items in a table: under each title, every deadline it had and
/// its last note.
fn open_items(b: &Brief, r: &Reader) -> Markup {
    let (cat, l) = (r.cat, b.ledger);
    let default = l.original_language();
    html! {
        section.brief {
            h2 { (tr!(cat, "brief-open")) " (" (b.open.len()) ")" }
            @if b.open.is_empty() { p.none { (tr!(cat, "brief-open-none")) } }
            @else {
                table.items {
                    (items_head(cat))
                    tbody { @for item in &b.open {
                        tr {
                            td.id { (t(&item.id)) }
                            td {
                                (title(b, r, item))
                                @if !item.due_history.is_empty() {
                                    small.history { "↻ " (slips(cat, item)) }
                                }
                                @if let Some(note) = item.notes.last() {
                                    @let text = r.text(note.text_slot(default)).joined();
                                    small.history.note-text {
                                        (tr!(cat, "brief-item-note", date = cat.formal_date(note.date), text = visible(&text).into_owned()))
                                    }
                                }
                            }
                            td { (owners(cat, item)) }
                            td.when { (deadline_cell(cat, &entry(item, b))) }
                            td.status { (status(cat, item.status)) }
                        }
                    } }
                }
            }
        }
    }
}

/// An open item with how far off its deadline is.
fn entry<'a>(item: &'a Item, b: &Brief) -> Entry<'a> {
    Entry {
        item,
        relative: item.due.map(|d| Relative::between(d, b.today)),
    }
}

/// The directory's people: name, address, language, other names.
fn counterparts(b: &Brief, cat: &Catalog) -> Markup {
    let people = &b.ledger.directory;
    html! {
        section.brief {
            h2 { (tr!(cat, "brief-counterparts")) }
            @if people.is_empty() { p.none { (with_code(&tr!(cat, "brief-counterparts-none"))) } }
            ul.plain { @for p in people {
                li {
                    strong { (t(&p.name)) }
                    @if !p.email.is_empty() { " · " (t(&p.email)) }
                    @if let Ok(lang) = p.language.parse::<Lang>() {
                        " · " (tr!(cat, "brief-person-language", language = cat.language_name(lang)))
                    }
                    @if !p.aliases.is_empty() {
                        " · " (tr!(cat, "brief-person-aliases", aliases = t(&p.aliases.join(", "))))
                    }
                }
            } }
        }
    }
}

/// A sentence of the catalog with its `quoted` parts (what to type) set as code.
fn with_code(s: &str) -> Markup {
    html! {
        @for (n, part) in s.split('`').enumerate() {
            @if n % 2 == 1 { code { (part) } } @else { (part) }
        }
    }
}

/// The last reviews, newest first: the day, who attended, the summary.
fn reviews(b: &Brief, cat: &Catalog) -> Markup {
    html! {
        section.brief {
            h2 { (tr!(cat, "brief-reviews")) }
            @if b.reviews.is_empty() { p.none { (tr!(cat, "brief-reviews-none")) } }
            @else {
                table.reviews {
                    (columns(&["c-date", "c-attendees", "c-summary"]))
                    thead { tr {
                        th { (tr!(cat, "report-col-date")) }
                        th { (tr!(cat, "report-col-attendees")) }
                        th { (tr!(cat, "report-col-summary")) }
                    } }
                    tbody { @for rev in &b.reviews {
                        tr {
                            td.when { (cat.formal_date(rev.date)) }
                            td { (t(&rev.attendees.join(", "))) }
                            td.note-text { (visible(&rev.summary)) }
                        }
                    } }
                }
            }
        }
    }
}

/// Writes `briefs` (each committee's name in the portfolio, or `""` for a
/// ledger named alone, its brief and its reader) as one HTML document in
/// `cat`'s language: a brief alone, or several behind a table of contents.
pub(super) fn write(
    cat: &Catalog,
    briefs: &[(&str, Brief, Reader)],
    out: &mut impl Write,
) -> io::Result<()> {
    let document = tr!(cat, "brief-document");
    let doc = match briefs {
        [("", b, r)] => {
            let title = format!("{document} · {}", t(&committee(b, r).text));
            page::page(cat, &title, BRIEF_CSS, body(b, r))
        }
        _ => {
            let sections: Vec<page::Section> = briefs
                .iter()
                .map(|(name, b, r)| page::Section {
                    name: (*name).to_owned(),
                    title: shown(&committee(b, r)),
                    body: body(b, r),
                })
                .collect();
            page::several(cat, &document, BRIEF_CSS, &sections)
        }
    };
    page::write(&doc, out)
}
