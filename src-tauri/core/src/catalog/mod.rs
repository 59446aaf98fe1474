//! Code lists typed in from their publications, each with its source and date: the data behind
//! `Reference::builtin()`. Rules never read these statics; they take a `&Reference`.

pub mod aduanas;
pub mod claves_pedimento;
pub mod codes;
pub mod countries;
pub mod crossings;
pub mod currencies;
pub mod info;
pub mod units;
pub mod us_ports;

pub use aduanas::{Aduana, BorderSection, Section};
pub use claves_pedimento::{ClaveGroup, ClavePedimento, Operation};
pub use codes::Code;
pub use countries::Country;
pub use crossings::Crossing;
pub use currencies::{iso_currency_code, pedimento_currency_code, Currency};
pub use info::CatalogInfo;
pub use us_ports::UsPort;
