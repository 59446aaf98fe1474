//! Opening the database file: connection settings, migrations and refusal of unusable files.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::migrations::{check_not_newer, migrate};
use crate::StoreError;

/// The open database. One per process; callers serialise access (the app holds it in a mutex).
pub struct Store {
    pub(crate) conn: Connection,
    path: Option<PathBuf>,
    /// The declaration of the last revision this store wrote. Revisions never change, so while
    /// the draft is still at that revision it is the stored document, and the next autosave of
    /// the same draft skips reading and parsing it.
    pub(crate) last_saved: std::cell::RefCell<Option<CurrentDocument>>,
}

/// A draft's current revision and its declaration, as last written or opened.
pub(crate) struct CurrentDocument {
    pub id: String,
    pub revision: u32,
    pub declaration: cruce_core::declaration::Declaration,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish_non_exhaustive()
    }
}

impl Store {
    /// Opens the database at `path`, creating the file and its folder on first use, and migrates
    /// it. A file that is not a readable Cruce database is left untouched and reported.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| StoreError::CreateFolder { path: parent.to_owned(), source })?;
        }
        Self::open_with(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE)
    }

    /// Opens an existing database; a missing file is an error rather than a new empty database
    /// (for the command-line tool, where a typo in a path must not create a file).
    pub fn open_existing(path: &Path) -> Result<Self, StoreError> {
        if !path.is_file() {
            return Err(StoreError::Missing { path: path.to_owned() });
        }
        Self::open_with(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
    }

    /// A private in-memory database, for tests.
    pub fn open_in_memory() -> Result<Self, StoreError> {
        let mut conn = Connection::open_in_memory()?;
        configure(&conn)?;
        migrate(&mut conn)?;
        Ok(Self { conn, path: None, last_saved: Default::default() })
    }

    fn open_with(path: &Path, flags: OpenFlags) -> Result<Self, StoreError> {
        let unreadable = |source| StoreError::Unreadable { path: path.to_owned(), source };
        let mut conn = Connection::open_with_flags(path, flags).map_err(unreadable)?;
        // SQLite opens lazily: the first statement is where a damaged or foreign file shows up.
        // Reading the header before any write guarantees such a file is never modified.
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get::<_, i64>(0)).map_err(unreadable)?;
        // Refuse a newer schema before configure() switches the journal mode, which is a write.
        check_not_newer(&conn)?;
        configure(&conn).map_err(unreadable)?;
        migrate(&mut conn)?;
        Ok(Self { conn, path: Some(path.to_owned()), last_saved: Default::default() })
    }

    /// The file this store reads, or `None` for an in-memory store.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The schema version recorded in the file.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    // WAL keeps readers and the writer apart and survives a crash mid-write. FULL syncs the WAL at
    // every commit, so a save the editor reported survives a power cut too (NORMAL could lose the
    // last commits before a checkpoint); it costs about 4 ms per save here. Foreign keys are off
    // by default in SQLite; the busy timeout covers a second process such as the CLI.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}
