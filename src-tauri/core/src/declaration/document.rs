//! The declaration as a versioned JSON document: reading with clear errors, writing.

use super::Declaration;

/// The layout version this build writes.
///
/// 2 (Cruce 0.2): the U.S. export's EEI, the clearance aduana, invoice charges, chapter 99 numbers,
/// metal origin and IGI rate per line, linked documents. Every field added since 1 has a default,
/// so a version-1 document reads as version 2 with those fields empty.
///
/// 3 (Cruce 0.3): the trusted-trader part (`trusted`: the FAST lane claim and the registry records
/// parties were picked from); a version-2 document reads as version 3 with it empty.
pub const SCHEMA_VERSION: u32 = 3;

/// The oldest layout this build still reads (and upgrades on reading).
pub const OLDEST_SCHEMA_VERSION: u32 = 1;

/// Largest document accepted: a 1,000-line declaration is about 1 MB; this leaves room and stops a
/// wrong file (a video, a database) before it is parsed.
pub const MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("the document is {size} bytes; at most {max} are accepted")]
    TooLarge { size: usize, max: usize },
    #[error("the document is not JSON: {message} (line {line}, column {column})")]
    Syntax { message: String, line: usize, column: usize },
    #[error("the document has no schemaVersion: is it a Cruce declaration?")]
    NoSchemaVersion,
    #[error("the document has schema version {found}; this version of Cruce reads versions {oldest} to {supported}")]
    UnsupportedVersion { found: u64, oldest: u32, supported: u32 },
    #[error("{path}: {message}")]
    Field { path: String, message: String },
}

impl Declaration {
    /// Reads a declaration document, naming the field at fault when a value has the wrong type.
    pub fn from_json(text: &str) -> Result<Self, DocumentError> {
        if text.len() > MAX_DOCUMENT_BYTES {
            return Err(DocumentError::TooLarge { size: text.len(), max: MAX_DOCUMENT_BYTES });
        }
        // Fast path for the common case, a well-formed document of this version: read it straight
        // into the types. Anything else goes the slower way below, which names the problem.
        if let Ok(d) = serde_json::from_str::<Declaration>(text) {
            if d.schema_version == SCHEMA_VERSION {
                return Ok(d);
            }
        }
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| DocumentError::Syntax {
            message: e.to_string().split(" at line").next().unwrap_or_default().to_owned(),
            line: e.line(),
            column: e.column(),
        })?;
        Self::from_value(value)
    }

    /// Reads a declaration already parsed as JSON (as it arrives over IPC).
    pub fn from_value(value: serde_json::Value) -> Result<Self, DocumentError> {
        match value.get("schemaVersion").map(serde_json::Value::as_u64) {
            None => return Err(DocumentError::NoSchemaVersion),
            Some(Some(v)) if (u64::from(OLDEST_SCHEMA_VERSION)..=u64::from(SCHEMA_VERSION)).contains(&v) => {}
            Some(Some(found)) => {
                return Err(DocumentError::UnsupportedVersion { found, oldest: OLDEST_SCHEMA_VERSION, supported: SCHEMA_VERSION })
            }
            Some(None) => return Err(DocumentError::Field { path: "schemaVersion".into(), message: "must be a whole number".into() }),
        }
        let mut declaration: Declaration = serde_path_to_error::deserialize(value)
            .map_err(|e| DocumentError::Field { path: display_path(&e.path().to_string()), message: e.inner().to_string() })?;
        // An older layout lacks only fields that have defaults: it is now this version's document.
        declaration.schema_version = SCHEMA_VERSION;
        Ok(declaration)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a declaration always serializes")
    }
}

/// `lines[3].hts` rather than serde_path_to_error's `lines[3].hts` with a leading `.`.
fn display_path(path: &str) -> String {
    let p = path.trim_start_matches('.');
    if p.is_empty() {
        "(document)".to_owned()
    } else {
        p.to_owned()
    }
}
