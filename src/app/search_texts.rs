//! The folded search texts of a ledger's items, kept in blocks: a block
//! holds the texts of about [`BLOCK`] items one after another in one
//! string. A search runs over long stretches of text (SIMD) rather than
//! item by item, on two threads for a large ledger, and an edit rewrites
//! one block, not the whole. The block also keeps which bytes each item's
//! text holds ([`Holders`]: for each byte, the items that hold it, 64 at a
//! time): an item without one of the needle's bytes is not searched, and a
//! one-letter search is answered by those bits alone, reading one word per
//! 64 items.

use super::item_bits::ItemBits;
use crate::base::cores::{beside, two_cores};
use crate::base::fold::Needle;

/// Items per block as the texts are first laid out (a block grows or
/// shrinks as items are added or removed in it).
const BLOCK: usize = 1024;

const _: () = assert!(
    BLOCK.is_multiple_of(64),
    "a block is halved between two words of holders"
);

/// Text (in bytes) worth a second thread: below it, starting the thread
/// costs more than it saves.
const PARALLEL_BYTES: usize = 4 << 20;

/// The search texts of the items, in item order.
#[derive(Debug, Clone, Default)]
pub struct SearchTexts {
    blocks: Vec<Block>,
    len: usize,
}

/// Consecutive items' texts: item `k` of the block is
/// `text[ends[k - 1]..ends[k]]` (from 0 for the first).
#[derive(Debug, Clone, Default)]
struct Block {
    text: String,
    ends: Vec<usize>,
    /// Which bytes each item's text holds, 64 items at a time.
    holders: Vec<Holders>,
}

/// Which bytes a text holds: one bit per ASCII byte, and one per class of
/// the other bytes (by their low six bits). A text lacking one of a
/// needle's bytes cannot hold the needle; a one-byte ASCII needle is in a
/// text exactly when its bit is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Bytes([u64; 3]);

impl Bytes {
    fn of(text: &[u8]) -> Bytes {
        let mut bits = [0u64; 3];
        for &b in text {
            let bit = if b.is_ascii() {
                usize::from(b)
            } else {
                128 + usize::from(b & 63)
            };
            bits[bit / 64] |= 1 << (bit % 64);
        }
        Bytes(bits)
    }

    /// Each bit set, by its number.
    fn each(self) -> impl Iterator<Item = usize> {
        (0..3).flat_map(move |w| {
            let mut word = self.0[w];
            std::iter::from_fn(move || {
                let bit = (word != 0).then(|| word.trailing_zeros() as usize)?;
                word &= word - 1;
                Some(w * 64 + bit)
            })
        })
    }
}

/// Which of 64 consecutive items' texts hold each byte (by its bit in
/// [`Bytes`]): one bit per item.
#[derive(Debug, Clone)]
struct Holders([u64; 192]);

impl Holders {
    /// The items (of these 64) whose text holds every byte of `want`.
    fn holding(&self, want: Bytes) -> u64 {
        want.each().fold(!0, |items, bit| items & self.0[bit])
    }
}

impl Block {
    fn start(&self, k: usize) -> usize {
        if k == 0 { 0 } else { self.ends[k - 1] }
    }

    fn item(&self, k: usize) -> &str {
        &self.text[self.start(k)..self.ends[k]]
    }

    /// The block with item `k`'s text replaced by `text` (`Some`), removed
    /// (`None`), or `text` inserted before item `k` (`Insert`).
    fn rewrite(&mut self, k: usize, change: Change<'_>) {
        let texts: Vec<&str> = (0..self.ends.len()).map(|j| self.item(j)).collect();
        let mut next = Block {
            text: String::with_capacity(self.text.len() + 256),
            ends: Vec::with_capacity(texts.len() + 1),
            holders: Vec::with_capacity(texts.len() / 64 + 1),
        };
        for (j, t) in texts.iter().enumerate() {
            match change {
                Change::Insert(new) if j == k => next.push(new),
                Change::Set(new) if j == k => {
                    next.push(new);
                    continue;
                }
                Change::Remove if j == k => continue,
                _ => {}
            }
            next.push(t);
        }
        if let Change::Insert(new) = change
            && k == texts.len()
        {
            next.push(new);
        }
        *self = next;
    }

