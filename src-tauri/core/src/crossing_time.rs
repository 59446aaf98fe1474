//! The planned crossing: a wall-clock date and time at the port, with the port's time zone.
//!
//! Border ports span Central, Mountain, Arizona and Pacific time, and Mexico's zones follow other
//! rules, so a bare local time is meaningless. The local time and the IANA zone are kept as the
//! broker typed them; the instant is derived from both.

use chrono::{DateTime, FixedOffset, LocalResult, NaiveDateTime, TimeZone};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A planned crossing time at a port, as local wall-clock time plus IANA zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlannedCrossing {
    /// Wall-clock time at the port, ISO 8601 without offset ("2026-11-24T08:30:00").
    #[ts(type = "string")]
    pub local: NaiveDateTime,
    /// IANA time zone name ("America/Chicago").
    pub zone: String,
}

/// Why a planned crossing time cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CrossingTimeError {
    #[error("unknown time zone {zone:?}")]
    UnknownZone { zone: String },
    /// The clock skips this time when daylight saving time starts (e.g. 02:30 on the second Sunday
    /// of March in Texas).
    #[error("{local} does not exist in {zone}: the clocks skip it when daylight saving time starts")]
    SkippedByDaylightSaving { local: NaiveDateTime, zone: String },
}

impl PlannedCrossing {
    /// Checks the zone and the local time, returning the crossing if both make an instant.
    pub fn new(local: NaiveDateTime, zone: &str) -> Result<Self, CrossingTimeError> {
        let crossing = Self { local, zone: zone.to_owned() };
        crossing.instant()?;
        Ok(crossing)
    }

    /// The instant, with the offset in force at the port then. A time that occurs twice (the hour
    /// repeated when daylight saving time ends) resolves to the earlier one: a truck planned for
    /// "01:30" is expected at the first 01:30, and arriving early is the safe reading.
    pub fn instant(&self) -> Result<DateTime<FixedOffset>, CrossingTimeError> {
        let tz: Tz = self.zone.parse().map_err(|_| CrossingTimeError::UnknownZone { zone: self.zone.clone() })?;
        match tz.from_local_datetime(&self.local) {
            LocalResult::Single(t) => Ok(t.fixed_offset()),
            LocalResult::Ambiguous(earlier, _) => Ok(earlier.fixed_offset()),
            LocalResult::None => Err(CrossingTimeError::SkippedByDaylightSaving { local: self.local, zone: self.zone.clone() }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap()
    }

    #[test]
    fn offsets_follow_each_ports_zone_and_season() {
        // (zone, local time, expected offset in seconds east of UTC)
        let cases = [
            ("America/Chicago", at(2026, 1, 15, 8, 0), -6 * 3600),
            ("America/Chicago", at(2026, 7, 15, 8, 0), -5 * 3600),
            ("America/Denver", at(2026, 7, 15, 8, 0), -6 * 3600),
            // Arizona keeps MST all year: the same offset in January and July.
            ("America/Phoenix", at(2026, 1, 15, 8, 0), -7 * 3600),
            ("America/Phoenix", at(2026, 7, 15, 8, 0), -7 * 3600),
            ("America/Los_Angeles", at(2026, 7, 15, 8, 0), -7 * 3600),
            // Tijuana follows the U.S. daylight-saving calendar; Monterrey no longer observes DST.
            ("America/Tijuana", at(2026, 7, 15, 8, 0), -7 * 3600),
            ("America/Monterrey", at(2026, 7, 15, 8, 0), -6 * 3600),
        ];
        for (zone, local, offset) in cases {
            let instant = PlannedCrossing::new(local, zone).unwrap().instant().unwrap();
            assert_eq!(instant.offset().local_minus_utc(), offset, "{zone} at {local}");
        }
    }

    #[test]
    fn a_time_skipped_by_daylight_saving_is_refused() {
        // 2026-03-08 02:30 does not exist in Texas: clocks jump from 02:00 to 03:00.
        let err = PlannedCrossing::new(at(2026, 3, 8, 2, 30), "America/Chicago").unwrap_err();
        assert!(matches!(err, CrossingTimeError::SkippedByDaylightSaving { .. }), "{err}");
    }

    #[test]
    fn a_repeated_hour_resolves_to_the_earlier_instant() {
        // 2026-11-01 01:30 happens twice in Texas; the first is still on CDT (-05:00).
        let instant = PlannedCrossing::new(at(2026, 11, 1, 1, 30), "America/Chicago").unwrap().instant().unwrap();
        assert_eq!(instant.offset().local_minus_utc(), -5 * 3600);
    }

    #[test]
    fn an_unknown_zone_is_refused_by_name() {
        let err = PlannedCrossing::new(at(2026, 1, 1, 0, 0), "America/Nowhere").unwrap_err();
        assert_eq!(err, CrossingTimeError::UnknownZone { zone: "America/Nowhere".into() });
    }

    #[test]
    fn serializes_local_time_and_zone_in_camel_case() {
        let crossing = PlannedCrossing::new(at(2026, 11, 24, 8, 30), "America/Chicago").unwrap();
        let json = serde_json::to_value(&crossing).unwrap();
        assert_eq!(json, serde_json::json!({"local": "2026-11-24T08:30:00", "zone": "America/Chicago"}));
    }
}
