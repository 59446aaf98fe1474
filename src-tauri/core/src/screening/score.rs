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

/// Two romanisations of one name must still be this alike (Jaro–Winkler): MOHAMMED / MUHAMMAD
/// 0.85 and HUSSEIN / HUSAYN 0.82 are, the Spanish names that share their consonants are not
/// (MORENO / MARINO and ROMERO / RAMIRO 0.80, MARIN / MORAN 0.76).
pub const ROMANIZED_FLOOR: f64 = 0.82;

/// What a word matched as another romanisation counts for.
const ROMANIZED: f64 = 0.88;

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
    /// Another romanisation of the same Arabic or Russian name: the same consonants, other
    /// vowels (MOHAMMED / MUHAMMAD, HUSSEIN / HUSAYN, YURIY / YURI).
    Romanized,
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

/// A word made ready to compare, once: its letters and how it sounds. The index keeps one per
/// list word, so screening a name never takes a list word apart again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    text: Box<str>,
    chars: Box<[char]>,
    sound: Box<[char]>,
    skeleton: Box<[char]>,
    /// Spelled as Spanish never spells ([`foreign_spelling`]).
    foreign: bool,
    /// Which letters the word has, folded onto 64 bits.
    letters: u64,
}

impl Word {
    pub fn new(text: &str) -> Self {
        let chars: Box<[char]> = text.chars().collect();
        let letters = chars.iter().fold(0u64, |m, c| m | 1 << (*c as u32 % 64));
        Word {
            text: text.into(),
            sound: sound_of(&chars),
            skeleton: skeleton_of(&chars),
            foreign: foreign_spelling(&chars),
            chars,
            letters,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Letters (not bytes).
    pub fn len(&self) -> usize {
        self.chars.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// The word as it sounds ([`sound`]).
    pub fn sound(&self) -> &[char] {
        &self.sound
    }

    /// The word's consonants as romanisations agree on them ([`skeleton`]).
    pub fn skeleton(&self) -> &[char] {
        &self.skeleton
    }

    /// How this word (a query's) matches `l` (a list's), if it does.
    pub fn similarity(&self, l: &Word) -> Option<(f64, WordHow)> {
        if self.text == l.text {
            return Some((1.0, WordHow::Same));
        }
        let (ql, ll) = (self.len(), l.len());
        if ql == 1 || ll == 1 {
            // An initial: "J" for "JOSE".
            let (short, long) = if ql == 1 { (self, l) } else { (l, self) };
            return (long.len() > 1 && long.chars.first() == short.chars.first()).then_some((0.6, WordHow::Initial));
        }
        // Short words differ by one letter too easily ("LUNA" / "LUZ"): they must be the same
        // length and differ in one place at most.
        // Other vowels may still be another romanisation ("YURI" / "YURIY").
        if ql <= 4 || ll <= 4 {
            if ql != ll {
                return if ql.min(ll) >= 4 { self.romanized(l) } else { None };
            }
            let differing = self.chars.iter().zip(l.chars.iter()).filter(|(a, b)| a != b).count();
            return (differing <= 1 && ql >= 4).then_some((0.9, WordHow::Spelling));
        }
        if self.sound == l.sound {
            return Some((0.92, WordHow::Sound));
        }
        self.spelling(l).or_else(|| self.romanized(l))
    }

    /// Other vowels are another romanisation only where one of the words is a romanisation: in a
    /// Spanish name they are another name (JOSE / JOSUE, MORALES / MORELOS).
    fn romanized(&self, l: &Word) -> Option<(f64, WordHow)> {
        ((self.foreign || l.foreign) && self.skeleton == l.skeleton && jaro_winkler_of(&self.chars, &l.chars) >= ROMANIZED_FLOOR)
            .then_some((ROMANIZED, WordHow::Romanized))
    }

    /// A shared beginning lifts Jaro–Winkler for different surnames ("AGUILAR" / "AGUIRRE"): a
    /// spelling variant is also at most one edit away (two from eight letters on). Jaro–Winkler
    /// alone undervalues one wrong letter in a long word ("CORSTRUCTORA" 0.86): the similarity is
    /// the better of it and the share of letters right.
    fn spelling(&self, l: &Word) -> Option<(f64, WordHow)> {
        let (ql, ll) = (self.len(), l.len());
        let allowed = allowed_edits(ql.max(ll));
        // Each edit brings at most one letter the other word lacks.
        if (self.letters & !l.letters).count_ones() as usize > allowed || (l.letters & !self.letters).count_ones() as usize > allowed {
            return None;
        }
        let edits = edits_of(&self.chars, &l.chars, allowed)?;
        let s = jaro_winkler_of(&self.chars, &l.chars).max(1.0 - edits as f64 / ql.max(ll) as f64);
        (s >= WORD_FLOOR).then_some((s, WordHow::Spelling))
    }
}

/// The edits a spelling variant may have: one, two from eight letters on.
pub fn allowed_edits(longer: usize) -> usize {
    if longer >= 8 {
        2
    } else {
        1
    }
}

/// Jaro–Winkler similarity of two words (0 to 1).
pub fn jaro_winkler(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    jaro_winkler_of(&a, &b)
}

fn jaro_winkler_of(a: &[char], b: &[char]) -> f64 {
    if a == b {
        return 1.0;
    }
    if a.is_empty() || b.is_empty() || a.len() > 64 || b.len() > 64 {
        return 0.0;
    }
    let window = (a.len().max(b.len()) / 2).saturating_sub(1);
    let mut a_hit = [false; 64];
    let mut b_hit = [false; 64];
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
    let prefix = a.iter().zip(b).take(4).take_while(|(x, y)| x == y).count() as f64;
    jaro + prefix * 0.1 * (1.0 - jaro)
}

/// How two words match, if they do.
pub fn word_similarity(q: &str, l: &str) -> Option<(f64, WordHow)> {
    Word::new(q).similarity(&Word::new(l))
}

/// A word as it sounds in Mexican Spanish: LL and Y, V and B, Z, S and soft C, hard C, QU and K,
/// G and J before E and I, X and J are each one sound; H is silent; doubled letters are one.
pub fn sound(word: &str) -> String {
    Word::new(word).sound.iter().collect()
}

fn sound_of(c: &[char]) -> Box<[char]> {
    let mut out = Vec::with_capacity(c.len());
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
        if s != '\0' && out.last() != Some(&s) {
            out.push(s);
        }
        i += step;
    }
    out.into()
}

/// A word as the romanisations of an Arabic or Russian name agree on it: its consonants in order,
/// a doubled one once, PH as F, and each run of vowels (A, E, I, O, U, and Y after the first
/// letter) as one mark. Arabic writes short vowels rarely and Cyrillic's Й and ИЙ become Y, I or
/// IY, so the systems (BGN/PCGN, ALA-LC, common usage) differ above all in vowels.
pub fn skeleton(word: &str) -> String {
    Word::new(word).skeleton.iter().collect()
}

fn skeleton_of(c: &[char]) -> Box<[char]> {
    let mut out = Vec::with_capacity(c.len());
    let mut i = 0;
    while i < c.len() {
        let s = match c[i] {
            'a' | 'e' | 'i' | 'o' | 'u' => '*',
            'y' if i > 0 => '*',
            'p' if c.get(i + 1) == Some(&'h') => {
                i += 1;
                'f'
            }
            x => x,
        };
        if out.last() != Some(&s) {
            out.push(s);
        }
        i += 1;
    }
    out.into()
}

/// Whether a word is spelled as Spanish never spells, as romanised Arabic and Russian names are:
/// a doubled consonant other than CC, LL, NN and RR (Spanish doubles no other, RAE, *Ortografía de
/// la lengua española* 2010, §6), KH, GH, DH, TH, SH, ZH, OU, EE, OO, AA, IY, a W, or a Q not
/// before U.
fn foreign_spelling(c: &[char]) -> bool {
    c.windows(2).any(|w| match (w[0], w[1]) {
        (a, b) if a == b => !matches!(a, 'c' | 'l' | 'n' | 'r' | 'a' | 'e' | 'i' | 'o' | 'u') || matches!(a, 'a' | 'e' | 'o'),
        ('k' | 'g' | 'd' | 't' | 's' | 'z', 'h') | ('o', 'u') | ('i', 'y') => true,
        ('q', b) => b != 'u',
        _ => false,
    }) || c.contains(&'w')
        || c.last() == Some(&'q')
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
    edits_of(&a, &b, max)
}

fn edits_of(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    // Three rows of the table (a swap looks two rows back), on the stack for words of up to 63
    // letters.
    let w = b.len() + 1;
    let mut stack = [0usize; 3 * 64];
    let mut heap = Vec::new();
    let rows: &mut [usize] = if 3 * w <= stack.len() {
        &mut stack[..3 * w]
    } else {
        heap.resize(3 * w, 0);
        &mut heap
    };
    for (j, cell) in rows.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        let (cur, prev, back) = ((i % 3) * w, ((i - 1) % 3) * w, ((i + 1) % 3) * w);
        rows[cur] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (rows[prev + j] + 1).min(rows[cur + j - 1] + 1).min(rows[prev + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(rows[back + j - 2] + 1);
            }
            rows[cur + j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
    }
    Some(rows[(a.len() % 3) * w + b.len()]).filter(|d| *d <= max)
}

/// What a query word was paired with.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Paired {
    /// List word `j`.
    One(usize),
    /// List words `j` and `j + 1`, written as one in the query.
    Two(usize),
    /// List word `j`, written as two in the query (this word and its neighbour).
    Half(usize),
}

/// The words of a query name paired with those of a list name, and the score, without any text:
/// what the index computes for every candidate. [`Pairing::explain`] writes it out for a hit.
#[derive(Debug, Clone, PartialEq)]
pub struct Pairing {
    pub score: f64,
    pub query_share: f64,
    pub list_share: f64,
    query: Vec<Option<(f64, Paired, WordHow)>>,
    list: Vec<bool>,
}

/// Pairs query words with list words, each with its weight; `similar(i, j)` is how query word `i`
/// matches list word `j`.
pub fn pair_words(
    query: &[(&Word, f64)],
    list: &[(&Word, f64)],
    mut similar: impl FnMut(usize, usize) -> Option<(f64, WordHow)>,
) -> Pairing {
    let mut pairs: Vec<(f64, usize, usize, WordHow)> = Vec::new();
    for i in 0..query.len() {
        for j in 0..list.len() {
            if let Some((s, how)) = similar(i, j) {
                pairs.push((s, i, j, how));
            }
        }
    }
    // Best pairs first; among equals the earlier words, so the result never depends on ties.
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut q_used: Vec<Option<(f64, Paired, WordHow)>> = vec![None; query.len()];
    let mut l_used = vec![None::<f64>; list.len()];
    for (s, i, j, how) in pairs {
        if q_used[i].is_none() && l_used[j].is_none() {
            q_used[i] = Some((s, Paired::One(j), how));
            l_used[j] = Some(s);
        }
    }
    let joins = |whole: &Word, a: &Word, b: &Word| {
        whole.len() == a.len() + b.len() && whole.text.starts_with(&*a.text) && whole.text.ends_with(&*b.text)
    };
    // A word written as two: the query's "abuteir" for the list's "abu" + "teir", or the other way.
    for i in 0..query.len() {
        if q_used[i].is_some() {
            continue;
        }
        for j in 0..list.len().saturating_sub(1) {
            if l_used[j].is_none() && l_used[j + 1].is_none() && joins(query[i].0, list[j].0, list[j + 1].0) {
                q_used[i] = Some((0.95, Paired::Two(j), WordHow::Joined));
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
            if q_used[i].is_none() && q_used[i + 1].is_none() && joins(list[j].0, query[i].0, query[i + 1].0) {
                q_used[i] = Some((0.95, Paired::Half(j), WordHow::Joined));
                q_used[i + 1] = Some((0.95, Paired::Half(j), WordHow::Joined));
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
    Pairing {
        score: 0.5 * query_share.min(list_share) + 0.5 * query_share.max(list_share),
        query_share,
        list_share,
        query: q_used,
        list: l_used.iter().map(Option::is_some).collect(),
    }
}

impl Pairing {
    /// The pairing in words, for the explanation of a hit.
    pub fn explain(&self, query: &[&str], list: &[&str]) -> NameScore {
        let list_text = |p: Paired| match p {
            Paired::One(j) | Paired::Half(j) => list[j].to_owned(),
            Paired::Two(j) => format!("{} {}", list[j], list[j + 1]),
        };
        NameScore {
            score: self.score,
            query_share: self.query_share,
            list_share: self.list_share,
            words: query
                .iter()
                .zip(&self.query)
                .filter_map(|(q, u)| {
                    u.map(|(s, p, how)| WordMatch { query: (*q).to_owned(), list: list_text(p), similarity: round3(s), how })
                })
                .collect(),
            unmatched_query: query.iter().zip(&self.query).filter(|(_, u)| u.is_none()).map(|(q, _)| (*q).to_owned()).collect(),
            unmatched_list: list.iter().zip(&self.list).filter(|(_, u)| !**u).map(|(l, _)| (*l).to_owned()).collect(),
        }
    }
}

/// Compares query words with list words, each with its weight.
pub fn name_score(query: &[(&str, f64)], list: &[(&str, f64)]) -> NameScore {
    let qw: Vec<Word> = query.iter().map(|(t, _)| Word::new(t)).collect();
    let lw: Vec<Word> = list.iter().map(|(t, _)| Word::new(t)).collect();
    let q: Vec<(&Word, f64)> = qw.iter().zip(query).map(|(w, (_, x))| (w, *x)).collect();
    let l: Vec<(&Word, f64)> = lw.iter().zip(list).map(|(w, (_, x))| (w, *x)).collect();
    let pairing = pair_words(&q, &l, |i, j| qw[i].similarity(&lw[j]));
    let qt: Vec<&str> = query.iter().map(|(t, _)| *t).collect();
    let lt: Vec<&str> = list.iter().map(|(t, _)| *t).collect();
    pairing.explain(&qt, &lt)
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
        for (a, b) in [("mohammed", "muhammad"), ("hussein", "husayn"), ("yousef", "yusuf"), ("yuri", "yuriy")] {
            assert_eq!(word_similarity(a, b).map(|s| s.1), Some(WordHow::Romanized), "{a} {b}");
        }
        // The figures ROMANIZED_FLOOR is set between.
        assert!((jaro_winkler("mohammed", "muhammad") - 0.85).abs() < 0.005);
        assert!((jaro_winkler("hussein", "husayn") - 0.82).abs() < 0.005);
        for (a, b) in [("moreno", "marino"), ("romero", "ramiro"), ("marin", "moran"), ("salas", "solis")] {
            assert_eq!(skeleton(a), skeleton(b));
            assert!(jaro_winkler(a, b) < ROMANIZED_FLOOR - 0.01, "{a} {b} {}", jaro_winkler(a, b));
            assert_eq!(word_similarity(a, b), None, "{a} {b}");
        }
        // Other vowels in Spanish names are other names, however alike.
        for (a, b) in [("jose", "josue"), ("morales", "morelos"), ("maria", "mayra"), ("serrano", "soriano"), ("avalos", "aviles")] {
            assert_ne!(word_similarity(a, b).map(|s| s.1), Some(WordHow::Romanized), "{a} {b}");
        }
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
