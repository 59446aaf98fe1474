//! User preference commands.

use cruce_app::preferences::Preferences;
use cruce_core::Language;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn get_preferences(state: State<'_, AppState>) -> Result<Preferences, IpcError> {
    state.run(|ws| ws.preferences()).await
}

#[tauri::command]
pub async fn set_language(state: State<'_, AppState>, language: Language) -> Result<(), IpcError> {
    state.run(move |ws| ws.set_language(language)).await
}

/// Sets the name recorded as author of later revisions; an empty name goes back to the OS user.
#[tauri::command]
pub async fn set_author_name(state: State<'_, AppState>, name: String) -> Result<(), IpcError> {
    state.run(move |ws| ws.set_author_name(&name)).await
}

/// Remembers the area of the app in use, so the next start opens it.
#[tauri::command]
pub async fn set_area(state: State<'_, AppState>, area: String) -> Result<(), IpcError> {
    state.run(move |ws| ws.set_area(&area)).await
}
