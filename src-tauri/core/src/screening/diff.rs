//! What changed from one version of a list to the next: entries added, removed and changed, told
//! by the entry's identifier and compared by content digest.

use std::collections::HashMap;

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListDiff {
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<String>,
    pub unchanged: usize,
}

/// `before` and `after` as (entry id, digest) pairs; each list comes out sorted.
pub fn diff<'a>(before: impl IntoIterator<Item = (&'a str, &'a str)>, after: impl IntoIterator<Item = (&'a str, &'a str)>) -> ListDiff {
    let old: HashMap<&str, &str> = before.into_iter().collect();
    let mut d = ListDiff::default();
    let mut seen = std::collections::HashSet::new();
    for (id, digest) in after {
        seen.insert(id);
        match old.get(id) {
            None => d.added.push(id.to_owned()),
            Some(o) if *o != digest => d.changed.push(id.to_owned()),
            Some(_) => d.unchanged += 1,
        }
    }
    d.removed = old.keys().filter(|id| !seen.contains(*id)).map(|id| (*id).to_owned()).collect();
    for v in [&mut d.added, &mut d.removed, &mut d.changed] {
        v.sort();
    }
    d
}

#[cfg(test)]
mod tests {
    #[test]
    fn added_removed_changed() {
        let d = super::diff([("1", "a"), ("2", "b"), ("3", "c")], [("1", "a"), ("3", "x"), ("4", "d")]);
        assert_eq!((d.added, d.removed, d.changed, d.unchanged), (vec!["4".to_owned()], vec!["2".to_owned()], vec!["3".to_owned()], 1));
    }
}
