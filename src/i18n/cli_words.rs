//! Words of the command line that come from typed values: counts, labels.

use super::Catalog;
