//! Names as screening compares them: folded (no accents, no case, punctuation as spaces), the
//! company's legal form taken off the end ("S.A. DE C.V.", "S. DE R.L. DE C.V.", "SAPI", "LLC",
//! "INC", however it is spaced and dotted), and the particles of Spanish and English names
//! ("de", "la", "del", "y", "the", "of") set aside. Word order is not kept: "LAST, First" and
//! "First LAST" are the same words. Identifiers are compared without dashes, dots or spaces.

use crate::text::fold;

/// Legal forms as their letters run together once dots and spaces are gone, longest first where
/// one ends another. Sources: LGSM (Mexico) arts. 1, 213 and Ley del Mercado de Valores art. 12
/// (S.A.P.I., S.A.B.); the common U.S. and foreign forms in the lists.
const LEGAL_FORMS: &[&str] = &[
    "sociedadanonimadecapitalvariable",
    "sociedadderesponsabilidadlimitadadecapitalvariable",
    "sociedadderesponsabilidadlimitada",
    "sociedadanonima",
    "sociedadcivil",
    "asociacioncivil",
    "sapibdecv",
    "sapidecv",
    "sabdecv",
    "sadecv",
    "sderldecv",
    "sderlmi",
    "sderl",
    "sprderldecv",
    "sprderl",
    "scderl",
    "sdecv",
    "decv",
    "sapib",
    "sapi",
    "sab",
    "sa",
    "sc",
    "ac",
    "sas",
    "sofom",
    "enr",
    "er",
    "iap",
    "llc",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "company",
    "ltd",
    "limited",
    "lp",
    "llp",
    "plc",
    "gmbh",
    "ag",
    "sl",
    "srl",
    "sarl",
    "bv",
    "nv",
    "ltda",
    "cia",
    "pte",
    "pty",
    "jsc",
    "ojsc",
    "cjsc",
    "pjsc",
    "ooo",
    "zao",
    "oao",
    "fze",
    "fzco",
    "fzc",
    "fzllc",
    "cv",
];

/// Words that carry no identity of their own in a name.
const PARTICLES: &[&str] =
    &["de", "del", "la", "las", "los", "y", "e", "the", "of", "and", "da", "das", "do", "dos", "du", "van", "von", "der"];

/// The long English forms as typed wrong ("COMPAY", "CORPORATIN", "LIMITD"): one edit away, two
/// from eight letters on.
fn misspelled_form(word: &str) -> bool {
    ["company", "corporation", "limited", "incorporated"].iter().any(|f| {
        let allowed = if f.len() >= 8 { 2 } else { 1 };
        word.len() >= 6 && word.as_bytes()[0] == f.as_bytes()[0] && crate::screening::score::edits_within(word, f, allowed)
    })
}

/// A name ready to compare.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NormalName {
    /// The words compared, in the order written.
    pub tokens: Vec<String>,
    /// The legal form taken off the end, as folded ("s a de c v"), if any.
    pub legal_form: Option<String>,
    /// Particles set aside.
    pub particles: Vec<String>,
}

impl NormalName {
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }
}

/// Normalises a name as written on a declaration or in a list.
pub fn normalize(name: &str) -> NormalName {
    // OFAC and the CSL append qualifiers after a semicolon ("; and any successor, sub-unit, or
    // subsidiary thereof", "; Linked To: …").
    let name = name.split(';').next().unwrap_or("");
    let folded = fold(name);
    let mut words: Vec<&str> = folded.split_whitespace().collect();
    let mut forms: Vec<String> = Vec::new();
    // Take legal forms off the end while more than one word stays ("CO LTD", "S.A. DE C.V.").
    'outer: loop {
        for take in (1..=7usize).rev() {
            if words.len() <= take {
                continue;
            }
            let tail = &words[words.len() - take..];
            let joined: String = tail.concat();
            if LEGAL_FORMS.contains(&joined.as_str()) || (take == 1 && misspelled_form(&joined)) {
                forms.insert(0, tail.join(" "));
                words.truncate(words.len() - take);
                continue 'outer;
            }
        }
        break;
    }
    let mut tokens = Vec::new();
    let mut particles = Vec::new();
    for w in words {
        if PARTICLES.contains(&w) {
            particles.push(w.to_owned());
        } else {
            tokens.push(w.to_owned());
        }
    }
    // A name made only of particles ("DE LA O" keeps "o"): keep what was written.
    if tokens.is_empty() && !particles.is_empty() {
        tokens = std::mem::take(&mut particles);
    }
    NormalName { tokens, legal_form: (!forms.is_empty()).then(|| forms.join(" ")), particles }
}

/// An identifier as compared: upper case, letters and digits only (`DIB-771110-HQ1` → `DIB771110HQ1`).
pub fn normal_id(id: &str) -> String {
    id.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_uppercase).collect()
}

/// The part of an RFC that names the taxpayer, without the homoclave SAT adds: 10 characters for
/// a person (4 letters + YYMMDD), 9 for a company (3 letters + YYMMDD). OFAC often writes RFCs
/// without it (`AUAM-530929`).
pub fn rfc_stem(rfc: &str) -> Option<String> {
    let r = normal_id(rfc);
    let letters = r.chars().take_while(|c| c.is_alphabetic() || *c == '&').count();
    let len = match letters {
        4 => 10,
        3 => 9,
        _ => return None,
    };
    (r.len() >= len && r.chars().skip(letters).take(6).all(|c| c.is_ascii_digit())).then(|| r.chars().take(len).collect())
}

