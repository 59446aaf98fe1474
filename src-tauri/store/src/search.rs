//! Finding drafts: full-text search (accent-insensitive trigrams) with filters and paging.

use cruce_core::declaration::Declaration;
use cruce_core::{DraftPage, DraftQuery, DraftSort};
use rusqlite::types::Value;
use rusqlite::{params, Transaction};
use sha2::{Digest, Sha256};

use crate::rows::{read_summary, SUMMARY_COLUMNS};
use crate::{Store, StoreError};

/// Largest page served, whatever is asked.
pub const MAX_PAGE: u32 = 500;

/// A text search counts its matches up to this many: counting 100,000 matches of a common word
/// costs more than finding the page, and "1,000+" tells the user to narrow the search.
pub const COUNT_LIMIT: u32 = 1000;

/// Replaces the search text of a draft with what its declaration now says.
pub(crate) fn index_draft(tx: &Transaction<'_>, id: &str, d: &Declaration) -> Result<(), StoreError> {
    let p = &d.parties;
    let mut text: Vec<&str> = vec![
        &d.reference,
        &p.exporter.name,
        &p.us_importer.name,
        &p.us_importer.importer_number,
        &p.ultimate_consignee.name,
        &p.mexican_party.name,
        &p.mexican_party.rfc,
        &p.manufacturer.name,
        &p.carrier.name,
        &p.driver.name,
        &d.transport.shipment_control_number,
        &d.regime.pedimento_number,
    ];
    for l in &d.lines {
        text.extend([l.description.as_str(), l.hts.as_str(), l.fraccion.as_str()]);
    }
    let mut seen = std::collections::HashSet::new();
    let content: Vec<&str> = text.into_iter().map(str::trim).filter(|s| !s.is_empty() && seen.insert(*s)).collect();
    let content = content.join("\n");
    let hash = Sha256::digest(content.as_bytes()).to_vec();
    let (key, indexed): (i64, Option<Vec<u8>>) =
        tx.query_row("SELECT search_key, search_hash FROM draft WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    // Most saves change nothing searchable; re-indexing 1,000 lines costs more than comparing.
    if indexed.as_deref() == Some(hash.as_slice()) {
        return Ok(());
    }
    tx.execute("DELETE FROM draft_search WHERE rowid = ?1", [key])?;
    tx.execute("INSERT INTO draft_search (rowid, content) VALUES (?1, ?2)", params![key, content])?;
    tx.execute("UPDATE draft SET search_hash = ?2 WHERE id = ?1", params![id, hash])?;
    Ok(())
}

/// Each word as a quoted FTS5 phrase (so punctuation in "8708.30" or "S.A." is literal), all of
/// them required. Trigram search needs 3 characters; shorter words are matched on the reference.
fn fts_terms(text: &str) -> (Option<String>, Vec<String>) {
    let mut phrases = Vec::new();
    let mut short = Vec::new();
    for word in text.split_whitespace() {
        if word.chars().count() >= 3 {
            phrases.push(format!("\"{}\"", word.replace('"', "\"\"")));
        } else {
            short.push(word.to_owned());
        }
    }
    ((!phrases.is_empty()).then(|| phrases.join(" ")), short)
}

impl Store {
    /// One page of live drafts matching `q`.
    ///
    /// With text, the full-text index drives the query: in the default order (newest first, the
    /// index's own order) the page is read without visiting other matches, whatever their number.
    pub fn search_drafts(&self, q: &DraftQuery) -> Result<DraftPage, StoreError> {
        let mut clauses = vec!["d.deleted_at IS NULL".to_owned()];
        let mut args: Vec<Value> = Vec::new();
        let (phrases, short) = fts_terms(&q.text);
        let from = match phrases {
            Some(m) => {
                clauses.insert(0, "draft_search MATCH ?".into());
                args.push(Value::Text(m));
                "draft_search s JOIN draft d ON d.search_key = s.rowid"
            }
            None => "draft d",
        };
        let text_search = from.starts_with("draft_search");
        for word in short {
            clauses.push("d.reference LIKE ? ESCAPE '\\'".into());
            let escaped = word.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            args.push(Value::Text(format!("%{escaped}%")));
        }
        if let Some(s) = q.status {
            clauses.push("d.status = ?".into());
            args.push(Value::Text(s.as_str().into()));
        }
        if let Some(dir) = q.direction {
            clauses.push("d.direction = ?".into());
            args.push(Value::Text(dir.as_str().into()));
        }
        if let Some(port) = q.port.as_deref().filter(|p| !p.is_empty()) {
            clauses.push("d.port_code = ?".into());
            args.push(Value::Text(port.into()));
        }
        if let Some(from) = q.crossing_from {
            clauses.push("d.crossing_local >= ?".into());
            args.push(Value::Text(from.format("%Y-%m-%d").to_string()));
        }
        if let Some(to) = q.crossing_to.and_then(|t| t.succ_opt()) {
            clauses.push("d.crossing_local < ?".into());
            args.push(Value::Text(to.format("%Y-%m-%d").to_string()));
        }
        let filter = clauses.join(" AND ");
        let (total, total_exact) = if text_search {
            let counted: u32 = self.conn.query_row(
                &format!("SELECT count(*) FROM (SELECT 1 FROM {from} WHERE {filter} LIMIT {})", COUNT_LIMIT + 1),
                rusqlite::params_from_iter(args.iter()),
                |r| r.get(0),
            )?;
            (counted.min(COUNT_LIMIT), counted <= COUNT_LIMIT)
        } else {
            let total = self.conn.query_row(
                &format!("SELECT count(*) FROM {from} WHERE {filter}"),
                rusqlite::params_from_iter(args.iter()),
                |r| r.get(0),
            )?;
            (total, true)
        };
        let order = order_by(q.sort, q.reversed, text_search);
        let limit = q.limit.clamp(1, MAX_PAGE);
        let mut page_args = args;
        page_args.push(Value::Integer(limit.into()));
        page_args.push(Value::Integer(q.offset.into()));
        let columns = SUMMARY_COLUMNS.split(", ").map(|c| format!("d.{c}")).collect::<Vec<_>>().join(", ");
        let mut stmt =
            self.conn.prepare_cached(&format!("SELECT {columns} FROM {from} WHERE {filter} ORDER BY {order} LIMIT ? OFFSET ?"))?;
        let rows = stmt.query_map(rusqlite::params_from_iter(page_args.iter()), read_summary)?;
        let mut items = Vec::new();
        for row in rows {
            items.push(row??);
        }
        Ok(DraftPage { items, total, total_exact })
    }
}

/// The ORDER BY of a page. Without text each order, either way, is an index of its own
/// (migrations 0002 and 0003), so a page is read, not sorted.
fn order_by(sort: DraftSort, reversed: bool, text_search: bool) -> &'static str {
    match (sort, reversed) {
        (DraftSort::Newest, false) if text_search => "s.rowid DESC",
        (DraftSort::Newest, true) if text_search => "s.rowid",
        (DraftSort::Newest, false) => "d.search_key DESC",
        (DraftSort::Newest, true) => "d.search_key",
        (DraftSort::RecentlyUpdated, false) => "d.updated_at DESC, d.id DESC",
        (DraftSort::RecentlyUpdated, true) => "d.updated_at, d.id",
        (DraftSort::Reference, false) => "d.reference COLLATE NOCASE, d.search_key DESC",
        (DraftSort::Reference, true) => "d.reference COLLATE NOCASE DESC, d.search_key",
        (DraftSort::Crossing, false) => "d.crossing_local IS NULL, d.crossing_local, d.search_key DESC",
        (DraftSort::Crossing, true) => "d.crossing_local IS NULL, d.crossing_local DESC, d.search_key",
    }
}

