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

pub(crate) static US_UNITS: [Code; 16] = [
    k("NO", "Number (pieces)", "Número (piezas)"),
    k("KG", "Kilograms", "Kilogramos"),
    k("G", "Grams", "Gramos"),
    k("T", "Metric tons", "Toneladas métricas"),
    k("DOZ", "Dozens", "Docenas"),
    k("PRS", "Pairs", "Pares"),
    k("DPR", "Dozen pairs", "Docenas de pares"),
    k("GRS", "Gross (144)", "Gruesas (144)"),
    k("THS", "Thousands", "Millares"),
    k("M", "Metres", "Metros"),
    k("M2", "Square metres", "Metros cuadrados"),
    k("M3", "Cubic metres", "Metros cúbicos"),
    k("L", "Litres", "Litros"),
    k("BBL", "Barrels", "Barriles"),
    k("KWH", "Kilowatt-hours", "Kilowatt-hora"),
    k("X", "No quantity required", "Sin cantidad"),
];

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
    Barrels,
}

fn mx_base(code: &str) -> Option<(Measure, Decimal)> {
    Some(match code {
        "01" => (Measure::Mass, dec!(1)),
        "02" | "16" => (Measure::Mass, dec!(0.001)),
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
        "15" => (Measure::Barrels, dec!(1)),
        _ => return None,
    })
}

fn us_base(code: &str) -> Option<(Measure, Decimal)> {
    Some(match code {
        "KG" => (Measure::Mass, dec!(1)),
        "G" => (Measure::Mass, dec!(0.001)),
        "T" => (Measure::Mass, dec!(1000)),
        "NO" => (Measure::Count, dec!(1)),
        "DOZ" => (Measure::Count, dec!(12)),
        "PRS" => (Measure::Count, dec!(2)),
        "DPR" => (Measure::Count, dec!(24)),
        "GRS" => (Measure::Count, dec!(144)),
        "THS" => (Measure::Count, dec!(1000)),
        "M" => (Measure::Length, dec!(1)),
        "M2" => (Measure::Area, dec!(1)),
        "M3" => (Measure::Volume, dec!(1000)),
        "L" => (Measure::Volume, dec!(1)),
        "BBL" => (Measure::Barrels, dec!(1)),
        "KWH" => (Measure::Energy, dec!(1)),
        _ => return None,
    })
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
        assert!(US_UNITS.iter().filter(|u| u.code != "X").all(|u| us_base(u.code).is_some()));
    }
}
