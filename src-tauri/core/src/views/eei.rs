//! The U.S. export of a southbound crossing: the Electronic Export Information filed in AES
//! (15 CFR 30.6), with its proof of filing or exemption legend.

use super::format::{fixed, named, quantity, us_date, whole};
use super::us::{arrival_date, hts_display, port};
use super::{SectionBuilder, SourcePath, ViewSection};
use crate::declaration::Declaration;
use crate::reference::Reference;

pub(super) fn export_header(d: &Declaration, r: &Reference) -> ViewSection {
    let p = &d.parties;
    let e = &d.regime.us_export;
    // The carrier's proof of filing: "AES" and the ITN, or the exemption legend (Census FAQ 849).
    let filing = if !e.itn.trim().is_empty() { format!("AES {}", e.itn.trim().to_uppercase()) } else { e.exemption.trim().to_owned() };
    // The ultimate consignee is the Mexican importer, unless the goods go on (a transit).
    let (consignee, consignee_path) = if p.ultimate_consignee.name.trim().is_empty() {
        (&p.mexican_party.name, &p.mexican_party.address)
    } else {
        (&p.ultimate_consignee.name, &p.ultimate_consignee.address)
    };
    let destination = if consignee_path.country.trim().is_empty() { "MX".to_owned() } else { consignee_path.country.trim().to_uppercase() };
    SectionBuilder::new("Export shipment", "Embarque de exportación")
        .field(
            "EEI (15 CFR 30.6)",
            "U.S. principal party in interest",
            "Exportador de EE. UU. (USPPI)",
            named(&p.us_importer.name, &p.us_importer.address),
            &["parties.usImporter"],
        )
        .field(
            "EEI (15 CFR 30.6)",
            "USPPI ID",
            "Identificación del USPPI",
            p.us_importer.importer_number.trim(),
            &["parties.usImporter.importerNumber"],
        )
        .field(
            "EEI (15 CFR 30.6)",
            "Ultimate consignee",
            "Destinatario final",
            named(consignee, consignee_path),
            &["parties.ultimateConsignee", "parties.mexicanParty"],
        )
        .field("EEI (15 CFR 30.6)", "Port of export", "Puerto de exportación", port(r, &d.transport.us_port), &["transport.usPort"])
        .field(
            "EEI (15 CFR 30.6)",
            "Country of ultimate destination",
            "País de destino final",
            destination,
            &["parties.ultimateConsignee.address.country"],
        )
        .field("EEI (15 CFR 30.6)", "Date of export", "Fecha de exportación", us_date(arrival_date(d)), &["transport.estimatedArrival"])
        .field("EEI (15 CFR 30.6)", "Mode of transport", "Medio de transporte", "Truck (30)", &[])
        .field(
            "EEI (15 CFR 30.6)",
            "Carrier SCAC",
            "SCAC del transportista",
            p.carrier.scac.trim().to_uppercase(),
            &["parties.carrier.scac"],
        )
        .field(
            "EEI (15 CFR 30.6)",
            "Licence required",
            "Requiere licencia",
            if e.licence_required { "Licensed" } else { "NLR" },
            &["regime.usExport.licenceRequired"],
        )
        .field(
            "EEI (15 CFR 30.7)",
            "Proof of filing (ITN) or exemption",
            "Constancia de transmisión (ITN) o exención",
            filing,
            &["regime.usExport.itn", "regime.usExport.exemption"],
        )
        .build()
}

pub(super) fn export_lines(d: &Declaration, window: std::ops::Range<usize>) -> Vec<ViewSection> {
    window
        .map(|i| {
            let l = &d.lines[i];
            let n = i as u32;
            let p = |field: &'static str| [SourcePath::Line(n, field)];
            SectionBuilder::with_capacity(format!("Commodity {}", i + 1), format!("Mercancía {}", i + 1), 6)
                .field_at("EEI", "Schedule B / HTS number", "Schedule B / fracción HTS", hts_display(&l.hts), p("hts"))
                .field_at("EEI", "Description", "Descripción", l.description.trim(), p("description"))
                .field_at(
                    "EEI",
                    "Quantity",
                    "Cantidad",
                    quantity(fixed(l.us_quantity, 0), &l.us_unit),
                    [SourcePath::Line(n, "usQuantity"), SourcePath::Line(n, "usUnit")],
                )
                .field_at("EEI", "Shipping weight (kg)", "Peso de embarque (kg)", whole(l.gross_kg), p("grossKg"))
                .field_at("EEI", "Value (USD)", "Valor (USD)", whole(l.value_usd), p("valueUsd"))
                .field_at(
                    "EEI",
                    "Origin (D domestic / F foreign)",
                    "Origen (D nacional / F extranjero)",
                    if l.country_of_origin.trim() == "US" { "D" } else { "F" },
                    p("countryOfOrigin"),
                )
                .build()
        })
        .collect()
}
