//! The registry's IPC contract: the exact JSON of a save, a refused save (problems as data, in both
//! languages), a preview, a conflict, alerts and a draft's FAST eligibility, on real SQLite files.

use serde_json::{json, Value};

use crate::ipc::{call, start};

fn carrier() -> Value {
    json!({
        "kind": "company",
        "record": {
            "name": "Transportes del Norte de Monterrey S.A. de C.V.",
            "roles": ["carrier"],
            "country": "MX",
            "ids": { "scac": "TRNM" },
            "memberships": [{
                "id": "", "program": "ctpat", "rubro": "mexican-highway-carrier",
                "certifiedOn": "2023-03-14", "validatedOn": "2024-02-20",
                "enteredBy": "someone else", "enteredAt": "2001-01-01T00:00:00Z"
            }]
        }
    })
}

#[test]
fn a_save_answers_the_record_with_its_standing_or_every_problem() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let saved = call(&w, "save_trader", json!({ "id": null, "expectedRevision": 0, "record": carrier() })).unwrap();
    assert_eq!(saved["outcome"], "saved", "{saved}");
    let detail = &saved["detail"];
    assert_eq!(detail["stored"]["revision"], 1);
    let m = &detail["stored"]["record"]["record"]["memberships"][0];
    assert_eq!(m["enteredAt"], "2026-11-23T16:00:00Z", "attested now, not when the caller says");
    assert_ne!(m["enteredBy"], "someone else");
    assert_eq!(detail["memberships"][0]["standing"], "active");
    assert_eq!(detail["today"], "2026-11-23");
    let id = detail["stored"]["id"].as_str().unwrap().to_owned();

    let mut bad = carrier();
    bad["record"]["ids"]["scac"] = json!("T1");
    let refused = call(&w, "save_trader", json!({ "id": id, "expectedRevision": 1, "record": bad })).unwrap();
    assert_eq!(refused["outcome"], "invalid");
    let p = &refused["problems"][0];
    assert_eq!(p["path"], "ids.scac");
    assert!(p["code"].as_str().unwrap().starts_with("scac."), "{p}");
    assert!(!p["messageEn"].as_str().unwrap().is_empty() && !p["messageEs"].as_str().unwrap().is_empty());

    let stale = call(&w, "save_trader", json!({ "id": id, "expectedRevision": 0, "record": carrier() })).unwrap_err();
    assert_eq!(stale["code"], "trader_conflict", "{stale}");
    let missing = call(&w, "get_trader", json!({ "id": "nope" })).unwrap_err();
    assert_eq!(missing["code"], "trader_not_found");
    let page = call(&w, "search_traders", json!({ "query": { "text": "trnm" } })).unwrap();
    assert_eq!(page["total"], 1);
    assert_eq!(page["hits"][0]["detail"], "SCAC TRNM");
}

#[test]
fn a_preview_is_rows_or_a_refusal_in_both_languages_and_alerts_follow_the_registry() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let saved = call(&w, "save_trader", json!({ "id": null, "expectedRevision": 0, "record": carrier() })).unwrap();
    let carrier_id = saved["detail"]["stored"]["id"].as_str().unwrap().to_owned();
    let file = dir.path().join("drivers.csv");
    std::fs::write(&file, "name,passid,fast_expires\nAna Ruiz,429000111,2026-12-13\n").unwrap();
    let args = json!({ "path": file, "kind": "drivers", "carrierId": carrier_id });
    let preview = call(&w, "preview_trader_import", args.clone()).unwrap();
    assert_eq!(preview["outcome"], "preview", "{preview}");
    let sha = preview["preview"]["sha256"].as_str().unwrap().to_owned();
    assert_eq!(preview["preview"]["preview"]["rows"][0]["line"], 2);
    let done = call(
        &w,
        "import_traders",
        json!({ "path": file, "kind": "drivers", "carrierId": carrier_id, "sha256": sha, "skipRowsWithProblems": false }),
    )
    .unwrap();
    assert_eq!(done, json!({ "stored": 1, "skipped": 0 }));
    let alerts = call(&w, "list_trader_alerts", json!({ "withinDays": 30 })).unwrap();
    let card = alerts.as_array().unwrap().iter().find(|a| a["subjectName"] == "Ana Ruiz").expect("the card falls due");
    assert_eq!(
        (card["daysLeft"].clone(), card["band"].clone(), card["kind"].clone()),
        (json!(20), json!(30), json!({ "due": "fastCardExpiry" }))
    );

    std::fs::write(&file, "nombre completo\nAna\n").unwrap();
    let refused = call(&w, "preview_trader_import", args.clone()).unwrap();
    assert_eq!(refused["outcome"], "refused");
    assert!(refused["messageEn"].as_str().unwrap().contains("lacks the column \"name\""), "{refused}");
    assert!(refused["messageEs"].as_str().unwrap().contains("le falta la columna"), "{refused}");
    let changed = call(
        &w,
        "import_traders",
        json!({ "path": file, "kind": "drivers", "carrierId": carrier_id, "sha256": sha, "skipRowsWithProblems": true }),
    )
    .unwrap_err();
    assert_eq!(changed["code"], "file_unreadable", "a file that no longer reads is refused: {changed}");
    let rules = call(&w, "list_trader_rules", json!({})).unwrap();
    assert!(rules.as_array().unwrap().iter().any(|r| r["source"].as_str().unwrap().contains("6 U.S.C. 969")));
}

#[test]
fn a_drafts_fast_eligibility_is_judged_link_by_link() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    call(&w, "save_trader", json!({ "id": null, "expectedRevision": 0, "record": carrier() })).unwrap();
    let page = call(&w, "search_drafts", json!({ "query": {} })).unwrap();
    let id = page["items"][0]["id"].as_str().unwrap().to_owned();
    let e = call(&w, "get_fast_eligibility", json!({ "id": id, "revision": 1 })).unwrap();
    assert_eq!(e["applies"], true);
    assert_eq!(e["day"], "2026-12-01", "the demo's crossing day at Laredo");
    let outcomes: Vec<(String, String)> = e["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["link"].as_str().unwrap().to_owned(), l["outcome"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(
        outcomes,
        [("carrier", "qualifies"), ("importer", "unknown"), ("manufacturer", "unknown"), ("driver", "unknown")]
            .map(|(a, b)| (a.to_owned(), b.to_owned()))
    );
    assert_eq!(e["qualifies"], false);
}
