//! Screening end to end in the real window: SAT's 69-B list and OFAC's SDN list of 2 May 2024 are
//! downloaded from a server on 127.0.0.1 (the real files); a declaration gets a Mexican party on
//! 69-B by its RFC and an exporter that is a near match of an SDN company by name; both are
//! flagged in the editor's screening panel with their explanations; the near match is decided a
//! false positive with a reason; the next day's SDN list shows its 8 removals and nothing new to
//! review; after a restart every decision is there.

use std::io::{Read, Write};

use cruce_core::screening::lists::{read, ListFile};
use cruce_core::screening::ListKind;
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

/// Serves the real list files by their path (`/69b.csv`, `/sdn-0502.csv`, `/sdn-0503.csv`).
fn serve() -> String {
    let files = [
        ("/69b.csv", std::fs::read(shared("sat-69b/Listado_Completo_69-B.csv")).unwrap()),
        ("/sdn-0502.csv", std::fs::read(shared("ofac-sdn-gitscrape/sdn-2024-05-02.csv")).unwrap()),
        ("/sdn-0503.csv", std::fs::read(shared("ofac-sdn-gitscrape/sdn-2024-05-03.csv")).unwrap()),
    ];
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let mut buf = [0u8; 4096];
            let n = s.read(&mut buf).unwrap_or(0);
            let request = String::from_utf8_lossy(&buf[..n]);
            let path = request.split_whitespace().nth(1).unwrap_or("/");
            let answer = match files.iter().find(|(p, _)| *p == path) {
                Some((_, body)) => {
                    let mut r = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len()).into_bytes();
                    r.extend_from_slice(body);
                    r
                }
                None => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
            };
            let _ = s.write_all(&answer);
        }
    });
    format!("http://{addr}")
}

/// A 69-B taxpayer made definitive, and an SDNTK company still on the list the next day.
fn listed() -> (String, String) {
    let sat = std::fs::read(shared("sat-69b/Listado_Completo_69-B.csv")).unwrap();
    let sat = read(ListKind::Sat69b, &[ListFile { name: "69b", bytes: &sat }]).unwrap();
    let rfc = sat.entries.iter().find(|e| e.status == "Definitivo" && e.id.len() == 12).unwrap().id.clone();
    let sdn = std::fs::read(shared("ofac-sdn-gitscrape/sdn-2024-05-03.csv")).unwrap();
    let sdn = read(ListKind::OfacSdn, &[ListFile { name: "sdn", bytes: &sdn }]).unwrap();
    let company =
        sdn.entries.iter().find(|e| e.programs.iter().any(|p| p == "SDNTK") && e.primary_name().ends_with(", S.A. DE C.V.")).unwrap();
    (rfc, company.primary_name().trim_end_matches(", S.A. DE C.V.").to_owned())
}

