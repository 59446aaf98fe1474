//! Field-by-field comparison of two declarations, for revision history and change summaries.

use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

use super::Declaration;

/// One field that differs. `before`/`after` are `None` where the field does not exist on that side
/// (a line added or removed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldChange {
    /// Same path syntax as validation findings: `lines[3].hts`.
    pub path: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// Every leaf field whose value differs, in document order.
pub fn diff(before: &Declaration, after: &Declaration) -> Vec<FieldChange> {
    let mut a = Vec::new();
    let mut b = Vec::new();
    flatten(&serde_json::to_value(before).unwrap_or(Value::Null), String::new(), &mut a);
    flatten(&serde_json::to_value(after).unwrap_or(Value::Null), String::new(), &mut b);
    let after_by_path: std::collections::HashMap<&str, &str> = b.iter().map(|(p, v)| (p.as_str(), v.as_str())).collect();
    let before_paths: std::collections::HashSet<&str> = a.iter().map(|(p, _)| p.as_str()).collect();
    let mut changes = Vec::new();
    for (path, value) in &a {
        match after_by_path.get(path.as_str()) {
            Some(other) if *other == value => {}
            other => changes.push(FieldChange { path: path.clone(), before: Some(value.clone()), after: other.map(|v| (*v).to_owned()) }),
        }
    }
    for (path, value) in &b {
        if !before_paths.contains(path.as_str()) {
            changes.push(FieldChange { path: path.clone(), before: None, after: Some(value.clone()) });
        }
    }
    changes
}

/// A short human summary of a change list: "reference, lines[2].hts and 3 more".
pub fn summarize(changes: &[FieldChange]) -> String {
    const SHOWN: usize = 3;
    if changes.is_empty() {
        return "no changes".into();
    }
    let names: Vec<&str> = changes.iter().take(SHOWN).map(|c| c.path.as_str()).collect();
    match changes.len() {
        n if n <= SHOWN => names.join(", "),
        n => format!("{} and {} more", names.join(", "), n - SHOWN),
    }
}

fn flatten(value: &Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                flatten(v, p, out);
            }
        }
        Value::Array(items) => {
            if items.is_empty() {
                out.push((path, "[]".into()));
                return;
            }
            for (i, v) in items.iter().enumerate() {
                flatten(v, format!("{path}[{i}]"), out);
            }
        }
        Value::Null => out.push((path, String::new())),
        Value::String(s) => out.push((path, s.clone())),
        other => out.push((path, other.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    #[test]
    fn reports_changed_added_and_removed_fields() {
        let a = sample::northbound_auto_parts();
        let mut b = a.clone();
        b.reference = "LRD-2026-0418".into();
        b.lines[2].hts = "8708.30.5090".into();
        b.lines.pop();
        let changes = diff(&a, &b);
        assert_eq!(changes[0], FieldChange { path: "reference".into(), before: Some("LRD-2026-0417".into()), after: Some("LRD-2026-0418".into()) });
        assert!(changes.iter().any(|c| c.path == "lines[2].hts" && c.after.is_none()), "line 3 removed");
        assert_eq!(summarize(&changes[..1]), "reference");
        assert!(summarize(&changes).ends_with("more"));
        assert!(diff(&a, &a).is_empty());
    }
}
