//! `followup report --all`: the minutes of every committee of the portfolio
//! in one document, a section each, in the portfolio's order: Markdown
//! sections one after the other, one HTML file with a table of contents,
//! one CSV table with a committee column, a JSON array of `{"committee",
//! "report"}`.

use super::super::report::{Format, ReportArgs, ReportOf, covered, finish, readers, write_report};
use super::super::{Env, Failure, Printed};
use super::{Committee, load_all, members};
use crate::report::{Part, Reader};
use crate::tr;
use std::io::{BufWriter, Write};
use std::path::Path;

pub fn report(named: Option<&Path>, a: ReportArgs, env: &Env) -> Printed {
    let loaded = load_all(members(named, env)?, env)?;
    let done = if a.brief {
        super::super::brief::brief_all(&loaded.committees, &a, env)
    } else {
        reports(&loaded.committees, &a, env)
    };
    loaded.finish(done, env)
}

/// Every readable committee's report, one after the other, on standard output.
fn reports(committees: &[Committee], a: &ReportArgs, env: &Env) -> Printed {
    let cat = env.cat();
    let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = match a.format {
        Format::Csv => csv(committees, a, env, &mut out)?,
        Format::Json => json(committees, a, env, &mut out)?,
        Format::Html => html(committees, a, env, &mut out)?,
        _ => markdown(committees, a, env, &mut out)?,
    };
    finish(cat, written.and_then(|()| out.flush()))
}

/// One committee's report, written to memory.
fn one(c: &Committee, a: &ReportArgs, env: &Env) -> Result<std::io::Result<Vec<u8>>, Failure> {
    let mut buf = Vec::new();
    let readers = readers(a, env, &c.ledger)?;
    let today = env.today(&c.ledger);
    let written = write_report(
        ReportOf::new(&c.store, &c.ledger),
        today,
        a,
        readers,
        env,
        &mut buf,
    )?;
    Ok(written.map(|()| buf))
}

/// One HTML document: a table of contents, then each committee's minutes
/// as `report --format html` writes them (charts included), in the
/// reader's language.
fn html(
    committees: &[Committee],
    a: &ReportArgs,
    env: &Env,
    out: &mut impl Write,
) -> Result<std::io::Result<()>, Failure> {
    let cat = env.cat();
    let covered = committees
        .iter()
        .map(|c| {
            covered(
                ReportOf::new(&c.store, &c.ledger),
                env.today(&c.ledger),
                a,
                env,
                true,
            )
        })
        .collect::<Result<Vec<_>, _>>()?;
    let parts = committees
        .iter()
        .zip(&covered)
        .map(|(c, covered)| Part {
            name: &c.name,
            ledger: &c.ledger,
            period: covered.period(),
            reader: Reader::new(cat, env.audience(&c.ledger)),
        })
        .collect();
    Ok(crate::report::html_all(cat, parts, out))
}

/// Each committee's minutes, a horizontal rule between two.
fn markdown(
    committees: &[Committee],
    a: &ReportArgs,
    env: &Env,
    out: &mut impl Write,
) -> Result<std::io::Result<()>, Failure> {
    for (i, c) in committees.iter().enumerate() {
        if i > 0
            && let Err(e) = out.write_all(b"\n---\n\n")
        {
            return Ok(Err(e));
        }
        let written = one(c, a, env)?.and_then(|text| out.write_all(&text));
        if written.is_err() {
            return Ok(written);
        }
    }
    Ok(Ok(()))
}

/// `[{"committee": NAME, "report": REPORT}, …]`, each report as `report
/// --format json` writes it.
fn json(
    committees: &[Committee],
    a: &ReportArgs,
    env: &Env,
    out: &mut impl Write,
) -> Result<std::io::Result<()>, Failure> {
    let mut parts = Vec::new();
    for c in committees {
        let text = match one(c, a, env)? {
            Ok(t) => t,
            Err(e) => return Ok(Err(e)),
        };
        let name = serde_json::to_string(&c.name).expect("a string serializes");
        let report = String::from_utf8_lossy(&text).trim_end().to_owned();
        parts.push(format!("{{\"committee\": {name}, \"report\": {report}}}"));
    }
    Ok(writeln!(out, "[\n{}\n]", parts.join(",\n")))
}

/// One CSV table: a committee column first, then `report --format csv`'s
/// columns, its header once.
fn csv(
    committees: &[Committee],
    a: &ReportArgs,
    env: &Env,
    out: &mut impl Write,
) -> Result<std::io::Result<()>, Failure> {
    let mut w = ::csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    let mut headed = false;
    for c in committees {
        let text = match one(c, a, env)? {
            Ok(t) => t,
            Err(e) => return Ok(Err(e)),
        };
        let mut rows = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_slice());
        for (n, row) in rows.records().enumerate() {
            let row = row.map_err(|e| Failure::system(e.to_string()))?;
            if n == 0 && std::mem::replace(&mut headed, true) {
                continue;
            }
            let first = match n {
                0 => tr!(env.cat(), "portfolio-col-committee"),
                _ => crate::report::csv_cell(&c.name).into_owned(),
            };
            w.write_record(std::iter::once(first.as_str()).chain(row.iter()))
                .map_err(|e| Failure::system(e.to_string()))?;
        }
    }
    let bytes = w.into_inner().map_err(|e| Failure::system(e.to_string()))?;
    Ok(out.write_all(&bytes))
}
