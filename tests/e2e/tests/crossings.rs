//! The dispatcher's day, end to end in the real window: a crossing is made from two declarations,
//! the e-Manifest deadline counts down on the board, events are recorded with two keystrokes
//! through Mexico's selection, the UCP joint inspection and release (its outcomes added by a
//! correction), CBP's wait times come from a
//! server on 127.0.0.1 and draw the last day; after a restart everything is there.
//!
//! The server answers with the real capture of CBP's API (`cbp-bwt/wsdot-currentBorderCrossings.json`),
//! re-dated to today and with its update times moved back an hour and more per answer, so that
//! the last 24 hours hold several readings.

use std::io::{Read, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use chrono::{Duration, FixedOffset, Timelike, Utc};
use cruce_e2e::testid;

fn run_dir(name: &str) -> std::path::PathBuf {
    let dir = cruce_e2e::screenshot_dir().join("runs").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn shared(path: &str) -> std::path::PathBuf {
    std::env::var_os("CRUCE_SHARED_DATA")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| cruce_e2e::repo_root().join("../shared/data"))
        .join(path)
}

/// The real capture as it would read `hours_ago` hours ago (Central daylight time, as CBP writes it).
fn answer(sample: &serde_json::Value, hours_ago: i64) -> Vec<u8> {
    let cdt = FixedOffset::west_opt(5 * 3600).unwrap();
    let at = (Utc::now() - Duration::hours(hours_ago)).with_timezone(&cdt);
    let update = at.with_minute(0).unwrap();
    let (h, pm) = match update.hour() {
        0 => (12, false),
        h @ 1..=11 => (h, false),
        12 => (12, true),
        h => (h - 12, true),
    };
    let update_text = format!("At {h}:00 {} CDT", if pm { "pm" } else { "am" });
    let mut v = sample.clone();
    for port in v.as_array_mut().unwrap() {
        port["date"] = serde_json::json!(at.format("%-m/%-d/%Y").to_string());
        port["time"] = serde_json::json!(at.format("%H:%M:%S").to_string());
        if port["port_number"] == "230404" {
            for lane in ["standard_lanes", "FAST_lanes"] {
                port["commercial_vehicle_lanes"][lane]["update_time"] = serde_json::json!(update_text);
            }
        }
    }
    serde_json::to_vec(&v).unwrap()
}

/// Serves the answers in turn (the last one from then on).
fn serve(answers: Vec<Vec<u8>>) -> std::net::SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let served = Arc::new(AtomicUsize::new(0));
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            let body = &answers[served.fetch_add(1, Ordering::SeqCst).min(answers.len() - 1)];
            let mut r =
                format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len())
                    .into_bytes();
            r.extend_from_slice(body);
            let _ = s.write_all(&r);
        }
    });
    addr
}

/// Two declarations on one truck, due at Laredo 1 h 40 min from now: the e-Manifest is due in 40.
fn seed(data_dir: &std::path::Path) {
    std::fs::create_dir_all(data_dir).unwrap();
    let clock = Arc::new(cruce_app::SystemClock);
    let mut ws = cruce_app::Workspace::open(&data_dir.join("cruce.db"), clock, "dispatch".into()).unwrap();
    let arrival = (Utc::now() + Duration::minutes(100)).with_timezone(&chrono_tz_chicago());
    for (reference, importer) in [("NB-LRD-0410", "Gulf Coast Auto Supply LLC"), ("NB-LRD-0411", "Border Brake Distributors Inc")] {
        let mut d = cruce_core::sample::northbound_auto_parts();
        d.parties.us_importer.name = importer.into();
        d.transport.estimated_arrival =
            Some(cruce_core::PlannedCrossing { local: arrival.naive_local().with_second(0).unwrap(), zone: "America/Chicago".into() });
        ws.keep_as_copy(&d, reference).unwrap();
    }
}

/// Laredo's offset now (CST in winter, CDT in summer): the UTC wall time read as Chicago time
/// gives the zone's offset, enough to type an arrival the app reads back in America/Chicago.
fn chrono_tz_chicago() -> FixedOffset {
    let as_chicago = cruce_core::PlannedCrossing { local: Utc::now().naive_utc(), zone: "America/Chicago".into() };
    as_chicago.instant().map(|t| *t.offset()).unwrap_or_else(|_| FixedOffset::west_opt(6 * 3600).unwrap())
}

