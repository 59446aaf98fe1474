//! Figures for the README, measured in the real window (printed, and written to
//! `target/e2e/figures.txt`; no budget is asserted here): time from launching the app to the
//! declarations list being shown, and time to open a 1,000-line declaration and show its lines.

use std::time::Instant;

use cruce_e2e::{testid, Driver};

const RUNS: usize = 3;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn figures_launch_to_list_and_opening_a_1000_line_declaration() {
    let dir = cruce_e2e::screenshot_dir().join("runs").join("figures");
    let _ = std::fs::remove_dir_all(&dir);
    let data_dir = dir.join("data");
    std::fs::create_dir_all(&data_dir).unwrap();
    {
        let mut store = cruce_store::Store::open(&data_dir.join("cruce.db")).unwrap();
        let mut big = cruce_core::sample::northbound_with_lines(1000);
        big.reference = "BIG-1000".into();
        store.create_draft(&big, "figures", chrono::Utc::now()).unwrap();
    }

    let mut launch = Vec::new();
    let mut open = Vec::new();
    let mut lines = Vec::new();
    for run in 0..RUNS {
        let driver = Driver::start(&data_dir);
        let started = Instant::now();
        let app = driver.launch_app().await;
        app.wait_for_text(&testid("draft-list"), "BIG-1000").await;
        launch.push(started.elapsed().as_secs_f64() * 1e3);

        // The demo draft is listed too (added on first start); narrow to the big one.
        app.type_into(&testid("list-search"), "BIG-1000").await;
        app.wait_for_text(&testid("draft-count"), "1 declaration").await;
        let started = Instant::now();
        app.click(&format!("[data-testid=draft-row] {}", testid("draft-reference"))).await;
        app.wait_for_text(&testid("tab-lines"), "(1000)").await;
        app.find(&testid("error-count")).await;
        open.push(started.elapsed().as_secs_f64() * 1e3);

        let started = Instant::now();
        app.click_sticky(&testid("tab-lines")).await;
        app.find(&testid("cell-lines[0].description")).await;
        app.wait_for_text(&testid("line-count"), "1000").await;
        lines.push(started.elapsed().as_secs_f64() * 1e3);
        if run == 0 {
            app.screenshot("17-lines-1000-en").await;
            // The smallest screen the editor is made for.
            app.client.set_window_size(1280, 720).await.expect("resize the window");
            app.find(&testid("cell-lines[0].description")).await;
            app.screenshot("18-lines-1280x720-en").await;
        }
        app.quit().await;
        drop(driver);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let report = format!(
        "launch to the list shown: median {:.0} ms of {RUNS} ({launch:.0?})\n\
         open a 1,000-line declaration (editor with findings): median {:.0} ms ({open:.0?})\n\
         show its lines grid: median {:.0} ms ({lines:.0?})\n",
        median(&mut launch.clone()),
        median(&mut open.clone()),
        median(&mut lines.clone()),
    );
    println!("{report}");
    std::fs::write(cruce_e2e::screenshot_dir().join("figures.txt"), &report).unwrap();
    assert_eq!((launch.len(), open.len(), lines.len()), (RUNS, RUNS, RUNS));
}
