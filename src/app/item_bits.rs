//! Which items a search found: one bit per item, 64 items to a word (at
//! 100,000 items, 12.5 KB to write and read rather than 100 KB of flags).

/// One bit per item, in item order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemBits {
    words: Vec<u64>,
    len: usize,
}

impl ItemBits {
    /// No items yet, room for `items`.
    pub fn with_capacity(items: usize) -> ItemBits {
        ItemBits {
            words: Vec::with_capacity(items.div_ceil(64)),
            len: 0,
        }
    }

    /// How many items it holds a bit for.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when it holds no item's bit.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether item `i` was found (false past the end).
    pub fn get(&self, i: usize) -> bool {
        i < self.len && self.words[i / 64] >> (i % 64) & 1 == 1
    }

    /// How many items were found.
    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Appends the bits of the next `n` items (at most 64): the low `n`
    /// bits of `word` (any higher ones are let be).
    pub fn push_word(&mut self, word: u64, n: usize) {
        debug_assert!(n <= 64, "{n} bits");
        if n == 0 {
            return;
        }
        let word = if n < 64 { word & ((1 << n) - 1) } else { word };
        let s = self.len % 64;
        if s == 0 {
            self.words.push(word);
        } else {
            let last = self.words.len() - 1;
            self.words[last] |= word << s;
            if s + n > 64 {
                self.words.push(word >> (64 - s));
            }
        }
        self.len += n;
    }

    /// Appends `more`'s bits.
    pub fn extend(&mut self, more: &ItemBits) {
        let mut left = more.len;
        for &w in &more.words {
            let n = left.min(64);
            self.push_word(w, n);
            left -= n;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bits appended at every offset read back as the flags they were.
    #[test]
    fn words_appended_at_any_offset_read_back_in_item_order() {
        let flags: Vec<bool> = (0..300).map(|i| i % 3 == 0 || i % 7 == 0).collect();
        for first in [0, 1, 63, 64, 65, 130] {
            let mut bits = ItemBits::with_capacity(flags.len());
            for (i, f) in flags[..first].iter().enumerate() {
                bits.push_word(u64::from(*f), 1);
                assert_eq!(bits.len(), i + 1);
            }
            let mut rest = ItemBits::default();
            // No bits appended (at a word's start).
            rest.push_word(!0, 0);
            for chunk in flags[first..].chunks(64) {
                let word = chunk
                    .iter()
                    .enumerate()
                    .fold(0u64, |w, (k, f)| w | u64::from(*f) << k);
                // The bits past the chunk's end set: left out.
                let past = if chunk.len() < 64 {
                    !0 << chunk.len()
                } else {
                    0
                };
                rest.push_word(word | past, chunk.len());
            }
            bits.extend(&rest);
            assert_eq!(bits.len(), flags.len(), "from {first}");
            let read: Vec<bool> = (0..flags.len()).map(|i| bits.get(i)).collect();
            assert_eq!(read, flags, "from {first}");
            assert_eq!(bits.count(), flags.iter().filter(|f| **f).count());
            assert!(!bits.get(flags.len()));
        }
    }
}
