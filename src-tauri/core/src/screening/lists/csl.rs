//! trade.gov's Consolidated Screening List (the 13 export-screening lists of Commerce, State and
//! Treasury in one file): the bulk JSON (`{"results": [...]}`, or the API's search answer) or the
//! CSV export, whose multi-valued fields are joined by "; " and whose first column is `_id` in
//! current files (older ones have none: the entry is then `source:entity_number`, or the
//! source and the name). The CSL's `entity_number` is not unique across its sources.

use std::collections::HashMap;

use serde_json::Value;

use super::{decode, id_kind, push_country, squash, ListError, ListFile, ParsedList};
use crate::screening::names::normal_id;
use crate::screening::{EntryType, ListEntry, ListId, ListKind, ListName, NameKind};
use crate::text::fold;

/// The short code in a CSL source name ("Entity List (EL) - Bureau of Industry and Security" → EL).
fn source_code(source: &str) -> String {
    match (source.find('('), source.find(')')) {
        (Some(a), Some(b)) if b > a => source[a + 1..b].to_owned(),
        _ => source.to_owned(),
    }
}

fn entry_type(t: &str) -> EntryType {
    match fold(t).trim() {
        "individual" => EntryType::Individual,
        "vessel" => EntryType::Vessel,
        "aircraft" => EntryType::Aircraft,
        _ => EntryType::Entity,
    }
}

struct Raw {
    id: String,
    source: String,
    entity_number: String,
    kind: String,
    name: String,
    programs: Vec<String>,
    alt_names: Vec<String>,
    addresses: Vec<(String, String)>,
    ids: Vec<ListId>,
    countries: Vec<String>,
    dates_of_birth: Vec<String>,
    remarks: String,
}

/// Adds the entry of `raw` to `out`. Rows without an id of their own that name the same entry
/// (the Denied Persons List has one row per address) are one entry; an id given twice is an error.
fn finish(raw: Raw, seen: &mut HashMap<String, usize>, out: &mut Vec<ListEntry>, file: &str, line: u64) -> Result<(), ListError> {
    if raw.name.is_empty() {
        return Err(ListError::BadRow { file: file.to_owned(), line, reason: "an entry without a name".into() });
    }
    let code = source_code(&raw.source);
    let own_id = !raw.id.is_empty();
    let id = if own_id {
        raw.id
    } else if !raw.entity_number.is_empty() {
        format!("{code}:{}", raw.entity_number)
    } else {
        format!("{code}:{}", raw.name.to_uppercase())
    };
    let earlier = seen.get(&id).copied();
    if earlier.is_some() && own_id {
        return Err(ListError::DuplicateEntry { file: file.to_owned(), id });
    }
    let mut countries = Vec::new();
    for c in raw.addresses.iter().map(|(_, c)| c).chain(&raw.countries) {
        push_country(&mut countries, c);
    }
    let mut names = vec![ListName { name: raw.name, kind: NameKind::Primary }];
    names.extend(raw.alt_names.into_iter().filter(|n| !n.is_empty()).map(|name| ListName { name, kind: NameKind::Aka }));
    let mut programs = vec![code];
    programs.extend(raw.programs.into_iter().filter(|p| !p.is_empty()));
    programs.dedup();
    let entry = ListEntry {
        id: id.clone(),
        entry_type: entry_type(&raw.kind),
        names,
        programs,
        ids: raw.ids,
        countries,
        addresses: raw.addresses.into_iter().map(|(a, _)| a).filter(|a| !a.is_empty()).collect(),
        dates_of_birth: raw.dates_of_birth,
        status: String::new(),
        remarks: raw.remarks,
    };
    match earlier {
        Some(i) => {
            let e = &mut out[i];
            for n in entry.names.into_iter().skip(1) {
                if !e.names.contains(&n) {
                    e.names.push(n);
                }
            }
            for c in entry.countries {
                if !e.countries.contains(&c) {
                    e.countries.push(c);
                }
            }
            e.addresses.extend(entry.addresses);
            e.ids.extend(entry.ids);
        }
        None => {
            seen.insert(id, out.len());
            out.push(entry);
        }
    }
    Ok(())
}

