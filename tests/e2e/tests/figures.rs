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
    let mut typing = Vec::new();
    let mut scrolling = Vec::new();
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
        // Typing and scrolling in the 1,000-line grid: from an edit (or a scroll) to the next
        // painted frame, measured inside the page so WebDriver's own latency is left out.
        let probe = app
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];\
                 const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));\
                 const typing = [], scrolling = [];\
                 (async () => {\
                   const scroller = document.querySelector('.scroller');\
                   for (let i = 0; i < 20; i++) {\
                     const cell = document.querySelector('[data-testid=\"cell-lines[0].value\"]');\
                     const t0 = performance.now();\
                     cell.value = String(100 + i) + '.25';\
                     cell.dispatchEvent(new Event('input', { bubbles: true }));\
                     await frame();\
                     typing.push(performance.now() - t0);\
                   }\
                   for (let i = 0; i < 20; i++) {\
                     const t1 = performance.now();\
                     scroller.scrollTop = 10000 + i * 120;\
                     scroller.dispatchEvent(new Event('scroll'));\
                     await frame();\
                     scrolling.push(performance.now() - t1);\
                   }\
                   scroller.scrollTop = 0;\
                   scroller.dispatchEvent(new Event('scroll'));\
                   await frame();\
                   done({ typing, scrolling });\
                 })().catch(e => done({ error: String(e) }));",
                vec![],
            )
            .await
            .expect("in-page probe");
        assert!(probe.get("error").is_none(), "in-page probe failed: {probe}");
        let series = |name: &str| -> Vec<f64> {
            probe[name].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect()
        };
        typing.extend(series("typing"));
        scrolling.extend(series("scrolling"));
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
         show its lines grid: median {:.0} ms ({lines:.0?})\n\
         edit a cell of the 1,000-line grid to the next frame: median {:.1} ms, worst {:.1} ms of {}\n\
         scroll the 1,000-line grid by a wheel step (120 px) to the next frame: median {:.1} ms, worst {:.1} ms of {}\n",
        median(&mut launch.clone()),
        median(&mut open.clone()),
        median(&mut lines.clone()),
        median(&mut typing.clone()),
        typing.iter().copied().fold(0.0, f64::max),
        typing.len(),
        median(&mut scrolling.clone()),
        scrolling.iter().copied().fold(0.0, f64::max),
        scrolling.len(),
    );
    println!("{report}");
    std::fs::write(cruce_e2e::screenshot_dir().join("figures.txt"), &report).unwrap();
    assert_eq!((launch.len(), open.len(), lines.len()), (RUNS, RUNS, RUNS));
}
