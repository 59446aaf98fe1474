//! CBP entry number (CBP Form 7501 block 1): `XXX-NNNNNNN-C`.
//!
//! `XXX` is the filer code CBP assigned to the broker, `NNNNNNN` the filer's sequence and `C` a
//! check digit over the first ten characters (19 CFR 142.3a; ACE "AE Table 1"): letters become
//! digits by the IBM table A–I → 1–9, J–R → 1–9, S–Z → 2–9, then Luhn.

use std::fmt;

use super::{all_alnum, all_digits, strip, IdError, Noun, Text};

const WHAT: Noun = Noun { en: "CBP entry number", es: "el número de entry de CBP", feminine: false };

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EntryNumber(String); // 11 characters, no dashes

impl EntryNumber {
    pub fn parse(raw: &str) -> Result<Self, IdError> {
        let s = strip(raw, &['-', ' ']);
        if s.is_empty() {
            return Err(IdError::Empty { what: WHAT });
        }
        if s.len() != 11 {
            return Err(IdError::Length {
                what: WHAT,
                expected: Text { en: "11 characters (XXX-NNNNNNN-C)", es: "11 caracteres (XXX-NNNNNNN-C)" },
                found: s.chars().count(),
            });
        }
        let (filer, rest) = s.split_at(3);
        let (sequence, check) = rest.split_at(7);
        if !all_alnum(filer) || !all_digits(sequence) || !all_digits(check) {
            return Err(IdError::Format {
                what: WHAT,
                pattern: Text {
                    en: "XXX-NNNNNNN-C (filer code, 7 digits, check digit)",
                    es: "XXX-NNNNNNN-C (código de filer, 7 dígitos, dígito verificador)",
                },
            });
        }
        if filer == "000" {
            return Err(IdError::Invalid {
                what: WHAT,
                reason: Text { en: "the filer code 000 is not assigned", es: "el código de filer 000 no se asigna" },
            });
        }
        if sequence == "0000000" {
            return Err(IdError::Invalid {
                what: WHAT,
                reason: Text { en: "the sequence 0000000 is not used", es: "la secuencia 0000000 no se usa" },
            });
        }
        let expected = check_digit(&s[..10]);
        let found = check.chars().next().unwrap_or('?');
        if expected != found {
            return Err(IdError::CheckDigit { what: WHAT, expected, found });
        }
        Ok(Self(s))
    }

    pub fn filer_code(&self) -> &str {
        &self.0[..3]
    }

    /// The check digit for a 10-character base (filer code + sequence).
    pub fn check_digit_for(base: &str) -> Option<char> {
        (base.len() == 10 && all_alnum(&base[..3]) && all_digits(&base[3..])).then(|| check_digit(base))
    }
}

/// Luhn over the converted digits: from the left, positions 2, 4, …, 10 are doubled.
fn check_digit(base: &str) -> char {
    let sum: u32 = base
        .chars()
        .map(letter_value)
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 1 {
                let twice = d * 2;
                if twice > 9 {
                    twice - 9
                } else {
                    twice
                }
            } else {
                d
            }
        })
        .sum();
    char::from_digit((10 - sum % 10) % 10, 10).expect("a single digit")
}

/// IBM mod-10 letter table: A–I → 1–9, J–R → 1–9, S–Z → 2–9.
fn letter_value(c: char) -> u32 {
    match c {
        '0'..='9' => c as u32 - '0' as u32,
        'A'..='I' => c as u32 - 'A' as u32 + 1,
        'J'..='R' => c as u32 - 'J' as u32 + 1,
        'S'..='Z' => c as u32 - 'S' as u32 + 2,
        _ => 0,
    }
}

impl fmt::Display for EntryNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}-{}", &self.0[..3], &self.0[3..10], &self.0[10..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_vectors() {
        // ACE AE Table 1 vectors, re-run by hand in the domain brief.
        assert_eq!(EntryNumber::check_digit_for("ABC1234567"), Some('6'));
        assert_eq!(EntryNumber::check_digit_for("9999999999"), Some('0'));
        assert_eq!(EntryNumber::parse("ABC-1234567-6").unwrap().to_string(), "ABC-1234567-6");
        assert_eq!(EntryNumber::parse(" abc12345676 ").unwrap().filer_code(), "ABC");
        assert_eq!(EntryNumber::parse("999-9999999-0").unwrap().to_string(), "999-9999999-0");
    }

    #[test]
    fn letters_s_to_z_start_at_two() {
        // S=2 … Z=9: "S" must weigh like "2", not like "1".
        assert_eq!(EntryNumber::check_digit_for("S001234567"), EntryNumber::check_digit_for("2001234567"));
        assert_eq!(EntryNumber::check_digit_for("J001234567"), EntryNumber::check_digit_for("1001234567"));
    }

    #[test]
    fn each_defect_is_named() {
        let cases: &[(&str, &str)] = &[
            ("", "empty"),
            ("ABC-123456-6", "length"),
            ("AB#-1234567-6", "format"),
            ("ABC-12345A7-6", "format"),
            ("000-1234567-6", "invalid"),
            ("ABC-0000000-0", "invalid"),
            ("ABC-1234567-5", "check_digit"),
        ];
        for (raw, code) in cases {
            assert_eq!(EntryNumber::parse(raw).unwrap_err().code(), *code, "{raw}");
        }
        assert_eq!(EntryNumber::parse("ABC-1234567-5").unwrap_err(), IdError::CheckDigit { what: WHAT, expected: '6', found: '5' });
    }
}
