//! Mexican taxpayer ID (RFC, Registro Federal de Contribuyentes).
//!
//! Legal entities (persona moral) have 12 characters, individuals (persona física) 13: letters
//! from the name, the date YYMMDD, a 2-character homoclave and a check digit. About 1.5 % of RFCs
//! in use fail the published check-digit algorithm, so a wrong check digit is a warning
//! ([`Rfc::check_digit_ok`]), not a refusal (python-stdnum `mx/rfc.py`; SAT/IFAI algorithm).

use std::fmt;

use chrono::NaiveDate;

use super::{normalize, IdError, Noun, Text};

const WHAT: Noun = Noun { en: "RFC", es: "el RFC", feminine: false };
/// Character values for the check digit: 0–9, A=10 … N=23, &=24, O=25 … Z=36, space=37, Ñ=38.
const ALPHABET: &str = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";
/// SAT's generic RFCs for the general public and for foreign residents.
const GENERIC: [&str; 2] = ["XAXX010101000", "XEXX010101000"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RfcKind {
    /// Persona moral: a company or other legal entity (12 characters).
    Entity,
    /// Persona física: an individual (13 characters).
    Individual,
    /// XAXX010101000 or XEXX010101000.
    Generic,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rfc {
    value: String,
    kind: RfcKind,
    check_digit_ok: bool,
}

impl Rfc {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        let s: String = normalize(raw).chars().filter(|c| *c != '-' && *c != ' ').collect();
        if s.is_empty() {
            return Err(IdError::Empty { what: WHAT });
        }
        if GENERIC.contains(&s.as_str()) {
            return Ok(Self { value: s, kind: RfcKind::Generic, check_digit_ok: true });
        }
        let chars: Vec<char> = s.chars().collect();
        let kind = match chars.len() {
            12 => RfcKind::Entity,
            13 => RfcKind::Individual,
            n => {
                return Err(IdError::Length {
                    what: WHAT,
                    expected: Text {
                        en: "12 characters (company) or 13 (individual)",
                        es: "12 caracteres (persona moral) o 13 (persona física)",
                    },
                    found: n,
                })
            }
        };
        let letters = chars.len() - 9;
        let name_ok = chars[..letters].iter().all(|c| c.is_ascii_uppercase() || *c == '&' || *c == 'Ñ');
        let date: String = chars[letters..letters + 6].iter().collect();
        let tail = &chars[letters + 6..];
        let tail_ok =
            matches!(tail[0], '1'..='9' | 'A'..='V') && matches!(tail[1], '1'..='9' | 'A'..='Z') && matches!(tail[2], '0'..='9' | 'A');
        if !name_ok || !date.bytes().all(|b| b.is_ascii_digit()) || !tail_ok {
            return Err(IdError::Format {
                what: WHAT,
                pattern: Text {
                    en: "3 (company) or 4 (individual) letters, the date YYMMDD, homoclave and check digit",
                    es: "3 (persona moral) o 4 (persona física) letras, la fecha AAMMDD, homoclave y dígito verificador",
                },
            });
        }
        if !yymmdd_exists(&date) {
            return Err(IdError::Invalid {
                what: WHAT,
                reason: Text { en: "the date in it does not exist", es: "la fecha que contiene no existe" },
            });
        }
        let expected = check_digit(&chars[..chars.len() - 1]);
        Ok(Self { check_digit_ok: expected == chars[chars.len() - 1], value: s, kind })
    }

    pub fn kind(&self) -> RfcKind {
        self.kind
    }

    /// Whether the last character matches the published algorithm. Some real RFCs fail it.
    pub fn check_digit_ok(&self) -> bool {
        self.check_digit_ok
    }

    /// The check digit the algorithm expects for this RFC.
    pub fn expected_check_digit(&self) -> char {
        let chars: Vec<char> = self.value.chars().collect();
        check_digit(&chars[..chars.len() - 1])
    }

    pub fn as_str(&self) -> &str {
        &self.value
    }
}

/// Whether YYMMDD is a real date in 19YY or 20YY.
pub(crate) fn yymmdd_exists(date: &str) -> bool {
    let n = |r: std::ops::Range<usize>| date.get(r).and_then(|s| s.parse::<u32>().ok());
    match (n(0..2), n(2..4), n(4..6)) {
        (Some(y), Some(m), Some(d)) => [1900, 2000].iter().any(|c| NaiveDate::from_ymd_opt(c + y as i32, m, d).is_some()),
        _ => false,
    }
}

/// Σ value(cᵢ)·(13 − i) over the first 12 characters left-padded with spaces; the digit is
/// (11 − sum) mod 11, with 10 written "A".
fn check_digit(body: &[char]) -> char {
    let padded: Vec<char> = std::iter::repeat_n(' ', 12 - body.len()).chain(body.iter().copied()).collect();
    let sum: usize = padded.iter().enumerate().map(|(i, c)| ALPHABET.chars().position(|a| a == *c).unwrap_or(0) * (13 - i)).sum();
    ALPHABET.chars().nth((11 - sum % 11) % 11).unwrap_or('0')
}

impl fmt::Display for Rfc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_vectors() {
        let moral = Rfc::parse("MAB9307148T4").unwrap();
        assert_eq!((moral.kind(), moral.check_digit_ok()), (RfcKind::Entity, true));
        let fisica = Rfc::parse("gode561231gr8").unwrap();
        assert_eq!((fisica.kind(), fisica.check_digit_ok()), (RfcKind::Individual, true));
        assert_eq!(fisica.as_str(), "GODE561231GR8");
    }

    #[test]
    fn a_wrong_check_digit_parses_with_a_warning_flag() {
        // A known-invalid check digit from the brief: parses, flagged, with the expected digit.
        let rfc = Rfc::parse("VACE460910SX6").unwrap();
        assert!(!rfc.check_digit_ok());
        assert_ne!(rfc.expected_check_digit(), '6');
    }

    #[test]
    fn generic_rfcs_are_accepted() {
        assert_eq!(Rfc::parse("XEXX010101000").unwrap().kind(), RfcKind::Generic);
        assert_eq!(Rfc::parse("XAXX010101000").unwrap().kind(), RfcKind::Generic);
    }

    #[test]
    fn refusals() {
        for (raw, code) in [
            ("", "empty"),
            ("MAB9307148T", "length"),
            ("MA19307148T4", "format"),
            ("MAB931314AT4", "invalid"),
            ("MAB930230AT4", "invalid"),
            ("MAB9307140T4", "format"),
        ] {
            assert_eq!(Rfc::parse(raw).unwrap_err().code(), code, "{raw}");
        }
    }
}
