//! The header of a draft declaration: the fields a broker sets first, validated on construction.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::crossing_time::{CrossingTimeError, PlannedCrossing};
use crate::declaration::Direction;
use crate::reference::Reference;

/// Longest broker reference accepted. The CBP entry summary's reference-number block and the
/// pedimento's internal reference are both shorter than this; it is a guard against pasted text,
/// not a format rule.
pub const REFERENCE_MAX_CHARS: usize = 60;

/// Header fields as the user typed them, before validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HeaderInput {
    pub reference: String,
    pub direction: Direction,
    /// 4-digit CBP port code, or none while the broker has not chosen one.
    pub port_of_entry: Option<String>,
    pub planned_crossing: Option<PlannedCrossing>,
}

/// A validated header: the reference is trimmed and present, the port is a southern land-border
/// port, and the planned crossing names a real instant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftHeader {
    reference: String,
    direction: Direction,
    port_of_entry: Option<String>,
    planned_crossing: Option<PlannedCrossing>,
}

/// Why a header cannot be saved. Each variant is one thing the user must change.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HeaderError {
    #[error("the reference is empty")]
    ReferenceRequired,
    #[error("the reference has {len} characters; at most {max} are allowed")]
    ReferenceTooLong { len: usize, max: usize },
    #[error("the reference contains control characters")]
    ReferenceHasControlCharacters,
    #[error("{code:?} is not a U.S. port of entry on the Mexican border")]
    UnknownPort { code: String },
    #[error(transparent)]
    CrossingTime(#[from] CrossingTimeError),
}

/// A broker reference as it is kept: trimmed, present, short enough and without control
/// characters. Counted in characters, not bytes, so accented Spanish references are not cut short.
pub fn reference(raw: &str) -> Result<String, HeaderError> {
    let reference = raw.trim();
    if reference.is_empty() {
        return Err(HeaderError::ReferenceRequired);
    }
    let len = reference.chars().count();
    if len > REFERENCE_MAX_CHARS {
        return Err(HeaderError::ReferenceTooLong { len, max: REFERENCE_MAX_CHARS });
    }
    if reference.chars().any(char::is_control) {
        return Err(HeaderError::ReferenceHasControlCharacters);
    }
    Ok(reference.to_owned())
}

impl DraftHeader {
    /// Checks the typed header against the rules and the ports in `reference`.
    pub fn new(input: HeaderInput, reference: &Reference) -> Result<Self, HeaderError> {
        let checked = self::reference(&input.reference)?;
        let port_of_entry = match input.port_of_entry.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(code) => match reference.us_port(code) {
                Some(port) => Some(port.code.to_owned()),
                None => return Err(HeaderError::UnknownPort { code: code.to_owned() }),
            },
        };
        let planned_crossing = match input.planned_crossing {
            None => None,
            Some(c) => Some(PlannedCrossing::new(c.local, &c.zone)?),
        };
        Ok(Self { reference: checked, direction: input.direction, port_of_entry, planned_crossing })
    }

    pub fn reference(&self) -> &str {
        &self.reference
    }
    pub fn direction(&self) -> Direction {
        self.direction
    }
    pub fn port_of_entry(&self) -> Option<&str> {
        self.port_of_entry.as_deref()
    }
    pub fn planned_crossing(&self) -> Option<&PlannedCrossing> {
        self.planned_crossing.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn checked(input: HeaderInput) -> Result<DraftHeader, HeaderError> {
        DraftHeader::new(input, &Reference::builtin())
    }

    fn input(reference: &str, port: Option<&str>) -> HeaderInput {
        HeaderInput {
            reference: reference.into(),
            direction: Direction::Northbound,
            port_of_entry: port.map(Into::into),
            planned_crossing: None,
        }
    }

    #[test]
    fn accepts_and_normalises_a_complete_header() {
        let mut raw = input("  LRD-2026-0001 ", Some("2304"));
        raw.planned_crossing = Some(PlannedCrossing {
            local: NaiveDate::from_ymd_opt(2026, 11, 24).unwrap().and_hms_opt(8, 30, 0).unwrap(),
            zone: "America/Chicago".into(),
        });
        let header = checked(raw).unwrap();
        assert_eq!(header.reference(), "LRD-2026-0001", "surrounding blanks are trimmed");
        assert_eq!(header.port_of_entry(), Some("2304"));
        assert!(header.planned_crossing().is_some());
    }

    #[test]
    fn an_empty_port_means_not_chosen_yet() {
        let header = checked(input("A", Some("  "))).unwrap();
        assert_eq!(header.port_of_entry(), None);
    }

    #[test]
    fn each_bad_field_gives_its_own_error() {
        let long = "x".repeat(REFERENCE_MAX_CHARS + 1);
        let cases: [(HeaderInput, HeaderError); 5] = [
            (input("   ", None), HeaderError::ReferenceRequired),
            (input(&long, None), HeaderError::ReferenceTooLong { len: 61, max: 60 }),
            (input("A\u{7}B", None), HeaderError::ReferenceHasControlCharacters),
            (input("A", Some("0901")), HeaderError::UnknownPort { code: "0901".into() }),
            (input("A", Some("LAREDO")), HeaderError::UnknownPort { code: "LAREDO".into() }),
        ];
        for (raw, expected) in cases {
            assert_eq!(checked(raw.clone()).unwrap_err(), expected, "{raw:?}");
        }
    }

    #[test]
    fn a_reference_of_exactly_the_maximum_length_is_accepted() {
        // Counted in characters, not bytes: accented Spanish references must not be cut short.
        let reference = "é".repeat(REFERENCE_MAX_CHARS);
        assert!(checked(input(&reference, None)).is_ok());
    }

    #[test]
    fn a_bad_crossing_time_is_reported_as_such() {
        let mut raw = input("A", None);
        raw.planned_crossing = Some(PlannedCrossing {
            local: NaiveDate::from_ymd_opt(2026, 3, 8).unwrap().and_hms_opt(2, 30, 0).unwrap(),
            zone: "America/Chicago".into(),
        });
        assert!(matches!(checked(raw), Err(HeaderError::CrossingTime(CrossingTimeError::SkippedByDaylightSaving { .. }))));
    }
}
