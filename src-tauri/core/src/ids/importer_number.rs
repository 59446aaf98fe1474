//! Importer of record number (CBP Form 7501, "importer number"), in one of three forms:
//! IRS EIN plus a 2-character suffix `NN-NNNNNNNXX`, a Social Security number `NNN-NN-NNNN`, or a
//! CBP-assigned number `YYDDPP-NNNNN` (CBP Form 5106). An ITIN is not accepted by CBP.

use std::fmt;

use super::{all_alnum, all_digits, normalize, IdError};

const WHAT: &str = "importer number";
const PATTERN: &str = "NN-NNNNNNNXX (EIN + suffix), NNN-NN-NNNN (SSN) or YYDDPP-NNNNN (CBP-assigned)";

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

fn ein(compact: &str) -> Result<ImporterNumber, IdError> {
    let suffix = &compact[9..];
    if suffix.contains(['O', 'I', 'Z']) {
        return Err(IdError::Invalid { what: WHAT, reason: "the suffix may not contain O, I or Z" });
    }
    Ok(ImporterNumber::Ein { ein: compact[..9].to_owned(), suffix: suffix.to_owned() })
}

fn ssn(compact: &str) -> Result<ImporterNumber, IdError> {
    let (area, group, serial) = (&compact[..3], &compact[3..5], &compact[5..]);
    // SSA never issues area 000, 666 or 900–999, group 00 or serial 0000.
    if area == "000" || area == "666" || area.starts_with('9') || group == "00" || serial == "0000" {
        return Err(IdError::Invalid { what: WHAT, reason: "this is not a valid Social Security number" });
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
