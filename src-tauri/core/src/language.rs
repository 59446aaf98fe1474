//! The two interface languages Cruce speaks; every screen and printout exists in both.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub enum Language {
    #[serde(rename = "en")]
    English,
    #[serde(rename = "es")]
    Spanish,
}

impl Language {
    /// ISO 639-1 code, as stored and sent on the wire.
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Spanish => "es",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "en" => Some(Self::English),
            "es" => Some(Self::Spanish),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn codes_round_trip_and_match_the_wire_format() {
        for lang in [Language::English, Language::Spanish] {
            assert_eq!(Language::from_code(lang.code()), Some(lang));
            assert_eq!(serde_json::to_value(lang).unwrap(), lang.code());
        }
    }
}
