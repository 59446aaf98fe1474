//! The whole database: back it up to a new file, restore it from a checked backup, check the
//! audit trail.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use cruce_store::{AuditReport, Store};

use crate::{Error, Workspace};

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// Drafts in the backup that is now the database.
    pub drafts: u32,
    /// Where the replaced database was kept, if there was one.
    pub kept: Option<PathBuf>,
}

impl Workspace {
    /// Writes a consistent copy of the database to `target`, a file that must not exist yet.
    pub fn backup_to(&mut self, target: &Path) -> Result<(), Error> {
        let author = self.author()?;
        Ok(self.store.backup_to(target, &author, self.now())?)
    }

    /// Recomputes the audit log's hash chain and reports the first entry that does not hold.
    pub fn verify_audit_log(&self) -> Result<AuditReport, Error> {
        Ok(self.store.verify_audit_log()?)
    }
}

/// Checks that `backup` is a complete Cruce database this version can open (integrity, schema
/// version, that it is Cruce's). Reads only; returns how many drafts it holds.
pub fn check_backup(backup: &Path) -> Result<u32, Error> {
    Ok(Store::check_backup(backup)?.drafts)
}

/// Replaces the database at `database` with a copy of `backup`, after checking the backup
/// (integrity, schema version, that it is a Cruce database). The replaced file is kept beside it.
/// Works when the current file cannot be opened at all; whoever had it open must have closed it.
pub fn restore_database(database: &Path, backup: &Path, now: DateTime<Utc>) -> Result<Restored, Error> {
    let drafts = check_backup(backup)?;
    let kept = Store::restore_from(backup, database, now)?;
    tracing::info!(backup = %backup.display(), kept = ?kept, "restored the database from a backup");
    Ok(Restored { drafts, kept })
}
