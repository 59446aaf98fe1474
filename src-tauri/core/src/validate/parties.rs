//! Parties: names, addresses and each role's identifier.

use super::check::{blank, country};
use super::{sources as src, Findings};
use crate::declaration::{Address, Declaration};
use crate::ids::{Curp, FilerCode, ImporterNumber, Mid, Patente, Rfc, Scac};
use crate::reference::Reference;

pub(super) fn check(d: &Declaration, r: &Reference, f: &mut Findings) {
    let p = &d.parties;
    name(f, &p.exporter.name, "parties.exporter.name", "the exporter's name", "el nombre del exportador");
    address(f, r, &p.exporter.address, "parties.exporter.address");
    name(f, &p.us_importer.name, "parties.usImporter.name", "the U.S. importer of record's name", "el nombre del importador de EE. UU.");
    address(f, r, &p.us_importer.address, "parties.usImporter.address");
    match ImporterNumber::parse(&p.us_importer.importer_number) {
        Ok(_) => {}
        Err(e) => f.id("importer_number", "parties.usImporter.importerNumber", &e, src::IMPORTER_NUMBER),
    }
    name(
        f,
        &p.ultimate_consignee.name,
        "parties.ultimateConsignee.name",
        "the ultimate consignee's name",
        "el nombre del destinatario final",
    );

    name(
        f,
        &p.mexican_party.name,
        "parties.mexicanParty.name",
        "the Mexican exporter or importer's name",
        "el nombre del exportador o importador mexicano",
    );
    address(f, r, &p.mexican_party.address, "parties.mexicanParty.address");
    match Rfc::parse(&p.mexican_party.rfc) {
        Ok(rfc) if !rfc.check_digit_ok() => f.warning(
            "rfc.check_digit",
            "parties.mexicanParty.rfc",
            format!("The RFC's check digit should be {} by the published algorithm; some real RFCs differ — confirm it with the Constancia de Situación Fiscal", rfc.expected_check_digit()),
            format!("Según el algoritmo publicado, el dígito verificador del RFC debería ser {}; algunos RFC reales no lo cumplen — confírmelo con la Constancia de Situación Fiscal", rfc.expected_check_digit()),
            src::RFC,
        ),
        Ok(_) => {}
        Err(e) => f.id("rfc", "parties.mexicanParty.rfc", &e, src::RFC),
    }
    if !blank(&p.mexican_party.curp) {
        if let Err(e) = Curp::parse(&p.mexican_party.curp) {
            f.id("curp", "parties.mexicanParty.curp", &e, src::CURP);
        }
    }

    name(f, &p.manufacturer.name, "parties.manufacturer.name", "the manufacturer's name", "el nombre del fabricante");
    match Mid::parse(&p.manufacturer.mid, r) {
        Ok(mid) => {
            let a = &p.manufacturer.address;
            if let Some(built) = Mid::construct(&a.country, &p.manufacturer.name, &a.street, &a.city) {
                if built != mid.as_str() && !blank(&a.street) {
                    f.warning(
                        "mid.differs_from_construction",
                        "parties.manufacturer.mid",
                        format!("The MID {} differs from {built}, the one built from the manufacturer's name and address", mid.as_str()),
                        format!("El MID {} no coincide con {built}, el que resulta del nombre y domicilio del fabricante", mid.as_str()),
                        src::MID,
                    );
                }
            }
        }
        Err(e) => f.id("mid", "parties.manufacturer.mid", &e, src::MID),
    }

    if let Err(e) = FilerCode::parse(&p.us_broker.filer_code) {
        f.id("filer_code", "parties.usBroker.filerCode", &e, src::ENTRY_NUMBER);
    }
    if let Err(e) = Patente::parse(&p.mexican_broker.patente) {
        f.id("patente", "parties.mexicanBroker.patente", &e, src::PATENTE);
    }
    name(f, &p.carrier.name, "parties.carrier.name", "the carrier's name", "el nombre del transportista");
    if let Err(e) = Scac::parse(&p.carrier.scac) {
        f.id("scac", "parties.carrier.scac", &e, src::SCAC);
    }
    name(f, &p.driver.name, "parties.driver.name", "the driver's name", "el nombre del operador");
    if blank(&p.driver.fast_card) && blank(&p.driver.ace_id) {
        f.error(
            "driver.no_crew_id",
            "parties.driver.fastCard",
            "The driver needs a FAST card number or an ACE ID for the e-Manifest",
            "El operador necesita número de tarjeta FAST o ACE ID para el e-Manifest",
            src::EMANIFEST,
        );
    }
}

fn name(f: &mut Findings, value: &str, path: &str, en: &str, es: &str) {
    if blank(value) {
        f.missing(path, en, es, src::FORM_7501);
    }
}

fn address(f: &mut Findings, r: &Reference, a: &Address, path: &str) {
    if blank(&a.street) || blank(&a.city) {
        f.missing(format!("{path}.street"), "the street and city", "la calle y la ciudad", src::FORM_7501);
    }
    country(f, r, &a.country, &format!("{path}.country"), true);
}
