//! Tariff schedules and SAT catalogs: the versions a database holds, importing one from a file the
//! user picked or from the USITC, and looking a number or words up in the one in force.

use std::path::PathBuf;

use cruce_app::schedules::{ImportOptions, ScheduleSummary, TariffSide};
use cruce_core::tariff::{ScheduleKind, TariffHit};
use tauri::State;

use crate::error::{AppError, IpcError};
use crate::state::AppState;

/// Results a lookup sends: enough to choose from, small enough to send on every keystroke.
const LOOKUP_LIMIT: usize = 30;

#[tauri::command]
pub async fn list_schedules(state: State<'_, AppState>) -> Result<Vec<ScheduleSummary>, IpcError> {
    state.run(|ws| ws.schedules()).await
}

/// Imports the file at `path` (picked in the open dialog) as a new version.
#[tauri::command]
pub async fn import_schedule(
    state: State<'_, AppState>,
    kind: ScheduleKind,
    path: String,
    options: ImportOptions,
) -> Result<ScheduleSummary, IpcError> {
    state.run(move |ws| ws.import_schedule_file(kind, &PathBuf::from(path), &options)).await
}

/// Downloads the current HTS from the USITC and imports it. The download holds no lock: the
/// editor keeps saving while it runs.
#[tauri::command]
pub async fn download_hts(state: State<'_, AppState>) -> Result<ScheduleSummary, IpcError> {
    let parsed = cruce_app::schedules::download_hts(&state.http, &state.usitc, state.today())
        .await
        .map_err(|e| IpcError::from(AppError::from(e)))?;
    state.run(move |ws| ws.store_schedule(parsed)).await
}

/// Lines of the schedule in force on `date` (YYYY-MM-DD; the newest without one) whose number
/// starts with the digits typed or whose text holds the words typed.
#[tauri::command]
pub async fn search_tariff(
    state: State<'_, AppState>,
    side: TariffSide,
    query: String,
    date: Option<String>,
) -> Result<Vec<TariffHit>, IpcError> {
    let date = date.and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
    state.run(move |ws| Ok(ws.search_tariff(side, &query, date, LOOKUP_LIMIT))).await
}
