//! User preference commands.

use cruce_core::Language;
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::error::IpcError;
use crate::state::AppState;

/// Preferences the UI reads at start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Preferences {
    /// `null` until the user picks a language; the UI then follows the system language.
    pub language: Option<Language>,
}

#[tauri::command]
pub async fn get_preferences(state: State<'_, AppState>) -> Result<Preferences, IpcError> {
    state.with_store(|store, _| Ok(Preferences { language: store.language()? })).await
}

#[tauri::command]
pub async fn set_language(state: State<'_, AppState>, language: Language) -> Result<(), IpcError> {
    state.with_store(move |store, _| Ok(store.set_language(language)?)).await
}
