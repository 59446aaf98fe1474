//! `cruce-cli drafts …`, `backup`, `restore`, `audit verify`: the database from the command line.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::Utc;
use clap::Subcommand;
use cruce_core::DraftSummary;
use cruce_store::Store;

use crate::error::CliError;

#[derive(Subcommand)]
pub enum DraftsCommand {
    /// List drafts, the most recently changed first
    List {
        /// Path of the Cruce database file
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        /// Print a JSON array instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Write one draft's current revision as a declaration document (JSON) to stdout or --out
    Export {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        id: String,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Store a declaration document (JSON) as a new draft; prints its id
    Import {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        file: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum AuditCommand {
    /// Check the hash chain of the audit log; exit 1 and name the first broken entry if any
    Verify {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
    },
}

/// Who the CLI records as author of what it writes.
fn author() -> String {
    std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_else(|_| "cruce-cli".into())
}

pub fn run(cmd: DraftsCommand, out: &mut impl Write) -> Result<(), CliError> {
    match cmd {
        DraftsCommand::List { db, json } => {
            let drafts = Store::open_existing(&db)?.list_drafts()?;
            if json {
                serde_json::to_writer_pretty(&mut *out, &drafts)?;
                writeln!(out)?;
            } else {
                write_table(&drafts, out)?;
            }
        }
        DraftsCommand::Export { db, id, out: file } => {
            let json = Store::open_existing(&db)?.export_draft(&id)?;
            match file {
                Some(path) => std::fs::write(&path, json + "\n").map_err(|source| CliError::Write { path, source })?,
                None => writeln!(out, "{json}")?,
            }
        }
        DraftsCommand::Import { db, file } => {
            let text = std::fs::read_to_string(&file).map_err(|source| CliError::Read { path: file.clone(), source })?;
            let draft = Store::open_existing(&db)?.import_draft(&text, &author(), Utc::now())?;
            writeln!(out, "{}", draft.id)?;
        }
    }
    Ok(())
}

pub fn backup(db: &Path, to: &Path, out: &mut impl Write) -> Result<(), CliError> {
    Store::open_existing(db)?.backup_to(to, &author(), Utc::now())?;
    writeln!(out, "backed up to {}", to.display())?;
    Ok(())
}

pub fn restore(db: &Path, from: &Path, out: &mut impl Write) -> Result<(), CliError> {
    let info = Store::check_backup(from)?;
    let kept = Store::restore_from(from, db, Utc::now())?;
    writeln!(out, "restored {} drafts from {}", info.drafts, from.display())?;
    if let Some(kept) = kept {
        writeln!(out, "the replaced database is kept as {}", kept.display())?;
    }
    Ok(())
}

/// Returns whether the chain holds.
pub fn audit(cmd: AuditCommand, out: &mut impl Write) -> Result<bool, CliError> {
    let AuditCommand::Verify { db } = cmd;
    let report = Store::open_existing(&db)?.verify_audit_log()?;
    match report.first_broken {
        None => writeln!(out, "audit log intact: {} entries", report.entries)?,
        Some(seq) => {
            writeln!(out, "audit log broken at entry {seq} (of {} read): it was changed or an entry before it was removed", report.entries)?
        }
    }
    Ok(report.first_broken.is_none())
}

fn write_table(drafts: &[DraftSummary], out: &mut impl Write) -> std::io::Result<()> {
    if drafts.is_empty() {
        return writeln!(out, "no drafts");
    }
    writeln!(out, "{:<36}  {:<10}  {:<4}  {:>3}  {:<20}  REFERENCE", "ID", "DIRECTION", "PORT", "REV", "UPDATED (UTC)")?;
    for d in drafts {
        writeln!(
            out,
            "{:<36}  {:<10}  {:<4}  {:>3}  {:<20}  {}{}",
            d.id,
            d.direction.as_str(),
            d.port_of_entry.as_deref().unwrap_or("-"),
            d.revision,
            d.updated_at.format("%Y-%m-%d %H:%M:%S"),
            d.reference,
            if d.is_demo { "  [demo]" } else { "" },
        )?;
    }
    Ok(())
}
