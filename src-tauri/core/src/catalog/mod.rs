//! Code lists the rules check against, kept as data with the source each entry came from.

pub mod us_ports;

pub use us_ports::{find_us_port, us_ports, UsPort};
