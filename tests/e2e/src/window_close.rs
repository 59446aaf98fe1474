//! Closing the app window the way the close button does: under X11 the window manager sends the
//! window a `WM_DELETE_WINDOW` client message. Xvfb runs no window manager, so the test sends it.
//! (WebDriver's "close window" bypasses this path, so it cannot show what a user's close does.)

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{AtomEnum, ClientMessageEvent, ConnectionExt, EventMask, Window};

/// Asks the top-level windows titled `title` that belong to one of `pids` to close (tests run
/// side by side on one display). Returns how many were asked.
pub fn request_close(title: &str, pids: &[u32]) -> Result<usize, Box<dyn std::error::Error>> {
    let (conn, screen) = x11rb::connect(None)?;
    let root = conn.setup().roots[screen].root;
    let protocols = conn.intern_atom(false, b"WM_PROTOCOLS")?.reply()?.atom;
    let delete = conn.intern_atom(false, b"WM_DELETE_WINDOW")?.reply()?.atom;
    let wm_pid = conn.intern_atom(false, b"_NET_WM_PID")?.reply()?.atom;
    let mut asked = 0;
    for window in top_levels(&conn, root)? {
        let name = conn.get_property(false, window, AtomEnum::WM_NAME, AtomEnum::ANY, 0, 256)?.reply()?;
        if name.value != title.as_bytes() {
            continue;
        }
        let pid = conn.get_property(false, window, wm_pid, AtomEnum::CARDINAL, 0, 1)?.reply()?;
        if !pid.value32().into_iter().flatten().any(|p| pids.contains(&p)) {
            continue;
        }
        let event = ClientMessageEvent::new(32, window, protocols, [delete, x11rb::CURRENT_TIME, 0, 0, 0]);
        conn.send_event(false, window, EventMask::NO_EVENT, event)?;
        asked += 1;
    }
    conn.flush()?;
    Ok(asked)
}

fn top_levels(conn: &impl Connection, root: Window) -> Result<Vec<Window>, Box<dyn std::error::Error>> {
    Ok(conn.query_tree(root)?.reply()?.children)
}
