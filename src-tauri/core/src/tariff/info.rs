//! What an imported schedule is: its kind, the edition, the day it took effect and where it came
//! from. The store keeps one row of this for every version it holds.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The kinds of reference data a user imports from their publishers' files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
pub enum ScheduleKind {
    /// The USITC Harmonized Tariff Schedule, CSV export (hts.usitc.gov).
    #[serde(rename = "hts-usitc")]
    HtsUsitc,
    /// SAT's catalog of fracciones arancelarias with their NICO, unit and validity
    /// (c_FraccionArancelaria of Comercio Exterior 2.0).
    #[serde(rename = "sat-fracciones")]
    SatFracciones,
    /// SAT's catalog of customs brokers' patentes (c_PatenteAduanal).
    #[serde(rename = "sat-patentes")]
    SatPatentes,
}

impl ScheduleKind {
    pub const ALL: [ScheduleKind; 3] = [Self::HtsUsitc, Self::SatFracciones, Self::SatPatentes];

    /// The name used on the command line and in the store.
    pub fn code(self) -> &'static str {
        match self {
            Self::HtsUsitc => "hts-usitc",
            Self::SatFracciones => "sat-fracciones",
            Self::SatPatentes => "sat-patentes",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// One imported version of a schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScheduleInfo {
    pub kind: ScheduleKind,
    /// As the publisher names it, e.g. "HTS 2026 Revision 3".
    pub edition: String,
    /// The first day this version applies to a crossing.
    #[ts(type = "string")]
    pub effective_from: NaiveDate,
    /// The file name or address it was read from.
    pub source: String,
    /// Lines (or codes) it holds.
    pub lines: u32,
}
