//! Carrying out the effects `update` returns: one function,
//! [`run_effect`], used by the event loop and by the tests alike. The
//! screen is reached through [`Screen`], so that the effects can be carried
//! out without a terminal.

use super::disk::Disk;
use super::hearing::Tell;
use super::threads::{
    spawn_item_log, spawn_name_sides, spawn_review_commit, spawn_since_review, spawn_sync,
    spawn_uncommitted,
};
use crate::app::{Action, App, Effect, update};
use std::io;
use std::time::Instant;

/// The screen, as the loop and its effects need it: drawn (also before a
/// save, which may take a moment), given back and taken again around a
/// suspension, taken again after a stop from outside; and, while no key
/// waits, what the next frame will likely need drawn ahead, and the frame
/// of a state the next key would likely leave foreseen.
pub trait Screen {
    fn draw(&mut self, app: &App) -> io::Result<()>;
    fn suspend(&mut self) -> io::Result<()>;
    fn retake(&mut self) -> io::Result<()>;
    fn draw_ahead(&mut self, _: &App) -> io::Result<()> {
        Ok(())
    }
    fn foresee(&mut self, _: &App) {}
}

/// No screen: nothing is drawn, nothing is suspended (for tests).
pub struct NoScreen;

impl Screen for NoScreen {
    fn draw(&mut self, _: &App) -> io::Result<()> {
        Ok(())
    }
    fn suspend(&mut self) -> io::Result<()> {
        Ok(())
    }
    fn retake(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The actions `update` asked to be handed back later
/// ([`Effect::Wake`]), each with its time.
#[derive(Debug, Default)]
pub struct Timers(Vec<(Instant, Action)>);

impl Timers {
    /// Takes out the actions whose time has come, in the order they were set.
    pub fn due(&mut self) -> Vec<Action> {
        let now = Instant::now();
        let (due, later) = std::mem::take(&mut self.0)
            .into_iter()
            .partition(|(at, _)| *at <= now);
        self.0 = later;
        due.into_iter().map(|(_, a)| a).collect()
    }

    /// When the next action is due, if one is waiting.
    pub fn next(&self) -> Option<Instant> {
        self.0.iter().map(|(at, _)| *at).min()
    }
}

/// What carrying out effects needs besides the state: the file, the
/// channel background work reports on, the screen, and the timers.
pub struct World<'a> {
    pub disk: &'a mut Disk,
    pub heard: Tell,
    pub screen: &'a mut dyn Screen,
    pub timers: &'a mut Timers,
}

/// What an effect leads to.
#[derive(Debug)]
pub enum After {
    /// Nothing more now (background work reports later).
    Nothing,
    /// This action, for `update`.
    Report(Action),
    /// The session ends.
    Quit(Ending),
}

/// Whether the session goes on after an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Go,
    Quit(Ending),
}

/// How the user's quit ends the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Nothing to keep: the edits are saved, or were discarded.
    Plain,
    /// The unsaved edits go to a recovery file, as on a signal.
    KeepingEdits,
}

/// Carries out one effect.
pub fn run_effect(effect: Effect, app: &App, world: &mut World) -> io::Result<After> {
    let path = world.disk.path().to_owned();
    let tx = world.heard.clone();
    Ok(match effect {
        Effect::Quit => After::Quit(Ending::Plain),
        Effect::QuitKeepingEdits => After::Quit(Ending::KeepingEdits),
        Effect::Suspend => {
            world.screen.suspend()?;
            After::Nothing
        }
        Effect::Save => {
            world.screen.draw(app)?;
            After::Report(world.disk.save(app))
        }
        Effect::Sync => {
            spawn_sync(path, app.session.signer.clone(), tx);
            After::Nothing
        }
        Effect::Wake { after, action } => {
            world.timers.0.push((Instant::now() + after, action));
            After::Nothing
        }
        Effect::RetakeScreen => {
            world.screen.retake()?;
            After::Nothing
        }
        Effect::SinceReview(day) => {
            // Copied on two threads: cloned here, 100,000 items held the frame.
            spawn_since_review(path, day, crate::ledger::copy(app.doc.ledger()), tx);
            After::Nothing
        }
        Effect::NameSides => {
            let refs = crate::sync::sides::conflict_refs(app.doc.ledger());
            spawn_name_sides(path, refs, tx);
            After::Nothing
        }
        Effect::LoadItemLog(id) => {
            spawn_item_log(path, id, tx);
            After::Nothing
        }
        Effect::CommitReview { date, attendees } => {
            let party = app.session.signer.party.clone();
            spawn_review_commit(path, date, attendees, party, tx);
            After::Nothing
        }
        Effect::RecountUncommitted => {
            spawn_uncommitted(path, tx);
            After::Nothing
        }
        Effect::ReloadFromDisk => {
            world.disk.look_now();
            world.disk.watch(app).map_or(After::Nothing, After::Report)
        }
        Effect::ReportSynced(how) => After::Report(Action::Synced(how)),
    })
}

/// Applies `action` and carries out the effects it asks for, in order (an
/// effect's report is applied, with its own effects, before the next).
pub fn deliver(app: &mut App, action: Action, world: &mut World) -> io::Result<Flow> {
    for effect in update(app, action) {
        match run_effect(effect, app, world)? {
            After::Nothing => {}
            After::Quit(how) => return Ok(Flow::Quit(how)),
            After::Report(a) => {
                let flow = deliver(app, a, world)?;
                if flow != Flow::Go {
                    return Ok(flow);
                }
            }
        }
    }
    Ok(Flow::Go)
}
