//! Finding schedule lines by the words of their descriptions: text folded to plain lower-case
//! letters (so "camión" matches "camion" and "Tequila" matches "tequila"), and an index from each
//! word to the lines that use it, searched by word prefixes so a user can type "alum she" for
//! aluminum sheet.

pub(crate) use crate::text::fold;

/// The folded words of `text`, one letter or longer.
pub(crate) fn words(text: &str) -> Vec<String> {
    fold(text).split_whitespace().map(str::to_owned).collect()
}

/// Word → the ids (ascending) of the items whose text holds it.
#[derive(Debug, Default)]
pub(crate) struct WordIndex {
    /// Sorted by word, so the words starting with a prefix are one range.
    entries: Vec<(Box<str>, Vec<u32>)>,
}

impl WordIndex {
    /// `items` must come in ascending id order.
    pub fn build(items: impl Iterator<Item = (u32, Vec<String>)>) -> Self {
        let mut map: std::collections::HashMap<String, Vec<u32>> = std::collections::HashMap::new();
        for (id, ws) in items {
            for w in ws {
                let postings = map.entry(w).or_default();
                if postings.last() != Some(&id) {
                    postings.push(id);
                }
            }
        }
        let mut entries: Vec<(Box<str>, Vec<u32>)> = map.into_iter().map(|(w, p)| (w.into_boxed_str(), p)).collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Self { entries }
    }

    /// Ids whose text has, for every word of the query, a word starting with it; ascending. A
    /// query without words matches nothing.
    pub fn query(&self, query: &str) -> Vec<u32> {
        let mut sets: Vec<Vec<u32>> = Vec::new();
        for w in words(query) {
            let start = self.entries.partition_point(|(word, _)| word.as_ref() < w.as_str());
            let matching = self.entries[start..].iter().take_while(|(word, _)| word.starts_with(w.as_str()));
            let mut ids: Vec<u32> = Vec::new();
            let mut runs = 0;
            for (_, postings) in matching {
                ids.extend_from_slice(postings);
                runs += 1;
            }
            if runs > 1 {
                ids.sort_unstable();
                ids.dedup();
            }
            if ids.is_empty() {
                return Vec::new();
            }
            sets.push(ids);
        }
        sets.sort_by_key(Vec::len);
        let mut sets = sets.into_iter();
        let Some(mut result) = sets.next() else { return Vec::new() };
        for other in sets {
            result.retain(|id| other.binary_search(id).is_ok());
        }
        result
    }
}

/// Orders the ids a word query found: lines whose own text holds more of the query's words come
/// first (a line named "Mounted brake linings" before one that only sits under "Brakes"), then
/// the schedule's order. `own` gives an id's own text.
pub(crate) fn rank<'a>(mut ids: Vec<u32>, query: &str, own: impl Fn(u32) -> &'a str) -> Vec<u32> {
    let wanted = words(query);
    let score = |id: u32| {
        let mine = words(own(id));
        wanted.iter().filter(|w| mine.iter().any(|m| m.starts_with(w.as_str()))).count()
    };
    let mut scored: Vec<(usize, u32)> = ids.drain(..).map(|id| (score(id), id)).collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, id)| id).collect()
}

/// Text as the publisher meant it: runs of spaces, line breaks and no-break spaces become one
/// space, zero-width spaces go, and the ends are trimmed.
pub(crate) fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for part in text.split(|c: char| c.is_whitespace() || c == '\u{a0}') {
        let part: String = part.chars().filter(|&c| c != '\u{200b}' && c != '\u{feff}').collect();
        if part.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_accents_case_and_punctuation() {
        assert_eq!(fold("Camión, de VOLTEO (ñandú)"), "camion  de volteo  nandu ");
        assert_eq!(words("Tequila: in containers"), ["tequila", "in", "containers"]);
    }

    #[test]
    fn every_word_of_the_query_must_start_a_word_of_the_item() {
        let index = WordIndex::build(
            [(0, words("Aluminum sheet, alloyed")), (1, words("Aluminum foil")), (2, words("Steel sheet")), (3, words("Tequila"))]
                .into_iter(),
        );
        assert_eq!(index.query("alum she"), [0]);
        assert_eq!(index.query("SHEET"), [0, 2]);
        assert_eq!(index.query("aluminio"), Vec::<u32>::new());
        assert_eq!(index.query("tequíla"), [3]);
        assert_eq!(index.query("  "), Vec::<u32>::new());
    }
}
