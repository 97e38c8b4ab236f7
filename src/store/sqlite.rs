//! The SQLite store: the embedded default. WAL, a busy timeout, and `BEGIN IMMEDIATE` for
//! writes, so a write never fails on a read lock it took itself (shared/research/stack.md §4.4).

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use super::StoreError;

/// Conversations and statistics in one SQLite file.
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens (and creates, with its directory) the database at `url` (`sqlite://path`).
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // With WAL, NORMAL loses nothing when the process dies; only a power cut can lose
            // the last writes.
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(5));
        let file = options.get_filename().to_path_buf();
        if let Some(dir) = file.parent()
            && !dir.as_os_str().is_empty()
            && !dir.exists()
        {
            // Conversations are private: only the service's user may read the folder and files
            // it creates (0700 and 0600; SQLite gives its -wal and -shm files the database's
            // mode). An operator's existing folder is left as it is.
            super::create_private_dir(dir)
                .map_err(|e| StoreError::DataDir(dir.display().to_string(), e))?;
        }
        if file != Path::new(":memory:") && !file.as_os_str().is_empty() && !file.exists() {
            create_private_file(&file)
                .map_err(|e| StoreError::DataDir(file.display().to_string(), e))?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .acquire_timeout(Duration::from_secs(5))
            .connect_with(options)
            .await?;
        Ok(SqliteStore { pool })
    }
}

fn create_private_file(file: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(file) {
        // Another process created it first: SQLite opens theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        other => other.map(drop),
    }
}

super::sql_store!(SqliteStore, sqlx::Sqlite, "./migrations/sqlite", |pool| {
    pool.begin_with("BEGIN IMMEDIATE")
});
