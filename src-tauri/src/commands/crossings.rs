//! Crossings, their timelines and the dispatcher's board; event imports; the clearance figures;
//! CBP's wait times. A crossing or event with problems, and a file that cannot be read, are
//! answers the screen shows in the user's language, not errors.

use std::path::PathBuf;

use cruce_app::crossings::{Board, CrossingDetail, EventInput, EventsImportOutcome, EventsImportPreview};
use cruce_app::wait_times::{WaitPoint, WaitTimes};
use cruce_app::Error;
use cruce_core::crossing::board::BoardFilter;
use cruce_core::crossing::figures::FigureRow;
use cruce_core::crossing::record::{Crossing, CrossingProblem};
use cruce_core::Language;
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::error::IpcError;
use crate::state::AppState;

/// A crossing stored (or an event recorded), or every problem that kept it from being.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "outcome", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum CrossingOutcome {
    Saved { detail: Box<CrossingDetail> },
    Invalid { problems: Vec<CrossingProblem> },
}

/// A crossing made from declarations, to look at before saving, or why they make none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "outcome", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum CrossingDraftOutcome {
    Draft { crossing: Box<Crossing> },
    Invalid { problems: Vec<CrossingProblem> },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "outcome", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum EventsPreviewOutcome {
    Preview { preview: EventsImportPreview },
    Refused { file: String, message_en: String, message_es: String },
}

fn outcome(result: Result<CrossingDetail, Error>) -> Result<CrossingOutcome, Error> {
    match result {
        Ok(detail) => Ok(CrossingOutcome::Saved { detail: Box::new(detail) }),
        Err(Error::CrossingInvalid { problems }) => Ok(CrossingOutcome::Invalid { problems }),
        Err(e) => Err(e),
    }
}

#[tauri::command]
pub async fn get_board(state: State<'_, AppState>, filter: BoardFilter) -> Result<Board, IpcError> {
    state.run(move |ws| ws.board(&filter)).await
}

#[tauri::command]
pub async fn get_crossing(state: State<'_, AppState>, id: String) -> Result<CrossingDetail, IpcError> {
    state.run(move |ws| ws.get_crossing(&id)).await
}

#[tauri::command]
pub async fn crossing_from_drafts(state: State<'_, AppState>, draft_ids: Vec<String>) -> Result<CrossingDraftOutcome, IpcError> {
    state
        .run(move |ws| match ws.crossing_from_drafts(&draft_ids) {
            Ok(c) => Ok(CrossingDraftOutcome::Draft { crossing: Box::new(c) }),
            Err(Error::CrossingInvalid { problems }) => Ok(CrossingDraftOutcome::Invalid { problems }),
            Err(e) => Err(e),
        })
        .await
}

#[tauri::command]
pub async fn create_crossing(state: State<'_, AppState>, crossing: Crossing) -> Result<CrossingOutcome, IpcError> {
    state.run(move |ws| outcome(ws.create_crossing(crossing))).await
}

#[tauri::command]
pub async fn save_crossing(
    state: State<'_, AppState>,
    id: String,
    expected_revision: u32,
    crossing: Crossing,
) -> Result<CrossingOutcome, IpcError> {
    state.run(move |ws| outcome(ws.save_crossing(&id, expected_revision, crossing))).await
}

#[tauri::command]
pub async fn record_event(state: State<'_, AppState>, id: String, event: EventInput) -> Result<CrossingOutcome, IpcError> {
    state.run(move |ws| outcome(ws.record_event(&id, event))).await
}

#[tauri::command]
pub async fn preview_event_import(state: State<'_, AppState>, path: String) -> Result<EventsPreviewOutcome, IpcError> {
    state
        .run(move |ws| match ws.preview_event_import(&PathBuf::from(path)) {
            Ok(preview) => Ok(EventsPreviewOutcome::Preview { preview }),
            Err(Error::EventImport { file, error }) => {
                Ok(EventsPreviewOutcome::Refused { file, message_en: error.to_string(), message_es: error.spanish() })
            }
            Err(Error::FileTooLarge { file, size, max }) => Ok(EventsPreviewOutcome::Refused {
                message_en: format!("the file is {size} bytes; at most {max} are accepted"),
                message_es: format!("el archivo tiene {size} bytes; se aceptan como máximo {max}"),
                file,
            }),
            Err(e) => Err(e),
        })
        .await
}

/// Stores the events of the file previewed (by its SHA-256): all valid rows or none.
#[tauri::command]
pub async fn import_events(
    state: State<'_, AppState>,
    path: String,
    sha256: String,
    skip_rows_with_problems: bool,
) -> Result<EventsImportOutcome, IpcError> {
    state.run(move |ws| ws.import_events(&PathBuf::from(path), &sha256, skip_rows_with_problems)).await
}

/// The clearance figures of the months `from..=to` ("2026-01").
#[tauri::command]
pub async fn get_clearance_figures(state: State<'_, AppState>, from: String, to: String) -> Result<Vec<FigureRow>, IpcError> {
    state.run(move |ws| ws.clearance_figures(&from, &to)).await
}

/// Writes the figures as CSV to `path` (picked in the save dialog).
#[tauri::command]
pub async fn export_clearance_figures(
    state: State<'_, AppState>,
    from: String,
    to: String,
    language: Language,
    path: String,
) -> Result<(), IpcError> {
    state.run(move |ws| ws.export_figures(&from, &to, language, &PathBuf::from(path))).await
}

#[tauri::command]
pub async fn get_wait_times(state: State<'_, AppState>) -> Result<WaitTimes, IpcError> {
    let default = state.bwt.clone();
    state.run(move |ws| ws.wait_times(&default)).await
}

/// Asks CBP now (the "refresh" button); a failure is noted and returned, the last readings stay.
#[tauri::command]
pub async fn refresh_wait_times(state: State<'_, AppState>) -> Result<WaitTimes, IpcError> {
    state.fetch_wait_times_once().await?;
    let default = state.bwt.clone();
    state.run(move |ws| ws.wait_times(&default)).await
}

#[tauri::command]
pub async fn get_wait_history(state: State<'_, AppState>, port_number: String, hours: u32) -> Result<Vec<WaitPoint>, IpcError> {
    state.run(move |ws| ws.wait_history(&port_number, i64::from(hours))).await
}

/// Sets the wait-times address; empty goes back to CBP's.
#[tauri::command]
pub async fn set_wait_times_url(state: State<'_, AppState>, url: String) -> Result<(), IpcError> {
    state.run(move |ws| ws.set_wait_times_url(&url)).await
}
