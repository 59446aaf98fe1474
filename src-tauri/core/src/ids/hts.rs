//! U.S. Harmonized Tariff Schedule number: 10 digits, shown `NNNN.NN.NNNN` (USITC).
//! Digits 1–6 are the international HS subheading, 1–8 the legal tariff line, 9–10 the
//! statistical suffix. Entries must report all 10.

use std::fmt;

use super::{tariff_digits, IdError};

const WHAT: &str = "HTS number";

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct HtsNumber(String);

impl HtsNumber {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        tariff_digits(raw, WHAT, 10, "NNNN.NN.NNNN (10 digits)", "10 digits").map(Self)
    }

    /// The 6-digit international HS subheading, which must agree with Mexico's fracción.
    pub fn hs6(&self) -> &str {
        &self.0[..6]
    }

    pub fn digits(&self) -> &str {
        &self.0
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
    }
}
