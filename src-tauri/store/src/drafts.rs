//! Draft declarations: create, read, save as a new revision (with optimistic concurrency), delete.

use chrono::{DateTime, Utc};
use cruce_core::declaration::{diff, Declaration, RevisionNote};
use cruce_core::{Draft, DraftStatus, DraftSummary};
use rusqlite::{params, OptionalExtension, Transaction};

use crate::audit::{append, AuditAction};
use crate::rows::{instant, local_text, read_summary, status_of, timestamp, SUMMARY_COLUMNS};
use crate::search::index_draft;
use crate::store::CurrentDocument;
use crate::{Store, StoreError};

const DEMO_SEEDED: &str = "demo_seeded";

/// What a save wrote: the revision now current (the one the editor had when nothing changed) and
/// when the draft last changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Saved {
    pub revision: u32,
    pub updated_at: DateTime<Utc>,
}

impl Store {
    /// Creates a draft whose first revision is `declaration`.
    pub fn create_draft(&mut self, declaration: &Declaration, author: &str, now: DateTime<Utc>) -> Result<Draft, StoreError> {
        let id = uuid::Uuid::now_v7().to_string();
        let tx = self.conn.transaction()?;
        insert(&tx, &id, declaration, false, author, RevisionNote::Created, now)?;
        append(&tx, now, author, AuditAction::DraftCreated, &id, &declaration.reference)?;
        tx.commit()?;
        self.get_draft(&id)
    }

    /// Creates the demo draft once in the life of the database. Returns whether it was created:
    /// after the user deletes it, it stays deleted.
    pub fn seed_demo_draft(&mut self, declaration: &Declaration, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let tx = self.conn.transaction()?;
        let seeded: Option<String> =
            tx.query_row("SELECT value FROM database_fact WHERE key = ?1", [DEMO_SEEDED], |r| r.get(0)).optional()?;
        if seeded.is_some() {
            return Ok(false);
        }
        let id = uuid::Uuid::now_v7().to_string();
        insert(&tx, &id, declaration, true, "cruce", RevisionNote::DemoCreated, now)?;
        append(&tx, now, "cruce", AuditAction::DraftCreated, &id, "demo")?;
        tx.execute("INSERT INTO database_fact (key, value) VALUES (?1, ?2)", params![DEMO_SEEDED, timestamp(now)])?;
        tx.commit()?;
        Ok(true)
    }

    /// All live drafts, the most recently changed first.
    pub fn list_drafts(&self) -> Result<Vec<DraftSummary>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {SUMMARY_COLUMNS} FROM draft WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC"))?;
        let rows = stmt.query_map([], read_summary)?;
        let mut out = Vec::new();
        for row in rows {
            out.push(row??);
        }
        Ok(out)
    }

    /// The draft at its current revision.
    pub fn get_draft(&self, id: &str) -> Result<Draft, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT d.revision, d.status, d.is_demo, d.created_at, d.updated_at, r.document
                 FROM draft d JOIN draft_revision r ON r.draft_id = d.id AND r.revision = d.revision
                 WHERE d.id = ?1 AND d.deleted_at IS NULL",
                [id],
                |r| {
                    Ok((
                        r.get::<_, u32>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, bool>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                    ))
                },
            )
            .optional()?
            .ok_or_else(|| StoreError::DraftNotFound { id: id.to_owned() })?;
        let (revision, status, is_demo, created, updated, document) = row;
        let invalid = |reason: String| StoreError::InvalidRow { id: id.to_owned(), reason };
        let declaration = Declaration::from_json(&document).map_err(|e| invalid(e.to_string()))?;
        // A draft is opened to be edited: its first save then starts from this parse.
        self.last_saved.replace(Some(CurrentDocument { id: id.to_owned(), revision, declaration: declaration.clone() }));
        Ok(Draft {
            id: id.to_owned(),
            revision,
            status: status_of(id, &status)?,
            is_demo,
            created_at: instant(id, &created)?,
            updated_at: instant(id, &updated)?,
            declaration,
        })
    }

    /// Saves `declaration` as the next revision. `expected_revision` is the revision the editor
    /// started from: if someone saved since, nothing is written and [`StoreError::Conflict`] says
    /// which revision is current. Saving an unchanged declaration writes nothing.
    pub fn save_draft(
        &mut self,
        id: &str,
        declaration: &Declaration,
        expected_revision: u32,
        author: &str,
        now: DateTime<Utc>,
    ) -> Result<Saved, StoreError> {
        let cached = self.last_saved.take();
        let tx = self.conn.transaction()?;
        let current = current_document(&tx, id, cached)?;
        if current.revision != expected_revision {
            return Err(StoreError::Conflict { id: id.to_owned(), expected: expected_revision, current: current.revision });
        }
        let changes = diff(&current.declaration, declaration);
        if changes.is_empty() {
            let updated = updated_at(&tx, id)?;
            drop(tx);
            self.last_saved.replace(Some(current));
            return Ok(Saved { revision: expected_revision, updated_at: updated });
        }
        let note = RevisionNote::changed(&changes);
        let revision = current.revision + 1;
        write_revision(&tx, id, revision, declaration, author, &note, now)?;
        append(&tx, now, author, AuditAction::DraftSaved, id, &format!("revision {revision}: {note}"))?;
        tx.commit()?;
        self.last_saved.replace(Some(CurrentDocument { id: id.to_owned(), revision, declaration: declaration.clone() }));
        // As stored (to the microsecond), so it equals what a later read of the draft says.
        Ok(Saved { revision, updated_at: instant(id, &timestamp(now))? })
    }

    /// The list's summary of one live draft.
    pub fn draft_summary(&self, id: &str) -> Result<DraftSummary, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {SUMMARY_COLUMNS} FROM draft WHERE id = ?1 AND deleted_at IS NULL"))?;
        let row = stmt.query_row([id], read_summary).optional()?;
        row.ok_or_else(|| StoreError::DraftNotFound { id: id.to_owned() })?
    }

    /// Hides the draft from lists and search. Its revisions and audit entries stay.
    pub fn delete_draft(&mut self, id: &str, author: &str, now: DateTime<Utc>) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let changed = tx.execute(
            "UPDATE draft SET deleted_at = ?2, search_hash = NULL WHERE id = ?1 AND deleted_at IS NULL",
            params![id, timestamp(now)],
        )?;
        if changed == 0 {
            return Err(StoreError::DraftNotFound { id: id.to_owned() });
        }
        tx.execute("DELETE FROM draft_search WHERE rowid = (SELECT search_key FROM draft WHERE id = ?1)", [id])?;
        append(&tx, now, author, AuditAction::DraftDeleted, id, "")?;
        tx.commit()?;
        Ok(())
    }

    /// Brings back a deleted draft (the "undo" of a delete): listed and searchable again, at the
    /// revision it had.
    pub fn undelete_draft(&mut self, id: &str, author: &str, now: DateTime<Utc>) -> Result<Draft, StoreError> {
        let tx = self.conn.transaction()?;
        let changed = tx.execute("UPDATE draft SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL", [id])?;
        if changed == 0 {
            return Err(StoreError::DraftNotFound { id: id.to_owned() });
        }
        let current = current_document(&tx, id, None)?;
        index_draft(&tx, id, &current.declaration)?;
        append(&tx, now, author, AuditAction::DraftUndeleted, id, "")?;
        tx.commit()?;
        self.get_draft(id)
    }

    /// Sets the workflow status.
    pub fn set_status(&mut self, id: &str, status: DraftStatus, author: &str, now: DateTime<Utc>) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let changed = tx.execute("UPDATE draft SET status = ?2 WHERE id = ?1 AND deleted_at IS NULL", params![id, status.as_str()])?;
        if changed == 0 {
            return Err(StoreError::DraftNotFound { id: id.to_owned() });
        }
        append(&tx, now, author, AuditAction::DraftStatus, id, status.as_str())?;
        tx.commit()?;
        Ok(())
    }
}

