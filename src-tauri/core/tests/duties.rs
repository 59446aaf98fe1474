//! Duties, fees and taxes worked by hand from published rates, each case naming its source: the
//! U.S. duty from HTS 2026 Revision 3 (read from `CRUCE_SHARED_DATA`), the merchandise processing
//! fee of FY2026 (19 CFR 24.23; CBP Dec. 25-10, 90 FR 34665), and a Mexican definitive import's
//! IGI, DTA and IVA (Ley Aduanera art. 64; LFD arts. 49 fr. I and 6; LIVA art. 27).

mod published;

use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;
use cruce_core::declaration::{Declaration, Line};
use cruce_core::duties::{mx_liquidation, us_duties, Liquidation, NotComputed};
use cruce_core::reference::Reference;
use cruce_core::sample;
use cruce_core::tariff::Schedules;
use cruce_core::PlannedCrossing;
use rust_decimal_macros::dec;

fn reference() -> &'static Reference {
    static R: OnceLock<Reference> = OnceLock::new();
    R.get_or_init(|| Reference::builtin().with_schedules(Schedules::new(vec![Arc::new(published::hts())], Vec::new(), None)))
}

/// The auto parts sample without its USMCA claim.
fn no_usmca() -> Declaration {
    let mut d = sample::northbound_auto_parts();
    d.regime.usmca_claimed = false;
    d.usmca = None;
    for l in &mut d.lines {
        l.origin_criterion.clear();
    }
    d
}

fn on(d: &mut Declaration, y: i32, m: u32, day: u32) {
    d.transport.estimated_arrival = Some(PlannedCrossing {
        local: NaiveDate::from_ymd_opt(y, m, day).unwrap().and_hms_opt(9, 0, 0).unwrap(),
        zone: "America/Chicago".into(),
    });
}

fn one_line<'a>(d: &'a mut Declaration, hts: &str, value: rust_decimal::Decimal, qty: rust_decimal::Decimal, unit: &str) -> &'a mut Line {
    d.lines.truncate(1);
    let l = &mut d.lines[0];
    l.hts = hts.into();
    l.value_usd = Some(value);
    l.us_quantity = Some(qty);
    l.us_unit = unit.into();
    l.additional_hts.clear();
    l
}

#[test]
fn usmca_auto_parts_pay_no_duty_and_no_mpf() {
    // HTSUS 8708.30.50: general 2.5%, special "Free (…, S, …)"; 19 CFR 24.23(c): USMCA-originating
    // goods are exempt from the MPF.
    let t = us_duties(&sample::northbound_auto_parts(), reference());
    assert!(t.lines.iter().all(|l| l.rate == "S Free" && l.duty == Ok(dec!(0)) && l.usmca));
    assert_eq!((t.duty, t.mpf), (Some(dec!(0)), Some(dec!(0))));
}

#[test]
fn the_same_parts_without_usmca_pay_the_general_rate_and_the_ad_valorem_mpf() {
    // 2.5% of 18,000 + 18,750 + 12,000 = 450.00 + 468.75 + 300.00; 9903.94.06 ("the duty provided
    // in the applicable subheading") adds nothing. MPF: 0.3464% of 48,750 = 168.87.
    let t = us_duties(&no_usmca(), reference());
    let duties: Vec<_> = t.lines.iter().map(|l| l.duty).collect();
    assert_eq!(duties, [Ok(dec!(450.00)), Ok(dec!(468.75)), Ok(dec!(300.00))]);
    assert!(t
        .lines
        .iter()
        .all(|l| l.additional == [("9903.94.06".to_owned(), "The duty provided in the applicable subheading".to_owned(), Ok(dec!(0)))]));
    assert_eq!(
        (t.duty, t.mpf, t.mpf_of_the_year),
        (Some(dec!(1218.75)), Some(dec!(168.87)), false),
        "a December 2026 crossing is FY2027, not in Cruce"
    );
    let mut d = no_usmca();
    on(&mut d, 2026, 3, 2);
    assert!(us_duties(&d, reference()).mpf_of_the_year);
}

#[test]
fn specific_and_compound_rates_take_the_quantity_in_their_unit() {
    // 0702.00.20 (tomatoes, March 1–July 14): 3.9¢/kg × 10,000 kg = 390.00.
    let mut d = no_usmca();
    on(&mut d, 2026, 5, 4);
    one_line(&mut d, "0702.00.2004", dec!(9000), dec!(10000), "KG");
    assert_eq!(us_duties(&d, reference()).lines[0].duty, Ok(dec!(390.00)));
    // 0709.51.01 (Agaricus mushrooms): 8.8¢/kg + 20% → 2,000 kg, 5,000 USD: 176.00 + 1,000.00.
    one_line(&mut d, "0709.51.0150", dec!(5000), dec!(2000), "KG");
    assert_eq!(us_duties(&d, reference()).lines[0].duty, Ok(dec!(1176.00)));
    // A quantity in tonnes is converted exactly for a per-kg rate: 2 t = 2,000 kg.
    one_line(&mut d, "0709.51.0150", dec!(5000), dec!(2), "T");
    assert_eq!(us_duties(&d, reference()).lines[0].duty, Ok(dec!(1176.00)));
    // 2208.90.80 (spirits): 21.1¢/pf.liter × 1,000 proof liters = 211.00.
    one_line(&mut d, "2208.90.8020", dec!(8000), dec!(1000), "PFL");
    assert_eq!(us_duties(&d, reference()).lines[0].duty, Ok(dec!(211.00)));
    // Tequila 2208.90.50: free; excise tax is not computed (block 42).
    one_line(&mut d, "2208.90.5000", dec!(8000), dec!(1000), "PFL");
    assert_eq!(us_duties(&d, reference()).lines[0].duty, Ok(dec!(0)));
    // A per-kg rate with the line reported in pieces only: not computed, never guessed.
    one_line(&mut d, "0702.00.2004", dec!(9000), dec!(10000), "NO");
    assert_eq!(us_duties(&d, reference()).lines[0].duty, Err(NotComputed::NoQuantity));
}

