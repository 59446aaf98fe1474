//! Draft declaration commands: the list, open, create, save (as revisions), duplicate, keep a
//! conflicting edit as a copy, delete and bring back, status.

use cruce_app::drafts::{CheckedDraft, SavedRevision};
use cruce_core::{DraftPage, DraftQuery, DraftStatus, DraftSummary, HeaderInput};
use tauri::State;

use super::declaration::DeclarationDocument;
use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn search_drafts(state: State<'_, AppState>, query: DraftQuery) -> Result<DraftPage, IpcError> {
    state.run(move |ws| ws.search_drafts(query)).await
}

#[tauri::command]
pub async fn get_draft(state: State<'_, AppState>, id: String) -> Result<CheckedDraft, IpcError> {
    state.run(move |ws| ws.open_draft(&id)).await
}

#[tauri::command]
pub async fn create_draft(state: State<'_, AppState>, header: HeaderInput) -> Result<CheckedDraft, IpcError> {
    state.run(move |ws| ws.create_draft(header)).await
}

/// Saves the whole declaration as a new revision of `expected_revision` (a conflict if someone
/// saved since) and answers with the revision, its time and its findings — not the document.
#[tauri::command]
pub async fn save_draft(
    state: State<'_, AppState>,
    id: String,
    declaration: DeclarationDocument,
    expected_revision: u32,
) -> Result<SavedRevision, IpcError> {
    state.run(move |ws| ws.save_draft(&id, &declaration.read()?, expected_revision)).await
}

#[tauri::command]
pub async fn duplicate_draft(state: State<'_, AppState>, id: String, reference: String) -> Result<DraftSummary, IpcError> {
    state.run(move |ws| ws.duplicate_draft(&id, &reference)).await
}

/// The user's version of a draft someone else saved meanwhile, kept as a new draft.
#[tauri::command]
pub async fn keep_as_copy(
    state: State<'_, AppState>,
    declaration: DeclarationDocument,
    reference: String,
) -> Result<DraftSummary, IpcError> {
    state.run(move |ws| ws.keep_as_copy(&declaration.read()?, &reference)).await
}

#[tauri::command]
pub async fn undelete_draft(state: State<'_, AppState>, id: String) -> Result<DraftSummary, IpcError> {
    state.run(move |ws| ws.undelete_draft(&id)).await
}

#[tauri::command]
pub async fn set_draft_status(state: State<'_, AppState>, id: String, status: DraftStatus) -> Result<(), IpcError> {
    state.run(move |ws| ws.set_draft_status(&id, status)).await
}

#[tauri::command]
pub async fn delete_draft(state: State<'_, AppState>, id: String) -> Result<(), IpcError> {
    state.run(move |ws| ws.delete_draft(&id)).await
}
