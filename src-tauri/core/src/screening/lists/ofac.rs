//! OFAC's legacy CSV files (dat_spec.txt, 2023-09-25): the SDN list as `sdn.csv`, `alt.csv`,
//! `add.csv` and `sdn_comments.csv`, the consolidated non-SDN lists as `cons_prim.csv`,
//! `cons_alt.csv`, `cons_add.csv` and `cons_comments.csv`. No header; fields comma-separated,
//! text in double quotes; `-0-` for an empty field; lines end CR LF and the file with a 0x1A
//! byte. Each file is told apart by its number of fields (12, 5, 6, 2), not by its name.
//! Remarks over 1,000 characters continue in the comments file.

use std::collections::HashMap;

use super::{csv_error, decode, id_kind, push_country, squash, ListError, ListFile, ParsedList};
use crate::screening::{EntryType, IdKind, ListEntry, ListId, ListKind, ListName, NameKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Main,
    Alias,
    Address,
    Comments,
}

impl Role {
    fn fields(self) -> usize {
        match self {
            Role::Main => 12,
            Role::Alias => 5,
            Role::Address => 6,
            Role::Comments => 2,
        }
    }
    fn of(fields: usize) -> Option<Role> {
        [Role::Main, Role::Alias, Role::Address, Role::Comments].into_iter().find(|r| r.fields() == fields)
    }
    fn name(self, kind: ListKind) -> &'static str {
        match (kind, self) {
            (ListKind::OfacCons, Role::Main) => "cons_prim.csv",
            (ListKind::OfacCons, Role::Alias) => "cons_alt.csv",
            (ListKind::OfacCons, Role::Address) => "cons_add.csv",
            (ListKind::OfacCons, Role::Comments) => "cons_comments.csv",
            (_, Role::Main) => "sdn.csv",
            (_, Role::Alias) => "alt.csv",
            (_, Role::Address) => "add.csv",
            (_, Role::Comments) => "sdn_comments.csv",
        }
    }
}

/// One file's records with the line each starts on.
struct Records {
    file: String,
    role: Role,
    rows: Vec<(u64, Vec<String>)>,
    marked: bool,
}

/// A field as read: `-0-` is empty; remarks keep their spaces (a remark continued in the
/// comments file may break between words), everything else is squashed.
fn null(field: &str, keep_spaces: bool) -> String {
    let t = field.trim();
    if t == "-0-" {
        String::new()
    } else if keep_spaces {
        field.replace(['\r', '\n'], " ")
    } else {
        squash(t)
    }
}

fn records(kind: ListKind, file: &ListFile<'_>) -> Result<Records, ListError> {
    let (text, _) = decode(file)?;
    let trimmed = text.trim_end_matches(['\r', '\n', ' ']);
    let (body, marked) = match trimmed.strip_suffix('\u{1a}') {
        Some(b) => (b, true),
        None => (trimmed, false),
    };
    let mut reader = ::csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(body.as_bytes());
    let mut rows = Vec::new();
    let mut role = None;
    let mut last_line = 0;
    for rec in reader.records() {
        let rec = rec.map_err(|e| csv_error(file.name, &e))?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        last_line = line;
        let remark_at = match rec.len() {
            12 => 11,
            2 => 1,
            _ => usize::MAX,
        };
        let fields: Vec<String> = rec.iter().enumerate().map(|(i, f)| null(f, i == remark_at)).collect();
        if fields.len() == 1 && fields[0].is_empty() {
            continue;
        }
        let r = match role {
            Some(r) => r,
            None => {
                let r = Role::of(fields.len())
                    .ok_or_else(|| ListError::UnknownFile { file: file.name.to_owned(), list: kind.name_en().to_owned() })?;
                role = Some(r);
                r
            }
        };
        if fields.len() != r.fields() {
            return Err(ListError::BadRow {
                file: file.name.to_owned(),
                line,
                reason: format!("{} fields where {} has {}", fields.len(), r.name(kind), r.fields()),
            });
        }
        rows.push((line, fields));
    }
    let role = role.ok_or_else(|| ListError::Empty { file: file.name.to_owned() })?;
    // The last record cut in the middle reads as a record with fewer fields (caught above) or,
    // inside quotes, as one whose text runs to the end: without OFAC's end mark, a last record
    // that does not end in a quote or `-0-` is a cut file.
    if !marked && role != Role::Comments {
        let tail = body.trim_end();
        if !(tail.ends_with('"') || tail.ends_with("-0-")) {
            return Err(ListError::Truncated { file: file.name.to_owned(), line: last_line });
        }
    }
    Ok(Records { file: file.name.to_owned(), role, rows, marked })
}

