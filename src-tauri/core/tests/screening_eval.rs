//! Screening quality on a labelled evaluation set built from the real lists: for entries drawn
//! with a fixed seed, the variants a broker's keyboard and a counterpart's paperwork produce
//! (word order, accents and case, one typo, a dropped second surname, a changed legal form, an
//! alias, a transliteration, a Spanish spelling variant, the RFC alone), each labelled with the
//! entry it must find; and names built from common Mexican and U.S. given names, surnames and
//! company words that are on no list. Prints recall, false-positive rate and the rank of the
//! right entry per threshold (`--no-capture`); the README's table and the default thresholds
//! come from this output.

use std::collections::HashSet;
use std::path::PathBuf;

use cruce_core::screening::index::IndexedList;
use cruce_core::screening::lists::{read, ListFile};
use cruce_core::screening::names::normalize;
use cruce_core::screening::{EntryType, IdKind, ListEntry, ListKind, NameKind, Query, ScreeningIndex, Thresholds};

fn data(rel: &str) -> Vec<u8> {
    let dir = std::env::var_os("CRUCE_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    std::fs::read(dir.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e} (set CRUCE_SHARED_DATA)"))
}

fn load(kind: ListKind, rels: &[&str]) -> Vec<ListEntry> {
    let files: Vec<(String, Vec<u8>)> = rels.iter().map(|r| (r.to_string(), data(r))).collect();
    let given: Vec<ListFile> = files.iter().map(|(n, b)| ListFile { name: n, bytes: b }).collect();
    read(kind, &given).unwrap().entries
}

/// Every list of the shared data folder, as the benchmarks use them too.
pub fn all_lists() -> Vec<(ListKind, Vec<ListEntry>)> {
    let sdn = "ofac-watchman/ofac-sdn-2021-07";
    let cons = "ofac-watchman/ofac-consolidated-nonsdn";
    vec![
        (
            ListKind::OfacSdn,
            load(
                ListKind::OfacSdn,
                &[&format!("{sdn}/sdn.csv"), &format!("{sdn}/alt.csv"), &format!("{sdn}/add.csv"), &format!("{sdn}/sdn_comments.csv")],
            ),
        ),
        (
            ListKind::OfacCons,
            load(
                ListKind::OfacCons,
                &[
                    &format!("{cons}/cons_prim.csv"),
                    &format!("{cons}/cons_alt.csv"),
                    &format!("{cons}/cons_add.csv"),
                    &format!("{cons}/cons_comments.csv"),
                ],
            ),
        ),
        (ListKind::Csl, load(ListKind::Csl, &["ofac-watchman/trade-gov-csl/consolidated-sample-2025-06.csv"])),
        (ListKind::BisDpl, load(ListKind::BisDpl, &["ofac-watchman/bis-dpl/dpl-2022-09.txt"])),
        (ListKind::Sat69b, load(ListKind::Sat69b, &["sat-69b/Listado_Completo_69-B.csv"])),
    ]
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

/// "ZAMBADA GARCIA, Ismael" → "Ismael ZAMBADA GARCIA".
fn first_last(name: &str) -> Option<String> {
    let (last, first) = name.split_once(", ")?;
    Some(format!("{first} {last}"))
}

fn typo(name: &str, rng: &mut Rng) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let (i, w) =
        words.iter().enumerate().filter(|(_, w)| w.chars().all(|c| c.is_alphabetic()) && w.len() >= 6).max_by_key(|(_, w)| w.len())?;
    let mut c: Vec<char> = w.chars().collect();
    let at = 1 + rng.below(c.len() - 2);
    match rng.below(4) {
        0 => c[at] = *rng.pick(&['A', 'E', 'I', 'O', 'S', 'N', 'R']),
        1 => {
            c.remove(at);
        }
        2 => c.swap(at, at + 1),
        _ => c.insert(at, c[at]),
    }
    let mut out: Vec<String> = words.iter().map(|s| s.to_string()).collect();
    out[i] = c.into_iter().collect();
    let typed = out.join(" ");
    (typed != name).then_some(typed)
}

