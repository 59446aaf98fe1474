//! Reading a carrier's own list of drivers or equipment (CSV with a header row) into registry
//! records, with every row's problems in both languages. Nothing here writes: the application
//! layer shows the preview and stores the rows only when the user accepts, all or none.
//!
//! Dates must be written YYYY-MM-DD: 03/04/2027 is 3 April in Mexico and 4 March in the United
//! States, and a guess would put a wrong expiry on a FAST card.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::check::{check_record, RecordProblem};
use crate::reference::Reference;
use crate::trader::{fold, plate_key, registry_id_key, Driver, Equipment, EquipmentKind, FastCard, Registry, TraderRecord};

/// Largest file accepted: a carrier's fleet of 50,000 rows is about 5 MB.
pub const MAX_IMPORT_BYTES: usize = 8 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ImportKind {
    Drivers,
    Equipment,
}

/// Why a file cannot be read at all (the shared spreadsheet reader's errors).
pub use crate::sheet::SheetError as ImportError;

/// One row as it will be stored, or why it cannot be.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewRow {
    /// Line of the file (the header is line 1).
    #[ts(type = "number")]
    pub line: u64,
    pub record: TraderRecord,
    pub problems: Vec<RecordProblem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub kind: ImportKind,
    pub rows: Vec<PreviewRow>,
    /// Columns of the file Cruce does not read (kept in the carrier's file, not in the registry).
    pub ignored_columns: Vec<String>,
    /// How the file's text was read: "UTF-8", or "Windows-1252" for a file Excel saved so.
    pub encoding: String,
}

impl ImportPreview {
    /// Rows with no problem.
    pub fn accepted(&self) -> usize {
        self.rows.iter().filter(|r| r.problems.is_empty()).count()
    }
}

/// Column names as people write them, English or Spanish, to the field they fill.
const DRIVER_COLUMNS: crate::sheet::Columns = &[
    ("name", &["name", "nombre", "driver", "operador"]),
    ("nationality", &["nationality", "nacionalidad", "country", "pais"]),
    ("passid", &["passid", "fast", "fast card", "fast_card", "tarjeta fast", "fast passid"]),
    ("fast_expires", &["fast expires", "fast_expires", "fast expiry", "vencimiento fast", "fast_expiry"]),
    ("ace_id", &["ace id", "ace_id", "aceid"]),
    ("licence", &["licence", "license", "licencia", "licence number", "license number"]),
    ("licence_issuer", &["licence issuer", "license issuer", "licence_state", "license state", "emisor licencia"]),
    ("licence_expires", &["licence expires", "license expires", "licence_expires", "vencimiento licencia"]),
];
const DRIVER_REQUIRED: &[&str] = &["name"];

const EQUIPMENT_COLUMNS: crate::sheet::Columns = &[
    ("kind", &["kind", "type", "tipo"]),
    ("number", &["number", "unit", "unit number", "numero", "numero economico", "economico"]),
    ("plate", &["plate", "placa", "placas"]),
    ("plate_state", &["plate state", "plate_state", "estado", "estado placa", "state"]),
    ("plate_country", &["plate country", "plate_country", "pais placa", "country", "pais"]),
    ("vin", &["vin", "niv", "serie"]),
    ("transponder", &["transponder", "decal", "ace conveyance id", "conveyance id"]),
];
const EQUIPMENT_REQUIRED: &[&str] = &["kind", "plate"];

fn row_problem(path: &str, code: &str, en: String, es: String) -> RecordProblem {
    RecordProblem { path: path.to_owned(), code: code.to_owned(), message_en: en, message_es: es }
}

fn date(value: &str, column: &str, problems: &mut Vec<RecordProblem>) -> Option<NaiveDate> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    match NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        Ok(d) => Some(d),
        Err(_) => {
            problems.push(row_problem(
                column,
                "date.format",
                format!("{v:?} in column {column} is not a date written YYYY-MM-DD"),
                format!("{v:?} en la columna {column} no es una fecha escrita AAAA-MM-DD"),
            ));
            None
        }
    }
}

