//! U.S. Harmonized Tariff Schedule number: 10 digits, shown `NNNN.NN.NNNN` (USITC).
//! Digits 1–6 are the international HS subheading, 1–8 the legal tariff line, 9–10 the
//! statistical suffix. Entries must report all 10.

use std::fmt;

use super::{tariff_digits, IdError, Noun, Text};

const WHAT: Noun = Noun { en: "HTS number", es: "la fracción HTS de EE. UU.", feminine: true };

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct HtsNumber(String);

impl HtsNumber {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        tariff_digits(
            raw,
            WHAT,
            10,
            Text { en: "NNNN.NN.NNNN (10 digits)", es: "NNNN.NN.NNNN (10 dígitos)" },
            Text { en: "10 digits", es: "10 dígitos" },
        )
        .map(Self)
    }

    /// The 6-digit international HS subheading, which must agree with Mexico's fracción.
    pub fn hs6(&self) -> &str {
        &self.0[..6]
    }

    pub fn digits(&self) -> &str {
        &self.0
    }

    /// Digits 1–2.
    pub fn chapter(&self) -> &str {
        &self.0[..2]
    }

    /// Digits 1–4.
    pub fn heading(&self) -> &str {
        &self.0[..4]
    }
}

const WHAT_ADDITIONAL: Noun = Noun { en: "chapter 99 number", es: "el número del capítulo 99", feminine: false };

/// A chapter 98 or 99 number filed with a line's commodity number (additional duties, special
/// provisions): 8 digits as the HTSUS prints them (`9903.01.01`), or 10.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AdditionalHts(String);

impl AdditionalHts {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        let s: String = raw.chars().filter(|c| !matches!(c, '.' | ' ')).collect();
        let expected = Text { en: "8 or 10 digits", es: "8 o 10 dígitos" };
        if s.is_empty() {
            return Err(IdError::Empty { what: WHAT_ADDITIONAL });
        }
        if !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(IdError::Format {
                what: WHAT_ADDITIONAL,
                pattern: Text { en: "NNNN.NN.NN (8 digits)", es: "NNNN.NN.NN (8 dígitos)" },
            });
        }
        if s.len() != 8 && s.len() != 10 {
            return Err(IdError::Length { what: WHAT_ADDITIONAL, expected, found: s.len() });
        }
        if !matches!(&s[..2], "98" | "99") {
            return Err(IdError::Invalid {
                what: WHAT_ADDITIONAL,
                reason: Text {
                    en: "only chapter 98 and 99 numbers are filed with a line's commodity number",
                    es: "con la fracción de una partida solo se declaran números de los capítulos 98 y 99",
                },
            });
        }
        Ok(Self(s))
    }

    pub fn digits(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AdditionalHts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", &self.0[..4], &self.0[4..6], &self.0[6..])
    }
}

impl fmt::Display for HtsNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", &self.0[..4], &self.0[4..6], &self.0[6..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_dotted_and_plain() {
        assert_eq!(HtsNumber::parse("8507.60.0020").unwrap().to_string(), "8507.60.0020");
        assert_eq!(HtsNumber::parse("8708999990").unwrap().hs6(), "870899");
        for (raw, code) in [("", "empty"), ("8507.60.00", "length"), ("8507.60.002X", "format"), ("7701.00.0000", "invalid")] {
            assert_eq!(HtsNumber::parse(raw).unwrap_err().code(), code, "{raw}");
        }
        let h = HtsNumber::parse("7208.51.0030").unwrap();
        assert_eq!((h.chapter(), h.heading()), ("72", "7208"));
    }

    #[test]
    fn chapter_99_numbers_have_8_or_10_digits() {
        assert_eq!(AdditionalHts::parse("9903.81.87").unwrap().to_string(), "9903.81.87");
        assert_eq!(AdditionalHts::parse("9802000080").unwrap().to_string(), "9802.00.0080");
        for (raw, code) in [("", "empty"), ("9903.81", "length"), ("9903.8I.87", "format"), ("8507.60.0020", "invalid")] {
            assert_eq!(AdditionalHts::parse(raw).unwrap_err().code(), code, "{raw}");
        }
    }
}
