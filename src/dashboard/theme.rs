//! The theme the dashboard starts with: `--theme` or the config's choice,
//! the terminal's background asked once when it is `auto`, and the user's
//! theme file over the built-in colours. An answer that comes after the
//! question was given up is not taken for keys ([`LateAnswer`]).

use crate::base::text::truncate;
use crate::cli::{Env, Failure};
use crate::config::theme::{Palettes, ThemeName, ThemeSetting};
use crate::config::{config_relative, theme_file};
use crate::tr;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use terminal_colorsaurus::{QueryOptions, ThemeMode, theme_mode};

/// How long the terminal has to say its background colour. Terminals that
/// cannot answer say so at once (they answer the DA1 query sent after
/// it); this bounds the wait for one that answers nothing at all, and
/// leaves time for one far away (ssh between Seoul and Mexico City).
pub const ASK_FOR: Duration = Duration::from_secs(1);

/// How long after the dashboard starts reading keys an answer to the
/// question may still arrive and is dropped.
pub const LATE_FOR: Duration = Duration::from_secs(1);

/// The terminal was asked for its background colour in this process.
static ASKED: AtomicBool = AtomicBool::new(false);

/// The theme to draw with first and the palettes of every theme; `color`
/// false (`NO_COLOR`): the terminal is not asked, nothing is coloured.
pub fn starting_theme(env: &Env, color: bool) -> Result<(ThemeName, Palettes), Failure> {
    let palettes = match &env.config.theme_file {
        Some(p) => theme_file::load(&config_relative(p))
            .map_err(|e| Failure::usage(crate::i18n::catalog(env.lang).theme_file_error(&e)))?,
        None => Palettes::default(),
    };
    let choice = match &env.config.theme {
        ThemeSetting::Chosen(choice) => *choice,
        ThemeSetting::Unknown { word, line, .. } => {
            let cat = crate::i18n::catalog(env.lang);
            let path = crate::config::config_path().unwrap_or_default();
            return Err(Failure::usage(tr!(
                cat,
                "theme-unknown",
                path = path.display().to_string(),
                line = *line,
                word = truncate(word, 40)
            )));
        }
    };
    let theme = choice.resolve(|| {
        if color {
            terminal_background()
        } else {
            ThemeName::Dark
        }
    });
    Ok((theme, palettes))
}

/// Light when the terminal says its background is light (OSC 11); dark when
/// it is dark, cannot say, or says nothing within [`ASK_FOR`].
fn terminal_background() -> ThemeName {
    let mut options = QueryOptions::default();
    options.timeout = ASK_FOR;
    ASKED.store(true, Ordering::Relaxed);
    match theme_mode(options) {
        Ok(ThemeMode::Light) => ThemeName::Light,
        _ => ThemeName::Dark,
    }
}

/// Where a [`LateAnswer`] is in the text it drops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Within {
    /// Between answers: keys are the user's.
    Keys,
    /// After an `Esc` read alone: `]` or `[` may begin an answer.
    Esc,
    /// Inside an `ESC ]` answer (OSC 10/11), until BEL or `ESC \`.
    Osc,
    /// Inside an OSC answer, after an `Esc`: `\` ends it.
    OscEsc,
    /// After `Esc [` read apart: `?` begins a DA1 answer.
    Csi,
    /// Inside a DA1 answer (`ESC [ ? … c`), until `c`.
    Da1,
}

/// Drops, for [`LATE_FOR`] after the keys start being read, the rest of an
/// answer to the colour question that came after it was given up: crossterm
/// reads `ESC ] 11;rgb:…BEL` as Alt-`]`, characters and Ctrl-g, which the
/// dashboard would take for keys (`r` review, `b` theme, `:` palette). A
/// DA1 answer (`ESC [ ? … c`) split after its `Esc` is dropped too.
#[derive(Debug, Clone)]
pub struct LateAnswer {
    until: Option<Instant>,
    within: Within,
}

impl LateAnswer {
    /// The filter for keys read from `now`: it drops nothing when the
    /// terminal was not asked.
    pub fn from(now: Instant) -> LateAnswer {
        LateAnswer::after(ASKED.load(Ordering::Relaxed), now)
    }

    /// The filter for keys read from `now`, after the terminal was `asked` or not.
    fn after(asked: bool, now: Instant) -> LateAnswer {
        LateAnswer {
            until: asked.then(|| now + LATE_FOR),
            within: Within::Keys,
        }
    }

