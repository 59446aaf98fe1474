//! Reads SAT's catalogs as published in CSV (phpcfdi's export of the SAT catalog workbook, one
//! file per catalog): c_FraccionArancelaria (`fraccion,texto,vigencia_desde,vigencia_hasta,unidad`)
//! and c_PatenteAduanal (`id,vigencia_desde,vigencia_hasta`). Codes stay text: their leading zeros
//! matter.

use chrono::NaiveDate;

use super::error::ScheduleError;
use super::fracciones::FraccionLine;
use super::words::clean;

pub const FRACCIONES_HEADER: [&str; 5] = ["fraccion", "texto", "vigencia_desde", "vigencia_hasta", "unidad"];
pub const PATENTES_HEADER: [&str; 3] = ["id", "vigencia_desde", "vigencia_hasta"];

/// c_UnidadAduana: Anexo 22 Apéndice 7 (01–22) and 99 (servicio).
const UNITS: [&str; 23] = [
    "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22",
    "99",
];

fn records<'a>(text: &'a str, header: &[&str], what: &'static str) -> Result<csv::StringRecordsIntoIter<&'a [u8]>, ScheduleError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let first = reader.records().next();
    match first {
        Some(Ok(h)) if h.iter().map(str::trim).eq(header.iter().copied()) => Ok(reader.into_records()),
        _ => {
            Err(ScheduleError::NotTheFormat { expected: what, found: text.lines().next().unwrap_or_default().chars().take(120).collect() })
        }
    }
}

fn date(row: u64, field: &str, value: &str) -> Result<NaiveDate, ScheduleError> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map_err(|_| ScheduleError::row(row, format!("{field} {value:?} is not a date (YYYY-MM-DD)")))
}

fn end_date(row: u64, from: NaiveDate, value: &str) -> Result<Option<NaiveDate>, ScheduleError> {
    if value.trim().is_empty() {
        return Ok(None);
    }
    let to = date(row, "vigencia_hasta", value)?;
    if to < from {
        return Err(ScheduleError::row(row, format!("vigencia_hasta {to} is before vigencia_desde {from}")));
    }
    Ok(Some(to))
}

/// Every fracción + NICO of the catalog.
pub fn parse_fracciones(text: &str) -> Result<Vec<FraccionLine>, ScheduleError> {
    let what = "SAT's c_FraccionArancelaria in CSV (columns fraccion, texto, vigencia_desde, vigencia_hasta, unidad)";
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, record) in records(text, &FRACCIONES_HEADER, what)?.enumerate() {
        let row = i as u64 + 2;
        let r = record.map_err(|e| ScheduleError::row(row, format!("not readable as CSV: {e}")))?;
        if r.len() != FRACCIONES_HEADER.len() {
            return Err(ScheduleError::row(row, format!("has {} fields; the catalog has {}", r.len(), FRACCIONES_HEADER.len())));
        }
        let code = r[0].trim();
        if code.len() != 10 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ScheduleError::row(row, format!("{code:?} is not a fracción and NICO (10 digits)")));
        }
        let text = clean(&r[1]);
        if text.is_empty() {
            return Err(ScheduleError::row(row, format!("{code} has no text")));
        }
        let valid_from = date(row, "vigencia_desde", &r[2])?;
        let valid_to = end_date(row, valid_from, &r[3])?;
        let unit = r[4].trim();
        let unit = if unit.len() == 1 { format!("0{unit}") } else { unit.to_owned() };
        if !UNITS.contains(&unit.as_str()) {
            return Err(ScheduleError::row(row, format!("the unit {unit:?} is not in c_UnidadAduana")));
        }
        if !seen.insert(code.to_owned()) {
            return Err(ScheduleError::Duplicate { row, number: code.to_owned() });
        }
        out.push(FraccionLine { code: code.to_owned(), text, valid_from, valid_to, unit });
    }
    if out.is_empty() {
        return Err(ScheduleError::Empty);
    }
    Ok(out)
}

/// Every patente of the catalog with the day it took effect.
pub fn parse_patentes(text: &str) -> Result<Vec<(String, NaiveDate)>, ScheduleError> {
    let what = "SAT's c_PatenteAduanal in CSV (columns id, vigencia_desde, vigencia_hasta)";
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, record) in records(text, &PATENTES_HEADER, what)?.enumerate() {
        let row = i as u64 + 2;
        let r = record.map_err(|e| ScheduleError::row(row, format!("not readable as CSV: {e}")))?;
        if r.len() != PATENTES_HEADER.len() {
            return Err(ScheduleError::row(row, format!("has {} fields; the catalog has {}", r.len(), PATENTES_HEADER.len())));
        }
        let id = r[0].trim();
        if id.len() != 4 || !id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ScheduleError::row(row, format!("{id:?} is not a patente (4 digits)")));
        }
        let from = date(row, "vigencia_desde", &r[1])?;
        end_date(row, from, &r[2])?;
        if !seen.insert(id.to_owned()) {
            return Err(ScheduleError::Duplicate { row, number: id.to_owned() });
        }
        out.push((id.to_owned(), from));
    }
    if out.is_empty() {
        return Err(ScheduleError::Empty);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_fracciones_catalog() {
        let text = "fraccion,texto,vigencia_desde,vigencia_hasta,unidad\r\n0101210100,Reproductores de raza pura,2024-01-18,,07\r\n0901219900,\"Los demás, \"\"tostado\"\"\",2024-01-18,2024-03-22,1\r\n";
        let lines = parse_fracciones(text).unwrap();
        assert_eq!(lines.len(), 2);
        assert_eq!((lines[1].text.as_str(), lines[1].unit.as_str()), ("Los demás, \"tostado\"", "01"));
        assert_eq!(lines[1].valid_to, NaiveDate::from_ymd_opt(2024, 3, 22));
    }

    #[test]
    fn malformed_catalogs_are_refused_with_the_row_at_fault() {
        let head = "fraccion,texto,vigencia_desde,vigencia_hasta,unidad\r\n";
        for (body, code) in [
            ("", "schedule_empty"),
            ("010121010,Corto,2024-01-18,,07\r\n", "schedule_row"),
            ("0101210100,,2024-01-18,,07\r\n", "schedule_row"),
            ("0101210100,Texto,18/01/2024,,07\r\n", "schedule_row"),
            ("0101210100,Texto,2024-01-18,2023-01-01,07\r\n", "schedule_row"),
            ("0101210100,Texto,2024-01-18,,77\r\n", "schedule_row"),
            ("0101210100,Texto,2024-01-18\r\n", "schedule_row"),
            ("0101210100,Texto,2024-01-18,,07\r\n0101210100,Otra,2024-01-18,,07\r\n", "schedule_duplicate"),
        ] {
            assert_eq!(parse_fracciones(&format!("{head}{body}")).unwrap_err().code(), code, "{body:?}");
        }
        assert_eq!(parse_fracciones("HTS Number,Indent\r\n").unwrap_err().code(), "schedule_format");
        assert_eq!(parse_patentes("fraccion,texto\r\n").unwrap_err().code(), "schedule_format");
        assert_eq!(parse_patentes("id,vigencia_desde,vigencia_hasta\r\n074,2001-01-01,\r\n").unwrap_err().code(), "schedule_row");
        assert_eq!(
            parse_patentes("id,vigencia_desde,vigencia_hasta\r\n0074,2001-01-01,\r\n").unwrap(),
            [("0074".to_owned(), NaiveDate::from_ymd_opt(2001, 1, 1).unwrap())]
        );
    }
}