fn ent_num(file: &str, line: u64, field: &str) -> Result<String, ListError> {
    match field.trim().parse::<u64>() {
        Ok(n) => Ok(n.to_string()),
        Err(_) => Err(ListError::BadRow { file: file.to_owned(), line, reason: format!("{field:?} is not an entry number") }),
    }
}

pub(super) fn read(kind: ListKind, files: &[ListFile<'_>]) -> Result<ParsedList, ListError> {
    let mut by_role: HashMap<&'static str, Records> = HashMap::new();
    let mut encoding = "ASCII";
    for f in files {
        let (_, enc) = decode(f)?;
        if enc != "ASCII" {
            encoding = enc;
        }
        let recs = records(kind, f)?;
        let key = recs.role.name(kind);
        if by_role.contains_key(key) {
            return Err(ListError::UnknownFile { file: f.name.to_owned(), list: format!("{} (a second {key})", kind.name_en()) });
        }
        by_role.insert(key, recs);
    }
    let main = by_role.remove(Role::Main.name(kind)).ok_or_else(|| ListError::MissingFile { what: Role::Main.name(kind).to_owned() })?;
    let mut entries: Vec<ListEntry> = Vec::with_capacity(main.rows.len());
    let mut at: HashMap<String, usize> = HashMap::with_capacity(main.rows.len());
    let mut remarks: Vec<String> = Vec::with_capacity(main.rows.len());
    for (line, f) in &main.rows {
        let id = ent_num(&main.file, *line, &f[0])?;
        if f[1].is_empty() {
            return Err(ListError::BadRow { file: main.file.clone(), line: *line, reason: "the entry has no name".into() });
        }
        let entry_type = match f[2].to_ascii_lowercase().as_str() {
            "individual" => EntryType::Individual,
            "vessel" => EntryType::Vessel,
            "aircraft" => EntryType::Aircraft,
            _ => EntryType::Entity,
        };
        let programs =
            f[3].trim_matches(['[', ']', ' ']).split("] [").map(str::trim).filter(|p| !p.is_empty()).map(str::to_owned).collect();
        if at.insert(id.clone(), entries.len()).is_some() {
            return Err(ListError::DuplicateEntry { file: main.file.clone(), id });
        }
        remarks.push(f[11].clone());
        entries.push(ListEntry {
            id,
            entry_type,
            names: vec![ListName { name: f[1].clone(), kind: NameKind::Primary }],
            programs,
            ids: Vec::new(),
            countries: Vec::new(),
            addresses: Vec::new(),
            dates_of_birth: Vec::new(),
            status: String::new(),
            remarks: if f[4].is_empty() { String::new() } else { format!("Title: {}", f[4]) },
        });
    }
    let find = |recs: &Records, line: u64, field: &str| -> Result<usize, ListError> {
        let id = ent_num(&recs.file, line, field)?;
        at.get(&id).copied().ok_or(ListError::Mismatched { file: recs.file.clone(), line, id })
    };
    if let Some(recs) = by_role.get(Role::Comments.name(kind)) {
        for (line, f) in &recs.rows {
            let i = find(recs, *line, &f[0])?;
            // The overflow continues the remark where it stopped, even mid-word.
            remarks[i].push_str(&f[1]);
        }
    }
    if let Some(recs) = by_role.get(Role::Alias.name(kind)) {
        for (line, f) in &recs.rows {
            let i = find(recs, *line, &f[0])?;
            let kind = match f[2].to_ascii_lowercase().as_str() {
                "fka" => NameKind::Fka,
                "nka" => NameKind::Nka,
                _ => NameKind::Aka,
            };
            if !f[3].is_empty() {
                entries[i].names.push(ListName { name: f[3].clone(), kind });
            }
        }
    }
    if let Some(recs) = by_role.get(Role::Address.name(kind)) {
        for (line, f) in &recs.rows {
            let i = find(recs, *line, &f[0])?;
            let address = [&f[2], &f[3], &f[4]].iter().filter(|s| !s.is_empty()).map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
            if !address.is_empty() {
                entries[i].addresses.push(address);
            }
            push_country(&mut entries[i].countries, &f[4]);
        }
    }
    for (entry, text) in entries.iter_mut().zip(&remarks) {
        read_remarks(entry, &squash(text));
    }
    let mut notes = Vec::new();
    for recs in std::iter::once(&main).chain(by_role.values()) {
        if !recs.marked && recs.role != Role::Comments {
            notes.push(format!("{} lacks OFAC's end-of-file mark; its last record is complete", recs.file));
        }
    }
    for role in [Role::Alias, Role::Address] {
        if !files.is_empty() && !by_role.contains_key(role.name(kind)) {
            notes.push(format!(
                "no {} given: {}",
                role.name(kind),
                if role == Role::Alias { "aliases are not screened" } else { "addresses and their countries are not known" }
            ));
        }
    }
    Ok(ParsedList { kind, entries, encoding, published: None, notes })
}

/// Dates of birth, nicknames, nationalities and identifiers from an SDN remark such as
/// `DOB 29 Sep 1953; POB Santa Agueda, Mexico; R.F.C. AUAM-530929 (Mexico); a.k.a. 'EL MAYO'.`
pub(crate) fn read_remarks(entry: &mut ListEntry, text: &str) {
    let text = text.trim().trim_end_matches('.');
    let mut kept = Vec::new();
    for item in text.split("; ").map(str::trim).filter(|s| !s.is_empty()) {
        let lower = item.to_ascii_lowercase();
        if let Some(rest) = lower.strip_prefix("dob ").or_else(|| lower.strip_prefix("alt. dob ")) {
            entry.dates_of_birth.push(item[item.len() - rest.len()..].trim().to_owned());
        } else if let Some(rest) =
            ["nationality ", "alt. nationality ", "citizen ", "alt. citizen "].iter().find_map(|p| lower.strip_prefix(p))
        {
            push_country(&mut entry.countries, &item[item.len() - rest.len()..]);
            kept.push(item.to_owned());
        } else if lower.starts_with("a.k.a. ") || lower.starts_with("f.k.a. ") || lower.starts_with("n.k.a. ") {
            let name = item[7..].trim().trim_matches(['\'', '"']).trim();
            if !name.is_empty() {
                entry.names.push(ListName { name: name.to_owned(), kind: NameKind::Weak });
            }
        } else if let Some(id) = identifier(item) {
            entry.ids.push(id);
        } else {
            kept.push(item.to_owned());
        }
    }
    let rest = kept.join("; ");
    entry.remarks = match (entry.remarks.is_empty(), rest.is_empty()) {
        (true, _) => rest,
        (false, true) => std::mem::take(&mut entry.remarks),
        (false, false) => format!("{}; {rest}", entry.remarks),
    };
}

/// `<label> <number> (<country>)` with anything after, e.g. `Passport G06924837 (Mexico) expires 2020`.
fn identifier(item: &str) -> Option<ListId> {
    let (head, country) = match item.find(" (") {
        Some(open) => {
            let close = item[open..].find(')')? + open;
            (&item[..open], item[open + 2..close].trim())
        }
        None => (item, ""),
    };
    let words: Vec<&str> = head.split_whitespace().collect();
    let n = words.iter().rposition(|w| w.chars().any(|c| c.is_ascii_digit()))?;
    if n == 0 {
        return None;
    }
    let label = words[..n].join(" ");
    let number = words[n].trim_matches(['#', ',', ':']);
    let kind = id_kind(&label);
    // Without a country in brackets only the labels we know are identifiers ("RFC X").
    if country.is_empty() && kind == IdKind::Other {
        return None;
    }
    if label.len() > 60 || number.len() < 4 {
        return None;
    }
    Some(ListId { kind, label, number: number.to_owned(), country: country.to_owned() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> ListEntry {
        ListEntry {
            id: "1".into(),
            entry_type: EntryType::Individual,
            names: vec![ListName { name: "AGUILAR AMAO, Miguel".into(), kind: NameKind::Primary }],
            programs: vec![],
            ids: vec![],
            countries: vec![],
            addresses: vec![],
            dates_of_birth: vec![],
            status: String::new(),
            remarks: String::new(),
        }
    }

    #[test]
    fn remarks_give_identifiers_dates_nicknames_and_countries() {
        let mut e = entry();
        read_remarks(
            &mut e,
            "DOB 29 Sep 1953; alt. DOB 1954; POB Santa Agueda,Baja California Sur,Mexico; nationality Mexico; R.F.C. AUAM-530929 (Mexico); \
             C.U.R.P. AUAM530929HBSGMG07 (Mexico); Passport 03140040063 (Mexico) expires 2020; a.k.a. 'EL MAYO'; Credencial electoral 101924629544 (Mexico).",
        );
        assert_eq!(e.dates_of_birth, vec!["29 Sep 1953", "1954"]);
        assert_eq!(e.birth_years(), vec![1953, 1954]);
        assert_eq!(e.countries, vec!["MX"]);
        let ids: Vec<(IdKind, &str)> = e.ids.iter().map(|i| (i.kind, i.number.as_str())).collect();
        assert_eq!(
            ids,
            vec![
                (IdKind::Rfc, "AUAM-530929"),
                (IdKind::Curp, "AUAM530929HBSGMG07"),
                (IdKind::Passport, "03140040063"),
                (IdKind::NationalId, "101924629544")
            ]
        );
        assert_eq!(e.names[1], ListName { name: "EL MAYO".into(), kind: NameKind::Weak });
        assert!(e.remarks.contains("POB Santa Agueda"));
    }

    #[test]
    fn files_are_told_apart_by_shape_and_joined() {
        let sdn = b"7163,\"AGUILAR AMAO, Miguel\",\"individual\",\"SDNTK] [ILLICIT-DRUGS-EO14059\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"R.F.C. AUAM-530929 (Mexico); long remark \"\r\n\x1a";
        let alt = b"7163,1,\"aka\",\"AGUILAR, Mike\",-0- \r\n\x1a";
        let add = b"7163,2,-0- ,\"Tijuana, Baja California\",\"Mexico\",-0- \r\n\x1a";
        let com = b"7163,\"continued\"\r\n";
        let files = [
            ListFile { name: "x1.csv", bytes: add },
            ListFile { name: "x2.csv", bytes: sdn },
            ListFile { name: "x3.csv", bytes: com },
            ListFile { name: "x4.csv", bytes: alt },
        ];
        let list = read(ListKind::OfacSdn, &files).unwrap();
        let e = &list.entries[0];
        assert_eq!(e.programs, vec!["SDNTK", "ILLICIT-DRUGS-EO14059"]);
        assert_eq!(e.names.len(), 2);
        assert_eq!(e.countries, vec!["MX"]);
        assert_eq!(e.addresses, vec!["Tijuana, Baja California, Mexico"]);
        assert_eq!(e.remarks, "long remark continued");
        assert!(list.notes.is_empty());
    }

    #[test]
    fn broken_files_are_refused_with_what_is_wrong() {
        let cut = b"7163,\"AGUILAR AMAO, Miguel\",\"individual\",\"SDNTK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"R.F.C. AUAM-5";
        let err = read(ListKind::OfacSdn, &[ListFile { name: "sdn.csv", bytes: cut }]).unwrap_err();
        assert_eq!(err.code(), "list.truncated", "{err}");
        let short = b"7163,\"AGUILAR AMAO, Miguel\",\"individual\",\"SDNTK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"x\"\r\n7164,\"B\",-0- ,\"SDNTK\"\r\n\x1a";
        assert_eq!(read(ListKind::OfacSdn, &[ListFile { name: "sdn.csv", bytes: short }]).unwrap_err().code(), "list.bad_row");
        let orphan = b"9999,1,\"aka\",\"X\",-0- \r\n\x1a";
        let main = b"7163,\"A\",-0- ,\"SDNTK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a";
        let err =
            read(ListKind::OfacSdn, &[ListFile { name: "sdn.csv", bytes: main }, ListFile { name: "alt.csv", bytes: orphan }]).unwrap_err();
        assert_eq!(err.code(), "list.mismatched");
        assert_eq!(read(ListKind::OfacSdn, &[ListFile { name: "alt.csv", bytes: orphan }]).unwrap_err().code(), "list.missing_file");
        let utf16 = b"7\x001\x006\x003\x00";
        assert_eq!(read(ListKind::OfacSdn, &[ListFile { name: "sdn.csv", bytes: utf16 }]).unwrap_err().code(), "list.not_text");
        assert_eq!(read(ListKind::OfacSdn, &[ListFile { name: "sdn.csv", bytes: b"\x1a" }]).unwrap_err().code(), "list.empty");
        let header = b"ent_num,name,type\r\n1,2,3\r\n";
        assert_eq!(read(ListKind::OfacSdn, &[ListFile { name: "sdn.csv", bytes: header }]).unwrap_err().code(), "list.unknown_file");
    }
}