/// When draft `id` last changed, as stored.
fn updated_at(tx: &Transaction<'_>, id: &str) -> Result<DateTime<Utc>, StoreError> {
    let text: String = tx.query_row("SELECT updated_at FROM draft WHERE id = ?1", [id], |r| r.get(0))?;
    instant(id, &text)
}

/// The live draft's current revision number.
pub(crate) fn current_revision(tx: &Transaction<'_>, id: &str) -> Result<u32, StoreError> {
    tx.query_row("SELECT revision FROM draft WHERE id = ?1 AND deleted_at IS NULL", [id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| StoreError::DraftNotFound { id: id.to_owned() })
}

/// The live draft's current revision and declaration; `cached` is used when it is that revision.
pub(crate) fn current_document(tx: &Transaction<'_>, id: &str, cached: Option<CurrentDocument>) -> Result<CurrentDocument, StoreError> {
    let revision = current_revision(tx, id)?;
    if let Some(c) = cached.filter(|c| c.id == id && c.revision == revision) {
        return Ok(c);
    }
    let document: String =
        tx.query_row("SELECT document FROM draft_revision WHERE draft_id = ?1 AND revision = ?2", params![id, revision], |r| r.get(0))?;
    let declaration = Declaration::from_json(&document).map_err(|e| StoreError::InvalidRow { id: id.to_owned(), reason: e.to_string() })?;
    Ok(CurrentDocument { id: id.to_owned(), revision, declaration })
}

fn insert(
    tx: &Transaction<'_>,
    id: &str,
    declaration: &Declaration,
    is_demo: bool,
    author: &str,
    note: RevisionNote,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    // The summary columns are filled in by write_revision from the declaration itself.
    tx.execute(
        "INSERT INTO draft (id, reference, direction, is_demo, created_at, updated_at, revision, search_key)
         VALUES (?1, '', 'northbound', ?2, ?3, ?3, 1, (SELECT coalesce(max(search_key), 0) + 1 FROM draft))",
        params![id, is_demo, timestamp(now)],
    )?;
    write_revision(tx, id, 1, declaration, author, &note, now)
}

/// Writes revision `revision` and brings the draft's summary columns and search text up to it.
pub(crate) fn write_revision(
    tx: &Transaction<'_>,
    id: &str,
    revision: u32,
    declaration: &Declaration,
    author: &str,
    note: &RevisionNote,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let at = timestamp(now);
    tx.execute(
        "INSERT INTO draft_revision (draft_id, revision, saved_at, author, summary, document) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![id, revision, at, author, note.to_string(), declaration.to_json()],
    )?;
    let crossing = declaration.transport.estimated_arrival.as_ref();
    let port = declaration.transport.us_port.trim();
    tx.execute(
        "UPDATE draft SET reference = ?2, direction = ?3, port_code = ?4, crossing_local = ?5, crossing_zone = ?6,
                revision = ?7, line_count = ?8, updated_at = ?9
         WHERE id = ?1",
        params![
            id,
            declaration.reference.trim(),
            declaration.direction.as_str(),
            (!port.is_empty()).then_some(port),
            crossing.map(|c| local_text(&c.local)),
            crossing.map(|c| c.zone.as_str()),
            revision,
            declaration.lines.len() as u32,
            at,
        ],
    )?;
    index_draft(tx, id, declaration)
}
