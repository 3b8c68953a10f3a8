//! The parties of a committee as records (name, country, time zone, working
//! language) and the committee's closure rule. A party written as a plain
//! string (the older form) is read as a record with only a name (the codec
//! is in `party_codec.rs`).

use super::extra::Extra;
use crate::base::lang::Lang;
use chrono_tz::Tz;

/// One party of the committee: who it is, where, and the clock and language it works in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Party {
    /// The name items and the user's `party` setting use (`"SMBA (Korea)"`).
    pub name: String,
    /// The country, as the committee writes it; empty when unknown.
    pub country: String,
    /// The capital's time zone, when known.
    pub zone: Option<Tz>,
    /// The party's working language, when known.
    pub language: Option<Lang>,
    pub extra: Extra,
}

impl Party {
    /// A party known only by its name.
    pub fn named(name: impl Into<String>) -> Party {
        Party {
            name: name.into(),
            ..Party::default()
        }
    }

    /// True when the record holds nothing but the name (written as a string).
    pub(super) fn is_bare(&self) -> bool {
        self.country.is_empty()
            && self.zone.is_none()
            && self.language.is_none()
            && self.extra.is_empty()
    }
}

/// Who must agree before an item stays closed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Closure {
    /// Either party closes an item on its own (the default).
    #[default]
    Either,
    /// An item one party closes awaits the other party's confirmation.
    Both,
}

impl Closure {
    /// The value the file and the command line use.
    pub fn as_str(self) -> &'static str {
        match self {
            Closure::Either => "either",
            Closure::Both => "both",
        }
    }

    /// Reads `either` or `both`.
    pub fn parse(s: &str) -> Option<Closure> {
        match s {
            "either" => Some(Closure::Either),
            "both" => Some(Closure::Both),
            _ => None,
        }
    }
}

/// Reads an IANA time zone name (`Asia/Seoul`).
pub fn parse_zone(s: &str) -> Option<Tz> {
    s.parse::<Tz>().ok()
}
