//! Catalog commands: the code lists the UI offers in its pickers, from the workspace's reference.

use cruce_core::catalog::UsPort;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_us_ports(state: State<'_, AppState>) -> Result<Vec<UsPort>, IpcError> {
    state.run(|ws| Ok(ws.reference().us_ports().to_vec())).await
}
