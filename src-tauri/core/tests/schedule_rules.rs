//! The rules that need the tariff schedules, run with the published ones (HTS 2026 Revision 3,
//! SAT's fracciones and patentes, read from `CRUCE_SHARED_DATA`): every flow's sample passes; each
//! break gives its finding.

mod published;

use std::sync::{Arc, OnceLock};

use cruce_core::declaration::Declaration;
use cruce_core::reference::Reference;
use cruce_core::sample;
use cruce_core::tariff::Schedules;
use cruce_core::validate::{validate, Severity};
use rust_decimal_macros::dec;

fn reference() -> &'static Reference {
    static R: OnceLock<Reference> = OnceLock::new();
    R.get_or_init(|| {
        let schedules = Schedules::new(
            vec![Arc::new(published::hts())],
            vec![Arc::new(published::fracciones())],
            Some(Arc::new(published::patentes())),
        );
        Reference::builtin().with_schedules(schedules)
    })
}

#[test]
fn every_flow_sample_passes_against_the_published_schedules() {
    for (flow, d) in sample::flows() {
        let findings = validate(&d, reference());
        assert!(findings.is_empty(), "{flow}: {findings:#?}");
    }
}

type Change = fn(&mut Declaration);
type Sample = fn() -> Declaration;

const CASES: &[(&str, Sample, Change, &str, &str, Severity)] = &[
    (
        "an HTS number that does not exist",
        sample::northbound_auto_parts,
        |d| d.lines[0].hts = "8708.99.9999".into(),
        "hts.not_in_schedule",
        "lines[0].hts",
        Severity::Error,
    ),
    (
        "a suffix the line does not have",
        sample::northbound_auto_parts,
        |d| d.lines[0].hts = "8708.30.5099".into(),
        "hts.not_statistical",
        "lines[0].hts",
        Severity::Error,
    ),
    (
        "a southbound number that does not exist",
        sample::southbound_resin,
        |d| d.lines[0].hts = "3901.20.9999".into(),
        "hts.not_in_schedule",
        "lines[0].hts",
        Severity::Error,
    ),
    (
        "tequila in liters, not proof liters",
        sample::northbound_auto_parts,
        tequila_in_liters,
        "hts.unit_not_schedule",
        "lines[0].usUnit",
        Severity::Error,
    ),
    (
        "a T-shirt line without its kilograms",
        sample::northbound_auto_parts,
        shirts_without_kg,
        "hts.second_unit_missing",
        "lines[0].usQuantity2",
        Severity::Error,
    ),
    (
        "a second quantity the line does not report",
        sample::northbound_auto_parts,
        |d| {
            d.lines[0].us_unit2 = "KG".into();
            d.lines[0].us_quantity2 = Some(dec!(5100));
        },
        "hts.second_unit_extra",
        "lines[0].usUnit2",
        Severity::Warning,
    ),
    (
        "a NICO the fracción does not have",
        sample::northbound_auto_parts,
        |d| d.lines[0].nico = "55".into(),
        "fraccion.not_in_catalog",
        "lines[0].nico",
        Severity::Error,
    ),
    (
        "a NICO that ended in 2024",
        sample::southbound_resin,
        coffee_with_an_ended_nico,
        "fraccion.not_in_force",
        "lines[0].nico",
        Severity::Error,
    ),
    (
        "a UMT that is not the fracción's",
        sample::northbound_auto_parts,
        |d| {
            d.lines[0].mx_tariff_unit = "01".into();
            d.lines[0].mx_tariff_quantity = Some(dec!(5100));
        },
        "fraccion.umt_not_catalog",
        "lines[0].mxTariffUnit",
        Severity::Error,
    ),
    (
        "a patente SAT does not list",
        sample::northbound_auto_parts,
        |d| {
            d.parties.mexican_broker.patente = "3401".into();
            d.regime.pedimento_number = "26  24  3401  6000123".into();
        },
        "patente.unknown",
        "parties.mexicanBroker.patente",
        Severity::Error,
    ),
    (
        "auto parts without a Section 232 number",
        sample::northbound_auto_parts,
        |d| d.lines[0].additional_hts.clear(),
        "chapter99.missing",
        "lines[0].additionalHts",
        Severity::Warning,
    ),
    (
        "steel in December 2026 without the 9903.82 number",
        sample::northbound_auto_parts,
        steel_sheet,
        "chapter99.missing",
        "lines[0].additionalHts",
        Severity::Warning,
    ),
    (
        "a chapter 99 number the edition lacks",
        sample::northbound_auto_parts,
        |d| d.lines[0].additional_hts.push("9903.82.01".into()),
        "additional_hts.not_in_schedule",
        "lines[0].additionalHts[1]",
        Severity::Warning,
    ),
];

