//! Crossings' use cases on real SQLite files: a crossing made from two declarations, events
//! recorded through Mexican selection, the joint inspection and release, the board with FAST
//! eligibility and the wait at the bridge, an events spreadsheet from preview to import, the
//! clearance figures, and CBP's wait times fetched over HTTP from 127.0.0.1 with its failures.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, TimeZone, Utc};
use cruce_app::crossings::EventInput;
use cruce_app::wait_times::{fetch_wait_times, fetch_wait_times_within, next_delay, FIRST_BACKOFF, MAX_BACKOFF, POLL_INTERVAL};
use cruce_app::{Clock, Error, Workspace};
use cruce_core::crossing::board::BoardFilter;
use cruce_core::crossing::timeline::{DeadlineState, EventKind, Outcome, Stage};
use cruce_core::crossing::wait_times::LaneReading;
use cruce_core::sample;
use cruce_store::StoreError;

#[derive(Clone)]
struct Moving(Arc<Mutex<DateTime<Utc>>>);

impl Clock for Moving {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap()
    }
}

impl Moving {
    fn set(&self, t: DateTime<Utc>) {
        *self.0.lock().unwrap() = t;
    }
}

/// 2026-12-01 07:00 in Laredo (13:00 UTC): the sample trucks are due at 09:30.
fn morning() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 13, 0, 0).unwrap()
}

fn open(dir: &Path, clock: &Moving) -> Workspace {
    Workspace::open(&dir.join("cruce.db"), Arc::new(clock.clone()), "ana".into()).expect("the workspace opens")
}

fn shared(path: &str) -> PathBuf {
    std::env::var_os("CRUCE_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
        .join(path)
}

/// Two northbound declarations on one truck, saved as drafts; returns their ids.
fn two_drafts(ws: &mut Workspace) -> (String, String) {
    let mut ids = Vec::new();
    for (reference, importer) in [("NB-A", "Gulf Coast Auto Supply LLC"), ("NB-B", "Border Brake Distributors Inc")] {
        let d = sample::northbound_auto_parts();
        let mut copy = d.clone();
        copy.parties.us_importer.name = importer.into();
        let summary = ws.keep_as_copy(&copy, reference).unwrap();
        ids.push(summary.id);
    }
    (ids[0].clone(), ids[1].clone())
}

fn event(kind: EventKind) -> EventInput {
    EventInput { kind, at: None, note: String::new(), cbp: None, mx: None, exam: None, corrects: None }
}

#[test]
fn a_truck_with_two_declarations_crosses_through_ucp_and_everything_is_found_again() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Moving(Arc::new(Mutex::new(morning())));
    let mut ws = open(dir.path(), &clock);
    let (a, b) = two_drafts(&mut ws);
    let draft = ws.crossing_from_drafts(&[a.clone(), b.clone()]).unwrap();
    assert_eq!(draft.shipments.len(), 2);
    let detail = ws.create_crossing(draft.clone()).unwrap();
    let id = detail.stored.id.clone();
    assert_eq!(detail.zone.as_deref(), Some("America/Chicago"));
    assert_eq!(detail.timeline.stage, Stage::Planned);
    let deadline = detail.timeline.deadline.clone().unwrap();
    assert_eq!(deadline.state, DeadlineState::Ahead);
    assert_eq!(deadline.seconds_left, 90 * 60, "due 08:30, an hour before the 09:30 arrival");
    // The same declarations cannot go on a second truck.
    let mut again = draft.clone();
    again.trip_number = "TRNM-2".into();
    let err = ws.create_crossing(again).unwrap_err();
    assert!(matches!(err, Error::Store(StoreError::DeclarationInCrossing { .. })), "{err:?}");
    assert_eq!(ws.crossing_of_draft(&a).unwrap().map(|(_, trip)| trip).as_deref(), Some("TRNM20261201A"));

    // 08:10: near the deadline; the e-Manifest goes in.
    clock.set(morning() + Duration::minutes(70));
    let board = ws.board(&BoardFilter::default()).unwrap();
    let entry = &board.groups[0].entries[0];
    assert_eq!(entry.row.deadline.as_ref().unwrap().state, DeadlineState::Near);
    assert_eq!(entry.row.deadline.as_ref().unwrap().seconds_left, 20 * 60);
    assert!(entry.row.next.contains(&EventKind::EmanifestFiled));
    ws.record_event(&id, event(EventKind::EmanifestFiled)).unwrap();
    ws.record_event(&id, event(EventKind::EmanifestAccepted)).unwrap();
    clock.set(morning() + Duration::minutes(140));
    ws.record_event(&id, event(EventKind::MxSelectionGreen)).unwrap();
    clock.set(morning() + Duration::minutes(150));
    let mut ucp = event(EventKind::UcpJointInspection);
    ucp.cbp = Some(Outcome::Released);
    ucp.mx = Some(Outcome::Released);
    ws.record_event(&id, ucp).unwrap();
    clock.set(morning() + Duration::minutes(175));
    let detail = ws.record_event(&id, event(EventKind::Released)).unwrap();
    assert_eq!(detail.timeline.stage, Stage::Released);
    assert!(detail.timeline.used_ucp);
    assert_eq!(detail.timeline.border_seconds, Some(35 * 60), "selection at 09:20 to release at 09:55");
    assert_eq!(detail.timeline.deadline.as_ref().unwrap().state, DeadlineState::Met);
    assert!(detail.timeline.entries.iter().all(|e| e.event.recorded_by == "ana"));
    // Dated in the future: refused.
    let mut future = event(EventKind::Cleared);
    future.at = Some(clock.now() + Duration::hours(2));
    assert!(matches!(ws.record_event(&id, future), Err(Error::CrossingInvalid { .. })));
    drop(ws);

    let ws = open(dir.path(), &clock);
    let found = ws.get_crossing(&id).unwrap();
    assert_eq!(found.timeline.entries.len(), 5);
    assert_eq!(found.declarations.iter().map(|d| d.draft_id.as_str()).collect::<Vec<_>>(), [a.as_str(), b.as_str()]);
    let figures = ws.clearance_figures("2026-12", "2026-12").unwrap();
    assert_eq!(figures.len(), 1);
    assert_eq!((figures[0].us_port.as_str(), figures[0].ucp.timed, figures[0].ucp.mean_seconds), ("2304", 1, Some(35 * 60)));
    let csv = dir.path().join("figures.csv");
    ws.export_figures("2026-12", "2026-12", cruce_core::Language::English, &csv).unwrap();
    assert!(std::fs::read_to_string(&csv).unwrap().contains("2304,2026-12,1,1,35,35,1,35,35,0,,,0,0,"));
    // Released at 09:55: on the board two hours, then gone.
    assert_eq!(ws.board(&BoardFilter::default()).unwrap().shown, 1);
    clock.set(morning() + Duration::minutes(175 + 121));
    assert_eq!(ws.board(&BoardFilter::default()).unwrap().total, 0);
}

