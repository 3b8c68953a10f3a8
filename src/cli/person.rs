//! `followup person`: add a person to the directory or update one.

use super::{Env, Failure, Printed};
use crate::base::text::visible;
use crate::i18n::catalog;
use crate::ledger::{CLI_LOCK_WAIT, Store, validate};
use crate::ops::{Op, PersonEdit, apply_as};

/// Arguments of `followup person`.
#[derive(Debug, clap::Args)]
pub struct PersonArgs {
    /// The person's name, or one of their aliases.
    name: String,
    /// Their e-mail address (empty clears it).
    #[arg(long, short)]
    email: Option<String>,
    /// The language of their reminders: en, es or ko (empty clears it).
    #[arg(long, short)]
    language: Option<String>,
    /// Another name the items' owners use for them (repeatable).
    #[arg(long = "alias", value_name = "ALIAS")]
    alias: Vec<String>,
    /// Remove an alias (repeatable).
    #[arg(long = "remove-alias", value_name = "ALIAS")]
    remove_alias: Vec<String>,
}

pub(super) fn person(store: &Store, a: PersonArgs, env: &Env) -> Printed {
    let cat = catalog(env.lang);
    let lock = store.lock("followup person", CLI_LOCK_WAIT)?;
    let loaded = store.load()?;
    let mut ledger = loaded.ledger;
    let op = Op::UpsertPerson(PersonEdit {
        name: a.name,
        email: a.email,
        language: a.language,
        add_aliases: a.alias,
        remove_aliases: a.remove_alias,
    });
    let stamp = env.stamp(&ledger);
    let applied = apply_as(&mut ledger, op, &stamp).map_err(|e| {
        Failure::usage(format!(
            "{}: {}",
            store.path().display(),
            visible(&cat.op_error(&e))
        ))
    })?;
    if applied.undo.is_some() {
        validate(&ledger)
            .map_err(|p| Failure::usage(format!("{}: {}", p.path, cat.rule(&p.rule))))?;
        store.save(&lock, &ledger, Some(loaded.fingerprint))?;
    }
    println!("{}", visible(&cat.outcomes(&applied.outcomes)));
    Ok(())
}
