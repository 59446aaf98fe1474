//! BIS's Denied Persons List as published (dpl.txt): tab-separated, every field in double quotes,
//! a header row (Name, Street_Address, City, State, Country, Postal_Code, Effective_Date,
//! Expiration_Date, Standard_Order, Last_Update, Action, FR_Citation). One row per order and
//! address: rows of the same name are one entry, whose identifier is the name as written.

use std::collections::HashMap;

use super::{decode, push_country, squash, ListError, ListFile, ParsedList};
use crate::screening::{EntryType, ListEntry, ListKind, ListName, NameKind};
use crate::text::fold;

pub(super) fn read(file: ListFile<'_>) -> Result<ParsedList, ListError> {
    let (text, encoding) = decode(&file)?;
    let mut reader = ::csv::ReaderBuilder::new().delimiter(b'\t').flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> =
        reader.headers().map_err(|e| super::csv_error(file.name, &e))?.iter().map(|h| fold(h).trim().replace(' ', "_")).collect();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let name_col = col("name").ok_or_else(|| ListError::MissingColumn { file: file.name.to_owned(), column: "Name".into() })?;
    let country_col = col("country").ok_or_else(|| ListError::MissingColumn { file: file.name.to_owned(), column: "Country".into() })?;
    let cols: Vec<Option<usize>> = ["street_address", "city", "state", "postal_code"].iter().map(|c| col(c)).collect();
    let (effective, expiration, citation) = (col("effective_date"), col("expiration_date"), col("fr_citation"));
    let mut entries: Vec<ListEntry> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    let mut records = reader.records().peekable();
    while let Some(rec) = records.next() {
        let rec = rec.map_err(|e| super::csv_error(file.name, &e))?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        if rec.len() < headers.len() {
            if records.peek().is_none() {
                return Err(ListError::Truncated { file: file.name.to_owned(), line });
            }
            return Err(ListError::BadRow {
                file: file.name.to_owned(),
                line,
                reason: format!("{} fields where the header has {}", rec.len(), headers.len()),
            });
        }
        let get = |i: Option<usize>| i.and_then(|i| rec.get(i)).map(squash).unwrap_or_default();
        let name = get(Some(name_col));
        if name.is_empty() {
            return Err(ListError::BadRow { file: file.name.to_owned(), line, reason: "a row without a name".into() });
        }
        let id = name.to_uppercase();
        let i = *at.entry(id.clone()).or_insert_with(|| {
            entries.push(ListEntry {
                id,
                entry_type: EntryType::Entity,
                names: vec![ListName { name: name.clone(), kind: NameKind::Primary }],
                programs: vec!["Denied Persons List".into()],
                ids: vec![],
                countries: vec![],
                addresses: vec![],
                dates_of_birth: vec![],
                status: String::new(),
                remarks: String::new(),
            });
            entries.len() - 1
        });
        let country = get(Some(country_col));
        let mut parts: Vec<String> = cols.iter().map(|c| get(*c)).filter(|s| !s.is_empty()).collect();
        if !country.is_empty() {
            parts.push(country.clone());
        }
        let e = &mut entries[i];
        e.addresses.push(parts.join(", "));
        push_country(&mut e.countries, &country);
        let order = format!("order {} to {} ({})", get(effective), get(expiration), get(citation));
        e.remarks = if e.remarks.is_empty() { order } else { format!("{}; {order}", e.remarks) };
    }
    Ok(ParsedList { kind: ListKind::BisDpl, entries, encoding, published: None, notes: vec![] })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_one_name_are_one_entry() {
        let t = "\"Name\"\t\"Street_Address\"\t\"City\"\t\"State\"\t\"Country\"\t\"Postal_Code\"\t\"Effective_Date\"\t\"Expiration_Date\"\t\"Standard_Order\"\t\"Last_Update\"\t\"Action\"\t\"FR_Citation\"\n\
                 \"AARON ABRAHAM VILLA\"\t\"3415 RIVERA AVENUE\"\t\"EL PASO\"\t\"TX\"\t\"\"\t\"79905\"\t\"08/24/2022\"\t\"01/14/2026\"\t\"Y\"\t\"2022-08-29\"\t\"F.R. NOTICE ADDED\"\t\"87 F.R. 52741\"\n\
                 \"AARON ABRAHAM VILLA\"\t\"CALLE 5\"\t\"JUAREZ\"\t\"CH\"\t\"MX\"\t\"32000\"\t\"08/24/2022\"\t\"01/14/2026\"\t\"Y\"\t\"2022-08-29\"\t\"F.R. NOTICE ADDED\"\t\"87 F.R. 52741\"\n";
        let list = read(ListFile { name: "dpl.txt", bytes: t.as_bytes() }).unwrap();
        assert_eq!(list.entries.len(), 1);
        assert_eq!(list.entries[0].addresses.len(), 2);
        assert_eq!(list.entries[0].countries, vec!["MX"]);
        let cut = &t[..t.len() - 40];
        assert_eq!(read(ListFile { name: "dpl.txt", bytes: cut.as_bytes() }).unwrap_err().code(), "list.truncated");
        assert_eq!(
            read(ListFile { name: "dpl.txt", bytes: b"\"Nombre\"\t\"Pais\"\n\"A\"\t\"B\"\n" }).unwrap_err().code(),
            "list.missing_column"
        );
    }
}
