//! `followup`: follow up the action items of bilateral joint committees.
//!
//! The library holds the ledger model and its storage ([`ledger`]), dates
//! ([`dates`]) and queries ([`query`]); none of it touches the terminal.

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
pub mod query;
pub mod report;
pub mod sync;
pub mod synthetic;
pub mod ui;
pub mod view;
