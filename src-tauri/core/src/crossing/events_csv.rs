//! Events brought over from a dispatcher's spreadsheet: one row per event (trip number, event,
//! time, and optionally zone, who recorded it, a note, the agencies' outcomes and the exam), read
//! into events with every row's problems in both languages. Nothing here writes: the application
//! layer previews and stores the rows only when the user accepts, all or none.
//!
//! A time is written `YYYY-MM-DD HH:MM` (optionally `:SS`, optionally with `T`) at the crossing's
//! port, or in the row's zone, or with an explicit offset (`2026-11-01T01:30:00-05:00`). A local
//! time the clocks skip (spring forward) or repeat (fall back) is a problem, not a guess: the
//! repeated hour needs its offset to say which of the two it was.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};
use serde::Serialize;
use ts_rs::TS;

use super::record::CrossingProblem;
use super::timeline::{Event, EventKind, ExamKind, Outcome};
use crate::sheet::{normal_header, read, Columns, SheetError};

/// The largest file accepted (a year of a fleet's events is a few MB).
pub const MAX_EVENTS_BYTES: usize = 8 * 1024 * 1024;

const COLUMNS: Columns = &[
    ("trip", &["trip", "trip number", "trip no", "viaje", "numero de viaje", "no viaje"]),
    ("event", &["event", "evento", "status", "estatus", "estado"]),
    ("at", &["at", "time", "when", "date time", "datetime", "fecha hora", "fecha y hora", "hora", "instant"]),
    ("zone", &["zone", "time zone", "timezone", "zona", "zona horaria"]),
    ("recorded_by", &["recorded by", "by", "user", "registrado por", "usuario", "quien"]),
    ("note", &["note", "notes", "comment", "nota", "notas", "comentario", "observaciones"]),
    ("cbp", &["cbp", "cbp outcome", "resultado cbp"]),
    ("mx", &["mx", "mexico", "mx outcome", "resultado mexico", "resultado aduana", "aduana"]),
    ("exam", &["exam", "exam kind", "examen", "tipo de examen"]),
];
const REQUIRED: &[&str] = &["trip", "event", "at"];

/// Where a trip's events go: its crossing, the zone its local times are read in, and the events
/// it already has (a row repeating one is refused, so importing the same file twice adds nothing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TripTarget {
    pub crossing_id: String,
    pub zone: Option<String>,
    pub existing: Vec<(EventKind, DateTime<Utc>)>,
}

/// The key trips are matched by: trimmed, upper case, without inner spaces.
pub fn trip_key(trip: &str) -> String {
    trip.split_whitespace().collect::<String>().to_uppercase()
}

