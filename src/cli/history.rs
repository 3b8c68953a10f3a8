//! Commands over the ledger's history: diff, textconv and the git merge
//! driver.

use super::{Env, Failure, Printed};
use crate::base::aside::drop_aside;
use crate::base::text::{visible, visible_line};
use crate::git::{GitError, Repo};
use crate::i18n::Catalog;
use crate::ledger::{
    CLI_LOCK_WAIT, Error, FieldChange, FieldKey, ItemChange, Ledger, LedgerDiff, Store,
    diff as ledger_diff, merge as merge3, parse_ledger,
};
use crate::sync::{Ancestor, driver_input, driver_result};
use crate::tr;
use std::borrow::Cow;
use std::path::{Path, PathBuf};

fn parse_at(cat: &Catalog, bytes: &[u8], what: &str) -> Result<Ledger, Failure> {
    parse_ledger(bytes).map_err(|e| Failure::usage(format!("{what}:{}", cat.parse_error(&e))))
}

pub(super) fn diff(store: &Store, rev: Option<&str>, rev2: Option<&str>, env: &Env) -> Printed {
    let cat = env.cat();
    for r in rev.iter().chain(&rev2) {
        check_revision(cat, r)?;
    }
    let repo = Repo::containing(store.path()).map_err(|e| not_in_git(cat, e))?;
    let rel = repo
        .relative(store.path())
        .map_err(|e| Failure::usage(cat.git_error(&e)))?;
    let at = |rev: &str| -> Result<Ledger, Failure> {
        let bytes = repo
            .show(rev, &rel)
            .map_err(|e| Failure::system(cat.git_error(&e)))?;
        parse_at(cat, &bytes, &format!("{rev}:{rel}"))
    };
    let (old, new) = match (rev, rev2) {
        (None, _) => (at("HEAD")?, store.load()?.ledger),
        (Some(r), None) => (at(r)?, store.load()?.ledger),
        (Some(r), Some(r2)) => (at(r)?, at(r2)?),
    };
    let d = ledger_diff(&old, &new);
    if d.is_empty() {
        eprintln!("{}", tr!(cat, "cli-diff-none"));
    }
    print!("{}", visible(&cat.diff(&one_line_each(d))));
    Ok(())
}

/// Refuses a revision that git could read as an option (`--output=x`) or
/// that names nothing; git is also told where options end.
fn check_revision(cat: &Catalog, rev: &str) -> Result<(), Failure> {
    if rev.starts_with('-') {
        return Err(Failure::usage(tr!(cat, "cli-rev-dash", rev = rev)));
    }
    if rev.trim().is_empty() {
        return Err(Failure::usage(tr!(cat, "cli-rev-empty")));
    }
    Ok(())
}

/// The diff with every text it shows from the ledger kept on its line
/// ([`visible_line`]), so that a line break in a title or an owner cannot
/// forge a line of the diff.
pub(super) fn one_line_each(mut d: LedgerDiff) -> LedgerDiff {
    fn fix(s: &mut String) {
        if let Cow::Owned(shown) = visible_line(s) {
            *s = shown;
        }
    }
    for c in &mut d.items {
        match c {
            ItemChange::Added(i) | ItemChange::Removed(i) => {
                fix(&mut i.id);
                fix(&mut i.title);
                i.owners.iter_mut().for_each(fix);
            }
            ItemChange::Changed {
                id,
                title,
                fields,
                notes_added,
                ..
            } => {
                fix(id);
                fix(title);
                for f in fields {
                    match f {
                        FieldChange::List { added, removed, .. } => {
                            added.iter_mut().chain(removed).for_each(fix);
                        }
                        FieldChange::Other {
                            field: FieldKey::Unknown(key),
                            ..
                        } => fix(key),
                        FieldChange::Translation { to, .. } => to.iter_mut().for_each(fix),
                        FieldChange::Closure { added } => added.iter_mut().for_each(|e| {
                            fix(&mut e.party);
                            fix(&mut e.author);
                        }),
                        FieldChange::Other { .. }
                        | FieldChange::Status { .. }
                        | FieldChange::Due { .. } => {}
                    }
                }
                notes_added.iter_mut().for_each(|n| fix(&mut n.author));
            }
        }
    }
    d.meetings_added.iter_mut().for_each(fix);
    d.meetings_removed.iter_mut().for_each(fix);
    for r in &mut d.reviews_added {
        r.attendees.iter_mut().for_each(fix);
    }
    d
}

