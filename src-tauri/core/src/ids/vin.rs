//! Vehicle identification number (ISO 3779; 49 CFR 565): 17 characters without I, O or Q. In
//! North America position 9 is a check digit; trucks built for other markets may not follow it,
//! so a mismatch is reported by [`Vin::check_digit_ok`], not refused.

use std::fmt;

use super::{normalize, IdError, Noun, Text};

const WHAT: Noun = Noun { en: "VIN", es: "el NIV (VIN)", feminine: false };
const WEIGHTS: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Vin {
    value: String,
    check_digit_ok: bool,
}

impl Vin {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        let s = normalize(raw);
        if s.is_empty() {
            return Err(IdError::Empty { what: WHAT });
        }
        let n = s.chars().count();
        if n != 17 {
            return Err(IdError::Length { what: WHAT, expected: Text { en: "17 characters", es: "17 caracteres" }, found: n });
        }
        if !s.chars().all(|c| c.is_ascii_digit() || (c.is_ascii_uppercase() && !matches!(c, 'I' | 'O' | 'Q'))) {
            return Err(IdError::Format {
                what: WHAT,
                pattern: Text { en: "17 letters or digits, without I, O or Q", es: "17 letras o dígitos, sin I, O ni Q" },
            });
        }
        let check_digit_ok = s.as_bytes()[8] as char == Self::expected_check_digit_of(&s);
        Ok(Self { value: s, check_digit_ok })
    }

    pub fn check_digit_ok(&self) -> bool {
        self.check_digit_ok
    }

    pub fn expected_check_digit(&self) -> char {
        Self::expected_check_digit_of(&self.value)
    }

    fn expected_check_digit_of(s: &str) -> char {
        let sum: u32 = s.chars().zip(WEIGHTS).map(|(c, w)| transliterate(c) * w).sum();
        match sum % 11 {
            10 => 'X',
            d => char::from_digit(d, 10).unwrap_or('0'),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.value
    }
}

fn transliterate(c: char) -> u32 {
    match c {
        '0'..='9' => c as u32 - '0' as u32,
        'A'..='H' => c as u32 - 'A' as u32 + 1,
        'J'..='N' => c as u32 - 'J' as u32 + 1,
        'P' => 7,
        'R' => 9,
        'S'..='Z' => c as u32 - 'S' as u32 + 2,
        _ => 0,
    }
}

impl fmt::Display for Vin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_digit() {
        // The worked example of 49 CFR 565 guidance and NHTSA material.
        assert!(Vin::parse("1M8GDM9AXKP042788").unwrap().check_digit_ok());
        assert!(Vin::parse("11111111111111111").unwrap().check_digit_ok());
        let wrong = Vin::parse("1M8GDM9A1KP042788").unwrap();
        assert!(!wrong.check_digit_ok());
        assert_eq!(wrong.expected_check_digit(), 'X');
        assert_eq!(Vin::parse("1M8GDM9AXKP04278O").unwrap_err().code(), "format");
        assert_eq!(Vin::parse("1M8GDM9AXKP04278").unwrap_err().code(), "length");
    }
}
