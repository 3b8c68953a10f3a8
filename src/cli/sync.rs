//! `followup sync`: print what the exchange with the remote did.

use super::{Failure, Outcome};
use crate::ledger::{LedgerDiff, Store, render_diff};
use crate::sync::{self, Failed, Report};
use crate::text::{visible, visible_line};

/// What `followup sync` says about itself in `--help`.
pub const SYNC_HELP: &str = "\
Exchanges the ledger with the other capital through the git remote, in one step:
  1. commits the ledger's uncommitted changes (only the ledger, and .gitattributes when
     `followup git-setup` has just added its line; other staged files stay staged), with a
     message made of the changes (`JC2-03 done; JC2-01 note; JC3-05 added`) and your git
     identity (`git config user.name`/`user.email`: followup never invents one);
  2. fetches the branch's upstream (else origin/BRANCH) and merges it by item and field
     through followup's merge driver, even in a clone that never ran `followup git-setup`;
  3. pushes (never forced; if someone pushed meanwhile, fetches and merges again, up to 3 times),
     and shows what came in and what went out, item by item.
A field changed differently on both sides stops the sync before pushing: the conflicts are
named, the ledger still loads; settle each with `followup resolve ID FIELD ours|theirs`,
then `followup sync` again concludes the merge and pushes.
--repair redoes a merge that git did as text (the ledger has <<<<<<< markers) from git's
index stages, then `followup sync` concludes it.
Credentials are git's (credential helpers, the ssh agent): git never prompts during a sync.
Your own git hooks run as they would for any commit, merge or push.

Exit codes: 0 synced, 1 conflicts to settle (or a setup problem: no identity, no remote),
2 the remote unreachable or refusing (local commits are kept: the next sync pushes them).";

/// Arguments of `followup sync`.
#[derive(Debug, clap::Args)]
pub struct SyncArgs {
    /// Redo a merge that git did as text (conflict markers in the ledger) from git's
    /// index stages, by item and field, and stage the result.
    #[arg(long)]
    pub repair: bool,
}

fn print_diff(d: &LedgerDiff) {
    print!(
        "{}",
        visible(&render_diff(&super::history::one_line_each(d.clone())))
    );
}

fn print_report(r: &Report) {
    if let Some(s) = &r.committed {
        println!("committed: {}", visible_line(s));
    }
    if r.concluded {
        println!("concluded the merge of {}", visible_line(&r.upstream));
    }
    if r.temporary_driver {
        eprintln!(
            "followup: merged through followup's driver for this sync only; `followup git-setup` makes it permanent (then commit .gitattributes)"
        );
    }
    for n in &r.notices {
        println!("merge: {}", visible_line(n));
    }
    if !r.incoming.is_empty() {
        println!("came in from {}:", visible_line(&r.upstream));
        print_diff(&r.incoming);
    }
    if !r.pushed.is_empty() {
        let n = r.pushed.len();
        println!(
            "went out to {}: {n} commit{}",
            visible_line(&r.upstream),
            if n == 1 { "" } else { "s" }
        );
        const SHOWN: usize = 10;
        for c in r.pushed.iter().take(SHOWN) {
            println!("  {}", visible_line(c));
        }
        if n > SHOWN {
            println!("  … {} more", n - SHOWN);
        }
        print_diff(&r.outgoing);
    }
}

pub(super) fn sync(store: &Store, args: SyncArgs) -> Outcome {
    if args.repair {
        return repair(store);
    }
    let program = std::env::current_exe()
        .map_err(|e| Failure::system(format!("cannot find this program's path: {e}")))?;
    match sync::sync(store, &program) {
        Ok(r) => {
            print_report(&r);
            if r.incoming.is_empty() && r.pushed.is_empty() {
                println!(
                    "{}: up to date with {}",
                    visible_line(&r.rel),
                    visible_line(&r.upstream)
                );
            } else {
                println!(
                    "{}: synced with {}",
                    visible_line(&r.rel),
                    visible_line(&r.upstream)
                );
            }
            Ok(())
        }
        Err(failed) => {
            let Failed { done, error } = *failed;
            print_report(&done);
            Err(Failure {
                code: error.exit_code(),
                message: error.to_string(),
            })
        }
    }
}

fn repair(store: &Store) -> Outcome {
    let r = sync::repair(store).map_err(|e| Failure {
        code: e.exit_code(),
        message: e.to_string(),
    })?;
    let rel = visible_line(&r.rel);
    for n in &r.renumbered {
        println!(
            "merge: {rel}: {} was added on both sides; theirs keeps it, ours ({}) is now {}",
            visible_line(&n.from),
            visible_line(&n.title),
            visible_line(&n.to)
        );
    }
    println!("{rel}: merged again by item and field from git's index, and staged");
    if r.conflicts.is_empty() {
        println!("run `followup sync` to conclude the merge and push it");
        Ok(())
    } else {
        Err(Failure {
            code: 1,
            message: sync::SyncError::Conflicts(r.conflicts).to_string(),
        })
    }
}
