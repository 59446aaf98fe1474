//! How closely a name on a declaration matches a name on a list, word by word, with every part of
//! the score kept for the explanation.
//!
//! Words are compared by Jaro–Winkler similarity (Winkler 1990, prefix scale 0.1, up to four
//! characters), the usual measure for names in sanctions screening (domain brief D4); a word
//! counts when it is equal, within the similarity floor, an initial of the other, or the two
//! halves of a word the other writes apart ("ABU TEIR" / "ABUTEIR"). Each side's words are
//! weighted by how rare they are in the lists (inverse document frequency), so "GARCIA" matters
//! less than "ZAMBADA". The name score is how much of each side's weight is matched:
//! the mean of the two shares — a dropped second surname costs little, a
//! query that matches only the common half of a name costs a lot.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Below this Jaro–Winkler similarity two words are not the same word.
pub const WORD_FLOOR: f64 = 0.86;

/// A query word and the list word it was matched to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WordMatch {
    pub query: String,
    pub list: String,
    /// 1 for the same word; less for a spelling variant, an initial or a split word.
    pub similarity: f64,
    pub how: WordHow,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum WordHow {
    Same,
    Spelling,
    Initial,
    Joined,
    /// Spelled differently, said the same in Spanish (LL/Y, V/B, Z/S, C/S/K, a silent H, X/J).
    Sound,
}

/// A name compared with a name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NameScore {
    pub score: f64,
    /// The share of the query's weight matched, and of the list name's.
    pub query_share: f64,
    pub list_share: f64,
    pub words: Vec<WordMatch>,
    pub unmatched_query: Vec<String>,
    pub unmatched_list: Vec<String>,
}

/// Jaro–Winkler similarity of two words (0 to 1).
pub fn jaro_winkler(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let window = (a.len().max(b.len()) / 2).saturating_sub(1);
    let mut a_hit = [false; 64];
    let mut b_hit = [false; 64];
    if a.len() > 64 || b.len() > 64 {
        return if a == b { 1.0 } else { 0.0 };
    }
    let mut matches = 0usize;
    for (i, ca) in a.iter().enumerate() {
        let lo = i.saturating_sub(window);
        let hi = (i + window + 1).min(b.len());
        for j in lo..hi {
            if !b_hit[j] && b[j] == *ca {
                a_hit[i] = true;
                b_hit[j] = true;
                matches += 1;
                break;
            }
        }
    }
    if matches == 0 {
        return 0.0;
    }
    let mut transpositions = 0usize;
    let mut j = 0usize;
    for i in 0..a.len() {
        if a_hit[i] {
            while !b_hit[j] {
                j += 1;
            }
            if a[i] != b[j] {
                transpositions += 1;
            }
            j += 1;
        }
    }
    let m = matches as f64;
    let jaro = (m / a.len() as f64 + m / b.len() as f64 + (m - transpositions as f64 / 2.0) / m) / 3.0;
    let prefix = a.iter().zip(&b).take(4).take_while(|(x, y)| x == y).count() as f64;
    jaro + prefix * 0.1 * (1.0 - jaro)
}

/// How two words match, if they do.
pub fn word_similarity(q: &str, l: &str) -> Option<(f64, WordHow)> {
    if q == l {
        return Some((1.0, WordHow::Same));
    }
    let (ql, ll) = (q.chars().count(), l.chars().count());
    if ql == 1 || ll == 1 {
        // An initial: "J" for "JOSE".
        let (short, long) = if ql == 1 { (q, l) } else { (l, q) };
        return (long.len() > 1 && long.starts_with(short)).then_some((0.6, WordHow::Initial));
    }
    // Short words differ by one letter too easily ("LUNA" / "LUZ"): they must be the same length
    // and differ in one place at most.
    if ql <= 4 || ll <= 4 {
        if ql != ll {
            return None;
        }
        let differing = q.chars().zip(l.chars()).filter(|(a, b)| a != b).count();
        return (differing <= 1 && ql >= 4).then_some((0.9, WordHow::Spelling));
    }
    if ql >= 4 && ll >= 4 && sound(q) == sound(l) {
        return Some((0.92, WordHow::Sound));
    }
    // A shared beginning lifts Jaro–Winkler for different surnames ("AGUILAR" / "AGUIRRE"):
    // a spelling variant is also at most one edit away (two from eight letters on).
    // Jaro–Winkler alone undervalues one wrong letter in a long word ("CORSTRUCTORA" 0.86): the
    // similarity is the better of it and the share of letters right.
    let allowed = if ql.max(ll) >= 8 { 2 } else { 1 };
    let edits = edits(q, l, allowed)?;
    let s = jaro_winkler(q, l).max(1.0 - edits as f64 / ql.max(ll) as f64);
    (s >= WORD_FLOOR).then_some((s, WordHow::Spelling))
}

