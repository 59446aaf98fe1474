//! Pedimento number (Anexo 22, encabezado field 1): 15 digits `YY AA PPPP NNNNNNN` — validation
//! year, aduana of clearance (first 2 digits of its Apéndice 1 code), the broker's patente, and 7
//! digits whose first is the last digit of the current year, followed by a 6-digit progressive.
//! CFDI and Carta Porte print it as 21 characters with two spaces between groups.

use std::fmt;

use super::{all_digits, normalize, IdError, Noun, Text};

const WHAT: Noun = Noun { en: "pedimento number", es: "el número de pedimento", feminine: false };

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PedimentoNumber(String);

impl PedimentoNumber {
    /// Accepts the 15 digits, the printed form `YY  AA  PPPP  NNNNNNN`, or single separators.
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        let s: String = normalize(raw).chars().filter(|c| !matches!(c, ' ' | '-')).collect();
        if s.is_empty() {
            return Err(IdError::Empty { what: WHAT });
        }
        if !all_digits(&s) {
            return Err(IdError::Format {
                what: WHAT,
                pattern: Text { en: "YY  AA  PPPP  NNNNNNN (15 digits)", es: "AA  AA  PPPP  NNNNNNN (15 dígitos)" },
            });
        }
        if s.len() != 15 {
            return Err(IdError::Length { what: WHAT, expected: Text { en: "15 digits", es: "15 dígitos" }, found: s.len() });
        }
        if &s[9..] == "000000" {
            return Err(IdError::Invalid {
                what: WHAT,
                reason: Text { en: "the progressive number 000000 is not used", es: "el número progresivo 000000 no se usa" },
            });
        }
        Ok(Self(s))
    }

    /// Last two digits of the validation year.
    pub fn year(&self) -> &str {
        &self.0[..2]
    }

    /// The 2-digit aduana of clearance.
    pub fn aduana(&self) -> &str {
        &self.0[2..4]
    }

    pub fn patente(&self) -> &str {
        &self.0[4..8]
    }

    /// The 7-digit number used inside the validation file (year digit + progressive).
    pub fn number(&self) -> &str {
        &self.0[8..]
    }

    /// Whether the 9th digit is the last digit of the validation year. It may differ for a
    /// consolidated pedimento started the year before or the original of a rectification, so a
    /// mismatch is a warning.
    pub fn year_digit_consistent(&self) -> bool {
        self.0.as_bytes()[8] == self.0.as_bytes()[1]
    }

    pub fn digits(&self) -> &str {
        &self.0
    }

    /// The 21-character printed form of CFDI 4.0 and Carta Porte 3.1.
    pub fn printed(&self) -> String {
        format!("{}  {}  {}  {}", self.year(), self.aduana(), self.patente(), self.number())
    }
}

impl fmt::Display for PedimentoNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.printed())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_parse_to_the_same_number() {
        let a = PedimentoNumber::parse("264032106000123").unwrap();
        let b = PedimentoNumber::parse("26  40  3210  6000123").unwrap();
        assert_eq!(a, b);
        assert_eq!(a.printed(), "26  40  3210  6000123");
        assert_eq!(a.printed().len(), 21);
        assert_eq!((a.year(), a.aduana(), a.patente(), a.number()), ("26", "40", "3210", "6000123"));
        assert!(a.year_digit_consistent());
        assert!(!PedimentoNumber::parse("264032105000123").unwrap().year_digit_consistent());
    }

    #[test]
    fn refusals() {
        for (raw, code) in [("", "empty"), ("26403210600012", "length"), ("26403210600012X", "format"), ("264032106000000", "invalid")] {
            assert_eq!(PedimentoNumber::parse(raw).unwrap_err().code(), code, "{raw}");
        }
    }
}
