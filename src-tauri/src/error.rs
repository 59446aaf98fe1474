//! Errors across the IPC boundary: library errors compose into [`AppError`]; the webview receives
//! [`IpcError`] `{ code, message }` and branches on the code, never on the message text.

use std::sync::Arc;

use cruce_core::{CrossingTimeError, HeaderError};
use cruce_store::StoreError;
use serde::Serialize;
use ts_rs::TS;

/// Everything a command can fail with: a use case's error, the database that did not open, or
/// the shell's own background task.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    App(#[from] cruce_app::Error),
    /// The database could not be opened at start-up; kept so every command can say so.
    #[error("the database is not available")]
    DatabaseUnavailable(#[source] Arc<cruce_app::Error>),
    #[error("a background task failed")]
    Task(#[from] tauri::Error),
}

/// Stable codes the UI branches on and translates. Renaming one is a breaking change for the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The database file cannot be opened: missing folder rights, not a database, damaged.
    DatabaseUnreadable,
    /// The database was written by a newer version of Cruce.
    DatabaseTooNew,
    /// A query failed on an open database.
    DatabaseError,
    /// A stored draft breaks the rules (edited outside Cruce).
    StoredDataInvalid,
    DraftNotFound,
    RevisionNotFound,
    /// Someone saved the draft since this editor loaded it; nothing was written.
    Conflict,
    /// The chosen backup file already exists.
    BackupTargetExists,
    /// The chosen file is not a usable Cruce backup (damaged, foreign, missing).
    BackupInvalid,
    ReferenceRequired,
    ReferenceTooLong,
    ReferenceControlCharacters,
    UnknownPort,
    UnknownTimeZone,
    CrossingTimeSkipped,
    /// A declaration document that cannot be read (wrong type, unknown field, wrong version).
    InvalidDocument,
    /// The author name is too long or has control characters.
    AuthorNameInvalid,
    /// A chosen file cannot be read (gone, no permission).
    FileUnreadable,
    /// A schedule file that is not the schedule chosen, or has a row that breaks its format.
    ScheduleInvalid,
    /// The same schedule file was imported before; nothing was written.
    ScheduleAlreadyImported,
    /// The publisher could not be reached, or answered with an error.
    DownloadFailed,
    TraderNotFound,
    /// Someone saved the registry record since it was loaded; nothing was written.
    TraderConflict,
    /// A registry record or an import names something the registry lacks (a carrier).
    TraderInvalid,
    /// The chosen file is larger than Cruce accepts for its purpose.
    FileTooLarge,
    /// The file changed between its preview and the import; nothing was written.
    ImportFileChanged,
    /// Rows of the file have problems and skipping them was not asked for; nothing was written.
    ImportHasProblems,
    CrossingNotFound,
    /// Someone saved the crossing since it was loaded; nothing was written.
    CrossingConflict,
    /// A crossing or an event that breaks its rules, or declarations that disagree on the truck.
    CrossingInvalid,
    /// A declaration travels in one crossing at a time: it is in another one.
    DeclarationInCrossing,
    /// Another crossing has this trip number.
    TripNumberTaken,
    /// A correction names an event the crossing does not have.
    EventNotFound,
    /// The event was corrected already: correct the correction instead.
    EventAlreadyCorrected,
    /// CBP's wait-times answer is not the list it should be (or lists no crossing).
    WaitTimesUnreadable,
    /// The wait-times address is not an http or https address.
    WaitTimesUrlInvalid,
    /// A watchlist file that is not the list chosen (cut short, wrong columns, wrong encoding).
    ListInvalid,
    ListVersionNotFound,
    /// No watchlist is imported: screening has nothing to screen against.
    NoWatchlists,
    /// Thresholds outside 0.5 ≤ review ≤ strong ≤ 1.
    ThresholdsInvalid,
    /// The hit to decide is not (or no longer) there.
    HitNotFound,
    /// A decision on a hit needs a reason.
    ReasonRequired,
    Internal,
}

impl ErrorCode {
    /// Every code, for the UI's message catalogs (a test checks each has text in both languages).
    pub const ALL: [ErrorCode; 43] = [
        Self::DatabaseUnreadable,
        Self::DatabaseTooNew,
        Self::DatabaseError,
        Self::StoredDataInvalid,
        Self::DraftNotFound,
        Self::RevisionNotFound,
        Self::Conflict,
        Self::BackupTargetExists,
        Self::BackupInvalid,
        Self::ReferenceRequired,
        Self::ReferenceTooLong,
        Self::ReferenceControlCharacters,
        Self::UnknownPort,
        Self::UnknownTimeZone,
        Self::CrossingTimeSkipped,
        Self::InvalidDocument,
        Self::AuthorNameInvalid,
        Self::FileUnreadable,
        Self::ScheduleInvalid,
        Self::ScheduleAlreadyImported,
        Self::DownloadFailed,
        Self::TraderNotFound,
        Self::TraderConflict,
        Self::TraderInvalid,
        Self::FileTooLarge,
        Self::ImportFileChanged,
        Self::ImportHasProblems,
        Self::CrossingNotFound,
        Self::CrossingConflict,
        Self::CrossingInvalid,
        Self::DeclarationInCrossing,
        Self::TripNumberTaken,
        Self::EventNotFound,
        Self::EventAlreadyCorrected,
        Self::WaitTimesUnreadable,
        Self::WaitTimesUrlInvalid,
        Self::ListInvalid,
        Self::ListVersionNotFound,
        Self::NoWatchlists,
        Self::ThresholdsInvalid,
        Self::HitNotFound,
        Self::ReasonRequired,
        Self::Internal,
    ];

