//! Draft declaration commands.

use cruce_core::{Draft, DraftHeader, DraftSummary, HeaderInput};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_drafts(state: State<'_, AppState>) -> Result<Vec<DraftSummary>, IpcError> {
    state.with_store(|store, _| Ok(store.list_drafts()?)).await
}

#[tauri::command]
pub async fn get_draft(state: State<'_, AppState>, id: String) -> Result<Draft, IpcError> {
    state.with_store(move |store, _| Ok(store.get_draft(&id)?)).await
}

#[tauri::command]
pub async fn create_draft(state: State<'_, AppState>, header: HeaderInput) -> Result<Draft, IpcError> {
    state.with_store(move |store, now| Ok(store.create_draft(&DraftHeader::try_from(header)?, now)?)).await
}

#[tauri::command]
pub async fn update_draft_header(
    state: State<'_, AppState>,
    id: String,
    header: HeaderInput,
) -> Result<Draft, IpcError> {
    state.with_store(move |store, now| Ok(store.update_draft_header(&id, &DraftHeader::try_from(header)?, now)?)).await
}

#[tauri::command]
pub async fn delete_draft(state: State<'_, AppState>, id: String) -> Result<(), IpcError> {
    state.with_store(move |store, _| Ok(store.delete_draft(&id)?)).await
}