/// A word as it sounds in Mexican Spanish: LL and Y, V and B, Z, S and soft C, hard C, QU and K,
/// G and J before E and I, X and J are each one sound; H is silent; doubled letters are one.
pub fn sound(word: &str) -> String {
    let c: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(c.len());
    let mut i = 0;
    while i < c.len() {
        let next = c.get(i + 1).copied();
        let (s, step) = match (c[i], next) {
            ('l', Some('l')) => ('y', 2),
            ('q', Some('u')) => ('k', 2),
            ('c', Some('h')) => ('C', 2),
            ('c', Some('e' | 'i')) => ('s', 1),
            ('c', _) | ('k', _) => ('k', 1),
            ('g', Some('e' | 'i')) | ('x', _) | ('j', _) => ('j', 1),
            ('v', _) | ('b', _) => ('b', 1),
            ('z', _) | ('s', _) => ('s', 1),
            ('h', _) => ('\0', 1),
            ('i', _) if i + 1 == c.len() => ('y', 1),
            (x, _) => (x, 1),
        };
        if s != '\0' && !out.ends_with(s) {
            out.push(s);
        }
        i += step;
    }
    out
}

/// Whether `a` becomes `b` by at most `max` insertions, deletions, substitutions or swaps of
/// neighbours (optimal string alignment distance).
pub fn edits_within(a: &str, b: &str, max: usize) -> bool {
    edits(a, b, max).is_some()
}

/// The optimal string alignment distance of `a` and `b`, if it is at most `max`.
pub fn edits(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        d[i * w] = i;
        let mut row_min = usize::MAX;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1).min(d[i * w + j - 1] + 1).min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
    }
    Some(d[a.len() * w + b.len()]).filter(|d| *d <= max)
}

/// Compares query words with list words, each with its weight.
pub fn name_score(query: &[(&str, f64)], list: &[(&str, f64)]) -> NameScore {
    let mut pairs: Vec<(f64, usize, usize, WordHow)> = Vec::new();
    for (i, (q, _)) in query.iter().enumerate() {
        for (j, (l, _)) in list.iter().enumerate() {
            if let Some((s, how)) = word_similarity(q, l) {
                pairs.push((s, i, j, how));
            }
        }
    }
    // Best pairs first; among equals the earlier words, so the result never depends on ties.
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut q_used: Vec<Option<(f64, String, WordHow)>> = vec![None; query.len()];
    let mut l_used = vec![None::<f64>; list.len()];
    for (s, i, j, how) in pairs {
        if q_used[i].is_none() && l_used[j].is_none() {
            q_used[i] = Some((s, list[j].0.to_owned(), how));
            l_used[j] = Some(s);
        }
    }
    // A word written as two: the query's "abuteir" for the list's "abu" + "teir", or the other way.
    for i in 0..query.len() {
        if q_used[i].is_some() {
            continue;
        }
        for j in 0..list.len().saturating_sub(1) {
            if l_used[j].is_none() && l_used[j + 1].is_none() && format!("{}{}", list[j].0, list[j + 1].0) == query[i].0 {
                q_used[i] = Some((0.95, format!("{} {}", list[j].0, list[j + 1].0), WordHow::Joined));
                l_used[j] = Some(0.95);
                l_used[j + 1] = Some(0.95);
                break;
            }
        }
    }
    for j in 0..list.len() {
        if l_used[j].is_some() {
            continue;
        }
        for i in 0..query.len().saturating_sub(1) {
            if q_used[i].is_none() && q_used[i + 1].is_none() && format!("{}{}", query[i].0, query[i + 1].0) == list[j].0 {
                q_used[i] = Some((0.95, list[j].0.to_owned(), WordHow::Joined));
                q_used[i + 1] = Some((0.95, list[j].0.to_owned(), WordHow::Joined));
                l_used[j] = Some(0.95);
                break;
            }
        }
    }
    let q_total: f64 = query.iter().map(|(_, w)| w).sum();
    let l_total: f64 = list.iter().map(|(_, w)| w).sum();
    let q_hit: f64 = query.iter().zip(&q_used).filter_map(|((_, w), u)| u.as_ref().map(|(s, _, _)| s * w)).sum();
    let l_hit: f64 = list.iter().zip(&l_used).filter_map(|((_, w), u)| u.map(|s| s * w)).sum();
    let query_share = if q_total > 0.0 { (q_hit / q_total).min(1.0) } else { 0.0 };
    let list_share = if l_total > 0.0 { (l_hit / l_total).min(1.0) } else { 0.0 };
    let score = 0.5 * query_share.min(list_share) + 0.5 * query_share.max(list_share);
    NameScore {
        score,
        query_share,
        list_share,
        unmatched_query: query.iter().zip(&q_used).filter(|(_, u)| u.is_none()).map(|((q, _), _)| (*q).to_owned()).collect(),
        unmatched_list: list.iter().zip(&l_used).filter(|(_, u)| u.is_none()).map(|((l, _), _)| (*l).to_owned()).collect(),
        words: query
            .iter()
            .zip(q_used)
            .filter_map(|((q, _), u)| u.map(|(s, l, how)| WordMatch { query: (*q).to_owned(), list: l, similarity: round3(s), how }))
            .collect(),
    }
}

