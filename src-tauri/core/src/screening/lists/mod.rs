//! The published lists read into [`ListEntry`]s. Each reader takes the files as bytes (picked by
//! the user or downloaded) and either returns the whole list or says, for the first thing that
//! is wrong, which file, line and what: a list is never half read.

mod csl;
mod dpl;
mod ofac;
mod own;
mod sat69b;

use std::borrow::Cow;

use super::{IdKind, ListEntry, ListKind};

/// The largest list file read (OFAC's sdn.csv is about 4 MB, the 69-B list about 4 MB).
pub const MAX_LIST_BYTES: usize = 256 * 1024 * 1024;

/// A list as read from its files.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedList {
    pub kind: ListKind,
    pub entries: Vec<ListEntry>,
    /// "UTF-8", "Windows-1252" or "ASCII".
    pub encoding: &'static str,
    /// What the list says of its own date, when it says it ("Información actualizada al …").
    pub published: Option<String>,
    /// Things read but worth saying (rows merged, files without their end mark).
    pub notes: Vec<String>,
}

/// Why a list cannot be imported. Nothing is written when this is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ListError {
    #[error("{file} is empty")]
    Empty { file: String },
    #[error("{file} is not a text file (byte {at} is zero: a spreadsheet, a PDF or UTF-16 text?)")]
    NotText { file: String, at: usize },
    #[error("{file} is {size} bytes; at most {max} are accepted")]
    TooLarge { file: String, size: usize, max: usize },
    #[error("{file} ends in the middle of line {line}: the file is cut short")]
    Truncated { file: String, line: u64 },
    #[error("{file} has no column {column:?}")]
    MissingColumn { file: String, column: String },
    #[error("{file}, line {line}: {reason}")]
    BadRow { file: String, line: u64, reason: String },
    #[error("{file} is not a file of the {list} list")]
    UnknownFile { file: String, list: String },
    #[error("the {what} file is missing")]
    MissingFile { what: String },
    #[error("{file} names the entry {id} twice")]
    DuplicateEntry { file: String, id: String },
    #[error("{file}, line {line}: entry {id} is not in the main file (files of different days?)")]
    Mismatched { file: String, line: u64, id: String },
    #[error("{file} holds no entries")]
    NoEntries { file: String },
}

impl ListError {
    /// Stable code of the failure (the window shows its own text for it).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty { .. } => "list.empty",
            Self::NotText { .. } => "list.not_text",
            Self::TooLarge { .. } => "list.too_large",
            Self::Truncated { .. } => "list.truncated",
            Self::MissingColumn { .. } => "list.missing_column",
            Self::BadRow { .. } => "list.bad_row",
            Self::UnknownFile { .. } => "list.unknown_file",
            Self::MissingFile { .. } => "list.missing_file",
            Self::DuplicateEntry { .. } => "list.duplicate_entry",
            Self::Mismatched { .. } => "list.mismatched",
            Self::NoEntries { .. } => "list.no_entries",
        }
    }

    pub fn spanish(&self) -> String {
        match self {
            Self::Empty { file } => format!("{file} está vacío"),
            Self::NotText { file, at } => {
                format!("{file} no es un archivo de texto (el byte {at} es cero: ¿una hoja de cálculo, un PDF o texto UTF-16?)")
            }
            Self::TooLarge { file, size, max } => format!("{file} tiene {size} bytes; se aceptan como máximo {max}"),
            Self::Truncated { file, line } => format!("{file} termina a mitad de la línea {line}: el archivo está incompleto"),
            Self::MissingColumn { file, column } => format!("{file} no tiene la columna {column:?}"),
            Self::BadRow { file, line, reason } => format!("{file}, línea {line}: {reason}"),
            Self::UnknownFile { file, list } => format!("{file} no es un archivo de la lista {list}"),
            Self::MissingFile { what } => format!("falta el archivo {what}"),
            Self::DuplicateEntry { file, id } => format!("{file} nombra dos veces la entrada {id}"),
            Self::Mismatched { file, line, id } => {
                format!("{file}, línea {line}: la entrada {id} no está en el archivo principal (¿archivos de días distintos?)")
            }
            Self::NoEntries { file } => format!("{file} no tiene entradas"),
        }
    }
}

