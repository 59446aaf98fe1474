//! `cruce-cli lists import|show` and `cruce-cli screen`: watchlist versions and screening names,
//! one at a time or a CSV batch.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::Subcommand;
use cruce_app::{SystemClock, Workspace};
use cruce_core::screening::{Hit, ListKind};

use crate::error::CliError;

const KINDS: [&str; 6] = ["ofac-sdn", "ofac-cons", "csl", "bis-dpl", "sat-69b", "own"];

#[derive(Subcommand)]
pub enum ListsCommand {
    /// Import a list's files as its next version (OFAC: sdn.csv with alt.csv, add.csv and
    /// sdn_comments.csv as published; the others one file); every known party is screened again
    Import {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(KINDS))]
        kind: String,
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// The versions of every list, the one in use marked
    Show {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        #[arg(long)]
        json: bool,
    },
}

fn open(db: &Path) -> Result<Workspace, CliError> {
    Ok(Workspace::open_existing(db, Arc::new(SystemClock), cruce_app::os_user())?)
}

pub fn run(cmd: ListsCommand, es: bool, out: &mut impl Write) -> Result<(), CliError> {
    match cmd {
        ListsCommand::Import { db, kind, files, json } => {
            let mut ws = open(&db)?;
            let kind = ListKind::from_code(&kind).expect("clap checked the kind");
            let done = ws.import_list_files(kind, &files)?;
            if json {
                serde_json::to_writer(&mut *out, &done)?;
                writeln!(out)?;
            } else {
                let v = &done.version;
                let c = &v.changes;
                if es {
                    writeln!(
                        out,
                        "{} versión {}: {} entradas, {} nombres; {} nuevas, {} retiradas, {} cambiadas",
                        v.kind.name_es(),
                        v.id,
                        v.entries,
                        v.names,
                        c.added,
                        c.removed,
                        c.changed
                    )?;
                    writeln!(
                        out,
                        "revisadas de nuevo {} partes: {} coincidencias nuevas por revisar",
                        done.rescreen.parties, done.rescreen.new_hits
                    )?;
                } else {
                    writeln!(
                        out,
                        "{} version {}: {} entries, {} names; {} added, {} removed, {} changed",
                        v.kind.name_en(),
                        v.id,
                        v.entries,
                        v.names,
                        c.added,
                        c.removed,
                        c.changed
                    )?;
                    writeln!(
                        out,
                        "screened {} parties again: {} new potential matches to review",
                        done.rescreen.parties, done.rescreen.new_hits
                    )?;
                }
                for n in &v.notes {
                    writeln!(out, "note: {n}")?;
                }
            }
            Ok(())
        }
        ListsCommand::Show { db, json } => {
            let ws = open(&db)?;
            let lists = ws.lists()?;
            if json {
                serde_json::to_writer(&mut *out, &lists)?;
                writeln!(out)?;
                return Ok(());
            }
            writeln!(out, "{:<10} {:>7} {:>7} {:>8} {:<25} {:<4} SHA-256", "list", "version", "entries", "names", "imported", "use")?;
            for v in &lists.versions {
                writeln!(
                    out,
                    "{:<10} {:>7} {:>7} {:>8} {:<25} {:<4} {}",
                    v.kind.code(),
                    v.id,
                    v.entries,
                    v.names,
                    v.imported_at.format("%Y-%m-%d %H:%M UTC").to_string(),
                    if v.in_use { "yes" } else { "" },
                    &v.sha256[..16]
                )?;
            }
            for k in &lists.missing {
                writeln!(
                    out,
                    "{:<10} {}",
                    k.code(),
                    if es { "nunca importada: no se revisa contra ella" } else { "never imported: nothing is screened against it" }
                )?;
            }
            Ok(())
        }
    }
}

#[derive(serde::Serialize)]
struct Line<'a> {
    id: &'a str,
    name: &'a str,
    hits: Vec<JsonHit<'a>>,
}

/// A hit as the command line prints it: the list's kind and entry, the name matched, the score
/// and the whole explanation.
#[derive(serde::Serialize)]
struct JsonHit<'a> {
    list: &'static str,
    entry: &'a str,
    name: &'a str,
    score: f64,
    primary_name: &'a str,
    programs: &'a [String],
    status: &'a str,
    cleared: bool,
    strong: bool,
    explanation: &'a cruce_core::screening::index::Explanation,
}

fn json_hits(hits: &[Hit]) -> Vec<JsonHit<'_>> {
    hits.iter()
        .map(|h| JsonHit {
            list: h.list.code(),
            entry: &h.entry,
            name: &h.name,
            score: h.score,
            primary_name: &h.primary_name,
            programs: &h.programs,
            status: &h.status,
            cleared: h.cleared,
            strong: h.strong,
            explanation: &h.explanation,
        })
        .collect()
}

fn print_hits(out: &mut impl Write, name: &str, hits: &[Hit], es: bool) -> Result<(), CliError> {
    if hits.is_empty() {
        writeln!(out, "{name}: {}", if es { "sin coincidencias" } else { "no matches" })?;
        return Ok(());
    }
    writeln!(out, "{name}:")?;
    for h in hits {
        let words: Vec<String> = h
            .explanation
            .words
            .iter()
            .map(|w| if w.query == w.list { w.list.clone() } else { format!("{}→{}", w.query, w.list) })
            .collect();
        writeln!(
            out,
            "  {:.3}  {:<9} {:<14} {}  [{}]  {}",
            h.score,
            h.list.code(),
            h.entry,
            h.name,
            h.programs.join(" "),
            words.join(" ")
        )?;
        for e in &h.explanation.evidence {
            writeln!(out, "         {:+.2} {}", e.effect, if es { &e.es } else { &e.en })?;
        }
    }
    Ok(())
}

/// `screen --name` or `screen --batch`; true when nothing matched.
#[allow(clippy::too_many_arguments)]
pub fn screen(
    db: &Path,
    name: Option<String>,
    country: String,
    rfc: Option<String>,
    batch: Option<PathBuf>,
    json: bool,
    es: bool,
    out: &mut impl Write,
) -> Result<bool, CliError> {
    let mut ws = open(db)?;
    let mut clean = true;
    if let Some(name) = name {
        let ids: Vec<&str> = rfc.as_deref().into_iter().collect();
        let r = ws.screen_name(&name, &country, &ids)?;
        clean &= r.hits.is_empty();
        if json {
            serde_json::to_writer(&mut *out, &Line { id: "", name: &r.name, hits: json_hits(&r.hits) })?;
            writeln!(out)?;
        } else {
            print_hits(out, &r.name, &r.hits, es)?;
        }
    }
    if let Some(batch) = batch {
        for r in ws.screen_batch_file(&batch)? {
            clean &= r.hits.is_empty();
            if json {
                serde_json::to_writer(&mut *out, &Line { id: &r.id, name: &r.name, hits: json_hits(&r.hits) })?;
                writeln!(out)?;
            } else {
                print_hits(out, &format!("{} {}", r.id, r.name), &r.hits, es)?;
            }
        }
    }
    Ok(clean)
}
