//! The hash-chained audit log and its verification.

use cruce_store::Store;

use super::{at, declaration, t0, ANA};

fn populated(path: &std::path::Path) {
    let mut store = Store::open(path).unwrap();
    let d = store.create_draft(&declaration("A"), ANA, t0()).unwrap();
    let mut next = d.declaration.clone();
    next.reference = "A2".into();
    store.save_draft(&d.id, &next, 1, ANA, at(1)).unwrap();
    store.create_draft(&declaration("B"), ANA, at(2)).unwrap();
    store.delete_draft(&d.id, ANA, at(3)).unwrap();
}

#[test]
fn every_change_is_recorded_and_the_chain_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    populated(&path);
    let store = Store::open(&path).unwrap();
    let actions: Vec<String> = store.audit_entries(10).unwrap().into_iter().rev().map(|e| e.action).collect();
    assert_eq!(actions, ["draft.created", "draft.saved", "draft.created", "draft.deleted"]);
    let report = store.verify_audit_log().unwrap();
    assert_eq!((report.entries, report.first_broken), (4, None));
}

#[test]
fn editing_a_past_entry_is_detected_at_that_entry() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    populated(&path);
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert!(conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2", []).is_err(), "the trigger refuses");
    // A determined tamperer drops the trigger first; the chain still shows it.
    conn.execute_batch("DROP TRIGGER audit_log_append_only_update; UPDATE audit_log SET actor = 'mallory' WHERE seq = 2;").unwrap();
    drop(conn);
    assert_eq!(Store::open(&path).unwrap().verify_audit_log().unwrap().first_broken, Some(2));
}

#[test]
fn removing_a_past_entry_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    populated(&path);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("DROP TRIGGER audit_log_append_only_delete; DELETE FROM audit_log WHERE seq = 3;").unwrap();
    drop(conn);
    assert_eq!(Store::open(&path).unwrap().verify_audit_log().unwrap().first_broken, Some(4));
}
