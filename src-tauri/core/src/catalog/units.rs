//! Units of measure on each side and the exact factors between them.
//!
//! Mexico: Anexo 22 Apéndice 7 (UMC/UMT of the pedimento), written with two digits as in
//! Comercio Exterior 2.0 `c_UnidadAduana`. United States: the ACE unit codes of the HTS "Unit of
//! Quantity" column. Factors are exact by definition (a dozen is 12 pieces, a tonne 1,000 kg);
//! units with no exact relation (a box, a bottle) have none.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::codes::Code;

const fn k(code: &'static str, en: &'static str, es: &'static str) -> Code {
    Code { code, en, es }
}

pub(crate) static MX_UNITS: [Code; 22] = [
    k("01", "Kilogram", "Kilo"),
    k("02", "Gram", "Gramo"),
    k("03", "Linear metre", "Metro lineal"),
    k("04", "Square metre", "Metro cuadrado"),
    k("05", "Cubic metre", "Metro cúbico"),
    k("06", "Piece", "Pieza"),
    k("07", "Head (livestock)", "Cabeza"),
    k("08", "Litre", "Litro"),
    k("09", "Pair", "Par"),
    k("10", "Kilowatt", "Kilowatt"),
    k("11", "Thousand", "Millar"),
    k("12", "Set", "Juego"),
    k("13", "Kilowatt-hour", "Kilowatt/hora"),
    k("14", "Tonne", "Tonelada"),
    k("15", "Barrel", "Barril"),
    k("16", "Net gram", "Gramo neto"),
    k("17", "Tens", "Decenas"),
    k("18", "Hundreds", "Cientos"),
    k("19", "Dozens", "Docenas"),
    k("20", "Box", "Caja"),
    k("21", "Bottle", "Botella"),
    k("22", "Carat", "Carat"),
];

/// Every ACE unit of quantity the HTS uses (the 73 unit texts of the 2026 schedule map onto
/// these, see [`hts_unit_codes`]), and X for lines that report no quantity.
pub(crate) static US_UNITS: [Code; 40] = [
    k("NO", "Number", "Número"),
    k("PCS", "Pieces", "Piezas"),
    k("KG", "Kilograms", "Kilogramos"),
    k("G", "Grams", "Gramos"),
    k("GM", "Grams", "Gramos"),
    k("T", "Metric tons", "Toneladas métricas"),
    k("CAR", "Carats", "Quilates"),
    k("DOZ", "Dozens", "Docenas"),
    k("DPC", "Dozen pieces", "Docenas de piezas"),
    k("PRS", "Pairs", "Pares"),
    k("DPR", "Dozen pairs", "Docenas de pares"),
    k("GRS", "Gross (144)", "Gruesas (144)"),
    k("GRL", "Gross lines (144 lines)", "Gruesas de líneas (144 líneas)"),
    k("HUN", "Hundreds", "Cientos"),
    k("THS", "Thousands", "Millares"),
    k("M", "Metres", "Metros"),
    k("LNM", "Linear metres", "Metros lineales"),
    k("FBM", "Fibre metres", "Metros de fibra"),
    k("KM", "Thousand metres", "Miles de metros"),
    k("CM2", "Square centimetres", "Centímetros cuadrados"),
    k("M2", "Square metres", "Metros cuadrados"),
    k("SQ", "Squares (100 sq. ft)", "Cuadros de techado (100 pies cuadrados)"),
    k("M3", "Cubic metres", "Metros cúbicos"),
    k("KM3", "Thousand cubic metres", "Miles de metros cúbicos"),
    k("L", "Litres", "Litros"),
    k("PFL", "Proof litres", "Litros prueba"),
    k("BBL", "Barrels (42 U.S. gallons)", "Barriles (42 galones de EE. UU.)"),
    k("KWH", "Kilowatt-hours", "Kilowatt-hora"),
    k("MWH", "Megawatt-hours", "Megawatt-hora"),
    k("W", "Watts", "Watts"),
    k("CYK", "Clean yield kilograms", "Kilogramos de rendimiento limpio"),
    k("CKG", "Kilograms of the named content", "Kilogramos del contenido indicado"),
    k("CGM", "Grams of the named content", "Gramos del contenido indicado"),
    k("CTN", "Metric tons of the named content", "Toneladas métricas del contenido indicado"),
    k("KTS", "Kilograms of total sugars", "Kilogramos de azúcares totales"),
    k("JWL", "Jewels", "Rubíes (joyas de relojería)"),
    k("DS", "Doses", "Dosis"),
    k("PK", "Packs", "Paquetes"),
    k("GBQ", "Gigabecquerels", "Gigabecquerelios"),
    k("X", "No quantity required", "Sin cantidad"),
];

