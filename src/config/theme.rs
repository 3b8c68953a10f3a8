//! The dashboard's themes as data: which one the user asks for, the colour
//! of each part of the screen in each theme, and the contrast between two
//! colours (WCAG 2), without a terminal.

use serde::Deserialize;

/// The theme asked for in `config.toml` (`theme = "light"`) or by `--theme`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeChoice {
    /// For a dark terminal: the terminal's own colours and background.
    #[default]
    Dark,
    /// For a bright room or projector: dark text on a white background it paints itself.
    Light,
    /// White and bright colours on black, every text at least 4.5:1 (WCAG AA).
    HighContrast,
    /// Dark or light, as the terminal's background is (asked once at start).
    Auto,
}

impl ThemeChoice {
    /// Every choice, by the word the config and `--theme` take.
    pub const WORDS: [(&'static str, ThemeChoice); 4] = [
        ("dark", ThemeChoice::Dark),
        ("light", ThemeChoice::Light),
        ("high-contrast", ThemeChoice::HighContrast),
        ("auto", ThemeChoice::Auto),
    ];

    /// The choice a word names (`high-contrast`), if any.
    pub fn from_word(word: &str) -> Option<ThemeChoice> {
        Self::WORDS
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(word.trim()))
            .map(|(_, c)| *c)
    }

    /// The theme itself, once `Auto` has been answered by the terminal.
    pub fn resolve(self, terminal: impl FnOnce() -> ThemeName) -> ThemeName {
        match self {
            ThemeChoice::Dark => ThemeName::Dark,
            ThemeChoice::Light => ThemeName::Light,
            ThemeChoice::HighContrast => ThemeName::HighContrast,
            ThemeChoice::Auto => terminal(),
        }
    }
}

/// `theme` as config.toml writes it, in any case: a choice, or a word that
/// names none, which only the dashboard refuses (naming its line), so that
/// the commands that draw no theme still run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThemeSetting {
    Chosen(ThemeChoice),
    /// `word` as written, at byte `at` of the file, on `line` (found once
    /// the whole file is read: [`ThemeSetting::in_text`]).
    Unknown {
        word: String,
        at: usize,
        line: usize,
    },
}

impl Default for ThemeSetting {
    fn default() -> Self {
        ThemeSetting::Chosen(ThemeChoice::Dark)
    }
}

impl<'de> Deserialize<'de> for ThemeSetting {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let word = toml::Spanned::<String>::deserialize(d)?;
        Ok(match ThemeChoice::from_word(word.get_ref()) {
            Some(choice) => ThemeSetting::Chosen(choice),
            None => ThemeSetting::Unknown {
                at: word.span().start,
                line: 0,
                word: word.into_inner(),
            },
        })
    }
}

impl ThemeSetting {
    /// The setting read from the config file `text`, its line found.
    pub fn in_text(self, text: &str) -> ThemeSetting {
        match self {
            ThemeSetting::Unknown { word, at, .. } => ThemeSetting::Unknown {
                word,
                at,
                line: crate::ledger::line_col(text, at).0,
            },
            chosen => chosen,
        }
    }
}

/// A theme the dashboard draws with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ThemeName {
    #[default]
    Dark,
    Light,
    HighContrast,
}

impl ThemeName {
    /// Every theme, in the order the switching key goes through them.
    pub const ALL: [ThemeName; 3] = [ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast];

    /// The theme after this one: dark → light → high-contrast → dark.
    pub fn next(self) -> ThemeName {
        let at = Self::ALL.iter().position(|t| *t == self).unwrap_or(0);
        Self::ALL[(at + 1) % Self::ALL.len()]
    }

    /// Its name in the config and in the theme file's tables.
    pub fn word(self) -> &'static str {
        match self {
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
            ThemeName::HighContrast => "high-contrast",
        }
    }
}

/// One of the terminal's sixteen named colours (its own palette decides
/// how each looks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Named {
    Black,
    Red,
    Green,
    Yellow,
    Blue,
    Magenta,
    Cyan,
    Gray,
    DarkGray,
    LightRed,
    LightGreen,
    LightYellow,
    LightBlue,
    LightMagenta,
    LightCyan,
    White,
}