pub(super) fn read(file: ListFile<'_>) -> Result<ParsedList, ListError> {
    let (text, encoding) = decode(&file)?;
    let t = text.trim_start();
    let entries = if t.starts_with('{') || t.starts_with('[') { json(file.name, t)? } else { csv(file.name, &text)? };
    Ok(ParsedList { kind: ListKind::Csl, entries, encoding, published: None, notes: vec![] })
}

fn split(s: &str) -> Vec<String> {
    s.split(';').map(squash).filter(|v| !v.is_empty()).collect()
}

fn csv(file: &str, text: &str) -> Result<Vec<ListEntry>, ListError> {
    let mut reader = ::csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| super::csv_error(file, &e))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_owned())
        .collect();
    let col = |n: &str| headers.iter().position(|h| h == n);
    for needed in ["source", "name"] {
        if col(needed).is_none() {
            return Err(ListError::MissingColumn { file: file.to_owned(), column: needed.to_owned() });
        }
    }
    let mut seen = HashMap::new();
    let mut out = Vec::new();
    let mut records = reader.records().peekable();
    while let Some(rec) = records.next() {
        let rec = rec.map_err(|e| super::csv_error(file, &e))?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        if rec.len() != headers.len() {
            if records.peek().is_none() && rec.len() < headers.len() {
                return Err(ListError::Truncated { file: file.to_owned(), line });
            }
            return Err(ListError::BadRow {
                file: file.to_owned(),
                line,
                reason: format!("{} fields where the header has {}", rec.len(), headers.len()),
            });
        }
        let get = |n: &str| col(n).and_then(|i| rec.get(i)).map(squash).unwrap_or_default();
        let addresses = split(&get("addresses"))
            .into_iter()
            .map(|a| {
                let last = a.rsplit(", ").next().unwrap_or("").to_owned();
                let country = if last.len() == 2 && last.chars().all(|c| c.is_ascii_uppercase()) { last } else { String::new() };
                (a, country)
            })
            .collect();
        let ids = split(&get("ids"))
            .into_iter()
            .filter_map(|item| {
                let mut parts: Vec<&str> = item.split(", ").map(str::trim).collect();
                let country = match (parts.first(), parts.last()) {
                    (Some(f), _) if parts.len() == 3 && f.len() == 2 && f.chars().all(|c| c.is_ascii_uppercase()) => {
                        parts.remove(0).to_owned()
                    }
                    (_, Some(l)) if parts.len() == 3 && l.len() == 2 && l.chars().all(|c| c.is_ascii_uppercase()) => {
                        parts.pop().unwrap_or("").to_owned()
                    }
                    _ => String::new(),
                };
                if parts.len() != 2 {
                    return None;
                }
                let digits = |s: &str| s.chars().filter(char::is_ascii_digit).count();
                let (label, number) = if digits(parts[0]) > digits(parts[1]) { (parts[1], parts[0]) } else { (parts[0], parts[1]) };
                (digits(number) >= 3 && normal_id(number).len() >= 4).then(|| ListId {
                    kind: id_kind(label),
                    label: label.to_owned(),
                    number: number.to_owned(),
                    country,
                })
            })
            .collect();
        let raw = Raw {
            id: get("_id"),
            source: get("source"),
            entity_number: get("entity_number"),
            kind: get("type"),
            name: get("name"),
            programs: split(&get("programs")),
            alt_names: split(&get("alt_names")),
            addresses,
            ids,
            countries: split(&get("nationalities")).into_iter().chain(split(&get("citizenships"))).collect(),
            dates_of_birth: split(&get("dates_of_birth")),
            remarks: get("remarks"),
        };
        finish(raw, &mut seen, &mut out, file, line)?;
    }
    Ok(out)
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => squash(s),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

fn texts(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(a)) => a.iter().map(text).filter(|s| !s.is_empty()).collect(),
        Some(Value::String(s)) => split(s),
        _ => vec![],
    }
}

