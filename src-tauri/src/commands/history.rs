//! Revision history commands: list, compare, restore.

use cruce_core::declaration::{FieldChange, RevisionNote};
use cruce_core::Draft;
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::error::IpcError;
use crate::state::AppState;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Revision {
    pub revision: u32,
    #[ts(type = "string")]
    pub saved_at: chrono::DateTime<chrono::Utc>,
    pub author: String,
    /// What changed from the revision before, as data: the UI says it in the user's language.
    pub note: RevisionNote,
}

#[tauri::command]
pub async fn get_history(state: State<'_, AppState>, id: String) -> Result<Vec<Revision>, IpcError> {
    state
        .with_store(move |store, _| {
            Ok(store
                .history(&id)?
                .into_iter()
                .map(|r| Revision { revision: r.revision, saved_at: r.saved_at, author: r.author, note: r.note })
                .collect())
        })
        .await
}

#[tauri::command]
pub async fn compare_revisions(state: State<'_, AppState>, id: String, from: u32, to: u32) -> Result<Vec<FieldChange>, IpcError> {
    state.with_store(move |store, _| Ok(store.compare_revisions(&id, from, to)?)).await
}

#[tauri::command]
pub async fn restore_revision(state: State<'_, AppState>, id: String, revision: u32, expected_revision: u32) -> Result<Draft, IpcError> {
    state.with_store(move |store, cx| Ok(store.restore_revision(&id, revision, expected_revision, &cx.author, cx.now)?)).await
}
