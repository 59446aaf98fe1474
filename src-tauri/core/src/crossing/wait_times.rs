//! CBP's Border Wait Times (BWT) response read into commercial-lane readings.
//!
//! The public JSON API (`bwt.cbp.gov/api/bwtnew`) answers an array of ports, every value a
//! string. Per commercial crossing Cruce reads the standard and the FAST lanes: a delay in
//! minutes and the lanes open, or no reading at all — "N/A", "Update Pending" and "Lanes Closed"
//! are missing values, never zero minutes. Each lane's `update_time` ("At 2:00 pm PDT", "At Noon
//! CDT") is local time at the port with its zone's abbreviation; with the response's `date` it
//! makes the instant of the reading, so the same port and update read twice is one reading.
//! CBP's commercial wait times are estimates (GAO-13-603 found them unreliable for reporting):
//! screens label them so.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Largest response read: the whole API answer is about 200 KB.
pub const MAX_RESPONSE_BYTES: usize = 8 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WaitTimesError {
    #[error("the response is {size} bytes; at most {max} are read")]
    TooLarge { size: usize, max: usize },
    #[error("the response is not JSON: {message} (line {line}, column {column})")]
    Syntax { message: String, line: usize, column: usize },
    #[error("the response is not a list of ports: {message}")]
    Shape { message: String },
}

/// Why a lane has no reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum NoReading {
    /// "N/A": the port reports no such lane now.
    NotApplicable,
    /// "Update Pending".
    UpdatePending,
    /// "Lanes Closed".
    LanesClosed,
    /// A status Cruce does not know, or a delay that is not a number.
    Unreadable,
}

/// One lane type at one crossing, as CBP estimated it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "state", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum LaneReading {
    Open {
        delay_minutes: u32,
        lanes_open: Option<u32>,
        /// When CBP updated it.
        #[ts(type = "string | null")]
        updated_at: Option<DateTime<Utc>>,
    },
    Missing {
        reason: NoReading,
    },
}

impl LaneReading {
    /// The delay in minutes, or `None` without a reading (never zero for a missing one).
    pub fn minutes(&self) -> Option<u32> {
        match self {
            Self::Open { delay_minutes, .. } => Some(*delay_minutes),
            Self::Missing { .. } => None,
        }
    }
}

/// The commercial lanes of one crossing in one response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CommercialWait {
    /// CBP's 6-digit port + crossing number ("230404" Laredo World Trade Bridge).
    pub port_number: String,
    pub port_name: String,
    pub crossing_name: String,
    pub hours: String,
    pub port_status: String,
    pub maximum_lanes: u32,
    pub standard: LaneReading,
    pub fast: LaneReading,
}

impl CommercialWait {
    /// The instant of the newest of the two lanes' updates, which identifies the reading.
    pub fn updated_at(&self) -> Option<DateTime<Utc>> {
        [&self.standard, &self.fast]
            .into_iter()
            .filter_map(|l| match l {
                LaneReading::Open { updated_at, .. } => *updated_at,
                LaneReading::Missing { .. } => None,
            })
            .max()
    }
}

#[derive(Deserialize)]
struct RawPort {
    #[serde(default)]
    port_number: String,
    #[serde(default)]
    border: String,
    #[serde(default)]
    port_name: String,
    #[serde(default)]
    crossing_name: String,
    #[serde(default)]
    hours: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    time: String,
    #[serde(default)]
    port_status: String,
    commercial_vehicle_lanes: Option<RawCommercial>,
}

#[derive(Deserialize)]
struct RawCommercial {
    #[serde(default)]
    maximum_lanes: String,
    standard_lanes: Option<RawLane>,
    #[serde(rename = "FAST_lanes")]
    fast_lanes: Option<RawLane>,
}

#[derive(Deserialize)]
struct RawLane {
    #[serde(default)]
    update_time: String,
    #[serde(default)]
    operational_status: String,
    #[serde(default)]
    delay_minutes: String,
    #[serde(default)]
    lanes_open: String,
}

/// The UTC offset of the zone abbreviations CBP writes at the southern and northern border.
fn offset_of(abbreviation: &str) -> Option<FixedOffset> {
    let hours = match abbreviation {
        "EDT" => -4,
        "EST" | "CDT" => -5,
        "CST" | "MDT" => -6,
        "MST" | "PDT" => -7,
        "PST" | "AKDT" => -8,
        "AKST" => -9,
        _ => return None,
    };
    FixedOffset::east_opt(hours * 3600)
}

/// "At 2:00 pm PDT", "At Noon CDT", "At Midnight EST" → local time and offset.
fn update_time(text: &str) -> Option<(NaiveTime, FixedOffset)> {
    let rest = text.trim().strip_prefix("At ")?;
    let (clock, zone) = rest.rsplit_once(' ')?;
    let offset = offset_of(zone.trim())?;
    let time = match clock.trim().to_ascii_lowercase().as_str() {
        "noon" => NaiveTime::from_hms_opt(12, 0, 0)?,
        "midnight" => NaiveTime::from_hms_opt(0, 0, 0)?,
        c => NaiveTime::parse_from_str(&c.replace(' ', ""), "%I:%M%P").ok()?,
    };
    Some((time, offset))
}

