//! A company's own list, kept as a spreadsheet its staff share: a header row with a name column
//! and, optionally, an identifier, aliases (separated by ";"), RFC, EIN, country, type, reason and
//! date of birth, in English or Spanish.

use std::collections::HashSet;

use super::{push_country, squash, ListError, ListFile, ParsedList};
use crate::screening::names::normal_id;
use crate::screening::{EntryType, IdKind, ListEntry, ListId, ListKind, ListName, NameKind};
use crate::sheet::{self, Columns, SheetError};
use crate::text::fold;

const COLUMNS: Columns = &[
    ("id", &["id", "code", "código", "clave", "identificador"]),
    ("name", &["name", "nombre", "razón social", "razon social"]),
    ("aliases", &["aliases", "alias", "aka", "otros nombres"]),
    ("rfc", &["rfc"]),
    ("ein", &["ein", "tax id"]),
    ("country", &["country", "país", "pais"]),
    ("type", &["type", "tipo"]),
    ("reason", &["reason", "motivo", "program", "programa"]),
    ("dob", &["dob", "date of birth", "fecha de nacimiento"]),
];

pub(super) fn read(file: ListFile<'_>) -> Result<ParsedList, ListError> {
    let s = sheet::read(file.bytes, super::MAX_LIST_BYTES, COLUMNS, &["name"]).map_err(|e| match e {
        SheetError::Empty | SheetError::NoRows => ListError::Empty { file: file.name.to_owned() },
        SheetError::NotText { at } => ListError::NotText { file: file.name.to_owned(), at },
        SheetError::TooLarge { size, max } => ListError::TooLarge { file: file.name.to_owned(), size, max },
        SheetError::MissingColumn { column } => ListError::MissingColumn { file: file.name.to_owned(), column },
        SheetError::DuplicateColumn { column } => {
            ListError::BadRow { file: file.name.to_owned(), line: 1, reason: format!("the column {column:?} is named twice") }
        }
        SheetError::Syntax { line, message } => ListError::BadRow { file: file.name.to_owned(), line, reason: message },
    })?;
    let mut seen = HashSet::new();
    let mut entries = Vec::new();
    for (line, row) in &s.rows {
        let name = squash(s.get(row, "name"));
        if name.is_empty() {
            return Err(ListError::BadRow { file: file.name.to_owned(), line: *line, reason: "a row without a name".into() });
        }
        let id = match s.get(row, "id") {
            "" => name.to_uppercase(),
            id => id.to_owned(),
        };
        if !seen.insert(id.clone()) {
            return Err(ListError::DuplicateEntry { file: file.name.to_owned(), id });
        }
        let mut names = vec![ListName { name, kind: NameKind::Primary }];
        names.extend(
            s.get(row, "aliases").split(';').map(squash).filter(|a| !a.is_empty()).map(|name| ListName { name, kind: NameKind::Aka }),
        );
        let mut ids = Vec::new();
        for (field, kind, country) in [("rfc", IdKind::Rfc, "MX"), ("ein", IdKind::Ein, "US")] {
            let v = s.get(row, field);
            if !v.is_empty() {
                ids.push(ListId { kind, label: field.to_uppercase(), number: normal_id(v), country: country.into() });
            }
        }
        let mut countries = Vec::new();
        push_country(&mut countries, s.get(row, "country"));
        let t = fold(s.get(row, "type"));
        entries.push(ListEntry {
            id,
            entry_type: if t.contains("indiv") || t.contains("persona fisica") || t.contains("person") {
                EntryType::Individual
            } else {
                EntryType::Entity
            },
            names,
            programs: [s.get(row, "reason")].into_iter().filter(|r| !r.is_empty()).map(str::to_owned).collect(),
            ids,
            countries,
            addresses: vec![],
            dates_of_birth: [s.get(row, "dob")].into_iter().filter(|r| !r.is_empty()).map(str::to_owned).collect(),
            status: String::new(),
            remarks: String::new(),
        });
    }
    Ok(ParsedList { kind: ListKind::Own, entries, encoding: s.encoding, published: None, notes: vec![] })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_headers_aliases_and_identifiers() {
        let t = "Clave,Nombre,Alias,RFC,País,Motivo\nA1,Transportes Fantasma SA de CV,TF; Fantasma,TFA-010101-AB1,México,Fraude 2025\n";
        let list = read(ListFile { name: "propia.csv", bytes: t.as_bytes() }).unwrap();
        let e = &list.entries[0];
        assert_eq!(e.id, "A1");
        assert_eq!(e.names.len(), 3);
        assert_eq!(e.ids[0].number, "TFA010101AB1");
        assert_eq!(e.countries, vec!["MX"]);
        let dup = "name\nA\nA\n";
        assert_eq!(read(ListFile { name: "x.csv", bytes: dup.as_bytes() }).unwrap_err().code(), "list.duplicate_entry");
        assert_eq!(read(ListFile { name: "x.csv", bytes: b"rfc\nX\n" }).unwrap_err().code(), "list.missing_column");
    }
}