#[test]
fn the_board_judges_fast_from_the_registry_and_follows_a_changed_declaration() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Moving(Arc::new(Mutex::new(morning())));
    let mut ws = open(dir.path(), &clock);
    let (a, _) = two_drafts(&mut ws);
    let mut c = ws.crossing_from_drafts(std::slice::from_ref(&a)).unwrap();
    c.fast_lane = true;
    let id = ws.create_crossing(c).unwrap().stored.id;
    let board = ws.board(&BoardFilter::default()).unwrap();
    let fast = &board.groups[0].entries[0].fast;
    assert!(fast.applies && !fast.qualifies, "an empty registry confirms nothing");
    assert!(!fast.problems.is_empty());
    // The FAST lane is claimed but not confirmed: the e-Manifest is due an hour before arrival,
    // not 30 minutes (19 CFR 123.92(a) gives the shorter time to FAST shipments only).
    assert_eq!(board.groups[0].entries[0].row.deadline.as_ref().unwrap().seconds_left, 3600 + 1800);
    // A filter that matches nothing shows nothing, but counts what is on the board.
    let none = ws.board(&BoardFilter { us_port: "2506".into(), ..BoardFilter::default() }).unwrap();
    assert_eq!((none.total, none.shown), (1, 0));
    // The draft's importer is edited after the crossing was made: the board reads it again.
    let mut draft = ws.open_draft(&a).unwrap().draft;
    draft.declaration.parties.us_importer.importer_number = "99-999999999".into();
    ws.save_draft(&a, &draft.declaration, draft.revision).unwrap();
    let detail = ws.get_crossing(&id).unwrap();
    assert_eq!(detail.declarations[0].current_revision, Some(detail.declarations[0].attached_revision + 1));
    assert!(ws.board(&BoardFilter::default()).is_ok());
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn an_events_spreadsheet_is_previewed_then_imported_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Moving(Arc::new(Mutex::new(morning() + Duration::hours(4))));
    let mut ws = open(dir.path(), &clock);
    let (a, _) = two_drafts(&mut ws);
    let c = ws.crossing_from_drafts(&[a]).unwrap();
    let id = ws.create_crossing(c).unwrap().stored.id;
    let good = "trip,event,at\nTRNM20261201A,emanifest-filed,2026-12-01 07:10\nTRNM20261201A,semaforo rojo,2026-12-01 09:00\n";
    let mixed = format!("{good}NOPE,released,2026-12-01 09:00\nTRNM20261201A,released,2026-12-01 23:00\n");
    let path = write(dir.path(), "events.csv", &mixed);
    let p = ws.preview_event_import(&path).unwrap();
    assert_eq!((p.preview.rows.len(), p.preview.accepted()), (4, 2));
    assert_eq!(p.preview.rows[3].problems[0].code, "event.in_future", "23:00 at Laredo is still to come at 11:00");
    // A row with a problem refuses the file unless skipping was asked for; nothing is written.
    assert!(matches!(ws.import_events(&path, &p.sha256, false), Err(Error::ImportHasProblems { rows: 2, .. })));
    assert!(ws.get_crossing(&id).unwrap().timeline.entries.is_empty());
    // The file changed since the preview: refused.
    std::fs::write(&path, format!("{mixed}\n")).unwrap();
    assert!(matches!(ws.import_events(&path, &p.sha256, true), Err(Error::ImportFileChanged { .. })));
    let path = write(dir.path(), "events.csv", &mixed);
    let p = ws.preview_event_import(&path).unwrap();
    let done = ws.import_events(&path, &p.sha256, true).unwrap();
    assert_eq!((done.stored, done.skipped), (2, 2));
    let t = ws.get_crossing(&id).unwrap().timeline;
    assert_eq!(t.entries.len(), 2);
    assert_eq!(t.stage, Stage::MexicanCustoms);
    // The same file again: every row is already recorded.
    let again = write(dir.path(), "again.csv", good);
    let p = ws.preview_event_import(&again).unwrap();
    assert!(p.preview.rows.iter().all(|r| r.problems.iter().any(|x| x.code == "event.already_recorded")));
    assert!(matches!(ws.import_events(&again, &p.sha256, true), Err(Error::ImportHasProblems { .. })));
    // Not a spreadsheet at all.
    let binary = dir.path().join("photo.csv");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\x00\x00").unwrap();
    assert!(matches!(ws.preview_event_import(&binary), Err(Error::EventImport { .. })));
}

