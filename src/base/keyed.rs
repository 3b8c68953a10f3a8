//! Maps and sets keyed by what a ledger holds (item ids, meeting ids,
//! workstreams, deadlines) where every item of a ledger passes through
//! them: hashed with foldhash, seeded afresh in each process, rather than
//! the standard library's SipHash (a tenth of a report's time at 100,000
//! items). The keys come from the other capital through git, but it only
//! sends them: it never sees how long a look-up took, nor in what order a
//! map holds its keys, so it cannot learn the seed of a process (even the
//! long-lived dashboard) to collide keys. For that to stay true, nothing
//! is written in the order of these maps: whatever reaches a screen, a
//! file or git is taken in the ledger's order, or sorted.

/// A hash map keyed by what a ledger holds.
pub type LedgerMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// A hash set of what a ledger holds.
pub type LedgerSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;