/// The trip keys a file names (empty when it cannot be read: the preview then says why).
pub fn trips_named(bytes: &[u8]) -> Vec<String> {
    let Ok(sheet) = read(bytes, MAX_EVENTS_BYTES, COLUMNS, REQUIRED) else { return Vec::new() };
    let keys: HashSet<String> = sheet.rows.iter().map(|(_, r)| trip_key(sheet.get(r, "trip"))).filter(|k| !k.is_empty()).collect();
    keys.into_iter().collect()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EventRow {
    #[ts(type = "number")]
    pub line: u64,
    pub trip_number: String,
    pub crossing_id: Option<String>,
    pub event: Option<Event>,
    pub problems: Vec<CrossingProblem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EventsPreview {
    pub rows: Vec<EventRow>,
    pub ignored_columns: Vec<String>,
    pub encoding: String,
}

impl EventsPreview {
    pub fn accepted(&self) -> usize {
        self.rows.iter().filter(|r| r.problems.is_empty()).count()
    }
}

fn p(path: &str, code: &str, en: String, es: String) -> CrossingProblem {
    CrossingProblem { path: path.to_owned(), code: code.to_owned(), message_en: en, message_es: es }
}

/// Spanish names dispatchers write for each event, besides the stable code.
const SPANISH: &[(EventKind, &[&str])] = &[
    (EventKind::EmanifestFiled, &["manifiesto enviado", "e manifest enviado"]),
    (EventKind::EmanifestAccepted, &["manifiesto aceptado", "e manifest aceptado"]),
    (EventKind::EmanifestRejected, &["manifiesto rechazado", "e manifest rechazado"]),
    (EventKind::EntryOnFile, &["entry en archivo", "entrada registrada"]),
    (EventKind::PedimentoPaid, &["pedimento pagado"]),
    (EventKind::DodaGenerated, &["doda generado", "doda"]),
    (EventKind::MxSelectionGreen, &["verde", "semaforo verde", "desaduanamiento libre"]),
    (EventKind::MxSelectionRed, &["rojo", "semaforo rojo", "reconocimiento aduanero"]),
    (EventKind::MxExamReleased, &["reconocimiento liberado", "liberado en reconocimiento"]),
    (EventKind::MxExamHeld, &["reconocimiento retenido", "retenido en reconocimiento"]),
    (EventKind::ArrivedUsBooth, &["llegada a caseta", "en caseta", "llegada caseta eua"]),
    (EventKind::UcpJointInspection, &["revision conjunta", "inspeccion conjunta", "ucp"]),
    (EventKind::SecondaryExam, &["secundaria", "revision secundaria"]),
    (EventKind::Released, &["liberado"]),
    (EventKind::Held, &["retenido"]),
    (EventKind::Refused, &["rechazado", "negado"]),
    (EventKind::Returned, &["devuelto", "regresado"]),
    (EventKind::Cleared, &["despachado", "concluido"]),
    (EventKind::Cancelled, &["cancelado", "viaje cancelado"]),
];

/// An event named by its code ("mx-selection-green", "MX_SELECTION_GREEN") or a Spanish name.
pub fn event_kind(text: &str) -> Option<EventKind> {
    let n = normal_header(text);
    EventKind::ALL
        .into_iter()
        .find(|k| normal_header(k.code()) == n)
        .or_else(|| SPANISH.iter().find(|(_, names)| names.iter().any(|x| normal_header(x) == n)).map(|(k, _)| *k))
}

fn outcome(text: &str) -> Option<Option<Outcome>> {
    match normal_header(text).as_str() {
        "" => Some(None),
        "released" | "liberado" | "green" | "verde" => Some(Some(Outcome::Released)),
        "referred" | "referido" | "secondary" | "secundaria" => Some(Some(Outcome::Referred)),
        "held" | "retenido" => Some(Some(Outcome::Held)),
        _ => None,
    }
}

fn exam(text: &str) -> Option<Option<ExamKind>> {
    match normal_header(text).replace(' ', "").as_str() {
        "" => Some(None),
        "xray" | "rayosx" | "vacis" | "nii" => Some(Some(ExamKind::Xray)),
        "physical" | "fisico" | "fisica" => Some(Some(ExamKind::Physical)),
        "agricultural" | "agricultura" | "agricola" => Some(Some(ExamKind::Agricultural)),
        _ => None,
    }
}

/// A row's time: with an offset as written, else local in `zone`.
fn instant(text: &str, zone: Option<&str>) -> Result<DateTime<Utc>, (String, String, &'static str)> {
    let t = text.trim();
    // With an offset, as written ("2026-11-01 01:30-05:00", with or without seconds, T or space).
    let with_offset = ["%Y-%m-%dT%H:%M:%S%:z", "%Y-%m-%d %H:%M:%S%:z", "%Y-%m-%dT%H:%M%:z", "%Y-%m-%d %H:%M%:z"];
    if let Some(x) = DateTime::parse_from_rfc3339(t).ok().or_else(|| with_offset.iter().find_map(|f| DateTime::parse_from_str(t, f).ok())) {
        return Ok(x.with_timezone(&Utc));
    }
    let local = ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(t, f).ok())
        .ok_or_else(|| {
            (
                format!("{t:?} is not a time written YYYY-MM-DD HH:MM"),
                format!("{t:?} no es una hora escrita AAAA-MM-DD HH:MM"),
                "event.time_format",
            )
        })?;
    let Some(zone) = zone else {
        return Err((
            format!("{t:?} has no offset and the trip has no port zone: add the zone column"),
            format!("{t:?} no tiene desfase y el viaje no tiene zona del puerto: agregue la columna de zona"),
            "event.zone_required",
        ));
    };
    let tz: chrono_tz::Tz = zone
        .parse()
        .map_err(|_| (format!("unknown time zone {zone:?}"), format!("zona horaria desconocida {zone:?}"), "event.unknown_zone"))?;
    match tz.from_local_datetime(&local) {
        LocalResult::Single(x) => Ok(x.with_timezone(&Utc)),
        LocalResult::Ambiguous(a, b) => Err((
            format!(
                "{t} happens twice in {zone} (the clocks go back): write it with its offset, {} or {}",
                a.format("%:z"),
                b.format("%:z")
            ),
            format!(
                "{t} ocurre dos veces en {zone} (el reloj se atrasa): escríbala con su desfase, {} o {}",
                a.format("%:z"),
                b.format("%:z")
            ),
            "event.time_ambiguous",
        )),
        LocalResult::None => Err((
            format!("{t} does not exist in {zone}: the clocks skip it when daylight saving time starts"),
            format!("{t} no existe en {zone}: el reloj la salta al empezar el horario de verano"),
            "event.time_skipped",
        )),
    }
}

/// Reads `bytes` into events for the trips of `trips` (keyed by [`trip_key`]). `recorded_by` is
/// used where a row does not say who recorded it.
pub fn preview(bytes: &[u8], trips: &HashMap<String, TripTarget>, recorded_by: &str) -> Result<EventsPreview, SheetError> {
    let sheet = read(bytes, MAX_EVENTS_BYTES, COLUMNS, REQUIRED)?;
    let mut rows = Vec::with_capacity(sheet.rows.len());
    let mut seen: HashSet<(String, EventKind, DateTime<Utc>)> = HashSet::new();
    for (line, rec) in &sheet.rows {
        let get = |f: &str| sheet.get(rec, f);
        let mut problems = Vec::new();
        let trip_number = get("trip").to_owned();
        let target = trips.get(&trip_key(&trip_number));
        if trip_number.is_empty() {
            problems.push(p("trip", "event.trip_required", "The trip number is empty".into(), "El número de viaje está vacío".into()));
        } else if target.is_none() {
            problems.push(p(
                "trip",
                "event.unknown_trip",
                format!("No crossing has trip number {trip_number}"),
                format!("Ningún cruce tiene el número de viaje {trip_number}"),
            ));
        }
        let kind = event_kind(get("event"));
        if kind.is_none() {
            problems.push(p(
                "event",
                "event.unknown_kind",
                format!("{:?} is not an event Cruce knows (for example: released, mx-selection-green)", get("event")),
                format!("{:?} no es un evento que Cruce conozca (por ejemplo: liberado, semaforo verde)", get("event")),
            ));
        }
        let zone = Some(get("zone")).filter(|z| !z.is_empty()).or(target.and_then(|t| t.zone.as_deref()));
        let at = match instant(get("at"), zone) {
            Ok(at) => Some(at),
            // A row of no known trip has no zone to read its time in: the trip is its problem.
            Err((_, _, "event.zone_required")) if target.is_none() => None,
            Err((en, es, code)) => {
                problems.push(p("at", code, en, es));
                None
            }
        };
        let read_outcome = |column: &str, problems: &mut Vec<CrossingProblem>| {
            outcome(get(column)).unwrap_or_else(|| {
                problems.push(p(
                    column,
                    "event.outcome",
                    format!("{:?} in column {column} is not released, referred or held", get(column)),
                    format!("{:?} en la columna {column} no es liberado, referido ni retenido", get(column)),
                ));
                None
            })
        };
        let cbp = read_outcome("cbp", &mut problems);
        let mx = read_outcome("mx", &mut problems);
        let exam = exam(get("exam")).unwrap_or_else(|| {
            problems.push(p(
                "exam",
                "event.exam",
                format!("{:?} is not x-ray, physical or agricultural", get("exam")),
                format!("{:?} no es rayos X, físico ni agrícola", get("exam")),
            ));
            None
        });
        if let (Some(kind), Some(at), Some(t)) = (kind, at, target) {
            if t.existing.contains(&(kind, at)) {
                problems.push(p(
                    "event",
                    "event.already_recorded",
                    format!("Trip {trip_number} already has this event at this time"),
                    format!("El viaje {trip_number} ya tiene este evento a esta hora"),
                ));
            } else if !seen.insert((t.crossing_id.clone(), kind, at)) {
                problems.push(p(
                    "event",
                    "event.twice_in_file",
                    format!("The file has this event of trip {trip_number} twice"),
                    format!("El archivo tiene dos veces este evento del viaje {trip_number}"),
                ));
            }
        }
        let event = match (kind, at) {
            (Some(kind), Some(at)) => Some(Event {
                id: String::new(),
                kind,
                at,
                zone: zone.unwrap_or("UTC").to_owned(),
                recorded_by: Some(get("recorded_by")).filter(|s| !s.is_empty()).unwrap_or(recorded_by).to_owned(),
                note: get("note").to_owned(),
                cbp,
                mx,
                exam,
                corrects: None,
            }),
            _ => None,
        };
        rows.push(EventRow { line: *line, trip_number, crossing_id: target.map(|t| t.crossing_id.clone()), event, problems });
    }
    Ok(EventsPreview { rows, ignored_columns: sheet.ignored_columns, encoding: sheet.encoding.to_owned() })
}
