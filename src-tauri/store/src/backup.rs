//! Backup to a file the user picks (SQLite online backup, consistent while the app runs) and
//! restore from such a file after checking it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use crate::audit::{append, AuditAction};
use crate::migrations::SCHEMA_VERSION;
use crate::{Store, StoreError};

impl Store {
    /// Copies the whole database to `target` (which must not exist), pages at a time, so the copy
    /// is consistent even while other connections write.
    pub fn backup_to(&mut self, target: &Path, author: &str, now: DateTime<Utc>) -> Result<(), StoreError> {
        if target.exists() {
            return Err(StoreError::BackupTargetExists { path: target.to_owned() });
        }
        {
            let tx = self.conn.transaction()?;
            append(&tx, now, author, AuditAction::DatabaseBackup, "", &target.display().to_string())?;
            tx.commit()?;
        }
        let mut dst = Connection::open(target).map_err(|source| StoreError::Unreadable { path: target.to_owned(), source })?;
        let backup = Backup::new(&self.conn, &mut dst)?;
        backup.run_to_completion(256, Duration::from_millis(0), None)?;
        Ok(())
    }

    /// Checks that `backup` is a complete Cruce database this version can open: SQLite's
    /// integrity check passes and its schema is not newer. Reads only.
    pub fn check_backup(backup: &Path) -> Result<BackupInfo, StoreError> {
        if !backup.is_file() {
            return Err(StoreError::Missing { path: backup.to_owned() });
        }
        let unreadable = |source| StoreError::Unreadable { path: backup.to_owned(), source };
        let conn = Connection::open_with_flags(backup, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(unreadable)?;
        let report: Vec<String> =
            conn.prepare("PRAGMA integrity_check").and_then(|mut s| s.query_map([], |r| r.get(0))?.collect()).map_err(unreadable)?;
        if report != ["ok"] {
            return Err(StoreError::IntegrityCheckFailed { path: backup.to_owned(), report: report.join("; ") });
        }
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(unreadable)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::SchemaTooNew { found: version, supported: SCHEMA_VERSION });
        }
        let has_drafts: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'draft'", [], |r| r.get(0))
            .map_err(unreadable)?;
        if has_drafts == 0 {
            return Err(StoreError::NotACruceDatabase { path: backup.to_owned() });
        }
        let drafts: u32 = conn.query_row("SELECT count(*) FROM draft", [], |r| r.get(0)).map_err(unreadable)?;
        Ok(BackupInfo { schema_version: version, drafts })
    }

    /// Replaces the database at `target` with a checked copy of `backup`. The current file is
    /// kept beside it as `<name>.before-restore-<time>` — a restore never destroys data. Returns
    /// the path of that kept copy, if there was a file to keep.
    pub fn restore_from(backup: &Path, target: &Path, now: DateTime<Utc>) -> Result<Option<PathBuf>, StoreError> {
        Self::check_backup(backup)?;
        let staging = target.with_extension("restore-tmp");
        let _ = std::fs::remove_file(&staging);
        {
            let src = Connection::open_with_flags(backup, OpenFlags::SQLITE_OPEN_READ_ONLY)
                .map_err(|source| StoreError::Unreadable { path: backup.to_owned(), source })?;
            let mut dst = Connection::open(&staging).map_err(|source| StoreError::Unreadable { path: staging.clone(), source })?;
            Backup::new(&src, &mut dst)?.run_to_completion(256, Duration::from_millis(0), None)?;
        }
        let kept = if target.exists() {
            let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "cruce.db".into());
            let kept = target.with_file_name(format!("{name}.before-restore-{}", now.format("%Y%m%dT%H%M%SZ")));
            let io = |source| StoreError::Io { path: target.to_owned(), source };
            std::fs::rename(target, &kept).map_err(io)?;
            for suffix in ["-wal", "-shm"] {
                let side = PathBuf::from(format!("{}{suffix}", target.display()));
                if side.exists() {
                    std::fs::rename(&side, PathBuf::from(format!("{}{suffix}", kept.display()))).map_err(io)?;
                }
            }
            Some(kept)
        } else {
            None
        };
        std::fs::rename(&staging, target).map_err(|source| StoreError::Io { path: target.to_owned(), source })?;
        let mut store = Store::open(target)?;
        let tx = store.conn.transaction()?;
        append(&tx, now, "cruce", AuditAction::DatabaseRestored, "", &backup.display().to_string())?;
        tx.commit()?;
        Ok(kept)
    }
}

/// What a checked backup holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    pub schema_version: i64,
    pub drafts: u32,
}
