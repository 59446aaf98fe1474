//! Mexican population registry key (CURP): 18 characters, with the birth date, sex, state of
//! birth and a check digit (python-stdnum `mx/curp.py`, RENAPO).

use std::fmt;

use chrono::NaiveDate;

use super::{normalize, rfc::yymmdd_exists, IdError, Noun, Text};

const WHAT: Noun = Noun { en: "CURP", es: "la CURP", feminine: true };
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
            return Err(IdError::Length { what: WHAT, expected: Text { en: "18 characters", es: "18 caracteres" }, found: n });
        }
        let b = s.as_bytes();
        let letters = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_uppercase);
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if !(letters(0..4) && digits(4..10) && letters(10..16) && b[16].is_ascii_alphanumeric() && b[17].is_ascii_digit()) {
            return Err(IdError::Format {
                what: WHAT,
                pattern: Text {
                    en: "4 letters, YYMMDD, sex, state, 3 consonants, 2 characters",
                    es: "4 letras, AAMMDD, sexo, entidad, 3 consonantes y 2 caracteres",
                },
            });
        }
        if !yymmdd_exists(&s[4..10]) {
            return Err(IdError::Invalid {
                what: WHAT,
                reason: Text { en: "the date in it does not exist", es: "la fecha que contiene no existe" },
            });
        }
        if birth_date(&s).is_none() {
            return Err(IdError::Invalid {
                what: WHAT,
                reason: Text {
                    en: "its birth date does not exist in the century its 17th character gives (a digit: before 2000; a letter: from 2000)",
                    es: "su fecha de nacimiento no existe en el siglo que indica el carácter 17 (un dígito: antes de 2000; una letra: desde 2000)",
                },
            });
        }
        if !matches!(b[10], b'H' | b'M' | b'X') {
            return Err(IdError::Invalid { what: WHAT, reason: Text { en: "the sex must be H or M", es: "el sexo debe ser H o M" } });
        }
        if !STATES.contains(&&s[11..13]) {
            return Err(IdError::Invalid {
                what: WHAT,
                reason: Text { en: "unknown state code", es: "la clave de entidad federativa no existe" },
            });
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

    /// The date of birth: YYMMDD in positions 5–10, in the century position 17 gives — a digit
    /// for people born before 2000, a letter from 2000 on (RENAPO's homonymy differentiator).
    pub fn birth_date(&self) -> NaiveDate {
        birth_date(&self.0).expect("checked when parsed")
    }

    /// The YYMMDD of the birth date, as an individual's RFC carries it too.
    pub fn yymmdd(&self) -> &str {
        &self.0[4..10]
    }
}

fn birth_date(s: &str) -> Option<NaiveDate> {
    let century = if s.as_bytes()[16].is_ascii_digit() { 1900 } else { 2000 };
    let n = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    NaiveDate::from_ymd_opt(century + n(4..6)? as i32, n(6..8)?, n(8..10)?)
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
        let curp = Curp::parse("boxw310820hnerxn09").unwrap();
        assert_eq!(curp.as_str(), "BOXW310820HNERXN09");
        assert_eq!(curp.birth_date(), NaiveDate::from_ymd_opt(1931, 8, 20).unwrap(), "a digit in position 17: born before 2000");
    }

    #[test]
    fn a_letter_in_position_17_means_born_from_2000() {
        let body = "BOXW050101HNERXNA";
        let curp = format!("{body}{}", check_digit(body));
        assert_eq!(Curp::parse(&curp).unwrap().birth_date(), NaiveDate::from_ymd_opt(2005, 1, 1).unwrap());
        // 29 February 2000 existed; the same date with a digit (1900) did not.
        let leap = format!("BOXW000229HNERXNA{}", check_digit("BOXW000229HNERXNA"));
        assert!(Curp::parse(&leap).is_ok());
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
            // 29 February 1900 did not exist (a digit in position 17 means 19xx).
            ("BOXW000229HNERXN05", "invalid"),
        ] {
            assert_eq!(Curp::parse(raw).unwrap_err().code(), code, "{raw}");
        }
    }
}
