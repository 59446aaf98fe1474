//! The store against real SQLite files in temporary folders: one test binary, a module per area.

mod audit;
mod backup;
mod crash;
mod crossings;
mod drafts;
mod migrations;
mod open;
mod schedules;
mod search;
mod traders;

use chrono::{DateTime, TimeZone, Utc};
use cruce_core::declaration::Declaration;
use cruce_core::sample;

pub fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 15, 0, 0).unwrap()
}

pub fn at(minutes: i64) -> DateTime<Utc> {
    t0() + chrono::Duration::minutes(minutes)
}

/// The northbound sample under another reference.
pub fn declaration(reference: &str) -> Declaration {
    let mut d = sample::northbound_auto_parts();
    d.reference = reference.into();
    d
}

pub const ANA: &str = "ana";
pub const LUIS: &str = "luis";
