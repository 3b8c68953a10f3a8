//! How `followup list` prints its tables: as wide as the terminal when it
//! prints to one, no limit when piped or with `--wide`; the last column
//! (the title, the original to translate) is the one cut.

use crate::base::text::{fit, width};
use std::io::IsTerminal;

/// The width to fit `followup list` into, or `None` for full text.
pub fn terminal_width(wide: bool) -> Option<usize> {
    let tty = std::io::stdout().is_terminal();
    let columns = std::env::var("COLUMNS").ok();
    let size = if tty {
        crossterm::terminal::size().ok().map(|(w, _)| w)
    } else {
        None
    };
    list_width(tty, columns.as_deref(), size, wide)
}

/// The width rule: none when `wide` or not a terminal; else `$COLUMNS`
/// when it is a positive number, else the terminal's reported width.
pub fn list_width(
    tty: bool,
    columns: Option<&str>,
    size: Option<u16>,
    wide: bool,
) -> Option<usize> {
    if wide || !tty {
        return None;
    }
    columns
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|c| *c > 0)
        .or(size.map(usize::from).filter(|w| *w > 0))
}

/// The separator between columns.
pub const GAP: usize = 2;
/// The narrowest a shortened owners or workstream column gets.
const MIN_TEXT: usize = 12;
/// The narrowest a shortened title gets.
const MIN_TITLE: usize = 10;

/// The widths of the six columns (id, status, due, owners, workstream,
/// title) given each one's natural (widest cell) width and the `limit`:
/// unchanged when everything fits; else owners and workstream are capped,
/// then the title takes what is left (never less than a few columns).
pub fn column_widths(natural: [usize; 6], limit: Option<usize>) -> [usize; 6] {
    let total = |w: &[usize; 6]| w.iter().sum::<usize>() + GAP * 5;
    let Some(limit) = limit else {
        return natural;
    };
    let mut w = natural;
    if total(&w) <= limit {
        return w;
    }
    let fixed = |w: &[usize; 6]| w[..5].iter().sum::<usize>() + GAP * 5;
    for i in [3, 4] {
        if fixed(&w) + MIN_TITLE.min(w[5]) > limit {
            let room = limit.saturating_sub(fixed(&w) - w[i] + MIN_TITLE.min(w[5]));
            w[i] = w[i].min(room.max(MIN_TEXT));
        }
    }
    w[5] = limit
        .saturating_sub(fixed(&w))
        .max(MIN_TITLE)
        .min(natural[5]);
    w
}

/// The widest cell of each column, the head included.
pub fn natural_widths<const N: usize>(head: &[String; N], rows: &[[String; N]]) -> [usize; N] {
    let mut natural = head.clone().map(|h| width(&h));
    for r in rows {
        for (w, c) in natural.iter_mut().zip(r) {
            *w = (*w).max(width(c));
        }
    }
    natural
}

/// Widths where every column but the last keeps its natural width and the
/// last takes what `limit` leaves (never less than a few columns).
pub fn last_takes_rest<const N: usize>(natural: [usize; N], limit: Option<usize>) -> [usize; N] {
    let mut w = natural;
    if let Some(limit) = limit {
        let fixed = natural[..N - 1].iter().sum::<usize>() + GAP * (N - 1);
        w[N - 1] = limit
            .saturating_sub(fixed)
            .max(MIN_TITLE)
            .min(natural[N - 1]);
    }
    w
}

/// Prints the head and rows in columns of `widths`; with a `limit`, the
/// last column is cut to its width, else printed whole.
pub fn print<const N: usize>(
    head: &[String; N],
    rows: &[[String; N]],
    widths: [usize; N],
    limit: Option<usize>,
) {
    let print = |cells: &[String; N]| {
        let mut line = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 < N {
                line.push_str(&fit(c, widths[i]));
                line.push_str(&" ".repeat(GAP));
            } else if limit.is_some() {
                line.push_str(&fit(c, widths[i]));
            } else {
                line.push_str(c);
            }
        }
        println!("{}", line.trim_end());
    };
    print(head);
    for r in rows {
        print(r);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_width_is_the_terminals_unless_piped_or_wide() {
        assert_eq!(list_width(true, Some("80"), Some(120), false), Some(80));
        assert_eq!(list_width(true, None, Some(120), false), Some(120));
        assert_eq!(list_width(true, Some("junk"), Some(100), false), Some(100));
        assert_eq!(list_width(true, Some("80"), Some(120), true), None);
        assert_eq!(list_width(false, Some("80"), Some(120), false), None);
        assert_eq!(list_width(true, Some("0"), None, false), None);
    }

    #[test]
    fn columns_fit_the_limit_and_the_title_takes_what_is_left() {
        let natural = [6, 14, 20, 30, 25, 60];
        assert_eq!(column_widths(natural, None), natural);
        assert_eq!(column_widths(natural, Some(500)), natural);
        let w = column_widths(natural, Some(90));
        assert_eq!(w.iter().sum::<usize>() + GAP * 5, 90, "{w:?}");
        assert!(w[5] >= MIN_TITLE, "{w:?}");
        assert_eq!(&w[..3], &natural[..3], "id, status and due are never cut");
        let w = column_widths([6, 14, 20, 10, 10, 60], Some(100));
        assert_eq!(w, [6, 14, 20, 10, 10, 30]);
    }

    #[test]
    fn the_last_column_takes_what_the_others_leave() {
        assert_eq!(last_takes_rest([6, 8, 10, 70], None), [6, 8, 10, 70]);
        assert_eq!(last_takes_rest([6, 8, 10, 70], Some(60)), [6, 8, 10, 30]);
        assert_eq!(last_takes_rest([6, 8, 10, 20], Some(200)), [6, 8, 10, 20]);
        assert_eq!(
            last_takes_rest([40, 8, 10, 70], Some(60)),
            [40, 8, 10, MIN_TITLE]
        );
    }
}
