//! The declarations list: what to look for, and one page of what was found.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::declaration::Direction;
use crate::draft::{DraftSort, DraftStatus, DraftSummary};

/// Search and filters of the declarations list. Empty text and no filters list every live draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct DraftQuery {
    /// Words to find in the reference, party names, RFC/EIN, descriptions, HTS or fracción.
    pub text: String,
    pub status: Option<DraftStatus>,
    pub direction: Option<Direction>,
    pub port: Option<String>,
    /// First day of the planned crossing (port local time), `YYYY-MM-DD`.
    #[ts(type = "string | null")]
    pub crossing_from: Option<NaiveDate>,
    /// Last day of the planned crossing, `YYYY-MM-DD`.
    #[ts(type = "string | null")]
    pub crossing_to: Option<NaiveDate>,
    pub sort: DraftSort,
    /// The order run backwards (Z to A, latest crossing first, …); drafts without a planned
    /// crossing stay last either way.
    pub reversed: bool,
    pub offset: u32,
    /// Rows wanted; 0 lets the application choose its default page.
    pub limit: u32,
}

/// One page of the list and how many drafts match in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftPage {
    pub items: Vec<DraftSummary>,
    /// Matches in all, across pages; a floor when `total_exact` is false (a text search stops
    /// counting at a limit).
    pub total: u32,
    pub total_exact: bool,
}
