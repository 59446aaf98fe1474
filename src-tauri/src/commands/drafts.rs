//! Draft declaration commands: list and search, read, create, save (as revisions), delete.

use cruce_core::declaration::Declaration;
use cruce_core::{Direction, Draft, DraftHeader, DraftSort, DraftStatus, DraftSummary, HeaderInput};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use super::declaration::DeclarationDocument;
use crate::error::IpcError;
use crate::state::AppState;

/// Search and filters of the declarations list.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct DraftQuery {
    pub text: String,
    pub status: Option<DraftStatus>,
    pub direction: Option<Direction>,
    pub port: Option<String>,
    /// First and last day of the planned crossing, `YYYY-MM-DD`.
    #[ts(type = "string | null")]
    pub crossing_from: Option<chrono::NaiveDate>,
    #[ts(type = "string | null")]
    pub crossing_to: Option<chrono::NaiveDate>,
    pub sort: DraftSort,
    /// The order run backwards; drafts without a planned crossing stay last.
    pub reversed: bool,
    pub offset: u32,
    pub limit: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftPage {
    pub items: Vec<DraftSummary>,
    /// Matches in all, across pages; a floor when `totalExact` is false (a text search stops
    /// counting at 1,000).
    pub total: u32,
    pub total_exact: bool,
}

#[tauri::command]
pub async fn list_drafts(state: State<'_, AppState>) -> Result<Vec<DraftSummary>, IpcError> {
    state.with_store(|store, _| Ok(store.list_drafts()?)).await
}

#[tauri::command]
pub async fn search_drafts(state: State<'_, AppState>, query: DraftQuery) -> Result<DraftPage, IpcError> {
    state.with_store(move |store, _| Ok(store.search_drafts(&query.into()).map(DraftPage::from)?)).await
}

#[tauri::command]
pub async fn get_draft(state: State<'_, AppState>, id: String) -> Result<Draft, IpcError> {
    state.with_store(move |store, _| Ok(store.get_draft(&id)?)).await
}

/// Starts a declaration from the header fields (the rest is filled in later).
#[tauri::command]
pub async fn create_draft(state: State<'_, AppState>, header: HeaderInput) -> Result<Draft, IpcError> {
    state.with_store(move |store, cx| Ok(store.create_draft(&declaration_with(header)?, &cx.author, cx.now)?)).await
}

/// Changes the header fields of a draft, as a new revision of `expected_revision`.
#[tauri::command]
pub async fn update_draft_header(
    state: State<'_, AppState>,
    id: String,
    header: HeaderInput,
    expected_revision: u32,
) -> Result<Draft, IpcError> {
    state
        .with_store(move |store, cx| {
            let header = DraftHeader::try_from(header)?;
            let mut declaration = store.get_draft(&id)?.declaration;
            Draft::apply_header(&mut declaration, &header);
            Ok(store.save_draft(&id, &declaration, expected_revision, &cx.author, cx.now)?)
        })
        .await
}

/// Saves the whole declaration as a new revision of `expected_revision` (a conflict if someone
/// saved since). Drafts may be incomplete or wrong: validation is separate.
#[tauri::command]
pub async fn save_draft(
    state: State<'_, AppState>,
    id: String,
    declaration: DeclarationDocument,
    expected_revision: u32,
) -> Result<Draft, IpcError> {
    state.with_store(move |store, cx| Ok(store.save_draft(&id, &declaration.read()?, expected_revision, &cx.author, cx.now)?)).await
}

/// Starts a new draft from a copy of `id` for the next shipment (see `Declaration::duplicate`).
#[tauri::command]
pub async fn duplicate_draft(state: State<'_, AppState>, id: String, reference: String) -> Result<Draft, IpcError> {
    state
        .with_store(move |store, cx| {
            let copy = store.get_draft(&id)?.declaration.duplicate(&reference);
            Ok(store.create_draft(&copy, &cx.author, cx.now)?)
        })
        .await
}

/// Brings back a deleted draft (undo).
#[tauri::command]
pub async fn undelete_draft(state: State<'_, AppState>, id: String) -> Result<Draft, IpcError> {
    state.with_store(move |store, cx| Ok(store.undelete_draft(&id, &cx.author, cx.now)?)).await
}

#[tauri::command]
pub async fn set_draft_status(state: State<'_, AppState>, id: String, status: DraftStatus) -> Result<(), IpcError> {
    state.with_store(move |store, cx| Ok(store.set_status(&id, status, &cx.author, cx.now)?)).await
}

#[tauri::command]
pub async fn delete_draft(state: State<'_, AppState>, id: String) -> Result<(), IpcError> {
    state.with_store(move |store, cx| Ok(store.delete_draft(&id, &cx.author, cx.now)?)).await
}

fn declaration_with(header: HeaderInput) -> Result<Declaration, crate::error::AppError> {
    let header = DraftHeader::try_from(header)?;
    let mut d = Declaration::new(header.reference(), header.direction());
    Draft::apply_header(&mut d, &header);
    Ok(d)
}

impl From<DraftQuery> for cruce_store::SearchQuery {
    fn from(q: DraftQuery) -> Self {
        Self {
            text: q.text,
            status: q.status,
            direction: q.direction,
            port: q.port,
            crossing_from: q.crossing_from,
            crossing_to: q.crossing_to,
            sort: q.sort,
            reversed: q.reversed,
            offset: q.offset,
            limit: if q.limit == 0 { 100 } else { q.limit },
        }
    }
}

impl From<cruce_store::SearchPage> for DraftPage {
    fn from(p: cruce_store::SearchPage) -> Self {
        Self { items: p.items, total: p.total, total_exact: p.total_exact }
    }
}
