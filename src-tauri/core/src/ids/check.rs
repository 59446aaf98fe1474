//! One entry point to check any identifier by kind, for the command line and the UI.

use serde::Serialize;
use ts_rs::TS;

use super::*;
use crate::reference::Reference;

/// Every identifier kind `check` knows, by its command-line name.
pub const KINDS: &[&str] = &[
    "entry-number",
    "importer-number",
    "mid",
    "scac",
    "scn",
    "hts",
    "fraccion",
    "nico",
    "rfc",
    "curp",
    "pedimento",
    "cove",
    "cfdi-uuid",
    "vin",
    "filer-code",
    "patente",
];

/// The outcome of checking one identifier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IdCheck {
    pub kind: String,
    pub input: String,
    pub valid: bool,
    /// The value as it should be written, when valid.
    pub canonical: Option<String>,
    /// Problem code (`format`, `check_digit`, …) when invalid.
    pub code: Option<String>,
    pub message_en: Option<String>,
    pub message_es: Option<String>,
    /// Advisory notes on a valid value (an RFC or VIN check digit that does not match).
    pub warnings_en: Vec<String>,
    pub warnings_es: Vec<String>,
}

/// Checks `value` as an identifier of `kind` (one of [`KINDS`]); `None` for an unknown kind.
pub fn check(kind: &str, value: &str, reference: &Reference) -> Option<IdCheck> {
    let mut warnings: Vec<(String, String)> = Vec::new();
    let result: Result<String, IdError> = match kind {
        "entry-number" => EntryNumber::parse(value).map(|v| v.to_string()),
        "importer-number" => ImporterNumber::parse(value).map(|v| v.to_string()),
        "mid" => Mid::parse(value, reference).map(|v| v.to_string()),
        "scac" => Scac::parse(value).map(|v| v.to_string()),
        "scn" => ShipmentControlNumber::parse(value).map(|v| v.as_str().to_owned()),
        "hts" => HtsNumber::parse(value).map(|v| v.to_string()),
        "fraccion" => {
            let digits: String = value.chars().filter(char::is_ascii_digit).collect();
            if digits.len() == 10 {
                FraccionNico::parse(value).map(|v| v.to_string())
            } else {
                Fraccion::parse(value).map(|v| v.to_string())
            }
        }
        "nico" => Nico::parse(value).map(|v| v.digits().to_owned()),
        "rfc" => Rfc::parse(value).map(|v| {
            if !v.check_digit_ok() {
                warnings.push((
                    format!(
                        "the check digit should be {} by the published algorithm; about 1.5% of real RFCs differ",
                        v.expected_check_digit()
                    ),
                    format!(
                        "según el algoritmo publicado el dígito verificador debería ser {}; cerca del 1.5 % de los RFC reales no lo cumple",
                        v.expected_check_digit()
                    ),
                ));
            }
            v.to_string()
        }),
        "curp" => Curp::parse(value).map(|v| v.to_string()),
        "pedimento" => PedimentoNumber::parse(value).map(|v| {
            if !v.year_digit_consistent() {
                warnings.push((
                    "the 9th digit is not the last digit of the validation year".into(),
                    "el 9.º dígito no es el último dígito del año de validación".into(),
                ));
            }
            v.printed()
        }),
        "cove" => CoveNumber::parse(value).map(|v| v.to_string()),
        "cfdi-uuid" => CfdiUuid::parse(value).map(|v| v.to_string()),
        "vin" => Vin::parse(value).map(|v| {
            if !v.check_digit_ok() {
                warnings.push((
                    format!("the check digit (9th character) should be {} for a North American vehicle", v.expected_check_digit()),
                    format!("el dígito verificador (9.º carácter) debería ser {} en un vehículo norteamericano", v.expected_check_digit()),
                ));
            }
            v.to_string()
        }),
        "filer-code" => FilerCode::parse(value).map(|v| v.to_string()),
        "patente" => Patente::parse(value).map(|v| v.to_string()),
        _ => return None,
    };
    let (warnings_en, warnings_es) = warnings.into_iter().unzip();
    Some(match result {
        Ok(canonical) => IdCheck {
            kind: kind.into(),
            input: value.into(),
            valid: true,
            canonical: Some(canonical),
            code: None,
            message_en: None,
            message_es: None,
            warnings_en,
            warnings_es,
        },
        Err(e) => IdCheck {
            kind: kind.into(),
            input: value.into(),
            valid: false,
            canonical: None,
            code: Some(e.code().into()),
            message_en: Some(e.to_string()),
            message_es: Some(e.spanish()),
            warnings_en,
            warnings_es,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_answers() {
        for kind in KINDS {
            let r = check(kind, "", &Reference::builtin()).expect("known kind");
            assert!(!r.valid && r.code.as_deref() == Some("empty"), "{kind}: {r:?}");
        }
        assert!(check("passport", "X", &Reference::builtin()).is_none());
    }

    #[test]
    fn valid_values_come_back_canonical_with_warnings() {
        assert_eq!(check("hts", "8708305020", &Reference::builtin()).unwrap().canonical.as_deref(), Some("8708.30.5020"));
        assert_eq!(check("fraccion", "8708309999", &Reference::builtin()).unwrap().canonical.as_deref(), Some("8708.30.99 99"));
        let rfc = check("rfc", "VACE460910SX6", &Reference::builtin()).unwrap();
        assert!(rfc.valid && rfc.warnings_en.len() == 1 && rfc.warnings_es.len() == 1);
    }
}
