//! Catalog commands: the code lists the UI offers in its pickers.

use cruce_core::catalog::{us_ports, UsPort};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_us_ports(_state: State<'_, AppState>) -> Result<Vec<UsPort>, IpcError> {
    Ok(us_ports().to_vec())
}
