//! The parts of a frame the dashboard keeps for the next (`ui::Kept`: the
//! header, the summary, the table's rows, the detail pane, the footer; those
//! the terminal shows already left out of the frame written) never show
//! what a frame drawn afresh would not: after every key of a long session — moves, searches,
//! edits, undo, filters, views, resizes, a new minute — the screen drawn
//! with what was kept (and drawn ahead between keys, and the moves down and
//! up foreseen) is the screen drawn from nothing, cell for cell; and each
//! frame reaches the terminal in one write (a move foreseen wrong would
//! need a second to correct it).

mod common;

use common::app::{TestApp, press_keys};
use common::tui::today;
use followup::app::{Action, App, foresee_move, update};
use followup::dashboard::measure;
use followup::i18n::Lang;
use followup::ui::{Kept, Wrote, draw_ahead, draw_kept, foresee, render};
use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, TestBackend, WindowSize};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect, Size};
use ratatui::style::{Modifier, Style};
use unicode_width::UnicodeWidthStr;

/// Draws `app` on two terminals: as the dashboard does (what `kept` holds
/// put back, the parts the terminal shows already not compared again, then
/// the next frame's likely parts drawn ahead and the moves down and up
/// foreseen), and afresh. Answers what each terminal shows, and what the
/// first draw wrote.
fn both(
    app: &mut App,
    terminals: &mut Terminals,
    kept: &Kept,
    size: (u16, u16),
) -> (Shown, Shown, Wrote) {
    let Terminals { with, plain } = terminals;
    if with.backend().size().unwrap() != Size::new(size.0, size.1) {
        *with.backend_mut() = Emulated::new(size);
        *plain.backend_mut() = Emulated::new(size);
    }
    with.backend_mut().writes = 0;
    let wrote = draw_kept(with, app, kept).unwrap();
    if wrote == Wrote::Foreseen {
        // The frame owed after one foreseen, as the loop draws it.
        draw_kept(with, app, kept).unwrap();
    }
    assert!(with.backend().writes <= 1, "a frame written in pieces");
    // As the loop does while no key waits.
    measure(app);
    draw_ahead(app, kept);
    for n in [1, -1] {
        foresee_move(app, n, |app| foresee(app, kept));
    }
    plain.draw(|f| render(app, f)).unwrap();
    (
        visible(&with.backend().screen),
        visible(&plain.backend().screen),
        wrote,
    )
}

/// Two terminals: one drawn as the dashboard draws, with what was kept;
/// one drawn as ratatui draws a frame made afresh.
struct Terminals {
    with: Terminal<Emulated>,
    plain: Terminal<Emulated>,
}

impl Terminals {
    fn new(size: (u16, u16)) -> Self {
        Terminals {
            with: Terminal::new(Emulated::new(size)).unwrap(),
            plain: Terminal::new(Emulated::new(size)).unwrap(),
        }
    }
}

/// A terminal's screen as the frames' updates reach it: a wide character
/// covers the column after it, and writing over either half of one blanks
/// the other half, as terminals do.
struct Emulated {
    screen: Buffer,
    size: TestBackend,
    /// The frames written since it was last set to 0.
    writes: usize,
}

impl Emulated {
    fn new(size: (u16, u16)) -> Self {
        Emulated {
            screen: Buffer::empty(Rect::new(0, 0, size.0, size.1)),
            size: TestBackend::new(size.0, size.1),
            writes: 0,
        }
    }

    /// `cell` written at `x`, `y`. The other half of a wide character
    /// written over is blanked, in the background written (as tmux does).
    fn put(&mut self, x: u16, y: u16, cell: &Cell) {
        let w = usize::from(self.screen.area.width);
        let i = usize::from(y) * w + usize::from(x);
        let cells = &mut self.screen.content;
        let mut blank = Cell::default();
        blank.set_bg(cell.bg);
        if x > 0 && cells[i - 1].symbol().width() > 1 {
            cells[i - 1] = blank.clone();
        }
        if cells[i].symbol().width() > 1 && usize::from(x) + 1 < w {
            cells[i + 1] = blank;
        }
        cells[i] = cell.clone();
    }
}

