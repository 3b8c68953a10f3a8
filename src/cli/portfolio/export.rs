//! `followup export --all --format ics`: one calendar of every committee's
//! open deadlines and coming meetings, each event with the UID its own
//! committee's calendar gives it.

use super::super::interchange::{ExportArgs, SheetFormat, Written, same_file, write_replacing};
use super::super::{Env, Failure, Printed, shown};
use super::{Committee, load_all, members};
use crate::outreach::ics::{Feed, feed_items, feed_meetings, write_portfolio_calendar};
use crate::tr;
use std::io::Write;
use std::path::Path;

pub fn export(named: Option<&Path>, a: ExportArgs, env: &Env) -> Printed {
    let cat = env.cat();
    if !matches!(a.format, SheetFormat::Ics) {
        return Err(Failure::usage(tr!(cat, "portfolio-export-ics-only")));
    }
    let loaded = load_all(members(named, env)?, env)?;
    loaded.finish(calendar(&loaded.committees, a, env), env)
}

/// One calendar of the committees that could be read.
fn calendar(committees: &[Committee], a: ExportArgs, env: &Env) -> Printed {
    let cat = env.cat();
    let feeds: Vec<Feed> = committees
        .iter()
        .map(|c| Feed {
            ledger: &c.ledger,
            today: env.today(&c.ledger),
            committee: Some(&c.name),
        })
        .collect();
    let write = |out: &mut dyn Write| {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
        let asked = (env.lang, env.reading);
        write_portfolio_calendar(&mut out, &feeds, a.owner.as_deref(), asked)
            .and_then(|()| out.flush())
    };
    let output = a.output.as_deref().filter(|p| *p != Path::new("-"));
    let Some(path) = output else {
        return write(&mut std::io::stdout().lock()).map_err(|e| Failure::system(cat.io_error(&e)));
    };
    let path_shown = shown(path);
    if committees.iter().any(|c| same_file(path, c.store.path())) {
        return Err(Failure::usage(tr!(
            cat,
            "exp-err-ledger",
            path = path_shown
        )));
    }
    write_replacing(path, |f| {
        write(f).map_err(|e| Failure::system(cat.io_error(&e)))
    })
    .map_err(|e| match e {
        Written::Io(e) => Failure::system(tr!(
            cat,
            "exp-err-write",
            path = path_shown.clone(),
            error = cat.io_error(&e)
        )),
        Written::Failed(f) => f,
    })?;
    let deadlines: usize = feeds
        .iter()
        .map(|f| feed_items(f.ledger, a.owner.as_deref()).count())
        .sum();
    let meetings: usize = feeds
        .iter()
        .map(|f| feed_meetings(f.ledger, f.today).count())
        .sum();
    let said = tr!(cat, "exp-written-events", path = path_shown, n = deadlines);
    let said = match meetings {
        0 => said,
        n => tr!(cat, "exp-written-meetings", said = said, n = n),
    };
    eprintln!(
        "{}",
        tr!(cat, "portfolio-written", said = said, n = feeds.len())
    );
    Ok(())
}
