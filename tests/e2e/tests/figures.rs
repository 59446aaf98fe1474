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
    let mut moving = Vec::new();
    let mut typing_script = Vec::new();
    let mut baseline = Vec::new();
    let mut scrolling_script = Vec::new();
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
                 const settled = () => new Promise(r => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });\
                 const out = { baseline: [], typing: [], typingScript: [], moving: [], scrolling: [], scrollingScript: [] };\
                 /* Each sample starts after a painted frame, as keystrokes of a person do. */\
                 const sample = async (series, change, script) => {\
                   await frame();\
                   const t0 = performance.now();\
                   change();\
                   if (script) { await settled(); out[script].push(performance.now() - t0); }\
                   await frame();\
                   out[series].push(performance.now() - t0);\
                 };\
                 (async () => {\
                   const scroller = document.querySelector('.scroller');\
                   const dot = document.createElement('div');\
                   dot.style.cssText = 'position:fixed;left:0;bottom:0;width:4px;height:4px;background:red;z-index:99';\
                   document.body.appendChild(dot);\
                   for (let i = 0; i < 20; i++) await sample('baseline', () => { dot.style.background = i % 2 ? 'red' : 'blue'; });\
                   dot.remove();\
                   document.querySelector('[data-testid=\"cell-lines[0].value\"]').click();\
                   await frame();\
                   const cell = document.querySelector('[data-testid=\"cell-lines[0].value\"]');\
                   if (cell.tagName !== 'INPUT') throw new Error('no editor on the clicked cell');\
                   for (let i = 0; i < 20; i++) await sample('typing', () => {\
                     cell.value = String(100 + i) + '.25';\
                     cell.dispatchEvent(new Event('input', { bubbles: true }));\
                   }, 'typingScript');\
                   for (let i = 0; i < 20; i++) {\
                     const key = i % 2 ? 'ArrowUp' : 'ArrowDown';\
                     await sample('moving', () => document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));\
                     const want = i % 2 ? 'lines[0].value' : 'lines[1].value';\
                     if (document.activeElement.dataset.path !== want) throw new Error('the cursor is not on ' + want);\
                   }\
                   for (let i = 0; i < 20; i++) await sample('scrolling', () => {\
                     scroller.scrollTop = 10000 + i * 120;\
                     scroller.dispatchEvent(new Event('scroll'));\
                   }, 'scrollingScript');\
                   const row = Math.floor(scroller.scrollTop / 34);\
                   if (!document.querySelector('[data-testid=\"line-' + row + '\"]')) throw new Error('row ' + row + ', scrolled to, is not drawn');\
                   scroller.scrollTop = 0;\
                   scroller.dispatchEvent(new Event('scroll'));\
                   await frame();\
                   done(JSON.stringify(out));\
                 })().catch(e => done(JSON.stringify({ error: String(e) })));",
                vec![],
            )
            .await
            .expect("in-page probe");
        // Sent back as JSON text: WebKitWebDriver has failed now and then to pass the object
        // itself back ("Could not parse script result").
        let probe: serde_json::Value =
            serde_json::from_str(probe.as_str().expect("the probe answers with text")).expect("the probe's JSON");
        assert!(probe.get("error").is_none(), "in-page probe failed: {probe}");
        let series = |name: &str| -> Vec<f64> { probe[name].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect() };
        typing.extend(series("typing"));
        scrolling.extend(series("scrolling"));
        moving.extend(series("moving"));
        scrolling_script.extend(series("scrollingScript"));
        typing_script.extend(series("typingScript"));
        baseline.extend(series("baseline"));
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
    let median = |v: &[f64]| {
        let mut v = v.to_vec();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let spread = |what: &str, v: &[f64]| {
        format!("{what}: median {:.1} ms, worst {:.1} ms of {}\n", median(v), v.iter().copied().fold(0.0, f64::max), v.len())
    };
    let report = [
        format!("launch to the list shown: median {:.0} ms of {RUNS} ({launch:.0?})\n", median(&launch)),
        format!("open a 1,000-line declaration (editor with findings): median {:.0} ms ({open:.0?})\n", median(&open)),
        format!("show its lines grid: median {:.0} ms ({lines:.0?})\n", median(&lines)),
        spread("this window's own frame cost (a 4-px dot changes colour, nothing else) to the next frame", &baseline),
        spread("edit a cell of the 1,000-line grid: the page's own work (handler and the updates it causes)", &typing_script),
        spread("edit a cell of the 1,000-line grid to the next frame", &typing),
        spread("move the cursor one cell (arrow key) in the 1,000-line grid to the next frame", &moving),
        spread("scroll the 1,000-line grid by a wheel step (120 px): the page's own work (rows drawn)", &scrolling_script),
        spread("scroll the 1,000-line grid by a wheel step (120 px) to the next frame", &scrolling),
    ]
    .concat();
    println!("{report}");
    std::fs::write(cruce_e2e::screenshot_dir().join("figures.txt"), &report).unwrap();
    assert_eq!((launch.len(), open.len(), lines.len()), (RUNS, RUNS, RUNS));
}
