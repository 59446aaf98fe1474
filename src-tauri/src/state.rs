//! The app's one shared state: the open store (or why it could not be opened), paths and clock.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use cruce_core::demo::demo_header;
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

pub struct AppState {
    /// The store, or the reason it could not be opened; the window still opens and explains.
    store: Result<Arc<Mutex<Store>>, Arc<StoreError>>,
    pub paths: AppPaths,
    clock: Arc<dyn Clock>,
}

impl AppState {
    /// Opens (creating and migrating on first start) the database and places the demo draft in a
    /// new one. Failure is kept, not raised: every command then reports it with its code.
    pub fn open(paths: AppPaths, clock: Box<dyn Clock>) -> Self {
        let clock: Arc<dyn Clock> = Arc::from(clock);
        let store = Store::open(&paths.database).and_then(|mut store| {
            if store.seed_demo_draft(&demo_header(), clock.now())? {
                tracing::info!("placed the demo draft in a new database");
            }
            Ok(store)
        });
        let store = match store {
            Ok(store) => Ok(Arc::new(Mutex::new(store))),
            Err(err) => {
                tracing::error!(error = %crate::error::chain(&err), path = %paths.database.display(), "cannot open the database");
                Err(Arc::new(err))
            }
        };
        Self { store, paths, clock }
    }

    /// Why the database could not be opened, if it could not.
    pub fn store_error(&self) -> Option<IpcError> {
        self.store.as_ref().err().map(|e| IpcError::from(AppError::DatabaseUnavailable(Arc::clone(e))))
    }

    /// Runs `work` on the store off the async runtime (SQLite calls block) and converts its error
    /// for the webview. Every command that touches data goes through here.
    pub async fn with_store<T, F>(&self, work: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store, DateTime<Utc>) -> Result<T, AppError> + Send + 'static,
    {
        let store = match &self.store {
            Ok(store) => Arc::clone(store),
            Err(err) => return Err(AppError::DatabaseUnavailable(Arc::clone(err)).into()),
        };
        let now = self.clock.now();
        let result = tauri::async_runtime::spawn_blocking(move || {
            // A panic while holding the lock poisons it; the data itself is in SQLite and each
            // write is a transaction, so continuing with the inner value is safe.
            let mut store = store.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            work(&mut store, now)
        })
        .await
        .map_err(AppError::from)
        .and_then(|r| r);
        result.map_err(IpcError::from)
    }
}
