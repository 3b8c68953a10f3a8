//! `followup check --all`: every committee's ledger checked, one line each;
//! a ledger that fails does not stop the others, and makes the exit code 1
//! (2 when one could not be read at all).

use super::super::view::check_line;
use super::super::{Env, Failure, Printed};
use super::{committee_line, members};
use crate::ledger::Store;
use crate::tr;
use std::path::Path;

pub fn check(named: Option<&Path>, strict: bool, env: &Env) -> Printed {
    let cat = env.cat();
    let members = members(named, env)?;
    let (mut code, mut failed) = (0, 0);
    for m in &members {
        let checked = crate::config::ensure_inside_repository(&m.ledger)
            .map_err(Failure::from)
            .and_then(|()| check_line(&Store::new(m.ledger.clone()), strict, env));
        match checked {
            Ok(line) => println!("{}", committee_line(&m.name, &line)),
            Err(f) => {
                code = code.max(f.code);
                failed += 1;
                eprintln!("{}", committee_line(&m.name, &f.text(cat)));
            }
        }
    }
    if code == 0 {
        return Ok(());
    }
    let said = tr!(
        cat,
        "portfolio-check-failed",
        failed = failed,
        n = members.len()
    );
    Err(Failure::with_code(code, said))
}
