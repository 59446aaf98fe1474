//! Golden files: the U.S. and Mexican views of realistic declarations, checked field by field
//! against reviewed JSON in `tests/golden/`. A deliberate change: run with `UPDATE_GOLDEN=1`, review
//! the diff, commit.

use std::path::PathBuf;

use cruce_core::reference::Reference;
use cruce_core::sample;
use cruce_core::views::{self, GovernmentView, LineWindow};

fn us_view(d: &cruce_core::declaration::Declaration) -> GovernmentView {
    views::us_view(d, &Reference::builtin(), LineWindow::ALL)
}

fn mexican_view(d: &cruce_core::declaration::Declaration) -> GovernmentView {
    views::mexican_view(d, &Reference::builtin(), LineWindow::ALL)
}

fn golden(name: &str, view: &GovernmentView) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(format!("{name}.json"));
    let actual = serde_json::to_string_pretty(view).unwrap() + "\n";
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is missing: run with UPDATE_GOLDEN=1", path.display()));
    assert!(actual == expected, "{name} differs from {}: run with UPDATE_GOLDEN=1 and review the diff", path.display());
}

type Sample = fn() -> cruce_core::declaration::Declaration;

/// Golden files of both views for the sample of each flow.
const FLOWS: &[(&str, Sample)] = &[
    ("northbound", sample::northbound_auto_parts),
    ("northbound-immex-return", sample::northbound_immex_return),
    ("northbound-interior-clearance", sample::northbound_interior_clearance),
    ("southbound", sample::southbound_resin),
    ("southbound-immex-steel", sample::southbound_immex_steel),
    ("southbound-transit", sample::southbound_transit),
];

#[test]
fn the_views_of_every_flow_match_their_golden_files() {
    for (name, make) in FLOWS {
        let d = make();
        golden(&format!("{name}-us"), &us_view(&d));
        golden(&format!("{name}-mx"), &mexican_view(&d));
    }
}

