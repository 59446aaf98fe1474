//! The app's one shared state: the open workspace (or why the database could not be opened),
//! where files live, and the clock. Threads and locking live here; use cases in `cruce-app`.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use cruce_app::{Clock, Workspace};

use crate::error::{AppError, IpcError};

/// Where Cruce keeps its files.
#[derive(Debug, Clone)]
pub struct AppPaths {
    pub data_dir: PathBuf,
    pub database: PathBuf,
    pub log_dir: PathBuf,
}

impl AppPaths {
    pub fn new(data_dir: PathBuf, log_dir: PathBuf) -> Self {
        Self { database: data_dir.join("cruce.db"), data_dir, log_dir }
    }

    /// Everything under one folder: `cruce.db` and `logs/`.
    pub fn in_folder(dir: PathBuf) -> Self {
        Self::new(dir.clone(), dir.join("logs"))
    }
}

/// The open workspace, or why it could not be opened. Behind one mutex so that a restore from
/// backup can swap the file while no command is using it. One per app, never moved: the size of
/// the open variant does not matter.
#[allow(clippy::large_enum_variant)]
enum Slot {
    Open(Workspace),
    Failed(Arc<cruce_app::Error>),
}

pub struct AppState {
    slot: Arc<Mutex<Slot>>,
    pub paths: AppPaths,
    clock: Arc<dyn Clock>,
    system_user: String,
    /// The app's one HTTP client, and the publisher sites it fetches from.
    pub http: cruce_remote::reqwest::Client,
    /// The watchlist download under way (or last), read by the window while it runs.
    pub list_download: std::sync::Arc<std::sync::Mutex<Option<crate::commands::screening::DownloadProgress>>>,
    pub usitc: String,
    /// CBP's wait-times address unless preferences name another.
    pub bwt: String,
    /// Failed wait-time fetches in a row: the poller backs off by it, and any fetch that works
    /// (the poller's or the "ask CBP now" button's) sets it back to 0.
    pub wait_failures: std::sync::atomic::AtomicU32,
}

fn open(paths: &AppPaths, clock: &Arc<dyn Clock>, system_user: &str) -> Slot {
    match Workspace::open(&paths.database, Arc::clone(clock), system_user.to_owned()) {
        Ok(ws) => Slot::Open(ws),
        Err(err) => {
            tracing::error!(error = %cruce_app::chain(&err), path = %paths.database.display(), "cannot open the database");
            Slot::Failed(Arc::new(err))
        }
    }
}

impl AppState {
    /// Opens (creating and migrating on first start) the database. Failure is kept, not raised:
    /// every command then reports it with its code.
    pub fn open(paths: AppPaths, clock: Arc<dyn Clock>) -> Self {
        let system_user = cruce_app::os_user();
        let first = open(&paths, &clock, &system_user);
        let opened = matches!(first, Slot::Open(_));
        let slot = Arc::new(Mutex::new(first));
        if opened {
            Self::read_schedules_in_background(Arc::clone(&slot), paths.database.clone());
        }
        let http = cruce_remote::client(std::time::Duration::from_secs(15), std::time::Duration::from_secs(180));
        Self {
            slot,
            paths,
            clock,
            system_user,
            http,
            list_download: Default::default(),
            usitc: cruce_remote::USITC.to_owned(),
            bwt: cruce_remote::BWT.to_owned(),
            wait_failures: Default::default(),
        }
    }

    /// Reads the tariff schedules on a thread and connection of their own, so the window opens
    /// without waiting for them and the first draft opened finds them ready.
    fn read_schedules_in_background(slot: Arc<Mutex<Slot>>, database: PathBuf) {
        std::thread::spawn(move || match cruce_app::schedules::read_schedules(&database) {
            Ok(schedules) => {
                if let Slot::Open(ws) = &mut *Self::lock(&slot) {
                    ws.offer_schedules(schedules);
                }
            }
            Err(e) => tracing::warn!(error = %cruce_app::chain(&e), "could not read the schedules ahead"),
        });
    }

