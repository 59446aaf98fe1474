//! What the app knows about itself: version, where its files are, and whether the database opened.

use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::error::IpcError;
use crate::state::AppState;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    pub database_path: String,
    pub log_dir: String,
    /// Why the database could not be opened at start, or `null` when it is open.
    pub database_error: Option<IpcError>,
}

#[tauri::command]
pub async fn get_app_info(state: State<'_, AppState>) -> Result<AppInfo, IpcError> {
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        database_path: state.paths.database.display().to_string(),
        log_dir: state.paths.log_dir.display().to_string(),
        database_error: state.database_error(),
    })
}
