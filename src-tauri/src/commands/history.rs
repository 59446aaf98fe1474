//! Revision history commands: list, compare, restore.

use cruce_app::drafts::CheckedDraft;
use cruce_core::declaration::FieldChange;
use cruce_core::RevisionInfo;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn get_history(state: State<'_, AppState>, id: String) -> Result<Vec<RevisionInfo>, IpcError> {
    state.run(move |ws| ws.history(&id)).await
}

#[tauri::command]
pub async fn compare_revisions(state: State<'_, AppState>, id: String, from: u32, to: u32) -> Result<Vec<FieldChange>, IpcError> {
    state.run(move |ws| ws.compare_revisions(&id, from, to)).await
}

#[tauri::command]
pub async fn restore_revision(
    state: State<'_, AppState>,
    id: String,
    revision: u32,
    expected_revision: u32,
) -> Result<CheckedDraft, IpcError> {
    state.run(move |ws| ws.restore_revision(&id, revision, expected_revision)).await
}