    fn push(&mut self, text: &str) {
        let k = self.ends.len();
        if k.is_multiple_of(64) {
            self.holders.push(Holders([0; 192]));
        }
        let holders = &mut self.holders[k / 64].0;
        for bit in Bytes::of(text.as_bytes()).each() {
            holders[bit] |= 1 << (k % 64);
        }
        self.text.push_str(text);
        self.ends.push(self.text.len());
    }

    /// The items from `k` (a multiple of 64) on, moved to a block of their
    /// own.
    fn split_off(&mut self, k: usize) -> Block {
        debug_assert!(
            k.is_multiple_of(64),
            "a block is split between two words of holders"
        );
        let cut = self.start(k);
        let ends = self
            .ends
            .split_off(k)
            .into_iter()
            .map(|e| e - cut)
            .collect();
        Block {
            text: self.text.split_off(cut),
            ends,
            holders: self.holders.split_off(k / 64),
        }
    }

    /// The items holding every byte of `want`, 64 at a time (the last
    /// word's bits past the block's end are clear).
    fn holding(&self, want: Bytes) -> impl Iterator<Item = u64> + '_ {
        self.holders.iter().map(move |h| h.holding(want))
    }

    /// Appends to `hits` a bit for each item of the block: whether its
    /// text holds `needle`.
    fn search(&self, needle: &Needle, hits: &mut ItemBits) {
        let n = self.ends.len();
        let Some(finder) = needle.plain() else {
            for g in (0..n).step_by(64) {
                let m = (n - g).min(64);
                let word = (0..m).fold(0u64, |w, k| {
                    w | u64::from(needle.found_in_folded(self.item(g + k))) << k
                });
                hits.push_word(word, m);
            }
            return;
        };
        let want = Bytes::of(finder.needle());
        let one_letter = matches!(finder.needle(), [b] if b.is_ascii());
        if !one_letter {
            let candidates: u32 = self.holding(want).map(u64::count_ones).sum();
            if candidates as usize * 2 > n {
                self.search_through(finder, hits);
                return;
            }
        }
        for (g, mut items) in self.holding(want).enumerate() {
            if !one_letter {
                let mut found = 0;
                while items != 0 {
                    let k = items.trailing_zeros();
                    items &= items - 1;
                    let text = self.item(g * 64 + k as usize).as_bytes();
                    if finder.find(text).is_some() {
                        found |= 1 << k;
                    }
                }
                items = found;
            }
            hits.push_word(items, (n - g * 64).min(64));
        }
    }

    /// [`Block::search`] through the whole text at once, for a needle
    /// whose bytes most items hold.
    fn search_through(&self, finder: &memchr::memmem::Finder<'_>, hits: &mut ItemBits) {
        let (hay, n) = (self.text.as_bytes(), finder.needle().len());
        let mut words = vec![0u64; self.ends.len().div_ceil(64)];
        let (mut from, mut k) = (0, 0);
        while let Some(at) = finder.find(&hay[from..]).map(|at| from + at) {
            // The item the match starts in: found in order, so walked to.
            while k < self.ends.len() && self.ends[k] <= at {
                k += 1;
            }
            if k == self.ends.len() {
                break;
            }
            if at + n <= self.ends[k] {
                words[k / 64] |= 1 << (k % 64);
                from = self.ends[k];
            } else {
                // Found across two items' texts: not a match; look on.
                from = at + 1;
            }
        }
        let mut left = self.ends.len();
        for w in words {
            hits.push_word(w, left.min(64));
            left -= left.min(64);
        }
    }
}