    /// Position in [`ErrorCode::ALL`]; the exhaustive match makes a new variant fail to compile
    /// until it is listed there too.
    pub const fn index(self) -> usize {
        match self {
            Self::DatabaseUnreadable => 0,
            Self::DatabaseTooNew => 1,
            Self::DatabaseError => 2,
            Self::StoredDataInvalid => 3,
            Self::DraftNotFound => 4,
            Self::RevisionNotFound => 5,
            Self::Conflict => 6,
            Self::BackupTargetExists => 7,
            Self::BackupInvalid => 8,
            Self::ReferenceRequired => 9,
            Self::ReferenceTooLong => 10,
            Self::ReferenceControlCharacters => 11,
            Self::UnknownPort => 12,
            Self::UnknownTimeZone => 13,
            Self::CrossingTimeSkipped => 14,
            Self::InvalidDocument => 15,
            Self::AuthorNameInvalid => 16,
            Self::FileUnreadable => 17,
            Self::ScheduleInvalid => 18,
            Self::ScheduleAlreadyImported => 19,
            Self::DownloadFailed => 20,
            Self::TraderNotFound => 21,
            Self::TraderConflict => 22,
            Self::TraderInvalid => 23,
            Self::FileTooLarge => 24,
            Self::ImportFileChanged => 25,
            Self::ImportHasProblems => 26,
            Self::CrossingNotFound => 27,
            Self::CrossingConflict => 28,
            Self::CrossingInvalid => 29,
            Self::DeclarationInCrossing => 30,
            Self::TripNumberTaken => 31,
            Self::EventNotFound => 32,
            Self::EventAlreadyCorrected => 33,
            Self::WaitTimesUnreadable => 34,
            Self::WaitTimesUrlInvalid => 35,
            Self::ListInvalid => 36,
            Self::ListVersionNotFound => 37,
            Self::NoWatchlists => 38,
            Self::ThresholdsInvalid => 39,
            Self::HitNotFound => 40,
            Self::ReasonRequired => 41,
            Self::Internal => 42,
        }
    }
}

impl AppError {
    /// The code for this error. Exhaustive on purpose: a new library error must be given a code
    /// here before the app compiles.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::App(e) => app_code(e),
            Self::DatabaseUnavailable(e) => match app_code(e) {
                ErrorCode::DatabaseTooNew => ErrorCode::DatabaseTooNew,
                _ => ErrorCode::DatabaseUnreadable,
            },
            Self::Task(_) => ErrorCode::Internal,
        }
    }
}

fn app_code(e: &cruce_app::Error) -> ErrorCode {
    use cruce_app::Error;
    match e {
        Error::Store(e) => store_code(e),
        Error::Header(e) => match e {
            HeaderError::ReferenceRequired => ErrorCode::ReferenceRequired,
            HeaderError::ReferenceTooLong { .. } => ErrorCode::ReferenceTooLong,
            HeaderError::ReferenceHasControlCharacters => ErrorCode::ReferenceControlCharacters,
            HeaderError::UnknownPort { .. } => ErrorCode::UnknownPort,
            HeaderError::CrossingTime(CrossingTimeError::UnknownZone { .. }) => ErrorCode::UnknownTimeZone,
            HeaderError::CrossingTime(CrossingTimeError::SkippedByDaylightSaving { .. }) => ErrorCode::CrossingTimeSkipped,
        },
        Error::Document(_) => ErrorCode::InvalidDocument,
        Error::AuthorName(_) => ErrorCode::AuthorNameInvalid,
        // The window sends areas from its own list and never names an identifier kind or a
        // declaration file: reaching these is a bug, not something a user can act on.
        // `init` is the command line's alone.
        Error::UnknownArea { .. } | Error::UnknownIdentifierKind { .. } | Error::DatabaseExists { .. } => ErrorCode::Internal,
        Error::Read { .. } => ErrorCode::FileUnreadable,
        Error::Write { .. } | Error::DocumentFile { .. } => ErrorCode::Internal,
        Error::Schedule { .. } | Error::ScheduleTooLarge { .. } | Error::ScheduleNotText { .. } => ErrorCode::ScheduleInvalid,
        Error::Download(_) => ErrorCode::DownloadFailed,
        // The save and preview commands answer these as data; elsewhere they are refusals.
        Error::TraderInvalid { .. } => ErrorCode::TraderInvalid,
        Error::TraderImport { .. } => ErrorCode::FileUnreadable,
        Error::FileTooLarge { .. } => ErrorCode::FileTooLarge,
        Error::ImportFileChanged { .. } => ErrorCode::ImportFileChanged,
        Error::ImportHasProblems { .. } => ErrorCode::ImportHasProblems,
        Error::CrossingInvalid { .. } => ErrorCode::CrossingInvalid,
        Error::EventImport { .. } => ErrorCode::FileUnreadable,
        Error::WaitTimes { .. } | Error::WaitTimesEmpty { .. } => ErrorCode::WaitTimesUnreadable,
        Error::WaitTimesUrl { .. } => ErrorCode::WaitTimesUrlInvalid,
        Error::List { .. } => ErrorCode::ListInvalid,
        Error::ListNoPublisher { .. } => ErrorCode::DownloadFailed,
        Error::ScreeningNoLists => ErrorCode::NoWatchlists,
        Error::ScreeningThresholds { .. } => ErrorCode::ThresholdsInvalid,
        Error::Batch { .. } => ErrorCode::FileUnreadable,
    }
}