/// A few values checked by hand, so the golden files cannot silently drift into nonsense.
#[test]
fn hand_checked_values() {
    let d = sample::northbound_auto_parts();
    let mx = mexican_view(&d);
    let field = |view: &GovernmentView, reference: &str| -> String {
        view.sections().flat_map(|s| &s.fields).find(|f| f.reference == reference).map(|f| f.value.clone()).unwrap()
    };
    assert_eq!(field(&mx, "Anexo 22 campo 1"), "26  24  3210  6000123");
    assert_eq!(field(&mx, "Anexo 22 campo 2"), "EXP");
    assert_eq!(field(&mx, "Anexo 22 campo 6"), "18.25430");
    // 48,750.00 USD × 18.25430 = 889,897.125 → 889,897 pesos.
    assert_eq!(field(&mx, "Anexo 22 campo 14"), "889897");
    assert_eq!(field(&mx, "Anexo 22 campo 12"), "48750.00");
    // 6000 × 0.85 + 6900 + 400 × 0.85 = 5100 + 6900 + 340 kg.
    assert_eq!(field(&mx, "Anexo 22 campo 7"), "12340.000");
    let us = us_view(&d);
    assert_eq!(field(&us, "7501 block 1"), "B7Q-0012345-0");
    assert_eq!(field(&us, "7501 block 39"), "48750");
    assert_eq!(field(&us, "7501 block 11"), "12/01/2026");
    assert_eq!(field(&us, "7501 block 12"), "TRNM0012345678");
    assert_eq!(field(&us, "7501 block 9"), "30");
    // USMCA's SPI before the number the rate is based on; chapter 99 numbers above it.
    assert_eq!(field(&us, "7501 block 31"), "001 S");
    assert_eq!(field(&us, "7501 block 33A"), "9903.94.06 / 8708.30.5040");
    // A carrier without a SCAC yet is shown by name alone, not as "Name ()".
    let mut no_scac = sample::northbound_auto_parts();
    no_scac.parties.carrier.scac = "  ".into();
    assert_eq!(field(&us_view(&no_scac), "7501 block 8"), no_scac.parties.carrier.name.trim());
    no_scac.parties.carrier.name = String::new();
    no_scac.parties.carrier.scac = "abcd".into();
    assert_eq!(field(&us_view(&no_scac), "7501 block 8"), "ABCD");
    no_scac.parties.carrier.scac = String::new();
    assert_eq!(field(&us_view(&no_scac), "7501 block 8"), "");
    // Every field names its source (or is a constant of the form).
    for s in us.sections().chain(mx.sections()) {
        for f in &s.fields {
            assert!(!f.label_en.is_empty() && !f.label_es.is_empty(), "{f:?}");
        }
    }
    let mut resin = sample::southbound_resin();
    // DAP Tijuana: 50,000 USD × 18.2543 = 912,715 pesos, the invoice's total.
    assert_eq!(field(&mexican_view(&resin), "Anexo 22 campo 13"), "912715");
    assert_eq!(field(&mexican_view(&resin), "Anexo 22 campo 2"), "IMP");
    // Bought EXW instead, the freight (850) and insurance (120) to the border are added:
    // (50,000 + 970 USD) × 18.2543 = 930,421.67 → 930,422; campo 12 is their dollar value.
    resin.commercial.charges.freight_usd = Some(rust_decimal_macros::dec!(850));
    resin.commercial.charges.insurance_usd = Some(rust_decimal_macros::dec!(120));
    let mx = mexican_view(&resin);
    assert_eq!(field(&mx, "Anexo 22 campo 13"), "930422");
    assert_eq!(field(&mx, "Anexo 22 campo 12"), "50970.00");
    assert_eq!(field(&mx, "Anexo 22 campo 21"), "15516");
    assert_eq!(field(&mx, "Anexo 22 partida campo 14"), "912715");
    // The cuadro of the resin import, worked by hand: VA 912,715; IGI 6.5% = 59,326.475 → 59,326;
    // DTA 8 al millar = 7,301.72 → 7,302; IVA 16% of (912,715 + 59,326 + 7,302) = 156,694.88 →
    // 156,695; efectivo (without the 2026 prevalidación) 223,323.
    let resin = mexican_view(&sample::southbound_resin());
    let tail: Vec<(&str, &str)> = resin.tail[0].fields.iter().map(|f| (f.label_en.as_ref(), f.value.as_str())).collect();
    assert!(
        tail.contains(&("Total DTA (code 1, MXN)", "7302"))
            && tail.contains(&("Total IGI (code 6, MXN)", "59326"))
            && tail.contains(&("Total IVA (code 3, MXN)", "156695")),
        "{tail:?}"
    );
    assert_eq!(tail.last().map(|t| t.1), Some("223323"));
    // USMCA lines pay no MPF (19 CFR 24.23(c)).
    assert_eq!(field(&us, "7501 block 43"), "0.00");
    // The pedimento of a transit declares TRA; the EEI names the country beyond Mexico.
    let transit = sample::southbound_transit();
    assert_eq!(field(&mexican_view(&transit), "Anexo 22 campo 2"), "TRA");
    assert_eq!(field(&us_view(&transit), "EEI (15 CFR 30.7)"), "AES X20261203504982");
    let destination =
        us_view(&transit).head[0].fields.iter().find(|f| f.label_en == "Country of ultimate destination").unwrap().value.clone();
    assert_eq!(destination, "GT");
    // Cleared at Monterrey, leaving through Nuevo Laredo: campo 31 and campo 8 differ.
    let inland = mexican_view(&sample::northbound_interior_clearance());
    assert!(field(&inland, "Anexo 22 campo 31").starts_with("520 Monterrey"), "{}", field(&inland, "Anexo 22 campo 31"));
    assert!(field(&inland, "Anexo 22 campo 8").starts_with("240 Nuevo Laredo"));
}