fn accents(name: &str, rng: &mut Rng) -> String {
    let accented = name
        .replace("GONZALEZ", "GONZÁLEZ")
        .replace("GARCIA", "GARCÍA")
        .replace("RODRIGUEZ", "RODRÍGUEZ")
        .replace("PEREZ", "PÉREZ")
        .replace("LOPEZ", "LÓPEZ")
        .replace("MARTINEZ", "MARTÍNEZ")
        .replace("HERNANDEZ", "HERNÁNDEZ")
        .replace("JOSE", "JOSÉ")
        .replace("MARIA", "MARÍA")
        .replace("INGENIERIA", "INGENIERÍA")
        .replace("LOGISTICA", "LOGÍSTICA");
    // Lower case with capitals, as typed in a form.
    let titled: Vec<String> = accented
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) if rng.below(2) == 0 => f.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect(),
                Some(f) => std::iter::once(f).chain(c).collect(),
                None => String::new(),
            }
        })
        .collect();
    titled.join(" ")
}

/// Romanisations of the same Arabic and Russian names, as the lists and the people typing them
/// write them (the U.S. Board on Geographic Names and ALA-LC systems and common usage differ in
/// vowels, doubled letters, Y/I and OU/U).
const TRANSLIT: &[&[&str]] = &[
    &["MOHAMMED", "MUHAMMAD", "MOHAMMAD", "MOHAMED", "MUHAMMED", "MOHAMAD"],
    &["AHMED", "AHMAD"],
    &["HUSSEIN", "HUSAYN", "HUSSAIN", "HUSEIN"],
    &["HASSAN", "HASAN", "HASSEN"],
    &["YOUSEF", "YUSUF", "YOUSSEF", "YOUSIF"],
    &["ABDUL", "ABDEL", "ABDOUL"],
    &["ABDULLAH", "ABDALLAH", "ABDULLA"],
    &["OSAMA", "USAMA"],
    &["SALEH", "SALIH"],
    &["KHALED", "KHALID"],
    &["IBRAHIM", "EBRAHIM", "IBRAHEEM"],
    &["MAHMOUD", "MAHMUD", "MAHMOOD"],
    &["OMAR", "UMAR"],
    &["OTHMAN", "OSMAN", "UTHMAN"],
    &["MUSTAFA", "MOSTAFA", "MUSTAPHA"],
    &["HAMID", "HAMED"],
    &["RASHID", "RASHEED"],
    &["JAMAL", "GAMAL"],
    &["SERGEY", "SERGEI", "SERGIY"],
    &["ALEKSANDR", "ALEXANDR"],
    &["YURIY", "YURI", "IURII"],
    &["DMITRIY", "DMITRI", "DMITRY"],
    &["ALEKSEY", "ALEXEI", "ALEKSEI"],
    &["ANDREY", "ANDREI"],
    &["NIKOLAY", "NIKOLAI"],
    &["MIKHAIL", "MIHAIL"],
    &["VIKTOR", "VICTOR"],
];

/// One word of the name written in another romanisation of the same name.
fn transliterate(name: &str, rng: &mut Rng) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let found: Vec<(usize, &[&str], usize)> = words
        .iter()
        .enumerate()
        .filter_map(|(i, w)| {
            let bare = w.trim_end_matches(',');
            TRANSLIT.iter().find_map(|g| g.iter().position(|x| *x == bare).map(|at| (i, *g, at)))
        })
        .collect();
    if found.is_empty() {
        return None;
    }
    let (i, group, at) = found[rng.below(found.len())];
    let other = group[(at + 1 + rng.below(group.len() - 1)) % group.len()];
    let mut out: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
    out[i] = out[i].replace(group[at], other);
    Some(out.join(" "))
}