async fn download(app: &cruce_e2e::App, label: &str, url: &str, kind: &str, versions: usize) {
    app.click(&testid("tab-lists")).await;
    app.find(&testid("lists")).await;
    app.select_label(&testid("list-kind"), label).await;
    app.replace_text(&testid("list-url"), url).await;
    // The previous import's versions show a moment before its button is free again.
    app.wait_until("the download button is free", || async { app.attr(&testid("list-download"), "disabled").await.is_none() }).await;
    app.click(&testid("list-download")).await;
    app.wait_until(&format!("{versions} versions of {kind}"), || async {
        app.find_all(&format!("[data-testid=list-version][data-kind={kind}]")).await.len() == versions
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parties_are_screened_decided_and_kept_across_list_versions_and_a_restart() {
    let dir = run_dir("watchlists");
    let data_dir = dir.join("data");
    std::fs::create_dir_all(&data_dir).unwrap();
    {
        let mut ws =
            cruce_app::Workspace::open(&data_dir.join("cruce.db"), std::sync::Arc::new(cruce_app::SystemClock), "compliance".into())
                .unwrap();
        ws.keep_as_copy(&cruce_core::sample::northbound_auto_parts(), "WL-LRD-0001").unwrap();
    }
    let base = serve();
    let (rfc, company) = listed();

    let driver = cruce_e2e::Driver::start(&data_dir);
    let app = driver.launch_app().await;
    app.find(&testid("draft-list")).await;
    app.click_sticky(&testid("nav-watchlists")).await;
    app.find(&testid("watchlists-area")).await;
    download(&app, "SAT 69-B", &format!("{base}/69b.csv"), "sat-69b", 1).await;
    download(&app, "OFAC SDN", &format!("{base}/sdn-0502.csv"), "ofac-sdn", 1).await;
    app.wait_for_text(&testid("lists"), "14973").await;
    app.screenshot("50-watchlists-lists-en").await;

    // --- A declaration: a party on 69-B by RFC, an exporter near an SDN company by name ---------------
    app.click_sticky(&testid("nav-declarations")).await;
    app.find(&testid("draft-list")).await;
    app.click(&format!("{} {}", testid("draft-row"), testid("draft-reference"))).await;
    app.wait_for_text(&testid("editor-title"), "WL-LRD-0001").await;
    app.click_sticky(&testid("tab-parties")).await;
    app.find(&testid("field-parties.mexicanParty.rfc")).await;
    app.replace_text(&testid("field-parties.mexicanParty.rfc"), &rfc).await;
    app.replace_text(&testid("field-parties.exporter.name"), &format!("{} SA de CV", company.to_lowercase())).await;
    app.wait_saved().await;
    app.click(&testid("show-screening")).await;
    app.find(&testid("screening-panel")).await;
    app.wait_until("both parties flagged", || async { app.find_all(&testid("screened-party")).await.len() >= 2 }).await;
    let mx = "[data-testid=screened-party][data-role=mexicanParty]";
    let ex = "[data-testid=screened-party][data-role=exporter]";
    app.wait_for_text(mx, &rfc).await;
    app.wait_for_text(mx, "SAT 69-B").await;
    app.wait_for_text(ex, "OFAC SDN").await;
    app.screenshot("51-screening-panel-en").await;

    // --- The near match is a false positive, with a reason ------------------------------------------------
    app.click(&format!("{ex} {}", testid("decide"))).await;
    app.wait_for_text(&format!("{ex} [role=alert]"), "reason").await;
    app.type_into(&format!("{ex} {}", testid("reason")), "Another company: different RFC and address in Saltillo").await;
    app.click(&format!("{ex} {}", testid("decide"))).await;
    app.wait_for_text(&format!("{ex} {}", testid("decision")), "Another company").await;
    app.click_sticky(&testid("lang-es")).await;
    app.wait_for_text(&testid("screening-panel"), "Falso positivo").await;
    app.screenshot("51-screening-panel-es").await;
    app.click_sticky(&testid("lang-en")).await;

    // --- The next day's SDN: 8 removals, nothing new for the review ------------------------------------------
    app.click_sticky(&testid("nav-watchlists")).await;
    download(&app, "OFAC SDN", &format!("{base}/sdn-0503.csv"), "ofac-sdn", 2).await;
    app.wait_for_text(&format!("[data-testid=list-version][data-kind=ofac-sdn] {}", testid("list-changes")), "+0 −8 ~0").await;
    app.wait_for_text(&testid("app-notice"), "0 new matches").await;
    app.click("[data-testid=list-version][data-kind=ofac-sdn] button").await;
    app.wait_for_text(&testid("changes"), "Removed (8)").await;
    app.click(&testid("tab-queue")).await;
    app.wait_until("one potential match left to review", || async { app.find_all(&testid("hit")).await.len() == 1 }).await;
    app.wait_for_text(&testid("queue"), &rfc).await;
    app.screenshot("52-watchlists-queue-en").await;
    app.click_sticky(&testid("lang-es")).await;
    app.wait_for_text(&testid("queue"), "posibles coincidencias por revisar").await;
    app.screenshot("52-watchlists-queue-es").await;
    app.click_sticky(&testid("lang-en")).await;
    app.quit().await;
    drop(driver);

    // --- After a restart ------------------------------------------------------------------------------------
    let driver = cruce_e2e::Driver::start(&data_dir);
    let app = driver.launch_app().await;
    app.find(&testid("watchlists-area")).await;
    app.wait_until("the queue as it was", || async { app.find_all(&testid("hit")).await.len() == 1 }).await;
    app.click_sticky(&testid("nav-declarations")).await;
    app.click(&format!("{} {}", testid("draft-row"), testid("draft-reference"))).await;
    app.click(&testid("show-screening")).await;
    app.wait_for_text(&format!("{ex} {}", testid("decision")), "False positive by").await;
    app.quit().await;
}
