//! The ACE truck e-Manifest shipment of a northbound crossing (19 CFR 123.92): trip, conveyance,
//! crew, shipment control number, parties and commodities.

use super::format::{named, whole};
use super::us::port;
use super::{SectionBuilder, ViewSection};
use crate::declaration::Declaration;
use crate::ids::HtsNumber;
use crate::reference::Reference;

pub(super) fn manifest(d: &Declaration, r: &Reference) -> ViewSection {
    let t = &d.transport;
    let p = &d.parties;
    let crew_id = if p.driver.fast_card.trim().is_empty() {
        format!("ACE ID {}", p.driver.ace_id.trim())
    } else {
        format!("FAST {}", p.driver.fast_card.trim())
    };
    let commodities = d
        .lines
        .iter()
        .map(|l| {
            format!(
                "{} {} — {} (HTS {}) — {} kg",
                l.packages.unwrap_or(0),
                l.package_kind.trim(),
                l.description.trim(),
                HtsNumber::parse(&l.hts).map(|h| h.hs6().to_owned()).unwrap_or_default(),
                whole(l.gross_kg)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let eta = t.estimated_arrival.as_ref().map(|a| format!("{} {}", a.local.format("%m/%d/%Y %H:%M"), a.zone)).unwrap_or_default();
    SectionBuilder::new("e-Manifest (ACE truck)", "e-Manifest (camión ACE)")
        .field("19 CFR 123.92", "Trip number", "Número de viaje", t.trip_number.trim().to_uppercase(), &["transport.tripNumber"])
        .field("19 CFR 123.92", "Carrier SCAC", "SCAC del transportista", p.carrier.scac.trim().to_uppercase(), &["parties.carrier.scac"])
        .field("19 CFR 123.92", "Port of arrival", "Puerto de llegada", port(r, &t.us_port), &["transport.usPort"])
        .field("19 CFR 123.92", "Estimated arrival", "Llegada estimada", eta, &["transport.estimatedArrival"])
        .field(
            "19 CFR 123.92",
            "Truck VIN and plate",
            "NIV y placa del tractocamión",
            format!("{} / {} {}-{}", t.truck.vin.trim(), t.truck.plate.trim(), t.truck.plate_country.trim(), t.truck.plate_state.trim()),
            &["transport.truck"],
        )
        .field(
            "19 CFR 123.92",
            "Trailers",
            "Remolques",
            t.trailers
                .iter()
                .map(|x| format!("{} ({} {}-{})", x.number.trim(), x.plate.trim(), x.plate_country.trim(), x.plate_state.trim()))
                .collect::<Vec<_>>()
                .join("; "),
            &["transport.trailers"],
        )
        .field("19 CFR 123.92", "Seals", "Candados", t.seals.iter().map(|s| s.trim()).collect::<Vec<_>>().join(", "), &["transport.seals"])
        .field("19 CFR 123.92", "Driver", "Operador", format!("{} ({crew_id})", p.driver.name.trim()), &["parties.driver"])
        .field("19 CFR 123.92", "Shipment type", "Tipo de embarque", "PAPS", &[])
        .field(
            "19 CFR 123.92",
            "Shipment control number",
            "Número de control del embarque",
            t.shipment_control_number.trim().to_uppercase(),
            &["transport.shipmentControlNumber"],
        )
        .field("19 CFR 123.92", "Place of loading", "Lugar de carga", t.place_of_loading.trim(), &["transport.placeOfLoading"])
        .field("19 CFR 123.92", "Shipper", "Remitente", named(&p.exporter.name, &p.exporter.address), &["parties.exporter"])
        .field(
            "19 CFR 123.92",
            "Consignee",
            "Consignatario",
            named(&p.ultimate_consignee.name, &p.ultimate_consignee.address),
            &["parties.ultimateConsignee"],
        )
        .field("19 CFR 123.92", "Commodities", "Mercancías", commodities, &["lines[*]"])
        .build()
}
