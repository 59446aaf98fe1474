//! Properties over generated declarations: a valid declaration yields no errors; corrupting one
//! field yields exactly that field's finding.

use cruce_core::declaration::{Declaration, Line};
use cruce_core::reference::Reference;
use cruce_core::sample;
use cruce_core::validate::{validate, Severity};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// A valid line: brake pads with generated value, quantity and weights.
fn line() -> impl Strategy<Value = Line> {
    (1u32..5_000_000, 1u32..100_000, 1u32..1000, 0u32..100, 1u32..500).prop_map(|(cents, pieces, gross_g_per_piece, tare_pct, packages)| {
        let mut l = sample::brake_pads(Decimal::new(cents.into(), 2), Decimal::from(pieces));
        let gross = Decimal::from(pieces) * Decimal::new(gross_g_per_piece.into(), 3);
        l.gross_kg = Some(gross);
        l.net_kg = Some((gross * Decimal::from(100 - tare_pct) / Decimal::from(100)).round_dp(3).max(Decimal::new(1, 3)));
        if l.net_kg > l.gross_kg {
            l.net_kg = l.gross_kg;
        }
        l.packages = Some(packages);
        l
    })
}

/// A valid declaration of any of the sample flows, with generated lines.
fn declaration() -> impl Strategy<Value = Declaration> {
    let flows = sample::flows().len();
    (prop::collection::vec(line(), 1..40), 0..flows).prop_map(|(lines, which)| {
        let mut d = sample::flows().swap_remove(which).1;
        let south = d.direction == cruce_core::Direction::Southbound;
        let invoice = d.commercial.invoices[0].number.clone();
        let in_pesos = d.commercial.invoices[0].currency == "MXN";
        let rate = d.commercial.exchange_rate.mxn_per_usd.unwrap();
        d.lines = lines
            .into_iter()
            .map(|mut l| {
                l.invoice_number = invoice.clone();
                if in_pesos {
                    // The peso value is exact at the declared rate.
                    l.value = l.value_usd.map(|usd| (usd * rate).round_dp(2));
                }
                if south {
                    l.country_of_origin = "US".into();
                    l.origin_criterion.clear();
                }
                l
            })
            .collect();
        d.commercial.invoices[0].total = Some(d.lines.iter().filter_map(|l| l.value).sum());
        d
    })
}

/// (path, corruption, only northbound: the field belongs to the U.S. entry or the e-Manifest).
type Corruption = (&'static str, fn(&mut Declaration, usize), bool);

/// Field-local corruptions and the path each must be reported at (`{i}` = the chosen line).
const CORRUPTIONS: &[Corruption] = &[
    ("lines[{i}].hts", |d, i| d.lines[i].hts = "8708.30.50X0".into(), false),
    ("lines[{i}].fraccion", |d, i| d.lines[i].fraccion = "8708-30".into(), false),
    ("lines[{i}].nico", |d, i| d.lines[i].nico = "A1".into(), false),
    ("lines[{i}].description", |d, i| d.lines[i].description = "  ".into(), false),
    ("lines[{i}].countryOfOrigin", |d, i| d.lines[i].country_of_origin = "ZZ".into(), false),
    ("lines[{i}].packageKind", |d, i| d.lines[i].package_kind.clear(), false),
    ("lines[{i}].mxTariffUnit", |d, i| d.lines[i].mx_tariff_unit = "77".into(), false),
    ("parties.mexicanParty.rfc", |d, _| d.parties.mexican_party.rfc = "ANO9307".into(), false),
    ("parties.usImporter.importerNumber", |d, _| d.parties.us_importer.importer_number = "12-34".into(), true),
    ("transport.truck.vin", |d, _| d.transport.truck.vin = "SHORTVIN".into(), true),
    ("commercial.invoices[0].cove", |d, _| d.commercial.invoices[0].cove = "COVEX".into(), false),
    ("regime.pedimentoNumber", |d, _| d.regime.pedimento_number = "26 24".into(), false),
    ("parties.driver.name", |d, _| d.parties.driver.name.clear(), true),
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn a_generated_valid_declaration_has_no_errors(d in declaration()) {
        let errors: Vec<_> = validate(&d, &Reference::builtin()).into_iter().filter(|f| f.severity == Severity::Error).collect();
        prop_assert!(errors.is_empty(), "{:#?}", errors);
    }

    #[test]
    fn corrupting_one_field_yields_exactly_that_fields_finding(d in declaration(), which in 0..CORRUPTIONS.len(), line_pick in any::<prop::sample::Index>()) {
        let (path, corrupt, north_only) = CORRUPTIONS[which];
        prop_assume!(!north_only || d.direction == cruce_core::Direction::Northbound);
        let i = line_pick.index(d.lines.len());
        let mut bad = d.clone();
        corrupt(&mut bad, i);
        let expected = path.replace("{i}", &i.to_string());
        let before = validate(&d, &Reference::builtin());
        let after: Vec<_> = validate(&bad, &Reference::builtin()).into_iter().filter(|f| !before.contains(f)).collect();
        prop_assert_eq!(after.len(), 1, "{}: {:#?}", expected, after);
        prop_assert_eq!(&after[0].path, &expected);
        prop_assert_eq!(after[0].severity, Severity::Error);
    }
}
