//! The registry in the store: records kept as revisions with an audit entry each, conflicts
//! refused with nothing written, imports all or nothing, evidence kept once and never changed.

use cruce_core::sample;
use cruce_core::trader::{Company, TraderRecord};
use cruce_store::{Store, StoreError};

use crate::{at, ANA, LUIS};

fn carrier() -> TraderRecord {
    TraderRecord::Company(sample::trusted_registry().companies()[0].record.clone())
}

fn audit_actions(store: &Store) -> Vec<String> {
    store.audit_entries(100).unwrap().into_iter().map(|e| e.action).collect()
}

#[test]
fn a_record_is_saved_as_revisions_and_read_back_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    let mut store = Store::open(&path).unwrap();
    let first = store.save_trader(None, 0, &carrier(), ANA, at(0)).unwrap();
    assert_eq!(first.revision, 1);
    let TraderRecord::Company(mut c) = carrier() else { unreachable!() };
    c.notes = "Yard at Apodaca".into();
    let second = store.save_trader(Some(&first.id), 1, &TraderRecord::Company(c.clone()), LUIS, at(5)).unwrap();
    assert_eq!(second.revision, 2);
    drop(store);

    let store = Store::open(&path).unwrap();
    let current = store.trader(&first.id).unwrap();
    assert_eq!((current.revision, current.updated_by.as_str()), (2, LUIS));
    assert_eq!(current.record, TraderRecord::Company(c));
    let history = store.trader_history(&first.id).unwrap();
    assert_eq!(history.iter().map(|h| (h.revision, h.saved_by.as_str())).collect::<Vec<_>>(), [(2, LUIS), (1, ANA)]);
    assert_eq!(history[1].record, carrier(), "the first revision is kept as it was");
    let all = store.traders().unwrap();
    assert_eq!((all.companies.len(), all.drivers.len(), all.equipment.len()), (1, 0, 0));
    assert_eq!(audit_actions(&store), ["trader.saved", "trader.saved"]);
    assert_eq!(store.verify_audit_log().unwrap().first_broken, None);
}

#[test]
fn a_stale_save_is_a_conflict_and_writes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let saved = store.save_trader(None, 0, &carrier(), ANA, at(0)).unwrap();
    store.save_trader(Some(&saved.id), 1, &carrier(), LUIS, at(1)).unwrap();
    let err = store.save_trader(Some(&saved.id), 1, &carrier(), ANA, at(2)).unwrap_err();
    assert!(matches!(err, StoreError::TraderConflict { expected: 1, current: 2, .. }), "{err:?}");
    assert_eq!(store.trader_history(&saved.id).unwrap().len(), 2);
    assert_eq!(audit_actions(&store).len(), 2);
    let missing = store.save_trader(Some("nope"), 1, &carrier(), ANA, at(3)).unwrap_err();
    assert!(matches!(missing, StoreError::TraderNotFound { .. }));
}

#[test]
fn a_record_cannot_change_kind() {
    let mut store = Store::open_in_memory().unwrap();
    let saved = store.save_trader(None, 0, &carrier(), ANA, at(0)).unwrap();
    let driver = TraderRecord::Driver(sample::trusted_registry().drivers()[0].record.clone());
    assert!(matches!(store.save_trader(Some(&saved.id), 1, &driver, ANA, at(1)), Err(StoreError::InvalidRow { .. })));
}

#[test]
fn an_import_that_fails_half_way_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    let mut store = Store::open(&path).unwrap();
    // The disk fills up at the third record: the first two must go too.
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER third_fails BEFORE INSERT ON trader WHEN (SELECT count(*) FROM trader) >= 2
             BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;",
        )
        .unwrap();
    let records = vec![carrier(), carrier(), carrier()];
    assert!(store.import_traders(&records, "fleet.csv", ANA, at(0)).is_err());
    let all = store.traders().unwrap();
    assert_eq!(all.companies.len(), 0, "all or nothing");
    assert!(audit_actions(&store).is_empty(), "no audit entry for what was not stored");
    rusqlite::Connection::open(&path).unwrap().execute_batch("DROP TRIGGER third_fails;").unwrap();
    let stored = store.import_traders(&records, "fleet.csv", ANA, at(1)).unwrap();
    assert_eq!(stored.len(), 3);
    assert_eq!(audit_actions(&store), ["traders.imported"]);
}

#[test]
fn revisions_and_evidence_can_never_be_changed_or_removed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    let mut store = Store::open(&path).unwrap();
    let saved = store.save_trader(None, 0, &carrier(), ANA, at(0)).unwrap();
    let evidence = store.add_evidence("ctpat-certificate.pdf", b"%PDF-1.7 certificate", ANA, at(1)).unwrap();
    assert_eq!(evidence.sha256.len(), 64);
    let again = store.add_evidence("copy.pdf", b"%PDF-1.7 certificate", LUIS, at(2)).unwrap();
    assert_eq!(again.sha256, evidence.sha256, "the same bytes are kept once");
    assert_eq!(store.evidence(&evidence.sha256).unwrap(), ("ctpat-certificate.pdf".to_owned(), b"%PDF-1.7 certificate".to_vec()));
    assert!(matches!(store.evidence("00"), Err(StoreError::EvidenceNotFound { .. })));
    let conn = rusqlite::Connection::open(&path).unwrap();
    for sql in [
        "UPDATE trader_revision SET document = '{}'",
        "DELETE FROM trader_revision",
        "DELETE FROM trader",
        "UPDATE evidence_file SET content = x'00'",
        "DELETE FROM evidence_file",
    ] {
        assert!(conn.execute(sql, []).is_err(), "{sql} is refused");
    }
    assert_eq!(store.trader(&saved.id).unwrap().record, carrier());
    assert_eq!(audit_actions(&store), ["evidence.added", "trader.saved"], "the second copy adds no entry");
}

#[test]
fn an_unreadable_stored_record_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    let mut store = Store::open(&path).unwrap();
    let saved = store.save_trader(None, 0, &TraderRecord::Company(Company { name: "X".into(), ..Company::default() }), ANA, at(0)).unwrap();
    rusqlite::Connection::open(&path).unwrap().execute("UPDATE trader SET document = '{\"kind\":\"spaceship\"}'", []).unwrap();
    let err = store.trader(&saved.id).unwrap_err();
    assert!(matches!(&err, StoreError::InvalidRow { id, .. } if *id == saved.id), "{err:?}");
}
