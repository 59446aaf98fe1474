//! Short codes with a fixed shape: the CBP filer code and the Mexican customs broker's patente.

use std::fmt;

use super::{all_alnum, all_digits, normalize, IdError, Noun, Text};

/// The 3-character entry filer code CBP assigns to a broker (the first part of entry numbers).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FilerCode(String);

impl FilerCode {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        const WHAT: Noun = Noun { en: "filer code", es: "el código de filer", feminine: false };
        let s = normalize(raw);
        if s.is_empty() {
            return Err(IdError::Empty { what: WHAT });
        }
        if s.chars().count() != 3 || !all_alnum(&s) {
            return Err(IdError::Format { what: WHAT, pattern: Text { en: "3 letters or digits", es: "3 letras o dígitos" } });
        }
        if s == "000" {
            return Err(IdError::Invalid {
                what: WHAT,
                reason: Text { en: "the filer code 000 is not assigned", es: "el código de filer 000 no se asigna" },
            });
        }
        Ok(Self(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The 4-digit patente of a Mexican customs broker (agente aduanal), as in the pedimento number.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Patente(String);

impl Patente {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        const WHAT: Noun = Noun { en: "patente", es: "la patente aduanal", feminine: true };
        let s = normalize(raw);
        if s.is_empty() {
            return Err(IdError::Empty { what: WHAT });
        }
        if s.len() != 4 || !all_digits(&s) {
            return Err(IdError::Format { what: WHAT, pattern: Text { en: "4 digits", es: "4 dígitos" } });
        }
        Ok(Self(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for FilerCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for Patente {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(FilerCode::parse("a1b").unwrap().as_str(), "A1B");
        assert_eq!(FilerCode::parse("000").unwrap_err().code(), "invalid");
        assert_eq!(FilerCode::parse("AB").unwrap_err().code(), "format");
        assert_eq!(Patente::parse("3210").unwrap().as_str(), "3210");
        assert_eq!(Patente::parse("321").unwrap_err().code(), "format");
    }
}
