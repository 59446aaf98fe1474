//! Harness for end-to-end tests of the real Cruce window: starts tauri-driver (which starts
//! WebKitWebDriver, which starts the app), gives every run its own data folder, drives the window
//! with WebDriver and saves screenshots under `target/e2e/`.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::error::NewSessionError;
use fantoccini::{Client, ClientBuilder, Locator};

/// Longest wait for anything to appear in the window. Generous: a cold WebKit start under Xvfb on
/// two busy cores can take several seconds. This bounds a hang; it is not a speed assertion.
pub const PATIENCE: Duration = Duration::from_secs(30);

/// The repository root (this crate lives in `tests/e2e`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repository root")
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| repo_root().join("target"))
}

/// The app binary built by `cargo build -p cruce`.
pub fn app_binary() -> PathBuf {
    target_dir().join("debug/cruce")
}

/// Where screenshots go.
pub fn screenshot_dir() -> PathBuf {
    target_dir().join("e2e")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

/// A running tauri-driver. Dropping it stops it with SIGTERM and waits, so WebKitWebDriver and the
/// app go with it (SIGKILL would orphan WebKitWebDriver and hang the test's output pipe).
pub struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    /// Starts tauri-driver with `data_dir` as the app's data folder.
    pub fn start(data_dir: &Path) -> Driver {
        Self::start_with(data_dir, &[])
    }

    /// [`Driver::start`] with more environment for the app (a local server's address).
    pub fn start_with(data_dir: &Path, env: &[(&str, &str)]) -> Driver {
        let port = free_port();
        let native_port = free_port();
        let child = Command::new("tauri-driver")
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .env("CRUCE_DATA_DIR", data_dir)
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver starts (install it with: cargo install tauri-driver --locked)");
        let driver = Driver { child, port };
        let deadline = Instant::now() + PATIENCE;
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "tauri-driver did not listen on port {port}");
            std::thread::sleep(Duration::from_millis(50));
        }
        driver
    }

    /// Opens a WebDriver session, which launches the app window.
    pub async fn launch_app(&self) -> App {
        let binary = app_binary();
        assert!(binary.is_file(), "{} is missing: run `cargo build -p cruce` first", binary.display());
        let mut caps = serde_json::Map::new();
        caps.insert("tauri:options".into(), serde_json::json!({ "application": binary }));
        caps.insert("browserName".into(), serde_json::json!("wry"));
        // A session request that tauri-driver drops before answering (seen once in a hundred
        // runs, with another test's app starting at the same time) is asked again; a refusal
        // with a WebDriver error is not.
        let url = format!("http://127.0.0.1:{}", self.port);
        let mut attempt = 1;
        let client = loop {
            match ClientBuilder::rustls().expect("TLS setup").capabilities(caps.clone()).connect(&url).await {
                Ok(client) => break client,
                Err(e)
                    if attempt < 3 && matches!(e, NewSessionError::Failed(_) | NewSessionError::FailedC(_) | NewSessionError::Lost(_)) =>
                {
                    eprintln!("WebDriver session request {attempt} got no answer ({e}); asking again");
                    attempt += 1;
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
                Err(e) => panic!("a WebDriver session with the app: {e:?}"),
            }
        };
        App { client, driver_pid: self.child.id() }
    }
}

impl Drop for Driver {
    /// Stops tauri-driver and waits until WebKitWebDriver and the app it launched are gone too, so
    /// the next start on the same data folder never meets an app still shutting down.
    fn drop(&mut self) {
        let started = processes::descendants(self.child.id());
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        if !matches!(self.child.try_wait(), Ok(Some(_))) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        let killed = processes::wait_gone(&started, Duration::from_secs(10));
        if killed > 0 {
            eprintln!("{killed} process(es) of the app did not end within 10 s of tauri-driver and were killed");
        }
    }
}

/// WebDriver key codes for `send_keys` (modifiers stay down until [`RELEASE`]).
pub const TAB: &str = "\u{E004}";
pub const ENTER: &str = "\u{E007}";
pub const CTRL: &str = "\u{E009}";
pub const RELEASE: &str = "\u{E000}";

/// The app window, driven through WebDriver.
pub struct App {
    pub client: Client,
    /// The tauri-driver this window was started through (the app is one of its descendants).
    driver_pid: u32,
}

pub mod processes;
pub mod window_close;

/// `[data-testid="name"]`
pub fn testid(name: &str) -> String {
    format!("[data-testid=\"{name}\"]")
}

