//! The real published lists in the shared data folder (`CRUCE_SHARED_DATA`, default
//! `../shared/data` beside the repository), read whole, and their broken variants refused.

use std::path::PathBuf;

use cruce_core::screening::lists::{read, ListFile};
use cruce_core::screening::{IdKind, ListKind, NameKind};

fn data(rel: &str) -> Vec<u8> {
    let dir = std::env::var_os("CRUCE_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    std::fs::read(dir.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e} (set CRUCE_SHARED_DATA)"))
}

fn one(kind: ListKind, rel: &str) -> cruce_core::screening::ParsedList {
    let bytes = data(rel);
    read(kind, &[ListFile { name: rel, bytes: &bytes }]).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn ofac_sdn_with_aliases_addresses_and_comments() {
    let names = ["sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"];
    let files: Vec<(String, Vec<u8>)> =
        names.iter().map(|n| (n.to_string(), data(&format!("ofac-watchman/ofac-sdn-2021-07/{n}")))).collect();
    let given: Vec<ListFile> = files.iter().map(|(n, b)| ListFile { name: n, bytes: b }).collect();
    let list = read(ListKind::OfacSdn, &given).unwrap();
    println!("SDN 2021-07: {} entries, {} names", list.entries.len(), list.entries.iter().map(|e| e.names.len()).sum::<usize>());
    assert!(list.notes.is_empty(), "{:?}", list.notes);
    let mayo = list.entries.iter().find(|e| e.primary_name() == "ZAMBADA GARCIA, Ismael").expect("El Mayo is on the 2021 SDN list");
    assert!(mayo.names.iter().any(|n| n.kind == NameKind::Aka && n.name == "ZAMBADA, El Mayo"), "{:?}", mayo.names);
    assert!(list.entries.iter().any(|e| e.names.iter().any(|n| n.kind == NameKind::Weak)), "nicknames in remarks");
    assert!(mayo.countries.contains(&"MX".to_owned()));
    let with_rfc = list.entries.iter().filter(|e| e.ids.iter().any(|i| i.kind == IdKind::Rfc)).count();
    assert!(with_rfc > 300, "{with_rfc} entries with an RFC");
    assert!(list.entries.iter().any(|e| e.programs.len() > 1));
}

#[test]
fn two_days_of_sdn() {
    let a = one(ListKind::OfacSdn, "ofac-sdn-gitscrape/sdn-2024-05-02.csv");
    let b = one(ListKind::OfacSdn, "ofac-sdn-gitscrape/sdn-2024-05-03.csv");
    assert_eq!((a.entries.len(), b.entries.len()), (14_973, 14_965));
    let digest = |e: &cruce_core::screening::ListEntry| serde_json::to_string(e).unwrap();
    let da: Vec<(String, String)> = a.entries.iter().map(|e| (e.id.clone(), digest(e))).collect();
    let db: Vec<(String, String)> = b.entries.iter().map(|e| (e.id.clone(), digest(e))).collect();
    let d = cruce_core::screening::diff::diff(
        da.iter().map(|(i, d)| (i.as_str(), d.as_str())),
        db.iter().map(|(i, d)| (i.as_str(), d.as_str())),
    );
    println!("SDN 2024-05-02 → 05-03: {} added, {} removed, {} changed", d.added.len(), d.removed.len(), d.changed.len());
    assert_eq!(d.removed, ["38556", "38557", "38558", "38559", "38560", "38563", "38565", "38566"]);
    assert!(d.added.is_empty());
}

#[test]
fn sat_69b_consolidated_csl_and_dpl() {
    let sat = one(ListKind::Sat69b, "sat-69b/Listado_Completo_69-B.csv");
    assert_eq!(sat.encoding, "Windows-1252");
    println!("69-B: {} entries; notes {:?}", sat.entries.len(), sat.notes);
    // 12,686 rows; 82 of them repeat an RFC already listed (a later situation of the same taxpayer).
    assert_eq!(sat.entries.len(), 12_686 - 82);
    let nujoma = sat.entries.iter().find(|e| e.id == "CNU130416UJ3").unwrap();
    assert!(nujoma.primary_name().contains("NUJOMA"));
    for s in ["Definitivo", "Presunto", "Desvirtuado", "Sentencia Favorable"] {
        assert!(sat.entries.iter().any(|e| e.status == s), "{s}");
    }
    assert!(sat.entries.iter().all(|e| !e.primary_name().contains('\n')));
    let names = ["cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv"];
    let files: Vec<(String, Vec<u8>)> =
        names.iter().map(|n| (n.to_string(), data(&format!("ofac-watchman/ofac-consolidated-nonsdn/{n}")))).collect();
    let given: Vec<ListFile> = files.iter().map(|(n, b)| ListFile { name: n, bytes: b }).collect();
    let cons = read(ListKind::OfacCons, &given).unwrap();
    println!("consolidated non-SDN: {} entries", cons.entries.len());
    assert!(cons.entries.len() > 300);
    let csl = one(ListKind::Csl, "ofac-watchman/trade-gov-csl/consolidated-sample-2025-06.csv");
    assert_eq!(csl.entries.len(), 13);
    let old = one(ListKind::Csl, "ofac-watchman/trade-gov-csl/csl-2019-12.csv");
    // 115 rows; the Denied Persons List writes one row per address: 110 entries.
    assert_eq!(old.entries.len(), 110);
    let dpl = one(ListKind::BisDpl, "ofac-watchman/bis-dpl/dpl-2022-09.txt");
    println!("DPL: {} entries", dpl.entries.len());
    assert!(dpl.entries.len() > 400 && dpl.entries.len() < 581);
}

#[test]
fn broken_copies_of_the_real_lists_are_refused() {
    let sdn = data("ofac-sdn-gitscrape/sdn-2024-05-02.csv");
    let cut = &sdn[..sdn.len() / 2];
    let err = read(ListKind::OfacSdn, &[ListFile { name: "sdn.csv", bytes: cut }]).unwrap_err();
    assert!(["list.truncated", "list.bad_row"].contains(&err.code()), "{err}");
    let sat = data("sat-69b/Listado_Completo_69-B.csv");
    let err = read(ListKind::Sat69b, &[ListFile { name: "69b.csv", bytes: &sat[..sat.len() - 100] }]).unwrap_err();
    assert_eq!(err.code(), "list.truncated", "{err}");
    // The SDN file given as the 69-B list, and the other way round.
    assert_eq!(read(ListKind::Sat69b, &[ListFile { name: "sdn.csv", bytes: &sdn }]).unwrap_err().code(), "list.missing_column");
    assert_eq!(read(ListKind::OfacSdn, &[ListFile { name: "69b.csv", bytes: &sat }]).unwrap_err().code(), "list.unknown_file");
    // UTF-16 as Excel's "Unicode text" saves it.
    let utf16: Vec<u8> = "No,RFC\r\n1,AAA".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    assert_eq!(read(ListKind::Sat69b, &[ListFile { name: "69b.csv", bytes: &utf16 }]).unwrap_err().code(), "list.not_text");
    assert_eq!(read(ListKind::Csl, &[ListFile { name: "csl.json", bytes: b"" }]).unwrap_err().code(), "list.empty");
}
