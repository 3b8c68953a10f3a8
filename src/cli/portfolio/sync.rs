//! `followup sync --all`: every repository of the portfolio synced in turn,
//! one line each: up to date, synced (how much came in and went out), or
//! why not. A repository that fails (offline, in conflict) does not stop
//! the others; the exit code is the worst of theirs.

use super::super::{Env, Failure, Printed};
use super::{committee_line, members};
use crate::base::text::visible_line;
use crate::ledger::Store;
use crate::sync::{self, Failed, Report};
use crate::tr;
use std::path::Path;

pub fn sync(named: Option<&Path>, env: &Env) -> Printed {
    let cat = env.cat();
    let members = members(named, env)?;
    let program = std::env::current_exe()
        .map_err(|e| Failure::system(tr!(cat, "cli-sync-no-program", cause = cat.io_error(&e))))?;
    let wording =
        crate::i18n::CommitMessages::new(env.config.author.clone(), env.config.party.clone());
    let (mut code, mut failed) = (0, 0);
    for m in &members {
        match sync::sync(&Store::new(m.ledger.clone()), &program, &wording) {
            Ok(r) => println!("{}", committee_line(&m.name, &synced(env, &r))),
            Err(f) => {
                let Failed { error, .. } = *f;
                code = code.max(error.exit_code());
                failed += 1;
                let said = cat.sync_error(&error).replace(['\n', '\r'], " ");
                println!("{}", committee_line(&m.name, &said));
            }
        }
    }
    if failed == 0 {
        return Ok(());
    }
    let said = tr!(
        cat,
        "portfolio-sync-failed",
        failed = failed,
        n = members.len()
    );
    Err(Failure::with_code(code, said))
}

/// A sync that went through: up to date, or how many items came in and
/// how many commits went out.
fn synced(env: &Env, r: &Report) -> String {
    let cat = env.cat();
    let upstream = visible_line(&r.upstream).into_owned();
    if r.incoming.is_empty() && r.pushed.is_empty() {
        return tr!(cat, "portfolio-sync-up-to-date", upstream = upstream);
    }
    tr!(
        cat,
        "portfolio-sync-synced",
        upstream = upstream,
        incoming = r.incoming.items.len(),
        outgoing = r.pushed.len()
    )
}
