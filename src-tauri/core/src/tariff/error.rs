//! Why a published schedule file cannot be read: the wrong file, or a row that breaks the format.

/// A file that is not the schedule it claims to be, or a row that cannot be right. Nothing of a
/// file with an error is used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ScheduleError {
    #[error("this is not {expected}: its first line is {found:?}")]
    NotTheFormat { expected: &'static str, found: String },
    #[error("the file has no rows after its header")]
    Empty,
    #[error("row {row}: {message}")]
    Row { row: u64, message: String },
    #[error("row {row}: {number} appears a second time")]
    Duplicate { row: u64, number: String },
}

impl ScheduleError {
    /// A stable code for the UI and the CLI.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotTheFormat { .. } => "schedule_format",
            Self::Empty => "schedule_empty",
            Self::Row { .. } => "schedule_row",
            Self::Duplicate { .. } => "schedule_duplicate",
        }
    }

    pub(crate) fn row(row: u64, message: impl Into<String>) -> Self {
        Self::Row { row, message: message.into() }
    }
}
