//! `followup init`: a new ledger file, never over an existing one.

use super::{Env, Failure, Printed, SAMPLE, shown};
use crate::ledger::{CLI_LOCK_WAIT, Error, IoStep, Ledger, Store, canonical_json};
use crate::ops::{Op, apply};
use crate::tr;
use std::path::{Path, PathBuf};

/// Arguments of `followup init`.
#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// Where to create it (default: ledger.json at the top of the git
    /// repository you are in, else in the current directory).
    pub path: Option<PathBuf>,
    /// Fill it with the sample Korea–Mexico SME committee ledger.
    #[arg(long)]
    pub sample: bool,
    /// The committee's name.
    #[arg(long)]
    pub committee: Option<String>,
    /// A party to the committee (repeatable, in order).
    #[arg(long)]
    pub party: Vec<String>,
}

/// Where `init` without a path creates the ledger: `ledger.json` at the
/// top of the git work tree around `dir`, else in `dir` itself.
pub fn default_init_path(dir: &Path) -> PathBuf {
    dir.ancestors()
        .find(|d| d.join(".git").exists())
        .unwrap_or(dir)
        .join("ledger.json")
}

pub(super) fn init(args: InitArgs, global: Option<PathBuf>, env: &Env) -> Printed {
    let cat = env.cat();
    let path = match args.path.or(global) {
        Some(p) => p,
        None => {
            let dir = std::env::current_dir().map_err(|e| {
                Failure::system(tr!(cat, "cli-no-current-dir", cause = cat.io_error(&e)))
            })?;
            default_init_path(&dir)
        }
    };
    let mut l = if args.sample {
        crate::ledger::parse_ledger(SAMPLE.as_bytes()).expect("the sample is valid")
    } else {
        Ledger::default()
    };
    let parties = (!args.party.is_empty()).then_some(args.party);
    if args.committee.is_some() || parties.is_some() {
        let op = Op::SetCommittee {
            name: args.committee,
            parties,
        };
        let today = env.today(&l);
        apply(&mut l, op, today).map_err(|e| Failure::usage(cat.op_error(&e)))?;
    }
    create(&path, canonical_json(&l).as_bytes())?;
    println!("{}", tr!(cat, "cli-created", path = shown(&path)));
    Ok(())
}

/// Writes a new ledger file from valid ledger text; refuses to overwrite.
pub(super) fn create(path: &Path, bytes: &[u8]) -> Printed {
    let ledger = crate::ledger::parse_ledger(bytes).expect("embedded ledgers are valid");
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, IoStep::CreateDir, e))?;
    }
    let store = Store::new(path);
    let lock = store.lock("followup init", CLI_LOCK_WAIT)?;
    store.save(&lock, &ledger, None)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn init_without_a_path_goes_to_the_repository_top_else_here() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("a/b");
        std::fs::create_dir_all(&sub).unwrap();
        assert_eq!(default_init_path(&sub), sub.join("ledger.json"));
        std::fs::create_dir(dir.path().join(".git")).unwrap();
        assert_eq!(default_init_path(&sub), dir.path().join("ledger.json"));
    }
}
