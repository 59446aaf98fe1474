//! Watchlists and screening: the lists and their versions, imports from a file or the publisher,
//! a declaration's screening panel, names typed, the review queue and its decisions. A list file
//! that cannot be imported is an answer the screen shows in the user's language, not an error.

use std::path::PathBuf;

use cruce_app::screening::{DraftScreening, ListChanges, ListImport, ListsOverview, NameResult};
use cruce_app::Error;
use cruce_core::screening::review::{Decision, PartyHistory, ReviewItem, ReviewOutcome};
use cruce_core::screening::{ListKind, Thresholds};
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::error::{AppError, IpcError};
use crate::state::AppState;

/// An import: the version stored, or why the files were refused (nothing was stored).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "outcome", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum ListImportOutcome {
    Imported { import: Box<ListImport> },
    Refused { code: String, message_en: String, message_es: String },
}

/// Bytes received of the download under way, and the size announced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DownloadProgress {
    #[ts(type = "number")]
    pub received: u64,
    #[ts(type = "number | null")]
    pub total: Option<u64>,
    pub done: bool,
}

/// A refused list file, said in both languages.
fn refused(error: &cruce_core::screening::ListError) -> ListImportOutcome {
    ListImportOutcome::Refused {
        code: error.code().to_owned(),
        message_en: cruce_core::text::capitalize(&error.to_string()),
        message_es: cruce_core::text::capitalize(&error.spanish()),
    }
}

fn outcome(result: Result<ListImport, Error>) -> Result<ListImportOutcome, Error> {
    match result {
        Ok(import) => Ok(ListImportOutcome::Imported { import: Box::new(import) }),
        Err(Error::List { error, .. }) => Ok(refused(&error)),
        Err(e) => Err(e),
    }
}

#[tauri::command]
pub async fn get_watchlists(state: State<'_, AppState>) -> Result<ListsOverview, IpcError> {
    state.run(move |ws| ws.lists()).await
}

#[tauri::command]
pub async fn get_list_changes(state: State<'_, AppState>, version: u32) -> Result<ListChanges, IpcError> {
    state.run(move |ws| ws.list_changes(i64::from(version))).await
}

#[tauri::command]
pub async fn import_list(state: State<'_, AppState>, kind: ListKind, paths: Vec<String>) -> Result<ListImportOutcome, IpcError> {
    let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
    state.run(move |ws| outcome(ws.import_list_files(kind, &paths))).await
}

/// Downloads a list from its publisher (or `url`) and imports it; the download holds no lock and
/// its progress is read with `get_list_download`.
#[tauri::command]
pub async fn download_list(state: State<'_, AppState>, kind: ListKind, url: Option<String>) -> Result<ListImportOutcome, IpcError> {
    let progress = state.list_download.clone();
    let set = move |received: u64, total: Option<u64>| {
        *progress.lock().unwrap_or_else(|p| p.into_inner()) = Some(DownloadProgress { received, total, done: false });
    };
    let url = url.filter(|u| !u.trim().is_empty());
    let got = cruce_app::Workspace::download_list(&state.http, kind, url.as_deref(), set).await;
    if let Some(p) = state.list_download.lock().unwrap_or_else(|p| p.into_inner()).as_mut() {
        p.done = true;
    }
    let (name, bytes) = match got {
        Ok(got) => got,
        Err(Error::List { error, .. }) => return Ok(refused(&error)),
        Err(e) => return Err(IpcError::from(AppError::from(e))),
    };
    let source = url.unwrap_or_else(|| kind.publisher_url().unwrap_or_default().to_owned());
    state.run(move |ws| outcome(ws.import_list_bytes(kind, &[(name, bytes)], &source))).await
}

#[tauri::command]
pub async fn get_list_download(state: State<'_, AppState>) -> Result<Option<DownloadProgress>, IpcError> {
    Ok(*state.list_download.lock().unwrap_or_else(|p| p.into_inner()))
}

#[tauri::command]
pub async fn set_screening_thresholds(state: State<'_, AppState>, thresholds: Thresholds) -> Result<(), IpcError> {
    state.run(move |ws| ws.set_thresholds(thresholds)).await
}

/// Screens a draft's parties as saved (the editor calls it after each save, in the background).
#[tauri::command]
pub async fn screen_draft(state: State<'_, AppState>, id: String) -> Result<DraftScreening, IpcError> {
    state.run(move |ws| ws.screen_draft(&id)).await
}

#[tauri::command]
pub async fn get_draft_screening(state: State<'_, AppState>, id: String) -> Result<DraftScreening, IpcError> {
    state.run(move |ws| ws.draft_screening(&id, 0)).await
}

#[tauri::command]
pub async fn screen_name(state: State<'_, AppState>, name: String, country: String, rfc: String) -> Result<NameResult, IpcError> {
    state.run(move |ws| ws.screen_name(&name, &country, &[rfc.as_str()])).await
}

#[tauri::command]
pub async fn screen_registry(state: State<'_, AppState>) -> Result<cruce_app::screening::Rescreen, IpcError> {
    state.run(move |ws| ws.screen_registry()).await
}

#[tauri::command]
pub async fn get_review_queue(state: State<'_, AppState>) -> Result<Vec<ReviewItem>, IpcError> {
    state.run(move |ws| ws.review_queue()).await
}

#[tauri::command]
pub async fn decide_hit(
    state: State<'_, AppState>,
    party_key: String,
    list: ListKind,
    entry: String,
    outcome: ReviewOutcome,
    reason: String,
) -> Result<Decision, IpcError> {
    state.run(move |ws| ws.decide(&party_key, list, &entry, outcome, &reason)).await
}

#[tauri::command]
pub async fn get_party_history(state: State<'_, AppState>, key: String) -> Result<PartyHistory, IpcError> {
    state.run(move |ws| ws.party_history(&key)).await
}