fn tequila_in_liters(d: &mut Declaration) {
    let l = &mut d.lines[0];
    l.description = "Tequila, 40% vol, in bottles of 750 ml".into();
    l.hts = "2208.90.5000".into();
    l.fraccion = "2208.90.03".into();
    l.nico = "01".into();
    l.us_unit = "L".into();
    l.additional_hts.clear();
    l.mx_unit = "08".into();
    l.mx_tariff_unit = "08".into();
}

fn shirts_without_kg(d: &mut Declaration) {
    let l = &mut d.lines[0];
    l.description = "Men's cotton T-shirts, knitted".into();
    l.hts = "6109.10.0012".into();
    l.fraccion = "6109.10.03".into();
    l.nico = "01".into();
    l.us_unit = "DOZ".into();
    l.us_quantity = Some(dec!(500));
    l.mx_unit = "06".into();
    l.mx_tariff_unit = "06".into();
    l.mx_tariff_quantity = Some(dec!(6000));
    l.additional_hts.clear();
}

fn coffee_with_an_ended_nico(d: &mut Declaration) {
    let l = &mut d.lines[0];
    l.hts = "0901.21.0049".into();
    l.fraccion = "0901.21.99".into();
    l.nico = "00".into();
}

fn steel_sheet(d: &mut Declaration) {
    let l = &mut d.lines[0];
    l.hts = "7208.27.0060".into();
    l.fraccion = "7208.27.01".into();
    l.nico = "99".into();
    l.us_unit = "KG".into();
    l.mx_unit = "01".into();
    l.mx_tariff_unit = "01".into();
    l.metal.melt_pour = "MX".into();
    l.additional_hts.clear();
}

#[test]
fn each_break_gives_its_finding_against_the_published_schedules() {
    let mut failures = Vec::new();
    for (what, base, change, code, path, severity) in CASES {
        let mut d = base();
        change(&mut d);
        let findings = validate(&d, reference());
        if !findings.iter().any(|f| f.code == *code && f.path == *path && f.severity == *severity) {
            let got: Vec<String> = findings.iter().map(|f| format!("{:?} {} {} {}", f.severity, f.code, f.path, f.message_en)).collect();
            failures.push(format!("{what}: expected {severity:?} {code} at {path}, got {got:#?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn proof_liters_are_accepted_for_tequila() {
    let mut d = sample::northbound_auto_parts();
    tequila_in_liters(&mut d);
    d.lines[0].us_unit = "PFL".into();
    let findings: Vec<_> = validate(&d, reference()).into_iter().filter(|f| f.path.starts_with("lines[0]")).collect();
    assert!(findings.iter().all(|f| !f.code.starts_with("hts.")), "{findings:#?}");
}

#[test]
fn without_schedules_only_the_formats_are_checked() {
    let mut d = sample::northbound_auto_parts();
    d.lines[0].hts = "8708.99.9999".into();
    d.lines[0].nico = "55".into();
    let findings = validate(&d, &Reference::builtin());
    assert!(findings.iter().all(|f| !f.code.starts_with("hts.not") && !f.code.starts_with("fraccion.not")), "{findings:#?}");
}