fn store_code(e: &StoreError) -> ErrorCode {
    match e {
        StoreError::Missing { .. } | StoreError::CreateFolder { .. } | StoreError::Unreadable { .. } => ErrorCode::DatabaseUnreadable,
        StoreError::SchemaTooNew { .. } => ErrorCode::DatabaseTooNew,
        StoreError::Migration { .. } | StoreError::Sqlite(_) => ErrorCode::DatabaseError,
        StoreError::DraftNotFound { .. } => ErrorCode::DraftNotFound,
        StoreError::RevisionNotFound { .. } => ErrorCode::RevisionNotFound,
        StoreError::Conflict { .. } => ErrorCode::Conflict,
        StoreError::Document(_) => ErrorCode::InvalidDocument,
        StoreError::BackupTargetExists { .. } => ErrorCode::BackupTargetExists,
        StoreError::IntegrityCheckFailed { .. } | StoreError::NotACruceDatabase { .. } => ErrorCode::BackupInvalid,
        StoreError::Io { .. } => ErrorCode::DatabaseError,
        StoreError::InvalidRow { .. } => ErrorCode::StoredDataInvalid,
        StoreError::ScheduleAlreadyImported { .. } => ErrorCode::ScheduleAlreadyImported,
        StoreError::TraderNotFound { .. } => ErrorCode::TraderNotFound,
        StoreError::TraderConflict { .. } => ErrorCode::TraderConflict,
        StoreError::EvidenceNotFound { .. } => ErrorCode::StoredDataInvalid,
        StoreError::CrossingNotFound { .. } => ErrorCode::CrossingNotFound,
        StoreError::CrossingConflict { .. } => ErrorCode::CrossingConflict,
        StoreError::DeclarationInCrossing { .. } => ErrorCode::DeclarationInCrossing,
        StoreError::TripNumberTaken { .. } => ErrorCode::TripNumberTaken,
        StoreError::EventNotFound { .. } => ErrorCode::EventNotFound,
        StoreError::EventAlreadyCorrected { .. } => ErrorCode::EventAlreadyCorrected,
        StoreError::ListVersionNotFound { .. } => ErrorCode::ListVersionNotFound,
        StoreError::HitNotFound { .. } | StoreError::PartyNotFound { .. } => ErrorCode::HitNotFound,
        StoreError::ReasonRequired => ErrorCode::ReasonRequired,
    }
}

/// The one error type that crosses IPC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct IpcError {
    pub code: ErrorCode,
    /// English technical detail for the log and the "details" line; the UI shows its own
    /// translated text for the code.
    pub message: String,
}

impl From<AppError> for IpcError {
    fn from(err: AppError) -> Self {
        let message = cruce_app::chain(&err);
        let code = err.code();
        // Expected outcomes (a deleted draft, a typo) are info; the rest is worth a warning.
        match code {
            ErrorCode::DatabaseError | ErrorCode::StoredDataInvalid | ErrorCode::Internal => {
                tracing::warn!(?code, %message, "command failed")
            }
            _ => tracing::info!(?code, %message, "command refused"),
        }
        Self { code, message }
    }
}

#[cfg(test)]
mod tests {
    use super::ErrorCode;

    #[test]
    fn all_lists_every_code_once_in_index_order() {
        for (i, code) in ErrorCode::ALL.iter().enumerate() {
            assert_eq!(code.index(), i, "{code:?} is out of place in ErrorCode::ALL");
        }
    }
}
