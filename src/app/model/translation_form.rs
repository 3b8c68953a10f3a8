//! The translation form: the selected item's texts (its title, then each
//! note) side by side, each original beside a field for its translation
//! into the target language, pre-filled with the translation there is (an
//! outdated one too, to be corrected). Nothing is written until it is
//! confirmed, and then one operation per text changed.

use crate::base::lang::Lang;
use crate::ledger::{Ledger, TextRef, TextState, item_texts};
use crate::ops::Op;
use crossterm::event::KeyEvent;
use ratatui::style::Style;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

/// Whether a field was typed into since the form opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Touched {
    No,
    Yes,
}

/// One text's translation into one language, as being written.
#[derive(Debug, Clone)]
pub struct TranslationField {
    text: TextArea<'static>,
    /// Where the text stood in the language when the form opened; an
    /// original is shown, not edited.
    pub state: TextState,
    /// The translation the field was pre-filled with (empty when missing).
    before: String,
    touched: Touched,
}

impl TranslationField {
    /// The field's text box, for drawing.
    pub fn textarea(&self) -> &TextArea<'static> {
        &self.text
    }

    /// The translation as typed, without trailing blank lines or spaces.
    pub fn value(&self) -> String {
        self.text.lines().join("\n").trim_end().to_owned()
    }

    /// True when the text can be translated into this language (it is not
    /// written in it).
    pub fn editable(&self) -> bool {
        self.state != TextState::Original
    }

    /// True when confirming writes this field: its text changed (emptied:
    /// the translation is removed), or an outdated translation was edited,
    /// even back to the same words (the translator confirms it still holds).
    pub fn to_write(&self) -> bool {
        self.editable()
            && (self.value().trim() != self.before.trim()
                || (self.state == TextState::Outdated && self.touched == Touched::Yes))
    }
}

/// The fields of one target language.
#[derive(Debug, Clone)]
struct Draft {
    lang: Lang,
    fields: Vec<TranslationField>,
}

/// The translation form on one item.
#[derive(Debug, Clone)]
pub struct TranslationForm {
    /// The item's id (not its place, which a change on disk may move).
    pub id: String,
    /// Its texts, in order: the title, then each note, oldest first.
    pub texts: Vec<TextRef>,
    /// The working languages some text can be translated into, in the
    /// committee's order.
    pub targets: Vec<Lang>,
    /// The language being written.
    pub target: Lang,
    /// What was typed, per language chosen so far: switching languages
    /// keeps it, confirming writes all of it.
    drafts: Vec<Draft>,
    /// The focused text, as an index into `texts`.
    pub focus: usize,
}

impl TranslationForm {
    /// The form on the item at `index`, into `reader`'s language, or into
    /// the first working language the title is not written in when it is
    /// written in the reader's (or the reader's is not a working language);
    /// `None` when the committee names fewer than two working languages.
    pub fn open(ledger: &Ledger, index: usize, reader: Lang) -> Option<TranslationForm> {
        let languages = &ledger.committee.languages;
        if languages.len() < 2 {
            return None;
        }
        let item = &ledger.items[index];
        let default = ledger.original_language();
        let slots: Vec<_> = item_texts(item, default).collect();
        let targets: Vec<Lang> = languages
            .iter()
            .copied()
            .filter(|l| {
                slots
                    .iter()
                    .any(|(_, s)| s.state(*l) != TextState::Original)
            })
            .collect();
        let title = item.title_text(default).language;
        let target = if targets.contains(&reader) && title != Some(reader) {
            reader
        } else {
            let other = targets.iter().copied().find(|l| Some(*l) != title);
            other.or_else(|| targets.first().copied())?
        };
        let mut form = TranslationForm {
            id: item.id.clone(),
            texts: slots.into_iter().map(|(r, _)| r).collect(),
            targets,
            target,
            drafts: Vec::new(),
            focus: 0,
        };
        form.choose(ledger, target);
        Some(form)
    }

    /// Writes into `lang` (its fields as left, or as the ledger has them),
    /// focused on the first text to translate there.
    fn choose(&mut self, ledger: &Ledger, lang: Lang) {
        self.target = lang;
        if !self.drafts.iter().any(|d| d.lang == lang) {
            let fields = fields(ledger, &self.id, lang);
            self.drafts.push(Draft { lang, fields });
        }
        let fields = self.fields();
        let todo =
            |f: &TranslationField| matches!(f.state, TextState::Missing | TextState::Outdated);
        self.focus = fields
            .iter()
            .position(todo)
            .or_else(|| fields.iter().position(TranslationField::editable))
            .unwrap_or(0);
    }

