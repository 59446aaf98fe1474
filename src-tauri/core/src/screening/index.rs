//! The candidate index over every name of every list in use, and screening one party with it.
//!
//! A query never scans the lists: its words are looked up in a vocabulary of list words, directly
//! and through the words' letter trigrams (so "SAMBADA" finds "ZAMBADA"); only the names holding
//! those words are candidates, the rarest words counting most; the best candidates are then
//! scored in full ([`super::score::name_score`]) and weighed against the evidence: identifiers,
//! country and year of birth.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::names::{normal_id, normalize, rfc_stem};
use super::score::{name_score, round3, word_similarity, WordMatch};
use super::{EntryType, ListEntry, ListKind, NameKind};

/// The scores that decide what is shown; a setting, chosen from the measured evaluation
/// (README, "Screening quality").
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Thresholds {
    /// A hit at or above this goes to the review queue.
    pub review: f64,
    /// At or above this a hit is called a strong match.
    pub strong: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds { review: 0.82, strong: 0.93 }
    }
}

/// A party as screened.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub name: String,
    /// ISO alpha-2, or empty.
    pub country: String,
    /// RFC, CURP, EIN, passport or other numbers, as written.
    pub ids: Vec<String>,
    pub birth_year: Option<i32>,
}

/// One list in use, with the version it is and each entry's digest (what a decision is tied to).
#[derive(Debug, Clone)]
pub struct IndexedList {
    pub kind: ListKind,
    pub version: i64,
    pub entries: Vec<(ListEntry, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum HitEvidenceKind {
    Identifier,
    Country,
    BirthYear,
    EntryType,
}

/// Something beside the name that supports (`effect` > 0) or contradicts (< 0) the match.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HitEvidence {
    pub kind: HitEvidenceKind,
    pub effect: f64,
    pub en: String,
    pub es: String,
}

/// Why a hit scored what it did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Explanation {
    /// The name alone (0 to 1), before the evidence.
    pub name_score: f64,
    pub query_share: f64,
    pub list_share: f64,
    pub words: Vec<WordMatch>,
    pub unmatched_query: Vec<String>,
    pub unmatched_list: Vec<String>,
    /// Legal forms set aside on each side ("s a de c v").
    pub query_legal_form: Option<String>,
    pub list_legal_form: Option<String>,
    pub evidence: Vec<HitEvidence>,
}

/// A list entry a party may be.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Hit {
    pub list: ListKind,
    /// The list's identifier of the entry (OFAC ent_num, the RFC for 69-B).
    pub entry: String,
    #[ts(type = "number")]
    pub version: i64,
    /// The entry as it was when matched (SHA-256 of its content): a decision holds for this.
    pub digest: String,
    /// The list's name that matched (the primary name or an alias).
    pub name: String,
    pub name_kind: NameKind,
    pub primary_name: String,
    pub entry_type: EntryType,
    pub programs: Vec<String>,
    /// 69-B situation.
    pub status: String,
    /// A 69-B taxpayer SAT has cleared: informational.
    pub cleared: bool,
    pub countries: Vec<String>,
    /// 0 to 1.
    pub score: f64,
    pub strong: bool,
    pub explanation: Explanation,
}

/// A query word, its weight and the list words it may be, with their similarity.
type QueryWord = (String, f64, Vec<(u32, f64)>);

struct Slot {
    kind: ListKind,
    version: i64,
    digest: String,
    entry: ListEntry,
    /// First name of this entry in `names`, and how many.
    first_name: u32,
    name_count: u32,
}

struct NameSlot {
    entry: u32,
    name: u16,
    words: Box<[u32]>,
    legal_form: Option<String>,
}

