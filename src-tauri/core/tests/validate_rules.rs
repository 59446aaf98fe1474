//! Every rule, table-driven: a complete sample declaration passes; one change produces the
//! expected finding at the expected path.

use cruce_core::declaration::Declaration;
use cruce_core::reference::Reference;
use cruce_core::sample;
use cruce_core::validate::{can_file, validate, Severity};
use rust_decimal_macros::dec;

#[test]
fn the_samples_of_every_flow_are_clean() {
    let mut all = sample::flows();
    all.push(("northbound with 50 lines", sample::northbound_with_lines(50)));
    let mut failures = Vec::new();
    for (flow, d) in &all {
        let findings = validate(d, &Reference::builtin());
        if !findings.is_empty() {
            failures.push(format!(
                "{flow}: {:#?}",
                findings.iter().map(|f| format!("{} {} {}", f.code, f.path, f.message_en)).collect::<Vec<_>>()
            ));
        }
        assert!(can_file(&findings) || !failures.is_empty());
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

type Change = fn(&mut Declaration);

/// (what is changed, the change, expected code, expected path, expected severity)
const CASES: &[(&str, Change, &str, &str, Severity)] = &[
    ("empty reference", |d| d.reference = " ".into(), "required", "reference", Severity::Error),
    (
        "entry number check digit",
        |d| d.regime.us_entry_number = "B7Q-0012345-1".into(),
        "entry_number.check_digit",
        "regime.usEntryNumber",
        Severity::Error,
    ),
    (
        "entry number of another filer",
        |d| d.regime.us_entry_number = "ABC-1234567-6".into(),
        "entry_number.other_filer",
        "regime.usEntryNumber",
        Severity::Error,
    ),
    ("entry type 86", |d| d.regime.us_entry_type = "86".into(), "entry_type.de_minimis_suspended", "regime.usEntryType", Severity::Error),
    ("unknown entry type", |d| d.regime.us_entry_type = "99".into(), "catalog.unknown_code", "regime.usEntryType", Severity::Error),
    (
        "importer number",
        |d| d.parties.us_importer.importer_number = "12-3456789OI".into(),
        "importer_number.invalid",
        "parties.usImporter.importerNumber",
        Severity::Error,
    ),
    ("RFC format", |d| d.parties.mexican_party.rfc = "ANO93071".into(), "rfc.length", "parties.mexicanParty.rfc", Severity::Error),
    (
        "RFC check digit (warning)",
        |d| d.parties.mexican_party.rfc = "ANO930714KP3".into(),
        "rfc.check_digit",
        "parties.mexicanParty.rfc",
        Severity::Warning,
    ),
    (
        "CURP check digit",
        |d| d.parties.mexican_party.curp = "BOXW310820HNERXN08".into(),
        "curp.check_digit",
        "parties.mexicanParty.curp",
        Severity::Error,
    ),
    (
        "MID of Canada",
        |d| d.parties.manufacturer.mid = "CAAUTDEL1450MON".into(),
        "mid.invalid",
        "parties.manufacturer.mid",
        Severity::Error,
    ),
    (
        "MID not matching the manufacturer",
        |d| d.parties.manufacturer.mid = "MXAUTDEL1451MON".into(),
        "mid.differs_from_construction",
        "parties.manufacturer.mid",
        Severity::Warning,
    ),
    (
        "filer code",
        |d| {
            d.parties.us_broker.filer_code = "B7".into();
            d.regime.us_entry_number.clear();
        },
        "filer_code.format",
        "parties.usBroker.filerCode",
        Severity::Error,
    ),
    (
        "SCAC of equipment",
        |d| {
            d.parties.carrier.scac = "TRNU".into();
        },
        "scac.invalid",
        "parties.carrier.scac",
        Severity::Error,
    ),
    ("no crew id", |d| d.parties.driver.fast_card.clear(), "driver.no_crew_id", "parties.driver.fastCard", Severity::Error),
    ("unknown port", |d| d.transport.us_port = "0901".into(), "us_port.unknown", "transport.usPort", Severity::Error),
    (
        "ports that do not face",
        |d| {
            d.transport.aduana = "400".into();
            d.regime.pedimento_number.clear();
        },
        "ports.not_facing",
        "transport.aduana",
        Severity::Error,
    ),
    (
        "crossing of another port",
        |d| d.transport.crossing = "250602".into(),
        "crossing.other_port",
        "transport.crossing",
        Severity::Warning,
    ),
    ("VIN format", |d| d.transport.truck.vin = "1M8GDM9AXKP04278O".into(), "vin.format", "transport.truck.vin", Severity::Error),
    (
        "VIN check digit",
        |d| d.transport.truck.vin = "1M8GDM9A1KP042788".into(),
        "vin.check_digit",
        "transport.truck.vin",
        Severity::Warning,
    ),
    ("no seals on a loaded trailer", |d| d.transport.seals.clear(), "seals.none", "transport.seals", Severity::Warning),
    (
        "SCN of another carrier",
        |d| d.transport.shipment_control_number = "ABCD0012345678".into(),
        "scn.other_carrier",
        "transport.shipmentControlNumber",
        Severity::Error,
    ),
    (
        "trip of another carrier",
        |d| d.transport.trip_number = "ABCD20261201A".into(),
        "trip.other_carrier",
        "transport.tripNumber",
        Severity::Warning,
    ),
    ("no arrival", |d| d.transport.estimated_arrival = None, "required", "transport.estimatedArrival", Severity::Error),
    (
        "no invoices",
        |d| {
            d.commercial.invoices.clear();
            for l in &mut d.lines {
                l.invoice_number.clear();
            }
        },
        "required",
        "commercial.invoices",
        Severity::Error,
    ),
    (
        "peso written MXP",
        |d| d.commercial.invoices[0].currency = "MXP".into(),
        "currency.mxp",
        "commercial.invoices[0].currency",
        Severity::Error,
    ),
    (
        "unknown incoterm",
        |d| d.commercial.invoices[0].incoterm = "DDU".into(),
        "catalog.unknown_code",
        "commercial.invoices[0].incoterm",
        Severity::Error,
    ),
    (
        "CFDI UUID format",
        |d| d.commercial.invoices[0].cfdi_uuid = "5FB2822E396D47258521CDC4BDD20CCF".into(),
        "cfdi_uuid.length",
        "commercial.invoices[0].cfdiUuid",
        Severity::Error,
    ),
    ("COVE format", |d| d.commercial.invoices[0].cove = "COVE24716".into(), "cove.length", "commercial.invoices[0].cove", Severity::Error),
    (
        "rate with 6 decimals",
        |d| d.commercial.exchange_rate.mxn_per_usd = Some(dec!(18.254301)),
        "exchange_rate.too_precise",
        "commercial.exchangeRate.mxnPerUsd",
        Severity::Error,
    ),
    (
        "inverted rate",
        |d| d.commercial.exchange_rate.mxn_per_usd = Some(dec!(0.05478)),
        "exchange_rate.implausible",
        "commercial.exchangeRate.mxnPerUsd",
        Severity::Warning,
    ),
    ("unknown clave", |d| d.regime.clave_pedimento = "Z9".into(), "catalog.unknown_code", "regime.clavePedimento", Severity::Error),
    (
        "import régimen on a northbound crossing",
        |d| d.regime.regimen = "IMD".into(),
        "regimen.not_for_clave",
        "regime.regimen",
        Severity::Error,
    ),
    (
        "pedimento of another aduana",
        |d| d.regime.pedimento_number = "26  40  3210  6000123".into(),
        "pedimento.other_aduana",
        "regime.pedimentoNumber",
        Severity::Error,
    ),
    (
        "pedimento of another patente",
        |d| d.regime.pedimento_number = "26  24  3999  6000123".into(),
        "pedimento.other_patente",
        "regime.pedimentoNumber",
        Severity::Error,
    ),
    (
        "pedimento year digit",
        |d| d.regime.pedimento_number = "26  24  3210  5000123".into(),
        "pedimento.year_digit",
        "regime.pedimentoNumber",
        Severity::Warning,
    ),
    ("HTS length", |d| d.lines[1].hts = "8708.30.50".into(), "hts.length", "lines[1].hts", Severity::Error),
    ("fracción length", |d| d.lines[2].fraccion = "8708.30.9".into(), "fraccion.length", "lines[2].fraccion", Severity::Error),
    ("NICO format", |d| d.lines[0].nico = "9".into(), "nico.format", "lines[0].nico", Severity::Error),
    ("HS6 differ", |d| d.lines[0].fraccion = "8708.29.99".into(), "classification.hs6_differs", "lines[0].fraccion", Severity::Warning),
    (
        "quantities disagree",
        |d| d.lines[0].us_quantity = Some(dec!(5999)),
        "quantity.sides_disagree",
        "lines[0].usQuantity",
        Severity::Warning,
    ),
    ("net above gross", |d| d.lines[1].net_kg = Some(dec!(7000)), "weight.net_above_gross", "lines[1].netKg", Severity::Error),
    ("no packages", |d| d.lines[2].packages = Some(0), "required", "lines[2].packages", Severity::Error),
    ("unknown UMC", |d| d.lines[0].mx_unit = "6".into(), "catalog.unknown_code", "lines[0].mxUnit", Severity::Error),
    (
        "UMC quantity with 4 decimals",
        |d| {
            d.lines[0].mx_quantity = Some(dec!(6000.0001));
        },
        "amount.too_precise",
        "lines[0].mxQuantity",
        Severity::Error,
    ),
    (
        "line of an unknown invoice",
        |d| {
            d.lines[0].invoice_number = "FAC-X".into();
            d.commercial.invoices[0].total = Some(dec!(30750.00));
        },
        "line.unknown_invoice",
        "lines[0].invoiceNumber",
        Severity::Error,
    ),
    (
        "lines do not add up",
        |d| d.commercial.invoices[0].total = Some(dec!(48750.02)),
        "totals.invoice_mismatch",
        "commercial.invoices[0].total",
        Severity::Error,
    ),
    (
        "USD disagrees with the rate",
        |d| {
            d.commercial.invoices[0].currency = "MXN".into();
        },
        "totals.usd_mismatch",
        "lines[0].valueUsd",
        Severity::Error,
    ),
    (
        "unknown country of origin",
        |d| d.lines[0].country_of_origin = "XX".into(),
        "country.unknown",
        "lines[0].countryOfOrigin",
        Severity::Error,
    ),
    ("claim without certification", |d| d.usmca = None, "usmca.no_certification", "usmca", Severity::Error),
    ("claim without origin criterion", |d| d.lines[1].origin_criterion.clear(), "required", "lines[1].originCriterion", Severity::Error),
    ("unsigned certification", |d| d.usmca.as_mut().unwrap().signed_by.clear(), "required", "usmca.signedBy", Severity::Error),
    (
        "blanket over 12 months",
        |d| {
            let u = d.usmca.as_mut().unwrap();
            u.blanket_to = Some(chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
        },
        "usmca.blanket_too_long",
        "usmca.blanketTo",
        Severity::Error,
    ),
    (
        "crossing outside the blanket",
        |d| {
            let u = d.usmca.as_mut().unwrap();
            u.blanket_to = Some(chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
        },
        "dates.outside_blanket",
        "usmca.blanketFrom",
        Severity::Error,
    ),
    (
        "invoice after arrival",
        |d| d.commercial.invoices[0].date = chrono::NaiveDate::from_ymd_opt(2026, 12, 2),
        "dates.invoice_after_arrival",
        "commercial.invoices[0].date",
        Severity::Error,
    ),
    (
        "rate after arrival",
        |d| d.commercial.exchange_rate.date = chrono::NaiveDate::from_ymd_opt(2026, 12, 2),
        "dates.rate_after_arrival",
        "commercial.exchangeRate.date",
        Severity::Warning,
    ),
];

#[test]
fn each_change_yields_its_finding() {
    for (what, change, code, path, severity) in CASES {
        let mut d = sample::northbound_auto_parts();
        change(&mut d);
        let findings = validate(&d, &Reference::builtin());
        assert!(
            findings.iter().any(|f| f.code == *code && f.path == *path && f.severity == *severity),
            "{what}: expected {severity:?} {code} at {path}, got {findings:#?}"
        );
        for f in &findings {
            assert!(!f.message_en.is_empty() && !f.message_es.is_empty() && !f.source.is_empty(), "{what}: {f:?}");
            assert_ne!(f.message_en, f.message_es, "{what}: the Spanish message is a translation");
        }
        assert_eq!(can_file(&findings), !findings.iter().any(|f| f.severity == Severity::Error), "{what}");
    }
}

#[test]
fn all_findings_are_returned_at_once_errors_first() {
    let mut d = sample::northbound_auto_parts();
    d.lines[0].hts = "bad".into();
    d.lines[1].nico = "x".into();
    d.transport.seals.clear();
    d.parties.carrier.name.clear();
    let findings = validate(&d, &Reference::builtin());
    let codes: Vec<&str> = findings.iter().map(|f| f.code.as_str()).collect();
    assert!(
        codes.contains(&"hts.format") && codes.contains(&"nico.format") && codes.contains(&"seals.none") && codes.contains(&"required"),
        "{codes:?}"
    );
    let first_warning = findings.iter().position(|f| f.severity == Severity::Warning).unwrap();
    assert!(findings[first_warning..].iter().all(|f| f.severity == Severity::Warning), "errors come first");
}

#[test]
fn an_empty_declaration_reports_what_is_missing_without_panicking() {
    let d = Declaration::new("", cruce_core::Direction::Southbound);
    let findings = validate(&d, &Reference::builtin());
    assert!(findings.len() >= 20, "{}", findings.len());
    assert!(!can_file(&findings));
}

type Sample = fn() -> Declaration;

fn at(d: &Declaration, hours_before: i64) -> Option<cruce_core::PlannedCrossing> {
    let eta = d.transport.estimated_arrival.clone().unwrap();
    Some(cruce_core::PlannedCrossing { local: eta.local - chrono::Duration::hours(hours_before), zone: eta.zone })
}

fn document(kind: &str, number: &str) -> cruce_core::declaration::LinkedDocument {
    cruce_core::declaration::LinkedDocument { kind: kind.into(), number: number.into(), issued: None }
}

/// Rules that depend on the flow: (what, base sample, change, code, path, severity).
const FLOW_CASES: &[(&str, Sample, Change, &str, &str, Severity)] = &[
    // The Mexican side: clave, operation, régimen, aduana of clearance, pedimento.
    (
        "import clave northbound",
        sample::northbound_auto_parts,
        |d| d.regime.clave_pedimento = "IN".into(),
        "clave.wrong_operation",
        "regime.clavePedimento",
        Severity::Error,
    ),
    (
        "IMMEX return southbound",
        sample::southbound_resin,
        |d| d.regime.clave_pedimento = "RT".into(),
        "clave.wrong_operation",
        "regime.clavePedimento",
        Severity::Error,
    ),
    (
        "export régimen southbound",
        sample::southbound_resin,
        |d| d.regime.regimen = "EXD".into(),
        "regimen.not_for_clave",
        "regime.regimen",
        Severity::Error,
    ),
    (
        "transit declared IMD",
        sample::southbound_transit,
        |d| d.regime.regimen = "IMD".into(),
        "regimen.not_for_clave",
        "regime.regimen",
        Severity::Error,
    ),
    (
        "IMMEX return under EXD (usual: ITE)",
        sample::northbound_immex_return,
        |d| d.regime.regimen = "EXD".into(),
        "regimen.not_for_clave",
        "regime.regimen",
        Severity::Warning,
    ),
    (
        "unknown aduana of clearance",
        sample::northbound_interior_clearance,
        |d| d.regime.clearance_aduana = "999".into(),
        "aduana.clearance_unknown",
        "regime.clearanceAduana",
        Severity::Error,
    ),
    (
        "pedimento of the border aduana when cleared inland",
        sample::northbound_interior_clearance,
        |d| d.regime.pedimento_number = "26  24  3210  6000912".into(),
        "pedimento.other_aduana",
        "regime.pedimentoNumber",
        Severity::Error,
    ),
    (
        "pedimento two years old",
        sample::northbound_auto_parts,
        |d| d.regime.pedimento_number = "24  24  3210  4000123".into(),
        "pedimento.year_vs_crossing",
        "regime.pedimentoNumber",
        Severity::Error,
    ),
    (
        "pedimento of last year",
        sample::northbound_auto_parts,
        |d| d.regime.pedimento_number = "25  24  3210  5000123".into(),
        "pedimento.year_vs_crossing",
        "regime.pedimentoNumber",
        Severity::Warning,
    ),
    (
        "USMCA claim on goods of China",
        sample::northbound_auto_parts,
        |d| d.lines[2].country_of_origin = "CN".into(),
        "usmca.origin_outside",
        "lines[2].countryOfOrigin",
        Severity::Error,
    ),
    (
        "generic RFC",
        sample::southbound_resin,
        |d| d.parties.mexican_party.rfc = "XAXX010101000".into(),
        "rfc.generic",
        "parties.mexicanParty.rfc",
        Severity::Error,
    ),
    // Value documents and incrementables.
    (
        "export without CFDI or COVE",
        sample::northbound_auto_parts,
        |d| d.commercial.invoices[0].cfdi_uuid.clear(),
        "value_document.missing",
        "commercial.invoices[0].cfdiUuid",
        Severity::Error,
    ),
    (
        "import without COVE",
        sample::southbound_resin,
        |d| d.commercial.invoices[0].cove.clear(),
        "value_document.missing",
        "commercial.invoices[0].cove",
        Severity::Error,
    ),
    (
        "freight on top of a DAP price",
        sample::southbound_resin,
        |d| d.commercial.charges.freight_usd = Some(dec!(500)),
        "charges.in_price",
        "commercial.charges",
        Severity::Warning,
    ),
    (
        "EXW with no freight",
        sample::southbound_resin,
        |d| d.commercial.invoices[0].incoterm = "EXW".into(),
        "charges.freight_expected",
        "commercial.charges.freightUsd",
        Severity::Warning,
    ),
    (
        "invoice charges not in its total",
        sample::southbound_immex_steel,
        |d| d.commercial.invoices[0].charges.freight = Some(dec!(650)),
        "totals.invoice_mismatch",
        "commercial.invoices[0].total",
        Severity::Error,
    ),
    (
        "negative invoice charge",
        sample::southbound_immex_steel,
        |d| d.commercial.invoices[0].charges.other = Some(dec!(-5)),
        "amount.negative",
        "commercial.invoices[0].charges.other",
        Severity::Error,
    ),
    (
        "stale exchange rate",
        sample::northbound_auto_parts,
        |d| d.commercial.exchange_rate.date = chrono::NaiveDate::from_ymd_opt(2026, 11, 20),
        "dates.rate_stale",
        "commercial.exchangeRate.date",
        Severity::Warning,
    ),
    (
        "IGI rate over 100",
        sample::southbound_resin,
        |d| d.lines[0].igi_rate = Some(dec!(160)),
        "igi_rate.out_of_range",
        "lines[0].igiRate",
        Severity::Error,
    ),
    // The U.S. entry.
    (
        "informal entry over $2,500",
        sample::northbound_auto_parts,
        |d| d.regime.us_entry_type = "11".into(),
        "entry_type.informal_over_limit",
        "regime.usEntryType",
        Severity::Error,
    ),
    (
        "commodity number as a chapter 99 number",
        sample::northbound_auto_parts,
        |d| d.lines[0].additional_hts = vec!["8708.30.5020".into()],
        "additional_hts.invalid",
        "lines[0].additionalHts[0]",
        Severity::Error,
    ),
    (
        "chapter 99 number twice",
        sample::northbound_auto_parts,
        |d| d.lines[1].additional_hts = vec!["9903.94.06".into(), "9903.94.06".into()],
        "additional_hts.duplicate",
        "lines[1].additionalHts[1]",
        Severity::Error,
    ),
    (
        "steel without melt and pour",
        sample::northbound_auto_parts,
        |d| d.lines[0].hts = "7208.27.0060".into(),
        "metal.melt_pour_missing",
        "lines[0].metal.meltPour",
        Severity::Error,
    ),
    (
        "steel article of chapter 73 without melt and pour",
        sample::northbound_auto_parts,
        |d| d.lines[0].hts = "7318.15.8069".into(),
        "metal.melt_pour_missing",
        "lines[0].metal.meltPour",
        Severity::Warning,
    ),
    (
        "derivative filed under Section 232 steel without melt and pour",
        sample::northbound_auto_parts,
        |d| d.lines[0].additional_hts = vec!["9903.81.91".into()],
        "metal.melt_pour_missing",
        "lines[0].metal.meltPour",
        Severity::Error,
    ),
    (
        "aluminum sheet without smelt",
        sample::northbound_auto_parts,
        |d| d.lines[0].hts = "7606.12.3091".into(),
        "metal.smelt_cast_missing",
        "lines[0].metal.primarySmelt",
        Severity::Error,
    ),
    (
        "unknown melt and pour country",
        sample::northbound_auto_parts,
        |d| {
            d.lines[0].hts = "7208.27.0060".into();
            d.lines[0].metal.melt_pour = "XY".into();
        },
        "country.unknown",
        "lines[0].metal.meltPour",
        Severity::Error,
    ),
    // Other agencies' documents.
    (
        "food without prior notice",
        sample::northbound_auto_parts,
        |d| d.lines[0].hts = "0804.40.0010".into(),
        "document.prior_notice_missing",
        "documents",
        Severity::Warning,
    ),
    (
        "produce without phytosanitary certificate",
        sample::northbound_auto_parts,
        |d| d.lines[0].hts = "0804.40.0010".into(),
        "document.phyto_missing",
        "documents",
        Severity::Warning,
    ),
    (
        "southbound produce without USDA certificate",
        sample::southbound_resin,
        |d| d.lines[0].hts = "0808.10.0080".into(),
        "document.phyto_missing",
        "documents",
        Severity::Warning,
    ),
    (
        "prior notice confirmed an hour before arrival",
        sample::northbound_auto_parts,
        |d| {
            let mut pn = document("fda_prior_notice", "PN-5521873");
            pn.issued = at(d, 1);
            d.documents.push(pn);
        },
        "document.prior_notice_late",
        "documents[0].issued",
        Severity::Error,
    ),
    (
        "prior notice confirmed six days before arrival",
        sample::northbound_auto_parts,
        |d| {
            let mut pn = document("fda_prior_notice", "PN-5521873");
            pn.issued = at(d, 6 * 24);
            d.documents.push(pn);
        },
        "document.prior_notice_early",
        "documents[0].issued",
        Severity::Error,
    ),
    (
        "unknown kind of document",
        sample::northbound_auto_parts,
        |d| d.documents.push(document("permit_xyz", "77")),
        "document.unknown_kind",
        "documents[0].kind",
        Severity::Error,
    ),
    (
        "document without number",
        sample::northbound_auto_parts,
        |d| d.documents.push(document("usda_phyto", " ")),
        "required",
        "documents[0].number",
        Severity::Error,
    ),
    // The U.S. export (EEI).
    (
        "no ITN over $2,500",
        sample::southbound_resin,
        |d| d.regime.us_export.itn.clear(),
        "eei.itn_required",
        "regime.usExport.itn",
        Severity::Error,
    ),
    (
        "ITN malformed",
        sample::southbound_resin,
        |d| d.regime.us_export.itn = "X2026120231884".into(),
        "eei.itn_format",
        "regime.usExport.itn",
        Severity::Error,
    ),
    (
        "ITN of an impossible date",
        sample::southbound_resin,
        |d| d.regime.us_export.itn = "X20261302318844".into(),
        "eei.itn_format",
        "regime.usExport.itn",
        Severity::Error,
    ),
    (
        "ITN after the export",
        sample::southbound_resin,
        |d| d.regime.us_export.itn = "X20261205318844".into(),
        "eei.itn_after_export",
        "regime.usExport.itn",
        Severity::Error,
    ),
    (
        "low-value exemption claimed over $2,500",
        sample::southbound_resin,
        |d| {
            d.regime.us_export.itn.clear();
            d.regime.us_export.exemption = "NOEEI 30.37(a)".into();
        },
        "eei.exemption_does_not_apply",
        "regime.usExport.exemption",
        Severity::Error,
    ),
    (
        "licensed export without ITN",
        sample::southbound_immex_steel,
        |d| {
            small_export(d);
            d.regime.us_export.licence_required = true;
        },
        "eei.itn_required",
        "regime.usExport.itn",
        Severity::Error,
    ),
    (
        "low-value export without the exemption legend",
        sample::southbound_immex_steel,
        small_export,
        "eei.exemption_missing",
        "regime.usExport.exemption",
        Severity::Warning,
    ),
    (
        "exemption legend misspelled",
        sample::southbound_immex_steel,
        |d| {
            small_export(d);
            d.regime.us_export.exemption = "NO EEI".into();
        },
        "eei.exemption_format",
        "regime.usExport.exemption",
        Severity::Warning,
    ),
    (
        "USPPI without EIN",
        sample::southbound_resin,
        |d| d.parties.us_importer.importer_number.clear(),
        "required",
        "parties.usImporter.importerNumber",
        Severity::Error,
    ),
    (
        "USPPI EIN never issued",
        sample::southbound_resin,
        |d| d.parties.us_importer.importer_number = "07-1234567".into(),
        "usppi.ein_prefix",
        "parties.usImporter.importerNumber",
        Severity::Warning,
    ),
];

/// The steel sample cut to one coil worth $2,400: no EEI is needed.
fn small_export(d: &mut Declaration) {
    d.regime.us_export.itn.clear();
    d.lines[0].value = Some(dec!(2400));
    d.lines[0].value_usd = Some(dec!(2400));
    d.commercial.invoices[0].total = Some(dec!(2400));
}

#[test]
fn each_flow_rule_yields_its_finding() {
    let mut failures = Vec::new();
    for (what, base, change, code, path, severity) in FLOW_CASES {
        let mut d = base();
        assert!(validate(&d, &Reference::builtin()).is_empty(), "{what}: the base sample is clean");
        change(&mut d);
        let findings = validate(&d, &Reference::builtin());
        if !findings.iter().any(|f| f.code == *code && f.path == *path && f.severity == *severity) {
            let got: Vec<String> = findings.iter().map(|f| format!("{:?} {} {}", f.severity, f.code, f.path)).collect();
            failures.push(format!("{what}: expected {severity:?} {code} at {path}, got {got:?}"));
        }
        for f in &findings {
            assert!(!f.message_en.is_empty() && !f.message_es.is_empty() && !f.source.is_empty(), "{what}: {f:?}");
            assert_ne!(f.message_en, f.message_es, "{what}: the Spanish message is a translation");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn each_side_checks_only_what_its_government_receives() {
    // Southbound there is no U.S. entry and no inbound e-Manifest: their fields are not checked.
    let mut d = sample::southbound_resin();
    d.regime.us_entry_type = "86".into();
    d.regime.us_entry_number = "bad".into();
    d.parties.manufacturer.mid = "bad".into();
    d.parties.us_broker.filer_code = "?".into();
    d.parties.driver.fast_card.clear();
    d.transport.truck.vin = "SHORT".into();
    d.lines[0].manufacturer_mid = "bad".into();
    d.lines[0].hts = "7208.27.0060".into();
    d.lines[0].fraccion = "7208.27.01".into();
    let findings = validate(&d, &Reference::builtin());
    assert!(findings.is_empty(), "{findings:#?}");
    // Northbound there is no EEI.
    let mut d = sample::northbound_auto_parts();
    d.regime.us_export.itn = "bad".into();
    d.regime.us_export.exemption = "bad".into();
    let findings = validate(&d, &Reference::builtin());
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn a_transit_needs_no_cove_and_no_value_document() {
    let d = sample::southbound_transit();
    assert!(d.commercial.invoices[0].cove.is_empty());
    assert!(validate(&d, &Reference::builtin()).is_empty());
}

#[test]
fn required_fields_are_asked_for_in_both_languages() {
    let mut d = sample::northbound_auto_parts();
    d.commercial.invoices[0].date = None;
    d.regime.regimen.clear();
    let findings = validate(&d, &Reference::builtin());
    let date = findings.iter().find(|f| f.path == "commercial.invoices[0].date").unwrap();
    assert_eq!((date.message_en.as_str(), date.message_es.as_str()), ("Enter the invoice date", "Capture la fecha de la factura"));
    let regimen = findings.iter().find(|f| f.path == "regime.regimen").unwrap();
    assert_eq!((regimen.message_en.as_str(), regimen.message_es.as_str()), ("Enter the régimen", "Capture el régimen"));
}

/// Words of the English messages that must never appear in a Spanish one (an untranslated
/// fragment). Loanwords Mexican customs use as they are (entry, e-Manifest, ITN) are not listed.
const ENGLISH_WORDS: &[&str] = &[" the ", " is ", " and ", " of ", " must ", " with ", " not ", " for ", " enter ", " line ", "required"];

#[test]
fn spanish_messages_have_no_english_fragments() {
    let mut all = Vec::new();
    let r = Reference::builtin();
    for (what, base, change, ..) in FLOW_CASES {
        let mut d = base();
        change(&mut d);
        all.extend(validate(&d, &r).into_iter().map(|f| (*what, f)));
    }
    for (what, change, ..) in CASES {
        let mut d = sample::northbound_auto_parts();
        change(&mut d);
        all.extend(validate(&d, &r).into_iter().map(|f| (*what, f)));
    }
    all.extend(validate(&Declaration::new("", cruce_core::Direction::Northbound), &r).into_iter().map(|f| ("empty northbound", f)));
    all.extend(validate(&Declaration::new("", cruce_core::Direction::Southbound), &r).into_iter().map(|f| ("empty southbound", f)));
    assert!(all.len() > 150, "{}", all.len());
    for (what, f) in &all {
        let es = format!(" {} ", f.message_es.to_lowercase());
        for w in ENGLISH_WORDS {
            assert!(!es.contains(w), "{what}: {:?} has the English word {w:?}", f.message_es);
        }
    }
}

#[test]
fn a_dollar_line_that_disagrees_with_itself_is_explained_without_a_rate() {
    let mut d = sample::northbound_auto_parts();
    assert_eq!(d.commercial.invoices[0].currency, "USD");
    d.lines[0].value = Some(dec!(1234.5));
    d.lines[0].value_usd = Some(dec!(100));
    let findings = validate(&d, &Reference::builtin());
    let f = findings.iter().find(|f| f.code == "totals.usd_mismatch").expect("the mismatch is found");
    assert_eq!(
        f.message_en,
        "The invoice is in dollars, so the line's dollar value must equal its value of 1,234.50 USD, but it says 100.00 USD"
    );
    assert!(f.message_es.starts_with("La factura está en dólares") && !f.message_es.contains("tipo declarado"), "{}", f.message_es);

    d.commercial.invoices[0].currency = "MXN".into();
    let findings = validate(&d, &Reference::builtin());
    let f = findings.iter().find(|f| f.code == "totals.usd_mismatch" && f.path == "lines[0].valueUsd").expect("the mismatch is found");
    assert!(f.message_en.contains("MXN is") && f.message_en.contains("at the declared rate"), "{}", f.message_en);
}

#[test]
fn amounts_in_messages_read_as_on_the_invoice() {
    let mut d = sample::northbound_auto_parts();
    let currency = d.commercial.invoices[0].currency.clone();
    d.commercial.invoices[0].total = Some(dec!(48750.5));
    let findings = validate(&d, &Reference::builtin());
    let f = findings.iter().find(|f| f.code == "totals.invoice_mismatch").expect("the mismatch is found");
    let number = d.commercial.invoices[0].number.trim();
    assert_eq!(
        f.message_en,
        format!("The lines of invoice {number} add up to 48,750.00 {currency}, but the invoice total is 48,750.50 {currency}")
    );
    assert_eq!(
        f.message_es,
        format!("Las partidas de la factura {number} suman 48,750.00 {currency}, pero el total de la factura es 48,750.50 {currency}")
    );
}
