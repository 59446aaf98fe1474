//! A draft declaration as stored and listed: its identity, header and timestamps.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::crossing_time::PlannedCrossing;
use crate::declaration::{Declaration, Direction, RevisionNote};
use crate::header::DraftHeader;

/// Where a declaration stands in the broker's work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum DraftStatus {
    Draft,
    Ready,
    Filed,
    Archived,
}

impl DraftStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Ready => "ready",
            Self::Filed => "filed",
            Self::Archived => "archived",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Draft, Self::Ready, Self::Filed, Self::Archived].into_iter().find(|x| x.as_str() == s)
    }
}

/// Order of the declarations list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum DraftSort {
    /// Most recently created first. The default: the list does not reshuffle while a draft is
    /// being saved, and a search streams its first page without collecting every match.
    #[default]
    Newest,
    /// Most recently saved first.
    RecentlyUpdated,
    /// By reference, A to Z.
    Reference,
    /// By planned crossing, soonest first; drafts without one last.
    Crossing,
}

/// One draft declaration at its current revision.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    /// Opaque identifier (a UUIDv7 string).
    pub id: String,
    /// Number of the current revision; a save must name it (optimistic concurrency).
    pub revision: u32,
    pub status: DraftStatus,
    /// The sample draft created on first start, so a new user sees how a declaration looks.
    pub is_demo: bool,
    #[ts(type = "string")]
    pub created_at: DateTime<Utc>,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
    pub declaration: Declaration,
}

/// The columns of the declarations list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftSummary {
    pub id: String,
    pub reference: String,
    pub direction: Direction,
    pub port_of_entry: Option<String>,
    pub planned_crossing: Option<PlannedCrossing>,
    pub status: DraftStatus,
    pub revision: u32,
    pub line_count: u32,
    pub is_demo: bool,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
}

impl Draft {
    /// Applies a validated header to the declaration (the header fields live inside it).
    pub fn apply_header(declaration: &mut Declaration, header: &DraftHeader) {
        declaration.reference = header.reference().to_owned();
        declaration.direction = header.direction();
        declaration.transport.us_port = header.port_of_entry().unwrap_or_default().to_owned();
        declaration.transport.estimated_arrival = header.planned_crossing().cloned();
    }
}

/// One saved revision of a draft, without its document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RevisionInfo {
    pub revision: u32,
    #[ts(type = "string")]
    pub saved_at: DateTime<Utc>,
    pub author: String,
    /// What changed from the revision before, as data: the UI says it in the user's language.
    pub note: RevisionNote,
}
