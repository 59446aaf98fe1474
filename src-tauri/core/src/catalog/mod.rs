//! Code lists the rules check against, kept as data with the source each entry came from.

pub mod aduanas;
pub mod claves_pedimento;
pub mod codes;
pub mod countries;
pub mod crossings;
pub mod currencies;
pub mod info;
pub mod units;
pub mod us_ports;

pub use aduanas::{aduanas, border_sections, find_aduana, find_border_section, Aduana, BorderSection};
pub use claves_pedimento::{claves_pedimento, find_clave_pedimento, ClavePedimento};
pub use codes::Code;
pub use countries::{countries, find_country_alpha2, find_country_alpha3, Country};
pub use crossings::{crossings, find_crossing, Crossing};
pub use currencies::{find_currency, iso_currency_code, pedimento_currency_code};
pub use info::{CatalogInfo, CATALOGS};
pub use us_ports::{find_us_port, us_ports, UsPort};
