//! `cruce-cli traders list|show|save|import|expiring`: the trusted-trader registry of a database.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use clap::Subcommand;
use cruce_app::traders::TraderQuery;
use cruce_app::{SystemClock, Workspace};
use cruce_core::trader::{TraderKind, TraderRecord};
use cruce_core::trader_entry::csv::ImportKind;

use crate::error::CliError;

#[derive(Subcommand)]
pub enum TradersCommand {
    /// List registry records (name order), optionally of one kind or matching words
    List {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        #[arg(long, value_parser = ["company", "driver", "equipment"])]
        kind: Option<String>,
        /// Words the name or an identifier must contain
        #[arg(long, default_value = "")]
        search: String,
        #[arg(long)]
        archived: bool,
        #[arg(long, default_value_t = 100)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// One record with its standing today
    Show {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Save a record from a JSON file ({"kind": "company", "record": {...}}); with --id, as the
    /// next revision of that record, which must be at --revision
    Save {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        file: PathBuf,
        #[arg(long)]
        id: Option<String>,
        #[arg(long, default_value_t = 0)]
        revision: u32,
        #[arg(long)]
        json: bool,
    },
    /// Import a carrier's CSV of drivers or equipment; with problems, nothing is written
    /// unless --skip-invalid
    Import {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        #[arg(long, value_parser = ["drivers", "equipment"])]
        kind: String,
        /// The registry id of the carrier the rows belong to
        #[arg(long)]
        carrier: String,
        file: PathBuf,
        /// Import the rows without problems and leave the others out
        #[arg(long)]
        skip_invalid: bool,
        #[arg(long)]
        json: bool,
    },
    /// What expires or falls due within a period (e.g. 30d), and everything overdue
    Expiring {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        #[arg(long, default_value = "30d", value_parser = parse_days)]
        within: i64,
        /// The day to judge on (YYYY-MM-DD; today by default)
        #[arg(long, value_name = "DATE")]
        on: Option<NaiveDate>,
        #[arg(long)]
        json: bool,
    },
}

/// "30d", "30" or "4w" as days.
fn parse_days(text: &str) -> Result<i64, String> {
    let t = text.trim().to_ascii_lowercase();
    let (n, factor) = match t.strip_suffix('w') {
        Some(n) => (n, 7),
        None => (t.strip_suffix('d').unwrap_or(&t), 1),
    };
    n.parse::<i64>()
        .ok()
        .filter(|n| (0..=3650).contains(n))
        .map(|n| n * factor)
        .ok_or_else(|| format!("{text:?} is not a period such as 30d or 4w"))
}

fn open(db: &Path) -> Result<Workspace, CliError> {
    Ok(Workspace::open_existing(db, Arc::new(SystemClock), cruce_app::os_user())?)
}

fn json(out: &mut impl Write, value: &impl serde::Serialize) -> Result<(), CliError> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

/// Runs a subcommand; `Ok(false)` when it found what a script must act on (rows with problems).
pub fn run(cmd: TradersCommand, es: bool, out: &mut impl Write) -> Result<bool, CliError> {
    match cmd {
        TradersCommand::List { db, kind, search, archived, limit, json: as_json } => {
            let ws = open(&db)?;
            let page = ws.search_traders(&TraderQuery {
                text: search,
                kind: kind.as_deref().and_then(TraderKind::from_code),
                include_archived: archived,
                offset: 0,
                limit,
                role: None,
            });
            if as_json {
                json(out, &page)?;
            } else {
                for h in &page.hits {
                    writeln!(out, "{:<36} {:<9} {:<44} {}", h.id, h.kind.code(), h.title, h.detail)?;
                }
                writeln!(out, "{} of {}", page.hits.len(), page.total)?;
            }
        }
        TradersCommand::Show { db, id, json: as_json } => {
            let ws = open(&db)?;
            let detail = ws.get_trader(&id)?;
            if as_json {
                json(out, &detail)?;
            } else {
                writeln!(
                    out,
                    "{} revision {} ({} {})",
                    detail.stored.id, detail.stored.revision, detail.stored.updated_by, detail.stored.updated_at
                )?;
                serde_json::to_writer_pretty(&mut *out, &detail.stored.record)?;
                writeln!(out)?;
                for (i, m) in detail.memberships.iter().enumerate() {
                    writeln!(
                        out,
                        "membership {i}: {:?} on {}; due: {:?}",
                        m.standing,
                        detail.today,
                        m.due.iter().map(|d| (d.kind, d.on)).collect::<Vec<_>>()
                    )?;
                }
                if let Some(card) = &detail.card {
                    writeln!(out, "FAST card: {:?} on {}", card.standing, detail.today)?;
                }
            }
        }
        TradersCommand::Save { db, file, id, revision, json: as_json } => {
            let text = std::fs::read_to_string(&file).map_err(|source| cruce_app::Error::Read { path: file.clone(), source })?;
            let record: TraderRecord = serde_json::from_str(&text)?;
            let mut ws = open(&db)?;
            match ws.save_trader(id.as_deref(), revision, record) {
                Ok(detail) if as_json => json(out, &detail)?,
                Ok(detail) => writeln!(out, "saved {} revision {}", detail.stored.id, detail.stored.revision)?,
                Err(cruce_app::Error::TraderInvalid { problems }) => {
                    for p in &problems {
                        writeln!(out, "{}: {}", p.path, if es { &p.message_es } else { &p.message_en })?;
                    }
                    return Ok(false);
                }
                Err(e) => return Err(e.into()),
            }
        }
        TradersCommand::Import { db, kind, carrier, file, skip_invalid, json: as_json } => {
            let kind = if kind == "drivers" { ImportKind::Drivers } else { ImportKind::Equipment };
            let mut ws = open(&db)?;
            let preview = ws.preview_trader_import(&file, kind, &carrier)?;
            let bad: Vec<_> = preview.preview.rows.iter().filter(|r| !r.problems.is_empty()).collect();
            if !bad.is_empty() && !skip_invalid {
                if as_json {
                    json(out, &preview)?;
                } else {
                    for row in &bad {
                        for p in &row.problems {
                            writeln!(out, "line {}: {}", row.line, if es { &p.message_es } else { &p.message_en })?;
                        }
                    }
                    writeln!(out, "{} of {} rows have problems; nothing was imported", bad.len(), preview.preview.rows.len())?;
                }
                return Ok(false);
            }
            let outcome = ws.import_traders(&file, kind, &carrier, &preview.sha256, skip_invalid)?;
            if as_json {
                json(out, &outcome)?;
            } else {
                writeln!(out, "imported {} rows, left out {}", outcome.stored, outcome.skipped)?;
            }
        }
        TradersCommand::Expiring { db, within, on, json: as_json } => {
            let ws = open(&db)?;
            let alerts = ws.trader_alerts(within, on);
            if as_json {
                json(out, &alerts)?;
            } else if alerts.is_empty() {
                writeln!(out, "nothing falls due within {within} days")?;
            } else {
                for a in &alerts {
                    let action = if es { &a.action_es } else { &a.action_en };
                    writeln!(out, "{}  {:>5}d  {:<40} {action}", a.on, a.days_left, a.subject_name)?;
                }
            }
        }
    }
    Ok(true)
}