async fn stage(app: &cruce_e2e::App) -> Option<String> {
    app.attr(&testid("board-row"), "data-stage").await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_truck_is_dispatched_through_ucp_with_live_wait_times_and_kept() {
    let dir = run_dir("crossings");
    let data_dir = dir.join("data");
    seed(&data_dir);
    let sample: serde_json::Value =
        serde_json::from_slice(&std::fs::read(shared("cbp-bwt/wsdot-currentBorderCrossings.json")).unwrap()).unwrap();
    let addr = serve((0..4).rev().map(|k| answer(&sample, 1 + 3 * k)).collect());
    let url = format!("http://{addr}/api/bwtnew");

    let driver = cruce_e2e::Driver::start_with(&data_dir, &[("CRUCE_BWT_URL", &url)]);
    let app = driver.launch_app().await;
    app.find(&testid("draft-list")).await;
    app.click_sticky(&testid("nav-crossings")).await;
    app.find(&testid("crossings-area")).await;
    app.wait_for_text(&testid("board"), "No truck is at the border").await;

    // --- A crossing from the two declarations -----------------------------------------------------
    app.click(&testid("open-new-crossing")).await;
    for reference in ["NB-LRD-0410", "NB-LRD-0411"] {
        app.click(&format!("[data-testid=new-pick][data-reference=\"{reference}\"]")).await;
    }
    app.wait_for_text(&testid("new-crossing"), "2 chosen").await;
    app.click(&testid("new-make")).await;
    assert_eq!(app.value(&testid("new-trip")).await, "TRNM20261201A", "the trip number both declarations give");
    app.screenshot("40-crossing-new-en").await;
    app.click(&testid("new-save")).await;
    app.find(&testid("crossing-page")).await;
    app.wait_for_text(&testid("page-declarations"), "NB-LRD-0411").await;
    app.click(&testid("back-to-board")).await;

    // --- The deadline counts down on the board ---------------------------------------------------------
    app.find(&testid("board-row")).await;
    assert_eq!(app.attr(&testid("row-deadline"), "data-state").await.as_deref(), Some("ahead"));
    let first = app.text(&testid("row-deadline")).await;
    assert!(first.starts_with("due in 3") || first.starts_with("due in 4"), "{first:?}");
    app.wait_until("the countdown moves", || async { app.text(&testid("row-deadline")).await != first }).await;
    // The wait at the World Trade Bridge, from the local server (the app asked at start).
    app.wait_for_text(&testid("lane-wait"), "Std 45 min").await;
    app.wait_for_text(&testid("lane-wait"), "FAST 15 min").await;

    // --- Two keystrokes per event ---------------------------------------------------------------------
    // A click on the row selects it and puts the focus on the board.
    app.click(&format!("{} td:nth-child(3)", testid("board-row"))).await;
    for (letter, wanted) in [("f", "paperwork"), ("g", "mexicanCustoms"), ("u", "inspection")] {
        app.keys("e").await;
        app.find(&testid("event-menu")).await;
        if letter == "u" {
            app.screenshot("41-crossing-board-menu-en").await;
        }
        app.keys(letter).await;
        app.wait_until(&format!("the stage is {wanted}"), || async { stage(&app).await.as_deref() == Some(wanted) }).await;
    }
    assert_eq!(app.attr(&testid("row-deadline"), "data-state").await.as_deref(), Some("met"), "filed in time");
    app.screenshot("42-crossing-board-en").await;
    app.keys("e").await;
    app.find(&testid("event-menu")).await;
    app.keys("l").await;
    app.wait_until("released", || async { stage(&app).await.as_deref() == Some("released") }).await;

    // --- The crossing's page -------------------------------------------------------------------------
    app.keys(cruce_e2e::ENTER).await;
    app.find(&testid("crossing-page")).await;
    app.wait_until("four events", || async { app.find_all(&testid("timeline-entry")).await.len() == 4 }).await;
    let kinds: Vec<String> = {
        let mut out = Vec::new();
        for e in app.find_all(&testid("timeline-entry")).await {
            out.push(e.attr("data-kind").await.unwrap().unwrap_or_default());
        }
        out
    };
    assert_eq!(kinds, ["emanifestFiled", "mxSelectionGreen", "ucpJointInspection", "released"]);
    // The joint inspection was recorded as it began; its outcomes are added when known, as a
    // correction that keeps its time.
    app.click("[data-testid=timeline-entry][data-kind=ucpJointInspection] button").await;
    app.select_label(&testid("event-cbp"), "released").await;
    app.select_label(&testid("event-mx"), "released").await;
    app.click(&testid("event-save")).await;
    app.wait_for_text(&testid("timeline"), "CBP released · MX released").await;
    app.wait_until("the first joint inspection is kept, corrected", || async {
        app.find_all("[data-testid=timeline-entry].superseded").await.len() == 1
    })
    .await;
    app.wait_for_text(&testid("page-border"), "Unified Cargo Processing: used").await;
    app.wait_for_text(&testid("page-declarations"), "NB-LRD-0410").await;
    // A note added afterwards, with a time typed at the port.
    app.select_label(&testid("event-kind"), "Cleared").await;
    app.type_into(&testid("event-note"), "Yard Laredo").await;
    app.click(&testid("event-save")).await;
    app.wait_until("six events", || async { app.find_all(&testid("timeline-entry")).await.len() == 6 }).await;
    app.wait_for_text(&testid("page-stage"), "Done").await;
    app.screenshot("43-crossing-timeline-en").await;

    // --- Wait times and the chart --------------------------------------------------------------------------
    app.click(&testid("tab-waits")).await;
    app.find(&testid("wait-times")).await;
    for _ in 0..3 {
        app.click(&testid("waits-refresh")).await;
        app.wait_until("the refresh answered", || async { app.attr(&testid("waits-refresh"), "disabled").await.is_none() }).await;
    }
    app.wait_until("four readings in the last day", || async {
        app.attr(&testid("wait-chart"), "data-points").await.and_then(|p| p.parse::<u32>().ok()).unwrap_or(0) >= 4
    })
    .await;
    app.wait_for_text(&testid("wait-times"), "CBP’s published estimates").await;
    app.screenshot("44-crossing-wait-chart-en").await;

    // --- In Spanish ----------------------------------------------------------------------------------------
    app.click_sticky(&testid("lang-es")).await;
    app.wait_for_text(&testid("wait-times"), "estimaciones publicadas por CBP").await;
    app.screenshot("44-crossing-wait-chart-es").await;
    app.click(&testid("tab-board")).await;
    app.wait_for_text(&testid("board-count"), "1 de 1").await;
    app.screenshot("42-crossing-board-es").await;
    app.click(&format!("{} .trip", testid("board-row"))).await;
    app.wait_for_text(&testid("timeline"), "Revisión conjunta UCP").await;
    app.screenshot("43-crossing-timeline-es").await;
    app.click_sticky(&testid("lang-en")).await;
    app.quit().await;
    drop(driver);

    // --- After a restart -------------------------------------------------------------------------------------
    let driver = cruce_e2e::Driver::start_with(&data_dir, &[("CRUCE_BWT_URL", &url)]);
    let app = driver.launch_app().await;
    app.find(&testid("crossings-area")).await;
    app.click(&testid("tab-board")).await;
    app.find(&testid("board-row")).await;
    assert_eq!(stage(&app).await.as_deref(), Some("done"));
    app.click(&format!("{} .trip", testid("board-row"))).await;
    app.wait_until("six events again", || async { app.find_all(&testid("timeline-entry")).await.len() == 6 }).await;
    app.click(&testid("tab-figures")).await;
    app.wait_until("a row of figures", || async { app.find_all(&testid("figures-row")).await.len() == 1 }).await;
    app.wait_for_text(&testid("figures-table"), "2304").await;
    app.screenshot("45-crossing-figures-en").await;
    app.quit().await;
}
