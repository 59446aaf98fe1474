//! Why an identifier is not valid, in words a broker can act on, in English and Spanish.

/// An identifier's name in both languages; the Spanish carries its article ("la CURP") and the
/// gender the message agrees with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Noun {
    pub en: &'static str,
    pub es: &'static str,
    pub feminine: bool,
}

/// A phrase in both languages (an expected length, a pattern, a reason).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub es: &'static str,
}

impl std::fmt::Display for Noun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.en)
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.en)
    }
}

/// A problem with an identifier. `what` names the identifier ("CBP entry number").
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("the {what} is empty")]
    Empty { what: Noun },
    #[error("the {what} must have {expected}, not {found}")]
    Length { what: Noun, expected: Text, found: usize },
    #[error("the {what} must be written as {pattern}")]
    Format { what: Noun, pattern: Text },
    #[error("the check digit of the {what} should be {expected}, not {found}")]
    CheckDigit { what: Noun, expected: char, found: char },
    #[error("the {what} is not valid: {reason}")]
    Invalid { what: Noun, reason: Text },
}

impl IdError {
    /// A stable code, the same for every identifier kind: `empty`, `length`, `format`,
    /// `check_digit`, `invalid`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty { .. } => "empty",
            Self::Length { .. } => "length",
            Self::Format { .. } => "format",
            Self::CheckDigit { .. } => "check_digit",
            Self::Invalid { .. } => "invalid",
        }
    }

    /// The same message in Spanish, every word of it.
    pub fn spanish(&self) -> String {
        match self {
            Self::Empty { what } => format!("falta {}", what.es),
            Self::Length { what, expected, found } => format!("{} debe tener {}, no {found}", capital(what.es), expected.es),
            Self::Format { what, pattern } => format!("{} debe escribirse como {}", capital(what.es), pattern.es),
            Self::CheckDigit { what, expected, found } => {
                format!("el dígito verificador de {} debería ser {expected}, no {found}", what.es).replace(" de el ", " del ")
            }
            Self::Invalid { what, reason } => {
                format!("{} no es {}: {}", capital(what.es), if what.feminine { "válida" } else { "válido" }, reason.es)
            }
        }
    }
}

use crate::text::capitalize as capital;

#[cfg(test)]
mod tests {
    use super::{IdError, Noun, Text};

    const ENTRY: Noun = Noun { en: "CBP entry number", es: "el número de entry de CBP", feminine: false };
    const CURP: Noun = Noun { en: "CURP", es: "la CURP", feminine: true };

    #[test]
    fn every_error_reads_well_in_both_languages() {
        let e = IdError::CheckDigit { what: ENTRY, expected: '6', found: '5' };
        assert_eq!(e.to_string(), "the check digit of the CBP entry number should be 6, not 5");
        assert_eq!(e.spanish(), "el dígito verificador del número de entry de CBP debería ser 6, no 5");
        let e = IdError::Length { what: CURP, expected: Text { en: "18 characters", es: "18 caracteres" }, found: 17 };
        assert_eq!(e.to_string(), "the CURP must have 18 characters, not 17");
        assert_eq!(e.spanish(), "La CURP debe tener 18 caracteres, no 17");
        assert_eq!(e.code(), "length");
        let e = IdError::Invalid { what: CURP, reason: Text { en: "unknown state code", es: "la clave de entidad federativa no existe" } };
        assert_eq!(e.spanish(), "La CURP no es válida: la clave de entidad federativa no existe", "the adjective agrees");
    }
}
