//! A crossing (a trip): one truck crossing the border once, with the declarations it carries.
//!
//! What the truck is (tractor, trailers, driver, carrier) and where it crosses come from the
//! declarations it carries when it is made from them; a dispatcher may edit them after. Each
//! declaration leaves a small copy of what FAST eligibility is judged on ([`Shipment`]), so the
//! board judges 500 trucks without reading 500 declarations; the copy names the draft's revision
//! it was taken from, and is taken again when the draft has moved on.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::crossing_time::PlannedCrossing;
use crate::declaration::{Declaration, Direction, RegistryLink, TrustedTrade};
use crate::reference::Reference;
use crate::trader::Evidence;

/// The longest trip number kept (ACE: the carrier's SCAC and up to 46 more characters).
pub const MAX_TRIP_NUMBER: usize = 50;

/// A unit of the truck: the tractor or a trailer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Unit {
    pub number: String,
    pub plate: String,
    /// The registry record it was picked from.
    pub link: Option<RegistryLink>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct CrossingCarrier {
    pub name: String,
    pub scac: String,
    pub link: Option<RegistryLink>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct CrossingDriver {
    pub name: String,
    /// FAST card number (PASSID), if any.
    pub fast_card: String,
    pub link: Option<RegistryLink>,
}

/// What a carried declaration contributes to the crossing's FAST eligibility, as of one revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Shipment {
    pub draft_id: String,
    pub revision: u32,
    pub reference: String,
    pub importer_name: String,
    pub importer_number: String,
    pub manufacturer_name: String,
    pub mid: String,
    pub trusted: TrustedTrade,
}

impl Shipment {
    pub fn of(draft_id: &str, revision: u32, d: &Declaration) -> Self {
        Self {
            draft_id: draft_id.to_owned(),
            revision,
            reference: d.reference.clone(),
            importer_name: d.parties.us_importer.name.clone(),
            importer_number: d.parties.us_importer.importer_number.clone(),
            manufacturer_name: d.parties.manufacturer.name.clone(),
            mid: d.parties.manufacturer.mid.clone(),
            trusted: d.trusted.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Crossing {
    /// ACE trip number (SCAC + suffix); the dispatcher's name for the trip.
    pub trip_number: String,
    pub direction: Direction,
    /// 4-digit CBP port.
    pub us_port: String,
    /// CBP Border Wait Times crossing id ("230404" Laredo World Trade Bridge).
    pub crossing: String,
    pub carrier: CrossingCarrier,
    pub driver: CrossingDriver,
    pub tractor: Unit,
    pub trailers: Vec<Unit>,
    /// Planned arrival at the U.S. port (northbound) or at the border (southbound).
    pub planned_arrival: Option<PlannedCrossing>,
    /// The truck is to use the FAST lane.
    pub fast_lane: bool,
    /// The declarations it carries (draft ids); each belongs to one crossing at a time.
    pub shipments: Vec<Shipment>,
    /// Papers kept with the trip (a gate pass, a photo of the seal), by SHA-256.
    pub documents: Vec<Evidence>,
    pub note: String,
}

impl Default for Crossing {
    fn default() -> Self {
        Self {
            trip_number: String::new(),
            direction: Direction::Northbound,
            us_port: String::new(),
            crossing: String::new(),
            carrier: CrossingCarrier::default(),
            driver: CrossingDriver::default(),
            tractor: Unit::default(),
            trailers: Vec::new(),
            planned_arrival: None,
            fast_lane: false,
            shipments: Vec::new(),
            documents: Vec::new(),
            note: String::new(),
        }
    }
}

/// A crossing as stored: its id and revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StoredCrossing {
    pub id: String,
    pub revision: u32,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
    pub crossing: Crossing,
}

/// Why a crossing cannot be stored as it is, in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CrossingProblem {
    pub path: String,
    pub code: String,
    pub message_en: String,
    pub message_es: String,
}

fn problem(path: &str, code: &str, en: String, es: String) -> CrossingProblem {
    CrossingProblem { path: path.to_owned(), code: code.to_owned(), message_en: en, message_es: es }
}

impl Crossing {
    /// The IANA zone the crossing's times are shown in: the U.S. port's, else the planned
    /// arrival's.
    pub fn zone<'a>(&'a self, r: &'a Reference) -> Option<&'a str> {
        r.us_port(&self.us_port).map(|p| p.time_zone).or(self.planned_arrival.as_ref().map(|p| p.zone.as_str()))
    }

    /// The planned arrival as an instant, when it makes one.
    pub fn arrival(&self) -> Option<DateTime<Utc>> {
        self.planned_arrival.as_ref().and_then(|p| p.instant().ok()).map(|t| t.with_timezone(&Utc))
    }

