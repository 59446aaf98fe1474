//! Watchlist versions: each import kept whole with its entries' digests, in one transaction
//! with its audit entry, so a failed import leaves the version in use as it was.

use chrono::{DateTime, Utc};
use cruce_core::screening::diff::{diff, ListDiff};
use cruce_core::screening::review::{ListDiffCounts, ListVersion};
use cruce_core::screening::{ListEntry, ListKind, ParsedList};
use rusqlite::{params, OptionalExtension, TransactionBehavior};

use crate::audit::{append, AuditAction};
use crate::rows::{instant, timestamp};
use crate::{Store, StoreError};

/// An entry as stored: the list's id, the digest of its content and the entry.
pub type StoredEntry = (ListEntry, String);

const VERSION_COLUMNS: &str =
    "id, kind, imported_at, imported_by, source, sha256, published, encoding, entries, names, added, removed, changed, notes";

fn read_version(r: &rusqlite::Row<'_>, newest: &[(String, i64)]) -> rusqlite::Result<Result<ListVersion, StoreError>> {
    let id: i64 = r.get(0)?;
    let kind: String = r.get(1)?;
    let at: String = r.get(2)?;
    let notes: String = r.get(13)?;
    Ok((|| {
        let kind = ListKind::from_code(&kind)
            .ok_or_else(|| StoreError::InvalidRow { id: id.to_string(), reason: format!("unknown list {kind:?}") })?;
        Ok(ListVersion {
            id,
            kind,
            imported_at: instant(&id.to_string(), &at)?,
            imported_by: r.get(3)?,
            source: r.get(4)?,
            sha256: r.get(5)?,
            published: r.get(6)?,
            encoding: r.get(7)?,
            entries: r.get(8)?,
            names: r.get(9)?,
            changes: ListDiffCounts { added: r.get(10)?, removed: r.get(11)?, changed: r.get(12)? },
            notes: notes.lines().filter(|l| !l.is_empty()).map(str::to_owned).collect(),
            in_use: newest.iter().any(|(k, v)| k == kind.code() && *v == id),
        })
    })())
}

impl Store {
    fn newest_versions(&self) -> Result<Vec<(String, i64)>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT kind, max(id) FROM list_version GROUP BY kind")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Stores `list` as the next version of its kind, with `entries`' digests, and returns it
    /// with what changed from the version before. All or nothing.
    pub fn import_list(
        &mut self,
        list: &ParsedList,
        digests: &[String],
        source: &str,
        sha256: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<(ListVersion, ListDiff), StoreError> {
        assert_eq!(list.entries.len(), digests.len(), "one digest per entry");
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let kind = list.kind.code();
        let previous: Option<i64> = tx.query_row("SELECT max(id) FROM list_version WHERE kind = ?1", [kind], |r| r.get(0))?;
        let before: Vec<(String, String)> = match previous {
            Some(v) => {
                let mut stmt = tx.prepare("SELECT entry_id, digest FROM list_entry WHERE version_id = ?1")?;
                let rows = stmt.query_map([v], |r| Ok((r.get(0)?, r.get(1)?)))?;
                rows.collect::<Result<_, _>>()?
            }
            None => vec![],
        };
        let changes = diff(
            before.iter().map(|(i, d)| (i.as_str(), d.as_str())),
            list.entries.iter().zip(digests).map(|(e, d)| (e.id.as_str(), d.as_str())),
        );
        let names: usize = list.entries.iter().map(|e| e.names.len()).sum();
        tx.execute(
            "INSERT INTO list_version (kind, imported_at, imported_by, source, sha256, published, encoding, entries, names, added, removed, changed, notes) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            params![
                kind,
                timestamp(now),
                actor,
                source,
                sha256,
                list.published,
                list.encoding,
                list.entries.len() as i64,
                names as i64,
                changes.added.len() as i64,
                changes.removed.len() as i64,
                changes.changed.len() as i64,
                list.notes.join("\n")
            ],
        )?;
        let version = tx.last_insert_rowid();
        {
            let mut insert = tx.prepare("INSERT INTO list_entry (version_id, entry_id, digest, body) VALUES (?1, ?2, ?3, ?4)")?;
            for (e, d) in list.entries.iter().zip(digests) {
                let body = serde_json::to_string(e).expect("a list entry always serializes");
                insert.execute(params![version, e.id, d, body])?;
            }
        }
        append(
            &tx,
            now,
            actor,
            AuditAction::ListImported,
            &format!("{kind} {version}"),
            &format!(
                "{} entries from {source} (SHA-256 {sha256}): {} added, {} removed, {} changed",
                list.entries.len(),
                changes.added.len(),
                changes.removed.len(),
                changes.changed.len()
            ),
        )?;
        tx.commit()?;
        let stored = self.list_version(version)?;
        Ok((stored, changes))
    }

