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
///
/// Lines are compared as typed values first and only the lines that differ are walked field by
/// field: an autosave of a 1,000-line declaration where one cell changed costs one line's walk.
pub fn diff(before: &Declaration, after: &Declaration) -> Vec<FieldChange> {
    let mut changes = Vec::new();
    let mut path = String::new();
    walk(Some(&head_value(before)), Some(&head_value(after)), &mut path, &mut changes);
    let count = before.lines.len().max(after.lines.len());
    if before.lines.is_empty() != after.lines.is_empty() {
        // An empty list is a field of its own ("[]"), as in the full walk.
        let value = |d: &Declaration| serde_json::to_value(&d.lines).unwrap_or(Value::Null);
        path.push_str("lines");
        walk(Some(&value(before)), Some(&value(after)), &mut path, &mut changes);
        return changes;
    }
    for i in 0..count {
        let (a, b) = (before.lines.get(i), after.lines.get(i));
        if a == b {
            continue;
        }
        let value = |line: Option<&super::Line>| line.map(|l| serde_json::to_value(l).unwrap_or(Value::Null));
        path.clear();
        path.push_str(&format!("lines[{i}]"));
        walk(value(a).as_ref(), value(b).as_ref(), &mut path, &mut changes);
    }
    changes
}

/// Everything but the lines, as JSON. The destructuring names every field, so a field added to
/// [`Declaration`] fails to compile here until it is compared.
fn head_value(d: &Declaration) -> Value {
    let Declaration { schema_version, reference, direction, parties, transport, commercial, regime, usmca, lines: _, documents, trusted } =
        d;
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Head<'a> {
        schema_version: &'a u32,
        reference: &'a String,
        direction: &'a crate::declaration::Direction,
        parties: &'a super::Parties,
        transport: &'a super::Transport,
        commercial: &'a super::Commercial,
        regime: &'a super::Regime,
        usmca: &'a Option<super::UsmcaCertification>,
        documents: &'a Vec<super::LinkedDocument>,
        trusted: &'a super::TrustedTrade,
    }
    serde_json::to_value(Head { schema_version, reference, direction, parties, transport, commercial, regime, usmca, documents, trusted })
        .unwrap_or(Value::Null)
}

/// Compares two JSON trees in step; `path` is the path of this node and is left as found.
fn walk(a: Option<&Value>, b: Option<&Value>, path: &mut String, out: &mut Vec<FieldChange>) {
    let len = path.len();
    match (a, b) {
        (Some(Value::Object(x)), Some(Value::Object(y))) => {
            for (k, v) in x {
                push_key(path, k);
                walk(Some(v), y.get(k), path, out);
                path.truncate(len);
            }
            for (k, v) in y.iter().filter(|(k, _)| !x.contains_key(*k)) {
                push_key(path, k);
                walk(None, Some(v), path, out);
                path.truncate(len);
            }
        }
        (Some(Value::Array(x)), Some(Value::Array(y))) if !x.is_empty() && !y.is_empty() => {
            for i in 0..x.len().max(y.len()) {
                path.push_str(&format!("[{i}]"));
                walk(x.get(i), y.get(i), path, out);
                path.truncate(len);
            }
        }
        _ if a == b => {}
        _ => {
            // Leaves, or a shape that changed: pair up the leaves on each side by path.
            let mut before = Vec::new();
            let mut after = Vec::new();
            if let Some(a) = a {
                flatten(a, path.clone(), &mut before);
            }
            if let Some(b) = b {
                flatten(b, path.clone(), &mut after);
            }
            for (p, value) in &before {
                match after.iter().find(|(q, _)| q == p) {
                    Some((_, other)) if other == value => {}
                    other => out.push(FieldChange { path: p.clone(), before: Some(value.clone()), after: other.map(|(_, v)| v.clone()) }),
                }
            }
            for (p, value) in after.into_iter().filter(|(p, _)| !before.iter().any(|(q, _)| q == p)) {
                out.push(FieldChange { path: p, before: None, after: Some(value) });
            }
        }
    }
}

fn push_key(path: &mut String, key: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
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
        assert_eq!(
            changes[0],
            FieldChange { path: "reference".into(), before: Some("LRD-2026-0417".into()), after: Some("LRD-2026-0418".into()) }
        );
        assert!(changes.iter().any(|c| c.path == "lines[2].hts" && c.after.is_none()), "line 3 removed");
        assert!(diff(&a, &a).is_empty());
    }

    /// The fast walk reports exactly what comparing every flattened leaf reports.
    #[test]
    fn agrees_with_comparing_every_leaf() {
        fn slow(a: &Declaration, b: &Declaration) -> Vec<(String, Option<String>, Option<String>)> {
            let (mut x, mut y) = (Vec::new(), Vec::new());
            flatten(&serde_json::to_value(a).unwrap(), String::new(), &mut x);
            flatten(&serde_json::to_value(b).unwrap(), String::new(), &mut y);
            let mut out: Vec<_> = x
                .iter()
                .filter_map(|(p, v)| {
                    let other = y.iter().find(|(q, _)| q == p).map(|(_, w)| w.clone());
                    (other.as_ref() != Some(v)).then(|| (p.clone(), Some(v.clone()), other))
                })
                .collect();
            out.extend(y.iter().filter(|(p, _)| !x.iter().any(|(q, _)| q == p)).map(|(p, v)| (p.clone(), None, Some(v.clone()))));
            out.sort();
            out
        }
        let fast = |a: &Declaration, b: &Declaration| {
            let mut out: Vec<_> = diff(a, b).into_iter().map(|c| (c.path, c.before, c.after)).collect();
            out.sort();
            out
        };
        let a = sample::northbound_auto_parts();
        let mut cases = Vec::new();
        let mut b = a.clone();
        b.lines.clear();
        cases.push(b);
        let mut b = a.clone();
        b.usmca = None;
        b.parties.exporter.name = "Otro".into();
        cases.push(b);
        let mut b = a.clone();
        b.lines.push(b.lines[0].clone());
        b.lines[1].us_quantity = Some(rust_decimal::Decimal::new(7, 0));
        cases.push(b);
        let mut b = a.clone();
        b.commercial.invoices.clear();
        b.transport.estimated_arrival = None;
        cases.push(b);
        for b in &cases {
            assert_eq!(fast(&a, b), slow(&a, b));
            assert_eq!(fast(b, &a), slow(b, &a));
        }
    }
}
