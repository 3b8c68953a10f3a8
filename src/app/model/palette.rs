//! The command palette's state: what is typed, the scope whose actions it
//! offers, and which of the entries found is chosen.

use super::mode::Scope;
use super::text::{clear_line, line, value};
use crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

/// What the palette offers: a binding of the keymap in use (by its row),
/// or an item to go to (by its index in the ledger).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaletteEntry {
    Action(usize),
    Item(usize),
}

/// The command palette (`:`, `Ctrl-p`).
#[derive(Debug, Clone)]
pub struct Palette {
    /// The scope it was opened in: its actions are offered, and the chosen
    /// one runs there.
    pub from: Scope,
    text: TextArea<'static>,
    /// The chosen entry, an index into what the text finds.
    pub cursor: usize,
}

impl Palette {
    /// An empty palette over the actions of `from`.
    pub fn new(from: Scope) -> Palette {
        Palette {
            from,
            text: line(""),
            cursor: 0,
        }
    }

    /// The text as typed.
    pub fn query(&self) -> String {
        value(&self.text)
    }

    /// The cursor's character column.
    pub fn column(&self) -> usize {
        self.text.cursor().1
    }

    /// Feeds a key to the text; the first entry found is chosen again.
    pub fn key(&mut self, ev: KeyEvent) {
        if self.text.input(ev) {
            if self.text.lines().len() > 1 {
                self.text = line(&self.query());
            }
            self.cursor = 0;
        }
    }

    /// Pastes text (newlines become spaces).
    pub fn paste(&mut self, text: &str) {
        self.text.insert_str(text.replace(['\n', '\r'], " "));
        self.cursor = 0;
    }

    /// Empties the text (Ctrl-u).
    pub fn clear(&mut self) {
        if clear_line(&mut self.text) {
            self.cursor = 0;
        }
    }

    /// Moves the choice `n` entries among `found` of them (clamped).
    pub fn step(&mut self, n: i32, found: usize) {
        let last = found.saturating_sub(1) as i64;
        self.cursor = (self.cursor as i64 + i64::from(n)).clamp(0, last) as usize;
    }
}