pub(crate) fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn even<'a>(words: &[&'a str]) -> Vec<(&'a str, f64)> {
        words.iter().map(|w| (*w, 1.0)).collect()
    }

    #[test]
    fn jaro_winkler_known_values() {
        // Winkler's published examples (Winkler 1990, table 5 as commonly reproduced).
        assert!((jaro_winkler("martha", "marhta") - 0.961).abs() < 0.001);
        assert!((jaro_winkler("dwayne", "duane") - 0.84).abs() < 0.001);
        assert!((jaro_winkler("dixon", "dicksonx") - 0.813).abs() < 0.001);
        assert_eq!(jaro_winkler("abc", "xyz"), 0.0);
    }

    #[test]
    fn words_match_by_spelling_initial_and_split() {
        assert_eq!(word_similarity("jose", "jose"), Some((1.0, WordHow::Same)));
        assert_eq!(word_similarity("j", "jose").map(|s| s.1), Some(WordHow::Initial));
        assert_eq!(word_similarity("luna", "luz"), None);
        assert_eq!(word_similarity("ruiz", "ruis").map(|s| s.1), Some(WordHow::Spelling));
        assert!(word_similarity("zambada", "sambada").is_some());
        assert!(word_similarity("garcia", "lopez").is_none());
        assert!(word_similarity("aguilar", "aguirre").is_none(), "a shared beginning is not a spelling");
        assert!(word_similarity("mohammed", "mohamed").is_some());
        assert!(word_similarity("corstructora", "constructora").is_some_and(|s| s.0 > 0.9));
        assert_eq!(word_similarity("meyado", "mellado").map(|s| s.1), Some(WordHow::Sound));
        assert_eq!(sound("velazquez"), sound("belasques"));
        assert_ne!(sound("garza"), sound("garcia"));
        assert!(edits_within("garcia", "gracia", 1) && !edits_within("garzen", "garza", 1));
        let s = name_score(&even(&["abuteir", "mohammed"]), &even(&["abu", "teir", "mohammed"]));
        assert!(s.score > 0.95, "{s:?}");
        assert_eq!(s.words[0].how, WordHow::Joined);
    }

    #[test]
    fn order_does_not_matter_and_dropped_words_cost_by_weight() {
        let list = [("zambada", 9.0), ("garcia", 3.0), ("ismael", 5.0)];
        let full = name_score(&[("ismael", 5.0), ("zambada", 9.0), ("garcia", 3.0)], &list);
        assert!((full.score - 1.0).abs() < 1e-9);
        let dropped = name_score(&[("ismael", 5.0), ("zambada", 9.0)], &list);
        let common = name_score(&[("ismael", 5.0), ("garcia", 3.0)], &list);
        assert!(dropped.score > 0.85 && common.score < 0.75, "{} {}", dropped.score, common.score);
        assert_eq!(dropped.unmatched_list, vec!["garcia"]);
    }
}