    pub fn draft_ids(&self) -> impl Iterator<Item = &str> {
        self.shipments.iter().map(|s| s.draft_id.as_str())
    }
}

/// What differs among declarations made into one crossing.
fn agree(
    path: &str,
    what_en: &str,
    what_es: &str,
    values: impl Iterator<Item = (String, String)>,
    out: &mut Vec<CrossingProblem>,
) -> String {
    let mut first: Option<(String, String)> = None;
    for (reference, value) in values {
        let v = value.trim().to_owned();
        if v.is_empty() {
            continue;
        }
        match &first {
            None => first = Some((reference, v)),
            Some((r0, v0)) if !v0.eq_ignore_ascii_case(&v) => {
                out.push(problem(
                    path,
                    "crossing.declarations_disagree",
                    format!("The declarations disagree on the {what_en}: {v0} in {r0}, {v} in {reference}"),
                    format!("Las declaraciones no coinciden en {what_es}: {v0} en {r0}, {v} en {reference}"),
                ));
                return v0.clone();
            }
            Some(_) => {}
        }
    }
    first.map(|(_, v)| v).unwrap_or_default()
}

/// A crossing made from the declarations it carries (`(draft id, revision, declaration)`): one
/// truck, so they must agree on direction, port, crossing, trip, truck, driver and carrier where
/// they say them; every disagreement is a problem.
pub fn from_declarations(declarations: &[(&str, u32, &Declaration)]) -> Result<Crossing, Vec<CrossingProblem>> {
    let mut problems = Vec::new();
    if declarations.is_empty() {
        return Err(vec![problem(
            "shipments",
            "crossing.no_declarations",
            "Choose the declarations the truck carries".into(),
            "Elija las declaraciones que lleva el camión".into(),
        )]);
    }
    let each = |f: fn(&Declaration) -> String| declarations.iter().map(move |(_, _, d)| (d.reference.clone(), f(d)));
    let direction = agree("direction", "direction", "la dirección", each(|d| d.direction.as_str().to_owned()), &mut problems);
    let us_port = agree("usPort", "U.S. port", "el puerto de EE. UU.", each(|d| d.transport.us_port.clone()), &mut problems);
    let crossing = agree("crossing", "crossing", "el cruce", each(|d| d.transport.crossing.clone()), &mut problems);
    let trip_number = agree("tripNumber", "trip number", "el número de viaje", each(|d| d.transport.trip_number.clone()), &mut problems);
    let plate =
        agree("tractor.plate", "truck's plate", "la placa del tractocamión", each(|d| d.transport.truck.plate.clone()), &mut problems);
    let scac =
        agree("carrier.scac", "carrier's SCAC", "el SCAC del transportista", each(|d| d.parties.carrier.scac.clone()), &mut problems);
    let driver = agree("driver.name", "driver", "el operador", each(|d| d.parties.driver.name.clone()), &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    let find = |f: fn(&Declaration) -> bool| declarations.iter().map(|(_, _, d)| *d).find(|d| f(d));
    let with_truck = find(|d| !d.transport.truck.plate.trim().is_empty()).unwrap_or(declarations[0].2);
    let with_driver = find(|d| !d.parties.driver.name.trim().is_empty()).unwrap_or(declarations[0].2);
    let with_carrier = find(|d| !d.parties.carrier.scac.trim().is_empty()).unwrap_or(declarations[0].2);
    // The earliest planned arrival: the e-Manifest is due by the first.
    // A planned arrival that makes no instant (an unknown zone, a skipped hour) is passed over;
    // if none does, the first one is kept and `check` names what is wrong with it.
    let arrivals: Vec<PlannedCrossing> = declarations.iter().filter_map(|(_, _, d)| d.transport.estimated_arrival.clone()).collect();
    let planned_arrival = arrivals
        .iter()
        .filter_map(|p| p.instant().ok().map(|t| (t.with_timezone(&Utc), p)))
        .min_by_key(|(t, _)| *t)
        .map(|(_, p)| p.clone())
        .or_else(|| arrivals.first().cloned());
    let mut trailers: Vec<Unit> = Vec::new();
    for (_, _, d) in declarations {
        for t in &d.transport.trailers {
            let number = if t.number.trim().is_empty() { t.vin.trim() } else { t.number.trim() };
            if !trailers.iter().any(|u| u.plate.eq_ignore_ascii_case(t.plate.trim()) && u.number.eq_ignore_ascii_case(number)) {
                trailers.push(Unit { number: number.to_owned(), plate: t.plate.trim().to_owned(), link: None });
            }
        }
    }
    Ok(Crossing {
        trip_number,
        direction: Direction::parse(&direction).unwrap_or(Direction::Northbound),
        us_port,
        crossing,
        carrier: CrossingCarrier {
            name: with_carrier.parties.carrier.name.trim().to_owned(),
            scac: scac.to_uppercase(),
            link: with_carrier.trusted.carrier.clone(),
        },
        driver: CrossingDriver {
            name: driver,
            fast_card: with_driver.parties.driver.fast_card.trim().to_owned(),
            link: with_driver.trusted.driver.clone(),
        },
        tractor: Unit {
            number: with_truck.transport.truck.number.trim().to_owned(),
            plate: plate.to_uppercase(),
            link: with_truck.trusted.truck.clone(),
        },
        trailers,
        planned_arrival,
        fast_lane: declarations.iter().all(|(_, _, d)| d.trusted.fast_lane),
        shipments: declarations.iter().map(|(id, rev, d)| Shipment::of(id, *rev, d)).collect(),
        documents: Vec::new(),
        note: String::new(),
    })
}

/// Problems of a crossing before it is stored.
pub fn check(c: &Crossing, r: &Reference) -> Vec<CrossingProblem> {
    let mut out = Vec::new();
    let trip = c.trip_number.trim();
    if trip.is_empty() {
        out.push(problem("tripNumber", "crossing.trip_required", "Enter the trip number".into(), "Capture el número de viaje".into()));
    } else if trip.chars().count() > MAX_TRIP_NUMBER || trip.chars().any(char::is_control) {
        out.push(problem(
            "tripNumber",
            "crossing.trip_format",
            format!("A trip number is at most {MAX_TRIP_NUMBER} characters, without control characters"),
            format!("Un número de viaje tiene a lo más {MAX_TRIP_NUMBER} caracteres, sin caracteres de control"),
        ));
    }
    if r.us_port(c.us_port.trim()).is_none() {
        out.push(problem(
            "usPort",
            "crossing.unknown_port",
            format!("{:?} is not a U.S. port on the Mexican border", c.us_port),
            format!("{:?} no es un puerto de EE. UU. en la frontera con México", c.us_port),
        ));
    }
    if !c.crossing.trim().is_empty() {
        match r.crossing(c.crossing.trim()) {
            None => out.push(problem(
                "crossing",
                "crossing.unknown_crossing",
                format!("{:?} is not a commercial crossing of CBP's Border Wait Times", c.crossing),
                format!("{:?} no es un cruce comercial de los tiempos de espera de CBP", c.crossing),
            )),
            Some(x) if x.us_port != c.us_port.trim() => out.push(problem(
                "crossing",
                "crossing.port_mismatch",
                format!("{} belongs to port {}, not {}", x.name, x.us_port, c.us_port),
                format!("{} pertenece al puerto {}, no al {}", x.name, x.us_port, c.us_port),
            )),
            Some(_) => {}
        }
    }
    if let Some(p) = &c.planned_arrival {
        if let Err(e) = p.instant() {
            out.push(problem(
                "plannedArrival",
                "crossing.arrival_time",
                e.to_string(),
                match e {
                    crate::CrossingTimeError::UnknownZone { zone } => format!("zona horaria desconocida {zone:?}"),
                    crate::CrossingTimeError::SkippedByDaylightSaving { local, zone } => {
                        format!("{local} no existe en {zone}: el reloj la salta al empezar el horario de verano")
                    }
                },
            ));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for (i, s) in c.shipments.iter().enumerate() {
        if !seen.insert(s.draft_id.as_str()) {
            out.push(problem(
                &format!("shipments[{i}]"),
                "crossing.declaration_twice",
                format!("Declaration {} is listed twice", s.reference),
                format!("La declaración {} aparece dos veces", s.reference),
            ));
        }
    }
    out
}

/// A declaration holding only what FAST eligibility reads, from a crossing and one shipment.
pub fn fast_declaration(c: &Crossing, s: &Shipment) -> Declaration {
    let mut d = Declaration::new(&s.reference, c.direction);
    d.parties.carrier.name = c.carrier.name.clone();
    d.parties.carrier.scac = c.carrier.scac.clone();
    d.parties.driver.name = c.driver.name.clone();
    d.parties.driver.fast_card = c.driver.fast_card.clone();
    d.parties.us_importer.name = s.importer_name.clone();
    d.parties.us_importer.importer_number = s.importer_number.clone();
    d.parties.manufacturer.name = s.manufacturer_name.clone();
    d.parties.manufacturer.mid = s.mid.clone();
    d.transport.us_port = c.us_port.clone();
    d.transport.truck.plate = c.tractor.plate.clone();
    d.transport.estimated_arrival = c.planned_arrival.clone();
    d.trusted = s.trusted.clone();
    d.trusted.fast_lane = c.fast_lane;
    d.trusted.carrier = c.carrier.link.clone().or(d.trusted.carrier);
    d.trusted.driver = c.driver.link.clone().or(d.trusted.driver);
    d.trusted.truck = c.tractor.link.clone().or(d.trusted.truck);
    d
}