    /// Writes into the next (`1`) or previous (`-1`) working language.
    pub fn next_target(&mut self, ledger: &Ledger, n: i32) {
        let len = self.targets.len() as i32;
        let at = self
            .targets
            .iter()
            .position(|l| *l == self.target)
            .unwrap_or(0) as i32;
        let lang = self.targets[(at + n).rem_euclid(len.max(1)) as usize];
        self.choose(ledger, lang);
    }

    /// The fields of the target language, one per text.
    pub fn fields(&self) -> &[TranslationField] {
        self.drafts
            .iter()
            .find(|d| d.lang == self.target)
            .map_or(&[], |d| &d.fields)
    }

    fn focused_mut(&mut self) -> Option<&mut TranslationField> {
        let (target, focus) = (self.target, self.focus);
        let draft = self.drafts.iter_mut().find(|d| d.lang == target)?;
        draft.fields.get_mut(focus).filter(|f| f.editable())
    }

    /// Moves the focus by `n` texts, over those that can be translated,
    /// wrapping around.
    pub fn move_focus(&mut self, n: i32) {
        let fields = self.fields();
        let len = fields.len() as i32;
        let mut at = self.focus as i32;
        for _ in 0..len {
            at = (at + n.signum()).rem_euclid(len);
            if fields[at as usize].editable() {
                self.focus = at as usize;
                return;
            }
        }
    }

    /// Feeds a key to the focused field.
    pub fn key(&mut self, ev: KeyEvent) {
        if let Some(f) = self.focused_mut()
            && f.text.input(ev)
        {
            f.touched = Touched::Yes;
        }
    }

    /// Pastes text into the focused field (line breaks kept).
    pub fn paste(&mut self, text: &str) {
        if let Some(f) = self.focused_mut() {
            f.text
                .insert_str(text.replace("\r\n", "\n").replace('\r', "\n"));
            f.touched = Touched::Yes;
        }
    }

    /// Starts a new line in the focused field.
    pub fn new_line(&mut self) {
        if let Some(f) = self.focused_mut() {
            f.text.insert_newline();
            f.touched = Touched::Yes;
        }
    }

    /// Empties the line the cursor is on (Ctrl-u).
    pub fn clear_line(&mut self) {
        if let Some(f) = self.focused_mut() {
            let row = f.text.cursor().0;
            if f.text.lines().get(row).is_some_and(|l| !l.is_empty()) {
                f.text.move_cursor(CursorMove::End);
                f.text.delete_line_by_head();
                f.touched = Touched::Yes;
            }
        }
    }

    /// The translations to record, by `author`: one per text changed, in
    /// every language written.
    pub fn ops(&self, author: &str) -> Vec<Op> {
        let mut out = Vec::new();
        for d in &self.drafts {
            for (field, target) in d.fields.iter().zip(&self.texts) {
                if field.to_write() {
                    out.push(Op::Translate {
                        target: target.clone(),
                        lang: d.lang,
                        text: field.value(),
                        author: author.to_owned(),
                    });
                }
            }
        }
        out
    }
}

/// The fields of the item `id` in `lang`, pre-filled with its
/// translations there (none when it is gone).
fn fields(ledger: &Ledger, id: &str, lang: Lang) -> Vec<TranslationField> {
    let Some(item) = ledger.item(id) else {
        return Vec::new();
    };
    item_texts(item, ledger.original_language())
        .map(|(_, slot)| {
            let state = slot.state(lang);
            let before = match state {
                TextState::Original => String::new(),
                _ => slot
                    .translation(lang)
                    .map(|t| t.text.clone())
                    .unwrap_or_default(),
            };
            TranslationField {
                text: area(&before),
                state,
                before,
                touched: Touched::No,
            }
        })
        .collect()
}

/// A wrapping text box holding `text`, the cursor at its end.
fn area(text: &str) -> TextArea<'static> {
    let mut t = TextArea::new(text.split('\n').map(str::to_owned).collect());
    t.set_cursor_line_style(Style::new());
    t.set_wrap_mode(WrapMode::WordOrGlyph);
    t.move_cursor(CursorMove::Bottom);
    t.move_cursor(CursorMove::End);
    t
}
