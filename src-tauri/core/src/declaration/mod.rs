//! The unified declaration: one record of a cross-border truck shipment, from which both the U.S.
//! view (CBP) and the Mexican view (SAT/ANAM) are derived.
//!
//! A draft may be incomplete or hold mistyped identifiers: they are kept as typed (strings) and
//! judged by the validator, which reports every problem with the path of its field. Money, rates,
//! weights and quantities are `rust_decimal` values, written in JSON as strings.

mod commercial;
mod diff;
mod direction;
mod document;
mod documents;
mod duplicate;
mod lines;
mod parties;
mod regime;
mod revision_note;
mod transport;
mod trusted;
mod usmca;

pub use commercial::{Charges, Commercial, ExchangeRate, Invoice, InvoiceCharges};
pub use diff::{diff, FieldChange};
pub use direction::Direction;
pub use document::{DocumentError, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION};
pub use documents::LinkedDocument;
pub use lines::{Line, MetalOrigin};
pub use parties::{Address, Carrier, Driver, Manufacturer, MexicanBroker, MexicanParty, Parties, Party, UsBroker, UsImporter};
pub use regime::{Regime, UsExport};
pub use revision_note::RevisionNote;
pub use transport::{Conveyance, Transport};
pub use trusted::{RegistryLink, TrustedTrade};
pub use usmca::{Contact, UsmcaCertification};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One truck shipment crossing the U.S.–Mexico border, as the broker captures it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Declaration {
    /// Version of this document's layout; see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    pub reference: String,
    pub direction: Direction,
    #[serde(default)]
    pub parties: Parties,
    #[serde(default)]
    pub transport: Transport,
    #[serde(default)]
    pub commercial: Commercial,
    #[serde(default)]
    pub regime: Regime,
    /// Present when USMCA preference is claimed.
    #[serde(default)]
    pub usmca: Option<UsmcaCertification>,
    #[serde(default)]
    pub lines: Vec<Line>,
    /// Documents of other agencies linked to the goods (FDA prior notice, phytosanitary
    /// certificates, SENASICA's import certificate).
    #[serde(default)]
    pub documents: Vec<LinkedDocument>,
    /// The FAST lane claim and the registry records parties were picked from.
    #[serde(default)]
    pub trusted: TrustedTrade,
}

impl Declaration {
    /// An empty declaration of the current schema.
    pub fn new(reference: &str, direction: Direction) -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            reference: reference.to_owned(),
            direction,
            parties: Parties::default(),
            transport: Transport::default(),
            commercial: Commercial::default(),
            regime: Regime::default(),
            usmca: None,
            lines: Vec::new(),
            documents: Vec::new(),
            trusted: TrustedTrade::default(),
        }
    }
}
