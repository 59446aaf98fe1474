//! The app's one shared state: the open store (or why it could not be opened), paths and clock.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use cruce_core::demo::demo_declaration;
use cruce_store::{Store, StoreError};

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

/// The source of "now". Passed in so tests and reports are deterministic.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// The open database, or why it could not be opened. Behind one mutex so that a restore from
/// backup can swap the file while no command is using it. One per app, never moved: the size of
/// the open variant does not matter.
#[allow(clippy::large_enum_variant)]
enum StoreSlot {
    Open(Store),
    Failed(Arc<StoreError>),
}

pub struct AppState {
    store: Arc<Mutex<StoreSlot>>,
    pub paths: AppPaths,
    clock: Arc<dyn Clock>,
    /// Name recorded as the author of revisions and audit entries when none is set in
    /// preferences: the OS user.
    author: String,
}

fn open_and_seed(paths: &AppPaths, clock: &dyn Clock) -> StoreSlot {
    let opened = Store::open(&paths.database).and_then(|mut store| {
        if store.seed_demo_draft(&demo_declaration(), clock.now())? {
            tracing::info!("placed the demo draft in a new database");
        }
        Ok(store)
    });
    match opened {
        Ok(store) => StoreSlot::Open(store),
        Err(err) => {
            tracing::error!(error = %crate::error::chain(&err), path = %paths.database.display(), "cannot open the database");
            StoreSlot::Failed(Arc::new(err))
        }
    }
}

/// The OS user name, or "unknown" where the environment does not say.
fn os_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "unknown".to_owned())
}

impl AppState {
    /// Opens (creating and migrating on first start) the database and places the demo draft in a
    /// new one. Failure is kept, not raised: every command then reports it with its code.
    pub fn open(paths: AppPaths, clock: Box<dyn Clock>) -> Self {
        let clock: Arc<dyn Clock> = Arc::from(clock);
        let slot = open_and_seed(&paths, clock.as_ref());
        Self { store: Arc::new(Mutex::new(slot)), paths, clock, author: os_user() }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, StoreSlot> {
        // A panic while holding the lock poisons it; the data itself is in SQLite and each write
        // is a transaction, so continuing with the inner value is safe.
        self.store.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Why the database could not be opened, if it could not.
    /// The OS user name (the author when no name is set in preferences).
    pub fn system_user(&self) -> &str {
        &self.author
    }

    pub fn store_error(&self) -> Option<IpcError> {
        match &*self.lock() {
            StoreSlot::Open(_) => None,
            StoreSlot::Failed(e) => Some(IpcError::from(AppError::DatabaseUnavailable(Arc::clone(e)))),
        }
    }

    /// Runs `work` on the store off the async runtime (SQLite calls block) and converts its error
    /// for the webview. Every command that touches data goes through here.
    pub async fn with_store<T, F>(&self, work: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store, &Context) -> Result<T, AppError> + Send + 'static,
    {
        let store = Arc::clone(&self.store);
        let context = Context { now: self.clock.now(), author: self.author.clone() };
        let result = tauri::async_runtime::spawn_blocking(move || {
            let mut slot = store.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            match &mut *slot {
                StoreSlot::Open(store) => {
                    // A name set in preferences replaces the OS user name.
                    let context = match store.author_name() {
                        Ok(Some(name)) => Context { author: name, ..context },
                        _ => context,
                    };
                    work(store, &context)
                }
                StoreSlot::Failed(err) => Err(AppError::DatabaseUnavailable(Arc::clone(err))),
            }
        })
        .await
        .map_err(AppError::from)
        .and_then(|r| r);
        result.map_err(IpcError::from)
    }

    /// Replaces the database with a checked backup, keeping the current file beside it, and
    /// reopens it. Works also when the current file could not be opened at all.
    pub async fn restore_database(&self, backup: PathBuf) -> Result<(), IpcError> {
        let store = Arc::clone(&self.store);
        let paths = self.paths.clone();
        let clock = Arc::clone(&self.clock);
        tauri::async_runtime::spawn_blocking(move || {
            let mut slot = store.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            Store::check_backup(&backup)?;
            // Close the connection before the file under it is moved.
            *slot = StoreSlot::Failed(Arc::new(StoreError::Missing { path: paths.database.clone() }));
            let result = Store::restore_from(&backup, &paths.database, clock.now());
            *slot = open_and_seed(&paths, clock.as_ref());
            result.map(|kept| {
                tracing::info!(backup = %backup.display(), kept = ?kept, "restored the database from a backup");
            })
        })
        .await
        .map_err(AppError::from)
        .and_then(|r| r.map_err(AppError::from))
        .map_err(IpcError::from)
    }
}

/// What a command's work needs besides the store.
pub struct Context {
    pub now: DateTime<Utc>,
    pub author: String,
}
