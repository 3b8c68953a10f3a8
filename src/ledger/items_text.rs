//! A list of items as indented JSON, written a piece at a time into a
//! buffer (memory stays about one piece's) and, when there are many, on two
//! threads: the calling thread writes every other piece of the list as it
//! serializes it, a second thread serializes the pieces between into buffers
//! it hands over in order. The bytes are those of one thread (`write_json`).
//!
//! The canonical text (`check`'s comparison, saves) and `list --json` spend
//! a third of their time serializing items.

#[cfg(test)]
use super::codec::write_json;
use super::codec::write_json_at;
use super::model::Item;
use crate::base::cores::{spawn_beside, two_cores};
use std::borrow::Borrow;
use std::io::{self, Write};
use std::sync::mpsc;

/// Items per piece (some 80 KB of text): few hand-overs between threads.
const PIECE: usize = 128;

/// Lists shorter than this are written on one thread: a second one would
/// cost more to start than it saves.
const TWO_THREADS_FROM: usize = 4 * PIECE;

/// True when a list of `n` items is written on two threads (and the
/// machine has two cores).
fn worth_two_threads(n: usize) -> bool {
    n >= TWO_THREADS_FROM && two_cores()
}

/// Writes `items` as [`super::write_json`] writes the list (`list --json`):
/// the same bytes, serialized on two threads when there are many.
pub fn write_items_json<W: Write, T: Borrow<Item> + Sync>(mut w: W, items: &[T]) -> io::Result<()> {
    write_items(&mut w, items, 0)?;
    w.write_all(b"\n")
}

/// Writes `items` as the list `write_json` writes where it sits `level`
/// brackets deep (from its `[` to its `]`), on two threads when there are many.
pub(super) fn write_items<W: Write, T: Borrow<Item> + Sync>(
    w: &mut W,
    items: &[T],
    level: usize,
) -> io::Result<()> {
    if items.is_empty() {
        return w.write_all(b"[]");
    }
    w.write_all(b"[")?;
    if worth_two_threads(items.len()) {
        on_two_threads(w, items, level)?;
    } else {
        on_one_thread(w, items, level)?;
    }
    w.write_all(b"\n")?;
    w.write_all(&b" ".repeat(2 * level))?;
    w.write_all(b"]")
}

/// The items of the list, a piece at a time through one buffer.
fn on_one_thread<W: Write, T: Borrow<Item>>(
    w: &mut W,
    items: &[T],
    level: usize,
) -> io::Result<()> {
    let mut buf = Vec::new();
    for (k, piece) in items.chunks(PIECE).enumerate() {
        buf.clear();
        write_piece(&mut buf, piece, k * PIECE, level)?;
        w.write_all(&buf)?;
    }
    Ok(())
}

/// The items of the list, every other piece serialized by a second thread.
fn on_two_threads<W: Write, T: Borrow<Item> + Sync>(
    w: &mut W,
    items: &[T],
    level: usize,
) -> io::Result<()> {
    let pieces: Vec<&[T]> = items.chunks(PIECE).collect();
    std::thread::scope(|s| {
        // Serialized pieces one way, emptied buffers back for reuse.
        let (done, serialized) = mpsc::sync_channel::<Vec<u8>>(2);
        let (give_back, emptied) = mpsc::channel::<Vec<u8>>();
        let second = &pieces;
        let spawned = spawn_beside(s, "second writer", move || {
            for (k, piece) in second.iter().enumerate().skip(1).step_by(2) {
                let mut buf = emptied.try_recv().unwrap_or_default();
                buf.clear();
                if write_piece(&mut buf, piece, k * PIECE, level).is_err()
                    || done.send(buf).is_err()
                {
                    return; // the writer stopped
                }
            }
        });
        if spawned.is_err() {
            // No second thread to be had: this one writes every piece.
            return on_one_thread(w, items, level);
        }
        let mut mine = Vec::new();
        for (k, piece) in pieces.iter().enumerate() {
            if k % 2 == 0 {
                mine.clear();
                write_piece(&mut mine, piece, k * PIECE, level)?;
                w.write_all(&mine)?;
                continue;
            }
            let buf = serialized
                .recv()
                .map_err(|_| io::Error::other("the second thread stopped"))?;
            w.write_all(&buf)?;
            let _ = give_back.send(buf);
        }
        Ok::<(), io::Error>(())
    })
}

