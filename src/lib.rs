//! `followup`: follow up the action items of bilateral joint committees.
//!
//! Floors, each module using only the floors below it (checked by
//! `tests/architecture.rs`): [`base`] (dates, text, folding) ← [`ledger`]
//! (model and storage) ← [`config`], [`git`], [`query`] ← [`ops`] (edits as
//! values), [`portfolio`] ← [`sync`] ← [`i18n`] (every word) ← [`app`] (the dashboard's
//! state, no words), [`view`] ← [`ui`], [`report`] ← [`outreach`],
//! [`interchange`] ← [`cli`] ← [`dashboard`] (the terminal and the loop).
//! Nothing below [`i18n`] builds a sentence or touches the terminal.

pub mod app;
pub mod base;
pub mod cli;
pub mod config;
pub mod dashboard;
pub mod git;
pub mod i18n;
pub mod interchange;
pub mod ledger;
pub mod ops;
pub mod outreach;
pub mod portfolio;
pub mod query;
pub mod report;
pub mod sync;
pub mod synthetic;
pub mod ui;
pub mod view;

/// mimalloc, for the binary and everything that measures it: a large ledger
/// loads faster and takes less memory (many small strings).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
