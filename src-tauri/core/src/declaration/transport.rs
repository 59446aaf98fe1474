//! How and where the goods cross: ports, conveyance, equipment, seals, trip and shipment numbers.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::crossing_time::PlannedCrossing;

/// A truck or trailer: VIN or equipment number, and its licence plate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Conveyance {
    /// VIN for a truck; equipment number for a trailer.
    pub vin: String,
    pub number: String,
    pub plate: String,
    /// State or province that issued the plate.
    pub plate_state: String,
    /// ISO 3166-1 alpha-2 of the plate.
    pub plate_country: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Transport {
    /// 4-digit CBP port of entry (northbound) or exit (southbound).
    pub us_port: String,
    /// CBP Border Wait Times crossing id, e.g. "230404" (Laredo World Trade Bridge).
    pub crossing: String,
    /// 3-digit Mexican aduana-sección of exit (northbound) or entry (southbound).
    pub aduana: String,
    pub truck: Conveyance,
    pub trailers: Vec<Conveyance>,
    pub seals: Vec<String>,
    /// ACE trip number: carrier SCAC + a unique suffix.
    pub trip_number: String,
    pub shipment_control_number: String,
    /// Foreign place where the carrier takes possession of the goods.
    pub place_of_loading: String,
    /// Estimated arrival at the first U.S. port, local time with its zone.
    pub estimated_arrival: Option<PlannedCrossing>,
}
