//! A file's fingerprint as a read takes it: whether it is taken, and what
//! it is (the store keeps it as a [`super::store::Fingerprint`]).

/// The length and XXH3-64 hash of some bytes.
pub(super) type Print = (u64, u64);

/// Whether a read takes the fingerprint of what it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fingerprints {
    Taken,
    Not,
}
