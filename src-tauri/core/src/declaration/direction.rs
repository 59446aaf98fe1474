//! Which way the truck crosses, which decides what each government is told.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

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