/// How one item's text changes.
#[derive(Clone, Copy)]
enum Change<'a> {
    Set(&'a str),
    Insert(&'a str),
    Remove,
}

impl SearchTexts {
    /// How many items' texts are held.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Adds the next item's text.
    pub fn push(&mut self, text: &str) {
        match self.blocks.last_mut() {
            Some(b) if b.ends.len() < BLOCK => b.push(text),
            _ => {
                let mut b = Block::default();
                b.push(text);
                self.blocks.push(b);
            }
        }
        self.len += 1;
    }

    /// Replaces item `i`'s text.
    pub fn set(&mut self, i: usize, text: &str) {
        self.change(i, Change::Set(text));
    }

    /// Inserts a text before item `i` (at the end when `i` is the length).
    pub fn insert(&mut self, i: usize, text: &str) {
        if i == self.len {
            self.push(text);
        } else {
            self.change(i, Change::Insert(text));
            self.len += 1;
        }
    }

    /// Removes item `i`'s text.
    pub fn remove(&mut self, i: usize) {
        self.change(i, Change::Remove);
        self.len -= 1;
        self.blocks.retain(|b| !b.ends.is_empty());
    }

    fn change(&mut self, mut i: usize, change: Change<'_>) {
        for n in 0..self.blocks.len() {
            let b = &mut self.blocks[n];
            if i < b.ends.len() {
                b.rewrite(i, change);
                // Items added in one place: the block is halved, so that
                // an edit there still rewrites about [`BLOCK`] texts.
                if b.ends.len() >= 2 * BLOCK {
                    let second = b.split_off(BLOCK);
                    self.blocks.insert(n + 1, second);
                }
                return;
            }
            i -= b.ends.len();
        }
        panic!("no item {i} among the search texts");
    }

    /// For each item, whether its text holds `needle`.
    pub fn matching(&self, needle: &Needle) -> ItemBits {
        let mut hits = ItemBits::with_capacity(self.len);
        let bytes: usize = self.blocks.iter().map(|b| b.text.len()).sum();
        let half = self.blocks.len() / 2;
        // One letter is answered from the bytes' bits: no thread is worth it.
        let one_letter = needle
            .plain()
            .is_some_and(|f| matches!(f.needle(), [b] if b.is_ascii()));
        if bytes < PARALLEL_BYTES || half == 0 || one_letter || !two_cores() {
            search_blocks(&self.blocks, needle, &mut hits);
            return hits;
        }
        let (mine, theirs) = self.blocks.split_at(half);
        // The later half, searched beside the first.
        let search_theirs = || {
            let n = theirs.iter().map(|b| b.ends.len()).sum();
            let mut found = ItemBits::with_capacity(n);
            search_blocks(theirs, needle, &mut found);
            found
        };
        let ((), found) = beside(|| search_blocks(mine, needle, &mut hits), search_theirs);
        hits.extend(&found);
        hits
    }
}

/// [`Block::search`] over consecutive blocks, appending to `hits`.
fn search_blocks(blocks: &[Block], needle: &Needle, hits: &mut ItemBits) {
    for b in blocks {
        b.search(needle, hits);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(items: &[&str]) -> SearchTexts {
        let mut t = SearchTexts::default();
        for i in items {
            t.push(i);
        }
        t
    }

    fn found(t: &SearchTexts, query: &str) -> Vec<usize> {
        let hits = t.matching(&Needle::new(query));
        (0..hits.len()).filter(|&i| hits.get(i)).collect()
    }

    /// What [`found`] must say: the items whose text, searched alone,
    /// holds `query`.
    fn each_alone<S: AsRef<str>>(items: &[S], query: &str) -> Vec<usize> {
        let needle = Needle::new(query);
        (0..items.len())
            .filter(|&i| needle.found_in_folded(items[i].as_ref()))
            .collect()
    }

    #[test]
    fn a_match_lies_inside_one_item_never_across_two() {
        let t = texts(&["abc\n", "def\n", "xyzab\n", "cab\n"]);
        assert_eq!(found(&t, "ab"), [0, 2, 3]);
        assert_eq!(found(&t, "c\nd"), Vec::<usize>::new(), "across 0 and 1");
        assert_eq!(found(&t, "b\nc"), Vec::<usize>::new(), "across 2 and 3");
        assert_eq!(found(&t, "f"), [1]);
        assert_eq!(found(&t, "q"), Vec::<usize>::new());
    }

    #[test]
    fn the_bytes_bits_find_what_a_plain_search_finds() {
        // Most items without the needle's bytes (searched item by item),
        // most with them (searched through), and bytes sharing a class.
        let mut items: Vec<String> = (0..300).map(|i| format!("item {i} año\n")).collect();
        items[7] = "kia motors méxico\n".into();
        items[250] = "seúl k\n".into();
        let many: Vec<String> = (0..300).map(|i| format!("kia {i}\n")).collect();
        for items in [items, many] {
            let refs: Vec<&str> = items.iter().map(String::as_str).collect();
            let t = texts(&refs);
            for q in [
                "k", "kia", "ñ", "año", "mé", "ú", "z", "m 2", "7 a", "{", "kia 29",
            ] {
                assert_eq!(found(&t, q), each_alone(&items, q), "{q}");
            }
        }
    }

    #[test]
    fn edits_reach_the_right_item_across_blocks() {
        let n = BLOCK * 2 + 5;
        let mut t = SearchTexts::default();
        let mut plain: Vec<String> = (0..n).map(|i| format!("item {i}\n")).collect();
        for p in &plain {
            t.push(p);
        }
        let changes = [
            (0, "set"),
            (BLOCK, "insert"),
            (BLOCK - 1, "remove"),
            (n, "insert"),
        ];
        for (i, how) in changes {
            let new = format!("needle {how} {i}\n");
            match how {
                "set" => {
                    t.set(i, &new);
                    plain[i] = new;
                }
                "insert" => {
                    t.insert(i, &new);
                    plain.insert(i, new);
                }
                _ => {
                    t.remove(i);
                    plain.remove(i);
                }
            }
        }
        assert_eq!(t.len(), plain.len());
        for q in ["needle", "item 1024\n", "item 1023\n", "7"] {
            assert_eq!(found(&t, q), each_alone(&plain, q), "{q:?}");
        }
    }

    #[test]
    fn a_block_grown_by_inserts_in_one_place_is_halved() {
        let mut t = SearchTexts::default();
        let mut plain = Vec::new();
        for i in 0..2 * BLOCK + 10 {
            let text = format!("added {i}\n");
            t.insert(1.min(t.len()), &text);
            plain.insert(1.min(plain.len()), text);
        }
        assert!(t.blocks.iter().all(|b| b.ends.len() < 2 * BLOCK));
        assert_eq!(t.blocks.len(), 2, "one block of {} halved", 2 * BLOCK);
        for q in ["added 7\n", "added 2057\n", "added 0\n", "9", "7", "d"] {
            assert_eq!(found(&t, q), each_alone(&plain, q), "{q:?}");
        }
    }

    #[test]
    fn initial_consonants_and_blank_queries_search_the_blocks_as_each_item() {
        let items = ["회의록 준비\n", "중소기업 협력\n", "s-1 kia\n"];
        let t = texts(&items);
        for q in ["ㅎㅇ", "ㅈㅅㄱㅇ", "  ", "KIA", "준비\n중"] {
            assert_eq!(found(&t, q), each_alone(&items, q), "{q:?}");
        }
        assert_eq!(found(&t, "ㅎㅇ"), [0]);
        assert_eq!(found(&t, "  ").len(), 3, "a blank search finds every item");
    }

    #[test]
    fn a_large_ledger_is_searched_on_two_threads_with_the_same_answer() {
        let mut t = SearchTexts::default();
        let mut i = 0;
        while t.blocks.iter().map(|b| b.text.len()).sum::<usize>() < PARALLEL_BYTES {
            t.push(&format!(
                "s-{i} a title of some length to search {}\n",
                i % 97
            ));
            i += 1;
        }
        let needle = Needle::new("search 96\n");
        let hits = t.matching(&needle);
        let mut one_thread = ItemBits::default();
        search_blocks(&t.blocks, &needle, &mut one_thread);
        assert_eq!(hits, one_thread);
        assert_eq!(hits.len(), t.len());
        assert_eq!(hits.count(), i / 97);
        assert!(hits.get(96) && !hits.get(95) && hits.get(i - i % 97 - 1));
    }
}
