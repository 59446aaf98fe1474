//! Reads the HTS as the USITC exports it (hts.usitc.gov, "Export to CSV"): a header naming nine
//! columns, then one record per row of the schedule, every field quoted, the unit of quantity as
//! a JSON list (`["No.","kg"]`). Records end in CRLF but fields may hold line breaks, so this is a
//! real CSV reader, not a line splitter. The file may start with a byte-order mark.

use super::error::ScheduleError;
use super::hts::HtsLine;
use super::words::clean;

pub const HEADER: [&str; 9] = [
    "HTS Number",
    "Indent",
    "Description",
    "Unit of Quantity",
    "General Rate of Duty",
    "Special Rate of Duty",
    "Column 2 Rate of Duty",
    "Quota Quantity",
    "Additional Duties",
];

const WHAT: &str = "a USITC HTS export (CSV with the columns HTS Number, Indent, Description, Unit of Quantity, …)";

/// Every row of the schedule, in the file's order.
pub fn parse(text: &str) -> Result<Vec<HtsLine>, ScheduleError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return Err(ScheduleError::NotTheFormat { expected: WHAT, found: e.to_string() }),
        None => return Err(ScheduleError::NotTheFormat { expected: WHAT, found: String::new() }),
    };
    if header.iter().map(str::trim).ne(HEADER.iter().copied()) {
        return Err(ScheduleError::NotTheFormat { expected: WHAT, found: first_line(text) });
    }
    let mut lines: Vec<HtsLine> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, record) in records.enumerate() {
        let row = i as u64 + 2;
        let record = record.map_err(|e| ScheduleError::row(row, format!("not readable as CSV: {e}")))?;
        if record.len() != HEADER.len() {
            return Err(ScheduleError::row(row, format!("has {} fields; a row of the HTS export has {}", record.len(), HEADER.len())));
        }
        let number = record[0].trim();
        let digits: String = number.chars().filter(|&c| c != '.').collect();
        let shape_ok = number.is_empty()
            || (digits.bytes().all(|b| b.is_ascii_digit()) && matches!(digits.len(), 4 | 6 | 8 | 10) && dotted_right(number));
        if !shape_ok {
            return Err(ScheduleError::row(row, format!("{number:?} is not an HTS number (NNNN, NNNN.NN, NNNN.NN.NN or NNNN.NN.NN.NN)")));
        }
        let indent: u8 = record[1]
            .trim()
            .parse()
            .map_err(|_| ScheduleError::row(row, format!("the indent {:?} is not a small whole number", &record[1])))?;
        if !digits.is_empty() && !seen.insert(digits.clone()) {
            return Err(ScheduleError::Duplicate { row, number: number.to_owned() });
        }
        lines.push(HtsLine {
            number: digits,
            indent,
            description: clean(&record[2]),
            units: units(&record[3]).map_err(|m| ScheduleError::row(row, m))?,
            general: clean(&record[4]),
            special: clean(&record[5]),
            column2: clean(&record[6]),
            additional: clean(&record[8]),
        });
    }
    if lines.is_empty() {
        return Err(ScheduleError::Empty);
    }
    Ok(lines)
}

/// `0101.21.00.10`: groups of 4, 2, 2, 2 digits.
fn dotted_right(number: &str) -> bool {
    let parts: Vec<&str> = number.split('.').collect();
    parts.first().is_some_and(|p| p.len() == 4) && parts[1..].iter().all(|p| p.len() == 2)
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().chars().take(120).collect()
}

/// The unit cell: empty, or a JSON list of unit texts. "No. and kg" is two units; an empty or
/// line-break text means the line reports no quantity.
fn units(cell: &str) -> Result<Vec<String>, String> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(Vec::new());
    }
    let list: Vec<String> =
        serde_json::from_str(cell).map_err(|_| format!("the unit of quantity {cell:?} is not a list such as [\"No.\",\"kg\"]"))?;
    let mut out = Vec::new();
    for u in list {
        let u = clean(&u);
        if u == "No. and kg" {
            out.extend(["No.".to_owned(), "kg".to_owned()]);
        } else if !u.is_empty() {
            out.push(u);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "\u{feff}HTS Number,Indent,Description,Unit of Quantity,General Rate of Duty,Special Rate of Duty,Column 2 Rate of Duty,Quota Quantity,Additional Duties\r\n";

    #[test]
    fn reads_rows_with_quoted_units_and_line_breaks_inside_fields() {
        let text = format!(
            "{HEAD}\"0101\",\"0\",\"Live horses:\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n\"0101.30.00.00\",\"1\",\"Asses\",\"[\"\"No.\"\"]\",\"6.8%\",\"Free \n(A+, AU,\u{200b} S)\",\"15%\",\"\",\"\"\r\n\"3922.10.00.00\",\"03\",\"Baths\",\"[\"\"No. and kg\"\"]\",\"\",\"\",\"\",\"\",\"\"\r\n"
        );
        let lines = parse(&text).unwrap();
        assert_eq!(lines.len(), 3);
        assert_eq!((lines[1].number.as_str(), lines[1].units.as_slice()), ("0101300000", &["No.".to_owned()][..]));
        assert_eq!(lines[1].special, "Free (A+, AU, S)");
        assert_eq!((lines[2].indent, lines[2].units.len()), (3, 2), "zero-padded indent; No. and kg are two units");
    }

    #[test]
    fn malformed_files_are_refused_with_the_row_at_fault() {
        let row = |r: &str| format!("{HEAD}\"0101\",\"0\",\"Live horses:\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n{r}\r\n");
        let cases = [
            ("fraccion,texto,vigencia_desde,vigencia_hasta,unidad\r\n".to_owned(), "schedule_format"),
            (String::new(), "schedule_format"),
            (HEAD.to_owned(), "schedule_empty"),
            (row("\"0101.3\",\"1\",\"x\",\"\",\"\",\"\",\"\",\"\",\"\""), "schedule_row"),
            (row("\"0101.30.00.00\",\"one\",\"x\",\"\",\"\",\"\",\"\",\"\",\"\""), "schedule_row"),
            (row("\"0101.30.00.00\",\"1\",\"x\",\"[No.]\",\"\",\"\",\"\",\"\",\"\""), "schedule_row"),
            (row("\"0101.30.00.00\",\"1\",\"x\""), "schedule_row"),
            (row("\"0101\",\"0\",\"again\",\"\",\"\",\"\",\"\",\"\",\"\""), "schedule_duplicate"),
            (row("\"0101.30.00.00\",\"1\",\"unterminated"), "schedule_row"),
        ];
        for (text, code) in cases {
            let err = parse(&text).unwrap_err();
            assert_eq!(err.code(), code, "{text:?}: {err}");
        }
        let err = parse(&row("\"0101.3\",\"1\",\"x\",\"\",\"\",\"\",\"\",\"\",\"\"")).unwrap_err();
        assert_eq!(err.to_string(), "row 3: \"0101.3\" is not an HTS number (NNNN, NNNN.NN, NNNN.NN.NN or NNNN.NN.NN.NN)");
    }
}
