//! `followup sync`: print what the exchange with the remote did.

use super::{Env, Failure, Printed};
use crate::base::text::{visible, visible_line};
use crate::i18n::Catalog;
use crate::ledger::{LedgerDiff, Store};
use crate::sync::{self, Failed, Report};
use crate::tr;

/// Arguments of `followup sync`.
#[derive(Debug, clap::Args)]
pub struct SyncArgs {
    /// Redo a merge that git did as text (conflict markers in the ledger) by item
    /// and field, from git's index stages or the committed merge's parents, and stage the result.
    #[arg(long)]
    pub repair: bool,
    /// Sync every repository of the portfolio, one line each.
    #[arg(long, conflicts_with = "repair")]
    pub all: bool,
}

fn print_diff(cat: &Catalog, d: &LedgerDiff) {
    print!(
        "{}",
        visible(&cat.diff(&super::history::one_line_each(d.clone())))
    );
}

fn print_report(cat: &Catalog, r: &Report) {
    let upstream = visible_line(&r.upstream).into_owned();
    if let Some(s) = &r.committed {
        println!(
            "{}",
            tr!(
                cat,
                "cli-sync-committed",
                message = visible_line(s).into_owned()
            )
        );
    }
    if r.brought_in {
        println!(
            "{}",
            tr!(
                cat,
                "cli-sync-brought-in",
                rel = visible_line(&r.rel).into_owned(),
                upstream = upstream.as_str()
            )
        );
    }
    if r.concluded {
        println!(
            "{}",
            tr!(cat, "cli-sync-concluded", upstream = upstream.as_str())
        );
    }
    if r.temporary_driver {
        eprintln!("followup: {}", tr!(cat, "cli-sync-temporary-driver"));
    }
    for n in &r.notices {
        println!(
            "{}",
            tr!(
                cat,
                "cli-sync-notice",
                notice = visible_line(n).into_owned()
            )
        );
    }
    if !r.incoming.is_empty() {
        println!(
            "{}",
            tr!(cat, "cli-sync-came-in", upstream = upstream.as_str())
        );
        print_diff(cat, &r.incoming);
    }
    if !r.pushed.is_empty() {
        let n = r.pushed.len();
        println!(
            "{}",
            tr!(
                cat,
                "cli-sync-went-out",
                upstream = upstream.as_str(),
                n = n
            )
        );
        const SHOWN: usize = 10;
        for c in r.pushed.iter().take(SHOWN) {
            println!("  {}", visible_line(c));
        }
        if n > SHOWN {
            println!("  {}", tr!(cat, "cli-sync-more", n = n - SHOWN));
        }
        print_diff(cat, &r.outgoing);
    }
}

pub(super) fn sync(store: &Store, args: SyncArgs, env: &Env) -> Printed {
    let cat = env.cat();
    if args.repair {
        return repair(store, cat);
    }
    let program = std::env::current_exe()
        .map_err(|e| Failure::system(tr!(cat, "cli-sync-no-program", cause = cat.io_error(&e))))?;
    let wording =
        crate::i18n::CommitMessages::new(env.config.author.clone(), env.config.party.clone());
    match sync::sync(store, &program, &wording) {
        Ok(r) => {
            print_report(cat, &r);
            let (rel, upstream) = (
                visible_line(&r.rel).into_owned(),
                visible_line(&r.upstream).into_owned(),
            );
            if r.incoming.is_empty() && r.pushed.is_empty() {
                println!(
                    "{}",
                    tr!(cat, "cli-sync-up-to-date", rel = rel, upstream = upstream)
                );
            } else {
                println!(
                    "{}",
                    tr!(cat, "cli-sync-synced", rel = rel, upstream = upstream)
                );
            }
            Ok(())
        }
        Err(failed) => {
            let Failed { done, error } = *failed;
            print_report(cat, &done);
            if matches!(error, sync::SyncError::Conflicts(_))
                && let Ok(loaded) = store.load()
            {
                for line in super::view::conflict_lines(cat, store.path(), &loaded.ledger) {
                    println!("  {line}");
                }
            }
            Err(failure(cat, &error))
        }
    }
}

/// A failed sync in the user's language; a ledger outside any clone is
/// told how to get one.
fn failure(cat: &Catalog, error: &sync::SyncError) -> Failure {
    let mut said = cat.sync_error(error);
    if matches!(error, sync::SyncError::NotInGit(_)) {
        said = format!("{said}: {}", tr!(cat, "cli-sync-not-in-clone"));
    }
    Failure::with_code(error.exit_code(), said)
}

fn repair(store: &Store, cat: &Catalog) -> Printed {
    let r = sync::repair(store).map_err(|e| failure(cat, &e))?;
    let rel = visible_line(&r.rel).into_owned();
    for n in &r.renumbered {
        println!(
            "merge: {}",
            tr!(
                cat,
                "cli-renumbered",
                name = rel.as_str(),
                from = visible_line(&n.from).into_owned(),
                title = visible_line(&n.title).into_owned(),
                to = visible_line(&n.to).into_owned()
            )
        );
    }
    match &r.from {
        sync::RepairedFrom::IndexStages => {
            println!("{}", tr!(cat, "cli-repair-done", rel = rel.as_str()));
        }
        sync::RepairedFrom::BrokenMerge(commit) => {
            let commit = visible_line(commit).into_owned();
            println!(
                "{}",
                tr!(
                    cat,
                    "sync-repaired-commit",
                    rel = rel.as_str(),
                    commit = commit
                )
            );
        }
    }
    if r.conflicts.is_empty() {
        println!("{}", tr!(cat, "cli-repair-next"));
        Ok(())
    } else {
        Err(Failure::usage(
            cat.sync_error(&sync::SyncError::Conflicts(r.conflicts)),
        ))
    }
}
