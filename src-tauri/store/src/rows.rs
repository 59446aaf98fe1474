//! How values are written in and read from rows: timestamps, planned crossings and the list's
//! summary columns. Shared by every table group, so no module reaches into another for them.

use chrono::{DateTime, NaiveDateTime, SecondsFormat, Utc};
use cruce_core::{Direction, DraftStatus, DraftSummary, PlannedCrossing};
use rusqlite::Row;

use crate::StoreError;

/// The columns [`read_summary`] reads, in its order.
pub(crate) const SUMMARY_COLUMNS: &str =
    "id, reference, direction, port_code, crossing_local, crossing_zone, status, revision, line_count, is_demo, updated_at";

/// One row of [`SUMMARY_COLUMNS`] as the list shows it. The outer error is SQLite's; the inner one
/// a row this binary's rules reject.
pub(crate) fn read_summary(r: &Row<'_>) -> rusqlite::Result<Result<DraftSummary, StoreError>> {
    let id: String = r.get(0)?;
    let direction: String = r.get(2)?;
    let crossing_local: Option<String> = r.get(4)?;
    let crossing_zone: Option<String> = r.get(5)?;
    let status: String = r.get(6)?;
    let updated: String = r.get(10)?;
    let summary = (|| {
        let invalid = |reason: String| StoreError::InvalidRow { id: id.clone(), reason };
        Ok(DraftSummary {
            reference: r.get(1)?,
            direction: Direction::parse(&direction).ok_or_else(|| invalid(format!("unknown direction {direction:?}")))?,
            port_of_entry: r.get(3)?,
            planned_crossing: match (crossing_local, crossing_zone) {
                (Some(local), Some(zone)) => {
                    NaiveDateTime::parse_from_str(&local, LOCAL_FORMAT).ok().map(|local| PlannedCrossing { local, zone })
                }
                _ => None,
            },
            status: status_of(&id, &status)?,
            revision: r.get(7)?,
            line_count: r.get(8)?,
            is_demo: r.get(9)?,
            updated_at: instant(&id, &updated)?,
            id: id.clone(),
        })
    })();
    Ok(summary)
}

/// A stored status of draft `id`.
pub(crate) fn status_of(id: &str, text: &str) -> Result<DraftStatus, StoreError> {
    DraftStatus::parse(text).ok_or_else(|| StoreError::InvalidRow { id: id.to_owned(), reason: format!("unknown status {text:?}") })
}

const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

/// A planned crossing's wall-clock time, as stored beside its zone.
pub(crate) fn local_text(local: &NaiveDateTime) -> String {
    local.format(LOCAL_FORMAT).to_string()
}

/// Fixed-width UTC timestamps, so that text order is time order in indexes.
pub(crate) fn timestamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// A stored timestamp of draft `id`; an unreadable one is an invalid row of that draft.
pub(crate) fn instant(id: &str, text: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| StoreError::InvalidRow { id: id.to_owned(), reason: format!("timestamp {text:?}: {e}") })
}
