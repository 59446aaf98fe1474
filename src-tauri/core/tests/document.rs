//! The declaration document: round trip, and malformed input refused with a specific error.

use cruce_core::declaration::{Declaration, DocumentError, SCHEMA_VERSION};
use cruce_core::sample;

#[test]
fn round_trips_with_amounts_as_strings() {
    let d = sample::northbound_auto_parts();
    let json = d.to_json();
    assert!(json.contains("\"mxnPerUsd\": \"18.25430\""), "rates keep their 5 decimals as text");
    assert!(json.contains(&format!("\"schemaVersion\": {SCHEMA_VERSION}")));
    assert_eq!(Declaration::from_json(&json).unwrap(), d);
}

#[test]
fn malformed_documents_get_specific_errors() {
    let good = sample::northbound_auto_parts().to_json();
    let cases: Vec<(String, &str)> = vec![
        ("{ not json".into(), "is not JSON"),
        ("".into(), "is not JSON"),
        ("[1, 2]".into(), "no schemaVersion"),
        ("{\"reference\": \"A\"}".into(), "no schemaVersion"),
        (good.replace(&format!("\"schemaVersion\": {SCHEMA_VERSION}"), "\"schemaVersion\": 99"), "schema version 99"),
        (good.replace(&format!("\"schemaVersion\": {SCHEMA_VERSION}"), "\"schemaVersion\": 0"), "schema version 0"),
        (
            good.replace(&format!("\"schemaVersion\": {SCHEMA_VERSION}"), "\"schemaVersion\": \"2\""),
            "schemaVersion: must be a whole number",
        ),
        (good.replace("\"mxnPerUsd\": \"18.25430\"", "\"mxnPerUsd\": \"18,25430\""), "commercial.exchangeRate.mxnPerUsd"),
        (good.replace("\"direction\": \"northbound\"", "\"direction\": \"north\""), "direction: unknown variant"),
        (good.replace("\"packages\": 200", "\"packages\": -3"), "lines[0].packages"),
        (good.replace("\"hts\": \"8708.30.5040\"", "\"hts\": 8708305040"), "lines[0].hts: invalid type"),
        (good.replace("\"seals\": [", "\"sealz\": ["), "transport.sealz: unknown field `sealz`"),
        (good.replace("\"date\": \"2026-11-28\"", "\"date\": \"28/11/2026\""), "commercial.invoices[0].date"),
    ];
    for (text, expected) in cases {
        let err = Declaration::from_json(&text).unwrap_err().to_string();
        assert!(err.contains(expected), "expected {expected:?} in {err:?}");
    }
}

#[test]
fn a_huge_document_is_refused_before_parsing() {
    let huge = format!("{{\"schemaVersion\": 1, \"pad\": \"{}\"}}", "x".repeat(17 * 1024 * 1024));
    assert!(matches!(Declaration::from_json(&huge), Err(DocumentError::TooLarge { .. })));
}

#[test]
fn a_minimal_document_reads_with_defaults() {
    let d = Declaration::from_json(r#"{"schemaVersion": 1, "reference": "X", "direction": "southbound"}"#).unwrap();
    assert!(d.lines.is_empty() && d.usmca.is_none());
}

#[test]
fn a_version_1_document_is_read_as_this_version_with_the_new_fields_empty() {
    let mut v: serde_json::Value = serde_json::from_str(&sample::northbound_auto_parts().to_json()).unwrap();
    v["schemaVersion"] = 1.into();
    // Version 1 had no linked documents, EEI, clearance aduana, invoice charges, chapter 99
    // numbers, metal origin or IGI rate.
    v.as_object_mut().unwrap().remove("documents");
    for key in ["usExport", "clearanceAduana"] {
        v["regime"].as_object_mut().unwrap().remove(key);
    }
    v["commercial"]["invoices"][0].as_object_mut().unwrap().remove("charges");
    for line in v["lines"].as_array_mut().unwrap() {
        for key in ["additionalHts", "metal", "igiRate"] {
            line.as_object_mut().unwrap().remove(key);
        }
    }
    let d = Declaration::from_json(&v.to_string()).unwrap();
    assert_eq!(d.schema_version, SCHEMA_VERSION);
    assert!(d.lines.iter().all(|l| l.additional_hts.is_empty() && l.igi_rate.is_none()));
    assert!(d.documents.is_empty() && d.regime.us_export.itn.is_empty());
}
