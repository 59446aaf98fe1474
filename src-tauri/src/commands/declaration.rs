//! Declaration commands: validation, the two governments' views, and identifier checks.

use cruce_core::declaration::Declaration;
use cruce_core::ids::IdCheck;
use cruce_core::validate::{validate, Finding};
use cruce_core::views::{mexican_view, us_view, GovernmentView};
use serde::Deserialize;
use tauri::State;
use ts_rs::{Config, TS};

use crate::error::{AppError, IpcError};
use crate::state::AppState;

/// A declaration as the webview sends it. Kept as JSON until `Declaration::from_value` reads it,
/// so a malformed document is an `invalid_document` error naming the field, not a generic
/// deserialization failure. Typed as `Declaration` in the TypeScript bindings.
#[derive(Debug, Deserialize)]
#[serde(transparent)]
pub struct DeclarationDocument(serde_json::Value);

impl DeclarationDocument {
    pub(crate) fn read(self) -> Result<Declaration, AppError> {
        Ok(Declaration::from_value(self.0)?)
    }
}

impl TS for DeclarationDocument {
    type WithoutGenerics = Self;
    type OptionInnerType = Self;

    fn name(cfg: &Config) -> String {
        Declaration::name(cfg)
    }

    fn inline(cfg: &Config) -> String {
        Declaration::inline(cfg)
    }
}

#[tauri::command]
pub async fn validate_declaration(_state: State<'_, AppState>, declaration: DeclarationDocument) -> Result<Vec<Finding>, IpcError> {
    Ok(validate(&declaration.read()?))
}

#[tauri::command]
pub async fn get_us_view(_state: State<'_, AppState>, declaration: DeclarationDocument) -> Result<GovernmentView, IpcError> {
    Ok(us_view(&declaration.read()?))
}

#[tauri::command]
pub async fn get_mexican_view(_state: State<'_, AppState>, declaration: DeclarationDocument) -> Result<GovernmentView, IpcError> {
    Ok(mexican_view(&declaration.read()?))
}

#[tauri::command]
pub async fn check_identifier(_state: State<'_, AppState>, kind: String, value: String) -> Result<IdCheck, IpcError> {
    cruce_core::ids::check(&kind, &value).ok_or_else(|| AppError::UnknownIdentifierKind { kind }.into())
}
