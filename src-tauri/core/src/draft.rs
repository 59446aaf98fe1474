//! A draft declaration as stored and listed: its identity, header and timestamps.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::crossing_time::PlannedCrossing;
use crate::header::DraftHeader;

/// Which way the truck crosses. Northbound is a Mexican export and a U.S. import; southbound the
/// reverse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Northbound,
    Southbound,
}

impl Direction {
    /// The stable lowercase name used in storage and on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Northbound => "northbound",
            Self::Southbound => "southbound",
        }
    }

    /// Parses the stable name written by [`Direction::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "northbound" => Some(Self::Northbound),
            "southbound" => Some(Self::Southbound),
            _ => None,
        }
    }
}

/// One draft declaration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    /// Opaque identifier (a UUIDv7 string).
    pub id: String,
    pub header: DraftHeader,
    /// The sample draft created on first start, so a new user sees how a declaration looks.
    pub is_demo: bool,
    #[ts(type = "string")]
    pub created_at: DateTime<Utc>,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
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
    pub is_demo: bool,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
}

impl From<&Draft> for DraftSummary {
    fn from(d: &Draft) -> Self {
        Self {
            id: d.id.clone(),
            reference: d.header.reference().to_owned(),
            direction: d.header.direction(),
            port_of_entry: d.header.port_of_entry().map(str::to_owned),
            planned_crossing: d.header.planned_crossing().cloned(),
            is_demo: d.is_demo,
            updated_at: d.updated_at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_names_round_trip() {
        for d in [Direction::Northbound, Direction::Southbound] {
            assert_eq!(Direction::parse(d.as_str()), Some(d));
            assert_eq!(serde_json::to_value(d).unwrap(), d.as_str(), "wire name equals stored name");
        }
        assert_eq!(Direction::parse("Northbound"), None, "stored names are exact");
    }
}
