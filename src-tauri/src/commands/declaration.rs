//! A declaration as the webview sends it, and the two governments' views of a saved revision.

use cruce_app::declarations::DraftViews;
use cruce_core::declaration::Declaration;
use cruce_core::views::LineWindow;
use serde::Deserialize;
use tauri::State;
use ts_rs::{Config, TS};

use crate::error::IpcError;
use crate::state::AppState;

/// A declaration as the webview sends it. Kept as JSON until `Declaration::from_value` reads it,
/// so a malformed document is an `invalid_document` error naming the field, not a generic
/// deserialization failure. Typed as `Declaration` in the TypeScript bindings.
#[derive(Debug, Deserialize)]
#[serde(transparent)]
pub struct DeclarationDocument(serde_json::Value);

impl DeclarationDocument {
    pub(crate) fn read(self) -> Result<Declaration, cruce_app::Error> {
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

/// Both governments' views of revision `revision`, with the lines in `window`; served from what
/// the store holds, so the document is not sent again.
#[tauri::command]
pub async fn get_draft_views(state: State<'_, AppState>, id: String, revision: u32, window: LineWindow) -> Result<DraftViews, IpcError> {
    state.run(move |ws| ws.draft_views(&id, revision, window)).await
}