fn json(file: &str, t: &str) -> Result<Vec<ListEntry>, ListError> {
    let value: Value = serde_json::from_str(t).map_err(|e| {
        if e.is_eof() {
            ListError::Truncated { file: file.to_owned(), line: e.line() as u64 }
        } else {
            ListError::BadRow { file: file.to_owned(), line: e.line() as u64, reason: e.to_string() }
        }
    })?;
    let results = match &value {
        Value::Array(a) => a,
        Value::Object(o) => match o.get("results") {
            Some(Value::Array(a)) => a,
            _ => return Err(ListError::MissingColumn { file: file.to_owned(), column: "results".into() }),
        },
        _ => return Err(ListError::MissingColumn { file: file.to_owned(), column: "results".into() }),
    };
    let mut seen = HashMap::new();
    let mut out = Vec::with_capacity(results.len());
    for (n, r) in results.iter().enumerate() {
        let line = n as u64 + 1;
        let Value::Object(o) = r else {
            return Err(ListError::BadRow { file: file.to_owned(), line, reason: "a result that is not an object".into() });
        };
        let get = |k: &str| o.get(k).map(text).unwrap_or_default();
        let addresses = match o.get("addresses") {
            Some(Value::Array(a)) => a
                .iter()
                .map(|x| {
                    let f = |k: &str| x.get(k).map(text).unwrap_or_default();
                    let parts: Vec<String> =
                        ["address", "city", "state", "postal_code", "country"].iter().map(|k| f(k)).filter(|s| !s.is_empty()).collect();
                    (parts.join(", "), f("country"))
                })
                .collect(),
            _ => vec![],
        };
        let ids = match o.get("ids") {
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(|x| {
                    let f = |k: &str| x.get(k).map(text).unwrap_or_default();
                    let number = f("number");
                    (!number.is_empty()).then(|| ListId { kind: id_kind(&f("type")), label: f("type"), number, country: f("country") })
                })
                .collect(),
            _ => vec![],
        };
        let raw = Raw {
            id: get("id"),
            source: get("source"),
            entity_number: get("entity_number"),
            kind: get("type"),
            name: get("name"),
            programs: texts(o.get("programs")),
            alt_names: texts(o.get("alt_names")),
            addresses,
            ids,
            countries: texts(o.get("nationalities")).into_iter().chain(texts(o.get("citizenships"))).collect(),
            dates_of_birth: texts(o.get("dates_of_birth")),
            remarks: get("remarks"),
        };
        finish(raw, &mut seen, &mut out, file, line)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_and_csv_give_the_same_entry() {
        let j = r#"{"total":1,"results":[{"id":"abc","source":"Specially Designated Nationals (SDN) - Treasury Department","entity_number":"20264","type":"Entity","programs":["SDNTK"],"name":"200G PSA HOLDINGS LLC","alt_names":["200G"],"addresses":[{"address":"80 SW 8th Street","city":"Miami","state":"FL","postal_code":"33130","country":"US"}],"ids":[{"type":"Tax ID No.","number":"80-0890696","country":"US"}]}]}"#;
        let c = "_id,source,entity_number,type,programs,name,addresses,alt_names,ids\n\"abc\",\"Specially Designated Nationals (SDN) - Treasury Department\",\"20264\",\"Entity\",\"SDNTK\",\"200G PSA HOLDINGS LLC\",\"80 SW 8th Street, Miami, FL, 33130, US\",\"200G\",\"US, 80-0890696, Tax ID No.\"\n";
        let a = read(ListFile { name: "csl.json", bytes: j.as_bytes() }).unwrap().entries;
        let b = read(ListFile { name: "csl.csv", bytes: c.as_bytes() }).unwrap().entries;
        assert_eq!(a, b);
        assert_eq!(a[0].programs, vec!["SDN", "SDNTK"]);
        assert_eq!(a[0].ids[0].kind, crate::screening::IdKind::Ein);
        assert_eq!(a[0].countries, vec!["US"]);
        assert_eq!(read(ListFile { name: "csl.json", bytes: &j.as_bytes()[..100] }).unwrap_err().code(), "list.truncated");
        assert_eq!(read(ListFile { name: "csl.json", bytes: b"{\"total\":0}" }).unwrap_err().code(), "list.missing_column");
        assert_eq!(read(ListFile { name: "csl.csv", bytes: b"id,nombre\n1,a\n" }).unwrap_err().code(), "list.missing_column");
    }
}
