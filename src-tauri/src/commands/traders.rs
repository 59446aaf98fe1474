//! The trusted-trader registry: search, records and their history, evidence files, the carrier's
//! CSV import, alerts, and a draft's FAST eligibility. A record or a file with problems is an
//! answer the screen shows field by field, in the user's language, not an error.

use std::path::PathBuf;

use cruce_app::traders::{TraderDetail, TraderImportOutcome, TraderImportPreview, TraderQuery, TraderRevisionInfo};
use cruce_app::Error;
use cruce_core::trader::alerts::Alert;
use cruce_core::trader::eligibility::FastEligibility;
use cruce_core::trader::rules::DateRule;
use cruce_core::trader::{Evidence, SearchPage, TraderRecord};
use cruce_core::trader_entry::check::RecordProblem;
use cruce_core::trader_entry::csv::ImportKind;
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::error::IpcError;
use crate::state::AppState;

/// A save: the record as stored, or every problem that kept it from being stored.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "outcome", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum TraderSaveOutcome {
    Saved { detail: Box<TraderDetail> },
    Invalid { problems: Vec<RecordProblem> },
}

/// A preview: the rows, or why the file cannot be read at all.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "outcome", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum TraderPreviewOutcome {
    Preview { preview: TraderImportPreview },
    Refused { file: String, message_en: String, message_es: String },
}

#[tauri::command]
pub async fn search_traders(state: State<'_, AppState>, query: TraderQuery) -> Result<SearchPage, IpcError> {
    state.run(move |ws| Ok(ws.search_traders(&query))).await
}

#[tauri::command]
pub async fn get_trader(state: State<'_, AppState>, id: String) -> Result<TraderDetail, IpcError> {
    state.run(move |ws| ws.get_trader(&id)).await
}

#[tauri::command]
pub async fn save_trader(
    state: State<'_, AppState>,
    id: Option<String>,
    expected_revision: u32,
    record: TraderRecord,
) -> Result<TraderSaveOutcome, IpcError> {
    state
        .run(move |ws| match ws.save_trader(id.as_deref(), expected_revision, record) {
            Ok(detail) => Ok(TraderSaveOutcome::Saved { detail: Box::new(detail) }),
            Err(Error::TraderInvalid { problems }) => Ok(TraderSaveOutcome::Invalid { problems }),
            Err(e) => Err(e),
        })
        .await
}

#[tauri::command]
pub async fn get_trader_history(state: State<'_, AppState>, id: String) -> Result<Vec<TraderRevisionInfo>, IpcError> {
    state.run(move |ws| ws.trader_history(&id)).await
}

/// Keeps the file at `path` (picked in the open dialog) as evidence.
#[tauri::command]
pub async fn add_evidence(state: State<'_, AppState>, path: String) -> Result<Evidence, IpcError> {
    state.run(move |ws| ws.add_evidence_file(&PathBuf::from(path))).await
}

/// Writes a kept evidence file to `path` (picked in the save dialog).
#[tauri::command]
pub async fn export_evidence(state: State<'_, AppState>, sha256: String, path: String) -> Result<(), IpcError> {
    state.run(move |ws| ws.export_evidence(&sha256, &PathBuf::from(path))).await
}

#[tauri::command]
pub async fn preview_trader_import(
    state: State<'_, AppState>,
    path: String,
    kind: ImportKind,
    carrier_id: String,
) -> Result<TraderPreviewOutcome, IpcError> {
    state
        .run(move |ws| match ws.preview_trader_import(&PathBuf::from(path), kind, &carrier_id) {
            Ok(preview) => Ok(TraderPreviewOutcome::Preview { preview }),
            Err(Error::TraderImport { file, error }) => {
                Ok(TraderPreviewOutcome::Refused { file, message_en: error.to_string(), message_es: error.spanish() })
            }
            Err(Error::FileTooLarge { file, size, max }) => Ok(TraderPreviewOutcome::Refused {
                message_en: format!("the file is {size} bytes; at most {max} are accepted"),
                message_es: format!("el archivo tiene {size} bytes; se aceptan como máximo {max}"),
                file,
            }),
            Err(e) => Err(e),
        })
        .await
}

/// Stores the rows of the file previewed (by its SHA-256), all valid rows or none.
#[tauri::command]
pub async fn import_traders(
    state: State<'_, AppState>,
    path: String,
    kind: ImportKind,
    carrier_id: String,
    sha256: String,
    skip_rows_with_problems: bool,
) -> Result<TraderImportOutcome, IpcError> {
    state.run(move |ws| ws.import_traders(&PathBuf::from(path), kind, &carrier_id, &sha256, skip_rows_with_problems)).await
}

/// What falls due within `within_days`, and everything overdue, as of today.
#[tauri::command]
pub async fn list_trader_alerts(state: State<'_, AppState>, within_days: u32) -> Result<Vec<Alert>, IpcError> {
    state.run(move |ws| Ok(ws.trader_alerts(i64::from(within_days), None))).await
}

/// The programs' date rules with their sources, for the screens that explain a date.
#[tauri::command]
pub async fn list_trader_rules(state: State<'_, AppState>) -> Result<Vec<DateRule>, IpcError> {
    state.run(|ws| Ok(ws.reference().trader_rules().all().to_vec())).await
}

#[tauri::command]
pub async fn get_fast_eligibility(state: State<'_, AppState>, id: String, revision: u32) -> Result<FastEligibility, IpcError> {
    state.run(move |ws| ws.draft_fast_eligibility(&id, revision)).await
}
