//! Transport: ports facing each other, conveyance, seals, trip and shipment numbers.

use chrono::{Offset, TimeZone};
use chrono_tz::Tz;

use super::check::{blank, country};
use super::flow::Flow;
use super::{sources as src, Findings};
use crate::catalog::UsPort;
use crate::crossing_time::PlannedCrossing;
use crate::declaration::{Conveyance, Declaration};
use crate::ids::{Scac, ShipmentControlNumber, Vin};
use crate::reference::Reference;

pub(super) fn check(d: &Declaration, r: &Reference, flow: Flow, f: &mut Findings) {
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

    conveyance(f, r, flow, &t.truck, "transport.truck", true);
    for (i, trailer) in t.trailers.iter().enumerate() {
        conveyance(f, r, flow, trailer, &format!("transport.trailers[{i}]"), false);
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

    if flow.us_import() {
        manifest_numbers(d, f);
    }
    match &t.estimated_arrival {
        None if flow.us_import() => f.missing(
            "transport.estimatedArrival",
            "the estimated arrival at the U.S. port",
            "la llegada estimada al puerto de EE. UU.",
            src::EMANIFEST,
        ),
        None => f.missing(
            "transport.estimatedArrival",
            "the planned crossing (the date of export)",
            "el cruce previsto (la fecha de exportación)",
            src::EEI,
        ),
        Some(eta) => match eta.instant() {
            Err(_) => f.error(
                "arrival.invalid_time",
                "transport.estimatedArrival",
                "That time does not exist in that time zone (a daylight-saving change) or the zone is unknown",
                "La hora de llegada no existe en esa zona horaria (cambio de horario) o la zona es desconocida",
                src::EMANIFEST,
            ),
            Ok(_) => {
                if let Some(port) = r.us_port(port) {
                    arrival_zone(f, eta, port);
                }
            }
        },
    }
}

/// The arrival is stated in the port's local time (e-Manifest, 19 CFR 123.92); a time typed in
/// another zone is read wrong when the two clocks differ at that moment.
fn arrival_zone(f: &mut Findings, eta: &PlannedCrossing, port: &UsPort) {
    if eta.zone == port.time_zone {
        return;
    }
    let (Ok(at), Ok(port_zone)) = (eta.instant(), port.time_zone.parse::<Tz>()) else { return };
    let there = port_zone.from_utc_datetime(&at.naive_utc());
    let same_clock = there.offset().fix() == *at.offset();
    let shown = there.format("%H:%M");
    if same_clock {
        f.warning(
            "arrival.other_zone",
            "transport.estimatedArrival",
            format!(
                "The arrival is given in {} time; the port of {} keeps {} time, which reads the same at that moment ({shown})",
                eta.zone, port.name, port.time_zone
            ),
            format!(
                "La llegada está en hora de {}; el puerto de {} usa la hora de {}, que a esa hora coincide ({shown})",
                eta.zone, port.name, port.time_zone
            ),
            src::EMANIFEST,
        );
    } else {
        f.error(
            "arrival.zone_not_port",
            "transport.estimatedArrival",
            format!("The arrival is given in {} time, but the e-Manifest states it in the port's local time ({}): that moment is {shown} at {}", eta.zone, port.time_zone, port.name),
            format!("La llegada está en hora de {}, pero el e-Manifest la declara en la hora local del puerto ({}): ese momento es a las {shown} en {}", eta.zone, port.time_zone, port.name),
            src::EMANIFEST,
        );
    }
}

/// The inbound e-Manifest's trip and shipment numbers and where the carrier took the goods.
fn manifest_numbers(d: &Declaration, f: &mut Findings) {
    let t = &d.transport;
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
}

fn conveyance(f: &mut Findings, r: &Reference, flow: Flow, c: &Conveyance, path: &str, is_truck: bool) {
    // The VIN identifies the conveyance on the inbound e-Manifest; the pedimento names the truck
    // by its plates (Anexo 22, transport block, fields 1–2).
    if is_truck {
        if flow.us_import() {
            vin(f, c, path);
        }
    } else if blank(&c.number) {
        f.missing(format!("{path}.number"), "the trailer number", "el número del remolque", src::EMANIFEST);
    }
    if blank(&c.plate) {
        f.missing(format!("{path}.plate"), "the licence plate", "la placa", src::EMANIFEST);
    }
    country(f, r, &c.plate_country, &format!("{path}.plateCountry"), true);
}

fn vin(f: &mut Findings, c: &Conveyance, path: &str) {
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
}