/// The index over the lists in use.
pub struct ScreeningIndex {
    slots: Vec<Slot>,
    names: Vec<NameSlot>,
    vocab: HashMap<Box<str>, u32>,
    words: Vec<Box<str>>,
    weights: Vec<f64>,
    postings: Vec<Vec<u32>>,
    grams: HashMap<u64, Vec<u32>>,
    ids: HashMap<String, Vec<u32>>,
    stems: HashMap<String, Vec<u32>>,
    lists: Vec<(ListKind, i64, usize)>,
}

impl std::fmt::Debug for ScreeningIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScreeningIndex")
            .field("entries", &self.slots.len())
            .field("names", &self.names.len())
            .field("words", &self.words.len())
            .finish()
    }
}

fn grams(word: &str) -> Vec<u64> {
    let chars: Vec<char> = std::iter::once('^').chain(word.chars()).chain(std::iter::once('$')).collect();
    chars.windows(3).map(|w| (u64::from(w[0]) << 42) | (u64::from(w[1]) << 21) | u64::from(w[2])).collect()
}

/// The weight of a word found in `df` of `n` names: rare words count more.
fn weight(n: usize, df: usize) -> f64 {
    (1.0 + n as f64 / (df.max(1) as f64)).ln()
}

impl ScreeningIndex {
    pub fn build(lists: Vec<IndexedList>) -> Self {
        let mut index = ScreeningIndex {
            slots: Vec::new(),
            names: Vec::new(),
            vocab: HashMap::new(),
            words: Vec::new(),
            weights: Vec::new(),
            postings: Vec::new(),
            grams: HashMap::new(),
            ids: HashMap::new(),
            stems: HashMap::new(),
            lists: Vec::new(),
        };
        for list in lists {
            index.lists.push((list.kind, list.version, list.entries.len()));
            for (entry, digest) in list.entries {
                let e = index.slots.len() as u32;
                let first_name = index.names.len() as u32;
                for (n, name) in entry.names.iter().enumerate().take(u16::MAX as usize) {
                    let normal = normalize(&name.name);
                    if normal.is_empty() {
                        continue;
                    }
                    let mut ws: Vec<u32> = Vec::with_capacity(normal.tokens.len());
                    for t in &normal.tokens {
                        let id = match index.vocab.get(t.as_str()) {
                            Some(id) => *id,
                            None => {
                                let id = index.words.len() as u32;
                                index.vocab.insert(t.as_str().into(), id);
                                index.words.push(t.as_str().into());
                                index.postings.push(Vec::new());
                                id
                            }
                        };
                        ws.push(id);
                    }
                    let name_id = index.names.len() as u32;
                    let mut distinct = ws.clone();
                    distinct.sort_unstable();
                    distinct.dedup();
                    for w in distinct {
                        index.postings[w as usize].push(name_id);
                    }
                    index.names.push(NameSlot { entry: e, name: n as u16, words: ws.into(), legal_form: normal.legal_form });
                }
                for id in &entry.ids {
                    let n = normal_id(&id.number);
                    if n.len() >= 4 {
                        index.ids.entry(n).or_default().push(e);
                    }
                    if id.kind == super::IdKind::Rfc {
                        if let Some(stem) = rfc_stem(&id.number) {
                            index.stems.entry(stem).or_default().push(e);
                        }
                    }
                }
                let name_count = index.names.len() as u32 - first_name;
                index.slots.push(Slot { kind: list.kind, version: list.version, digest, entry, first_name, name_count });
            }
        }
        let n = index.names.len();
        index.weights = index.postings.iter().map(|p| weight(n, p.len())).collect();
        for (id, w) in index.words.iter().enumerate() {
            let mut gs = grams(w);
            gs.sort_unstable();
            gs.dedup();
            for g in gs {
                index.grams.entry(g).or_default().push(id as u32);
            }
        }
        index
    }

    /// Entries and names indexed.
    pub fn size(&self) -> (usize, usize) {
        (self.slots.len(), self.names.len())
    }

    /// The lists in the index: kind, version and number of entries.
    pub fn lists(&self) -> &[(ListKind, i64, usize)] {
        &self.lists
    }