#[cfg(test)]
mod tests {
    use super::{fts_terms, order_by};
    use cruce_core::DraftSort;

    #[test]
    fn every_order_either_way_is_read_from_an_index_not_sorted() {
        let store = crate::Store::open_in_memory().unwrap();
        for sort in [DraftSort::Newest, DraftSort::RecentlyUpdated, DraftSort::Reference, DraftSort::Crossing] {
            for reversed in [false, true] {
                let sql = format!(
                    "EXPLAIN QUERY PLAN SELECT d.id FROM draft d WHERE d.deleted_at IS NULL ORDER BY {} LIMIT 100",
                    order_by(sort, reversed, false)
                );
                let mut stmt = store.conn.prepare(&sql).unwrap();
                let plan: Vec<String> = stmt.query_map([], |r| r.get(3)).unwrap().map(Result::unwrap).collect();
                assert!(plan.iter().any(|p| p.contains("USING INDEX")), "{sort:?} reversed={reversed}: {plan:?}");
                assert!(!plan.iter().any(|p| p.contains("TEMP B-TREE")), "{sort:?} reversed={reversed} sorts: {plan:?}");
            }
        }
    }

    #[test]
    fn words_become_quoted_phrases_and_short_words_stay_out() {
        assert_eq!(fts_terms("ramirez 8708.30 a"), (Some("\"ramirez\" \"8708.30\"".into()), vec!["a".into()]));
        assert_eq!(fts_terms("say \"hi\""), (Some("\"say\" \"\"\"hi\"\"\"".into()), vec![]));
        assert_eq!(fts_terms("  "), (None, vec![]));
    }
}
