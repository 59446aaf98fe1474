//! The candidate index over every name of every list in use, and screening one party with it.
//!
//! A query never scans the lists: its words are looked up in a vocabulary of list words, directly,
//! by how they sound and through the words' letter trigrams (so "SAMBADA" finds "ZAMBADA"); only
//! the names holding those words are candidates, the rarest words counting most; the best
//! candidates are then paired word by word ([`super::score::pair_words`]) and weighed against the
//! evidence ([`super::evidence`]): identifiers, country and year of birth. Only the hits shown are
//! written out with their explanation.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::evidence::{compared_ids, ComparedId, PartyFacts, Weighing};
pub use super::evidence::{HitEvidence, HitEvidenceKind};
use super::names::normalize;
use super::score::{allowed_edits, pair_words, round3, Pairing, Word, WordHow, WordMatch};
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

struct Slot {
    kind: ListKind,
    version: i64,
    digest: String,
    entry: ListEntry,
    /// The entry's identifiers as compared.
    ids: Vec<ComparedId>,
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
    words: Vec<Word>,
    weights: Vec<f64>,
    postings: Vec<Vec<u32>>,
    /// The words holding each letter trigram, shortest first.
    grams: HashMap<u64, Vec<u32>>,
    /// Words of five letters or more by how they sound, of four or more by their consonants.
    sounds: HashMap<Box<[char]>, Vec<u32>>,
    skeletons: HashMap<Box<[char]>, Vec<u32>>,
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

/// How many names are scored in full, at most, for one query.
const SCORED_NAMES: usize = 200;

/// A query word: the word, its weight and every list word known to be like it, by word id.
struct QueryWord {
    word: Word,
    weight: f64,
    similar: Vec<(u32, f64, WordHow)>,
}

/// A query made ready: its words, legal form and facts.
struct Prepared {
    words: Vec<QueryWord>,
    legal_form: Option<String>,
    facts: PartyFacts,
}

/// A candidate entry scored, before it is written out as a [`Hit`].
struct Ranked {
    entry: u32,
    /// The entry's best name, if any name was a candidate.
    name: Option<(u32, Pairing)>,
    weighing: Weighing,
    score: f64,
    name_score: f64,
}

/// Each list word met while scoring one query, compared with every query word once.
#[derive(Default)]
struct Comparisons {
    /// Where a list word's comparisons start in `sims`.
    at: HashMap<u32, usize, BuildHasherDefault<IdHasher>>,
    /// For each list word met, its similarity to each query word in turn.
    sims: Vec<Option<(f64, WordHow)>>,
}

impl Comparisons {
    fn of<I: Iterator<Item = Option<(f64, WordHow)>>>(&mut self, word: u32, compare: impl FnOnce() -> I) -> usize {
        let sims = &mut self.sims;
        *self.at.entry(word).or_insert_with(|| {
            let at = sims.len();
            sims.extend(compare());
            at
        })
    }
}

/// A hasher for word ids (small integers, never chosen by an adversary).
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(*b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
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
            sounds: HashMap::new(),
            skeletons: HashMap::new(),
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
                                index.words.push(Word::new(t));
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
                let ids = compared_ids(&entry);
                for (n, stem) in &ids {
                    if n.len() >= 4 {
                        index.ids.entry(n.clone()).or_default().push(e);
                    }
                    if let Some(stem) = stem {
                        index.stems.entry(stem.clone()).or_default().push(e);
                    }
                }
                let name_count = index.names.len() as u32 - first_name;
                index.slots.push(Slot { kind: list.kind, version: list.version, digest, entry, ids, first_name, name_count });
            }
        }
        let n = index.names.len();
        index.weights = index.postings.iter().map(|p| weight(n, p.len())).collect();
        for (id, w) in index.words.iter().enumerate() {
            let mut gs = grams(w.text());
            gs.sort_unstable();
            gs.dedup();
            for g in gs {
                index.grams.entry(g).or_default().push(id as u32);
            }
            if w.len() >= 5 {
                index.sounds.entry(w.sound().into()).or_default().push(id as u32);
            }
            if w.len() >= 4 {
                index.skeletons.entry(w.skeleton().into()).or_default().push(id as u32);
            }
        }
        for ws in index.grams.values_mut() {
            ws.sort_by_key(|w| (index.words[*w as usize].len(), *w));
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

    /// List words like `token`, with their similarity, by word id. Besides the word itself: the
    /// words that sound the same or have the same consonants, and those sharing enough letter trigrams to be a spelling
    /// variant — one edit changes at most three of a word's trigrams, a swap four, so a word
    /// `k` edits away shares at least `len - 4k` of them (and at least two are asked for).
    fn similar_words(&self, token: &Word, counts: &mut [u8], touched: &mut Vec<u32>) -> Vec<(u32, f64, WordHow)> {
        let mut out = Vec::new();
        let same = self.vocab.get(token.text()).copied();
        if let Some(id) = same {
            out.push((id, 1.0, WordHow::Same));
        }
        let len = token.len();
        if len < 4 {
            return out;
        }
        // A spelling variant is at most two letters longer or shorter.
        let (shortest, longest) = (len.saturating_sub(2), len + 2);
        for g in grams(token.text()) {
            if let Some(ws) = self.grams.get(&g) {
                let from = ws.partition_point(|w| self.words[*w as usize].len() < shortest);
                let to = ws.partition_point(|w| self.words[*w as usize].len() <= longest);
                for w in &ws[from..to] {
                    let c = &mut counts[*w as usize];
                    if *c == 0 {
                        touched.push(*w);
                    }
                    *c = c.saturating_add(1);
                }
            }
        }
        let by_sound = if len >= 5 { self.sounds.get(token.sound()) } else { None };
        for w in by_sound.into_iter().chain(self.skeletons.get(token.skeleton())).flatten() {
            let c = &mut counts[*w as usize];
            if *c == 0 {
                touched.push(*w);
            }
            // Always compared, however few trigrams it shares.
            *c = u8::MAX;
        }
        for w in touched.drain(..) {
            let c = std::mem::take(&mut counts[w as usize]);
            if Some(w) == same {
                continue;
            }
            let word = &self.words[w as usize];
            if c != u8::MAX {
                let longer = word.len().max(len);
                let k = allowed_edits(longer);
                if word.len().abs_diff(len) > k || usize::from(c) < 2.max(longer.saturating_sub(4 * k)) {
                    continue;
                }
            }
            if let Some((s, how)) = token.similarity(word) {
                out.push((w, s, how));
            }
        }
        out
    }

    fn prepare(&self, query: &Query) -> Prepared {
        let qn = normalize(&query.name);
        let mut counts = vec![0u8; self.words.len()];
        let mut touched = Vec::new();
        let words = qn
            .tokens
            .iter()
            .map(|t| {
                let word = Word::new(t);
                let similar = self.similar_words(&word, &mut counts, &mut touched);
                let weight = match self.vocab.get(t.as_str()) {
                    Some(id) => self.weights[*id as usize],
                    None => similar.iter().map(|(id, _, _)| self.weights[*id as usize]).fold(f64::NAN, f64::max),
                };
                let weight = if weight.is_nan() { self.unknown_weight() } else { weight };
                QueryWord { word, weight, similar }
            })
            .collect();
        let company = qn.legal_form.is_some();
        Prepared { words, facts: PartyFacts::new(&query.ids, &query.country, query.birth_year, company), legal_form: qn.legal_form }
    }

    /// Every candidate entry scoring `floor` or more, best first.
    fn rank(&self, q: &Prepared, floor: f64) -> Vec<Ranked> {
        // Names holding the query's words, by the weight they hold; words on a fifth of all
        // names or more only count when the query has nothing rarer.
        let common = self.names.len() / 5;
        let has_rare = q.words.iter().any(|w| w.similar.iter().any(|(id, _, _)| self.postings[*id as usize].len() < common));
        let mut acc = vec![0f64; self.names.len()];
        let mut touched: Vec<u32> = Vec::new();
        for qw in &q.words {
            for (w, s, _) in &qw.similar {
                let postings = &self.postings[*w as usize];
                if has_rare && postings.len() >= common {
                    continue;
                }
                for name in postings {
                    let a = &mut acc[*name as usize];
                    if *a == 0.0 {
                        touched.push(*name);
                    }
                    *a += qw.weight * s;
                }
            }
        }
        let total: f64 = q.words.iter().map(|w| w.weight).sum();
        let mut ranked: Vec<(u32, f64)> = touched.into_iter().map(|n| (n, acc[n as usize])).filter(|(_, a)| *a >= 0.25 * total).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(SCORED_NAMES);
        // Names in the order of their entries, so each entry's names are together.
        let mut names: Vec<u32> = ranked.into_iter().map(|(n, _)| n).collect();
        names.sort_unstable_by_key(|n| (self.names[*n as usize].entry, *n));
        let mut entries: Vec<(u32, Option<(u32, Pairing)>)> = Vec::new();
        let mut met = Comparisons::default();
        let query: Vec<(&Word, f64)> = q.words.iter().map(|w| (&w.word, w.weight)).collect();
        for n in names {
            let pairing = self.pair(n, &query, q, &mut met);
            let entry = self.names[n as usize].entry;
            match entries.last_mut() {
                Some((e, best)) if *e == entry => {
                    if best.as_ref().is_none_or(|(_, b)| pairing.score > b.score) {
                        *best = Some((n, pairing));
                    }
                }
                _ => entries.push((entry, Some((n, pairing)))),
            }
        }
        // Entries found by an identifier (or an RFC's stem) are candidates whatever their names.
        let by_id = q.facts.ids.iter().filter_map(|i| self.ids.get(i));
        for e in by_id.chain(q.facts.stems.iter().filter_map(|s| self.stems.get(s))).flatten() {
            if !entries.iter().any(|(x, _)| x == e) {
                entries.push((*e, self.best_name(*e, &query, q, &mut met)));
            }
        }
        let mut ranked: Vec<Ranked> = entries
            .into_iter()
            .map(|(e, name)| {
                let slot = &self.slots[e as usize];
                let weighing = Weighing::of(&slot.entry, &slot.ids, &q.facts);
                let name_score = name.as_ref().map(|(_, p)| p.score).unwrap_or(0.0);
                Ranked { entry: e, score: round3(weighing.score(name_score)), name_score: round3(name_score), name, weighing }
            })
            .filter(|r| r.score >= floor)
            .collect();
        ranked.sort_by(|a, b| {
            let (sa, sb) = (&self.slots[a.entry as usize], &self.slots[b.entry as usize]);
            b.score
                .total_cmp(&a.score)
                .then(b.name_score.total_cmp(&a.name_score))
                .then(sa.kind.cmp(&sb.kind))
                .then(sa.entry.id.cmp(&sb.entry.id))
        });
        ranked
    }

    /// Name `n` paired with the query.
    fn pair(&self, n: u32, query: &[(&Word, f64)], q: &Prepared, met: &mut Comparisons) -> Pairing {
        let ns = &self.names[n as usize];
        let at: Vec<usize> =
            ns.words.iter().map(|w| met.of(*w, || q.words.iter().map(|qw| qw.word.similarity(&self.words[*w as usize])))).collect();
        let list: Vec<(&Word, f64)> = ns.words.iter().map(|w| (&self.words[*w as usize], self.weights[*w as usize])).collect();
        pair_words(query, &list, |i, j| met.sims[at[j] + i])
    }

    /// The best of all an entry's names, for an entry found by identifier alone.
    fn best_name(&self, e: u32, query: &[(&Word, f64)], q: &Prepared, met: &mut Comparisons) -> Option<(u32, Pairing)> {
        let slot = &self.slots[e as usize];
        let mut best: Option<(u32, Pairing)> = None;
        for n in slot.first_name..slot.first_name + slot.name_count {
            let pairing = self.pair(n, query, q, met);
            if best.as_ref().is_none_or(|(_, b)| pairing.score > b.score) {
                best = Some((n, pairing));
            }
        }
        best
    }

    /// Every entry the party may be, scored at or above `thresholds.review`, best first.
    pub fn screen(&self, query: &Query, thresholds: &Thresholds, limit: usize) -> Vec<Hit> {
        let q = self.prepare(query);
        self.rank(&q, thresholds.review)
            .into_iter()
            .take(limit)
            .map(|r| {
                let mut h = self.hit(&q, r);
                h.strong = h.score >= thresholds.strong;
                h
            })
            .collect()
    }

    /// Every candidate scored, best first, with no threshold (the evaluation reads this).
    pub fn candidates(&self, query: &Query) -> Vec<Hit> {
        let q = self.prepare(query);
        self.rank(&q, f64::NEG_INFINITY).into_iter().map(|r| self.hit(&q, r)).collect()
    }

    /// A ranked candidate written out, with its explanation.
    fn hit(&self, q: &Prepared, r: Ranked) -> Hit {
        let slot = &self.slots[r.entry as usize];
        let entry = &slot.entry;
        let query_text: Vec<&str> = q.words.iter().map(|w| w.word.text()).collect();
        let (name_slot, ns) = match &r.name {
            Some((n, pairing)) => {
                let ns = &self.names[*n as usize];
                let list_text: Vec<&str> = ns.words.iter().map(|w| self.words[*w as usize].text()).collect();
                (Some(ns), Some(pairing.explain(&query_text, &list_text)))
            }
            None => (None, None),
        };
        let matched = name_slot.map(|n| &entry.names[n.name as usize]).unwrap_or(&entry.names[0]);
        let (query_share, list_share, words, unmatched_query, unmatched_list) = match ns {
            Some(ns) => (ns.query_share, ns.list_share, ns.words, ns.unmatched_query, ns.unmatched_list),
            None => (0.0, 0.0, vec![], vec![], vec![]),
        };
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
            score: r.score,
            strong: false,
            explanation: Explanation {
                name_score: r.name_score,
                query_share: round3(query_share),
                list_share: round3(list_share),
                words,
                unmatched_query,
                unmatched_list,
                query_legal_form: q.legal_form.clone(),
                list_legal_form: name_slot.and_then(|n| n.legal_form.clone()),
                evidence: r.weighing.explain(entry, &slot.ids, &q.facts),
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
