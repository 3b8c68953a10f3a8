//! `followup report --brief [--all]`: the handover brief of a committee, or
//! of every committee of the portfolio (a section each), in the reader's
//! language; Markdown or HTML (one document, a table of contents before
//! several), or JSON for scripts.

use super::portfolio::Committee;
use super::report::{Format, ReportArgs, finish};
use super::{Env, Failure, Printed};
use crate::ledger::{Ledger, Store};
use crate::report::Reader;
use crate::report::brief::{self, Brief};
use crate::tr;
use std::io::{BufWriter, Write};

/// The brief of the ledger of `store`.
pub(super) fn brief(store: &Store, a: &ReportArgs, env: &Env) -> Printed {
    let ledger = store.load()?.ledger;
    write_briefs(&[("", &ledger)], a, env)
}

/// The briefs of every committee of the portfolio.
pub(super) fn brief_all(committees: &[Committee], a: &ReportArgs, env: &Env) -> Printed {
    let ledgers: Vec<(&str, &Ledger)> = committees
        .iter()
        .map(|c| (c.name.as_str(), &c.ledger))
        .collect();
    write_briefs(&ledgers, a, env)
}

/// Writes the brief of each ledger (named in the portfolio, or `""`):
/// Markdown sections a rule apart, one HTML document, or JSON (one object,
/// or with several, an array of `{"committee", "brief"}`).
fn write_briefs(ledgers: &[(&str, &Ledger)], a: &ReportArgs, env: &Env) -> Printed {
    let cat = env.cat();
    let json = match a.format {
        Format::Markdown => false,
        Format::Json => true,
        Format::Html => return html(ledgers, env),
        Format::Csv => return Err(Failure::usage(tr!(cat, "brief-format"))),
    };
    let several = ledgers.len() > 1 || ledgers.iter().any(|(name, _)| !name.is_empty());
    let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut write = || -> std::io::Result<()> {
        if json && several {
            writeln!(out, "[")?;
        }
        for (i, (name, l)) in ledgers.iter().enumerate() {
            let b = Brief::new(l, env.today(l));
            if json {
                if several {
                    let name = serde_json::to_string(name).expect("a string serializes");
                    let comma = if i + 1 < ledgers.len() { "," } else { "" };
                    write!(out, "{{\"committee\": {name}, \"brief\": ")?;
                    brief::json(&b, &mut out)?;
                    writeln!(out, "}}{comma}")?;
                } else {
                    brief::json(&b, &mut out)?;
                }
                continue;
            }
            if i > 0 {
                writeln!(out, "\n---\n")?;
            }
            brief::markdown(&b, &Reader::new(cat, env.audience(l)), &mut out)?;
        }
        if json && several {
            writeln!(out, "]")?;
        }
        out.flush()
    };
    finish(cat, write())
}

/// The briefs as one HTML document, each committee read as its ledger's
/// languages say.
fn html(ledgers: &[(&str, &Ledger)], env: &Env) -> Printed {
    let cat = env.cat();
    let briefs: Vec<(&str, Brief, Reader)> = ledgers
        .iter()
        .map(|(name, l)| {
            (
                *name,
                Brief::new(l, env.today(l)),
                Reader::new(cat, env.audience(l)),
            )
        })
        .collect();
    let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = crate::report::brief_html(cat, &briefs, &mut out);
    finish(cat, written.and_then(|()| out.flush()))
}