/// Spellings a Spanish speaker's ear allows: V/B, Z/S, LL/Y, in one word of four letters or
/// more (never in the legal form).
fn spanish_spelling(name: &str) -> Option<String> {
    let mut words: Vec<String> = name.split(' ').map(str::to_owned).collect();
    for (a, b) in [("LL", "Y"), ("V", "B"), ("Z", "S"), ("B", "V")] {
        for w in words.iter_mut().filter(|w| w.len() >= 4 && w.chars().all(|c| c.is_alphabetic() || c == ',')) {
            if let Some(at) = w.find(a).filter(|at| *at > 0) {
                w.replace_range(at..at + a.len(), b);
                return Some(words.join(" "));
            }
        }
    }
    None
}

fn drop_second_surname(name: &str) -> Option<String> {
    let (last, first) = name.split_once(", ")?;
    let surnames: Vec<&str> = last.split(' ').collect();
    (surnames.len() == 2 && surnames.iter().all(|s| s.len() > 3)).then(|| format!("{first} {}", surnames[0]))
}

const FORMS: &[&str] = &[
    "S.A. DE C.V.",
    "SA DE CV",
    "S.A. de C.V.",
    "S. DE R.L. DE C.V.",
    "S DE RL DE CV",
    "S.A.P.I. DE C.V.",
    "SAPI DE CV",
    "S.C.",
    "LLC",
    "INC",
];

