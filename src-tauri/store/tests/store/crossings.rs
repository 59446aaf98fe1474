//! Crossings in the store: a declaration in one crossing at a time, trip numbers unique, events
//! appended and never changed, corrections naming an event of the crossing, imports all or
//! nothing, the summary columns recomputed, a crossing across the fall-back night, and CBP's
//! readings kept once per update.

use chrono::{DateTime, Duration, Utc};
use cruce_core::crossing::figures::{facts, CrossingFacts, Ending};
use cruce_core::crossing::record::{from_declarations, Crossing};
use cruce_core::crossing::timeline::{timeline, Event, EventKind, Stage};
use cruce_core::crossing::wait_times::parse;
use cruce_store::{Store, StoreError};

use crate::{at, declaration, ANA};

fn judge(c: &Crossing, events: &[Event]) -> CrossingFacts {
    facts(&timeline(events, c.arrival(), c.fast_lane, at(0)), Some("America/Chicago"))
}

fn ev(kind: EventKind, t: DateTime<Utc>) -> Event {
    Event {
        id: String::new(),
        kind,
        at: t,
        zone: "America/Chicago".into(),
        recorded_by: ANA.into(),
        note: String::new(),
        cbp: None,
        mx: None,
        exam: None,
        corrects: None,
    }
}

fn planned() -> CrossingFacts {
    judge(&Crossing::default(), &[])
}

/// A store with two drafts and a crossing carrying both.
fn setup(store: &mut Store) -> (String, Crossing, Vec<String>) {
    let a = store.create_draft(&declaration("NB-1"), ANA, at(0)).unwrap();
    let b = store.create_draft(&declaration("NB-2"), ANA, at(0)).unwrap();
    let c = from_declarations(&[(&a.id, a.revision, &a.declaration), (&b.id, b.revision, &b.declaration)]).unwrap();
    let stored = store.create_crossing(&c, &planned(), ANA, at(1)).unwrap();
    (stored.id, c, vec![a.id, b.id])
}

#[test]
fn a_declaration_travels_in_one_crossing_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("cruce.db")).unwrap();
    let (id, c, drafts) = setup(&mut store);
    let mut other = c.clone();
    other.trip_number = "TRNM-OTHER".into();
    other.shipments.truncate(1);
    let err = store.create_crossing(&other, &planned(), ANA, at(2)).unwrap_err();
    assert!(
        matches!(&err, StoreError::DeclarationInCrossing { draft_id, crossing_id, trip_number }
        if draft_id == &drafts[0] && crossing_id == &id && trip_number == "TRNM20261201A"),
        "{err:?}"
    );
    let mut same_trip = c.clone();
    same_trip.shipments.clear();
    same_trip.trip_number = "trnm 20261201a".into();
    assert!(matches!(store.create_crossing(&same_trip, &planned(), ANA, at(2)), Err(StoreError::TripNumberTaken { .. })));
    let mut ghost = other.clone();
    ghost.shipments[0].draft_id = "no-such-draft".into();
    assert!(matches!(store.create_crossing(&ghost, &planned(), ANA, at(2)), Err(StoreError::DraftNotFound { .. })));
    assert_eq!(store.crossing_of_draft(&drafts[1]).unwrap(), Some((id.clone(), "TRNM20261201A".into())));
    // Taken off the first crossing, it can go on another.
    let mut first = c.clone();
    first.shipments.remove(0);
    store.save_crossing(&id, 1, &first, &judge, ANA, at(3)).unwrap();
    store.create_crossing(&other, &planned(), ANA, at(4)).unwrap();
    assert!(matches!(store.save_crossing(&id, 1, &first, &judge, ANA, at(5)), Err(StoreError::CrossingConflict { current: 2, .. })));
}

