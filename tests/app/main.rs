//! App-level tests of the shell, one binary with a module per area.

mod architecture;
mod bindings;
mod ipc;
mod ipc_bytes;
mod ipc_crossings;
mod ipc_traders;
