//! `confirm` and `reopen`: one party's word on the other party's closure of
//! an item, applied through the same lock, lost-update check and atomic
//! save as every edit, on behalf of the user's party (`party`, `--party`).

use super::edit::edit;
use super::{Env, Printed};
use crate::ledger::Store;
use crate::ops::Op;

/// Arguments of `followup reopen`.
#[derive(Debug, clap::Args)]
pub struct ReopenArgs {
    /// The item's id (JC2-03).
    id: String,
    /// Why the item is reopened: a note added to it.
    #[arg(value_name = "NOTE")]
    note: String,
}

/// `followup confirm ID`: the user's party agrees to the other party's closure.
pub(super) fn confirm(store: &Store, id: &str, env: &Env) -> Printed {
    edit(store, "followup confirm", env, |_| {
        Ok(Op::Confirm { id: id.to_owned() })
    })
}

/// `followup reopen ID NOTE`: the item is open again, with a note saying why.
pub(super) fn reopen(store: &Store, a: ReopenArgs, env: &Env) -> Printed {
    edit(store, "followup reopen", env, |_| {
        Ok(Op::Reopen {
            id: a.id.clone(),
            note: a.note.clone(),
            language: Some(env.lang),
        })
    })
}