#[test]
fn events_are_appended_corrected_and_never_changed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    let mut store = Store::open(&path).unwrap();
    let (id, _, _) = setup(&mut store);
    let added = store
        .add_crossing_events(&id, &[ev(EventKind::MxSelectionGreen, at(10)), ev(EventKind::ArrivedUsBooth, at(30))], &judge, ANA, at(30))
        .unwrap();
    assert!(added.iter().all(|e| !e.id.is_empty()), "ids given");
    // Released dated before anything it must follow (a mistyped time): kept, and the timeline flags it.
    store.add_crossing_events(&id, &[ev(EventKind::Released, at(5))], &judge, ANA, at(31)).unwrap();
    let got = store.crossing(&id).unwrap();
    assert_eq!(got.events.len(), 3);
    let t = timeline(&got.events, None, false, at(40));
    assert!(t.entries.iter().any(|e| e.out_of_order && e.event.kind == EventKind::Released), "{:#?}", t.entries);
    // The wrong time is corrected by a new event; the first stays, superseded.
    let mut fix = ev(EventKind::Released, at(50));
    fix.corrects = Some(got.events[2].id.clone());
    store.add_crossing_events(&id, &[fix], &judge, ANA, at(51)).unwrap();
    let got = store.crossing(&id).unwrap();
    let t = timeline(&got.events, None, false, at(60));
    assert_eq!(got.events.len(), 4);
    assert!(t.entries.iter().any(|e| e.superseded));
    assert!(t.entries.iter().all(|e| !e.out_of_order), "the correction is in order");
    assert_eq!(t.stage, Stage::Released);
    // The same event corrected twice would leave two live versions: refused, nothing written.
    let mut twice = ev(EventKind::Released, at(52));
    twice.corrects = Some(got.events[2].id.clone());
    assert!(matches!(store.add_crossing_events(&id, &[twice], &judge, ANA, at(53)), Err(StoreError::EventAlreadyCorrected { .. })));
    // A correction of an event the crossing lacks: refused, nothing written.
    let mut stray = ev(EventKind::Held, at(55));
    stray.corrects = Some("not-an-event".into());
    let batch = [ev(EventKind::Cleared, at(56)), stray];
    assert!(matches!(store.add_crossing_events(&id, &batch, &judge, ANA, at(57)), Err(StoreError::EventNotFound { .. })));
    assert_eq!(store.crossing(&id).unwrap().events.len(), 4);
    drop(store);
    // The file refuses edits behind the store's back.
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert!(conn.execute("UPDATE crossing_event SET at = 'x'", []).is_err());
    assert!(conn.execute("DELETE FROM crossing_event", []).is_err());
    assert!(conn.execute("DELETE FROM crossing", []).is_err());
}

#[test]
fn the_summary_follows_the_events_and_the_board_keeps_ended_crossings_a_while() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("cruce.db")).unwrap();
    let (id, _, _) = setup(&mut store);
    assert_eq!(store.board_crossings(at(0)).unwrap().len(), 1, "planned: on the board");
    store
        .add_crossing_events(
            &id,
            &[ev(EventKind::MxSelectionGreen, at(10)), ev(EventKind::ArrivedUsBooth, at(30)), ev(EventKind::Released, at(70))],
            &judge,
            ANA,
            at(70),
        )
        .unwrap();
    let facts = store.crossing_facts("2026-11", "2026-11").unwrap();
    assert_eq!(facts.len(), 1);
    assert_eq!(facts[0].0, "2304");
    assert_eq!(facts[0].1.border_seconds, Some(60 * 60));
    assert_eq!(facts[0].1.ending, Ending::Released);
    assert!(store.crossing_facts("2026-12", "2027-01").unwrap().is_empty());
    // Ended at 70: still shown to a board that keeps what ended after 60, gone for one after 80.
    assert_eq!(store.board_crossings(at(60)).unwrap().len(), 1);
    assert_eq!(store.board_crossings(at(60)).unwrap()[0].events.len(), 3);
    assert!(store.board_crossings(at(80)).unwrap().is_empty());
    assert_eq!(store.board_draft_revisions(at(60)).unwrap().len(), 2);
    let actions: Vec<String> = store.audit_entries(20).unwrap().into_iter().map(|e| e.action).collect();
    assert!(actions.contains(&"crossing.created".to_owned()) && actions.contains(&"crossing.events".to_owned()));
    assert_eq!(store.verify_audit_log().unwrap().first_broken, None, "the chain holds");
}

#[test]
fn an_import_stores_all_its_events_or_none() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("cruce.db")).unwrap();
    let (id, _, _) = setup(&mut store);
    let good = (id.clone(), vec![ev(EventKind::EmanifestFiled, at(1)), ev(EventKind::MxSelectionRed, at(5))]);
    let bad = ("no-such-crossing".to_owned(), vec![ev(EventKind::Released, at(9))]);
    let err = store.import_crossing_events(&[good.clone(), bad], &judge, "events.csv", ANA, at(10)).unwrap_err();
    assert!(matches!(err, StoreError::CrossingNotFound { .. }), "{err:?}");
    assert!(store.crossing(&id).unwrap().events.is_empty(), "nothing of the good batch was kept");
    assert_eq!(store.import_crossing_events(&[good], &judge, "events.csv", ANA, at(11)).unwrap(), 2);
    assert_eq!(store.crossing(&id).unwrap().events.len(), 2);
}

