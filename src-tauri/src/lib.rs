//! The Cruce desktop shell: wires the application layer (`cruce-app`) to Tauri. A command decodes
//! its arguments, runs one use case on a blocking thread and encodes the result or the error;
//! the use cases, rules and storage live in the library crates.

pub mod bindings;
pub mod close_guard;
pub mod commands;
pub mod error;
pub mod logging;
pub mod state;

use std::path::PathBuf;
use std::sync::Arc;

use cruce_app::{Clock, SystemClock};
use tauri::Runtime;

use crate::state::{AppPaths, AppState};

/// Environment variable that points Cruce at another data folder (tests, portable installs).
pub const DATA_DIR_ENV: &str = "CRUCE_DATA_DIR";

/// What the shell needs from outside Tauri: where data lives and what time it is.
pub struct AppConfig {
    pub paths: AppPaths,
    pub clock: Arc<dyn Clock>,
    /// The USITC's site (`CRUCE_USITC_URL` overrides it, for tests against a local server).
    pub usitc: String,
    /// CBP's Border Wait Times API (`CRUCE_BWT_URL` overrides it, for tests against a local
    /// server; an address set in preferences overrides both).
    pub bwt: String,
}

impl AppConfig {
    /// A normal start: `CRUCE_DATA_DIR` when set, otherwise the OS folders Tauri would use for
    /// this app's identifier (on Linux `~/.local/share/<identifier>` and its `logs/`).
    pub fn from_env(identifier: &str) -> Self {
        let paths = match std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
            Some(dir) => AppPaths::in_folder(PathBuf::from(dir)),
            None => {
                let data = dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join(identifier);
                let logs = dirs::data_local_dir().unwrap_or_else(|| PathBuf::from(".")).join(identifier).join("logs");
                AppPaths::new(data, logs)
            }
        };
        let usitc = std::env::var("CRUCE_USITC_URL").ok().filter(|v| !v.is_empty()).unwrap_or_else(|| cruce_remote::USITC.to_owned());
        let bwt = std::env::var("CRUCE_BWT_URL").ok().filter(|v| !v.is_empty()).unwrap_or_else(|| cruce_remote::BWT.to_owned());
        Self { paths, clock: Arc::new(SystemClock), usitc, bwt }
    }
}

/// Adds Cruce's state and commands to a Tauri builder of any runtime, so the IPC contract is
/// tested on Tauri's mock runtime with exactly the wiring of the real app. Opening the database
/// happens here, before the window exists; a failure is kept in the state and shown by the UI.
pub fn app<R: Runtime>(builder: tauri::Builder<R>, config: AppConfig) -> tauri::Builder<R> {
    builder
        .manage(AppState::open(config.paths, config.clock).with_usitc(config.usitc).with_bwt(config.bwt))
        .manage(close_guard::CloseGuard::default())
        .on_window_event(close_guard::on_window_event)
        .invoke_handler(commands::handler())
}

/// Starts the desktop app.
pub fn run() {
    let context = tauri::generate_context!();
    let config = AppConfig::from_env(&context.config().identifier);
    // Without a log the app still works; say so on stderr, where a terminal launch shows it.
    let _log = logging::init(&config.paths.log_dir).inspect_err(|e| eprintln!("cruce: logging is off: {}", cruce_app::chain(e))).ok();
    let builder = tauri::Builder::default().plugin(tauri_plugin_dialog::init()).plugin(tauri_plugin_notification::init()).setup(|app| {
        notify_due(app.handle().clone());
        poll_wait_times(app.handle().clone());
        Ok(())
    });
    app(builder, config).run(context).expect("Cruce could not start its window");
}

/// Says once at start, as a desktop notification where the platform has a notification service,
/// how many trusted-trader items fall due within 30 days or are overdue (the window says it too).
/// Read on a thread of its own: the window does not wait for the registry.
fn notify_due(handle: tauri::AppHandle) {
    use tauri::Manager;
    use tauri_plugin_notification::NotificationExt;
    std::thread::spawn(move || {
        let Some((count, language)) = handle.state::<AppState>().due_summary(30) else { return };
        if count == 0 {
            return;
        }
        let body = match language {
            Some(cruce_core::Language::Spanish) => {
                format!("{count} pendientes del registro de operadores confiables vencen en 30 días o menos, o están atrasados.")
            }
            _ => format!("{count} trusted-trader items fall due within 30 days or are overdue."),
        };
        if let Err(e) = handle.notification().builder().title("Cruce").body(body).show() {
            // No notification service (a bare X server, a minimal desktop): the window's notice remains.
            tracing::info!(error = %e, "no desktop notification");
        }
    });
}

/// Fetches CBP's wait times for as long as the app runs: every ten minutes while CBP answers,
/// backing off (1, 2, 4 … 60 minutes, with jitter) while it does not; each outcome is kept in the
/// database, where the board and the chart read it. The webview talks to nothing but IPC.
fn poll_wait_times(handle: tauri::AppHandle) {
    use tauri::Manager;
    std::thread::spawn(move || {
        loop {
            let state = handle.state::<AppState>();
            if let Err(e) = tauri::async_runtime::block_on(state.fetch_wait_times_once()) {
                tracing::info!(error = %e.message, "wait times not fetched");
            }
            // Read after the fetch: a refresh from the window that worked meanwhile counts too.
            let failures = state.wait_failures.load(std::sync::atomic::Ordering::Relaxed);
            std::thread::sleep(cruce_app::wait_times::next_delay(failures, jitter()));
        }
    });
}

/// A number in [0, 1) that differs between runs and calls, from the standard library's random
/// hasher keys (no random-number crate for one number every ten minutes).
fn jitter() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0));
    (h.finish() >> 11) as f64 / (1u64 << 53) as f64
}