/// The ACE codes that report an HTS "Unit of Quantity" text, or `None` for a text Cruce does not
/// know. Most texts have one code; grams appear as both G and GM in the USITC tariff database,
/// and the schedule's "MWh" line (2716) is coded KWH there, so either is accepted. An empty text
/// means no quantity (X).
pub fn hts_unit_codes(text: &str) -> Option<&'static [&'static str]> {
    let t = text.trim();
    const CONTENT_KG: [&str; 19] =
        ["Cu", "Pb", "Zn", "W", "V", "Mo", "Si", "Mn", "Ni", "Cr", "Mg", "Co", "Sb", "V2O5", "NaOH", "Al", "Ti", "Bi", "Cd"];
    const CONTENT_G: [&str; 8] = ["Au", "Ag", "Pt", "Pd", "Rh", "Ir", "Os", "Ru"];
    Some(match t {
        "" => &["X"],
        "kg" => &["KG"],
        "No." | "No" => &["NO"],
        "pcs" => &["PCS"],
        "doz." => &["DOZ"],
        "Dz Pcs" => &["DPC"],
        "m2" | "m²" => &["M2"],
        "cm2" | "cm²" => &["CM2"],
        "square" => &["SQ"],
        "prs." => &["PRS"],
        "doz. prs." => &["DPR"],
        "m3" | "m³" => &["M3"],
        "thousand m3" => &["KM3"],
        "t" => &["T"],
        "liters" => &["L"],
        "pf.liters" | "pf. liters" => &["PFL"],
        "g" => &["G", "GM"],
        "carat" => &["CAR"],
        "gross" => &["GRS"],
        "gr.lines" => &["GRL"],
        "hundreds" => &["HUN"],
        "thousands" => &["THS"],
        "bbl" => &["BBL"],
        "m" => &["M"],
        "lin. m" => &["LNM"],
        "Fiber m" => &["FBM"],
        "thousand m" => &["KM"],
        "MWh" => &["MWH", "KWH"],
        "kWh" => &["KWH"],
        "W" => &["W"],
        "cy kg" => &["CYK"],
        "kg cmsc" | "kg msc" | "kg amc" => &["CKG"],
        "kg ttl sug" => &["KTS"],
        "t adw" | "t dwb" => &["CTN"],
        "Jwls." => &["JWL"],
        "doses" => &["DS"],
        "pack" => &["PK"],
        "GBq" => &["GBQ"],
        _ => {
            if let Some(element) = t.strip_suffix(" kg") {
                if CONTENT_KG.contains(&element) {
                    return Some(&["CKG"]);
                }
            } else if let Some(element) = t.strip_suffix(" g") {
                if CONTENT_G.contains(&element) {
                    return Some(&["CGM"]);
                }
            } else if let Some(element) = t.strip_suffix(" t") {
                if ["Cr2O3", "Sn", "NH3"].contains(&element) {
                    return Some(&["CTN"]);
                }
            }
            return None;
        }
    })
}

/// How the quantity of one unit is expressed in a base measure, so two units of the same kind can
/// be compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Measure {
    Mass,   // kilograms
    Count,  // pieces
    Length, // metres
    Area,   // square metres
    Volume, // litres
    Energy, // kilowatt-hours
}

/// A U.S. oil barrel: 42 U.S. gallons of 3.785411784 litres (both exact by definition).
const BARREL_LITRES: Decimal = dec!(158.987294928);

fn mx_base(code: &str) -> Option<(Measure, Decimal)> {
    Some(match code {
        "01" => (Measure::Mass, dec!(1)),
        "02" | "16" => (Measure::Mass, dec!(0.001)),
        // The metric carat, 200 mg.
        "22" => (Measure::Mass, dec!(0.0002)),
        "14" => (Measure::Mass, dec!(1000)),
        "03" => (Measure::Length, dec!(1)),
        "04" => (Measure::Area, dec!(1)),
        "05" => (Measure::Volume, dec!(1000)),
        "08" => (Measure::Volume, dec!(1)),
        "06" => (Measure::Count, dec!(1)),
        "09" => (Measure::Count, dec!(2)),
        "11" => (Measure::Count, dec!(1000)),
        "17" => (Measure::Count, dec!(10)),
        "18" => (Measure::Count, dec!(100)),
        "19" => (Measure::Count, dec!(12)),
        "13" => (Measure::Energy, dec!(1)),
        "15" => (Measure::Volume, BARREL_LITRES),
        _ => return None,
    })
}

fn us_base(code: &str) -> Option<(Measure, Decimal)> {
    Some(match code {
        "KG" => (Measure::Mass, dec!(1)),
        "G" | "GM" => (Measure::Mass, dec!(0.001)),
        "T" => (Measure::Mass, dec!(1000)),
        // A metric carat is 200 mg.
        "CAR" => (Measure::Mass, dec!(0.0002)),
        "NO" | "PCS" => (Measure::Count, dec!(1)),
        "DOZ" | "DPC" => (Measure::Count, dec!(12)),
        "PRS" => (Measure::Count, dec!(2)),
        "DPR" => (Measure::Count, dec!(24)),
        "GRS" => (Measure::Count, dec!(144)),
        "HUN" => (Measure::Count, dec!(100)),
        "THS" => (Measure::Count, dec!(1000)),
        "M" | "LNM" | "FBM" => (Measure::Length, dec!(1)),
        "KM" => (Measure::Length, dec!(1000)),
        "M2" => (Measure::Area, dec!(1)),
        "CM2" => (Measure::Area, dec!(0.0001)),
        // A roofing square is 100 square feet of 0.09290304 m² (the foot is exactly 0.3048 m).
        "SQ" => (Measure::Area, dec!(9.290304)),
        "M3" => (Measure::Volume, dec!(1000)),
        "KM3" => (Measure::Volume, dec!(1000000)),
        "L" => (Measure::Volume, dec!(1)),
        "BBL" => (Measure::Volume, BARREL_LITRES),
        "KWH" => (Measure::Energy, dec!(1)),
        "MWH" => (Measure::Energy, dec!(1000)),
        // Content, proof, yield and the rest measure something a quantity alone cannot convert.
        _ => return None,
    })
}

