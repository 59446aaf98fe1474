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

/// Why a file cannot be read at all (as opposed to a row with problems).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("the file is {size} bytes; at most {max} are accepted")]
    TooLarge { size: usize, max: usize },
    #[error("the file is not text (UTF-8) after byte {at}")]
    NotText { at: usize },
    #[error("the file is empty")]
    Empty,
    #[error("the header lacks the column {column:?}")]
    MissingColumn { column: String },
    #[error("the header names the column {column:?} twice")]
    DuplicateColumn { column: String },
    #[error("line {line} cannot be read as CSV: {message}")]
    Syntax { line: u64, message: String },
    #[error("the file has a header and no rows")]
    NoRows,
}

impl ImportError {
    pub fn spanish(&self) -> String {
        match self {
            Self::TooLarge { size, max } => format!("el archivo tiene {size} bytes; se aceptan como máximo {max}"),
            Self::NotText { at } => format!("el archivo no es texto (UTF-8) a partir del byte {at}"),
            Self::Empty => "el archivo está vacío".into(),
            Self::MissingColumn { column } => format!("al encabezado le falta la columna {column:?}"),
            Self::DuplicateColumn { column } => format!("el encabezado nombra dos veces la columna {column:?}"),
            Self::Syntax { line, message } => format!("la línea {line} no se puede leer como CSV: {message}"),
            Self::NoRows => "el archivo tiene encabezado y ninguna fila".into(),
        }
    }
}

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
const DRIVER_COLUMNS: &[(&str, &[&str])] = &[
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

const EQUIPMENT_COLUMNS: &[(&str, &[&str])] = &[
    ("kind", &["kind", "type", "tipo"]),
    ("number", &["number", "unit", "unit number", "numero", "numero economico", "economico"]),
    ("plate", &["plate", "placa", "placas"]),
    ("plate_state", &["plate state", "plate_state", "estado", "estado placa", "state"]),
    ("plate_country", &["plate country", "plate_country", "pais placa", "country", "pais"]),
    ("vin", &["vin", "niv", "serie"]),
    ("transponder", &["transponder", "decal", "ace conveyance id", "conveyance id"]),
];
const EQUIPMENT_REQUIRED: &[&str] = &["kind", "plate"];

fn normal_header(h: &str) -> String {
    fold(h.trim().trim_start_matches('\u{feff}')).replace(['_', '-'], " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

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
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { size: bytes.len(), max: MAX_IMPORT_BYTES });
    }
    // Excel on a Spanish-language Windows saves CSV as Windows-1252: "José" is then one byte
    // 0xE9, not UTF-8. Such a file is read as Windows-1252 and the preview says so; a file with a
    // NUL byte is not text at all (a spreadsheet or a PDF picked by mistake).
    if let Some(at) = bytes.iter().position(|b| *b == 0) {
        return Err(ImportError::NotText { at });
    }
    let (text, encoding) = match std::str::from_utf8(bytes) {
        Ok(t) => (std::borrow::Cow::Borrowed(t), "UTF-8"),
        Err(_) => (std::borrow::Cow::Owned(windows_1252(bytes)), "Windows-1252"),
    };
    let text = text.as_ref();
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let mut reader = ::csv::ReaderBuilder::new().flexible(false).trim(::csv::Trim::All).from_reader(text.as_bytes());
    let syntax = |e: ::csv::Error| ImportError::Syntax {
        line: e.position().map(|p| p.line()).unwrap_or(1),
        message: match e.kind() {
            ::csv::ErrorKind::UnequalLengths { expected_len, len, .. } => format!("{len} fields where the header has {expected_len}"),
            _ => e.to_string(),
        },
    };
    let headers = reader.headers().map_err(syntax)?.clone();
    let (columns, required) = match kind {
        ImportKind::Drivers => (DRIVER_COLUMNS, DRIVER_REQUIRED),
        ImportKind::Equipment => (EQUIPMENT_COLUMNS, EQUIPMENT_REQUIRED),
    };
    let mut at: HashMap<&str, usize> = HashMap::new();
    let mut ignored = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        let n = normal_header(h);
        match columns.iter().find(|(_, aliases)| aliases.iter().any(|a| normal_header(a) == n)) {
            Some((field, _)) => {
                if at.insert(field, i).is_some() {
                    return Err(ImportError::DuplicateColumn { column: h.to_owned() });
                }
            }
            None => ignored.push(h.to_owned()),
        }
    }
    if let Some(missing) = required.iter().find(|c| !at.contains_key(*c)) {
        return Err(ImportError::MissingColumn { column: (*missing).to_owned() });
    }
    let mut rows = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for result in reader.records() {
        let rec = result.map_err(syntax)?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let get = |field: &str| at.get(field).and_then(|i| rec.get(*i)).unwrap_or("").trim().to_owned();
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
    if rows.is_empty() {
        return Err(ImportError::NoRows);
    }
    Ok(ImportPreview { kind, rows, ignored_columns: ignored, encoding: encoding.to_owned() })
}

/// Windows-1252 bytes as text: Latin-1 but for 0x80–0x9F, where it has €, curly quotes and
/// dashes (WHATWG Encoding Standard, index windows-1252).
fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•',
        '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}
