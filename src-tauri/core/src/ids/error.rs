//! Why an identifier is not valid, in words a broker can act on, in English and Spanish.

/// A problem with an identifier. `what` names the identifier ("CBP entry number").
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("the {what} is empty")]
    Empty { what: &'static str },
    #[error("the {what} must have {expected} characters, not {found}")]
    Length { what: &'static str, expected: &'static str, found: usize },
    #[error("the {what} must be written as {pattern}")]
    Format { what: &'static str, pattern: &'static str },
    #[error("the check digit of the {what} should be {expected}, not {found}")]
    CheckDigit { what: &'static str, expected: char, found: char },
    #[error("the {what} is not valid: {reason}")]
    Invalid { what: &'static str, reason: &'static str },
}

impl IdError {
    /// A stable code, the same for every identifier kind: `empty`, `length`, `format`,
    /// `check_digit`, `invalid`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty { .. } => "empty",
            Self::Length { .. } => "length",
            Self::Format { .. } => "format",
            Self::CheckDigit { .. } => "check_digit",
            Self::Invalid { .. } => "invalid",
        }
    }

    /// The same message in Spanish.
    pub fn spanish(&self) -> String {
        match self {
            Self::Empty { what } => format!("falta {}", es(what)),
            Self::Length { what, expected, found } => {
                format!("{} debe tener {expected} caracteres, no {found}", capital(&es(what)))
            }
            Self::Format { what, pattern } => format!("{} debe escribirse como {pattern}", capital(&es(what))),
            Self::CheckDigit { what, expected, found } => {
                format!("el dígito verificador de {} debería ser {expected}, no {found}", es(what)).replace(" de el ", " del ")
            }
            Self::Invalid { what, reason } => format!("{} no es válido: {}", capital(&es(what)), es_reason(reason)),
        }
    }
}

/// Spanish names of the identifiers, with their article.
fn es(what: &str) -> String {
    let name = match what {
        "CBP entry number" => "el número de entry de CBP",
        "importer number" => "el número de importador (IOR)",
        "manufacturer ID" => "el MID (identificación del fabricante)",
        "SCAC" => "el SCAC",
        "shipment control number" => "el número de control del embarque (SCN)",
        "HTS number" => "la fracción HTS de EE. UU.",
        "fracción arancelaria" => "la fracción arancelaria",
        "NICO" => "el NICO",
        "RFC" => "el RFC",
        "CURP" => "la CURP",
        "pedimento number" => "el número de pedimento",
        "COVE number" => "el número de COVE",
        "CFDI UUID" => "el folio fiscal (UUID) del CFDI",
        "filer code" => "el código de filer",
        "patente" => "la patente aduanal",
        "VIN" => "el NIV (VIN)",
        other => other,
    };
    name.to_owned()
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Spanish for the fixed reasons used with [`IdError::Invalid`].
fn es_reason(reason: &str) -> &str {
    match reason {
        "the filer code 000 is not assigned" => "el código de filer 000 no se asigna",
        "the sequence 0000000 is not used" => "la secuencia 0000000 no se usa",
        "a SCAC ending in U, X or Z belongs to equipment, not to a carrier" => {
            "un SCAC que termina en U, X o Z es de equipo, no de un transportista"
        }
        "the date in it does not exist" => "la fecha que contiene no existe",
        "unknown state code" => "la clave de entidad federativa no existe",
        "the sex must be H or M" => "el sexo debe ser H o M",
        "the suffix may not contain O, I or Z" => "el sufijo no puede contener O, I ni Z",
        "this is not a valid Social Security number" => "no es un número de Seguro Social válido",
        "the first two letters must be the ISO code of the country of origin" => {
            "las dos primeras letras deben ser el código ISO del país de origen"
        }
        "Canada is written with a province code (XO Ontario, XQ Quebec, ...), not CA" => {
            "Canadá se escribe con el código de provincia (XO Ontario, XQ Quebec, ...), no CA"
        }
        "chapter 77 and chapter 00 do not exist" => "los capítulos 77 y 00 no existen",
        "the progressive number 000000 is not used" => "el número progresivo 000000 no se usa",
        "the first digits must be the SCAC of the carrier" => "los primeros caracteres deben ser el SCAC del transportista",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::IdError;

    #[test]
    fn every_error_reads_well_in_both_languages() {
        let e = IdError::CheckDigit { what: "CBP entry number", expected: '6', found: '5' };
        assert_eq!(e.to_string(), "the check digit of the CBP entry number should be 6, not 5");
        assert_eq!(e.spanish(), "el dígito verificador del número de entry de CBP debería ser 6, no 5");
        let e = IdError::Length { what: "CURP", expected: "18", found: 17 };
        assert_eq!(e.spanish(), "La CURP debe tener 18 caracteres, no 17");
        assert_eq!(e.code(), "length");
    }
}