    /// The weight of a query word that is on no list: as rare as a word can be.
    fn unknown_weight(&self) -> f64 {
        weight(self.names.len().max(1), 1)
    }

    /// List words like `token`, with their similarity.
    fn similar_words(&self, token: &str, counts: &mut [u8], touched: &mut Vec<u32>) -> Vec<(u32, f64)> {
        let mut out = Vec::new();
        if let Some(id) = self.vocab.get(token) {
            out.push((*id, 1.0));
        }
        let len = token.chars().count();
        if len < 4 {
            return out;
        }
        for g in grams(token) {
            if let Some(ws) = self.grams.get(&g) {
                for w in ws {
                    let c = &mut counts[*w as usize];
                    if *c == 0 {
                        touched.push(*w);
                    }
                    *c = c.saturating_add(1);
                }
            }
        }
        for w in touched.drain(..) {
            let c = std::mem::take(&mut counts[w as usize]);
            if c < 2 {
                continue;
            }
            let word = &self.words[w as usize];
            if word.as_ref() == token || word.chars().count().abs_diff(len) > 3 {
                continue;
            }
            if let Some((s, _)) = word_similarity(token, word) {
                out.push((w, s));
            }
        }
        out
    }

    /// Every entry the party may be, scored at or above `thresholds.review`, best first.
    pub fn screen(&self, query: &Query, thresholds: &Thresholds, limit: usize) -> Vec<Hit> {
        let mut hits = self.candidates(query);
        hits.retain(|h| h.score >= thresholds.review);
        for h in &mut hits {
            h.strong = h.score >= thresholds.strong;
        }
        hits.truncate(limit);
        hits
    }

