//! The local store: one SQLite file in the OS app-data folder holding every CV, its snapshots and
//! the trash. Migrations are embedded (`crates/cv-client/migrations`) and run on open.
//!
//! Durability: WAL journal with `synchronous = FULL`, and every change in one transaction. A
//! process killed at any moment leaves the file consistent with the last committed save (the
//! crash test in `tests/crash.rs` kills a writer mid-transaction in a loop to check it).
//!
//! - `cvs`: create, read, list, save, rename, duplicate;
//! - `history`: snapshots (manual, export, automatic, before a restore) and restoring them;
//! - `trash`: delete, restore, purge after [`TRASH_DAYS`].

mod cvs;
mod history;
mod trash;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::Result;

/// Days a deleted CV stays restorable.
pub const TRASH_DAYS: i64 = 30;
/// Minimum time between two automatic snapshots of a CV being edited.
pub const AUTO_SNAPSHOT_EVERY: Duration = Duration::from_secs(5 * 60);
/// Automatic snapshots kept per CV; older ones are dropped (manual and export ones are kept).
pub const AUTO_SNAPSHOTS_KEPT: i64 = 50;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// Where "now" comes from; tests move it forward to check snapshots and the trash.
pub type Clock = Arc<dyn Fn() -> OffsetDateTime + Send + Sync>;

/// The local store. Cheap to clone (a pool handle).
#[derive(Clone)]
pub struct Store {
    pool: SqlitePool,
    clock: Clock,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (or creates) the store at `path`, migrates it and purges old trash.
    pub async fn open(path: &Path) -> Result<Store> {
        Self::open_with_clock(path, Arc::new(OffsetDateTime::now_utc)).await
    }

    /// [`Self::open`] with a custom clock.
    pub async fn open_with_clock(path: &Path, clock: Clock) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| crate::Error::io(dir, e))?;
        }
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: a committed save survives a power cut too, not only a killed process.
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await?;
        MIGRATOR.run(&pool).await?;
        let store = Store { pool, clock };
        store.purge_trash().await?;
        Ok(store)
    }

    /// Closes every connection, checkpointing the WAL into the main file.
    pub async fn close(self) {
        self.pool.close().await;
    }

    /// SQLite's own consistency check: `true` when the file is sound.
    pub async fn integrity_check(&self) -> Result<bool> {
        let rows: Vec<(String,)> = sqlx::query_as("PRAGMA integrity_check")
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.len() == 1 && rows[0].0 == "ok")
    }

    fn now_ms(&self) -> i64 {
        to_ms((self.clock)())
    }
}

fn to_ms(time: OffsetDateTime) -> i64 {
    i64::try_from(time.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX)
}

/// Unix milliseconds as RFC 3339 (UTC).
pub(crate) fn rfc3339(ms: i64) -> String {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_default()
}

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}
