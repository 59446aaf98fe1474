//! Spreadsheet exports as people send them: CSV with a header row, in UTF-8 or in the
//! Windows-1252 Excel writes on a Spanish-language Windows, with column names in English or
//! Spanish. What each file means is its reader's (`trader_entry::csv`, `crossing::events_csv`);
//! this module only turns bytes into named columns and rows, and says why it cannot.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::text::fold;

/// Why a file cannot be read at all (as opposed to a row with problems).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SheetError {
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

impl SheetError {
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

/// Column names as people write them, to the field each fills: `(field, aliases)`.
pub type Columns = &'static [(&'static str, &'static [&'static str])];

/// A file read into rows of named fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// Each row with the line of the file it starts on (the header is line 1).
    pub rows: Vec<(u64, Vec<String>)>,
    at: HashMap<&'static str, usize>,
    /// Columns of the file no field reads.
    pub ignored_columns: Vec<String>,
    /// "UTF-8", or "Windows-1252" for a file Excel saved so.
    pub encoding: &'static str,
}

impl Sheet {
    /// The value of `field` in a row (trimmed; empty when the file has no such column).
    pub fn get<'a>(&self, row: &'a [String], field: &str) -> &'a str {
        self.at.get(field).and_then(|i| row.get(*i)).map(|s| s.trim()).unwrap_or("")
    }

    pub fn has(&self, field: &str) -> bool {
        self.at.contains_key(field)
    }
}

/// A header as compared: folded, with `_` and `-` as spaces.
pub fn normal_header(h: &str) -> String {
    fold(h.trim().trim_start_matches('\u{feff}')).replace(['_', '-'], " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads `bytes` (at most `max`) as CSV whose header names `columns`, each of `required` present.
pub fn read(bytes: &[u8], max: usize, columns: Columns, required: &[&str]) -> Result<Sheet, SheetError> {
    if bytes.len() > max {
        return Err(SheetError::TooLarge { size: bytes.len(), max });
    }
    // A file with a NUL byte is not text at all (a spreadsheet or a PDF picked by mistake).
    if let Some(at) = bytes.iter().position(|b| *b == 0) {
        return Err(SheetError::NotText { at });
    }
    let (text, encoding) = match std::str::from_utf8(bytes) {
        Ok(t) => (Cow::Borrowed(t), "UTF-8"),
        Err(_) => (Cow::Owned(windows_1252(bytes)), "Windows-1252"),
    };
    if text.trim().is_empty() {
        return Err(SheetError::Empty);
    }
    let mut reader = ::csv::ReaderBuilder::new().flexible(false).trim(::csv::Trim::All).from_reader(text.as_bytes());
    let syntax = |e: ::csv::Error| SheetError::Syntax {
        line: e.position().map(|p| p.line()).unwrap_or(1),
        message: match e.kind() {
            ::csv::ErrorKind::UnequalLengths { expected_len, len, .. } => format!("{len} fields where the header has {expected_len}"),
            _ => e.to_string(),
        },
    };
    let headers = reader.headers().map_err(syntax)?.clone();
    let mut at: HashMap<&'static str, usize> = HashMap::new();
    let mut ignored_columns = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        let n = normal_header(h);
        match columns.iter().find(|(_, aliases)| aliases.iter().any(|a| normal_header(a) == n)) {
            Some((field, _)) => {
                if at.insert(field, i).is_some() {
                    return Err(SheetError::DuplicateColumn { column: h.to_owned() });
                }
            }
            None => ignored_columns.push(h.to_owned()),
        }
    }
    if let Some(missing) = required.iter().find(|c| !at.contains_key(*c)) {
        return Err(SheetError::MissingColumn { column: (*missing).to_owned() });
    }
    let mut rows = Vec::new();
    for result in reader.records() {
        let rec = result.map_err(syntax)?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        rows.push((line, rec.iter().map(str::to_owned).collect()));
    }
    if rows.is_empty() {
        return Err(SheetError::NoRows);
    }
    Ok(Sheet { rows, at, ignored_columns, encoding })
}

/// Windows-1252 bytes as text: Latin-1 but for 0x80–0x9F, where it has €, curly quotes and
/// dashes (WHATWG Encoding Standard, index windows-1252).
pub(crate) fn windows_1252(bytes: &[u8]) -> String {
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
