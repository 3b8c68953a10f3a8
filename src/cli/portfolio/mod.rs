//! `--all`: the commands that read, remind or sync every committee of the
//! desk's portfolio (`[[portfolio]]` in config.toml). Each ledger stays in
//! its own file and repository and is read (or synced) there, one after the
//! other; what they print names each line's committee.

mod check;
mod export;
mod list;
mod remind;
mod report;
mod sync;

pub(super) use check::check;
pub(super) use export::export;
pub(super) use list::list;
pub(super) use remind::remind;
pub(super) use report::report;
pub(super) use sync::sync;

use super::{Command, Env, Failure, Printed, shown};
use crate::ledger::{Ledger, Store};
use crate::portfolio::Member;
use crate::tr;
use std::path::Path;

/// Runs `cmd` over the portfolio when it asks for `--all`; hands it back
/// otherwise. `named` is the ledger the command line names, refused with `--all`.
pub(super) fn run_all(
    cmd: Command,
    named: Option<&Path>,
    env: &Env,
) -> Result<Printed, Box<Command>> {
    Ok(match cmd {
        Command::List(a) if a.all => list(named, a, env),
        Command::Check {
            path,
            strict,
            all: true,
        } => check(path.as_deref().or(named), strict, env),
        Command::Report(a) if a.all => report(named, a, env),
        Command::Export(a) if a.all => export(named, a, env),
        Command::Remind(a) if a.all => remind(named, a, env),
        Command::Sync(a) if a.all => sync(named, env),
        other => return Err(Box::new(other)),
    })
}

/// A committee of the portfolio with its ledger read.
pub(super) struct Committee {
    /// Its name in the portfolio (the `[[portfolio]]` entry's, or its folder's).
    pub name: String,
    pub store: Store,
    pub ledger: Ledger,
}

/// The portfolio's members for `--all`: refused beside a ledger named on
/// the command line (which one would `--all` mean?), and when the config
/// lists none or a folder holds no repository with a ledger.
pub(super) fn members(named: Option<&Path>, env: &Env) -> Result<Vec<Member>, Failure> {
    let cat = env.cat();
    if let Some(path) = named {
        return Err(Failure::usage(tr!(
            cat,
            "portfolio-all-with-ledger",
            path = shown(path)
        )));
    }
    let members = crate::portfolio::members(&env.config.portfolio)
        .map_err(|e| Failure::usage(cat.portfolio_error(&e)))?;
    if members.is_empty() {
        return Err(Failure::usage(tr!(cat, "portfolio-none-found")));
    }
    Ok(members)
}

/// The committees of the portfolio that could be read, and how many
/// could not (each said on standard error as it was met).
pub(super) struct Loaded {
    pub committees: Vec<Committee>,
    failed: usize,
    of: usize,
}

impl Loaded {
    /// True when a committee could not be read.
    pub fn incomplete(&self) -> bool {
        self.failed > 0
    }

    /// How the command ends once `done` wrote the rest: its own failure,
    /// else exit 2 saying how many committees were left out.
    pub fn finish(&self, done: Printed, env: &Env) -> Printed {
        done?;
        if !self.incomplete() {
            return Ok(());
        }
        let said = tr!(
            env.cat(),
            "portfolio-read-failed",
            failed = self.failed,
            n = self.of
        );
        Err(Failure::with_code(2, said))
    }
}

/// Reads every member's ledger, in the portfolio's order; one that cannot
/// be read is said on standard error, its committee named, and the others
/// are still read. Fails when none can be.
pub(super) fn load_all(members: Vec<Member>, env: &Env) -> Result<Loaded, Failure> {
    let of = members.len();
    let mut committees = Vec::with_capacity(of);
    for m in members {
        let store = Store::new(&m.ledger);
        let read = crate::config::ensure_inside_repository(&m.ledger).and_then(|()| store.load());
        match read {
            Ok(loaded) => committees.push(Committee {
                name: m.name,
                store,
                ledger: loaded.ledger,
            }),
            Err(e) => eprintln!("{}", failed(&m.name, e, env).text(env.cat())),
        }
    }
    let loaded = Loaded {
        failed: of - committees.len(),
        committees,
        of,
    };
    if loaded.committees.is_empty() {
        loaded.finish(Ok(()), env)?;
    }
    Ok(loaded)
}

/// A committee's ledger error, its committee named first.
pub(super) fn failed(name: &str, e: crate::ledger::Error, env: &Env) -> Failure {
    let f = Failure::from(e);
    Failure::with_code(f.code, committee_line(name, &f.text(env.cat())))
}

/// A line about one committee: `apec: …` (the name made one visible line).
pub(super) fn committee_line(name: &str, said: &str) -> String {
    format!("{}: {said}", crate::base::text::visible_line(name))
}
