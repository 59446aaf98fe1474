//! Whole-database commands: backup to a file and restore from one.

use std::path::PathBuf;

use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// Writes a consistent copy of the database to `path` (a new file the user picked).
#[tauri::command]
pub async fn backup_database(state: State<'_, AppState>, path: String) -> Result<(), IpcError> {
    state.run(move |ws| ws.backup_to(&PathBuf::from(path))).await
}

/// Replaces the database with the backup at `path` after checking it; the replaced file is kept
/// beside it. Also the way out when the database cannot be opened.
#[tauri::command]
pub async fn restore_database(state: State<'_, AppState>, path: String) -> Result<(), IpcError> {
    state.restore_database(PathBuf::from(path)).await
}