fn change_form(name: &str, rng: &mut Rng) -> Option<String> {
    let n = normalize(name);
    n.legal_form.as_ref()?;
    let base = match name.rsplit_once(", ") {
        Some((b, tail)) if normalize(&format!("X {tail}")).tokens.len() == 1 => b.trim(),
        _ => name.trim(),
    };
    let base = FORMS.iter().fold(base.to_owned(), |b, f| b.trim_end_matches(f).trim().to_owned());
    Some(match rng.below(3) {
        0 => base,
        _ => format!("{base} {}", rng.pick(FORMS)),
    })
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
enum Variant {
    Exact,
    FirstLast,
    Accents,
    Typo,
    DroppedSurname,
    LegalForm,
    Alias,
    Transliteration,
    SpanishSpelling,
    RfcOnly,
}

struct Case {
    variant: Variant,
    query: Query,
    expect: (ListKind, String),
}

fn positives(lists: &[(ListKind, Vec<ListEntry>)], rng: &mut Rng) -> Vec<Case> {
    let mut cases = Vec::new();
    for (kind, entries) in lists {
        // The Mexican entries are the ones a border broker meets: all of SDNTK's and 69-B's are
        // eligible, the others drawn too.
        let want = match kind {
            ListKind::OfacSdn => 500,
            ListKind::Sat69b => 300,
            _ => 60,
        };
        let mut drawn = 0;
        let mut tries = 0;
        while drawn < want && tries < want * 20 {
            tries += 1;
            let e = &entries[rng.below(entries.len())];
            if matches!(e.entry_type, EntryType::Vessel | EntryType::Aircraft) {
                continue;
            }
            if *kind == ListKind::Sat69b && (e.cleared() || e.ids.is_empty()) {
                continue;
            }
            drawn += 1;
            let primary = e.primary_name().to_owned();
            let expect = (*kind, e.id.clone());
            let q = |name: String| Query { name, ..Default::default() };
            let mut push = |variant, query| cases.push(Case { variant, query, expect: expect.clone() });
            push(Variant::Exact, q(primary.clone()));
            let person = e.entry_type == EntryType::Individual;
            let written = if person { first_last(&primary).unwrap_or(primary.clone()) } else { primary.clone() };
            if person && written != primary {
                push(Variant::FirstLast, q(written.clone()));
            }
            push(Variant::Accents, q(accents(&written, rng)));
            if let Some(n) = typo(&primary, rng) {
                push(Variant::Typo, q(n));
            }
            if e.entry_type == EntryType::Individual {
                if let Some(n) = drop_second_surname(&primary) {
                    push(Variant::DroppedSurname, q(n));
                }
            }
            if let Some(n) = change_form(&primary, rng) {
                push(Variant::LegalForm, q(n));
            }
            if let Some(a) = e.names.iter().find(|n| n.kind == NameKind::Aka && normalize(&n.name).tokens.len() >= 2) {
                push(Variant::Alias, q(if person { first_last(&a.name).unwrap_or(a.name.clone()) } else { a.name.clone() }));
            }
            if let Some(n) = spanish_spelling(&primary)
                .filter(|_| matches!(kind, ListKind::Sat69b | ListKind::OfacSdn) && e.countries.contains(&"MX".to_owned()))
            {
                push(Variant::SpanishSpelling, q(n));
            }
            if let Some(rfc) = e.ids.iter().find(|i| i.kind == IdKind::Rfc) {
                push(Variant::RfcOnly, Query { name: "Cliente Nuevo".into(), ids: vec![rfc.number.clone()], ..Default::default() });
            }
        }
    }
    // Transliterations: the lists hold far more romanised Arabic and Russian names than a draw
    // meets, so every entry whose primary name holds one of the words gives one.
    let eligible: Vec<(ListKind, &ListEntry)> = lists
        .iter()
        .filter(|(k, _)| *k != ListKind::Sat69b)
        .flat_map(|(k, es)| es.iter().map(move |e| (*k, e)))
        .filter(|(_, e)| !matches!(e.entry_type, EntryType::Vessel | EntryType::Aircraft))
        .filter(|(_, e)| e.primary_name().split([' ', ',']).any(|w| TRANSLIT.iter().any(|g| g.contains(&w))))
        .collect();
    // Variants drawn with a seed of their own, so the names on no list stay the same.
    let mut rng = Rng(0x7a11_5e7e_2026_1202);
    for (kind, e) in eligible {
        let primary = e.primary_name();
        let written =
            if e.entry_type == EntryType::Individual { first_last(primary).unwrap_or(primary.to_owned()) } else { primary.to_owned() };
        if let Some(n) = transliterate(&written, &mut rng) {
            cases.push(Case {
                variant: Variant::Transliteration,
                query: Query { name: n, ..Default::default() },
                expect: (kind, e.id.clone()),
            });
        }
    }
    cases
}

const GIVEN: &[&str] = &[
    "JOSE",
    "JUAN",
    "MIGUEL",
    "LUIS",
    "CARLOS",
    "JORGE",
    "FRANCISCO",
    "ALEJANDRO",
    "RICARDO",
    "FERNANDO",
    "MARIA",
    "GUADALUPE",
    "ANA",
    "LAURA",
    "PATRICIA",
    "ROSA",
    "SOFIA",
    "DANIELA",
    "VALERIA",
    "ANDREA",
    "JOHN",
    "MICHAEL",
    "DAVID",
    "JAMES",
    "ROBERT",
    "JENNIFER",
    "LINDA",
    "SUSAN",
    "KAREN",
    "EMILY",
];
const SURNAMES: &[&str] = &[
    "HERNANDEZ",
    "GARCIA",
    "MARTINEZ",
    "LOPEZ",
    "GONZALEZ",
    "RODRIGUEZ",
    "PEREZ",
    "SANCHEZ",
    "RAMIREZ",
    "CRUZ",
    "FLORES",
    "GOMEZ",
    "MORALES",
    "VAZQUEZ",
    "REYES",
    "JIMENEZ",
    "TORRES",
    "DIAZ",
    "GUTIERREZ",
    "RUIZ",
    "MENDOZA",
    "AGUILAR",
    "ORTIZ",
    "MORENO",
    "CASTILLO",
    "ROMERO",
    "ALVAREZ",
    "MENDEZ",
    "CHAVEZ",
    "RIVERA",
    "JUAREZ",
    "RAMOS",
    "DOMINGUEZ",
    "HERRERA",
    "MEDINA",
    "CASTRO",
    "VARGAS",
    "GUZMAN",
    "VELAZQUEZ",
    "ROJAS",
    "SMITH",
    "JOHNSON",
    "WILLIAMS",
    "BROWN",
    "MILLER",
    "DAVIS",
    "WILSON",
    "ANDERSON",
    "THOMPSON",
    "WHITE",
];
const COMPANY_HEADS: &[&str] = &[
    "TRANSPORTES",
    "LOGISTICA",
    "COMERCIALIZADORA",
    "DISTRIBUIDORA",
    "GRUPO",
    "INDUSTRIAS",
    "SERVICIOS",
    "AUTOTRANSPORTES",
    "FLETES",
    "IMPORTADORA",
    "MAQUILADORA",
    "AGENCIA ADUANAL",
    "ALMACENADORA",
    "CONSTRUCTORA",
    "BORDER",
    "LONE STAR",
    "SOUTHWEST",
    "FRONTIER",
    "EAGLE",
    "PACIFIC",
];
const COMPANY_TAILS: &[&str] = &[
    "DEL NORTE",
    "FRONTERA",
    "RIO BRAVO",
    "SAN JUAN",
    "LOS ALTOS",
    "AZTECA",
    "MONTERREY",
    "LAREDO",
    "DEL PACIFICO",
    "DE ORIENTE",
    "HERMANOS RUIZ",
    "GARZA",
    "INTEGRAL",
    "EXPRESS",
    "FREIGHT",
    "LOGISTICS",
    "TRUCKING",
    "CARRIERS",
    "SUPPLY",
    "MANUFACTURING",
];

fn negatives(lists: &[(ListKind, Vec<ListEntry>)], rng: &mut Rng) -> Vec<Query> {
    let mut on_lists: HashSet<Vec<String>> = HashSet::new();
    for (_, entries) in lists {
        for e in entries {
            for n in &e.names {
                let mut t = normalize(&n.name).tokens;
                t.sort();
                on_lists.insert(t);
            }
        }
    }
    let mut out = Vec::new();
    while out.len() < 1500 {
        let name = match rng.below(5) {
            0 | 1 => format!("{} {} {}", rng.pick(GIVEN), rng.pick(SURNAMES), rng.pick(SURNAMES)),
            2 => format!("{} {} {} {}", rng.pick(GIVEN), rng.pick(GIVEN), rng.pick(SURNAMES), rng.pick(SURNAMES)),
            _ => format!("{} {} {}", rng.pick(COMPANY_HEADS), rng.pick(COMPANY_TAILS), rng.pick(FORMS)),
        };
        let mut t = normalize(&name).tokens;
        t.sort();
        if !on_lists.contains(&t) {
            out.push(Query { name, ..Default::default() });
        }
    }
    out
}

#[test]
fn screening_quality_on_the_evaluation_set() {
    let lists = all_lists();
    let index = ScreeningIndex::build(
        lists
            .iter()
            .map(|(k, es)| IndexedList { kind: *k, version: 1, entries: es.iter().map(|e| (e.clone(), String::new())).collect() })
            .collect(),
    );
    let mut rng = Rng(0x5eed_c0de_2026_1202);
    let cases = positives(&lists, &mut rng);
    let negs = negatives(&lists, &mut rng);
    // The score of the right entry (0 when not a candidate) and its rank among the candidates.
    let found: Vec<(Variant, f64, usize)> = cases
        .iter()
        .map(|c| {
            let hits = index.candidates(&c.query);
            match hits.iter().position(|h| h.list == c.expect.0 && h.entry == c.expect.1) {
                Some(i) => (c.variant, hits[i].score, 1 + hits[..i].iter().filter(|h| h.score > hits[i].score).count()),
                None => (c.variant, 0.0, usize::MAX),
            }
        })
        .collect();
    let neg_best: Vec<f64> = negs.iter().map(|q| index.candidates(q).first().map(|h| h.score).unwrap_or(0.0)).collect();
    println!(
        "evaluation: {} labelled variants of {} list entries, {} names on no list",
        cases.len(),
        cases.iter().filter(|c| c.variant == Variant::Exact).count(),
        negs.len()
    );
    println!("| threshold | recall | right entry first | false-positive rate |");
    println!("|---|---|---|---|");
    for t in [0.70, 0.75, 0.80, 0.82, 0.85, 0.88, 0.90, 0.93] {
        let recall = found.iter().filter(|(_, s, _)| *s >= t).count() as f64 / found.len() as f64;
        let first = found.iter().filter(|(_, s, r)| *s >= t && *r == 1).count() as f64 / found.len() as f64;
        let fpr = neg_best.iter().filter(|s| **s >= t).count() as f64 / neg_best.len() as f64;
        println!("| {t:.2} | {:.1} % | {:.1} % | {:.1} % |", recall * 100.0, first * 100.0, fpr * 100.0);
    }
    let t = Thresholds::default().review;
    println!("\nby variant at the default review threshold {t}:");
    println!("| variant | cases | recall | right entry first | median rank |");
    println!("|---|---|---|---|---|");
    let mut variants: Vec<Variant> = found.iter().map(|f| f.0).collect();
    variants.sort();
    variants.dedup();
    for v in &variants {
        let of: Vec<&(Variant, f64, usize)> = found.iter().filter(|f| f.0 == *v).collect();
        let recall = of.iter().filter(|f| f.1 >= t).count() as f64 / of.len() as f64;
        let first = of.iter().filter(|f| f.1 >= t && f.2 == 1).count() as f64 / of.len() as f64;
        let mut ranks: Vec<usize> = of.iter().map(|f| f.2).collect();
        ranks.sort();
        let median = ranks[ranks.len() / 2];
        println!(
            "| {v:?} | {} | {:.1} % | {:.1} % | {} |",
            of.len(),
            recall * 100.0,
            first * 100.0,
            if median == usize::MAX { "—".into() } else { median.to_string() }
        );
    }
    if std::env::var_os("CRUCE_EVAL_MISSES").is_some() {
        for (c, f) in cases.iter().zip(&found) {
            if f.1 < t {
                let listed = lists
                    .iter()
                    .filter(|(k, _)| *k == c.expect.0)
                    .flat_map(|(_, es)| es.iter())
                    .find(|e| e.id == c.expect.1)
                    .map(|e| e.names.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(" | "))
                    .unwrap_or_default();
                let top =
                    index.candidates(&c.query).first().map(|h| format!("{} {:?} ({:.3})", h.entry, h.name, h.score)).unwrap_or_default();
                println!("missed {:?} {:?} → {:?} {listed:?} ({:.3}); first: {top}", c.variant, c.query.name, c.expect, f.1);
            }
        }
        for (q, s) in negs.iter().zip(&neg_best) {
            if *s >= t {
                let h = &index.candidates(q)[0];
                println!("false positive {:?} → {} {:?} ({:.3})", q.name, h.entry, h.name, s);
            }
        }
    }
    let recall = found.iter().filter(|(_, s, _)| *s >= t).count() as f64 / found.len() as f64;
    let fpr = neg_best.iter().filter(|s| **s >= t).count() as f64 / neg_best.len() as f64;
    assert!(recall >= 0.98, "recall {recall:.3} at {t}");
    assert!(fpr <= 0.04, "false-positive rate {fpr:.3} at {t}");
    for v in [Variant::Exact, Variant::RfcOnly, Variant::FirstLast, Variant::LegalForm] {
        let of: Vec<_> = found.iter().filter(|f| f.0 == v).collect();
        assert!(of.iter().all(|f| f.1 >= t), "{v:?}: every case must be found");
    }
}
