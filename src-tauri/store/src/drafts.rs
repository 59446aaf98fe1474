//! Draft declarations: create, list (most recently changed first), get, update the header, delete.

use chrono::{DateTime, NaiveDateTime, SecondsFormat, Utc};
use cruce_core::{Direction, Draft, DraftHeader, DraftSummary, HeaderInput, PlannedCrossing};
use rusqlite::{params, OptionalExtension, Row};

use crate::{Store, StoreError};

const DRAFT_COLUMNS: &str =
    "id, reference, direction, port_code, crossing_local, crossing_zone, is_demo, created_at, updated_at";
const DEMO_SEEDED: &str = "demo_seeded";

impl Store {
    /// Creates a draft with this header and returns it.
    pub fn create_draft(&mut self, header: &DraftHeader, now: DateTime<Utc>) -> Result<Draft, StoreError> {
        let id = uuid::Uuid::now_v7().to_string();
        let tx = self.conn.transaction()?;
        insert(&tx, &id, header, false, now)?;
        tx.commit()?;
        self.get_draft(&id)
    }

    /// Creates the demo draft once in the life of the database. Returns whether it was created:
    /// after the user deletes it, it stays deleted.
    pub fn seed_demo_draft(&mut self, header: &DraftHeader, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let tx = self.conn.transaction()?;
        let seeded: Option<String> = tx
            .query_row("SELECT value FROM database_fact WHERE key = ?1", [DEMO_SEEDED], |r| r.get(0))
            .optional()?;
        if seeded.is_some() {
            return Ok(false);
        }
        insert(&tx, &uuid::Uuid::now_v7().to_string(), header, true, now)?;
        tx.execute("INSERT INTO database_fact (key, value) VALUES (?1, ?2)", params![DEMO_SEEDED, timestamp(now)])?;
        tx.commit()?;
        Ok(true)
    }

    /// All drafts, the most recently changed first.
    pub fn list_drafts(&self) -> Result<Vec<DraftSummary>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {DRAFT_COLUMNS} FROM draft ORDER BY updated_at DESC, id DESC"
        ))?;
        let rows = stmt.query_map([], read_row)?;
        let mut drafts = Vec::new();
        for row in rows {
            drafts.push(DraftSummary::from(&into_draft(row?)?));
        }
        Ok(drafts)
    }

    pub fn get_draft(&self, id: &str) -> Result<Draft, StoreError> {
        let row = self
            .conn
            .query_row(&format!("SELECT {DRAFT_COLUMNS} FROM draft WHERE id = ?1"), [id], read_row)
            .optional()?
            .ok_or_else(|| StoreError::DraftNotFound { id: id.to_owned() })?;
        into_draft(row)
    }

    /// Replaces the header of an existing draft.
    pub fn update_draft_header(
        &mut self,
        id: &str,
        header: &DraftHeader,
        now: DateTime<Utc>,
    ) -> Result<Draft, StoreError> {
        let crossing = header.planned_crossing();
        let changed = self.conn.execute(
            "UPDATE draft SET reference = ?2, direction = ?3, port_code = ?4, crossing_local = ?5,
                    crossing_zone = ?6, updated_at = ?7
             WHERE id = ?1",
            params![
                id,
                header.reference(),
                header.direction().as_str(),
                header.port_of_entry(),
                crossing.map(|c| local_text(&c.local)),
                crossing.map(|c| c.zone.as_str()),
                timestamp(now),
            ],
        )?;
        if changed == 0 {
            return Err(StoreError::DraftNotFound { id: id.to_owned() });
        }
        self.get_draft(id)
    }

    pub fn delete_draft(&mut self, id: &str) -> Result<(), StoreError> {
        match self.conn.execute("DELETE FROM draft WHERE id = ?1", [id])? {
            0 => Err(StoreError::DraftNotFound { id: id.to_owned() }),
            _ => Ok(()),
        }
    }
}

fn insert(
    tx: &rusqlite::Transaction<'_>,
    id: &str,
    header: &DraftHeader,
    is_demo: bool,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let crossing = header.planned_crossing();
    let at = timestamp(now);
    tx.execute(
        &format!("INSERT INTO draft ({DRAFT_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)"),
        params![
            id,
            header.reference(),
            header.direction().as_str(),
            header.port_of_entry(),
            crossing.map(|c| local_text(&c.local)),
            crossing.map(|c| c.zone.as_str()),
            is_demo,
            at,
        ],
    )?;
    Ok(())
}

/// A row as stored, before the domain rules have looked at it.
struct DraftRow {
    id: String,
    reference: String,
    direction: String,
    port_code: Option<String>,
    crossing_local: Option<String>,
    crossing_zone: Option<String>,
    is_demo: bool,
    created_at: String,
    updated_at: String,
}

fn read_row(r: &Row<'_>) -> rusqlite::Result<DraftRow> {
    Ok(DraftRow {
        id: r.get(0)?,
        reference: r.get(1)?,
        direction: r.get(2)?,
        port_code: r.get(3)?,
        crossing_local: r.get(4)?,
        crossing_zone: r.get(5)?,
        is_demo: r.get(6)?,
        created_at: r.get(7)?,
        updated_at: r.get(8)?,
    })
}

/// Rebuilds the domain value, applying the same rules as on input: a row edited outside Cruce
/// surfaces as [`StoreError::InvalidRow`] instead of reaching the screen unchecked.
fn into_draft(row: DraftRow) -> Result<Draft, StoreError> {
    let invalid = |reason: String| StoreError::InvalidRow { id: row.id.clone(), reason };
    let direction = Direction::parse(&row.direction)
        .ok_or_else(|| invalid(format!("unknown direction {:?}", row.direction)))?;
    let planned_crossing = match (&row.crossing_local, &row.crossing_zone) {
        (Some(local), Some(zone)) => Some(PlannedCrossing {
            local: NaiveDateTime::parse_from_str(local, LOCAL_FORMAT)
                .map_err(|e| invalid(format!("crossing time {local:?}: {e}")))?,
            zone: zone.clone(),
        }),
        _ => None,
    };
    let header = DraftHeader::try_from(HeaderInput {
        reference: row.reference.clone(),
        direction,
        port_of_entry: row.port_code.clone(),
        planned_crossing,
    })
    .map_err(|e| invalid(e.to_string()))?;
    let instant = |text: &str| {
        DateTime::parse_from_rfc3339(text)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|e| invalid(format!("timestamp {text:?}: {e}")))
    };
    Ok(Draft {
        created_at: instant(&row.created_at)?,
        updated_at: instant(&row.updated_at)?,
        id: row.id,
        header,
        is_demo: row.is_demo,
    })
}

const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

fn local_text(local: &NaiveDateTime) -> String {
    local.format(LOCAL_FORMAT).to_string()
}

/// Fixed-width UTC timestamps, so that text order is time order in indexes.
fn timestamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}
