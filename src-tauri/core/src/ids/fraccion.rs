//! Mexico's tariff classification (LIGIE 2022): the 8-digit fracción arancelaria plus the 2-digit
//! NICO (número de identificación comercial), shown `NNNN.NN.NN NN`. Non-tariff regulations apply
//! at the 8-digit level; the pedimento carries the NICO in the "subdivisión" field.

use std::fmt;

use super::{all_digits, strip, tariff_digits, IdError, Noun, Text};

const FRACCION: Noun = Noun { en: "fracción arancelaria", es: "la fracción arancelaria", feminine: true };

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Fraccion(String);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Nico(String);

/// Fracción and NICO together, the 10-digit code of Comercio Exterior 2.0.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FraccionNico {
    pub fraccion: Fraccion,
    pub nico: Nico,
}

impl Fraccion {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        tariff_digits(
            raw,
            FRACCION,
            8,
            Text { en: "NNNN.NN.NN (8 digits)", es: "NNNN.NN.NN (8 dígitos)" },
            Text { en: "8 digits", es: "8 dígitos" },
        )
        .map(Self)
    }

    pub fn hs6(&self) -> &str {
        &self.0[..6]
    }

    pub fn digits(&self) -> &str {
        &self.0
    }
}

impl Nico {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        const WHAT: Noun = Noun { en: "NICO", es: "el NICO", feminine: false };
        let s = strip(raw, &[' ']);
        if s.is_empty() {
            return Err(IdError::Empty { what: WHAT });
        }
        if s.len() != 2 || !all_digits(&s) {
            return Err(IdError::Format { what: WHAT, pattern: Text { en: "2 digits (00–99)", es: "2 dígitos (00–99)" } });
        }
        Ok(Self(s))
    }

    pub fn digits(&self) -> &str {
        &self.0
    }
}

impl FraccionNico {
    /// Parses `NNNN.NN.NN NN` or 10 plain digits.
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        let s = strip(raw, &['.', ' ']);
        if s.len() != 10 || !all_digits(&s) {
            return Err(IdError::Format {
                what: FRACCION,
                pattern: Text { en: "NNNN.NN.NN NN (fracción and NICO, 10 digits)", es: "NNNN.NN.NN NN (fracción y NICO, 10 dígitos)" },
            });
        }
        Ok(Self { fraccion: Fraccion::parse(&s[..8])?, nico: Nico::parse(&s[8..])? })
    }
}

impl fmt::Display for Fraccion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", &self.0[..4], &self.0[4..6], &self.0[6..])
    }
}

impl fmt::Display for FraccionNico {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.fraccion, self.nico.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(FraccionNico::parse("3002.20.10 00").unwrap().to_string(), "3002.20.10 00");
        assert_eq!(FraccionNico::parse("8708999999").unwrap().fraccion.hs6(), "870899");
        assert_eq!(Fraccion::parse("87089999").unwrap().to_string(), "8708.99.99");
        assert_eq!(Nico::parse("7").unwrap_err().code(), "format");
        assert_eq!(Fraccion::parse("8708999").unwrap_err().code(), "length");
        assert_eq!(FraccionNico::parse("0008999999").unwrap_err().code(), "invalid");
    }
}