#[test]
fn chapter_99_additional_duties_add_their_percent_of_the_value() {
    // 2025-06-01, before IEEPA duties ended (CSMS 67834313): 9903.01.01 "the duty provided in the
    // applicable subheading + 25%". Brake pads of 18,000 USD: 2.5% = 450.00, plus 25% = 4,500.00.
    let mut d = no_usmca();
    on(&mut d, 2025, 6, 1);
    let l = one_line(&mut d, "8708.30.5040", dec!(18000), dec!(6000), "NO");
    l.additional_hts = vec!["9903.01.01".into(), "9903.94.05".into()];
    let t = us_duties(&d, reference());
    // 9903.94.05 (autos parts, 25%) stacks as filed; the broker files the provisions that apply.
    assert_eq!(t.lines[0].additional.iter().map(|a| a.2).collect::<Vec<_>>(), [Ok(dec!(4500.00)), Ok(dec!(4500.00))]);
    assert_eq!(t.duty, Some(dec!(9450.00)));
}

#[test]
fn the_mpf_has_a_minimum_a_maximum_and_an_informal_fee() {
    // FY2026: 0.3464%, at least 33.58, at most 651.50; informal entries (type 11) 2.69.
    let mut d = no_usmca();
    on(&mut d, 2026, 3, 2);
    one_line(&mut d, "8708.30.5040", dec!(5000), dec!(100), "NO");
    assert_eq!(us_duties(&d, reference()).mpf, Some(dec!(33.58)), "17.32 is under the minimum");
    one_line(&mut d, "8708.30.5040", dec!(500000), dec!(100), "NO");
    assert_eq!(us_duties(&d, reference()).mpf, Some(dec!(651.50)), "1,732.00 is over the maximum");
    d.regime.us_entry_type = "11".into();
    one_line(&mut d, "8708.30.5040", dec!(2000), dec!(100), "NO");
    assert_eq!(us_duties(&d, reference()).mpf, Some(dec!(2.69)));
}

#[test]
fn a_definitive_import_pays_igi_dta_and_iva_rounded_to_the_peso() {
    // USD 25,000 of goods plus 800 freight, 250 insurance and 150 other to the border: valor en
    // aduana 26,200 × 18.40 = 482,080 pesos (Ley Aduanera arts. 64–65). IGI 10% = 48,208. DTA 8 al
    // millar = 3,856.64 → 3,857 (LFD arts. 49 fr. I and 6). IVA 16% of 482,080 + 48,208 + 3,857 =
    // 85,463.20 → 85,463 (LIVA art. 27). The same arithmetic as the public training case "Caso 2
    // terrestre, autopartes Texas → Nuevo Laredo", rounded as the pedimento pays.
    let mut d = sample::southbound_resin();
    d.commercial.exchange_rate.mxn_per_usd = Some(dec!(18.40));
    d.commercial.charges.freight_usd = Some(dec!(800));
    d.commercial.charges.insurance_usd = Some(dec!(250));
    d.commercial.charges.other_usd = Some(dec!(150));
    d.lines[0].value_usd = Some(dec!(25000));
    d.lines[0].igi_rate = Some(dec!(10));
    let Liquidation::Computed { partidas, totals, efectivo, prevalidacion, .. } = mx_liquidation(&d, &Reference::builtin()) else {
        panic!("A1 IMD is a definitive import")
    };
    assert_eq!(partidas[0].0, dec!(482080));
    assert_eq!((partidas[0].1.amount, partidas[0].2.amount), (Some(dec!(48208)), Some(dec!(85463))));
    let by_code: Vec<_> = totals.iter().map(|t| (t.1, t.2)).collect();
    assert_eq!(by_code, [("DTA", Some(dec!(3857))), ("IGI", Some(dec!(48208))), ("IVA", Some(dec!(85463)))]);
    assert_eq!((efectivo, prevalidacion), (None, None), "the 2026 prevalidación is not in Cruce, so no total is claimed");
    // In 2025 the prevalidación is known: 290 plus its IVA, 46.
    on(&mut d, 2025, 12, 3);
    let Liquidation::Computed { efectivo, .. } = mx_liquidation(&d, &Reference::builtin()) else { unreachable!() };
    assert_eq!(efectivo, Some(dec!(3857) + dec!(48208) + dec!(85463) + dec!(290) + dec!(46)));
}

#[test]
fn other_operations_and_unknown_rates_are_not_computed() {
    assert_eq!(
        mx_liquidation(&sample::southbound_immex_steel(), &Reference::builtin()),
        Liquidation::NotComputed,
        "IN/ITE: a temporary import"
    );
    assert_eq!(mx_liquidation(&sample::northbound_auto_parts(), &Reference::builtin()), Liquidation::NotComputed, "an export");
    let mut d = sample::southbound_resin();
    d.lines[0].igi_rate = None;
    let Liquidation::Computed { partidas, .. } = mx_liquidation(&d, &Reference::builtin()) else { unreachable!() };
    assert_eq!((partidas[0].1.amount, partidas[0].2.amount), (None, None), "without the IGI rate neither IGI nor IVA");
    // Without a schedule no U.S. duty is claimed.
    let t = us_duties(&no_usmca(), &Reference::builtin());
    assert!(t.lines.iter().all(|l| l.duty == Err(NotComputed::NoSchedule)) && t.duty.is_none());
}