/// The ledger is not in a repository: say how to name the one that is.
pub(super) fn not_in_git(cat: &Catalog, e: GitError) -> Failure {
    Failure::usage(format!(
        "{} ({})",
        cat.git_error(&e),
        tr!(cat, "cli-not-in-git-hint")
    ))
}

/// git's textconv: never translated (its output is read by git and diffed).
pub(super) fn textconv(file: &Path, env: &Env) -> Printed {
    let cat = env.cat();
    // A ledger read as every command reads one (a large one on two threads).
    if let Ok(l) = Store::new(file).read_ledger() {
        return super::view::print_streamed(cat, |out| crate::ledger::write_textconv(&l, out));
    }
    // Not a valid ledger, shown as it is. git hands over a temporary file,
    // or the user any path: a regular file no larger than a ledger may be,
    // never a FIFO or a device.
    let limit = crate::ledger::MAX_LEDGER_BYTES;
    let mut bytes = Vec::new();
    let unreadable = |e: std::io::Error| {
        Failure::system(tr!(
            cat,
            "rec-cannot-read",
            path = file.display().to_string(),
            cause = cat.io_error(&e)
        ))
    };
    let f = crate::ledger::open_regular(file, file, limit)?
        .ok_or_else(|| unreadable(std::io::ErrorKind::NotFound.into()))?;
    std::io::Read::read_to_end(&mut std::io::Read::take(f, limit), &mut bytes)
        .map_err(unreadable)?;
    let shown = visible(&String::from_utf8_lossy(&bytes)).into_owned();
    super::view::print_streamed(cat, |out| std::io::Write::write_all(out, shown.as_bytes()))
}

/// The merge driver: what it says goes to git's output, so it speaks the
/// user's language only on stderr (its result, the file, is never translated).
pub(super) fn merge(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    name: Option<&str>,
    env: &Env,
) -> Printed {
    let cat = env.cat();
    // The name comes from git (the path in the repository): shown visibly.
    let shown = ours.display().to_string();
    let name = visible_line(name.unwrap_or(&shown));
    let name = name.as_ref();
    // Each input is read as every command reads a ledger, and the result
    // is held to the same limits: nothing is written that followup refuses.
    let shown = |side: &str| PathBuf::from(format!("{name} ({side})"));
    let refused = |e: Error| {
        let what = match &e {
            Error::Invalid { path, source } => {
                format!("{}:{}", path.display(), cat.parse_error(source))
            }
            e => cat.ledger_error(e),
        };
        Failure::usage(tr!(cat, "merge-driver-refused", what = what, name = name))
    };
    let b = driver_input(base, &shown("base"), Ancestor::MayBeEmpty).map_err(refused)?;
    let t = driver_input(theirs, &shown("theirs"), Ancestor::MustBeLedger).map_err(refused)?;
    // Ours is written back through the store: under the lock, atomically,
    // through a symlink, and only if nobody changed it since it was read.
    let o = driver_input(ours, &shown("ours"), Ancestor::MustBeLedger).map_err(refused)?;
    let store = Store::new(ours);
    let lock = store.lock("followup merge", CLI_LOCK_WAIT)?;
    let m = merge3(&b.ledger, &o.ledger, &t.ledger);
    driver_result(&m.ledger, &shown("merged")).map_err(refused)?;
    store.save(&lock, &m.ledger, Some(o.fingerprint))?;
    // Not needed again: freed beside what is said and the exit.
    drop_aside((b, t, o));
    for r in &m.renumbered {
        eprintln!(
            "followup merge: {}",
            tr!(
                cat,
                "cli-renumbered",
                name = name,
                from = visible_line(&r.from).into_owned(),
                title = visible_line(&r.title).into_owned(),
                to = visible_line(&r.to).into_owned()
            )
        );
    }
    if m.conflicts == 0 {
        drop_aside(m);
        return Ok(());
    }
    let mut where_: Vec<String> = m
        .ledger
        .items
        .iter()
        .flat_map(|i| {
            i.conflicts
                .iter()
                .map(move |c| format!("{} {}", i.id, c.field))
        })
        .collect();
    where_.extend(m.ledger.conflicts.iter().map(|c| c.field.to_string()));
    Err(Failure::usage(tr!(
        cat,
        "cli-merge-conflicts",
        name = name,
        n = m.conflicts,
        list = where_.join(", ")
    )))
}