/// A file as given: its name (for messages and to tell OFAC's files apart) and its bytes.
#[derive(Debug, Clone, Copy)]
pub struct ListFile<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// Reads the files of one list.
pub fn read(kind: ListKind, files: &[ListFile<'_>]) -> Result<ParsedList, ListError> {
    for f in files {
        if f.bytes.len() > MAX_LIST_BYTES {
            return Err(ListError::TooLarge { file: f.name.to_owned(), size: f.bytes.len(), max: MAX_LIST_BYTES });
        }
    }
    let one = || -> Result<ListFile<'_>, ListError> {
        match files {
            [f] => Ok(*f),
            [] => Err(ListError::MissingFile { what: kind.name_en().to_owned() }),
            [_, extra, ..] => Err(ListError::UnknownFile { file: extra.name.to_owned(), list: kind.name_en().to_owned() }),
        }
    };
    let list = match kind {
        ListKind::OfacSdn | ListKind::OfacCons => ofac::read(kind, files)?,
        ListKind::Csl => csl::read(one()?)?,
        ListKind::BisDpl => dpl::read(one()?)?,
        ListKind::Sat69b => sat69b::read(one()?)?,
        ListKind::Own => own::read(one()?)?,
    };
    if list.entries.is_empty() {
        return Err(ListError::NoEntries { file: files.iter().map(|f| f.name).collect::<Vec<_>>().join(", ") });
    }
    Ok(list)
}

/// The file as text: UTF-8 (a byte-order mark dropped) or else Windows-1252, which is what SAT
/// and OFAC publish in; a file with a zero byte is not text at all.
pub(crate) fn decode<'a>(file: &ListFile<'a>) -> Result<(Cow<'a, str>, &'static str), ListError> {
    let bytes = file.bytes;
    if bytes.iter().all(|b| b.is_ascii_whitespace() || *b == 0x1a) {
        return Err(ListError::Empty { file: file.name.to_owned() });
    }
    if let Some(at) = bytes.iter().position(|b| *b == 0) {
        return Err(ListError::NotText { file: file.name.to_owned(), at });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    Ok(match std::str::from_utf8(bytes) {
        Ok(t) if t.is_ascii() => (Cow::Borrowed(t), "ASCII"),
        Ok(t) => (Cow::Borrowed(t), "UTF-8"),
        Err(_) => (Cow::Owned(crate::sheet::windows_1252(bytes)), "Windows-1252"),
    })
}

/// Runs of whitespace (line breaks inside a quoted name, no-break spaces) as one space.
pub(crate) fn squash(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The CSV reader's error as a row problem or a cut-off file.
pub(crate) fn csv_error(file: &str, e: &::csv::Error) -> ListError {
    let line = e.position().map(|p| p.line()).unwrap_or(0);
    ListError::BadRow { file: file.to_owned(), line, reason: e.to_string() }
}

/// The labels OFAC and the CSL write for identifiers ("R.F.C.", "Tax ID No.", "Passport"), to
/// the kind compared.
pub(crate) fn id_kind(label: &str) -> IdKind {
    let l = label.to_ascii_uppercase().replace(['.', ' ', '#'], "");
    match l.as_str() {
        "RFC" => IdKind::Rfc,
        "CURP" => IdKind::Curp,
        l if l.contains("PASSPORT") => IdKind::Passport,
        "EIN" | "USFEIN" | "EMPLOYERIDENTIFICATIONNUMBER" | "TAXIDNO" | "USEIN" => IdKind::Ein,
        l if l.contains("NATIONALID") || l.contains("CEDULA") || l == "DNI" || l.contains("CREDENCIALELECTORAL") || l == "CUIP" => {
            IdKind::NationalId
        }
        _ => IdKind::Other,
    }
}

/// Country codes in first-seen order, without repeats.
pub(crate) fn push_country(countries: &mut Vec<String>, name: &str) {
    if let Some(code) = super::names::country_code(name) {
        if !countries.iter().any(|c| c == code) {
            countries.push(code.to_owned());
        }
    }
}
