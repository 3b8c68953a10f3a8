//! The rows a search matches, as one bit per row: at 100,000 rows that is
//! 12.5 KB to clear and fill at each typed character, where a list of row
//! numbers grew to 800 KB (and the first search paid for every page).

/// Row positions (into the view's rows) that match the search, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matches {
    bits: Vec<u64>,
    count: usize,
}

impl Matches {
    /// The rows whose flag is true, the flags in row order.
    pub fn of(flags: impl Iterator<Item = bool>) -> Matches {
        let rows = flags.size_hint().0;
        let (mut bits, mut count) = (Vec::with_capacity(rows.div_ceil(64)), 0);
        let (mut word, mut bit) = (0u64, 0);
        for f in flags {
            word |= u64::from(f) << bit;
            bit += 1;
            if bit == 64 {
                count += word.count_ones() as usize;
                bits.push(word);
                (word, bit) = (0, 0);
            }
        }
        if word != 0 {
            count += word.count_ones() as usize;
            bits.push(word);
        }
        // No words of nothing at the end: equal sets, equal bits.
        while bits.last() == Some(&0) {
            bits.pop();
        }
        Matches { bits, count }
    }

    /// No row matches.
    pub fn clear(&mut self) {
        self.bits.clear();
        self.count = 0;
    }

    /// How many rows match.
    pub fn len(&self) -> usize {
        self.count
    }

    /// True when no row matches.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// True when `row` matches.
    pub fn contains(&self, row: usize) -> bool {
        self.bits
            .get(row / 64)
            .is_some_and(|w| w & (1 << (row % 64)) != 0)
    }

    /// Where `row` comes among the matches (0 for the first), if it matches.
    pub fn position(&self, row: usize) -> Option<usize> {
        if !self.contains(row) {
            return None;
        }
        let (word, bit) = (row / 64, row % 64);
        let before: u32 = self.bits[..word].iter().map(|w| w.count_ones()).sum();
        let below = (self.bits[word] & ((1u64 << bit) - 1)).count_ones();
        Some((before + below) as usize)
    }

    /// The matching rows, in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        self.bits.iter().enumerate().flat_map(|(n, &w)| {
            let bits = (0..64).filter(move |b| w & (1 << b) != 0);
            bits.map(move |b| n * 64 + b)
        })
    }

    /// The first matching row at or after `row`.
    pub fn at_or_after(&self, row: usize) -> Option<usize> {
        let (mut word, bit) = (row / 64, row % 64);
        let mut w = self.bits.get(word)? & (u64::MAX << bit);
        loop {
            if w != 0 {
                return Some(word * 64 + w.trailing_zeros() as usize);
            }
            word += 1;
            w = *self.bits.get(word)?;
        }
    }

    /// The last matching row before `row`.
    pub fn before(&self, row: usize) -> Option<usize> {
        if row == 0 {
            return None;
        }
        let last = row - 1;
        let (mut word, mut bit) = (last / 64, last % 64);
        if word >= self.bits.len() {
            (word, bit) = (self.bits.len().checked_sub(1)?, 63);
        }
        let mut w = self.bits[word] & (u64::MAX >> (63 - bit));
        loop {
            if w != 0 {
                return Some(word * 64 + 63 - w.leading_zeros() as usize);
            }
            word = word.checked_sub(1)?;
            w = self.bits[word];
        }
    }

    /// The first matching row.
    pub fn first(&self) -> Option<usize> {
        self.at_or_after(0)
    }

    /// The last matching row.
    pub fn last(&self) -> Option<usize> {
        self.before(self.bits.len() * 64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_matches_set_answers_as_the_sorted_list_of_its_rows() {
        let rows = [0, 5, 63, 64, 65, 200, 1000, 1023];
        let mut m = Matches::of((0..1030).map(|r| rows.contains(&r)));
        assert_eq!(m.len(), rows.len());
        assert_eq!(Matches::of((0..64).map(|_| true)).len(), 64, "a whole word");
        let few = |n| Matches::of((0..n).map(|r| r == 3));
        assert_eq!(few(10), few(1000), "the same rows, whatever follows them");
        assert_eq!(m.iter().collect::<Vec<_>>(), rows);
        assert_eq!((m.first(), m.last()), (Some(0), Some(1023)));
        for probe in 0..1100 {
            let sorted = rows.binary_search(&probe);
            assert_eq!(m.position(probe), sorted.ok(), "position {probe}");
            assert_eq!(m.contains(probe), sorted.is_ok());
            let after = rows.iter().copied().find(|&r| r >= probe);
            assert_eq!(m.at_or_after(probe), after, "at or after {probe}");
            let before = rows.iter().copied().rev().find(|&r| r < probe);
            assert_eq!(m.before(probe), before, "before {probe}");
        }
        m.clear();
        assert!(m.is_empty() && m.first().is_none() && m.last().is_none());
        assert_eq!(m.before(10), None);
    }
}