impl Named {
    /// Every named colour, by the word a theme file uses for it.
    pub const WORDS: [(&'static str, Named); 16] = [
        ("black", Named::Black),
        ("red", Named::Red),
        ("green", Named::Green),
        ("yellow", Named::Yellow),
        ("blue", Named::Blue),
        ("magenta", Named::Magenta),
        ("cyan", Named::Cyan),
        ("gray", Named::Gray),
        ("dark-gray", Named::DarkGray),
        ("light-red", Named::LightRed),
        ("light-green", Named::LightGreen),
        ("light-yellow", Named::LightYellow),
        ("light-blue", Named::LightBlue),
        ("light-magenta", Named::LightMagenta),
        ("light-cyan", Named::LightCyan),
        ("white", Named::White),
    ];
}

/// A colour of a theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    /// The terminal's own foreground or background (for `muted`: the text dimmed).
    Default,
    Named(Named),
    /// An exact colour (`#1a1a1a`), whose contrast is known.
    Rgb(u8, u8, u8),
}

impl std::str::FromStr for Colour {
    type Err = ();

    /// `#rrggbb`, `#rgb`, a named colour (`light-red`) or `default`.
    fn from_str(s: &str) -> Result<Colour, ()> {
        let s = s.trim();
        if s.eq_ignore_ascii_case("default") {
            return Ok(Colour::Default);
        }
        if let Some((_, n)) = Named::WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(s)) {
            return Ok(Colour::Named(*n));
        }
        let hex = s.strip_prefix('#').ok_or(())?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(());
        }
        let digit = |i: usize, n: usize| u8::from_str_radix(&hex[i..i + n], 16).map_err(|_| ());
        match hex.len() {
            6 => Ok(Colour::Rgb(digit(0, 2)?, digit(2, 2)?, digit(4, 2)?)),
            3 => Ok(Colour::Rgb(
                digit(0, 1)? * 17,
                digit(1, 1)? * 17,
                digit(2, 1)? * 17,
            )),
            _ => Err(()),
        }
    }
}

/// The colour of each part of the screen in one theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// Ordinary text.
    pub text: Colour,
    /// The background of every cell (`default`: the terminal's own, unpainted).
    pub background: Colour,
    /// Closed items, hints, empty bars (`default`: the text, dimmed).
    pub muted: Colour,
    /// The header bar's text and background.
    pub bar_text: Colour,
    pub bar_background: Colour,
    /// Late items and counts.
    pub overdue: Colour,
    /// Items due within the review window.
    pub due_soon: Colour,
    pub blocked: Colour,
    pub in_progress: Colour,
    /// Finished workstreams, current translations, nothing late.
    pub done: Colour,
    /// Keys, search matches, focused borders.
    pub accent: Colour,
}

/// The colour of one part of the screen in a palette, to change.
pub type Slot = fn(&mut Palette) -> &mut Colour;

/// Every key of a palette in a theme file, and the colour it sets.
pub const PALETTE_KEYS: [(&str, Slot); 11] = [
    ("text", |p| &mut p.text),
    ("background", |p| &mut p.background),
    ("muted", |p| &mut p.muted),
    ("bar-text", |p| &mut p.bar_text),
    ("bar-background", |p| &mut p.bar_background),
    ("overdue", |p| &mut p.overdue),
    ("due-soon", |p| &mut p.due_soon),
    ("blocked", |p| &mut p.blocked),
    ("in-progress", |p| &mut p.in_progress),
    ("done", |p| &mut p.done),
    ("accent", |p| &mut p.accent),
];

use Colour::{Named as N, Rgb};

/// Today's colours: the terminal's named colours on its own background.
pub const DARK: Palette = Palette {
    text: Colour::Default,
    background: Colour::Default,
    muted: Colour::Default,
    bar_text: N(Named::White),
    bar_background: N(Named::Blue),
    overdue: N(Named::Red),
    due_soon: N(Named::Yellow),
    blocked: N(Named::Magenta),
    in_progress: N(Named::Cyan),
    done: N(Named::Green),
    accent: N(Named::Cyan),
};

