//! Crossings over IPC on real SQLite files: a crossing from the demo declaration, the second
//! claim on it refused with its code, an event with problems answered as data in both languages,
//! the board, the events preview refusing a file that is not text, and CBP's wait times fetched
//! from 127.0.0.1 — kept when the next fetch fails, the failure said.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use serde_json::{json, Value};

use crate::ipc::{call, http, serve, shared_data, start_with};

#[test]
fn a_crossing_its_events_and_the_board_over_ipc() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start_with(dir.path(), "http://127.0.0.1:9");
    let drafts = call(&w, "search_drafts", json!({ "query": { "text": "", "status": null, "direction": null, "port": null, "crossingFrom": null, "crossingTo": null, "sort": "newest", "reversed": false, "offset": 0, "limit": 10 } })).unwrap();
    let demo = drafts["items"][0]["id"].as_str().unwrap().to_owned();
    let made = call(&w, "crossing_from_drafts", json!({ "draftIds": [demo] })).unwrap();
    assert_eq!(made["outcome"], "draft", "{made}");
    let mut crossing = made["crossing"].clone();
    if crossing["tripNumber"] == "" {
        crossing["tripNumber"] = json!("DEMO-1");
    }
    let saved = call(&w, "create_crossing", json!({ "crossing": crossing })).unwrap();
    assert_eq!(saved["outcome"], "saved", "{saved}");
    let id = saved["detail"]["stored"]["id"].as_str().unwrap().to_owned();
    assert_eq!(saved["detail"]["timeline"]["stage"], "planned");

    let mut again = crossing.clone();
    again["tripNumber"] = json!("OTHER-TRIP");
    let err = call(&w, "create_crossing", json!({ "crossing": again })).unwrap_err();
    assert_eq!(err["code"], "declaration_in_crossing", "{err}");
    let mut no_trip = crossing.clone();
    no_trip["tripNumber"] = json!(" ");
    no_trip["shipments"] = json!([]);
    let refused = call(&w, "create_crossing", json!({ "crossing": no_trip })).unwrap();
    assert_eq!(refused["outcome"], "invalid");
    assert_eq!(refused["problems"][0]["code"], "crossing.trip_required");

    let future =
        call(&w, "record_event", json!({ "id": id, "event": { "kind": "arrivedUsBooth", "at": "2026-11-23T18:00:00Z" } })).unwrap();
    assert_eq!(future["outcome"], "invalid", "{future}");
    assert!(future["problems"][0]["messageEs"].as_str().unwrap().contains("todavía no llega"));
    let green = call(&w, "record_event", json!({ "id": id, "event": { "kind": "mxSelectionGreen", "note": "verde" } })).unwrap();
    assert_eq!(green["detail"]["timeline"]["stage"], "mexicanCustoms");
    assert_eq!(green["detail"]["timeline"]["entries"][0]["event"]["at"], "2026-11-23T16:00:00Z", "now, by the app's clock");
    // An event kind the UI cannot send is refused before any use case runs; nothing is recorded.
    assert!(call(&w, "record_event", json!({ "id": id, "event": { "kind": "teleported" } })).is_err());
    let page = call(&w, "get_crossing", json!({ "id": id })).unwrap();
    assert_eq!(page["timeline"]["entries"].as_array().unwrap().len(), 1);
    let missing = call(&w, "get_crossing", json!({ "id": "nope" })).unwrap_err();
    assert_eq!(missing["code"], "crossing_not_found");

    let board = call(&w, "get_board", json!({ "filter": {} })).unwrap();
    assert_eq!(board["total"], 1);
    let row = &board["groups"][0]["entries"][0]["row"];
    assert_eq!(row["lastEvent"], "mxSelectionGreen");
    assert!(row["next"].as_array().unwrap().contains(&json!("arrivedUsBooth")));

    let binary = dir.path().join("photo.csv");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\x00\x00").unwrap();
    let preview = call(&w, "preview_event_import", json!({ "path": binary })).unwrap();
    assert_eq!(preview["outcome"], "refused", "{preview}");
    assert!(preview["messageEs"].as_str().unwrap().contains("no es texto"));
    let figures = call(&w, "get_clearance_figures", json!({ "from": "2026-01", "to": "2026-12" })).unwrap();
    assert_eq!(figures.as_array().unwrap().len(), 1);
}

#[test]
fn wait_times_are_fetched_kept_and_a_failure_does_not_lose_them() {
    let body = std::fs::read_to_string(shared_data("cbp-bwt/wsdot-currentBorderCrossings.json")).unwrap();
    let down = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&down);
    let base = serve(move |line| {
        if flag.load(Ordering::SeqCst) {
            http("500 Internal Server Error", "")
        } else if line.starts_with("GET /api/bwtnew ") {
            http("200 OK", &body)
        } else {
            http("404 Not Found", "")
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start_with(dir.path(), &base);
    let empty = call(&w, "get_wait_times", json!({})).unwrap();
    assert_eq!(empty["readings"], json!([]));
    let got = call(&w, "refresh_wait_times", json!({})).unwrap();
    assert_eq!(got["readings"].as_array().unwrap().len(), 24);
    assert_eq!(got["lastSuccess"]["ok"], true);
    let wtb: &Value = got["readings"].as_array().unwrap().iter().find(|r| r["portNumber"] == "230404").unwrap();
    assert_eq!(wtb["standard"], json!({ "state": "open", "delayMinutes": 45, "lanesOpen": 10, "updatedAt": "2022-06-29T17:00:00Z" }));
    down.store(true, Ordering::SeqCst);
    let err = call(&w, "refresh_wait_times", json!({})).unwrap_err();
    assert_eq!(err["code"], "download_failed", "{err}");
    let kept = call(&w, "get_wait_times", json!({})).unwrap();
    assert_eq!(kept["readings"].as_array().unwrap().len(), 24, "the last readings stay");
    assert_eq!(kept["lastTry"]["ok"], false);
    assert!(kept["lastTry"]["error"].as_str().unwrap().contains("500"));
    let history = call(&w, "get_wait_history", json!({ "portNumber": "230404", "hours": 24 })).unwrap();
    assert_eq!(history, json!([]), "a reading of 2022 is not in the last day of 2026");
    let bad = call(&w, "set_wait_times_url", json!({ "url": "ftp://bwt.cbp.gov" })).unwrap_err();
    assert_eq!(bad["code"], "wait_times_url_invalid");
}