impl Backend for Emulated {
    type Error = std::io::Error;
    fn draw<'a, I: Iterator<Item = (u16, u16, &'a Cell)>>(
        &mut self,
        content: I,
    ) -> std::io::Result<()> {
        content.for_each(|(x, y, cell)| self.put(x, y, cell));
        self.writes += 1;
        Ok(())
    }
    fn hide_cursor(&mut self) -> std::io::Result<()> {
        Ok(())
    }
    fn show_cursor(&mut self) -> std::io::Result<()> {
        Ok(())
    }
    fn get_cursor_position(&mut self) -> std::io::Result<Position> {
        Ok(Position::ORIGIN)
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, _: P) -> std::io::Result<()> {
        Ok(())
    }
    fn clear(&mut self) -> std::io::Result<()> {
        self.screen.reset();
        Ok(())
    }
    fn clear_region(&mut self, _: ClearType) -> std::io::Result<()> {
        self.clear()
    }
    fn size(&self) -> std::io::Result<Size> {
        Ok(self.size.size().unwrap())
    }
    fn window_size(&mut self) -> std::io::Result<WindowSize> {
        Ok(self.size.window_size().unwrap())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Where `shown` and `fresh` differ: each line that does, as text, and
/// its first cell that does, with its style on both.
fn differences(shown: &Shown, fresh: &Shown) -> String {
    let text = |line: &[(String, Style)]| line.iter().map(|(s, _)| s.as_str()).collect::<String>();
    let mut said = String::new();
    for (y, (a, b)) in shown
        .iter()
        .zip(fresh)
        .enumerate()
        .filter(|(_, (a, b))| a != b)
    {
        let at = a.iter().zip(b).position(|(x, y)| x != y);
        let cell = at.map(|k| (a.get(k), b.get(k)));
        said += &format!(
            "line {y}:\n kept  {:?}\n fresh {:?}\n first {at:?}: {cell:?}\n",
            text(a),
            text(b)
        );
    }
    said
}

/// What a terminal shows, line by line.
type Shown = Vec<Vec<(String, Style)>>;

/// What a terminal shows of `buf`, line by line: each character and its
/// style (a blank's colour of text unseen), the column after a wide one
/// left out (the character covers it).
fn visible(buf: &Buffer) -> Shown {
    let width = usize::from(buf.area.width);
    (buf.content.chunks(width))
        .map(|line| {
            let mut shown = Vec::new();
            let mut x = 0;
            while x < line.len() {
                let cell = &line[x];
                let style = if cell.symbol() == " " {
                    // A blank shows its background, and the marks drawn across it.
                    let across = Modifier::REVERSED | Modifier::UNDERLINED | Modifier::CROSSED_OUT;
                    Style::new()
                        .bg(cell.bg)
                        .add_modifier(cell.modifier & across)
                } else {
                    cell.style()
                };
                shown.push((cell.symbol().to_owned(), style));
                x += cell.symbol().width().max(1);
            }
            shown
        })
        .collect()
}

/// Runs `steps` (keys as text, or an action) on a dashboard of `n`
/// synthetic items in `lang`, comparing the two drawings after each.
fn session(lang: Lang, n: usize) {
    let ledger = followup::synthetic::ledger(n, today());
    let mut app = TestApp::new()
        .ledger(ledger)
        .lang(lang)
        .size(120, 40)
        .build();
    let kept = Kept::default();
    let mut size = (120, 40);
    let mut terminals = Terminals::new(size);
    let keys = [
        "jjjjj",
        // Single moves, each foreseen.
        "j",
        "k",
        "kk",
        "<Down><Down><Up>",
        "G",
        "k",
        "g",
        "<Down>",
        "jjj",
        "/k",
        "i",
        "<BS>",
        "a",
        "<Enter>",
        // A move foreseen with a search's marks on the rows.
        "j",
        "n",
        "n",
        "N",
        "jj",
        "/zz",
        "<Esc>",
        "S",
        "j",
        "S",
        "k",
        "u",
        "jjj",
        "<Tab>",
        "jj",
        "<Tab>",
        "t",
        "jj",
        "k",
        "t",
        "x",
        "<C-d>",
        "jj",
        "u",
        "fd",
        "jjj",
        "fc",
        "<End>",
        "<Home>",
        "jk",
        "fo",
        "f",
        "jj",
        "<Esc>",
        "b",
        "j",
        "b",
        "k",
        "b",
        "j",
        "j",
        "<Enter>",
        "jj",
        "<Esc>",
    ];
    let (mut step, mut foreseen) = (0, 0);
    let mut check = |terminals: &mut Terminals, app: &mut App, kept: &Kept, size, what: &str| {
        let (shown, fresh, wrote) = both(app, terminals, kept, size);
        assert!(
            shown == fresh,
            "{lang:?}, {n} items, after {what} (step {step}):\n{}",
            differences(&shown, &fresh)
        );
        step += 1;
        foreseen += usize::from(wrote == Wrote::Foreseen);
    };
    check(&mut terminals, &mut app, &kept, size, "the first frame");
    for (k, key) in keys.iter().enumerate() {
        press_keys(&mut app, key);
        check(&mut terminals, &mut app, &kept, size, key);
        // The same frame again: everything comes from what was kept.
        check(&mut terminals, &mut app, &kept, size, key);
        match k {
            10 => {
                size = (80, 24);
                update(&mut app, Action::Resize(size.0, size.1));
                check(&mut terminals, &mut app, &kept, size, "a resize to 80×24");
            }
            15 => {
                // Ctrl-z and `fg`: the terminal taken again is blank, as
                // both of the frames it is compared with.
                for t in [&mut terminals.with, &mut terminals.plain] {
                    t.backend_mut().clear().unwrap();
                    t.swap_buffers();
                    t.swap_buffers();
                }
                kept.forget_screen();
                check(
                    &mut terminals,
                    &mut app,
                    &kept,
                    size,
                    "the terminal taken again",
                );
            }
            20 => {
                update(&mut app, Action::Minute);
                check(&mut terminals, &mut app, &kept, size, "a new minute");
            }
            30 => {
                size = (120, 40);
                update(&mut app, Action::Resize(size.0, size.1));
                check(&mut terminals, &mut app, &kept, size, "a resize to 120×40");
            }
            _ => {}
        }
    }
    // The single moves (`j`, `k`, `<Down>` from a state drawn and left
    // alone) were each written as foreseen.
    assert!(foreseen >= 5, "{foreseen} moves written as foreseen");
}

#[test]
fn kept_parts_draw_what_a_fresh_frame_draws_in_english() {
    session(Lang::En, 300);
}

#[test]
fn kept_parts_draw_what_a_fresh_frame_draws_in_korean_wide_characters_and_all() {
    session(Lang::Ko, 120);
}

#[test]
fn kept_parts_draw_what_a_fresh_frame_draws_on_the_sample() {
    let mut app = TestApp::new()
        .fixture("korea-mexico-sme")
        .size(120, 40)
        .build();
    let kept = Kept::default();
    let mut terminals = Terminals::new((120, 40));
    for key in [
        "j", "jj", "S", "j", "x", "k", "/kia", "<Enter>", "n", "u", "u", "j",
    ] {
        press_keys(&mut app, key);
        let (shown, fresh, _) = both(&mut app, &mut terminals, &kept, (120, 40));
        assert!(
            shown == fresh,
            "after {key}:\n{}",
            differences(&shown, &fresh)
        );
    }
}