    /// Whether `event`, read at `now`, is part of a late answer (dropped).
    pub fn swallows(&mut self, event: &Event, now: Instant) -> bool {
        let Some(until) = self.until else {
            return false;
        };
        if now > until && self.within == Within::Keys {
            self.until = None;
            return false;
        }
        let Event::Key(key) = event else {
            return false;
        };
        let (next, dropped) = step(self.within, key);
        self.within = next;
        dropped
    }
}

/// Where the text is after `key`, and whether `key` is dropped.
fn step(within: Within, key: &KeyEvent) -> (Within, bool) {
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match (within, key.code) {
        (Within::Keys | Within::Esc, KeyCode::Char(']')) if alt => (Within::Osc, true),
        (Within::Esc, KeyCode::Char(']')) => (Within::Osc, true),
        (Within::Esc, KeyCode::Char('[')) => (Within::Csi, true),
        (Within::Csi, KeyCode::Char('?')) => (Within::Da1, true),
        (Within::Keys | Within::Esc | Within::Csi, KeyCode::Esc) => (Within::Esc, false),
        (Within::Keys | Within::Esc | Within::Csi, _) => (Within::Keys, false),
        (Within::Osc, KeyCode::Char('g')) if ctrl => (Within::Keys, true),
        (Within::Osc | Within::OscEsc, KeyCode::Char('\\')) if alt => (Within::Keys, true),
        (Within::Osc, KeyCode::Esc) => (Within::OscEsc, true),
        (Within::OscEsc, KeyCode::Char('\\')) => (Within::Keys, true),
        (Within::Osc | Within::OscEsc, _) => (Within::Osc, true),
        (Within::Da1, KeyCode::Char('c')) => (Within::Keys, true),
        (Within::Da1, _) => (Within::Da1, true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The key events crossterm reads from `text` (ESC and a character:
    /// Alt and the character; BEL: Ctrl-g).
    fn keys(text: &str) -> Vec<Event> {
        let mut out = Vec::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let key = match c {
                '\x1b' => match chars.peek() {
                    Some(&n) if n != '[' && n != '\x1b' => {
                        chars.next();
                        KeyEvent::new(KeyCode::Char(n), KeyModifiers::ALT)
                    }
                    _ => KeyEvent::from(KeyCode::Esc),
                },
                '\x07' => KeyEvent::new(KeyCode::Char('g'), KeyModifiers::CONTROL),
                c => KeyEvent::from(KeyCode::Char(c)),
            };
            out.push(Event::Key(key));
        }
        out
    }

    /// What is left of `text` read at `at` after the start.
    fn kept(asked: bool, text: &str, at: Duration) -> Vec<Event> {
        let start = Instant::now();
        let mut late = LateAnswer::after(asked, start);
        keys(text)
            .into_iter()
            .filter(|e| !late.swallows(e, start + at))
            .collect()
    }

    #[test]
    fn a_late_colour_answer_is_not_taken_for_keys() {
        let soon = Duration::from_millis(300);
        for answer in [
            "\x1b]11;rgb:1e1e/1e1e/1e1e\x07",
            "\x1b]11;rgb:ffff/ffff/ffff\x1b\\",
            "\x1b]10;rgb:e0e0/e0e0/e0e0\x07\x1b]11;rgb:0000/0000/0000\x07",
            // A DA1 answer crossterm could not read whole: its Esc passes.
            "\x1b[?62;22c",
        ] {
            let left = kept(true, &format!("{answer}j"), soon);
            let mut expected = keys("j");
            if answer.starts_with("\x1b[") {
                expected.insert(0, Event::Key(KeyCode::Esc.into()));
            }
            assert_eq!(left, expected, "{answer:?}");
        }
    }

    #[test]
    fn keys_pass_when_nothing_was_asked_or_the_time_is_over() {
        let answer = "\x1b]11;rgb:1e1e/1e1e/1e1e\x07";
        assert_eq!(kept(false, answer, Duration::ZERO), keys(answer));
        assert_eq!(kept(true, answer, LATE_FOR * 2), keys(answer));
        // The user's own keys, Esc and Alt keys among them, pass meanwhile.
        let typed = "rb:\x1bx\x1b\x1bj";
        assert_eq!(kept(true, typed, Duration::ZERO), keys(typed));
    }
}
