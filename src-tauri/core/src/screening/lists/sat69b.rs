//! SAT's list of taxpayers under CFF article 69-B ("Listado completo 69-B"): CSV in Windows-1252,
//! a header row naming 20 columns (some copies put a date legend and a title above it), one row
//! per taxpayer and situation. The entry is the RFC; a taxpayer listed twice (presumed, then
//! definitive, then cleared by a court) is one entry at its latest situation.

use std::collections::HashMap;

use super::{decode, squash, ListError, ListFile, ParsedList};
use crate::screening::names::normal_id;
use crate::screening::{EntryType, IdKind, ListEntry, ListId, ListKind, ListName, NameKind};
use crate::text::fold;

/// The situations in the order a taxpayer passes through them (CFF art. 69-B: presumption, then
/// either the taxpayer proves its operations or it is made definitive, then a court may rule for it).
const STAGES: [&str; 4] = ["presunto", "desvirtuado", "definitivo", "sentencia favorable"];

fn stage(status: &str) -> usize {
    let f = fold(status);
    let f = f.split_whitespace().collect::<Vec<_>>().join(" ");
    STAGES.iter().position(|s| *s == f).unwrap_or(0)
}

pub(super) fn read(file: ListFile<'_>) -> Result<ParsedList, ListError> {
    let (text, encoding) = decode(&file)?;
    let mut reader = ::csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut header: Option<Vec<String>> = None;
    let mut published = None;
    let mut col = HashMap::new();
    let mut entries: Vec<ListEntry> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    let mut merged = 0;
    let mut records = reader.records().peekable();
    while let Some(rec) = records.next() {
        let rec = rec.map_err(|e| super::csv_error(file.name, &e))?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let fields: Vec<String> = rec.iter().map(squash).collect();
        let Some(h) = &header else {
            if fields.get(1).map(|f| fold(f).trim() == "rfc").unwrap_or(false) {
                for (i, name) in fields.iter().enumerate() {
                    col.insert(fold(name).split_whitespace().collect::<Vec<_>>().join(" "), i);
                }
                for (needed, shown) in [
                    ("rfc", "RFC"),
                    ("nombre del contribuyente", "Nombre del Contribuyente"),
                    ("situacion del contribuyente", "Situación del contribuyente"),
                ] {
                    if !col.contains_key(needed) {
                        return Err(ListError::MissingColumn { file: file.name.to_owned(), column: shown.to_owned() });
                    }
                }
                header = Some(fields);
            } else if line > 5 {
                return Err(ListError::MissingColumn { file: file.name.to_owned(), column: "RFC".into() });
            } else if published.is_none() && fields.iter().any(|f| fold(f).contains("actualizad")) {
                published = fields.iter().find(|f| !f.is_empty()).cloned();
            }
            continue;
        };
        if fields.iter().all(|f| f.is_empty()) {
            continue;
        }
        if fields.len() < h.len() {
            if records.peek().is_none() {
                return Err(ListError::Truncated { file: file.name.to_owned(), line });
            }
            return Err(ListError::BadRow {
                file: file.name.to_owned(),
                line,
                reason: format!("{} fields where the header has {}", fields.len(), h.len()),
            });
        }
        let get = |name: &str| col.get(name).and_then(|i| fields.get(*i)).map(String::as_str).unwrap_or("");
        let rfc = normal_id(get("rfc"));
        let name = get("nombre del contribuyente").to_owned();
        let status = get("situacion del contribuyente").to_owned();
        if rfc.is_empty() || name.is_empty() || status.is_empty() {
            return Err(ListError::BadRow { file: file.name.to_owned(), line, reason: "a row without RFC, name or situation".into() });
        }
        // SAT publishes some rows with the RFC blanked out ("XXXXXXXXXXXX"): those are told
        // apart by their row number and screened by name only.
        let redacted = rfc.chars().all(|c| c == 'X');
        let id = if redacted { format!("{rfc}-{}", get("no")) } else { rfc.clone() };
        let remarks: Vec<String> = h.iter().zip(&fields).skip(4).filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}: {v}")).collect();
        let entry = ListEntry {
            id: id.clone(),
            entry_type: if rfc.len() == 13 { EntryType::Individual } else { EntryType::Entity },
            names: vec![ListName { name, kind: NameKind::Primary }],
            programs: vec![format!("69-B {status}")],
            ids: if redacted { vec![] } else { vec![ListId { kind: IdKind::Rfc, label: "RFC".into(), number: rfc, country: "MX".into() }] },
            countries: vec!["MX".into()],
            addresses: vec![],
            dates_of_birth: vec![],
            status,
            remarks: remarks.join("; "),
        };
        match at.get(&id) {
            Some(&i) => {
                merged += 1;
                if stage(&entry.status) >= stage(&entries[i].status) {
                    entries[i] = entry;
                }
            }
            None => {
                at.insert(id, entries.len());
                entries.push(entry);
            }
        }
    }
    if header.is_none() {
        return Err(ListError::MissingColumn { file: file.name.to_owned(), column: "RFC".into() });
    }
    let notes =
        if merged > 0 { vec![format!("{merged} taxpayers are listed twice; each is kept at its latest situation")] } else { vec![] };
    Ok(ParsedList { kind: ListKind::Sat69b, entries, encoding, published, notes })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "No,RFC,Nombre del Contribuyente,Situación del contribuyente,Número y fecha de oficio global de presunción SAT\r\n";

    fn cp1252(s: &str) -> Vec<u8> {
        s.chars()
            .map(|c| {
                if c == 'ó' {
                    0xF3
                } else if c == 'Ñ' {
                    0xD1
                } else {
                    c as u8
                }
            })
            .collect()
    }

    #[test]
    fn reads_windows_1252_with_one_status_per_rfc() {
        let text = format!(
            "{HEAD}1,CNU130416UJ3,\"CONSORCIO NUJOMA, S.A. DE C.V.\",Definitivo,500-05-2019\r\n2,CNU130416UJ3,\"CONSORCIO NUJOMA, S.A. DE C.V.\",Sentencia Favorable,x\r\n3,XXXXXXXXXXXX,\"PEÑA\nLOPEZ JUAN\",Presunto,y\r\n"
        );
        let list = read(ListFile { name: "69b.csv", bytes: &cp1252(&text) }).unwrap();
        assert_eq!(list.encoding, "Windows-1252");
        assert_eq!(list.entries.len(), 2);
        assert_eq!(list.entries[0].status, "Sentencia Favorable");
        assert!(list.entries[0].cleared());
        assert_eq!(list.entries[1].id, "XXXXXXXXXXXX-3");
        assert_eq!(list.entries[1].primary_name(), "PEÑA LOPEZ JUAN");
        assert!(list.entries[1].ids.is_empty());
        assert_eq!(list.notes.len(), 1);
    }

    #[test]
    fn a_legend_above_the_header_is_read_and_broken_files_refused() {
        let text =
            format!("Información actualizada al 31 de julio de 2022\r\nListado\r\n{HEAD}1,AAA080808HL8,\"A, S.C.\",Definitivo,x\r\n");
        let list = read(ListFile { name: "69b.csv", bytes: &cp1252(&text) }).unwrap();
        assert_eq!(list.published.as_deref(), Some("Información actualizada al 31 de julio de 2022"));
        let cut = format!("{HEAD}1,AAA080808HL8,\"A, S.C.\",Definitivo,x\r\n2,BBB0808");
        assert_eq!(read(ListFile { name: "69b.csv", bytes: cut.as_bytes() }).unwrap_err().code(), "list.truncated");
        let no_status = "No,RFC,Nombre del Contribuyente\r\n1,AAA080808HL8,A\r\n";
        assert_eq!(read(ListFile { name: "69b.csv", bytes: no_status.as_bytes() }).unwrap_err().code(), "list.missing_column");
        let other = "name,country\r\nA,MX\r\nB,MX\r\nC,MX\r\nD,MX\r\nE,MX\r\nF,MX\r\n";
        assert_eq!(read(ListFile { name: "x.csv", bytes: other.as_bytes() }).unwrap_err().code(), "list.missing_column");
    }
}
