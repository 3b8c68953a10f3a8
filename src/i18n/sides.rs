//! Words for the sides of a merge conflict.

use super::Catalog;
use crate::sync::sides::{Origin, SideName};
use crate::tr;

impl Catalog {
    /// A side as people know it: `INADEM, Mexico (this clone)`,
    /// `SMBA, Seoul (origin/main)`.
    pub fn side_name(&self, s: &SideName) -> String {
        match (&s.author, &s.origin) {
            (Some(a), Origin::ThisClone) => tr!(self, "side-this-clone", author = a.as_str()),
            (None, Origin::ThisClone) => tr!(self, "side-this-clone-uncommitted"),
            (Some(a), Origin::Incoming(from)) => {
                tr!(
                    self,
                    "side-incoming",
                    author = a.as_str(),
                    from = from.as_str()
                )
            }
            (None, Origin::Incoming(from)) => {
                tr!(self, "side-incoming-unknown", from = from.as_str())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, catalog};

    #[test]
    fn sides_read_as_people_and_places() {
        let ours = SideName {
            author: Some("INADEM, Mexico".into()),
            origin: Origin::ThisClone,
        };
        let theirs = SideName {
            author: Some("SMBA, Seoul".into()),
            origin: Origin::Incoming("origin/main".into()),
        };
        let en = catalog(Lang::En);
        assert_eq!(en.side_name(&ours), "INADEM, Mexico (this clone)");
        assert_eq!(en.side_name(&theirs), "SMBA, Seoul (origin/main)");
        assert_eq!(
            catalog(Lang::Es).side_name(&ours),
            "INADEM, Mexico (versión local)"
        );
        assert_eq!(
            catalog(Lang::Ko).side_name(&theirs),
            "SMBA, Seoul (origin/main)"
        );
    }
}
