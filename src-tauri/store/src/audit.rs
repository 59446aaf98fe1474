//! The append-only, hash-chained audit log: who did what to which draft, when.
//!
//! Each entry's hash covers the previous entry's hash and all of its own fields, so changing or
//! removing any past entry breaks the chain from that point on; [`Store::verify_audit_log`] finds
//! the first broken link. SQLite triggers refuse UPDATE and DELETE on the table.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};

use crate::rows::timestamp;
use crate::{Store, StoreError};

/// The hash that precedes the first entry.
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What an audit entry records. The stored names are part of the hash chain: never rename one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuditAction {
    DraftCreated,
    DraftSaved,
    DraftDeleted,
    DraftUndeleted,
    DraftStatus,
    DraftRestored,
    DatabaseBackup,
    DatabaseRestored,
    ScheduleImported,
    TraderSaved,
    TradersImported,
    EvidenceAdded,
    CrossingCreated,
    CrossingSaved,
    CrossingEvents,
    CrossingEventsImported,
    ListImported,
    PartiesScreened,
    ScreeningDecided,
}

impl AuditAction {
    pub const ALL: [AuditAction; 19] = [
        Self::DraftCreated,
        Self::DraftSaved,
        Self::DraftDeleted,
        Self::DraftUndeleted,
        Self::DraftStatus,
        Self::DraftRestored,
        Self::DatabaseBackup,
        Self::DatabaseRestored,
        Self::ScheduleImported,
        Self::TraderSaved,
        Self::TradersImported,
        Self::EvidenceAdded,
        Self::CrossingCreated,
        Self::CrossingSaved,
        Self::CrossingEvents,
        Self::CrossingEventsImported,
        Self::ListImported,
        Self::PartiesScreened,
        Self::ScreeningDecided,
    ];

    /// The name written in the log.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::DraftCreated => "draft.created",
            Self::DraftSaved => "draft.saved",
            Self::DraftDeleted => "draft.deleted",
            Self::DraftUndeleted => "draft.undeleted",
            Self::DraftStatus => "draft.status",
            Self::DraftRestored => "draft.restored",
            Self::DatabaseBackup => "database.backup",
            Self::DatabaseRestored => "database.restored",
            Self::ScheduleImported => "schedule.imported",
            Self::TraderSaved => "trader.saved",
            Self::TradersImported => "traders.imported",
            Self::EvidenceAdded => "evidence.added",
            Self::CrossingCreated => "crossing.created",
            Self::CrossingSaved => "crossing.saved",
            Self::CrossingEvents => "crossing.events",
            Self::CrossingEventsImported => "crossing.events_imported",
            Self::ListImported => "list.imported",
            Self::PartiesScreened => "screening.run",
            Self::ScreeningDecided => "screening.decided",
        }
    }

    /// The action a stored name stands for; `None` for a name written by a newer Cruce.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == name)
    }
}

/// One audit entry as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

/// The result of checking the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditReport {
    pub entries: u64,
    /// The first entry whose stored hash does not match, or whose predecessor link is wrong.
    pub first_broken: Option<i64>,
}

fn hash(prev: &str, e: &AuditEntry) -> String {
    let mut h = Sha256::new();
    // Length-prefixed fields: no two different entries can produce the same byte string.
    for field in [prev, &e.seq.to_string(), &e.at, &e.actor, &e.action, &e.subject, &e.detail] {
        h.update((field.len() as u64).to_be_bytes());
        h.update(field.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Appends an entry inside the caller's transaction, so the entry commits with the change it
/// records, or not at all.
pub(crate) fn append(
    tx: &Transaction<'_>,
    now: DateTime<Utc>,
    actor: &str,
    action: AuditAction,
    subject: &str,
    detail: &str,
) -> Result<(), StoreError> {
    let last: Option<(i64, String)> =
        tx.query_row("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", [], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
    let (prev_seq, prev_hash) = last.unwrap_or((0, GENESIS.to_owned()));
    let entry = AuditEntry {
        seq: prev_seq + 1,
        at: timestamp(now),
        actor: actor.to_owned(),
        action: action.as_str().to_owned(),
        subject: subject.to_owned(),
        detail: detail.to_owned(),
    };
    let digest = hash(&prev_hash, &entry);
    tx.execute(
        "INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![entry.seq, entry.at, entry.actor, entry.action, entry.subject, entry.detail, prev_hash, digest],
    )?;
    Ok(())
}

impl Store {
    /// Recomputes every hash from the first entry and reports the first link that does not hold.
    pub fn verify_audit_log(&self) -> Result<AuditReport, StoreError> {
        let mut stmt = self.conn.prepare("SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq")?;
        let mut rows = stmt.query([])?;
        let mut expected_prev = GENESIS.to_owned();
        let mut expected_seq = 1;
        let mut entries = 0;
        while let Some(r) = rows.next()? {
            let e =
                AuditEntry { seq: r.get(0)?, at: r.get(1)?, actor: r.get(2)?, action: r.get(3)?, subject: r.get(4)?, detail: r.get(5)? };
            let prev: String = r.get(6)?;
            let stored: String = r.get(7)?;
            entries += 1;
            // A removed entry shows as a gap in seq; an edited one as a hash mismatch.
            if e.seq != expected_seq || prev != expected_prev || hash(&prev, &e) != stored {
                return Ok(AuditReport { entries, first_broken: Some(e.seq) });
            }
            expected_prev = stored;
            expected_seq += 1;
        }
        Ok(AuditReport { entries, first_broken: None })
    }

    /// The most recent audit entries, newest first.
    pub fn audit_entries(&self, limit: u32) -> Result<Vec<AuditEntry>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT seq, at, actor, action, subject, detail FROM audit_log ORDER BY seq DESC LIMIT ?1")?;
        let rows = stmt.query_map([limit], |r| {
            Ok(AuditEntry { seq: r.get(0)?, at: r.get(1)?, actor: r.get(2)?, action: r.get(3)?, subject: r.get(4)?, detail: r.get(5)? })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::AuditAction;

    #[test]
    fn action_names_are_unique_and_read_back() {
        for a in AuditAction::ALL {
            assert_eq!(AuditAction::parse(a.as_str()), Some(a));
        }
        let mut names: Vec<&str> = AuditAction::ALL.iter().map(|a| a.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), AuditAction::ALL.len());
        assert_eq!(AuditAction::parse("draft.shredded"), None);
    }
}