impl App {
    /// The first element matching `css`, waiting for it to appear.
    pub async fn find(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css} appeared: {e}"))
    }

    pub async fn find_all(&self, css: &str) -> Vec<Element> {
        self.client.find_all(Locator::Css(css)).await.expect("find_all")
    }

    pub async fn text(&self, css: &str) -> String {
        self.find(css).await.text().await.expect("element text")
    }

    pub async fn click(&self, css: &str) {
        let el = self.find(css).await;
        // WebKitWebDriver does not scroll elements inside the app's scrolling area into view
        // before clicking; do what it should, then click as a user does.
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center' }); return true;",
                vec![serde_json::to_value(&el).expect("element reference")],
            )
            .await
            .expect("scroll into view");
        if let Err(e) = el.click().await {
            let shot = self.screenshot("failed-click").await;
            let probe = self
                .client
                .execute(
                    "const e = document.querySelector(arguments[0]); if (!e) return 'gone'; const r = e.getBoundingClientRect();\
                     const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);\
                     return JSON.stringify({rect: [r.x, r.y, r.width, r.height], hit: hit && (hit.outerHTML.slice(0, 120)), inner: [innerWidth, innerHeight]});",
                    vec![serde_json::json!(css)],
                )
                .await;
            eprintln!("click probe {css}: {probe:?}");
            panic!("click {css}: {e:?} (window as it was: {})", shot.display());
        }
    }

    /// Clicks an element of the editor's sticky header (tabs, language, status). WebKitWebDriver
    /// misjudges where a sticky element is once the page under it has scrolled and refuses the
    /// click as "not interactable" although it is in view; scrolling to the top first avoids it.
    pub async fn click_sticky(&self, css: &str) {
        self.client.execute("document.querySelector('.scroll')?.scrollTo(0, 0); return true;", vec![]).await.expect("scroll to top");
        self.click(css).await;
    }

    /// Types into a field (appending to what is there).
    pub async fn type_into(&self, css: &str, text: &str) {
        self.find(css).await.send_keys(text).await.unwrap_or_else(|e| panic!("type into {css}: {e}"));
    }

    /// Replaces what a field holds with `text`, as a user does: select all, then type.
    pub async fn replace_text(&self, css: &str, text: &str) {
        self.click(css).await;
        self.keys(&format!("{CTRL}a{RELEASE}")).await;
        self.keys(text).await;
    }

    /// Chooses the option of a `<select>` whose visible text is `label`.
    pub async fn select_label(&self, css: &str, label: &str) {
        self.find(css).await.select_by_label(label).await.unwrap_or_else(|e| panic!("choose {label:?} in {css}: {e}"));
    }

    /// Puts the lines grid's cursor on a cell (a click) and types there: the grid draws cells as
    /// text and moves its one input to the cell with the cursor, which selects the cell's text.
    pub async fn type_in_cell(&self, path: &str, text: &str) {
        self.click(&testid(&format!("cell-{path}"))).await;
        self.wait_until(&format!("the cursor is on cell {path}"), || async { self.focused_path().await.as_deref() == Some(path) }).await;
        self.keys(text).await;
    }

    /// What a cell of the lines grid shows (the input's value on the cell with the cursor).
    pub async fn cell_text(&self, path: &str) -> String {
        let el = self.find(&testid(&format!("cell-{path}"))).await;
        let v = self
            .client
            .execute(
                "const el = arguments[0]; return el.tagName === 'INPUT' ? el.value : el.textContent;",
                vec![serde_json::to_value(&el).expect("element reference")],
            )
            .await
            .expect("script runs");
        v.as_str().unwrap_or_default().to_owned()
    }

    pub async fn value(&self, css: &str) -> String {
        self.find(css).await.prop("value").await.expect("value").unwrap_or_default()
    }

    pub async fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.find(css).await.attr(name).await.expect("attribute")
    }

    /// Polls `check` until it returns true; panics with `what` after [`PATIENCE`].
    pub async fn wait_until<F, Fut>(&self, what: &str, mut check: F)
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = bool>,
    {
        let deadline = Instant::now() + PATIENCE;
        while !check().await {
            assert!(Instant::now() < deadline, "timed out waiting until {what}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the text of `css` contains `expected`.
    pub async fn wait_for_text(&self, css: &str, expected: &str) {
        let mut last = String::new();
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Ok(el) = self.client.find(Locator::Css(css)).await {
                last = el.text().await.unwrap_or_default();
                if last.contains(expected) {
                    return;
                }
            }
            if Instant::now() >= deadline {
                let shot = self.screenshot("failed-wait").await;
                panic!("{css} never contained {expected:?}; last text {last:?} (window: {})", shot.display());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Saves a screenshot of the window as `target/e2e/<name>.png`, after two animation frames so
    /// the picture shows the current DOM and not the previous frame.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        self.client
            .execute_async(
                "const done = arguments[arguments.length - 1];\
                 requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                vec![],
            )
            .await
            .expect("animation frames");
        let png = self.client.screenshot().await.expect("screenshot");
        assert!(png.starts_with(b"\x89PNG"), "the screenshot is a PNG");
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).expect("write screenshot");
        path
    }

    /// Sends keys to whatever has the focus (as a user typing on).
    pub async fn keys(&self, keys: &str) {
        let el = self.client.active_element().await.expect("a focused element");
        el.send_keys(keys).await.unwrap_or_else(|e| panic!("typing {keys:?}: {e}"));
    }

    /// The `data-path` of the focused element (the declaration field it shows), if any.
    pub async fn focused_path(&self) -> Option<String> {
        let v = self
            .client
            .execute("return document.activeElement && document.activeElement.dataset.path || null;", vec![])
            .await
            .expect("script runs");
        v.as_str().map(str::to_owned)
    }

    /// Waits until the draft open in the editor says everything is saved.
    pub async fn wait_saved(&self) {
        self.wait_until("the editor says all changes are saved", || async {
            self.attr(&testid("save-state"), "data-state").await.as_deref() == Some("saved")
        })
        .await;
    }

    /// Closes the window as the user's close button does, and waits until the app has closed it.
    pub async fn close_window(self) {
        let pids = processes::descendants(self.driver_pid);
        let asked = window_close::request_close("Cruce", &pids).expect("X11 close request");
        assert_eq!(asked, 1, "one Cruce window to close");
        let deadline = Instant::now() + PATIENCE;
        // The session fails once the window is gone.
        while self.client.title().await.is_ok() {
            assert!(Instant::now() < deadline, "the window did not close");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let _ = self.client.close().await;
    }

    /// Ends the session; WebKitWebDriver closes the app.
    pub async fn quit(self) {
        self.client.close().await.expect("session closes");
    }
}
