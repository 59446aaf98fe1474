//! The review of potential matches as stored and shown: list versions, screenings, the queue and
//! the decisions compliance staff take on each hit.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::diff::ListDiff;
use super::index::Hit;
use super::party::ScreenedParty;
use super::ListKind;

/// One imported version of a list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListVersion {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: ListKind,
    #[ts(type = "string")]
    pub imported_at: DateTime<Utc>,
    pub imported_by: String,
    /// The files or the address it came from.
    pub source: String,
    pub sha256: String,
    pub published: Option<String>,
    pub encoding: String,
    pub entries: u32,
    pub names: u32,
    /// What changed from the version before (all added for the first).
    pub changes: ListDiffCounts,
    pub notes: Vec<String>,
    /// The newest version of its kind: the one screening uses.
    pub in_use: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListDiffCounts {
    pub added: u32,
    pub removed: u32,
    pub changed: u32,
}

impl From<&ListDiff> for ListDiffCounts {
    fn from(d: &ListDiff) -> Self {
        ListDiffCounts { added: d.added.len() as u32, removed: d.removed.len() as u32, changed: d.changed.len() as u32 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ReviewOutcome {
    TrueMatch,
    FalsePositive,
    Escalated,
}

impl ReviewOutcome {
    pub fn code(self) -> &'static str {
        match self {
            Self::TrueMatch => "true_match",
            Self::FalsePositive => "false_positive",
            Self::Escalated => "escalated",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [Self::TrueMatch, Self::FalsePositive, Self::Escalated].into_iter().find(|o| o.code() == code)
    }
}

/// A decision on one hit: the party is (or is not) the list's entry as it was.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Decision {
    #[ts(type = "number")]
    pub id: i64,
    pub party_key: String,
    pub list: ListKind,
    pub entry: String,
    pub digest: String,
    #[ts(type = "number")]
    pub version: i64,
    pub score: f64,
    pub outcome: ReviewOutcome,
    pub reason: String,
    pub decided_by: String,
    #[ts(type = "string")]
    pub decided_at: DateTime<Utc>,
}

/// A hit as the review sees it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewItem {
    pub party: ScreenedParty,
    pub hit: Hit,
    #[ts(type = "string")]
    pub first_raised: DateTime<Utc>,
    /// When this version of the hit (the entry as it is now) was first raised.
    #[ts(type = "string")]
    pub raised_at: DateTime<Utc>,
    /// The latest decision on this party and entry, whichever version of the entry it was on.
    pub decision: Option<Decision>,
    /// Whether the latest decision holds for the entry as it is now.
    pub decided: bool,
    /// Where the party was met ("draft:…", "company:…", "batch").
    pub uses: Vec<String>,
}

/// One screening of a party.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScreeningRun {
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
    pub by: String,
    pub context: String,
    /// The list versions it ran against ("ofac-sdn 3").
    pub versions: Vec<String>,
    pub hits: u32,
    pub new_hits: u32,
}

/// Everything known of one party's screening.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PartyHistory {
    pub party: ScreenedParty,
    pub runs: Vec<ScreeningRun>,
    pub hits: Vec<ReviewItem>,
    pub decisions: Vec<Decision>,
}
