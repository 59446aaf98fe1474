//! Manufacturer identification code (MID), 19 CFR Part 102 Appendix: the ISO country of origin
//! (a province code for Canada), the first three letters of the first two words of the
//! manufacturer's name, the largest number in the street address (up to 4 digits) and the first
//! three letters of the city; at most 15 characters, no spaces.

use std::fmt;

use super::{normalize, IdError, Noun, Text};
use crate::reference::Reference;

const WHAT: Noun = Noun { en: "manufacturer ID", es: "el MID (identificación del fabricante)", feminine: false };
/// Canadian provinces and territories; CBP does not accept "CA" in a MID.
const CANADIAN_PROVINCES: [&str; 13] = ["XA", "XB", "XC", "XM", "XN", "XO", "XP", "XQ", "XS", "XT", "XV", "XW", "XY"];
/// English words the name part skips.
const SKIPPED_WORDS: [&str; 5] = ["A", "AN", "AND", "OF", "THE"];

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Mid(String);

impl Mid {
    /// Parses a MID; its first two letters must be a country of `reference` (or a Canadian
    /// province code).
    pub fn parse(raw: &str, reference: &Reference) -> Result<Self, IdError> {
        let s = normalize(raw);
        if s.is_empty() {
            return Err(IdError::Empty { what: WHAT });
        }
        let n = s.chars().count();
        if !(5..=15).contains(&n) {
            return Err(IdError::Length { what: WHAT, expected: Text { en: "5 to 15 characters", es: "de 5 a 15 caracteres" }, found: n });
        }
        // Country, name letters, optional number, city letters.
        let body = &s[2.min(s.len())..];
        let name_end = body.find(|c: char| c.is_ascii_digit()).unwrap_or(body.len());
        let shape_ok = s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && s[..2].bytes().all(|b| b.is_ascii_uppercase())
            && body.chars().last().is_some_and(|c| c.is_ascii_uppercase())
            && body[name_end..].trim_start_matches(|c: char| c.is_ascii_digit()).chars().all(|c| c.is_ascii_uppercase())
            && body[name_end..].chars().filter(char::is_ascii_digit).count() <= 4;
        if !shape_ok {
            return Err(IdError::Format {
                what: WHAT,
                pattern: Text {
                    en: "country, name letters, up to 4 digits, city letters (no spaces)",
                    es: "país, letras del nombre, hasta 4 dígitos y letras de la ciudad (sin espacios)",
                },
            });
        }
        let country = &s[..2];
        if country == "CA" {
            return Err(IdError::Invalid {
                what: WHAT,
                reason: Text {
                    en: "Canada is written with a province code (XO Ontario, XQ Quebec, ...), not CA",
                    es: "Canadá se escribe con el código de provincia (XO Ontario, XQ Quebec, ...), no CA",
                },
            });
        }
        if reference.country(country).is_none() && !CANADIAN_PROVINCES.contains(&country) {
            return Err(IdError::Invalid {
                what: WHAT,
                reason: Text {
                    en: "the first two letters must be the ISO code of the country of origin",
                    es: "las dos primeras letras deben ser el código ISO del país de origen",
                },
            });
        }
        Ok(Self(s))
    }

    /// Builds the MID from the manufacturer's details, following the construction rules. Returns
    /// `None` when the name or city has no letters to take.
    pub fn construct(country: &str, name: &str, street: &str, city: &str) -> Option<String> {
        let name_part = name_letters(name);
        let city_part: String = letters_only(city).chars().take(3).collect();
        if name_part.is_empty() || city_part.is_empty() {
            return None;
        }
        let mid = format!("{}{}{}{}", normalize(country), name_part, largest_number(street), city_part);
        Some(mid.chars().take(15).collect())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn letters_only(s: &str) -> String {
    normalize(s).chars().filter(char::is_ascii_uppercase).collect()
}

/// First three letters of each of the first two words, skipping a/an/and/of/the; adjacent
/// initials ("A.B.C.") count as one word.
fn name_letters(name: &str) -> String {
    let upper = normalize(name);
    let mut words: Vec<String> = Vec::new();
    for token in upper.split(|c: char| c.is_whitespace() || c == ',' || c == '-') {
        let letters: String = token.chars().filter(char::is_ascii_uppercase).collect();
        if letters.is_empty() || SKIPPED_WORDS.contains(&letters.as_str()) {
            continue;
        }
        let is_initial =
            token.ends_with('.') && letters.len() <= 3 && token.matches('.').count() >= 1 && letters.len() == token.matches('.').count();
        match words.last_mut() {
            // "A. B. C. Company": initials written apart join the previous initials.
            Some(last) if is_initial && last.ends_with('.') => {
                last.push_str(&letters);
                last.push('.');
            }
            _ => words.push(if is_initial { format!("{letters}.") } else { letters }),
        }
    }
    words.iter().take(2).map(|w| w.trim_end_matches('.').chars().filter(char::is_ascii_uppercase).take(3).collect::<String>()).collect()
}

/// The largest number in the street line, punctuation inside it ignored ("12,34,56" reads as
/// 123456), cut to its first four digits.
fn largest_number(street: &str) -> String {
    let mut numbers: Vec<String> = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = street.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            current.push(*c);
        } else if matches!(c, ',' | '.' | '-' | '/') && !current.is_empty() && chars.get(i + 1).is_some_and(char::is_ascii_digit) {
            continue;
        } else if !current.is_empty() {
            numbers.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        numbers.push(current);
    }
    numbers
        .into_iter()
        .max_by(|a, b| a.trim_start_matches('0').len().cmp(&b.trim_start_matches('0').len()).then(a.cmp(b)))
        .map(|n| n.chars().take(4).collect())
        .unwrap_or_default()
}

impl fmt::Display for Mid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worked_examples_from_the_construction_rules() {
        // (country, name, street, city, MID)
        let cases = [
            ("AU", "Ozrock", "92 Alice Springs Rd", "Melbourne", "AUOZR92MEL"),
            ("MX", "Autopartes del Norte S.A. de C.V.", "Av. Industrial 1450", "Monterrey", "MXAUTDEL1450MON"),
            ("XO", "The Maple Works", "12,34,56 Queen St", "Toronto", "XOMAPWOR1234TOR"),
            ("CN", "A.B.C. Company", "5 Road", "Shanghai", "CNABCCOM5SHA"),
            ("DE", "Siemens", "Werner-von-Siemens-Str. 1", "Erlangen", "DESIE1ERL"),
        ];
        for (country, name, street, city, mid) in cases {
            assert_eq!(Mid::construct(country, name, street, city).as_deref(), Some(mid), "{name}");
            assert!(Mid::parse(mid, &Reference::builtin()).is_ok(), "{mid} parses");
        }
    }

    #[test]
    fn refusals() {
        for (raw, code) in [
            ("", "empty"),
            ("CAMAPWOR12TOR", "invalid"),
            ("QQOZR92MEL", "invalid"),
            ("AU OZR 92 MEL", "format"),
            ("AUOZR92MELBOURNEXX", "length"),
            ("AUOZR92", "format"),
        ] {
            assert_eq!(Mid::parse(raw, &Reference::builtin()).unwrap_err().code(), code, "{raw}");
        }
    }
}
