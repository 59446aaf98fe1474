//! Mexican population registry key (CURP): 18 characters, with the birth date, sex, state of
//! birth and a check digit (python-stdnum `mx/curp.py`, RENAPO).

use std::fmt;

use super::{normalize, rfc::yymmdd_exists, IdError};

const WHAT: &str = "CURP";
const ALPHABET: &str = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ";
/// State of birth codes; NE means born abroad.
const STATES: [&str; 33] = [
    "AS", "BC", "BS", "CC", "CH", "CL", "CM", "CS", "DF", "DG", "GR", "GT", "HG", "JC", "MC", "MN", "MS", "NE", "NL", "NT", "OC", "PL",
    "QR", "QT", "SL", "SP", "SR", "TC", "TL", "TS", "VZ", "YN", "ZS",
];

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Curp(String);

impl Curp {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        let s = normalize(raw);
        if s.is_empty() {
            return Err(IdError::Empty { what: WHAT });
        }
        let n = s.chars().count();
        if n != 18 {
            return Err(IdError::Length { what: WHAT, expected: "18", found: n });
        }
        let b = s.as_bytes();
        let letters = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_uppercase);
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if !(letters(0..4) && digits(4..10) && letters(10..16) && b[16].is_ascii_alphanumeric() && b[17].is_ascii_digit()) {
            return Err(IdError::Format { what: WHAT, pattern: "4 letters, YYMMDD, sex, state, 3 consonants, 2 characters" });
        }
        if !yymmdd_exists(&s[4..10]) {
            return Err(IdError::Invalid { what: WHAT, reason: "the date in it does not exist" });
        }
        if !matches!(b[10], b'H' | b'M' | b'X') {
            return Err(IdError::Invalid { what: WHAT, reason: "the sex must be H or M" });
        }
        if !STATES.contains(&&s[11..13]) {
            return Err(IdError::Invalid { what: WHAT, reason: "unknown state code" });
        }
        let expected = check_digit(&s[..17]);
        let found = s.chars().last().unwrap_or('?');
        if expected != found {
            return Err(IdError::CheckDigit { what: WHAT, expected, found });
        }
        Ok(Self(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Σ index(cᵢ)·(18 − i) over the first 17 characters; the digit is (10 − sum mod 10) mod 10.
fn check_digit(body: &str) -> char {
    let sum: usize = body.chars().enumerate().map(|(i, c)| ALPHABET.chars().position(|a| a == c).unwrap_or(0) * (18 - i)).sum();
    char::from_digit(((10 - sum % 10) % 10) as u32, 10).unwrap_or('0')
}

impl fmt::Display for Curp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_vector() {
        assert_eq!(Curp::parse("boxw310820hnerxn09").unwrap().as_str(), "BOXW310820HNERXN09");
    }

    #[test]
    fn refusals() {
        for (raw, code) in [
            ("", "empty"),
            ("BOXW310820HNERXN0", "length"),
            ("BOXW3108A0HNERXN09", "format"),
            ("BOXW311320HNERXN09", "invalid"),
            ("BOXW310820ZNERXN09", "invalid"),
            ("BOXW310820HQQRXN09", "invalid"),
            ("BOXW310820HNERXN08", "check_digit"),
        ] {
            assert_eq!(Curp::parse(raw).unwrap_err().code(), code, "{raw}");
        }
    }
}