/// OFAC's and other lists' country names to ISO 3166-1 alpha-2, beside the catalog's own English
/// and Spanish names.
const COUNTRY_ALIASES: &[(&str, &str)] = &[
    ("russia", "RU"),
    ("iran", "IR"),
    ("syria", "SY"),
    ("korea north", "KP"),
    ("north korea", "KP"),
    ("korea south", "KR"),
    ("south korea", "KR"),
    ("burma", "MM"),
    ("venezuela", "VE"),
    ("bolivia", "BO"),
    ("tanzania", "TZ"),
    ("vietnam", "VN"),
    ("laos", "LA"),
    ("moldova", "MD"),
    ("taiwan", "TW"),
    ("czech republic", "CZ"),
    ("macedonia", "MK"),
    ("north macedonia", "MK"),
    ("west bank", "PS"),
    ("gaza", "PS"),
    ("palestinian", "PS"),
    ("congo democratic republic of the", "CD"),
    ("congo republic of the", "CG"),
    ("cote d ivoire", "CI"),
    ("turkey", "TR"),
    ("united kingdom", "GB"),
    ("united states", "US"),
    ("usa", "US"),
    ("bahamas the", "BS"),
    ("gambia the", "GM"),
    ("region crimea", "UA"),
    ("kosovo", "XK"),
    ("mexico", "MX"),
    ("mejico", "MX"),
    ("estados unidos", "US"),
];

/// The ISO alpha-2 code of a country as a list writes it (a code, an English or Spanish name).
pub fn country_code(name: &str) -> Option<&'static str> {
    let t = name.trim();
    if t.is_empty() {
        return None;
    }
    let countries = &crate::catalog::countries::COUNTRIES;
    if t.len() == 2 {
        let up = t.to_ascii_uppercase();
        return countries.iter().find(|c| c.alpha2 == up).map(|c| c.alpha2);
    }
    let f = fold(t).split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some((_, code)) = COUNTRY_ALIASES.iter().find(|(n, _)| *n == f) {
        return Some(code);
    }
    countries
        .iter()
        .find(|c| {
            fold(c.name_en).split_whitespace().collect::<Vec<_>>().join(" ") == f
                || fold(c.name_es).split_whitespace().collect::<Vec<_>>().join(" ") == f
        })
        .map(|c| c.alpha2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_forms_come_off_however_they_are_written() {
        for (written, rest) in [
            ("DISTRIBUIDORA IMPERIAL DE BAJA CALIFORNIA, S.A. DE C.V.", "distribuidora imperial baja california"),
            ("Distribuidora Imperial de Baja California SA de CV", "distribuidora imperial baja california"),
            ("GRUPO ROJAS, S. DE R.L. DE C.V.", "grupo rojas"),
            ("Grupo Rojas S de RL de CV", "grupo rojas"),
            ("Inmobiliaria Punta, S.A.P.I. de C.V.", "inmobiliaria punta"),
            ("ACME TRADING CO., LTD.", "acme trading"),
            ("Acme Trading LLC", "acme trading"),
            ("ASESORES EN AVALÚOS Y ACTIVOS, S.C.", "asesores en avaluos activos"),
            ("Transportes Fénix S.A DE C.V", "transportes fenix"),
        ] {
            assert_eq!(normalize(written).tokens.join(" "), rest, "{written}");
        }
        // One word is never taken as a legal form.
        assert_eq!(normalize("INC").tokens, vec!["inc"]);
        assert_eq!(normalize("DUBAI TRADING COMPAANY").tokens, vec!["dubai", "trading"]);
        assert_eq!(normalize("CHINA NATIONAL CORPORATIRN").tokens, vec!["china", "national"]);
        assert_eq!(normalize("ZAMBADA GARCIA, Ismael").tokens, vec!["zambada", "garcia", "ismael"]);
        assert_eq!(normalize("DE LA CRUZ, María").tokens, vec!["cruz", "maria"]);
    }

    #[test]
    fn identifiers_and_rfc_stems() {
        assert_eq!(normal_id("DIB-771110-HQ1"), "DIB771110HQ1");
        assert_eq!(rfc_stem("AUAM-530929").as_deref(), Some("AUAM530929"));
        assert_eq!(rfc_stem("AUAM530929AB1").as_deref(), Some("AUAM530929"));
        assert_eq!(rfc_stem("DIB-771110-HQ1").as_deref(), Some("DIB771110"));
        assert_eq!(rfc_stem("12345"), None);
    }

    #[test]
    fn countries_as_lists_write_them() {
        assert_eq!(country_code("Mexico"), Some("MX"));
        assert_eq!(country_code("México"), Some("MX"));
        assert_eq!(country_code("mx"), Some("MX"));
        assert_eq!(country_code("Colombia"), Some("CO"));
        assert_eq!(country_code("Korea, North"), Some("KP"));
        assert_eq!(country_code("Atlantis"), None);
    }
}