/// Serves each connection with the answer `respond` gives for the request line, on a thread.
fn serve(respond: impl Fn(&str) -> Vec<u8> + Send + 'static) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 4096];
            let n = stream.read(&mut buf).unwrap_or(0);
            let request = String::from_utf8_lossy(&buf[..n]).lines().next().unwrap_or_default().to_owned();
            let answer = respond(&request);
            let _ = stream.write_all(&answer);
        }
    });
    addr
}

fn ok(body: &[u8]) -> Vec<u8> {
    let mut r = format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len())
        .into_bytes();
    r.extend_from_slice(body);
    r
}

#[tokio::test]
async fn wait_times_from_a_local_server_and_every_way_it_fails() {
    let sample = std::fs::read(shared("cbp-bwt/wsdot-currentBorderCrossings.json")).unwrap();
    // The same answer without the World Trade Bridge: a port that disappears.
    let mut value: serde_json::Value = serde_json::from_slice(&sample).unwrap();
    value.as_array_mut().unwrap().retain(|p| p["port_number"] != "230404");
    let without_wtb = serde_json::to_vec(&value).unwrap();
    let (full, fewer) = (sample.clone(), without_wtb.clone());
    let addr = serve(move |request| {
        let path = request.split_whitespace().nth(1).unwrap_or("");
        match path {
            "/bwt" => ok(&full),
            "/fewer" => ok(&fewer),
            "/empty" => ok(b"[]"),
            "/broken" => ok(b"[{\"port_number\": \"230404\", "),
            "/slow" => {
                std::thread::sleep(StdDuration::from_secs(4));
                ok(b"[]")
            }
            _ => b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
        }
    });
    let client = cruce_remote::client(StdDuration::from_secs(2), StdDuration::from_secs(60));
    let url = |p: &str| format!("http://{addr}{p}");
    let dir = tempfile::tempdir().unwrap();
    let clock = Moving(Arc::new(Mutex::new(Utc.with_ymd_and_hms(2022, 6, 29, 17, 30, 0).unwrap())));

    let got = fetch_wait_times(&client, &url("/bwt")).await.unwrap();
    {
        let mut ws = open(dir.path(), &clock);
        assert_eq!(ws.store_wait_times(&url("/bwt"), Ok(got.clone())).unwrap(), got.len());
        assert_eq!(ws.store_wait_times(&url("/bwt"), Ok(got.clone())).unwrap(), 0, "the same updates are one reading");
    }
    for (path, what) in [("/down", "HTTP 500"), ("/broken", "malformed JSON"), ("/empty", "an empty array")] {
        let err = fetch_wait_times(&client, &url(path)).await.unwrap_err();
        match path {
            "/down" => assert!(matches!(err, Error::Download(cruce_remote::RemoteError::Status { status: 500, .. })), "{what}: {err:?}"),
            "/broken" => assert!(matches!(err, Error::WaitTimes { .. }), "{what}: {err:?}"),
            _ => assert!(matches!(err, Error::WaitTimesEmpty { .. }), "{what}: {err:?}"),
        }
        let mut ws = open(dir.path(), &clock);
        assert!(ws.store_wait_times(&url(path), Err(err)).is_err(), "the failure is returned after it is noted");
    }
    let started = std::time::Instant::now();
    let slow = fetch_wait_times_within(&client, &url("/slow"), StdDuration::from_millis(700)).await.unwrap_err();
    assert!(matches!(slow, Error::Download(_)), "{slow:?}");
    assert!(started.elapsed() < StdDuration::from_secs(3), "the poll's own timeout, not the client's minute");

    // After the failures the last readings are still there, with their age, and the failure named.
    clock.set(Utc.with_ymd_and_hms(2022, 6, 29, 18, 0, 0).unwrap());
    let ws = open(dir.path(), &clock);
    let w = ws.wait_times("http://unused").unwrap();
    assert_eq!(w.readings.len(), got.len());
    assert!(w.last_try.as_ref().is_some_and(|t| !t.ok && t.error.as_deref().is_some_and(|e| e.contains("list no crossing"))));
    let wtb = w.readings.iter().find(|r| r.port_number == "230404").unwrap();
    assert!(matches!(wtb.standard, LaneReading::Open { delay_minutes: 45, .. }));
    assert!(matches!(wtb.fast, LaneReading::Open { delay_minutes: 15, .. }));
    assert_eq!(wtb.age_seconds, 3600, "updated at 17:00Z, read at 18:00Z");
    assert!(wtb.in_latest && !wtb.stale);
    drop(ws);

    // The World Trade Bridge drops out of CBP's answer: its last reading stays, marked so.
    let fewer = fetch_wait_times(&client, &url("/fewer")).await.unwrap();
    let mut ws = open(dir.path(), &clock);
    ws.store_wait_times(&url("/fewer"), Ok(fewer)).unwrap();
    let w = ws.wait_times("http://unused").unwrap();
    let wtb = w.readings.iter().find(|r| r.port_number == "230404").unwrap();
    assert!(!wtb.in_latest);
    assert!(w.readings.iter().filter(|r| r.port_number != "230404").all(|r| r.in_latest));
    let history = ws.wait_history("230404", 24).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!((history[0].standard, history[0].fast), (Some(45), Some(15)));
    // Six hours on, it is stale.
    clock.set(Utc.with_ymd_and_hms(2022, 6, 30, 0, 0, 0).unwrap());
    assert!(ws.wait_times("x").unwrap().readings.iter().all(|r| r.stale));
    // The address.
    assert_eq!(ws.wait_times_url("http://default").unwrap(), "http://default");
    ws.set_wait_times_url(&url("/bwt")).unwrap();
    assert_eq!(ws.wait_times_url("http://default").unwrap(), url("/bwt"));
    assert!(matches!(ws.set_wait_times_url("ftp://bwt.cbp.gov"), Err(Error::WaitTimesUrl { .. })));
    assert!(matches!(ws.set_wait_times_url("not an address"), Err(Error::WaitTimesUrl { .. })));
    ws.set_wait_times_url("").unwrap();
    assert_eq!(ws.wait_times_url("http://default").unwrap(), "http://default");
}

#[test]
fn polling_backs_off_with_jitter_and_returns_to_the_interval() {
    assert_eq!(next_delay(0, 0.5), POLL_INTERVAL);
    assert_eq!(next_delay(1, 0.5), FIRST_BACKOFF);
    assert_eq!(next_delay(2, 0.5), FIRST_BACKOFF * 2);
    assert_eq!(next_delay(4, 0.5), FIRST_BACKOFF * 8);
    assert_eq!(next_delay(40, 0.5), MAX_BACKOFF, "capped");
    assert_eq!(next_delay(1, 0.0), FIRST_BACKOFF.mul_f64(0.8));
    assert_eq!(next_delay(1, 0.999_999), FIRST_BACKOFF.mul_f64(0.8 + 0.4 * 0.999_999));
    assert_eq!(next_delay(0, f64::NAN), POLL_INTERVAL, "a broken jitter source does not break polling");
    assert!(next_delay(u32::MAX, 1.0) <= MAX_BACKOFF.mul_f64(1.2));
}
