//! Standard Carrier Alpha Code (NMFTA) and the ACE shipment control number built on it.
//!
//! A motor carrier's SCAC is 4 letters; codes ending in U (containers), X (private rail cars) or
//! Z (trailers/chassis) identify equipment, not carriers. The SCN of an e-Manifest shipment is the
//! carrier's SCAC followed by up to 12 letters or digits.

use std::fmt;

use super::{all_alnum, normalize, IdError, Noun, Text};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Scac(String);

impl Scac {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        const WHAT: Noun = Noun { en: "SCAC", es: "el SCAC", feminine: false };
        let s = normalize(raw);
        if s.is_empty() {
            return Err(IdError::Empty { what: WHAT });
        }
        if s.chars().count() != 4 {
            return Err(IdError::Length {
                what: WHAT,
                expected: Text { en: "4 characters", es: "4 caracteres" },
                found: s.chars().count(),
            });
        }
        if !s.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(IdError::Format { what: WHAT, pattern: Text { en: "4 letters", es: "4 letras" } });
        }
        if s.ends_with(['U', 'X', 'Z']) {
            return Err(IdError::Invalid {
                what: WHAT,
                reason: Text {
                    en: "a SCAC ending in U, X or Z belongs to equipment, not to a carrier",
                    es: "un SCAC que termina en U, X o Z es de equipo, no de un transportista",
                },
            });
        }
        Ok(Self(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Scac {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// ACE e-Manifest shipment control number: SCAC + 1 to 12 letters or digits, upper case, no
/// spaces. The carrier's manifest and the broker's entry must carry the same SCN.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ShipmentControlNumber(String);

impl ShipmentControlNumber {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        const WHAT: Noun = Noun { en: "shipment control number", es: "el número de control del embarque (SCN)", feminine: false };
        let s = normalize(raw);
        if s.is_empty() {
            return Err(IdError::Empty { what: WHAT });
        }
        let len = s.chars().count();
        if !(5..=16).contains(&len) {
            return Err(IdError::Length {
                what: WHAT,
                expected: Text { en: "5 to 16 characters", es: "de 5 a 16 caracteres" },
                found: len,
            });
        }
        if !all_alnum(&s) || !s[..4].bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(IdError::Format {
                what: WHAT,
                pattern: Text {
                    en: "the carrier's SCAC followed by up to 12 letters or digits",
                    es: "el SCAC del transportista seguido de hasta 12 letras o dígitos",
                },
            });
        }
        Ok(Self(s))
    }

    /// The first four characters: the SCAC of the carrier that issued it.
    pub fn scac_prefix(&self) -> &str {
        &self.0[..4]
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scac_rules() {
        assert_eq!(Scac::parse(" abcd ").unwrap().as_str(), "ABCD");
        for (raw, code) in
            [("", "empty"), ("ABC", "length"), ("AB1D", "format"), ("MSCU", "invalid"), ("TTXX", "invalid"), ("TRLZ", "invalid")]
        {
            assert_eq!(Scac::parse(raw).unwrap_err().code(), code, "{raw}");
        }
    }

    #[test]
    fn scn_rules() {
        let scn = ShipmentControlNumber::parse("abcd123456789012").unwrap();
        assert_eq!((scn.as_str(), scn.scac_prefix()), ("ABCD123456789012", "ABCD"));
        for (raw, code) in [("ABCD", "length"), ("ABCD1234567890123", "length"), ("AB12345", "format"), ("ABCD 1234", "format")] {
            assert_eq!(ShipmentControlNumber::parse(raw).unwrap_err().code(), code, "{raw}");
        }
    }
}
