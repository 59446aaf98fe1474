//! Closing the window without losing the last edit: a close request is held back and the UI is
//! told, so it can save what is pending and then destroy the window itself. If the UI does not
//! answer (not loaded, or stuck), the window closes anyway after [`UI_ANSWER_TIMEOUT`].

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tauri::{Emitter, Manager, Runtime, Window, WindowEvent};

/// Event the UI listens to; it answers by saving and destroying the window.
pub const CLOSE_REQUESTED: &str = "cruce://close-requested";

/// How long a close waits for the UI to save.
pub const UI_ANSWER_TIMEOUT: Duration = Duration::from_secs(5);

/// Whether a close is already waiting for the UI (a second click does not start a second wait).
#[derive(Default)]
pub struct CloseGuard {
    waiting: AtomicBool,
}

pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else { return };
    api.prevent_close();
    let guard = window.state::<CloseGuard>();
    if guard.waiting.swap(true, Ordering::SeqCst) {
        return;
    }
    tracing::info!("close requested; asking the UI to save first");
    if let Err(e) = window.emit(CLOSE_REQUESTED, ()) {
        tracing::warn!("could not ask the UI to save before closing: {e}");
    }
    let window = window.clone();
    std::thread::spawn(move || {
        std::thread::sleep(UI_ANSWER_TIMEOUT);
        // Normally the UI has destroyed the window by now and this fails harmlessly.
        if window.destroy().is_ok() {
            tracing::warn!("the UI did not answer a close request in {UI_ANSWER_TIMEOUT:?}; closed anyway");
        }
    });
}
