//! What a use case can fail with, composed from the libraries' own errors. Front ends map each
//! variant to their own outcome: an IPC error code in the window, an exit status in the CLI.

use std::path::PathBuf;

use cruce_core::declaration::DocumentError;
use cruce_core::{AuthorNameError, HeaderError};
use cruce_store::StoreError;

/// Not `#[non_exhaustive]`: both front ends match it exhaustively, so a new failure cannot reach
/// a user without a code (see ARCHITECTURE.md, "Errors").
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Header(#[from] HeaderError),
    #[error(transparent)]
    Document(#[from] DocumentError),
    #[error(transparent)]
    AuthorName(#[from] AuthorNameError),
    #[error("unknown identifier kind {kind:?}; one of: {}", cruce_core::ids::KINDS.join(", "))]
    UnknownIdentifierKind { kind: String },
    #[error("{area:?} is not an area of Cruce")]
    UnknownArea { area: String },
    #[error("cannot read {path}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write {path}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A schedule file that is not the schedule it was imported as, or has a row that breaks it.
    #[error("{file} cannot be imported")]
    Schedule {
        file: String,
        #[source]
        error: cruce_core::tariff::ScheduleError,
    },
    #[error("{file} is {size} bytes; a schedule file is at most {max}")]
    ScheduleTooLarge { file: String, size: usize, max: usize },
    #[error("{file} is not text (UTF-8) after byte {at}")]
    ScheduleNotText { file: String, at: usize },
    #[error("the download failed")]
    Download(#[from] cruce_remote::RemoteError),
    /// A registry record that breaks its rules; nothing was written.
    #[error("the record cannot be saved: {}", problems.iter().map(|p| format!("{} ({})", p.message_en, p.path)).collect::<Vec<_>>().join("; "))]
    TraderInvalid { problems: Vec<cruce_core::trader_entry::check::RecordProblem> },
    #[error("{file} cannot be imported")]
    TraderImport {
        file: String,
        #[source]
        error: cruce_core::trader_entry::csv::ImportError,
    },
    #[error("{file} changed since it was previewed; preview it again")]
    ImportFileChanged { file: String },
    #[error("{file} has {rows} rows with problems; nothing was imported")]
    ImportHasProblems { file: String, rows: usize },
    #[error("{file} is {size} bytes; at most {max} are accepted")]
    FileTooLarge { file: String, size: u64, max: u64 },
    /// A crossing or an event that breaks its rules; nothing was written.
    #[error("the crossing cannot be saved: {}", problems.iter().map(|p| format!("{} ({})", p.message_en, p.path)).collect::<Vec<_>>().join("; "))]
    CrossingInvalid { problems: Vec<cruce_core::crossing::record::CrossingProblem> },
    #[error("{file} cannot be imported")]
    EventImport {
        file: String,
        #[source]
        error: cruce_core::sheet::SheetError,
    },
    /// CBP's answer is not the wait-times list it should be.
    #[error("the wait times from {url} cannot be read")]
    WaitTimes {
        url: String,
        #[source]
        error: cruce_core::crossing::wait_times::WaitTimesError,
    },
    #[error("the wait times from {url} list no crossing")]
    WaitTimesEmpty { url: String },
    #[error("{url:?} is not an http or https address")]
    WaitTimesUrl { url: String },
    /// A list file that is not the list it was imported as; nothing was stored.
    #[error("the {list} list cannot be imported")]
    List {
        list: String,
        #[source]
        error: cruce_core::screening::ListError,
    },
    #[error("the {list} list has no publisher address; import its file")]
    ListNoPublisher { list: String },
    #[error("no watchlist has been imported: screening has nothing to screen against")]
    ScreeningNoLists,
    #[error("thresholds review {review} and strong {strong} are not 0.5 ≤ review ≤ strong ≤ 1")]
    ScreeningThresholds { review: f64, strong: f64 },
    #[error("{file} cannot be screened")]
    Batch {
        file: String,
        #[source]
        error: cruce_core::sheet::SheetError,
    },
    #[error("{path} already exists; init creates a new database only")]
    DatabaseExists { path: PathBuf },
    /// A declaration file that cannot be read as a declaration document.
    #[error("{path} is not a valid declaration document")]
    DocumentFile {
        path: PathBuf,
        #[source]
        source: DocumentError,
    },
}

/// "outer: inner: innermost" — the whole cause chain on one line, each distinct cause once
/// (`#[error(transparent)]` repeats the inner message).
pub fn chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.ends_with(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chain_names_every_distinct_cause_once() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "no such file");
        let err = Error::Read { path: "/x/decl.json".into(), source: io };
        assert_eq!(chain(&err), "cannot read /x/decl.json: no such file");
        let transparent = Error::Store(StoreError::DraftNotFound { id: "d1".into() });
        assert_eq!(chain(&transparent), "no draft with id \"d1\"", "a transparent wrapper adds nothing");
    }
}