    pub fn list_version(&self, id: i64) -> Result<ListVersion, StoreError> {
        let newest = self.newest_versions()?;
        self.conn
            .query_row(&format!("SELECT {VERSION_COLUMNS} FROM list_version WHERE id = ?1"), [id], |r| read_version(r, &newest))
            .optional()?
            .ok_or(StoreError::ListVersionNotFound { id })?
    }

    /// Every version of every list, newest first.
    pub fn list_versions(&self) -> Result<Vec<ListVersion>, StoreError> {
        let newest = self.newest_versions()?;
        let mut stmt = self.conn.prepare(&format!("SELECT {VERSION_COLUMNS} FROM list_version ORDER BY id DESC"))?;
        let rows = stmt.query_map([], |r| read_version(r, &newest))?;
        rows.map(|r| r?).collect()
    }

    /// The version in use of each list that has one.
    pub fn lists_in_use(&self) -> Result<Vec<ListVersion>, StoreError> {
        Ok(self.list_versions()?.into_iter().filter(|v| v.in_use).collect())
    }

    /// The entries of a version, with their digests.
    pub fn list_entries(&self, version: i64) -> Result<Vec<StoredEntry>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT entry_id, digest, body FROM list_entry WHERE version_id = ?1 ORDER BY entry_id")?;
        let rows = stmt.query_map([version], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?;
        rows.map(|r| {
            let (id, digest, body) = r?;
            let entry: ListEntry = serde_json::from_str(&body)
                .map_err(|e| StoreError::InvalidRow { id: format!("{version}/{id}"), reason: format!("list entry: {e}") })?;
            Ok((entry, digest))
        })
        .collect()
    }

    /// What changed from the version before `version` of the same list, entry by entry.
    pub fn list_changes(&self, version: i64) -> Result<ListDiff, StoreError> {
        let v = self.list_version(version)?;
        let previous: Option<i64> =
            self.conn
                .query_row("SELECT max(id) FROM list_version WHERE kind = ?1 AND id < ?2", params![v.kind.code(), version], |r| r.get(0))?;
        let pairs = |id: Option<i64>| -> Result<Vec<(String, String)>, StoreError> {
            let Some(id) = id else { return Ok(vec![]) };
            let mut stmt = self.conn.prepare("SELECT entry_id, digest FROM list_entry WHERE version_id = ?1")?;
            let rows = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<Result<_, _>>()?)
        };
        let (before, after) = (pairs(previous)?, pairs(Some(version))?);
        Ok(diff(before.iter().map(|(i, d)| (i.as_str(), d.as_str())), after.iter().map(|(i, d)| (i.as_str(), d.as_str()))))
    }

    /// One entry of a version.
    pub fn list_entry(&self, version: i64, entry: &str) -> Result<Option<ListEntry>, StoreError> {
        let body: Option<String> = self
            .conn
            .query_row("SELECT body FROM list_entry WHERE version_id = ?1 AND entry_id = ?2", params![version, entry], |r| r.get(0))
            .optional()?;
        body.map(|b| {
            serde_json::from_str(&b)
                .map_err(|e| StoreError::InvalidRow { id: format!("{version}/{entry}"), reason: format!("list entry: {e}") })
        })
        .transpose()
    }
}
