//! Migrations from every released schema: 1 (header-only drafts) to the current one.

use cruce_store::{Store, SCHEMA_VERSION};

/// Builds a database exactly as Cruce with schema 1 left it.
fn schema_1_database(path: &std::path::Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(include_str!("../../migrations/0001_drafts.sql")).unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    conn.execute_batch(
        "INSERT INTO draft (id, reference, direction, port_code, crossing_local, crossing_zone, is_demo, created_at, updated_at)
         VALUES ('d1', 'OLD-1', 'southbound', '2506', '2026-11-25T07:15:00', 'America/Los_Angeles', 0,
                 '2026-11-20T10:00:00.000000Z', '2026-11-21T10:00:00.000000Z'),
                ('d2', 'Ramírez sin puerto', 'northbound', NULL, NULL, NULL, 1,
                 '2026-11-20T11:00:00.000000Z', '2026-11-20T11:00:00.000000Z');
         INSERT INTO database_fact (key, value) VALUES ('demo_seeded', '2026-11-20T11:00:00.000000Z');
         INSERT INTO preference (key, value) VALUES ('language', 'es');",
    )
    .unwrap();
}

#[test]
fn from_schema_1_drafts_become_first_revisions_and_stay_searchable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    schema_1_database(&path);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);

    let d1 = store.get_draft("d1").unwrap();
    assert_eq!((d1.revision, d1.declaration.reference.as_str()), (1, "OLD-1"));
    assert_eq!(d1.declaration.direction, cruce_core::Direction::Southbound);
    assert_eq!(d1.declaration.transport.us_port, "2506");
    assert_eq!(d1.declaration.transport.estimated_arrival.as_ref().unwrap().zone, "America/Los_Angeles");
    assert_eq!(d1.updated_at.to_rfc3339(), "2026-11-21T10:00:00+00:00", "timestamps carry over");
    let d2 = store.get_draft("d2").unwrap();
    assert!(d2.is_demo && d2.declaration.transport.estimated_arrival.is_none());

    let first = &store.history("d1").unwrap()[0];
    assert_eq!(first.author, "cruce");
    assert_eq!(first.note, cruce_core::declaration::RevisionNote::CreatedBeforeRevisions, "the migration's note reads back as data");
    let found = store.search_drafts(&cruce_core::DraftQuery { text: "ramirez".into(), limit: 10, ..Default::default() }).unwrap();
    assert_eq!(found.items.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["d2"]);
    assert_eq!(store.language().unwrap(), Some(cruce_core::Language::Spanish), "preferences carry over");
    assert_eq!(store.verify_audit_log().unwrap().first_broken, None);
}

#[test]
fn a_failed_migration_leaves_the_file_at_its_old_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    schema_1_database(&path);
    // A table the migration wants to create already exists: migration 2 fails half way.
    rusqlite::Connection::open(&path).unwrap().execute_batch("CREATE TABLE audit_log (x);").unwrap();
    assert!(matches!(Store::open(&path), Err(cruce_store::StoreError::Migration { version: 2, .. })));
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    let has_revisions: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'draft_revision'", [], |r| r.get(0)).unwrap();
    assert_eq!((version, has_revisions), (1, 0), "the whole migration rolled back");
}