    /// Every candidate scored, best first, with no threshold (the evaluation reads this).
    pub fn candidates(&self, query: &Query) -> Vec<Hit> {
        let qn = normalize(&query.name);
        let mut counts = vec![0u8; self.words.len()];
        let mut touched = Vec::new();
        // Each query word with its weight and the list words it may be.
        let mut q_words: Vec<QueryWord> = Vec::with_capacity(qn.tokens.len());
        for t in &qn.tokens {
            let similar = self.similar_words(t, &mut counts, &mut touched);
            let w = match self.vocab.get(t.as_str()) {
                Some(id) => self.weights[*id as usize],
                None => similar.iter().map(|(id, _)| self.weights[*id as usize]).fold(f64::NAN, f64::max),
            };
            let w = if w.is_nan() { self.unknown_weight() } else { w };
            q_words.push((t.clone(), w, similar));
        }
        // Names holding the query's words, by the weight they hold; words on a fifth of all
        // names or more only count when the query has nothing rarer.
        let common = self.names.len() / 5;
        let has_rare = q_words.iter().any(|(_, _, s)| s.iter().any(|(w, _)| self.postings[*w as usize].len() < common));
        let mut acc: HashMap<u32, f64> = HashMap::new();
        for (_, qw, similar) in &q_words {
            for (w, s) in similar {
                let postings = &self.postings[*w as usize];
                if has_rare && postings.len() >= common {
                    continue;
                }
                for name in postings {
                    *acc.entry(*name).or_insert(0.0) += qw * s;
                }
            }
        }
        let total: f64 = q_words.iter().map(|(_, w, _)| w).sum();
        let mut ranked: Vec<(u32, f64)> = acc.into_iter().filter(|(_, a)| *a >= 0.25 * total).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(200);
        let mut by_entry: HashMap<u32, Vec<u32>> = HashMap::new();
        for (name, _) in &ranked {
            by_entry.entry(self.names[*name as usize].entry).or_default().push(*name);
        }
        // Entries found by an identifier are candidates whatever their names.
        let q_ids: Vec<String> = query.ids.iter().map(|i| normal_id(i)).filter(|i| i.len() >= 4).collect();
        let q_stems: Vec<String> = query.ids.iter().filter_map(|i| rfc_stem(i)).collect();
        for i in &q_ids {
            for e in self.ids.get(i).into_iter().flatten() {
                by_entry.entry(*e).or_default();
            }
        }
        for s in &q_stems {
            for e in self.stems.get(s).into_iter().flatten() {
                by_entry.entry(*e).or_default();
            }
        }
        let query_words: Vec<(&str, f64)> = q_words.iter().map(|(t, w, _)| (t.as_str(), *w)).collect();
        let mut hits: Vec<Hit> =
            by_entry.into_iter().map(|(e, names)| self.hit(e, &names, &query_words, &qn.legal_form, query, &q_ids, &q_stems)).collect();
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(b.explanation.name_score.total_cmp(&a.explanation.name_score))
                .then(a.list.cmp(&b.list))
                .then(a.entry.cmp(&b.entry))
        });
        hits
    }

    #[allow(clippy::too_many_arguments)]
    fn hit(
        &self,
        e: u32,
        names: &[u32],
        query_words: &[(&str, f64)],
        q_form: &Option<String>,
        query: &Query,
        q_ids: &[String],
        q_stems: &[String],
    ) -> Hit {
        let slot = &self.slots[e as usize];
        let all: Vec<u32> = (slot.first_name..slot.first_name + slot.name_count).collect();
        let names = if names.is_empty() { &all[..] } else { names };
        let mut best: Option<(super::score::NameScore, u32)> = None;
        for n in names {
            let ns = &self.names[*n as usize];
            let list_words: Vec<(&str, f64)> =
                ns.words.iter().map(|w| (self.words[*w as usize].as_ref(), self.weights[*w as usize])).collect();
            let s = name_score(query_words, &list_words);
            if best.as_ref().is_none_or(|(b, _)| s.score > b.score) {
                best = Some((s, *n));
            }
        }
        let entry = &slot.entry;
        let (ns, name_slot) = match best {
            Some((s, n)) => (s, Some(&self.names[n as usize])),
            None => (
                super::score::NameScore {
                    score: 0.0,
                    query_share: 0.0,
                    list_share: 0.0,
                    words: vec![],
                    unmatched_query: vec![],
                    unmatched_list: vec![],
                },
                None,
            ),
        };
        let mut evidence = Vec::new();
        let mut id_floor: f64 = 0.0;
        let entry_ids: Vec<(String, Option<String>, &super::ListId)> = entry
            .ids
            .iter()
            .map(|i| (normal_id(&i.number), if i.kind == super::IdKind::Rfc { rfc_stem(&i.number) } else { None }, i))
            .collect();
        if let Some((n, _, id)) = entry_ids.iter().find(|(n, _, _)| q_ids.contains(n)) {
            id_floor = 1.0;
            evidence.push(HitEvidence {
                kind: HitEvidenceKind::Identifier,
                effect: 1.0,
                en: format!("Same {} {n} as the list", id.label),
                es: format!("Mismo {} {n} que la lista", id.label),
            });
        } else if let Some((_, Some(stem), id)) = entry_ids.iter().find(|(_, s, _)| s.as_ref().is_some_and(|s| q_stems.contains(s))) {
            id_floor = 0.95;
            evidence.push(HitEvidence {
                kind: HitEvidenceKind::Identifier,
                effect: 0.95,
                en: format!("{} {} matches the party's RFC except for the homoclave ({stem})", id.label, id.number),
                es: format!("El {} {} coincide con el RFC de la parte salvo la homoclave ({stem})", id.label, id.number),
            });
        } else if !q_stems.is_empty() && entry_ids.iter().any(|(_, s, _)| s.is_some()) {
            let listed: Vec<&str> = entry_ids.iter().filter(|(_, s, _)| s.is_some()).map(|(_, _, i)| i.number.as_str()).collect();
            evidence.push(HitEvidence {
                kind: HitEvidenceKind::Identifier,
                effect: -0.25,
                en: format!("The list gives another RFC ({})", listed.join(", ")),
                es: format!("La lista da otro RFC ({})", listed.join(", ")),
            });
        }
        let country = query.country.trim().to_ascii_uppercase();
        if !country.is_empty() && !entry.countries.is_empty() {
            if entry.countries.contains(&country) {
                evidence.push(HitEvidence {
                    kind: HitEvidenceKind::Country,
                    effect: 0.02,
                    en: format!("Country {country} as on the list"),
                    es: format!("País {country} como en la lista"),
                });
            } else {
                let listed = entry.countries.join(", ");
                evidence.push(HitEvidence {
                    kind: HitEvidenceKind::Country,
                    effect: -0.08,
                    en: format!("The list gives {listed}, not {country}"),
                    es: format!("La lista da {listed}, no {country}"),
                });
            }
        }
        if let Some(year) = query.birth_year {
            let years = entry.birth_years();
            if !years.is_empty() {
                if years.iter().any(|y| (y - year).abs() <= 1) {
                    evidence.push(HitEvidence {
                        kind: HitEvidenceKind::BirthYear,
                        effect: 0.03,
                        en: format!("Born {year} as on the list"),
                        es: format!("Nacido en {year} como en la lista"),
                    });
                } else {
                    let listed = years.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", ");
                    evidence.push(HitEvidence {
                        kind: HitEvidenceKind::BirthYear,
                        effect: -0.15,
                        en: format!("The list gives birth in {listed}, not {year}"),
                        es: format!("La lista da nacimiento en {listed}, no {year}"),
                    });
                }
            }
        }
        if q_form.is_some() && entry.entry_type == EntryType::Individual {
            evidence.push(HitEvidence {
                kind: HitEvidenceKind::EntryType,
                effect: -0.1,
                en: "The party is a company; the entry is a person".into(),
                es: "La parte es una empresa; la entrada es una persona".into(),
            });
        }
        let adjusted = (ns.score
            + evidence.iter().filter(|e| e.kind != HitEvidenceKind::Identifier || e.effect < 0.0).map(|e| e.effect).sum::<f64>())
        .clamp(0.0, 1.0);
        let score = round3(adjusted.max(id_floor));
        let matched = name_slot.map(|n| &entry.names[n.name as usize]).unwrap_or(&entry.names[0]);
        Hit {
            list: slot.kind,
            entry: entry.id.clone(),
            version: slot.version,
            digest: slot.digest.clone(),
            name: matched.name.clone(),
            name_kind: matched.kind,
            primary_name: entry.primary_name().to_owned(),
            entry_type: entry.entry_type,
            programs: entry.programs.clone(),
            status: entry.status.clone(),
            cleared: entry.cleared(),
            countries: entry.countries.clone(),
            score,
            strong: false,
            explanation: Explanation {
                name_score: round3(ns.score),
                query_share: round3(ns.query_share),
                list_share: round3(ns.list_share),
                words: ns.words,
                unmatched_query: ns.unmatched_query,
                unmatched_list: ns.unmatched_list,
                query_legal_form: q_form.clone(),
                list_legal_form: name_slot.and_then(|n| n.legal_form.clone()),
                evidence,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screening::{IdKind, ListId, ListName};

    fn entry(id: &str, names: &[&str], t: EntryType, rfc: Option<&str>, countries: &[&str]) -> (ListEntry, String) {
        (
            ListEntry {
                id: id.into(),
                entry_type: t,
                names: names
                    .iter()
                    .enumerate()
                    .map(|(i, n)| ListName { name: (*n).into(), kind: if i == 0 { NameKind::Primary } else { NameKind::Aka } })
                    .collect(),
                programs: vec!["SDNTK".into()],
                ids: rfc
                    .map(|r| vec![ListId { kind: IdKind::Rfc, label: "R.F.C.".into(), number: r.into(), country: "Mexico".into() }])
                    .unwrap_or_default(),
                countries: countries.iter().map(|c| (*c).into()).collect(),
                addresses: vec![],
                dates_of_birth: vec!["1948".into()],
                status: String::new(),
                remarks: String::new(),
            },
            format!("d{id}"),
        )
    }

    fn index() -> ScreeningIndex {
        let mut entries = vec![
            entry("1", &["ZAMBADA GARCIA, Ismael", "EL MAYO"], EntryType::Individual, None, &["MX"]),
            entry("2", &["DISTRIBUIDORA IMPERIAL DE BAJA CALIFORNIA, S.A. DE C.V."], EntryType::Entity, Some("DIB-771110-HQ1"), &["MX"]),
            entry("3", &["AGUILAR AMAO, Miguel"], EntryType::Individual, Some("AUAM-530929"), &["MX"]),
        ];
        for (i, n) in ["GARCIA LOPEZ, Jose", "GARCIA PEREZ, Maria", "LOPEZ GARCIA, Juan", "TRANSPORTES GARCIA, S.A."].iter().enumerate() {
            entries.push(entry(&format!("9{i}"), &[n], EntryType::Individual, None, &["CO"]));
        }
        ScreeningIndex::build(vec![IndexedList { kind: ListKind::OfacSdn, version: 1, entries }])
    }

    fn q(name: &str) -> Query {
        Query { name: name.into(), ..Default::default() }
    }

    #[test]
    fn finds_reordered_misspelled_and_aliased_names() {
        let ix = index();
        let t = Thresholds::default();
        for name in [
            "Ismael Zambada Garcia",
            "Ismael Sambada Garcia",
            "ISMAEL ZAMBADA",
            "El Mayo",
            "Distribuidora Imperial de Baja California SA de CV",
        ] {
            let hits = ix.screen(&q(name), &t, 5);
            assert!(!hits.is_empty(), "{name}");
            assert!(["1", "2"].contains(&hits[0].entry.as_str()), "{name}: {:?}", hits[0]);
        }
        let hits = ix.screen(&q("Sambada Garcia Ismael"), &t, 5);
        let words = &hits[0].explanation.words;
        assert!(words.iter().any(|w| w.query == "sambada" && w.list == "zambada" && w.similarity < 1.0), "{words:?}");
        assert!(ix.screen(&q("Jose Garcia"), &t, 5).iter().all(|h| !h.strong), "part of a name is never a strong match");
        assert!(ix.screen(&q("Maria Fernanda Ruiz"), &t, 5).is_empty());
    }

    #[test]
    fn identifiers_decide_and_contradict() {
        let ix = index();
        let t = Thresholds::default();
        let by_rfc = ix.screen(&Query { name: "Otro nombre".into(), ids: vec!["DIB771110HQ1".into()], ..Default::default() }, &t, 5);
        assert_eq!(by_rfc[0].entry, "2");
        assert_eq!(by_rfc[0].score, 1.0);
        let stem = ix.screen(&Query { name: "Miguel Aguilar".into(), ids: vec!["AUAM530929KT4".into()], ..Default::default() }, &t, 5);
        assert_eq!(stem[0].entry, "3");
        assert!(stem[0].score >= 0.95);
        let other = ix.candidates(&Query { name: "Miguel Aguilar Amao".into(), ids: vec!["AUAM640101KT4".into()], ..Default::default() });
        let plain = ix.candidates(&q("Miguel Aguilar Amao"));
        assert!(other[0].score < plain[0].score - 0.2, "{} {}", other[0].score, plain[0].score);
        let co = ix.candidates(&Query {
            name: "Ismael Zambada Garcia".into(),
            country: "US".into(),
            birth_year: Some(1980),
            ..Default::default()
        });
        assert!(co[0].score < 0.8 && co[0].explanation.evidence.len() == 2, "{:?}", co[0]);
    }
}
