//! COVE (Comprobante de Valor Electrónico) acknowledgement number issued by VUCEM: "COVE" followed
//! by 9 letters or digits, 13 characters (public COVE implementations; declared in pedimento
//! record 505 as the "acuse de valor").

use std::fmt;

use super::{all_alnum, normalize, IdError, Noun, Text};

const WHAT: Noun = Noun { en: "COVE number", es: "el número de COVE", feminine: false };

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CoveNumber(String);

impl CoveNumber {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        let s = normalize(raw);
        if s.is_empty() {
            return Err(IdError::Empty { what: WHAT });
        }
        let n = s.chars().count();
        if n != 13 {
            return Err(IdError::Length {
                what: WHAT,
                expected: Text { en: "13 characters (COVE + 9)", es: "13 caracteres (COVE + 9)" },
                found: n,
            });
        }
        if !s.starts_with("COVE") || !all_alnum(&s) {
            return Err(IdError::Format {
                what: WHAT,
                pattern: Text { en: "COVE followed by 9 letters or digits", es: "COVE seguido de 9 letras o dígitos" },
            });
        }
        Ok(Self(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CoveNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape() {
        assert_eq!(CoveNumber::parse("cove247163t13").unwrap().as_str(), "COVE247163T13");
        assert_eq!(CoveNumber::parse("COVE247163T1").unwrap_err().code(), "length");
        assert_eq!(CoveNumber::parse("CAVE247163T13").unwrap_err().code(), "format");
        assert_eq!(CoveNumber::parse("COVE247-63T13").unwrap_err().code(), "format");
    }
}