/// The items of one piece, the first being item `first` of the list, each
/// after its separator and indentation.
fn write_piece<T: Borrow<Item>>(
    out: &mut Vec<u8>,
    piece: &[T],
    first: usize,
    level: usize,
) -> io::Result<()> {
    let indent = b" ".repeat(2 * (level + 1));
    for (k, item) in piece.iter().enumerate() {
        prefetch_ahead(piece, k);
        out.extend_from_slice(if first + k == 0 { b"\n" } else { b",\n" });
        out.extend_from_slice(&indent);
        write_json_at(out, item.borrow(), level + 1)?;
    }
    Ok(())
}

/// Asks the processor to bring what the items after item `k` of `piece`
/// hold into the cache while item `k` is written, in three stages (an item,
/// then its lists, then its texts): each string is an allocation of its own,
/// apart from the others (the allocator groups them by size), and writing
/// waited for each one's first bytes (most of the time spent escaping).
fn prefetch_ahead<T: Borrow<Item>>(piece: &[T], k: usize) {
    if let Some(item) = piece.get(k + 3) {
        let at: *const Item = item.borrow();
        for line in (0..std::mem::size_of::<Item>()).step_by(64) {
            touch(at.cast::<u8>().wrapping_add(line));
        }
    }
    if let Some(item) = piece.get(k + 2) {
        let item = item.borrow();
        touch(item.owners.as_ptr().cast());
        touch(item.tags.as_ptr().cast());
        touch(item.notes.as_ptr().cast());
    }
    if let Some(item) = piece.get(k + 1) {
        let item = item.borrow();
        for s in [&item.id, &item.title, &item.workstream, &item.meeting] {
            touch(s.as_ptr());
        }
        for s in item.owners.iter().chain(&item.tags) {
            touch(s.as_ptr());
        }
        for n in &item.notes {
            touch(n.author.as_ptr());
            touch(n.text.as_ptr());
        }
    }
}

/// A hint to fetch the cache line at `p`: no read, no fault, any address.
fn touch(p: *const u8) {
    // SAFETY: a prefetch reads nothing and faults on no address; SSE is
    // part of every x86_64 processor.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p.cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::ledger::parse_ledger;

    /// `n` items as hostile as a file may hold: escapes, control characters,
    /// U+2028, astral characters, unknown fields with big numbers, nesting.
    pub(in crate::ledger) fn hostile(n: usize) -> Vec<Item> {
        let mut text = String::from(r#"{"format": "followup/1", "items": ["#);
        for k in 0..n {
            if k > 0 {
                text.push(',');
            }
            text.push_str(&format!(
                r#"{{"id": "H-{k}", "title": "t\"\\\u0001\u2028\ud83d\ude00 {k} é", "status": "open",
                "x_big": 123456789012345678901234567890.000000000000000000001,
                "x_nest": {{"a": [[], {{}}, [1, {{"b": [-0.0, 1e400, "\u001f"]}}]], "e": {{}}}}}}"#
            ));
        }
        text.push_str("]}");
        parse_ledger(text.as_bytes())
            .expect("a hostile but valid ledger")
            .items
    }

    #[test]
    fn two_threads_write_the_bytes_of_one() {
        for n in [
            0,
            1,
            PIECE,
            PIECE + 1,
            TWO_THREADS_FROM,
            3 * TWO_THREADS_FROM + 5,
        ] {
            let items = hostile(n);
            let refs: Vec<&Item> = items.iter().collect();
            let mut one = Vec::new();
            write_json(&mut one, &refs).unwrap();
            let mut two = Vec::new();
            write_items(&mut two, &items, 0).unwrap();
            two.push(b'\n');
            assert_eq!(
                String::from_utf8(two).unwrap(),
                String::from_utf8(one.clone()).unwrap()
            );
            let mut listed = Vec::new();
            write_items_json(&mut listed, &refs).unwrap();
            assert_eq!(listed, one, "{n} items");
        }
    }

    #[test]
    fn a_writer_that_stops_stops_both_threads() {
        struct Full(usize);
        impl Write for Full {
            fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
                if self.0 < buf.len() {
                    return Err(io::ErrorKind::BrokenPipe.into());
                }
                self.0 -= buf.len();
                Ok(buf.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let items = hostile(3 * TWO_THREADS_FROM);
        let got = write_items(&mut Full(100_000), &items, 0);
        assert_eq!(got.unwrap_err().kind(), io::ErrorKind::BrokenPipe);
    }
}
