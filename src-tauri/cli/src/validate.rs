//! `cruce-cli validate FILE.json` and `cruce-cli check KIND VALUE`.

use std::io::Write;
use std::path::Path;

use cruce_app::declarations::validate_file;
use cruce_app::identifiers::check_identifier;
use cruce_core::declaration::Declaration;
use cruce_core::reference::Reference;
use cruce_core::validate::{Finding, Severity};

use crate::error::CliError;

/// Exit status of `validate`: whether the declaration may be filed.
pub enum Verdict {
    Fileable,
    HasErrors,
}

pub fn run_validate(file: &Path, db: Option<&Path>, json: bool, spanish: bool, out: &mut impl Write) -> Result<Verdict, CliError> {
    let checked = match db {
        Some(db) => {
            let ws = cruce_app::Workspace::open_existing(db, std::sync::Arc::new(cruce_app::SystemClock), cruce_app::os_user())?;
            validate_file(file, ws.reference())?
        }
        None => validate_file(file, &Reference::builtin())?,
    };
    let (declaration, findings) = (checked.declaration, checked.findings);
    if json {
        serde_json::to_writer_pretty(&mut *out, &findings)?;
        writeln!(out)?;
    } else {
        write_findings(&declaration, &findings, spanish, out)?;
    }
    Ok(if findings.iter().any(|f| f.severity == Severity::Error) { Verdict::HasErrors } else { Verdict::Fileable })
}

fn write_findings(d: &Declaration, findings: &[Finding], spanish: bool, out: &mut impl Write) -> std::io::Result<()> {
    let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
    let warnings = findings.len() - errors;
    for f in findings {
        let (label, message) = match (f.severity, spanish) {
            (Severity::Error, false) => ("error", &f.message_en),
            (Severity::Warning, false) => ("warning", &f.message_en),
            (Severity::Error, true) => ("error", &f.message_es),
            (Severity::Warning, true) => ("aviso", &f.message_es),
        };
        writeln!(out, "{label:<7} {:<36} {message}", f.path)?;
        writeln!(out, "        [{}] {}", f.code, f.source)?;
    }
    if spanish {
        writeln!(out, "{}: {errors} errores, {warnings} avisos, {} partidas", d.reference, d.lines.len())
    } else {
        writeln!(out, "{}: {errors} errors, {warnings} warnings, {} lines", d.reference, d.lines.len())
    }
}

pub fn run_check(kind: &str, value: &str, json: bool, spanish: bool, out: &mut impl Write) -> Result<bool, CliError> {
    let result = check_identifier(kind, value, &Reference::builtin())?;
    if json {
        serde_json::to_writer_pretty(&mut *out, &result)?;
        writeln!(out)?;
    } else if result.valid {
        writeln!(out, "{} {}", if spanish { "válido:" } else { "valid:" }, result.canonical.as_deref().unwrap_or_default())?;
        for w in if spanish { &result.warnings_es } else { &result.warnings_en } {
            writeln!(out, "{} {w}", if spanish { "aviso:" } else { "warning:" })?;
        }
    } else {
        let message = if spanish { &result.message_es } else { &result.message_en };
        writeln!(out, "{} {}", if spanish { "no válido:" } else { "invalid:" }, message.as_deref().unwrap_or_default())?;
    }
    Ok(result.valid)
}
