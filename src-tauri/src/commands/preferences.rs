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
    /// The name recorded on revisions, when the user set one.
    pub author_name: Option<String>,
    /// The OS user name, recorded when no name is set.
    pub system_user: String,
}

#[tauri::command]
pub async fn get_preferences(state: State<'_, AppState>) -> Result<Preferences, IpcError> {
    let system_user = state.system_user().to_owned();
    state.with_store(move |store, _| Ok(Preferences { language: store.language()?, author_name: store.author_name()?, system_user })).await
}

#[tauri::command]
pub async fn set_language(state: State<'_, AppState>, language: Language) -> Result<(), IpcError> {
    state.with_store(move |store, _| Ok(store.set_language(language)?)).await
}

/// Sets the name recorded as author of later revisions; an empty name goes back to the OS user.
#[tauri::command]
pub async fn set_author_name(state: State<'_, AppState>, name: String) -> Result<(), IpcError> {
    state
        .with_store(move |store, _| {
            let name = cruce_core::author_name(&name)?;
            Ok(store.set_author_name(name.as_deref())?)
        })
        .await
}
