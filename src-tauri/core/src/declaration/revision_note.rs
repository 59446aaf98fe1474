//! What a revision changed, in one line. Stored with each revision as plain text (the store's
//! format, also written to the audit log) and read back as data, so each screen can say it in its
//! own language and name the fields as the user knows them.

use std::fmt;

use serde::Serialize;
use ts_rs::TS;

use super::FieldChange;

/// Changed fields named in a note; the rest are counted.
const SHOWN: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum RevisionNote {
    /// The first revision of a draft (new, or a duplicate).
    Created,
    /// The sample draft made on first start.
    DemoCreated,
    /// A draft from before revisions were kept (schema 1), given its first revision.
    CreatedBeforeRevisions,
    /// An older revision brought back as this one.
    Restored { revision: u32 },
    /// The first changed fields (paths in finding syntax) and how many more there are.
    Changed { paths: Vec<String>, more: u32 },
    /// Text this version does not recognize, shown as it is.
    Other { text: String },
}

impl RevisionNote {
    /// The note of a save that made `changes` (in document order).
    pub fn changed(changes: &[FieldChange]) -> Self {
        let paths = changes.iter().take(SHOWN).map(|c| c.path.clone()).collect();
        Self::Changed { paths, more: changes.len().saturating_sub(SHOWN).try_into().unwrap_or(u32::MAX) }
    }

    /// Reads a stored note. Never fails: what it does not recognize stays as text.
    pub fn parse(text: &str) -> Self {
        match text {
            "created" => return Self::Created,
            "demo created" => return Self::DemoCreated,
            "created before revisions were kept" => return Self::CreatedBeforeRevisions,
            _ => {}
        }
        if let Some(revision) = text.strip_prefix("restored revision ").and_then(|n| n.parse().ok()) {
            return Self::Restored { revision };
        }
        let (list, more) = match text.rsplit_once(" and ") {
            Some((list, rest)) => match rest.strip_suffix(" more").and_then(|n| n.parse().ok()) {
                Some(more) => (list, more),
                None => return Self::other(text),
            },
            None => (text, 0),
        };
        let paths: Vec<String> = list.split(", ").map(str::to_owned).collect();
        if paths.iter().all(|p| is_path(p)) {
            Self::Changed { paths, more }
        } else {
            Self::other(text)
        }
    }

    fn other(text: &str) -> Self {
        Self::Other { text: text.to_owned() }
    }
}

/// `lines[3].hts`, `parties.exporter.address.city`: letters, digits, dots and indexes.
fn is_path(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '[' | ']' | '_'))
}

/// The stored text: "created", "restored revision 4", "reference, lines[2].hts and 3 more".
impl fmt::Display for RevisionNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Created => f.write_str("created"),
            Self::DemoCreated => f.write_str("demo created"),
            Self::CreatedBeforeRevisions => f.write_str("created before revisions were kept"),
            Self::Restored { revision } => write!(f, "restored revision {revision}"),
            Self::Changed { paths, more: 0 } => f.write_str(&paths.join(", ")),
            Self::Changed { paths, more } => write!(f, "{} and {more} more", paths.join(", ")),
            Self::Other { text } => f.write_str(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(path: &str) -> FieldChange {
        FieldChange { path: path.into(), before: None, after: Some("x".into()) }
    }

    #[test]
    fn every_note_reads_back_as_written() {
        let many: Vec<_> = ["reference", "lines[2].hts", "parties.exporter.address.city", "lines[3]", "seals[0]"].map(change).into();
        let notes = [
            RevisionNote::Created,
            RevisionNote::DemoCreated,
            RevisionNote::CreatedBeforeRevisions,
            RevisionNote::Restored { revision: 12 },
            RevisionNote::changed(&many[..1]),
            RevisionNote::changed(&many[..3]),
            RevisionNote::changed(&many),
        ];
        for note in notes {
            assert_eq!(RevisionNote::parse(&note.to_string()), note, "{note}");
        }
        assert_eq!(RevisionNote::changed(&many).to_string(), "reference, lines[2].hts, parties.exporter.address.city and 2 more");
        assert_eq!(RevisionNote::changed(&many[..1]).to_string(), "reference");
    }

    #[test]
    fn text_it_does_not_know_stays_text() {
        for text in ["", "restored revision x", "lines[1].hts and lots more", "imported from the old system", "a, b and 2 mor"] {
            assert_eq!(RevisionNote::parse(text), RevisionNote::Other { text: text.into() }, "{text:?}");
        }
    }
}
