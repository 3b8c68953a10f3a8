//! `followup remind --all`: one mail per person for the whole portfolio,
//! their items of every committee grouped by committee, listed, written as
//! drafts or sent as `remind` does for one committee.

use super::super::remind::{RemindArgs, deliver};
use super::super::{Env, Failure, Printed};
use super::{load_all, members};
use crate::outreach::mail::Draft;
use crate::outreach::portfolio::{Committee, compose_across, recipients_across};
use crate::tr;
use std::path::Path;

pub fn remind(named: Option<&Path>, a: RemindArgs, env: &Env) -> Printed {
    let loaded = load_all(members(named, env)?, env)?;
    if loaded.incomplete() && a.sends() {
        let said = tr!(
            env.cat(),
            "portfolio-remind-not-sent",
            failed = loaded.failed,
            n = loaded.of
        );
        return Err(Failure::with_code(2, said));
    }
    let committees: Vec<Committee> = loaded
        .committees
        .iter()
        .map(|c| Committee {
            name: &c.name,
            ledger: &c.ledger,
            today: env.today(&c.ledger),
        })
        .collect();
    let people = recipients_across(
        &committees,
        a.owner.as_deref(),
        env.config.review_window_days,
    );
    let drafts: Vec<Draft> = people
        .iter()
        .map(|p| compose_across(p, &committees, env.lang))
        .collect();
    let today = committees
        .first()
        .map_or_else(|| env.clock.today(None), |c| c.today);
    loaded.finish(deliver(&drafts, &a, env, today), env)
}
