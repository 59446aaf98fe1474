//! Parties: names, addresses and each role's identifier, as each side of this shipment needs them.

use super::check::{blank, country};
use super::flow::Flow;
use super::{sources as src, Findings};
use crate::declaration::{Address, Declaration};
use crate::ids::{Curp, FilerCode, ImporterNumber, Mid, Patente, Rfc, RfcKind, Scac};
use crate::reference::Reference;

pub(super) fn check(d: &Declaration, r: &Reference, flow: Flow, f: &mut Findings) {
    let p = &d.parties;
    name(f, &p.exporter.name, "parties.exporter.name", "the exporter's (shipper's) name", "el nombre del exportador (remitente)");
    address(f, r, &p.exporter.address, "parties.exporter.address");

    if flow.us_import() {
        name(
            f,
            &p.us_importer.name,
            "parties.usImporter.name",
            "the U.S. importer of record's name",
            "el nombre del importador registrado en EE. UU.",
        );
        address(f, r, &p.us_importer.address, "parties.usImporter.address");
        if let Err(e) = ImporterNumber::parse(&p.us_importer.importer_number) {
            f.id("importer_number", "parties.usImporter.importerNumber", &e, src::IMPORTER_NUMBER);
        }
        name(
            f,
            &p.ultimate_consignee.name,
            "parties.ultimateConsignee.name",
            "the ultimate consignee's name",
            "el nombre del destinatario final",
        );
    } else {
        // Southbound the U.S. party is the exporter: the U.S. principal party in interest.
        name(
            f,
            &p.us_importer.name,
            "parties.usImporter.name",
            "the USPPI's name (the U.S. exporter)",
            "el nombre del USPPI (el exportador de EE. UU.)",
        );
        address(f, r, &p.us_importer.address, "parties.usImporter.address");
        usppi_id(f, &p.us_importer.importer_number);
    }

    name(
        f,
        &p.mexican_party.name,
        "parties.mexicanParty.name",
        "the Mexican exporter's or importer's name",
        "el nombre del exportador o importador mexicano",
    );
    address(f, r, &p.mexican_party.address, "parties.mexicanParty.address");
    let rfc = match Rfc::parse(&p.mexican_party.rfc) {
        Ok(rfc) if rfc.kind() == RfcKind::Generic => {
            f.error(
                "rfc.generic",
                "parties.mexicanParty.rfc",
                format!(
                    "{} is a generic RFC: the importer or exporter of a pedimento declares its own RFC and must be in the padrón",
                    rfc.as_str()
                ),
                format!(
                    "{} es un RFC genérico: el importador o exportador de un pedimento declara su propio RFC y debe estar en el padrón",
                    rfc.as_str()
                ),
                src::RFC_GENERIC,
            );
            None
        }
        Ok(rfc) => {
            if !rfc.check_digit_ok() {
                f.warning(
                    "rfc.check_digit",
                    "parties.mexicanParty.rfc",
                    format!("The RFC's check digit should be {} by the published algorithm; some real RFCs differ — confirm it with the Constancia de Situación Fiscal", rfc.expected_check_digit()),
                    format!("Según el algoritmo publicado, el dígito verificador del RFC debería ser {}; algunos RFC reales no lo cumplen — confírmelo con la Constancia de Situación Fiscal", rfc.expected_check_digit()),
                    src::RFC,
                );
            }
            Some(rfc)
        }
        Err(e) => {
            f.id("rfc", "parties.mexicanParty.rfc", &e, src::RFC);
            None
        }
    };
    if !blank(&p.mexican_party.curp) {
        match Curp::parse(&p.mexican_party.curp) {
            Ok(curp) => curp_checks(d, &curp, rfc.as_ref(), f),
            Err(e) => f.id("curp", "parties.mexicanParty.curp", &e, src::CURP),
        }
    }

    if flow.us_import() {
        manufacturer(d, r, f);
        if let Err(e) = FilerCode::parse(&p.us_broker.filer_code) {
            f.id("filer_code", "parties.usBroker.filerCode", &e, src::ENTRY_NUMBER);
        }
    }
    match Patente::parse(&p.mexican_broker.patente) {
        Err(e) => f.id("patente", "parties.mexicanBroker.patente", &e, src::PATENTE),
        Ok(patente) => {
            if let Some(catalog) = r.schedules().patentes() {
                let crossing = d.transport.estimated_arrival.as_ref().map(|a| a.local.date());
                match catalog.valid_from(patente.as_str()) {
                    None => f.error(
                        "patente.unknown",
                        "parties.mexicanBroker.patente",
                        format!("Patente {} is not in SAT's catalog of patentes", patente.as_str()),
                        format!("La patente {} no está en el catálogo de patentes del SAT", patente.as_str()),
                        src::PATENTES,
                    ),
                    Some(from) if crossing.is_some_and(|c| c < from) => f.error(
                        "patente.not_yet",
                        "parties.mexicanBroker.patente",
                        format!("Patente {} takes effect on {from}, after the crossing", patente.as_str()),
                        format!("La patente {} entra en vigor el {from}, después del cruce", patente.as_str()),
                        src::PATENTES,
                    ),
                    Some(_) => {}
                }
            }
        }
    }
    name(f, &p.carrier.name, "parties.carrier.name", "the carrier's name", "el nombre del transportista");
    // The e-Manifest (inbound) and the EEI of a truck export (outbound) both name the carrier's SCAC.
    if let Err(e) = Scac::parse(&p.carrier.scac) {
        f.id("scac", "parties.carrier.scac", &e, if flow.us_import() { src::SCAC } else { src::EEI });
    }
    if flow.us_import() {
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
}

fn manufacturer(d: &Declaration, r: &Reference, f: &mut Findings) {
    let p = &d.parties;
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
}

/// The USPPI's identification on the EEI is its EIN (15 CFR 30.6(a)(1)(ii)); AES also takes a DUNS
/// number, an SSN or a foreign entity's ID, so only an empty one is an error, and a number that
/// cannot be an EIN is worth a look.
fn usppi_id(f: &mut Findings, raw: &str) {
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    if blank(raw) {
        f.missing("parties.usImporter.importerNumber", "the USPPI's EIN", "el EIN del USPPI", src::EEI);
    } else if digits.len() == 9 || digits.len() == 11 {
        if !crate::ids::ein_prefix_issued(&digits) {
            f.warning(
                "usppi.ein_prefix",
                "parties.usImporter.importerNumber",
                format!(
                    "{} starts with a prefix the IRS has never assigned to an EIN: check it, unless it is a DUNS number or an SSN",
                    raw.trim()
                ),
                format!(
                    "{} empieza con un prefijo que el IRS nunca ha asignado a un EIN: verifíquelo, salvo que sea un número DUNS o un SSN",
                    raw.trim()
                ),
                src::EIN,
            );
        }
    } else {
        f.warning(
            "usppi.not_ein",
            "parties.usImporter.importerNumber",
            "The USPPI is normally identified by its EIN (9 digits); check that this is the ID AES expects",
            "El USPPI normalmente se identifica con su EIN (9 dígitos); verifique que sea la identificación que espera AES",
            src::EEI,
        );
    }
}

/// A CURP's birth date in its century, against the crossing and the RFC of the same person.
fn curp_checks(d: &Declaration, curp: &Curp, rfc: Option<&Rfc>, f: &mut Findings) {
    let born = curp.birth_date();
    if let Some(crossing) = d.transport.estimated_arrival.as_ref().map(|a| a.local.date()) {
        if born > crossing {
            f.error(
                "curp.born_after_crossing",
                "parties.mexicanParty.curp",
                format!("The CURP says this person was born on {born}, after the crossing (its 17th character gives the century: a digit before 2000, a letter from 2000)"),
                format!("La CURP indica un nacimiento el {born}, posterior al cruce (el carácter 17 da el siglo: un dígito antes de 2000, una letra desde 2000)"),
                src::CURP,
            );
        }
    }
    if let Some(rfc) = rfc.filter(|r| r.kind() == RfcKind::Individual) {
        if rfc.as_str()[4..10] != *curp.yymmdd() {
            f.warning(
                "curp.rfc_date_differs",
                "parties.mexicanParty.curp",
                format!(
                    "The CURP's birth date ({}) differs from the one in the RFC ({}): are they the same person?",
                    curp.yymmdd(),
                    &rfc.as_str()[4..10]
                ),
                format!(
                    "La fecha de nacimiento de la CURP ({}) difiere de la del RFC ({}): ¿son la misma persona?",
                    curp.yymmdd(),
                    &rfc.as_str()[4..10]
                ),
                src::CURP,
            );
        }
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
