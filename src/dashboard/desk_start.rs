//! Opening a desk: every committee of `[[portfolio]]` in config.toml, each
//! ledger opened as its own dashboard opens it (its file, its lock, its
//! recovery), one that cannot be read listed with why and the rest opened.

use super::desk_loop::run_desk;
use super::desk_run::Room;
use super::disk::Disk;
use super::event_loop::run;
use super::exit::{DashboardError, RecoveryNotice};
use super::opening::{Look, seat};
use crate::app::App;
use crate::app::StoreError;
use crate::app::desk::{Desk, Place, Seat, Unreadable};
use crate::cli::{Env, Failure};
use crate::i18n::Catalog;
use crate::ledger::Store;
use crate::portfolio::{Member, members};
use crate::tr;
use std::io::Write;

/// Opens the portfolio (`followup --all`) and runs it until the user quits.
pub fn portfolio(env: &Env) -> Result<(), Failure> {
    let cat = crate::i18n::catalog(env.lang);
    let members =
        members(&env.config.portfolio).map_err(|e| Failure::usage(cat.portfolio_error(&e)))?;
    let look = Look::of(env)?;
    let (desk, rooms, notices) = open_desk(&members, env, &look, None);
    let state = env.state.as_deref();
    let result =
        run_desk(desk, rooms, state).map_err(|e| Failure::with_code(e.code(), e.words(cat)));
    for n in notices {
        let _ = writeln!(std::io::stderr(), "followup: {}", n.words(cat));
    }
    result
}

/// Runs the dashboard of `app` on the ledger in `store`: on the desk, as
/// its committee's dashboard, when the portfolio holds that ledger (the
/// portfolio is then a key away), else alone. Returns how it ended and
/// what to say on leaving about the other committees' kept edits.
pub fn one_of_them(
    app: App,
    store: Store,
    env: &Env,
    look: &Look,
) -> (Result<(), DashboardError>, Vec<String>) {
    let cat = crate::i18n::catalog(env.lang);
    let here = std::fs::canonicalize(store.path()).ok();
    let members = members(&env.config.portfolio).unwrap_or_default();
    let found = members
        .iter()
        .position(|m| here.is_some() && std::fs::canonicalize(&m.ledger).ok() == here);
    let Some(i) = found else {
        return (run(app, Disk::new(store), env.state.as_deref()), Vec::new());
    };
    let (desk, rooms, notices) = open_desk(&members, env, look, Some((i, app, store)));
    let words = notices.iter().map(|n| n.words(cat)).collect();
    (run_desk(desk, rooms, env.state.as_deref()), words)
}

/// The desk over `members`, on the portfolio, or on the committee of
/// `open` (its member's index, its dashboard and its store, already
/// open); each committee's room; and the edits earlier sessions left for
/// the others. Tests open it too.
pub fn open_desk(
    members: &[Member],
    env: &Env,
    look: &Look,
    mut open: Option<(usize, App, Store)>,
) -> (Desk, Vec<Room>, Vec<RecoveryNotice>) {
    let cat = crate::i18n::catalog(env.lang);
    let (mut seats, mut rooms, mut unreadable, mut notices) = (vec![], vec![], vec![], vec![]);
    let mut place = Place::Portfolio;
    let skip = open.as_ref().map(|(i, ..)| *i);
    let mut each = open_each(members, env, look, skip).into_iter();
    for (n, member) in members.iter().enumerate() {
        let got = match open.take() {
            Some((i, app, store)) if i == n => {
                place = Place::Committee(seats.len());
                Ok((app, store, None))
            }
            other => {
                open = other;
                each.next().expect("one result per member not already open")
            }
        };
        let (app, store) = match got {
            Ok((app, store, notice)) => {
                notices.extend(notice);
                (app, store)
            }
            Err(why) => {
                unreadable.push(Unreadable {
                    name: member.name.clone(),
                    ledger: member.ledger.clone(),
                    why,
                });
                continue;
            }
        };
        seats.push(Seat {
            name: member.name.clone(),
            app,
        });
        rooms.push(Room::new(Disk::new(store)));
    }
    let words = titles(cat, seats.len(), unreadable.len());
    let mut desk = Desk::new(seats, unreadable, place, words);
    // Each committee's dashboard said on its status line what it found at
    // opening (edits kept by an earlier session); the portfolio says the first.
    let first = desk.seats.iter().find_map(|s| s.app.session.status.clone());
    desk.portfolio.session.status = first;
    (desk, rooms, notices)
}

/// What opening each member but the `skip`th gives, in order: the ledgers
/// are read and parsed on every core the machine offers (a portfolio of
/// fifty committees opens in about the time of one ledger as large as all
/// of them).
fn open_each(members: &[Member], env: &Env, look: &Look, skip: Option<usize>) -> Vec<Opened> {
    let todo: Vec<&Member> = (members.iter().enumerate())
        .filter(|(n, _)| Some(*n) != skip)
        .map(|(_, m)| m)
        .collect();
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = todo.len().div_ceil(cores).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = todo
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|m| opened(m, env, look))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("opening a ledger does not panic"))
            .collect()
    })
}

/// A member's dashboard, its store and the edits an earlier session left
/// for it; or why its ledger cannot be read.
type Opened = Result<(App, Store, Option<RecoveryNotice>), StoreError>;

/// The dashboard of `member`'s ledger, its store, and the edits an
/// earlier session left for it; or why it cannot be read.
fn opened(member: &Member, env: &Env, look: &Look) -> Opened {
    crate::config::ensure_inside_repository(&member.ledger).map_err(StoreError::new)?;
    let store = Store::new(&member.ledger);
    let (app, notice) = seat(&store, env, look).map_err(StoreError::new)?;
    Ok((app, store, notice))
}

/// The portfolio's name in the header, and what it says beside it.
fn titles(cat: &Catalog, readable: usize, unreadable: usize) -> (String, String) {
    let label = tr!(
        cat,
        "desk-label",
        n = readable + unreadable,
        unreadable = unreadable
    );
    (tr!(cat, "desk-title"), label)
}
