//! The trusted-trader registry's records, each kept as whole revisions with an audit entry per
//! change (as drafts are), and the evidence files memberships cite, kept once by their SHA-256.

use chrono::{DateTime, Utc};
use cruce_core::trader::{Company, Driver, Equipment, Evidence, Stored, TraderKind, TraderRecord};
use rusqlite::{params, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};

use crate::audit::{append, AuditAction};
use crate::rows::{instant, timestamp};
use crate::{Store, StoreError};

/// Every current record, by kind.
#[derive(Debug, Default)]
pub struct Traders {
    pub companies: Vec<Stored<Company>>,
    pub drivers: Vec<Stored<Driver>>,
    pub equipment: Vec<Stored<Equipment>>,
    /// Rows this binary cannot read (written by hand, or by a newer Cruce): left out, named here.
    pub unreadable: Vec<(String, StoreError)>,
}

/// One revision of a record as its history lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct TraderRevision {
    pub revision: u32,
    pub saved_at: DateTime<Utc>,
    pub saved_by: String,
    pub record: TraderRecord,
}

fn kind_of(record: &TraderRecord) -> TraderKind {
    match record {
        TraderRecord::Company(_) => TraderKind::Company,
        TraderRecord::Driver(_) => TraderKind::Driver,
        TraderRecord::Equipment(_) => TraderKind::Equipment,
    }
}

fn to_json(record: &TraderRecord) -> String {
    serde_json::to_string(record).expect("a registry record always serializes")
}

fn from_json(id: &str, text: &str) -> Result<TraderRecord, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::InvalidRow { id: id.to_owned(), reason: format!("registry record: {e}") })
}

fn title(record: &TraderRecord) -> String {
    match record {
        TraderRecord::Company(c) => c.name.clone(),
        TraderRecord::Driver(d) => d.name.clone(),
        TraderRecord::Equipment(e) => format!("{} {}", e.number, e.plate).trim().to_owned(),
    }
}

