//! How `followup list` prints its tables: as wide as the terminal when it
//! prints to one, no limit when piped or with `--wide`; the last column
//! (the title, the original to translate) is the first cut, then the other
//! long texts, then the rows shortened (a deadline without how far off it
//! is), then the long texts cut further; ids, statuses and deadlines never.

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
/// The narrowest a shortened owners or workstream column gets while
/// another column can still give way.
pub const MIN_TEXT: usize = 12;
/// The narrowest a shortened title gets while another column can still
/// give way.
pub const MIN_TITLE: usize = 10;
/// The narrowest any column that gives way gets.
const FLOOR: usize = 6;

/// A column that gives way when a table is wider than the terminal, and
/// the width it keeps while another can still give way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cut {
    pub column: usize,
    pub keeps: usize,
}

/// How `list`'s six columns (id, status, due, owners, workstream, title)
/// give way: the title first, then owners, then workstream.
pub const LIST_CUTS: [Cut; 3] = [
    Cut {
        column: 5,
        keeps: MIN_TITLE,
    },
    Cut {
        column: 3,
        keeps: MIN_TEXT,
    },
    Cut {
        column: 4,
        keeps: MIN_TEXT,
    },
];

/// The width of a table of columns `w`, the gaps between them included.
fn total(w: &[usize]) -> usize {
    w.iter().sum::<usize>() + GAP * w.len().saturating_sub(1)
}

/// The widths when each column of `cuts` in turn gives way, as far as it
/// must, down to what it keeps.
fn kept_widths<const N: usize>(natural: [usize; N], limit: usize, cuts: &[Cut]) -> [usize; N] {
    let mut w = natural;
    for c in cuts {
        let over = total(&w).saturating_sub(limit);
        let keeps = c.keeps.min(natural[c.column]);
        w[c.column] = w[c.column].saturating_sub(over).max(keeps);
    }
    w
}

/// The widths of a table's columns given each one's natural (widest cell)
/// width and the `limit`: unchanged when everything fits; else the columns
/// of `cuts` give way in turn down to what they keep and, when that is not
/// enough, the widest of them a column at a time down to a few columns.
/// The other columns (ids, statuses, deadlines) are never cut.
pub fn column_widths<const N: usize>(
    natural: [usize; N],
    limit: Option<usize>,
    cuts: &[Cut],
) -> [usize; N] {
    let Some(limit) = limit else {
        return natural;
    };
    let mut w = kept_widths(natural, limit, cuts);
    while total(&w) > limit {
        // The widest; of equals, the first to give way.
        let widest = cuts
            .iter()
            .rev()
            .map(|c| c.column)
            .filter(|&c| w[c] > FLOOR)
            .max_by_key(|&c| w[c]);
        match widest {
            Some(c) => w[c] -= 1,
            None => break,
        }
    }
    w
}

/// The widths of `rows` under `head` in `limit`, as [`column_widths`]
/// cuts them; when the columns that give way cannot make room enough while
/// keeping what they keep, each row is first shortened by `shorten` (given
/// the row's index), before any column is cut further.
pub fn fit_rows<const N: usize>(
    head: &[String; N],
    rows: &mut [[String; N]],
    limit: Option<usize>,
    cuts: &[Cut],
    mut shorten: impl FnMut(usize, &mut [String; N]),
) -> [usize; N] {
    let mut natural = natural_widths(head, rows);
    if let Some(limit) = limit
        && total(&kept_widths(natural, limit, cuts)) > limit
    {
        for (n, row) in rows.iter_mut().enumerate() {
            shorten(n, row);
        }
        natural = natural_widths(head, rows);
    }
    column_widths(natural, limit, cuts)
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
        assert_eq!(column_widths(natural, None, &LIST_CUTS), natural);
        assert_eq!(column_widths(natural, Some(500), &LIST_CUTS), natural);
        let w = column_widths(natural, Some(90), &LIST_CUTS);
        assert_eq!(w.iter().sum::<usize>() + GAP * 5, 90, "{w:?}");
        assert!(w[5] >= MIN_TITLE, "{w:?}");
        assert_eq!(&w[..3], &natural[..3], "id, status and due are never cut");
        assert_eq!(w, [6, 14, 20, 12, 18, 10], "the title first, then owners");
        let w = column_widths([6, 14, 20, 10, 10, 60], Some(100), &LIST_CUTS);
        assert_eq!(w, [6, 14, 20, 10, 10, 30]);
    }

    #[test]
    fn when_keeping_is_not_enough_the_widest_gives_way_down_to_a_floor() {
        // Korean at 80 columns: a deadline of 25, owners and workstream long.
        let w = column_widths([6, 9, 25, 30, 20, 60], Some(80), &LIST_CUTS);
        assert_eq!(total(&w), 80, "{w:?}");
        assert_eq!(&w[..3], &[6, 9, 25], "never cut");
        assert!(
            w[3..].iter().all(|c| *c >= FLOOR && *c <= MIN_TEXT),
            "{w:?}"
        );
        // Nothing left to cut: as narrow as it gets, wider than the limit.
        let w = column_widths([6, 9, 60, 30, 20, 60], Some(80), &LIST_CUTS);
        assert_eq!(w, [6, 9, 60, FLOOR, FLOOR, FLOOR]);
    }

    #[test]
    fn rows_are_shortened_before_columns_go_below_what_they_keep() {
        let head = ["ID", "S", "DUE", "OWNERS", "WS", "TITLE"].map(String::from);
        let long = "2026-11-13 (10 days overdue) ↻1";
        let row = [
            "JC2-03",
            "open",
            long,
            &"o".repeat(30),
            &"w".repeat(30),
            &"t".repeat(60),
        ]
        .map(String::from);
        let shorten = |_: usize, r: &mut [String; 6]| r[2] = "2026-11-13 ↻1".into();
        let mut rows = vec![row.clone()];
        let w = fit_rows(&head, &mut rows, Some(120), &LIST_CUTS, shorten);
        assert_eq!(rows[0][2], long, "room enough: the deadline whole");
        assert_eq!(total(&w), 120);
        let w = fit_rows(&head, &mut rows, Some(80), &LIST_CUTS, shorten);
        assert_eq!(rows[0][2], "2026-11-13 ↻1", "no room: the deadline short");
        assert_eq!(w, [6, 4, 13, 12, 25, 10]);
        let mut rows = vec![row];
        fit_rows(&head, &mut rows, None, &LIST_CUTS, shorten);
        assert_eq!(rows[0][2], long, "no limit: nothing shortened");
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
