//! Identifiers of both customs systems, each a type that validates on construction.
//!
//! Parsing accepts what people type (surrounding blanks, lower case, the usual separators) and
//! keeps one canonical form. A value that cannot be right is an [`IdError`]; a value that is
//! well-formed but fails an advisory check (RFC and VIN check digits, which some real numbers
//! fail) parses and reports it through the type's own `check_digit_ok` method.

mod cfdi_uuid;
pub mod check;
mod cove;
mod curp;
mod entry_number;
mod error;
mod fraccion;
mod hts;
mod importer_number;
mod mid;
mod pedimento;
mod rfc;
mod scac;
mod simple;
mod vin;

pub use cfdi_uuid::CfdiUuid;
pub use check::{check, IdCheck, KINDS};
pub use cove::CoveNumber;
pub use curp::Curp;
pub use entry_number::EntryNumber;
pub use error::{IdError, Noun, Text};
pub use fraccion::{Fraccion, FraccionNico, Nico};
pub use hts::{AdditionalHts, HtsNumber};
pub(crate) use importer_number::ein_prefix_issued;
pub use importer_number::ImporterNumber;
pub use mid::Mid;
pub use pedimento::PedimentoNumber;
pub use rfc::{Rfc, RfcKind};
pub use scac::{Scac, ShipmentControlNumber};
pub use simple::{FilerCode, Patente};
pub use vin::Vin;

/// Upper-cases and removes surrounding blanks: the normal form every parser starts from.
pub(crate) fn normalize(raw: &str) -> String {
    raw.trim().to_uppercase()
}

/// The value with the given separators removed (for numbers people write with dots or dashes).
pub(crate) fn strip(raw: &str, separators: &[char]) -> String {
    // One pass, one allocation: the separators have no case, so dropping them before upper-casing
    // gives what normalising first would.
    let raw = raw.trim();
    let mut out = String::with_capacity(raw.len());
    if raw.is_ascii() {
        // What people type almost always: a byte loop, no Unicode case tables.
        for b in raw.bytes() {
            if !separators.contains(&(b as char)) {
                out.push(b.to_ascii_uppercase() as char);
            }
        }
    } else {
        out.extend(raw.chars().filter(|c| !separators.contains(c)).flat_map(char::to_uppercase));
    }
    out
}

pub(crate) fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

pub(crate) fn all_alnum(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// A tariff number of `len` digits written with optional dots and blanks; chapters 00 and 77 do
/// not exist in the Harmonized System, on either side of the border.
pub(crate) fn tariff_digits(raw: &str, what: Noun, len: usize, pattern: Text, expected: Text) -> Result<String, IdError> {
    let s = strip(raw, &['.', ' ']);
    if s.is_empty() {
        return Err(IdError::Empty { what });
    }
    if !all_digits(&s) {
        return Err(IdError::Format { what, pattern });
    }
    if s.len() != len {
        return Err(IdError::Length { what, expected, found: s.len() });
    }
    if &s[..2] == "00" || &s[..2] == "77" {
        return Err(IdError::Invalid {
            what,
            reason: Text { en: "chapter 77 and chapter 00 do not exist", es: "los capítulos 77 y 00 no existen" },
        });
    }
    Ok(s)
}