/// The instant of a lane's update: the response's date (local at the port) with the update's
/// local time; an update later in the day than the response's own local time was yesterday's.
fn updated_instant(date: Option<NaiveDate>, captured: Option<NaiveTime>, update: &str) -> Option<DateTime<Utc>> {
    let (time, offset) = update_time(update)?;
    let mut day = date?;
    // Five minutes of leeway for clocks; near midnight the leeway does not wrap to the morning.
    if captured.is_some_and(|c| time.signed_duration_since(c) > Duration::minutes(5)) {
        day = day.pred_opt()?;
    }
    offset.from_local_datetime(&day.and_time(time)).single().map(|t| t.with_timezone(&Utc))
}

fn lane(raw: Option<&RawLane>, date: Option<NaiveDate>, captured: Option<NaiveTime>) -> LaneReading {
    let Some(raw) = raw else { return LaneReading::Missing { reason: NoReading::NotApplicable } };
    let missing = |reason| LaneReading::Missing { reason };
    match raw.operational_status.trim().to_ascii_lowercase().as_str() {
        "delay" | "no delay" => match raw.delay_minutes.trim().parse::<u32>() {
            Ok(delay_minutes) => LaneReading::Open {
                delay_minutes,
                lanes_open: raw.lanes_open.trim().parse().ok(),
                updated_at: updated_instant(date, captured, &raw.update_time),
            },
            Err(_) => missing(NoReading::Unreadable),
        },
        "n/a" | "" => missing(NoReading::NotApplicable),
        "update pending" => missing(NoReading::UpdatePending),
        "lanes closed" => missing(NoReading::LanesClosed),
        _ => missing(NoReading::Unreadable),
    }
}

/// The Mexican-border ports of a BWT response with their commercial lanes, in the response's
/// order. Ports without commercial lanes, and the Canadian border, are left out.
pub fn parse(text: &str) -> Result<Vec<CommercialWait>, WaitTimesError> {
    if text.len() > MAX_RESPONSE_BYTES {
        return Err(WaitTimesError::TooLarge { size: text.len(), max: MAX_RESPONSE_BYTES });
    }
    // Straight into the port records, once: a JSON error is the answer's syntax, a data error its
    // shape (a list of something else).
    let ports: Vec<RawPort> = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => WaitTimesError::Shape { message: e.to_string() },
        _ => WaitTimesError::Syntax {
            message: e.to_string().split(" at line").next().unwrap_or_default().to_owned(),
            line: e.line(),
            column: e.column(),
        },
    })?;
    let mut out = Vec::new();
    for p in ports {
        if !p.border.eq_ignore_ascii_case("Mexican Border") {
            continue;
        }
        let Some(cv) = p.commercial_vehicle_lanes else { continue };
        // "N/A" (or 0) commercial lanes: a passenger-only crossing such as Otay Mesa Passenger.
        let maximum_lanes = cv.maximum_lanes.trim().parse::<u32>().ok().filter(|n| *n > 0);
        if maximum_lanes.is_none() || p.port_number.trim().is_empty() {
            continue;
        }
        let date = NaiveDate::parse_from_str(p.date.trim(), "%m/%d/%Y").ok();
        let captured = NaiveTime::parse_from_str(p.time.trim(), "%H:%M:%S").ok();
        out.push(CommercialWait {
            port_number: p.port_number.trim().to_owned(),
            port_name: p.port_name.trim().to_owned(),
            crossing_name: p.crossing_name.trim().to_owned(),
            hours: p.hours.trim().to_owned(),
            port_status: p.port_status.trim().to_owned(),
            maximum_lanes: maximum_lanes.unwrap_or_default(),
            standard: lane(cv.standard_lanes.as_ref(), date, captured),
            fast: lane(cv.fast_lanes.as_ref(), date, captured),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn update_times_as_cbp_writes_them() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(update_time("At 2:00 pm PDT"), Some((t(14, 0), FixedOffset::east_opt(-7 * 3600).unwrap())));
        assert_eq!(update_time("At Noon CDT").map(|x| x.0), Some(t(12, 0)));
        assert_eq!(update_time("At Midnight EST").map(|x| x.0), Some(t(0, 0)));
        assert_eq!(update_time("At 12:30 am MST").map(|x| x.0), Some(t(0, 30)));
        assert_eq!(update_time("At 2:00 pm XYZ"), None, "an unknown zone is no instant, not a guess");
        assert_eq!(update_time(""), None);
    }

    #[test]
    fn an_update_later_than_the_capture_was_the_day_before() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 2);
        let captured = NaiveTime::from_hms_opt(0, 10, 0);
        let at = updated_instant(day, captured, "At 11:00 pm CST").unwrap();
        assert_eq!(at.to_rfc3339(), "2026-12-02T05:00:00+00:00", "23:00 CST on 1 December");
    }
}
