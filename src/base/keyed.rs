//! Maps and sets keyed by what a ledger holds (item ids, meeting ids,
//! workstreams, deadlines) where every item of a ledger passes through
//! them: hashed with foldhash, seeded afresh in each process, rather than
//! the standard library's SipHash (a tenth of a report's time at 100,000
//! items). The keys come from another capital through git, but no one
//! watches a process that lives a second closely enough to learn its seed
//! and collide its keys.

/// A hash map keyed by what a ledger holds.
pub type LedgerMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// A hash set of what a ledger holds.
pub type LedgerSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;
