//! Importer of record number (CBP Form 7501, "importer number"), in one of three forms:
//! IRS EIN plus a 2-character suffix `NN-NNNNNNNXX`, a Social Security number `NNN-NN-NNNN`, or a
//! CBP-assigned number `YYDDPP-NNNNN` (CBP Form 5106). An ITIN is not accepted by CBP.

use std::fmt;

use super::{all_alnum, all_digits, normalize, IdError, Noun, Text};

const WHAT: Noun = Noun { en: "importer number", es: "el número de importador (IOR)", feminine: false };
const PATTERN: Text = Text {
    en: "NN-NNNNNNNXX (EIN + suffix), NNN-NN-NNNN (SSN) or YYDDPP-NNNNN (CBP-assigned)",
    es: "NN-NNNNNNNXX (EIN + sufijo), NNN-NN-NNNN (SSN) o AADDPP-NNNNN (asignado por CBP)",
};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImporterNumber {
    /// 9-digit EIN and its 2-character suffix (most companies use "00").
    Ein {
        ein: String,
        suffix: String,
    },
    Ssn(String),
    CbpAssigned(String),
}

impl ImporterNumber {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        let s = normalize(raw);
        if s.is_empty() {
            return Err(IdError::Empty { what: WHAT });
        }
        let parts: Vec<&str> = s.split('-').collect();
        let compact: String = s.chars().filter(|c| *c != '-').collect();
        match parts.as_slice() {
            // NN-NNNNNNNXX
            [a, b] if a.len() == 2 && b.len() == 9 && all_digits(a) && all_digits(&b[..7]) && all_alnum(&b[7..]) => ein(&compact),
            // YYDDPP-NNNNN
            [a, b] if a.len() == 6 && b.len() == 5 && all_digits(a) && all_digits(b) => Ok(Self::CbpAssigned(compact)),
            // NNN-NN-NNNN
            [a, b, c] if a.len() == 3 && b.len() == 2 && c.len() == 4 && all_digits(&compact) => ssn(&compact),
            // Without dashes the three forms differ in length (11 characters: EIN + suffix) except
            // SSN (9) and CBP-assigned (11 digits); an 11-digit string is read as CBP-assigned
            // only if written with its dash, so undashed 11 characters mean EIN + suffix.
            [_] if compact.len() == 11 && all_digits(&compact[..9]) && all_alnum(&compact[9..]) => ein(&compact),
            [_] if compact.len() == 9 && all_digits(&compact) => ssn(&compact),
            _ => Err(IdError::Format { what: WHAT, pattern: PATTERN }),
        }
    }
}

/// EIN prefixes the IRS has never assigned: the complement of the valid prefixes it publishes in
/// "How EINs are assigned and valid EIN prefixes" (00, 07–09, 17–19, 28, 29, 49, 69, 70, 78, 79,
/// 89, 96, 97).
pub(crate) const NEVER_ISSUED_EIN_PREFIXES: [&str; 17] =
    ["00", "07", "08", "09", "17", "18", "19", "28", "29", "49", "69", "70", "78", "79", "89", "96", "97"];

/// Whether the first two digits of a 9-digit EIN are a prefix the IRS assigns.
pub(crate) fn ein_prefix_issued(ein: &str) -> bool {
    !NEVER_ISSUED_EIN_PREFIXES.contains(&&ein[..2])
}

fn ein(compact: &str) -> Result<ImporterNumber, IdError> {
    if !ein_prefix_issued(compact) {
        return Err(IdError::Invalid {
            what: WHAT,
            reason: Text {
                en: "its first two digits are an EIN prefix the IRS has never assigned",
                es: "sus dos primeros dígitos son un prefijo de EIN que el IRS nunca ha asignado",
            },
        });
    }
    let suffix = &compact[9..];
    if suffix.contains(['O', 'I', 'Z']) {
        return Err(IdError::Invalid {
            what: WHAT,
            reason: Text { en: "the suffix may not contain O, I or Z", es: "el sufijo no puede contener O, I ni Z" },
        });
    }
    Ok(ImporterNumber::Ein { ein: compact[..9].to_owned(), suffix: suffix.to_owned() })
}

fn ssn(compact: &str) -> Result<ImporterNumber, IdError> {
    let (area, group, serial) = (&compact[..3], &compact[3..5], &compact[5..]);
    // SSA never issues area 000, 666 or 900–999, group 00 or serial 0000.
    if area == "000" || area == "666" || area.starts_with('9') || group == "00" || serial == "0000" {
        return Err(IdError::Invalid {
            what: WHAT,
            reason: Text { en: "this is not a valid Social Security number", es: "no es un número de Seguro Social válido" },
        });
    }
    Ok(ImporterNumber::Ssn(compact.to_owned()))
}

impl fmt::Display for ImporterNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Ein { ein, suffix } => write!(f, "{}-{}{}", &ein[..2], &ein[2..], suffix),
            Self::Ssn(s) => write!(f, "{}-{}-{}", &s[..3], &s[3..5], &s[5..]),
            Self::CbpAssigned(s) => write!(f, "{}-{}", &s[..6], &s[6..]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_forms() {
        assert_eq!(ImporterNumber::parse("12-345678900").unwrap().to_string(), "12-345678900");
        assert_eq!(ImporterNumber::parse("12345678900").unwrap().to_string(), "12-345678900");
        assert!(matches!(ImporterNumber::parse("12-3456789A1").unwrap(), ImporterNumber::Ein { suffix, .. } if suffix == "A1"));
        assert_eq!(ImporterNumber::parse("123-45-6789").unwrap().to_string(), "123-45-6789");
        assert_eq!(ImporterNumber::parse("252304-00012").unwrap().to_string(), "252304-00012");
    }

    #[test]
    fn refusals() {
        let cases: &[(&str, &str)] = &[
            ("", "empty"),
            ("12-3456789OO", "invalid"),
            ("07-123456700", "invalid"),
            ("97-123456700", "invalid"),
            ("00-123456700", "invalid"),
            ("12-34567890Z", "invalid"),
            ("666-12-3456", "invalid"),
            ("900-12-3456", "invalid"),
            ("123-00-4567", "invalid"),
            ("1234-5678", "format"),
            ("AB-345678900", "format"),
        ];
        for (raw, code) in cases {
            assert_eq!(ImporterNumber::parse(raw).unwrap_err().code(), *code, "{raw}");
        }
    }
}
