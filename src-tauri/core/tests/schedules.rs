//! The published schedules themselves, read in place from the shared data folder
//! (`CRUCE_SHARED_DATA`, by default `../shared/data` beside the repository): every row parses, every
//! unit the HTS uses has its ACE code, and known lines read as the schedule prints them.

mod published;

use cruce_core::catalog::units::hts_unit_codes;
use cruce_core::tariff::{rate, sat_csv, Statistical};
use published::{hts, read};

#[test]
fn the_usitc_hts_reads_row_for_row_with_every_unit_known() {
    let s = hts();
    let lines = s.lines();
    assert_eq!(lines.len(), 35_722, "records, not physical lines: 33 fields hold line breaks");
    let statistical: Vec<_> = lines.iter().filter(|l| l.number.len() == 10).collect();
    assert_eq!(statistical.len(), 19_856);
    let unknown: Vec<&str> = lines.iter().flat_map(|l| &l.units).filter(|u| hts_unit_codes(u).is_none()).map(String::as_str).collect();
    assert!(unknown.is_empty(), "units without an ACE code: {unknown:?}");
    let two_units = statistical.iter().filter(|l| l.units.len() == 2).count();
    assert_eq!(two_units, 4_736, "4,720 lists of two and 16 \"No. and kg\"");

    // Tequila: proof liters, free, column 2 $1.68.
    let tequila = s.line("2208905000").unwrap();
    assert_eq!((tequila.units.as_slice(), tequila.general.as_str()), (&["pf.liters".to_owned()][..], "Free"));
    assert_eq!(hts_unit_codes(&tequila.units[0]), Some(&["PFL"][..]));
    // Brake pads: the rate sits on the 8-digit line.
    match s.statistical("8708305020") {
        Statistical::Line { units, rates } => {
            assert_eq!(units.units, ["No."]);
            assert_eq!(rates.number, "87083050");
            assert_eq!(rates.general, "2.5%");
            assert!(rate::special_rate(&rates.special, "S").unwrap().is_free(), "USMCA: free");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(s.statistical("8708305099"), Statistical::OtherSuffix { .. }));
    assert_eq!(s.statistical("8708999999"), Statistical::Missing);
    assert!(s.line("99030101").unwrap().general.starts_with("The duty provided in the applicable subheading"));
}

#[test]
fn the_general_rates_of_reported_lines_read_as_formulas_except_prose() {
    let s = hts();
    let mut formulas = 0;
    let mut prose = Vec::new();
    for l in s
        .lines()
        .iter()
        .filter(|l| l.number.len() >= 8 && !l.general.is_empty() && !l.number.starts_with("98") && !l.number.starts_with("99"))
    {
        match rate::parse_rate(&l.general) {
            Some(_) => formulas += 1,
            None => prose.push(l.general.as_str()),
        }
    }
    // Chapters 1–97: all but the watch and clock rates on the case, strap and battery, the
    // derived ("The rate applicable…") and the per-content rates.
    assert!(formulas >= 11_199, "{formulas}");
    // What is left depends on facts a quantity and a value do not give: the parts of a watch, the
    // metal or sugar content, the drained weight, a sliding scale.
    let content =
        [" on ", " of ", " less ", "/line", "pins", " over ", " for each ", "/article", "The rate applicable", "See additional U.S. note"];
    let other: Vec<&&str> = prose.iter().filter(|p| !content.iter().any(|c| p.contains(c))).collect();
    assert!(other.is_empty(), "{other:?}");
}

#[test]
fn the_word_search_finds_lines_by_their_whole_path() {
    let s = hts();
    let tequila = s.search("tequila", 20);
    assert!(tequila.iter().any(|h| h.number == "2208.90.5000"), "{tequila:?}");
    let pads = s.search("8708.30.50", 20);
    assert_eq!(
        pads.iter().map(|h| h.number.as_str()).collect::<Vec<_>>(),
        ["8708.30.5020", "8708.30.5030", "8708.30.5040", "8708.30.5090"]
    );
    // Lines named for the words come before lines that only sit under them.
    let linings = s.search("brake lin", 30);
    assert!(linings[0].description.to_lowercase().contains("brake linings"), "{:?}", &linings[..3]);
    assert!(linings.iter().position(|h| h.number == "8708.30.5040").is_some_and(|p| p < 10), "{linings:#?}");
}

#[test]
fn the_sat_catalogs_read_with_their_units_and_dates() {
    let lines = sat_csv::parse_fracciones(&read(published::FRACCIONES)).unwrap();
    assert_eq!(lines.len(), 11_519);
    let ended: Vec<&str> = lines.iter().filter(|l| l.valid_to.is_some()).map(|l| l.code.as_str()).collect();
    assert_eq!(ended, ["0901219900", "0901229900", "9503002300"]);
    assert!(lines.iter().any(|l| l.code == "8708309999" && l.unit == "06"));
    let patentes = sat_csv::parse_patentes(&read(published::PATENTES)).unwrap();
    assert_eq!(patentes.len(), 3_413);
}