#[test]
fn a_crossing_across_the_fall_back_night_counts_real_minutes() {
    // 2026-11-01 in Laredo: 01:00–01:59 CDT, then 01:00–01:59 again in CST.
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("cruce.db")).unwrap();
    let (id, _, _) = setup(&mut store);
    let cdt = |h: u32, m: u32| -> DateTime<Utc> { format!("2026-11-01T{h:02}:{m:02}:00-05:00").parse().unwrap() };
    let cst = |h: u32, m: u32| -> DateTime<Utc> { format!("2026-11-01T{h:02}:{m:02}:00-06:00").parse().unwrap() };
    store
        .add_crossing_events(&id, &[ev(EventKind::ArrivedUsBooth, cdt(1, 30)), ev(EventKind::Released, cst(1, 10))], &judge, ANA, cst(2, 0))
        .unwrap();
    let got = store.crossing(&id).unwrap();
    assert_eq!(got.events[1].at - got.events[0].at, Duration::minutes(40), "01:30 CDT to 01:10 CST is 40 minutes, not minus 20");
    let f = store.crossing_facts("2026-11", "2026-11").unwrap();
    assert_eq!(f[0].1.border_seconds, Some(40 * 60));
    assert_eq!(f[0].1.month.as_deref(), Some("2026-11"));
}

fn sample_readings() -> Vec<cruce_core::crossing::wait_times::CommercialWait> {
    let dir = std::env::var_os("CRUCE_SHARED_DATA")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    parse(&std::fs::read_to_string(dir.join("cbp-bwt/wsdot-currentBorderCrossings.json")).unwrap()).unwrap()
}

#[test]
fn the_same_update_read_twice_is_one_reading_and_a_dropped_crossing_keeps_its_last() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("cruce.db")).unwrap();
    let readings = sample_readings();
    let n = readings.len();
    assert_eq!(store.store_wait_readings(at(0), "http://127.0.0.1/bwt", &readings).unwrap(), n);
    assert_eq!(store.store_wait_readings(at(10), "http://127.0.0.1/bwt", &readings).unwrap(), 0, "the same updates again");
    let fewer: Vec<_> = readings.iter().filter(|w| w.port_number != "230404").cloned().collect();
    store.store_wait_readings(at(20), "http://127.0.0.1/bwt", &fewer).unwrap();
    store.note_wait_fetch_failed(at(30), "http://127.0.0.1/bwt", "HTTP 500").unwrap();
    let latest = store.latest_wait_readings().unwrap();
    assert_eq!(latest.len(), n, "the dropped crossing keeps its last reading");
    let (last_try, last_success) = store.wait_fetches().unwrap();
    assert_eq!(last_try.as_ref().map(|f| (f.ok, f.error.as_deref())), Some((false, Some("HTTP 500"))));
    let last_success = last_success.unwrap();
    assert_eq!(last_success.at, at(20));
    assert!(!last_success.ports.contains(&"230404".to_owned()) && last_success.ports.len() == n - 1);
    let wtb = latest.iter().find(|w| w.reading.port_number == "230404").unwrap();
    let history = store.wait_history("230404", wtb.observed_at - Duration::hours(1)).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].reading, wtb.reading);
    // The bridge's lanes close (no CBP update time): that is what shows now; when the earlier
    // update is read again, it shows again.
    let mut closed = readings.iter().find(|w| w.port_number == "230404").unwrap().clone();
    let missing =
        cruce_core::crossing::wait_times::LaneReading::Missing { reason: cruce_core::crossing::wait_times::NoReading::LanesClosed };
    closed.standard = missing.clone();
    closed.fast = missing;
    store.store_wait_readings(at(40), "u", std::slice::from_ref(&closed)).unwrap();
    let now_closed = store.latest_wait_readings().unwrap().into_iter().find(|w| w.reading.port_number == "230404").unwrap();
    assert_eq!(now_closed.reading, closed);
    assert_eq!(store.store_wait_readings(at(50), "u", std::slice::from_ref(&closed)).unwrap(), 0, "closed again is the same reading");
    assert_eq!(store.store_wait_readings(at(60), "u", &readings).unwrap(), 0);
    let open_again = store.latest_wait_readings().unwrap().into_iter().find(|w| w.reading.port_number == "230404").unwrap();
    assert_eq!(open_again.reading, wtb.reading);
    assert_eq!(open_again.fetched_at, at(60));
}
