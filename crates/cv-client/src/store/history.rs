//! Snapshots: whole copies of a CV's document, taken on explicit save, on export, every few
//! minutes of editing, and just before a restore (so a restore can itself be undone).

use sqlx::{Row, SqliteConnection};

use super::cvs::{load, not_found, to_json};
use super::{AUTO_SNAPSHOTS_KEPT, Store, new_id, rfc3339};
use crate::api::{Snapshot, SnapshotReason, StoredCv};
use crate::{Error, Result};

/// Inserts a snapshot inside the caller's transaction and drops automatic ones past the limit.
pub(super) async fn insert_snapshot(
    conn: &mut SqliteConnection,
    cv_id: &str,
    reason: SnapshotReason,
    revision: i64,
    document: &str,
    now: i64,
) -> Result<Snapshot> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO snapshots (id, cv_id, reason, revision, document, created_at) \
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(cv_id)
    .bind(reason.as_str())
    .bind(revision)
    .bind(document)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    if reason == SnapshotReason::Auto {
        sqlx::query(
            "DELETE FROM snapshots WHERE cv_id = ? AND reason = 'auto' AND id NOT IN \
             (SELECT id FROM snapshots WHERE cv_id = ? AND reason = 'auto' \
              ORDER BY created_at DESC, rowid DESC LIMIT ?)",
        )
        .bind(cv_id)
        .bind(cv_id)
        .bind(AUTO_SNAPSHOTS_KEPT)
        .execute(&mut *conn)
        .await?;
    }
    Ok(Snapshot {
        id,
        cv_id: cv_id.to_owned(),
        reason,
        created_at: rfc3339(now),
    })
}

impl Store {
    /// Snapshots a CV's current document.
    pub async fn create_snapshot(&self, cv_id: &str, reason: SnapshotReason) -> Result<Snapshot> {
        let now = self.now_ms();
        let mut tx = self.pool.begin().await?;
        let row =
            sqlx::query("SELECT revision, document FROM cvs WHERE id = ? AND deleted_at IS NULL")
                .bind(cv_id)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or_else(|| not_found(cv_id))?;
        let document: String = row.get("document");
        let snapshot =
            insert_snapshot(&mut tx, cv_id, reason, row.get("revision"), &document, now).await?;
        tx.commit().await?;
        Ok(snapshot)
    }

    /// A CV's snapshots, newest first.
    pub async fn list_snapshots(&self, cv_id: &str) -> Result<Vec<Snapshot>> {
        let rows = sqlx::query(
            "SELECT id, cv_id, reason, created_at FROM snapshots WHERE cv_id = ? \
             ORDER BY created_at DESC, rowid DESC",
        )
        .bind(cv_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| Snapshot {
                id: row.get("id"),
                cv_id: row.get("cv_id"),
                reason: SnapshotReason::parse(row.get("reason")).unwrap_or(SnapshotReason::Auto),
                created_at: rfc3339(row.get("created_at")),
            })
            .collect())
    }

    /// Makes a snapshot's document the CV's current one, after snapshotting the current state
    /// (reason "restore"), all in one transaction.
    pub async fn restore_snapshot(&self, snapshot_id: &str) -> Result<StoredCv> {
        let now = self.now_ms();
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "SELECT s.cv_id, s.document AS old, c.document AS current, c.revision \
             FROM snapshots s JOIN cvs c ON c.id = s.cv_id \
             WHERE s.id = ? AND c.deleted_at IS NULL",
        )
        .bind(snapshot_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| Error::NotFound {
            what: "snapshot",
            id: snapshot_id.to_owned(),
        })?;
        let cv_id: String = row.get("cv_id");
        let old: String = row.get("old");
        let current: String = row.get("current");
        // Loading first: a snapshot this version cannot read is refused before anything changes.
        let document = load(&cv_id, &old)?;
        let revision: i64 = row.get("revision");
        insert_snapshot(
            &mut tx,
            &cv_id,
            SnapshotReason::Restore,
            revision,
            &current,
            now,
        )
        .await?;
        sqlx::query(
            "UPDATE cvs SET document = ?, revision = revision + 1, updated_at = ? WHERE id = ?",
        )
        .bind(to_json(&document))
        .bind(now)
        .bind(&cv_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        self.get_cv(&cv_id).await
    }
}
