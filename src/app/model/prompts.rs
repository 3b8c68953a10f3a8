//! The small prompts: the note box (`c`) and the deadline prompt (`d`).

use super::text::{clear_line, line, value};
use crate::base::date_input::parse_date_input;
use crate::base::lang::Lang;
use chrono::NaiveDate;
use crossterm::event::KeyEvent;
use ratatui::style::Style;
use ratatui_textarea::{TextArea, WrapMode};

/// The note box: a multi-line text for the item at `index`.
#[derive(Debug, Clone)]
pub struct NoteBox {
    pub index: usize,
    pub text: TextArea<'static>,
}

impl NoteBox {
    /// An empty note box for the item at `index` (its placeholder is set
    /// when drawn, in the dashboard's language).
    pub fn new(index: usize) -> NoteBox {
        let mut text = TextArea::default();
        text.set_cursor_line_style(Style::new());
        text.set_wrap_mode(WrapMode::WordOrGlyph);
        NoteBox { index, text }
    }

    /// The note as typed, without trailing blank lines or spaces.
    pub fn value(&self) -> String {
        self.text.lines().join("\n").trim_end().to_owned()
    }
}

/// The deadline prompt (`d`): a date typed in any accepted form for the
/// item at `index`, understood as it is typed.
#[derive(Debug, Clone)]
pub struct DueBox {
    pub index: usize,
    text: TextArea<'static>,
    /// The date as understood so far; `None` while empty or invalid.
    pub date: Option<NaiveDate>,
    /// Why the text is not a date, when it is not.
    pub problem: Option<crate::base::dates::DateError>,
    /// The language dates may also be typed in.
    lang: Lang,
}

impl DueBox {
    /// An empty prompt for the item at `index`, reading dates in `lang` too.
    pub fn new(index: usize, lang: Lang) -> DueBox {
        DueBox {
            index,
            text: line(""),
            date: None,
            problem: None,
            lang,
        }
    }

    /// The text as typed.
    pub fn text(&self) -> String {
        value(&self.text)
    }

    /// The cursor's character column.
    pub fn cursor(&self) -> usize {
        self.text.cursor().1
    }

    /// Feeds a key to the prompt.
    pub fn key(&mut self, ev: KeyEvent, today: NaiveDate) {
        if self.text.input(ev) {
            if self.text.lines().len() > 1 {
                self.text = line(&value(&self.text));
            }
            self.check(today);
        }
    }

    /// Pastes text (newlines become spaces).
    pub fn paste(&mut self, text: &str, today: NaiveDate) {
        self.text.insert_str(text.replace(['\n', '\r'], " "));
        self.check(today);
    }

    /// Empties the prompt (Ctrl-u).
    pub fn clear_line(&mut self, today: NaiveDate) {
        if clear_line(&mut self.text) {
            self.check(today);
        }
    }

    /// Understands the text: any form `followup` accepts (`+2w`, `fri`,
    /// `2026-12-04`, `today`, and the forms of the dashboard's language).
    fn check(&mut self, today: NaiveDate) {
        let typed = self.text();
        let typed = typed.trim();
        (self.date, self.problem) = if typed.is_empty() {
            (None, None)
        } else {
            match parse_date_input(typed, today, self.lang) {
                Ok(d) => (Some(d), None),
                Err(e) => (None, Some(e)),
            }
        };
    }
}
