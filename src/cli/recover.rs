//! `followup recover`: merges the unsaved edits that closed dashboards kept
//! (beside the ledger or in the state directory) into the ledger, after
//! showing what they would change and asking. Only the user's own recovery
//! files count: never files git tracks or brought, never another user's or
//! machine's (see [`crate::git::own_recoveries`]).

use super::{Env, Failure, Printed};
use crate::ledger::recovery::{self, RecoveryFile};
use crate::ledger::{CLI_LOCK_WAIT, Store, diff, merge};
use crate::tr;
use std::io::{BufRead, IsTerminal, Write};

/// Arguments of `followup recover`.
#[derive(Debug, clap::Args)]
pub struct RecoverArgs {
    /// Merge without asking (without it, and without a terminal to ask on,
    /// recover only shows what it would change).
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// Shows what merging the kept edits would change and whether to go on:
/// `--yes`, else the answer on the terminal; without one, only shows.
fn confirmed(
    store: &Store,
    found: &[RecoveryFile],
    args: &RecoverArgs,
    env: &Env,
) -> Result<bool, Failure> {
    let cat = env.cat();
    let name = super::shown(store.path());
    let ours = store.load()?.ledger;
    let mut now = ours.clone();
    for f in found {
        if let Ok((theirs, base)) = read(f, env) {
            now = merge(&base.unwrap_or_else(|| now.clone()), &now, &theirs).ledger;
        }
    }
    let d = super::history::one_line_each(diff(&ours, &now));
    println!(
        "{}",
        tr!(
            cat,
            "cli-recover-would-change",
            name = name.as_str(),
            n = found.len()
        )
    );
    print!("{}", crate::base::text::visible(&cat.diff(&d)));
    if args.yes {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() {
        println!("{}", tr!(cat, "cli-recover-shown-only"));
        return Ok(false);
    }
    print!("{} ", tr!(cat, "cli-recover-ask"));
    let _ = std::io::stdout().flush();
    let mut answer = String::new();
    let _ = std::io::stdin().lock().read_line(&mut answer);
    let yes = matches!(
        answer.trim().to_lowercase().as_str(),
        "y" | "yes" | "s" | "si" | "sí" | "예" | "네" | "ㅇ"
    );
    if !yes {
        println!("{}", tr!(cat, "cli-recover-declined"));
    }
    Ok(yes)
}

/// Merges every kept set of edits for the ledger into it, oldest first, each
/// three-way against the ledger it was based on, through the store (under
/// the lock, atomically); removes each once its merge is saved. Conflicts
/// are recorded in the file, as `followup merge` does, and reported with
/// exit code 1; a kept file that cannot be read is left where it is. Files
/// that are not the user's own are named and left alone.
pub(super) fn recover(store: &Store, args: RecoverArgs, env: &Env) -> Printed {
    let cat = env.cat();
    let name = super::shown(store.path());
    let state = env.state.as_deref();
    let (found, refused) = crate::git::own_recoveries(store.path(), state);
    for f in &refused {
        eprintln!(
            "followup: {}",
            tr!(cat, "cli-recover-refused", file = super::shown(&f.file))
        );
    }
    if found.is_empty() {
        println!("{}", tr!(cat, "cli-recover-none", name = name.as_str()));
        return Ok(());
    }
    if !confirmed(store, &found, &args, env)? {
        return Ok(());
    }
    let lock = store.lock("followup recover", CLI_LOCK_WAIT)?;
    let (mut conflicts, mut unreadable) = (Vec::new(), Vec::new());
    for f in &found {
        let (theirs, base) = match read(f, env) {
            Ok(pair) => pair,
            Err(e) => {
                unreadable.push(e.text(cat));
                continue;
            }
        };
        let ours = store.load()?;
        let base = base.unwrap_or_else(|| ours.ledger.clone());
        let m = merge(&base, &ours.ledger, &theirs);
        store.save(&lock, &m.ledger, Some(ours.fingerprint))?;
        recovery::remove(f, state).map_err(|e| {
            Failure::system(tr!(
                cat,
                "cli-recover-not-removed",
                file = super::shown(&f.file),
                name = name.as_str(),
                cause = cat.io_error(&e)
            ))
        })?;
        println!(
            "{}",
            tr!(
                cat,
                "cli-recover-merged",
                name = name.as_str(),
                when = when(&f.stamp)
            )
        );
        for r in &m.renumbered {
            println!(
                "{}",
                tr!(
                    cat,
                    "cli-recover-renumbered",
                    name = name.as_str(),
                    from = crate::base::text::visible_line(&r.from).into_owned(),
                    to = crate::base::text::visible_line(&r.to).into_owned()
                )
            );
        }
        conflicts.extend(m.ledger.items.iter().flat_map(|i| {
            i.conflicts
                .iter()
                .map(move |c| format!("{} {}", i.id, c.field))
        }));
        conflicts.extend(
            m.ledger
                .conflicts
                .iter()
                .map(|c| format!("--top {}", c.field)),
        );
    }
    conflicts.sort();
    conflicts.dedup();
    let mut problems = unreadable;
    if !conflicts.is_empty() {
        problems.push(tr!(
            cat,
            "cli-recover-conflicts",
            name = name.as_str(),
            n = conflicts.len(),
            list = crate::base::text::visible_line(&conflicts.join(", ")).into_owned()
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Failure::usage(problems.join("\nfollowup: ")))
    }
}

/// The kept ledger and the one it was based on, when that was kept too.
fn read(
    f: &RecoveryFile,
    env: &Env,
) -> Result<(crate::ledger::Ledger, Option<crate::ledger::Ledger>), Failure> {
    let cat = env.cat();
    let bad = |e: recovery::ReadError| {
        Failure::usage(tr!(
            cat,
            "cli-recover-unreadable",
            what = cat.recovery_read_error(&e)
        ))
    };
    let theirs = recovery::read(&f.file).map_err(bad)?;
    let base = f
        .base
        .as_deref()
        .map(recovery::read)
        .transpose()
        .map_err(bad)?;
    Ok((theirs, base))
}

/// A stamp `YYYYMMDD-HHMMSS[-N]` as `YYYY-MM-DD HH:MM:SS`.
fn when(stamp: &str) -> String {
    let s = stamp.as_bytes();
    let part = |a: usize, b: usize| String::from_utf8_lossy(&s[a..b]).into_owned();
    format!(
        "{}-{}-{} {}:{}:{}",
        part(0, 4),
        part(4, 6),
        part(6, 8),
        part(9, 11),
        part(11, 13),
        part(13, 15)
    )
}
