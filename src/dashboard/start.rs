//! Starting the dashboard on a ledger (or the portfolio): the ledger
//! chosen, the run, and what to say on leaving.

use super::opening::{Look, seat};
use crate::app::{Action, update};
use crate::cli::{Env, Failure, LedgerNotice, LedgerUse, Opening, choose_ledger};
use std::io::Write;

/// Opens the dashboard: on the ledger at `path` (else the configured or
/// found one), or on the portfolio (`followup --all`), and runs it until
/// the user quits. A ledger of the portfolio opens as its committee's
/// dashboard on the desk, where the portfolio is a key away.
pub fn start(opening: Opening, env: &Env) -> Result<(), Failure> {
    let path = match opening {
        Opening::Portfolio => return super::desk_start::portfolio(env),
        Opening::Ledger(path) => path,
    };
    let cat = crate::i18n::catalog(env.lang);
    let look = Look::of(env)?;
    let chosen = choose_ledger(path, env, LedgerUse::Open)?;
    let store = chosen.store;
    let (mut app, notice) = seat(&store, env, &look)?;
    // Said on the status line, where it is seen; another notice (a ledger
    // other than the repository's) is said again on leaving.
    let mut leaving = Vec::new();
    match chosen.notice {
        Some(LedgerNotice::CreatedSample(_)) => {
            let _ = update(&mut app, Action::SampleCreated);
        }
        Some(n) => leaving.push(n.words(cat)),
        None => {}
    }
    leaving.extend(notice.map(|n| n.words(cat)));
    let (result, more) = super::desk_start::one_of_them(app, store, env, &look);
    let result = result.map_err(|e| Failure::with_code(e.code(), e.words(cat)));
    leaving.extend(more);
    for n in leaving {
        let _ = writeln!(std::io::stderr(), "followup: {n}");
    }
    result
}
