//! Transport: ports facing each other, conveyance, seals, trip and shipment numbers.

use super::check::{blank, country};
use super::{sources as src, Findings};
use crate::declaration::{Conveyance, Declaration};
use crate::ids::{Scac, ShipmentControlNumber, Vin};
use crate::reference::Reference;

pub(super) fn check(d: &Declaration, r: &Reference, f: &mut Findings) {
    let t = &d.transport;
    let port = t.us_port.trim();
    let port_known = if port.is_empty() {
        f.missing("transport.usPort", "the U.S. port of entry", "el puerto de entrada de EE. UU.", src::US_PORTS);
        false
    } else if r.us_port(port).is_none() {
        f.error(
            "us_port.unknown",
            "transport.usPort",
            format!("{port:?} is not a CBP port on the Mexican border"),
            format!("{port:?} no es un puerto de CBP en la frontera con México"),
            src::US_PORTS,
        );
        false
    } else {
        true
    };
    let aduana = t.aduana.trim();
    let section = if aduana.is_empty() {
        f.missing("transport.aduana", "the Mexican aduana-sección", "la aduana-sección", src::ADUANAS);
        None
    } else {
        let s = r.border_section(aduana);
        if s.is_none() {
            f.error(
                "aduana.unknown",
                "transport.aduana",
                format!("{aduana:?} is not a northern-border aduana-sección (3 digits, Apéndice 1)"),
                format!("{aduana:?} no es una aduana-sección de la frontera norte (3 dígitos, Apéndice 1)"),
                src::ADUANAS,
            );
        }
        s
    };
    if let (true, Some(section)) = (port_known, section) {
        if !section.facing_us_ports.contains(&port) {
            f.error(
                "ports.not_facing",
                "transport.aduana",
                format!("Aduana {} ({}) does not face U.S. port {port}: the truck cannot cross between them", section.code, section.name),
                format!(
                    "La aduana {} ({}) no está frente al puerto {port} de EE. UU.: el camión no puede cruzar entre ambos",
                    section.code, section.name
                ),
                src::CONSISTENCY,
            );
        }
    }
    let crossing = t.crossing.trim();
    if !crossing.is_empty() && port_known {
        match r.crossing(crossing) {
            None => f.warning(
                "crossing.unknown",
                "transport.crossing",
                format!("{crossing} is not a commercial truck crossing Cruce knows"),
                format!("{crossing} no es un cruce comercial de camiones que Cruce conozca"),
                src::US_PORTS,
            ),
            Some(c) if c.us_port != port => f.warning(
                "crossing.other_port",
                "transport.crossing",
                format!("{} is a crossing of port {}, not {port}", c.name, c.us_port),
                format!("{} es un cruce del puerto {}, no del {port}", c.name, c.us_port),
                src::US_PORTS,
            ),
            Some(c) if !aduana.is_empty() && c.aduana != aduana => f.warning(
                "crossing.other_aduana",
                "transport.crossing",
                format!("{} leads to aduana-sección {}, not {aduana}", c.name, c.aduana),
                format!("{} conduce a la aduana-sección {}, no a la {aduana}", c.name, c.aduana),
                src::ADUANAS,
            ),
            Some(_) => {}
        }
    }

    conveyance(f, r, &t.truck, "transport.truck", true);
    for (i, trailer) in t.trailers.iter().enumerate() {
        conveyance(f, r, trailer, &format!("transport.trailers[{i}]"), false);
    }
    if t.seals.iter().all(|s| blank(s)) && !t.trailers.is_empty() {
        f.warning(
            "seals.none",
            "transport.seals",
            "No seal numbers: seals are required for FAST and expected on loaded trailers",
            "Sin números de candado: son obligatorios para FAST y esperados en remolques cargados",
            src::EMANIFEST,
        );
    }

    let scac = Scac::parse(&d.parties.carrier.scac).ok();
    match ShipmentControlNumber::parse(&t.shipment_control_number) {
        Ok(scn) => {
            if let Some(scac) = &scac {
                if scn.scac_prefix() != scac.as_str() {
                    f.error(
                        "scn.other_carrier",
                        "transport.shipmentControlNumber",
                        format!("The shipment control number must start with the carrier's SCAC {scac}, not {}", scn.scac_prefix()),
                        format!(
                            "El número de control del embarque debe empezar con el SCAC del transportista {scac}, no con {}",
                            scn.scac_prefix()
                        ),
                        src::EMANIFEST,
                    );
                }
            }
        }
        Err(e) => f.id("scn", "transport.shipmentControlNumber", &e, src::EMANIFEST),
    }
    let trip = t.trip_number.trim().to_uppercase();
    if trip.is_empty() {
        f.missing("transport.tripNumber", "the ACE trip number", "el número de viaje ACE", src::EMANIFEST);
    } else if let Some(scac) = &scac {
        if !trip.starts_with(scac.as_str()) {
            f.warning(
                "trip.other_carrier",
                "transport.tripNumber",
                format!("ACE trip numbers start with the carrier's SCAC {scac}"),
                format!("Los números de viaje ACE empiezan con el SCAC del transportista {scac}"),
                src::EMANIFEST,
            );
        }
    }
    if blank(&t.place_of_loading) {
        f.missing(
            "transport.placeOfLoading",
            "the place where the carrier took the goods",
            "el lugar donde el transportista recibió la mercancía",
            src::EMANIFEST,
        );
    }
    match &t.estimated_arrival {
        None => f.missing(
            "transport.estimatedArrival",
            "the estimated arrival at the U.S. port",
            "la llegada estimada al puerto de EE. UU.",
            src::EMANIFEST,
        ),
        Some(eta) => {
            if let Err(e) = eta.instant() {
                f.error(
                    "arrival.invalid_time",
                    "transport.estimatedArrival",
                    crate::validate::finding::capitalize(&e.to_string()),
                    "La hora de llegada no existe en esa zona horaria (cambio de horario) o la zona es desconocida",
                    src::EMANIFEST,
                );
            }
        }
    }
}

fn conveyance(f: &mut Findings, r: &Reference, c: &Conveyance, path: &str, is_truck: bool) {
    if is_truck {
        match Vin::parse(&c.vin) {
            Ok(vin) if !vin.check_digit_ok() => f.warning(
                "vin.check_digit",
                format!("{path}.vin"),
                format!("The VIN's check digit (9th character) should be {} for a North American vehicle", vin.expected_check_digit()),
                format!(
                    "El dígito verificador del NIV (9.º carácter) debería ser {} en un vehículo norteamericano",
                    vin.expected_check_digit()
                ),
                src::VIN,
            ),
            Ok(_) => {}
            Err(e) => f.id("vin", format!("{path}.vin"), &e, src::VIN),
        }
    } else if blank(&c.number) {
        f.missing(format!("{path}.number"), "the trailer number", "el número del remolque", src::EMANIFEST);
    }
    if blank(&c.plate) {
        f.missing(format!("{path}.plate"), "the licence plate", "la placa", src::EMANIFEST);
    }
    country(f, r, &c.plate_country, &format!("{path}.plateCountry"), true);
}