/// Reads `bytes` as a list of `kind` for the carrier `carrier_id`. `registry` supplies the
/// PASSIDs and plates already held, which a row may not repeat.
pub fn preview(bytes: &[u8], kind: ImportKind, carrier_id: &str, registry: &Registry, r: &Reference) -> Result<ImportPreview, ImportError> {
    let (columns, required) = match kind {
        ImportKind::Drivers => (DRIVER_COLUMNS, DRIVER_REQUIRED),
        ImportKind::Equipment => (EQUIPMENT_COLUMNS, EQUIPMENT_REQUIRED),
    };
    let sheet = crate::sheet::read(bytes, MAX_IMPORT_BYTES, columns, required)?;
    let mut rows = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for (line, rec) in &sheet.rows {
        let line = *line;
        let get = |field: &str| sheet.get(rec, field).to_owned();
        let mut problems = Vec::new();
        let record = match kind {
            ImportKind::Drivers => {
                let passid = get("passid");
                let fast_expires = date(&get("fast_expires"), "fast_expires", &mut problems);
                let driver = Driver {
                    name: get("name"),
                    nationality: get("nationality").to_uppercase(),
                    carrier_id: carrier_id.to_owned(),
                    fast_card: (!passid.is_empty() || fast_expires.is_some())
                        .then(|| FastCard { passid: passid.clone(), expires_on: fast_expires }),
                    ace_id: get("ace_id"),
                    licence_number: get("licence"),
                    licence_issuer: get("licence_issuer"),
                    licence_expires_on: date(&get("licence_expires"), "licence_expires", &mut problems),
                    archived: false,
                };
                let key = registry_id_key(&passid);
                if !key.is_empty() {
                    if let Some(first) = seen.insert(key.clone(), line) {
                        problems.push(row_problem(
                            "passid",
                            "import.duplicate_passid",
                            format!("PASSID {passid} is also on line {first}"),
                            format!("El PASSID {passid} también está en la línea {first}"),
                        ));
                    } else if registry.passid_held(&key) {
                        let holder = registry.driver_by_passid(&key).map(|d| d.record.name.as_str()).unwrap_or("another driver");
                        let holder_es = registry.driver_by_passid(&key).map(|d| d.record.name.as_str()).unwrap_or("otro operador");
                        problems.push(row_problem(
                            "passid",
                            "import.passid_in_registry",
                            format!("PASSID {passid} already belongs to {holder} in the registry"),
                            format!("El PASSID {passid} ya pertenece a {holder_es} en el registro"),
                        ));
                    }
                }
                TraderRecord::Driver(driver)
            }
            ImportKind::Equipment => {
                let kind_text = fold(&get("kind"));
                let equipment_kind = match kind_text.as_str() {
                    "tractor" | "truck" | "tracto" | "tractocamion" | "camion" => Some(EquipmentKind::Tractor),
                    "trailer" | "remolque" | "caja" | "semirremolque" => Some(EquipmentKind::Trailer),
                    _ => None,
                };
                if equipment_kind.is_none() {
                    problems.push(row_problem(
                        "kind",
                        "import.equipment_kind",
                        format!("{:?} is neither tractor nor trailer", get("kind")),
                        format!("{:?} no es tractocamión ni remolque", get("kind")),
                    ));
                }
                let plate = get("plate").to_uppercase();
                let e = Equipment {
                    kind: equipment_kind.unwrap_or_default(),
                    number: get("number"),
                    carrier_id: carrier_id.to_owned(),
                    plate: plate.clone(),
                    plate_state: get("plate_state").to_uppercase(),
                    plate_country: get("plate_country").to_uppercase(),
                    vin: get("vin").to_uppercase(),
                    transponder: get("transponder"),
                    archived: false,
                };
                let key = plate_key(&plate, &e.plate_state, &e.plate_country);
                if !plate.is_empty() {
                    if let Some(first) = seen.insert(key, line) {
                        problems.push(row_problem(
                            "plate",
                            "import.duplicate_plate",
                            format!("Plate {plate} is also on line {first}"),
                            format!("La placa {plate} también está en la línea {first}"),
                        ));
                    } else if registry.plate_held(&plate, &e.plate_state, &e.plate_country) {
                        problems.push(row_problem(
                            "plate",
                            "import.plate_in_registry",
                            format!("Plate {plate} ({}-{}) is already in the registry", e.plate_state, e.plate_country),
                            format!("La placa {plate} ({}-{}) ya está en el registro", e.plate_state, e.plate_country),
                        ));
                    }
                }
                TraderRecord::Equipment(e)
            }
        };
        problems.extend(check_record(&record, r).into_iter().filter(|p| p.path != "carrierId"));
        rows.push(PreviewRow { line, record, problems });
    }
    Ok(ImportPreview { kind, rows, ignored_columns: sheet.ignored_columns, encoding: sheet.encoding.to_owned() })
}
