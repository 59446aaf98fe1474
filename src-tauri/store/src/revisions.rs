//! Revision history: list, read, compare two revisions field by field, restore an older one as a
//! new revision. Nothing is ever overwritten.

use chrono::{DateTime, Utc};
use cruce_core::declaration::{diff, Declaration, FieldChange, RevisionNote};
use cruce_core::{Draft, RevisionInfo};
use rusqlite::OptionalExtension;

use crate::audit::{append, AuditAction};
use crate::drafts::{current_revision, write_revision};
use crate::rows::instant;
use crate::{Store, StoreError};

impl Store {
    /// Every revision of a draft, newest first.
    pub fn history(&self, id: &str) -> Result<Vec<RevisionInfo>, StoreError> {
        self.require_draft(id)?;
        let mut stmt = self
            .conn
            .prepare_cached("SELECT revision, saved_at, author, summary FROM draft_revision WHERE draft_id = ?1 ORDER BY revision DESC")?;
        let rows =
            stmt.query_map([id], |r| Ok((r.get::<_, u32>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (revision, saved_at, author, note) = row?;
            let saved_at = instant(id, &saved_at)?;
            out.push(RevisionInfo { revision, saved_at, author, note: RevisionNote::parse(&note) });
        }
        Ok(out)
    }

    /// The declaration as it was at `revision`.
    pub fn get_revision(&self, id: &str, revision: u32) -> Result<Declaration, StoreError> {
        self.require_draft(id)?;
        let document: String = self
            .conn
            .query_row("SELECT document FROM draft_revision WHERE draft_id = ?1 AND revision = ?2", rusqlite::params![id, revision], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or(StoreError::RevisionNotFound { id: id.to_owned(), revision })?;
        Declaration::from_json(&document).map_err(|e| StoreError::InvalidRow { id: id.to_owned(), reason: e.to_string() })
    }

    /// Runs `read` on the declaration as it was at `revision`, without copying it: the revision
    /// this store last wrote or opened is still in memory (revisions never change), any other is
    /// read and parsed.
    pub fn read_revision<T>(&self, id: &str, revision: u32, read: impl FnOnce(&Declaration) -> T) -> Result<T, StoreError> {
        if let Some(current) = self.last_saved.borrow().as_ref().filter(|c| c.id == id && c.revision == revision) {
            return Ok(read(&current.declaration));
        }
        Ok(read(&self.get_revision(id, revision)?))
    }

    /// Every field that differs between two revisions.
    pub fn compare_revisions(&self, id: &str, from: u32, to: u32) -> Result<Vec<FieldChange>, StoreError> {
        Ok(diff(&self.get_revision(id, from)?, &self.get_revision(id, to)?))
    }

    /// Makes `revision`'s declaration current again, as a new revision (with the same optimistic
    /// check as a save).
    pub fn restore_revision(
        &mut self,
        id: &str,
        revision: u32,
        expected_revision: u32,
        author: &str,
        now: DateTime<Utc>,
    ) -> Result<Draft, StoreError> {
        let old = self.get_revision(id, revision)?;
        let tx = self.conn.transaction()?;
        let current = current_revision(&tx, id)?;
        if current != expected_revision {
            return Err(StoreError::Conflict { id: id.to_owned(), expected: expected_revision, current });
        }
        let next = current + 1;
        write_revision(&tx, id, next, &old, author, &RevisionNote::Restored { revision }, now)?;
        append(&tx, now, author, AuditAction::DraftRestored, id, &format!("revision {next} restores revision {revision}"))?;
        tx.commit()?;
        self.get_draft(id)
    }

    fn require_draft(&self, id: &str) -> Result<(), StoreError> {
        let live: Option<i64> =
            self.conn.query_row("SELECT 1 FROM draft WHERE id = ?1 AND deleted_at IS NULL", [id], |r| r.get(0)).optional()?;
        live.map(|_| ()).ok_or_else(|| StoreError::DraftNotFound { id: id.to_owned() })
    }
}
