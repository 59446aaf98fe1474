//! The folio fiscal of a CFDI: the UUID SAT's stamping service assigns (TimbreFiscalDigital 1.1),
//! 36 characters `8-4-4-4-12` hexadecimal; kept upper case as SAT prints it.

use std::fmt;

use super::{normalize, IdError, Noun, Text};

const WHAT: Noun = Noun { en: "CFDI UUID", es: "el folio fiscal (UUID) del CFDI", feminine: false };

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CfdiUuid(String);

impl CfdiUuid {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        let s = normalize(raw);
        if s.is_empty() {
            return Err(IdError::Empty { what: WHAT });
        }
        let n = s.chars().count();
        if n != 36 {
            return Err(IdError::Length {
                what: WHAT,
                expected: Text { en: "36 characters (8-4-4-4-12)", es: "36 caracteres (8-4-4-4-12)" },
                found: n,
            });
        }
        let groups: Vec<&str> = s.split('-').collect();
        let lengths: Vec<usize> = groups.iter().map(|g| g.len()).collect();
        if lengths != [8, 4, 4, 4, 12] || !groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_hexdigit())) {
            return Err(IdError::Format {
                what: WHAT,
                pattern: Text { en: "8-4-4-4-12 hexadecimal characters", es: "8-4-4-4-12 caracteres hexadecimales" },
            });
        }
        Ok(Self(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CfdiUuid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape() {
        let u = CfdiUuid::parse("6f3e8f1a-1b2c-4d5e-8f90-a1b2c3d4e5f6").unwrap();
        assert_eq!(u.as_str(), "6F3E8F1A-1B2C-4D5E-8F90-A1B2C3D4E5F6");
        assert_eq!(CfdiUuid::parse("6F3E8F1A1B2C4D5E8F90A1B2C3D4E5F60000").unwrap_err().code(), "format");
        assert_eq!(CfdiUuid::parse("6F3E8F1A-1B2C-4D5E-8F90-A1B2C3D4E5FG").unwrap_err().code(), "format");
        assert_eq!(CfdiUuid::parse("6F3E8F1A-1B2C-4D5E-8F90").unwrap_err().code(), "length");
    }
}