/// Writes one record inside `tx`: a new one when `id` is `None`, else the next revision of `id`
/// if it is still at `expected`.
fn write(
    tx: &Transaction<'_>,
    id: Option<&str>,
    expected: u32,
    record: &TraderRecord,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<Stored<TraderRecord>, StoreError> {
    let document = to_json(record);
    let kind = kind_of(record);
    let (id, revision) = match id {
        None => {
            let id = uuid::Uuid::now_v7().to_string();
            tx.execute(
                "INSERT INTO trader (id, kind, revision, document, updated_at, updated_by) VALUES (?1, ?2, 1, ?3, ?4, ?5)",
                params![id, kind.code(), document, timestamp(now), actor],
            )?;
            (id, 1)
        }
        Some(id) => {
            let current: Option<(u32, String)> =
                tx.query_row("SELECT revision, kind FROM trader WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
            let Some((current, stored_kind)) = current else { return Err(StoreError::TraderNotFound { id: id.to_owned() }) };
            if current != expected {
                return Err(StoreError::TraderConflict { id: id.to_owned(), expected, current });
            }
            if stored_kind != kind.code() {
                return Err(StoreError::InvalidRow {
                    id: id.to_owned(),
                    reason: format!("a {stored_kind} cannot become a {}", kind.code()),
                });
            }
            let next = current + 1;
            tx.execute(
                "UPDATE trader SET revision = ?2, document = ?3, updated_at = ?4, updated_by = ?5 WHERE id = ?1",
                params![id, next, document, timestamp(now), actor],
            )?;
            (id.to_owned(), next)
        }
    };
    tx.execute(
        "INSERT INTO trader_revision (trader_id, revision, document, saved_at, saved_by) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, revision, document, timestamp(now), actor],
    )?;
    Ok(Stored { id, revision, updated_at: now, updated_by: actor.to_owned(), record: record.clone() })
}

impl Store {
    /// Saves a registry record: a new one (`id` `None`), or the next revision of `id` if nobody
    /// saved it since `expected_revision` ([`StoreError::TraderConflict`] otherwise, nothing
    /// written). The revision and its audit entry commit together.
    pub fn save_trader(
        &mut self,
        id: Option<&str>,
        expected_revision: u32,
        record: &TraderRecord,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Stored<TraderRecord>, StoreError> {
        let tx = self.conn.transaction()?;
        let saved = write(&tx, id, expected_revision, record, actor, now)?;
        let detail = format!("{} {} revision {}", kind_of(record).code(), title(record), saved.revision);
        append(&tx, now, actor, AuditAction::TraderSaved, &saved.id, &detail)?;
        tx.commit()?;
        Ok(saved)
    }

    /// Stores new records read from one file, all in one transaction with one audit entry: all
    /// of them or, on any failure, none.
    pub fn import_traders(
        &mut self,
        records: &[TraderRecord],
        source: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<Stored<TraderRecord>>, StoreError> {
        let tx = self.conn.transaction()?;
        let mut out = Vec::with_capacity(records.len());
        for record in records {
            out.push(write(&tx, None, 0, record, actor, now)?);
        }
        append(&tx, now, actor, AuditAction::TradersImported, source, &format!("{} records", records.len()))?;
        tx.commit()?;
        Ok(out)
    }

    /// Every record at its current revision; a row that cannot be read is left out and named in
    /// [`Traders::unreadable`], so one bad row does not hide the whole registry.
    pub fn traders(&self) -> Result<Traders, StoreError> {
        let mut stmt = self.conn.prepare("SELECT id, revision, document, updated_at, updated_by FROM trader ORDER BY id")?;
        let mut rows = stmt.query([])?;
        let mut out = Traders::default();
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            let revision: u32 = r.get(1)?;
            let document: String = r.get(2)?;
            let updated_at = match instant(&id, &r.get::<_, String>(3)?) {
                Ok(t) => t,
                Err(e) => {
                    out.unreadable.push((id, e));
                    continue;
                }
            };
            let updated_by: String = r.get(4)?;
            let record = match from_json(&id, &document) {
                Ok(record) => record,
                Err(e) => {
                    out.unreadable.push((id, e));
                    continue;
                }
            };
            match record {
                TraderRecord::Company(record) => out.companies.push(Stored { id, revision, updated_at, updated_by, record }),
                TraderRecord::Driver(record) => out.drivers.push(Stored { id, revision, updated_at, updated_by, record }),
                TraderRecord::Equipment(record) => out.equipment.push(Stored { id, revision, updated_at, updated_by, record }),
            }
        }
        Ok(out)
    }

    /// One record at its current revision.
    pub fn trader(&self, id: &str) -> Result<Stored<TraderRecord>, StoreError> {
        let row: Option<(u32, String, String, String)> = self
            .conn
            .query_row("SELECT revision, document, updated_at, updated_by FROM trader WHERE id = ?1", [id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()?;
        let Some((revision, document, updated_at, updated_by)) = row else { return Err(StoreError::TraderNotFound { id: id.to_owned() }) };
        Ok(Stored { id: id.to_owned(), revision, updated_at: instant(id, &updated_at)?, updated_by, record: from_json(id, &document)? })
    }

    /// Every revision of a record, newest first.
    pub fn trader_history(&self, id: &str) -> Result<Vec<TraderRevision>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT revision, saved_at, saved_by, document FROM trader_revision WHERE trader_id = ?1 ORDER BY revision DESC")?;
        let rows =
            stmt.query_map([id], |r| Ok((r.get::<_, u32>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (revision, saved_at, saved_by, document) = row?;
            out.push(TraderRevision { revision, saved_at: instant(id, &saved_at)?, saved_by, record: from_json(id, &document)? });
        }
        if out.is_empty() {
            return Err(StoreError::TraderNotFound { id: id.to_owned() });
        }
        Ok(out)
    }

    /// Keeps an evidence file; the same bytes are kept once (the first name given stays).
    pub fn add_evidence(&mut self, file_name: &str, content: &[u8], actor: &str, now: DateTime<Utc>) -> Result<Evidence, StoreError> {
        let sha256: String = Sha256::digest(content).iter().map(|b| format!("{b:02x}")).collect();
        let tx = self.conn.transaction()?;
        let existing: Option<String> =
            tx.query_row("SELECT file_name FROM evidence_file WHERE sha256 = ?1", [&sha256], |r| r.get(0)).optional()?;
        if existing.is_none() {
            tx.execute(
                "INSERT INTO evidence_file (sha256, file_name, size, content, added_at, added_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![sha256, file_name, content.len() as i64, content, timestamp(now), actor],
            )?;
            append(&tx, now, actor, AuditAction::EvidenceAdded, &sha256, &format!("{file_name} ({} bytes)", content.len()))?;
        }
        tx.commit()?;
        Ok(Evidence { file_name: file_name.to_owned(), sha256, size: content.len() as u64 })
    }

    /// An evidence file's name and bytes.
    pub fn evidence(&self, sha256: &str) -> Result<(String, Vec<u8>), StoreError> {
        self.conn
            .query_row("SELECT file_name, content FROM evidence_file WHERE sha256 = ?1", [sha256], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .ok_or_else(|| StoreError::EvidenceNotFound { sha256: sha256.to_owned() })
    }
}
