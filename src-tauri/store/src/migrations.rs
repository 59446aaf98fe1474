//! Schema migrations, applied in order inside one transaction each, tracked by `PRAGMA user_version`.

use rusqlite::Connection;

use crate::StoreError;

/// Migrations in order; the position (1-based) is the schema version each one produces.
/// Released migrations are never edited: a change is a new file.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_drafts.sql"),
    include_str!("../migrations/0002_revisions_audit_search.sql"),
    include_str!("../migrations/0003_crossing_latest_first.sql"),
    include_str!("../migrations/0004_schedules.sql"),
    include_str!("../migrations/0005_traders.sql"),
    include_str!("../migrations/0006_crossings.sql"),
    include_str!("../migrations/0007_watchlists.sql"),
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Reads the schema version, refusing one written by a newer Cruce.
pub(crate) fn check_not_newer(conn: &Connection) -> Result<i64, StoreError> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::SchemaTooNew { found, supported: SCHEMA_VERSION });
    }
    Ok(found)
}

/// Brings the database up to [`SCHEMA_VERSION`], refusing one that is newer.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let found = check_not_newer(conn)?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let version = index as i64 + 1;
        let apply = |conn: &mut Connection| -> rusqlite::Result<()> {
            let tx = conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", version)?;
            tx.commit()
        };
        apply(conn).map_err(|source| StoreError::Migration { version, source })?;
        tracing::info!(version, "applied database migration");
    }
    Ok(())
}
