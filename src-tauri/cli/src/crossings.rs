//! `cruce-cli crossings list|show|add-event|import` and `cruce-cli waittimes fetch`: the
//! dispatcher's board, a crossing's timeline, events recorded or imported from a spreadsheet,
//! and CBP's wait times.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use clap::Subcommand;
use cruce_app::crossings::EventInput;
use cruce_app::{SystemClock, Workspace};
use cruce_core::crossing::board::BoardFilter;
use cruce_core::crossing::events_csv::event_kind;
use cruce_core::crossing::timeline::{ExamKind, Outcome};
use cruce_core::crossing::wait_times::LaneReading;

use crate::error::CliError;

#[derive(Subcommand)]
pub enum CrossingsCommand {
    /// The board: crossings at the border (and those ended in the last two hours), by port
    List {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        /// Only this 4-digit U.S. port
        #[arg(long, default_value = "")]
        port: String,
        /// Words of the carrier's name or SCAC
        #[arg(long, default_value = "")]
        carrier: String,
        #[arg(long)]
        json: bool,
    },
    /// One crossing (by id or trip number) with its timeline
    Show {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        crossing: String,
        #[arg(long)]
        json: bool,
    },
    /// Record an event (now, unless --at): e.g. `add-event TRNM123 released`
    AddEvent {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        /// The crossing's id or trip number
        crossing: String,
        /// The event's code (released, mx-selection-green, ucp-joint-inspection, …)
        event: String,
        /// When it happened, with its offset (2026-12-01T09:40:00-06:00)
        #[arg(long)]
        at: Option<DateTime<chrono::FixedOffset>>,
        #[arg(long, default_value = "")]
        note: String,
        /// CBP's outcome of a joint inspection: released, referred, held
        #[arg(long, value_parser = ["released", "referred", "held"])]
        cbp: Option<String>,
        /// Mexico's outcome of a joint inspection
        #[arg(long, value_parser = ["released", "referred", "held"])]
        mx: Option<String>,
        /// A secondary exam's kind
        #[arg(long, value_parser = ["xray", "physical", "agricultural"])]
        exam: Option<String>,
        /// The id of the event this one corrects
        #[arg(long)]
        corrects: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Import events from a CSV (trip, event, at, …); with problems, nothing is written unless
    /// --skip-invalid
    Import {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        file: PathBuf,
        #[arg(long)]
        skip_invalid: bool,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
pub enum WaitTimesCommand {
    /// Fetch CBP's current commercial wait times; with --db, keep them there too
    Fetch {
        /// Another address than CBP's public API (or the one set in the database)
        #[arg(long)]
        url: Option<String>,
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
}

fn open(db: &Path) -> Result<Workspace, CliError> {
    Ok(Workspace::open_existing(db, Arc::new(SystemClock), cruce_app::os_user())?)
}

fn json(out: &mut impl Write, value: &impl serde::Serialize) -> Result<(), CliError> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

fn outcome(code: Option<String>) -> Option<Outcome> {
    code.map(|c| match c.as_str() {
        "released" => Outcome::Released,
        "referred" => Outcome::Referred,
        _ => Outcome::Held,
    })
}

fn minutes(l: &LaneReading) -> String {
    match l {
        LaneReading::Open { delay_minutes, lanes_open, .. } => {
            format!("{delay_minutes} min{}", lanes_open.map(|n| format!(" ({n} lanes)")).unwrap_or_default())
        }
        LaneReading::Missing { reason } => format!("{reason:?}"),
    }
}

fn show_detail(out: &mut impl Write, d: &cruce_app::crossings::CrossingDetail) -> Result<(), CliError> {
    let c = &d.stored.crossing;
    writeln!(
        out,
        "{} trip {} {} port {} crossing {} stage {:?}",
        d.stored.id,
        c.trip_number,
        c.direction.as_str(),
        c.us_port,
        c.crossing,
        d.timeline.stage
    )?;
    if let Some(dl) = &d.timeline.deadline {
        writeln!(out, "e-Manifest due {} ({:?}, {} s left)", dl.due, dl.state, dl.seconds_left)?;
    }
    for e in &d.timeline.entries {
        let flags =
            [(e.superseded, " superseded"), (e.out_of_order, " out of order")].iter().filter(|f| f.0).map(|f| f.1).collect::<String>();
        writeln!(out, "{} {:<22} {} {}{}", e.event.at, e.event.kind.code(), e.event.recorded_by, e.event.note, flags)?;
    }
    if let Some(s) = d.timeline.border_seconds {
        writeln!(out, "border time {} min; UCP {}", s / 60, if d.timeline.used_ucp { "yes" } else { "no" })?;
    }
    Ok(())
}

/// Runs a subcommand; `Ok(false)` when it found what a script must act on (rows with problems).
pub fn run(cmd: CrossingsCommand, es: bool, out: &mut impl Write) -> Result<bool, CliError> {
    match cmd {
        CrossingsCommand::List { db, port, carrier, json: as_json } => {
            let ws = open(&db)?;
            let board = ws.board(&BoardFilter { us_port: port, carrier, ..BoardFilter::default() })?;
            if as_json {
                json(out, &board)?;
            } else {
                for g in &board.groups {
                    writeln!(out, "{} {}", g.us_port, g.port_name)?;
                    for e in &g.entries {
                        let r = &e.row;
                        let deadline = r.deadline.as_ref().map(|d| format!("{:?}", d.state)).unwrap_or_default();
                        writeln!(
                            out,
                            "  {:<20} {:<15} {:<8} {:<28} FAST {}",
                            r.trip_number,
                            format!("{:?}", r.stage),
                            deadline,
                            r.driver,
                            if e.fast.qualifies { "yes" } else { "no" }
                        )?;
                    }
                }
                writeln!(out, "{} of {}", board.shown, board.total)?;
            }
        }
        CrossingsCommand::Show { db, crossing, json: as_json } => {
            let ws = open(&db)?;
            let detail = ws.get_crossing(&ws.find_crossing(&crossing)?)?;
            if as_json {
                json(out, &detail)?;
            } else {
                show_detail(out, &detail)?;
            }
        }
        CrossingsCommand::AddEvent { db, crossing, event, at, note, cbp, mx, exam, corrects, json: as_json } => {
            let mut ws = open(&db)?;
            let id = ws.find_crossing(&crossing)?;
            let Some(kind) = event_kind(&event) else {
                writeln!(
                    out,
                    "{}",
                    if es {
                        format!("{event:?} no es un evento que Cruce conozca")
                    } else {
                        format!("{event:?} is not an event Cruce knows")
                    }
                )?;
                return Ok(false);
            };
            let exam = exam.map(|e| match e.as_str() {
                "xray" => ExamKind::Xray,
                "physical" => ExamKind::Physical,
                _ => ExamKind::Agricultural,
            });
            let input =
                EventInput { kind, at: at.map(|t| t.with_timezone(&Utc)), note, cbp: outcome(cbp), mx: outcome(mx), exam, corrects };
            match ws.record_event(&id, input) {
                Ok(detail) if as_json => json(out, &detail)?,
                Ok(detail) => show_detail(out, &detail)?,
                Err(cruce_app::Error::CrossingInvalid { problems }) => {
                    for p in &problems {
                        writeln!(out, "{}: {}", p.path, if es { &p.message_es } else { &p.message_en })?;
                    }
                    return Ok(false);
                }
                Err(e) => return Err(e.into()),
            }
        }
        CrossingsCommand::Import { db, file, skip_invalid, json: as_json } => {
            let mut ws = open(&db)?;
            let preview = ws.preview_event_import(&file)?;
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
            let outcome = ws.import_events(&file, &preview.sha256, skip_invalid)?;
            if as_json {
                json(out, &outcome)?;
            } else {
                writeln!(out, "imported {} events, left out {}", outcome.stored, outcome.skipped)?;
            }
        }
    }
    Ok(true)
}

pub fn wait_times(cmd: WaitTimesCommand, out: &mut impl Write) -> Result<bool, CliError> {
    let WaitTimesCommand::Fetch { url, db, json: as_json } = cmd;
    let mut ws = db.as_deref().map(open).transpose()?;
    let url = match (url, &ws) {
        (Some(u), _) => u,
        (None, Some(ws)) => ws.wait_times_url(cruce_remote::BWT)?,
        (None, None) => cruce_remote::BWT.to_owned(),
    };
    let client = cruce_remote::client(std::time::Duration::from_secs(10), std::time::Duration::from_secs(60));
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let result = runtime.block_on(cruce_app::wait_times::fetch_wait_times(&client, &url));
    let readings = match &mut ws {
        Some(ws) => {
            let kept = result.as_ref().ok().cloned();
            ws.store_wait_times(&url, result)?;
            kept.unwrap_or_default()
        }
        None => result?,
    };
    if as_json {
        json(out, &readings)?;
    } else {
        writeln!(out, "CBP's estimates from {url}")?;
        for w in &readings {
            writeln!(
                out,
                "{} {:<44} standard {:<22} FAST {}",
                w.port_number,
                format!("{} {}", w.port_name, w.crossing_name).trim(),
                minutes(&w.standard),
                minutes(&w.fast)
            )?;
        }
    }
    Ok(true)
}
