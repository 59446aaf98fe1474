//! Crossings: one truck crossing once, its timeline and deadlines, and CBP's published wait
//! times at the commercial crossings (`wait_times`).

pub mod timeline;
pub mod wait_times;