/// How many of `to` one `from` is, for two U.S. units of the same kind (a dozen is 12 pieces).
pub fn us_factor(from: &str, to: &str) -> Option<Decimal> {
    let (a, fa) = us_base(from)?;
    let (b, fb) = us_base(to)?;
    (a == b).then(|| fa / fb)
}

/// How many `us_unit` one `mx_unit` is, when both measure the same thing exactly.
pub fn mx_to_us_factor(mx_unit: &str, us_unit: &str) -> Option<Decimal> {
    let (mx_measure, mx_factor) = mx_base(mx_unit)?;
    let (us_measure, us_factor) = us_base(us_unit)?;
    (mx_measure == us_measure).then(|| mx_factor / us_factor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_factors() {
        assert_eq!(mx_to_us_factor("01", "KG"), Some(dec!(1)));
        assert_eq!(mx_to_us_factor("14", "KG"), Some(dec!(1000)));
        assert_eq!(mx_to_us_factor("19", "NO"), Some(dec!(12)));
        assert_eq!(mx_to_us_factor("06", "DOZ").map(|f| (f * dec!(12)).round_dp(20)), Some(dec!(1)), "a piece is 1/12 dozen");
        assert_eq!(mx_to_us_factor("09", "PRS"), Some(dec!(1)));
        assert_eq!(mx_to_us_factor("05", "L"), Some(dec!(1000)));
        assert_eq!(mx_to_us_factor("01", "NO"), None, "mass and count do not convert");
        assert_eq!(mx_to_us_factor("20", "NO"), None, "a box has no fixed size");
    }

    #[test]
    fn every_unit_with_a_factor_is_in_its_list() {
        for u in MX_UNITS.iter() {
            if mx_base(u.code).is_some() {
                assert!(MX_UNITS.iter().any(|x| x.code == u.code));
            }
        }
        for u in US_UNITS.iter() {
            let content = ["X", "PFL", "CYK", "CKG", "CGM", "CTN", "KTS", "JWL", "DS", "PK", "GBQ", "W", "GRL"];
            assert_eq!(us_base(u.code).is_some(), !content.contains(&u.code), "{}", u.code);
        }
    }

    #[test]
    fn every_hts_unit_text_maps_to_listed_codes() {
        for text in [
            "kg",
            "No.",
            "doz.",
            "m²",
            "m2",
            "prs.",
            "m3",
            "t",
            "kg cmsc",
            "liters",
            "doz. prs.",
            "g",
            "gross",
            "bbl",
            "pcs",
            "m",
            "pf.liters",
            "thousands",
            "Dz Pcs",
            "cy kg",
            "carat",
            "Cu kg",
            "Au g",
            "t adw",
            "W",
            "cm2",
            "hundreds",
            "thousand m3",
            "Jwls.",
            "kg msc",
            "GBq",
            "lin. m",
            "doses",
            "square",
            "Fiber m",
            "gr.lines",
            "kg ttl sug",
            "thousand m",
            "kg amc",
            "MWh",
            "pack",
            "Cr2O3 t",
            "V2O5 kg",
            "NaOH kg",
            "Os g",
            "",
            " kg",
            "doz. ",
        ] {
            let codes = hts_unit_codes(text).unwrap_or_else(|| panic!("{text:?} has no code"));
            assert!(codes.iter().all(|c| US_UNITS.iter().any(|u| u.code == *c)), "{text:?} -> {codes:?}");
        }
        assert_eq!(hts_unit_codes("furlongs"), None);
        assert_eq!(hts_unit_codes("Zz kg"), None, "only named contents");
    }

    #[test]
    fn exact_factors_between_us_units() {
        assert_eq!(us_factor("DOZ", "NO"), Some(dec!(12)));
        assert_eq!(us_factor("BBL", "L"), Some(dec!(158.987294928)));
        assert_eq!(us_factor("SQ", "M2"), Some(dec!(9.290304)));
        assert_eq!(us_factor("CAR", "G"), Some(dec!(0.2)));
        assert_eq!(us_factor("MWH", "KWH"), Some(dec!(1000)));
        assert_eq!(us_factor("PFL", "L"), None, "a proof litre depends on the strength");
        assert_eq!(mx_to_us_factor("15", "L"), Some(dec!(158.987294928)));
        assert_eq!(mx_to_us_factor("22", "CAR"), Some(dec!(1)));
    }
}