/// Dark, saturated colours on white: readable on a washed-out projector.
pub const LIGHT: Palette = Palette {
    text: Rgb(0x1a, 0x1a, 0x1a),
    background: Rgb(0xff, 0xff, 0xff),
    muted: Rgb(0x5f, 0x63, 0x68),
    bar_text: Rgb(0xff, 0xff, 0xff),
    bar_background: Rgb(0x1f, 0x4e, 0x79),
    overdue: Rgb(0xb0, 0x00, 0x20),
    due_soon: Rgb(0x8a, 0x4b, 0x00),
    blocked: Rgb(0x80, 0x1d, 0x9e),
    in_progress: Rgb(0x00, 0x5f, 0x7a),
    done: Rgb(0x1b, 0x6e, 0x35),
    accent: Rgb(0x0b, 0x4f, 0xc0),
};

/// White and light colours on black, each at least 7:1 against it.
pub const HIGH_CONTRAST: Palette = Palette {
    text: Rgb(0xff, 0xff, 0xff),
    background: Rgb(0x00, 0x00, 0x00),
    muted: Rgb(0xc8, 0xc8, 0xc8),
    bar_text: Rgb(0xff, 0xff, 0xff),
    bar_background: Rgb(0x00, 0x00, 0x80),
    overdue: Rgb(0xff, 0x70, 0x70),
    due_soon: Rgb(0xff, 0xd7, 0x00),
    blocked: Rgb(0xff, 0x8c, 0xff),
    in_progress: Rgb(0x6c, 0xe6, 0xff),
    done: Rgb(0x6c, 0xff, 0x8c),
    accent: Rgb(0xff, 0xff, 0x00),
};

/// The palette of each theme, after the user's theme file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palettes {
    pub dark: Palette,
    pub light: Palette,
    pub high_contrast: Palette,
}

impl Default for Palettes {
    fn default() -> Self {
        Palettes {
            dark: DARK,
            light: LIGHT,
            high_contrast: HIGH_CONTRAST,
        }
    }
}

impl Palettes {
    /// The palette of `theme`.
    pub fn of(&self, theme: ThemeName) -> &Palette {
        match theme {
            ThemeName::Dark => &self.dark,
            ThemeName::Light => &self.light,
            ThemeName::HighContrast => &self.high_contrast,
        }
    }

    /// The palette of `theme`, to change.
    pub fn of_mut(&mut self, theme: ThemeName) -> &mut Palette {
        match theme {
            ThemeName::Dark => &mut self.dark,
            ThemeName::Light => &mut self.light,
            ThemeName::HighContrast => &mut self.high_contrast,
        }
    }
}

/// The relative luminance of an sRGB colour (WCAG 2).
pub fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// The contrast ratio of two colours, from 1 (the same) to 21 (black on white).
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::{Colour, Named, ThemeName, contrast};

    #[test]
    fn colours_are_read_as_a_theme_file_writes_them() {
        let rgb = |s: &str| s.parse::<Colour>();
        assert_eq!(rgb("#1A2b3c"), Ok(Colour::Rgb(0x1a, 0x2b, 0x3c)));
        assert_eq!(rgb("#fa0"), Ok(Colour::Rgb(0xff, 0xaa, 0x00)));
        assert_eq!(rgb("Light-Red"), Ok(Colour::Named(Named::LightRed)));
        assert_eq!(rgb("default"), Ok(Colour::Default));
        for bad in [
            "",
            "#12345",
            "#12345g",
            "1a2b3c",
            "crimson",
            "#+1+2+3",
            "#ｆｆｆ",
        ] {
            assert_eq!(rgb(bad), Err(()), "{bad}");
        }
    }

    #[test]
    fn contrast_runs_from_one_to_twenty_one() {
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!((contrast((9, 9, 9), (9, 9, 9)) - 1.0).abs() < 1e-9);
        // WebAIM's checker: #777777 on white is 4.48:1.
        assert!((contrast((0x77, 0x77, 0x77), (255, 255, 255)) - 4.48).abs() < 0.01);
    }

    #[test]
    fn the_key_goes_round_the_three_themes() {
        let mut t = ThemeName::Dark;
        let seen: Vec<ThemeName> = (0..3)
            .map(|_| {
                t = t.next();
                t
            })
            .collect();
        assert_eq!(
            seen,
            [ThemeName::Light, ThemeName::HighContrast, ThemeName::Dark]
        );
    }
}
