//! The form that records a review when the meeting ends: date, attendees
//! and an optional summary.

use super::text::{clear_line, line, value};
use crate::base::date_input::parse_date_input;
use crate::base::dates::{DateError, format_date};
use crate::base::lang::Lang;
use crate::ledger::{Ledger, Review};
use crate::query::split_list;
use chrono::NaiveDate;
use crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

/// A field of the form that records a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewField {
    Date,
    Attendees,
    Summary,
}

impl ReviewField {
    /// The fields in the order the form shows them.
    pub const ORDER: [ReviewField; 3] = [
        ReviewField::Date,
        ReviewField::Attendees,
        ReviewField::Summary,
    ];
}

/// The form that records a review: date, attendees and an optional summary.
#[derive(Debug, Clone)]
pub struct ReviewForm {
    texts: Vec<TextArea<'static>>,
    /// The focused field, as an index into [`ReviewField::ORDER`].
    pub focus: usize,
    /// The date as understood so far.
    pub date: Option<NaiveDate>,
    /// What is wrong with a field, if anything.
    pub problem: Option<(ReviewField, DateError)>,
    /// Everyone who attended a recorded review: a name with a comma in it
    /// stays whole.
    known: Vec<String>,
    /// The language dates may also be typed in.
    lang: Lang,
}

impl ReviewForm {
    /// A form dated `today`, with the attendees of the ledger's latest
    /// review; dates may also be typed in `lang`.
    pub fn new(ledger: &Ledger, today: NaiveDate, lang: Lang) -> ReviewForm {
        let last = ledger.reviews.iter().max_by_key(|r| r.date);
        let attendees = last.map(|r| r.attendees.join(", ")).unwrap_or_default();
        let mut known: Vec<String> = ledger
            .reviews
            .iter()
            .flat_map(|r| r.attendees.iter().cloned())
            .collect();
        known.sort_unstable();
        known.dedup();
        let mut form = ReviewForm {
            texts: vec![line(&format_date(today)), line(&attendees), line("")],
            focus: 1,
            date: None,
            problem: None,
            known,
            lang,
        };
        form.check(today);
        form
    }

    pub fn focused(&self) -> ReviewField {
        ReviewField::ORDER[self.focus]
    }

    /// A field's text as typed.
    pub fn text(&self, field: ReviewField) -> String {
        value(&self.texts[field as usize])
    }

    /// The cursor's character column in the focused field.
    pub fn cursor(&self) -> usize {
        self.texts[self.focus].cursor().1
    }

    /// Moves the focus by `n` fields, wrapping around.
    pub fn move_focus(&mut self, n: i32) {
        let len = ReviewField::ORDER.len() as i32;
        self.focus = (self.focus as i32 + n).rem_euclid(len) as usize;
    }

    /// Feeds a key to the focused field.
    pub fn key(&mut self, ev: KeyEvent, today: NaiveDate) {
        let t = &mut self.texts[self.focus];
        if t.input(ev) {
            if t.lines().len() > 1 {
                let joined = value(t);
                *t = line(&joined);
            }
            self.check(today);
        }
    }

    /// Empties the focused field (Ctrl-u).
    pub fn clear_line(&mut self, today: NaiveDate) {
        if clear_line(&mut self.texts[self.focus]) {
            self.check(today);
        }
    }

    /// Pastes text into the focused field (newlines become spaces).
    pub fn paste(&mut self, text: &str, today: NaiveDate) {
        let flat = text.replace(['\n', '\r'], " ");
        self.texts[self.focus].insert_str(flat);
        self.check(today);
    }

    /// Re-validates the date.
    pub fn check(&mut self, today: NaiveDate) {
        self.problem = None;
        match parse_date_input(self.text(ReviewField::Date).trim(), today, self.lang) {
            Ok(d) => self.date = Some(d),
            Err(e) => {
                self.date = None;
                self.problem = Some((ReviewField::Date, e));
            }
        }
    }

    /// The review the form describes; `None` while the date is invalid.
    pub fn review(&self) -> Option<Review> {
        Some(Review {
            date: self.date?,
            attendees: {
                let known: Vec<&str> = self.known.iter().map(String::as_str).collect();
                split_list(&self.text(ReviewField::Attendees), &known)
            },
            summary: self.text(ReviewField::Summary).trim().to_owned(),
            extra: Default::default(),
        })
    }
}