    /// How many registry items fall due within `within_days` (or are overdue), and the language
    /// the user chose: what the desktop notification at start says. `None` without a database.
    pub fn due_summary(&self, within_days: i64) -> Option<(usize, Option<cruce_core::Language>)> {
        match &*Self::lock(&self.slot) {
            Slot::Open(ws) => Some((ws.trader_alerts(within_days, None).len(), ws.preferences().ok().and_then(|p| p.language))),
            Slot::Failed(_) => None,
        }
    }

    /// Fetches the HTS from `usitc` instead of the USITC's site.
    pub fn with_usitc(mut self, usitc: String) -> Self {
        self.usitc = usitc;
        self
    }

    /// Fetches the wait times from `bwt` instead of CBP's API (unless preferences name another).
    pub fn with_bwt(mut self, bwt: String) -> Self {
        self.bwt = bwt;
        self
    }

    /// One fetch of the wait times, kept in the database whatever its outcome; returns how many
    /// readings were new. The workspace is not held while the request is out.
    pub async fn fetch_wait_times_once(&self) -> Result<usize, IpcError> {
        let default = self.bwt.clone();
        let url = self.run(move |ws| ws.wait_times_url(&default)).await?;
        let result = cruce_app::wait_times::fetch_wait_times(&self.http, &url).await;
        let outcome = self.run(move |ws| ws.store_wait_times(&url, result)).await;
        use std::sync::atomic::Ordering;
        match &outcome {
            Ok(_) => self.wait_failures.store(0, Ordering::Relaxed),
            Err(_) => {
                self.wait_failures.fetch_add(1, Ordering::Relaxed);
            }
        }
        outcome
    }

    /// Today, by the app's clock.
    pub fn today(&self) -> chrono::NaiveDate {
        self.clock.now().date_naive()
    }

    fn lock(slot: &Mutex<Slot>) -> std::sync::MutexGuard<'_, Slot> {
        // A panic while holding the lock poisons it; the data itself is in SQLite and each write
        // is a transaction, so continuing with the inner value is safe.
        slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Why the database could not be opened, if it could not.
    pub fn database_error(&self) -> Option<IpcError> {
        match &*Self::lock(&self.slot) {
            Slot::Open(_) => None,
            Slot::Failed(e) => Some(IpcError::from(AppError::DatabaseUnavailable(Arc::clone(e)))),
        }
    }

    /// Runs one use case on the workspace off the async runtime (SQLite calls block) and converts
    /// its error for the webview. Every command that touches data goes through here.
    pub async fn run<T, F>(&self, work: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Workspace) -> Result<T, cruce_app::Error> + Send + 'static,
    {
        let slot = Arc::clone(&self.slot);
        tauri::async_runtime::spawn_blocking(move || match &mut *Self::lock(&slot) {
            Slot::Open(ws) => work(ws).map_err(AppError::from),
            Slot::Failed(err) => Err(AppError::DatabaseUnavailable(Arc::clone(err))),
        })
        .await
        .map_err(AppError::from)
        .and_then(|r| r)
        .map_err(IpcError::from)
    }

    /// Replaces the database with a checked backup (the current file is kept beside it) and
    /// reopens it. Works also when the current file could not be opened at all.
    pub async fn restore_database(&self, backup: PathBuf) -> Result<(), IpcError> {
        let slot = Arc::clone(&self.slot);
        let paths = self.paths.clone();
        let clock = Arc::clone(&self.clock);
        let system_user = self.system_user.clone();
        tauri::async_runtime::spawn_blocking(move || {
            let mut slot = Self::lock(&slot);
            // Check before closing anything: a bad backup leaves the open database as it was.
            cruce_app::database::check_backup(&backup)?;
            // Close the connection before the file under it is moved.
            *slot = Slot::Failed(Arc::new(cruce_app::Error::Store(cruce_store::StoreError::Missing { path: paths.database.clone() })));
            let result = cruce_app::database::restore_database(&paths.database, &backup, clock.now());
            *slot = open(&paths, &clock, &system_user);
            result.map(|_| ())
        })
        .await
        .map_err(AppError::from)
        .and_then(|r| r.map_err(AppError::from))
        .map_err(IpcError::from)
    }
}
