//! `followup log ID`: every change to one item read from git, newest first:
//! the date, the author, the party, the signature git checked, and each
//! field's old → new value; a merge that settled a conflict over the item
//! says how.

use super::{Env, Failure, Printed};
use crate::base::text::visible_line;
use crate::git::item_log::item_log;
use crate::i18n::Escape;
use crate::ledger::Store;
use crate::tr;

pub(super) fn log(store: &Store, id: &str, env: &Env) -> Printed {
    let cat = env.cat();
    let entries = item_log(store.path(), id).map_err(|e| {
        Failure::usage(format!(
            "{} ({})",
            cat.git_error(&e),
            tr!(cat, "cli-not-in-git-hint")
        ))
    })?;
    if entries.is_empty() {
        let known = store.load().is_ok_and(|l| l.ledger.item(id).is_some());
        if !known {
            return Err(Failure::usage(format!(
                "{}: {}",
                super::shown(store.path()),
                tr!(cat, "err-no-item", id = id)
            )));
        }
        println!(
            "{}",
            tr!(cat, "log-none", id = visible_line(id).into_owned())
        );
        return Ok(());
    }
    for e in &entries {
        println!("{}", visible_line(&cat.log_heading(e)));
        for line in cat.log_lines(e, Escape::Terminal) {
            println!("    {}", visible_line(&line));
        }
    }
    Ok(())
}
