//! Logging with `tracing` to a daily-rotating file in the app's log folder.

use std::path::Path;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{RollingFileAppender, Rotation};
use tracing_subscriber::EnvFilter;

/// Log files kept: two weeks of daily files.
const KEPT_FILES: usize = 14;

/// Keeps the background log writer alive; dropping it flushes and stops logging.
pub struct LogGuard(#[allow(dead_code)] WorkerGuard);

#[derive(Debug, thiserror::Error)]
pub enum LogError {
    #[error("cannot create the log folder")]
    Folder(#[source] std::io::Error),
    #[error("cannot open the log file")]
    File(#[source] tracing_appender::rolling::InitError),
    #[error("a logger is already installed")]
    AlreadyInstalled(#[source] Box<dyn std::error::Error + Send + Sync>),
}

/// Starts logging to `cruce.YYYY-MM-DD.log` files in `dir`. `RUST_LOG` overrides the level.
pub fn init(dir: &Path) -> Result<LogGuard, LogError> {
    std::fs::create_dir_all(dir).map_err(LogError::Folder)?;
    let appender = RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .filename_prefix("cruce")
        .filename_suffix("log")
        .max_log_files(KEPT_FILES)
        .build(dir)
        .map_err(LogError::File)?;
    let (writer, guard) = tracing_appender::non_blocking(appender);
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer)
        .with_ansi(false)
        .try_init()
        .map_err(LogError::AlreadyInstalled)?;
    tracing::info!(version = env!("CARGO_PKG_VERSION"), log_dir = %dir.display(), "Cruce started");
    Ok(LogGuard(guard))
}
