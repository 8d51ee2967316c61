//! The trash: deleting a CV hides it; it stays restorable for [`TRASH_DAYS`] days and is then
//! removed for good (with its snapshots) the next time the store opens.

use sqlx::Row;

use super::cvs::touched;
use super::{Store, TRASH_DAYS, rfc3339};
use crate::Result;
use crate::api::TrashedCv;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

impl Store {
    /// Moves a CV to the trash.
    pub async fn delete_cv(&self, id: &str) -> Result<()> {
        let done = sqlx::query("UPDATE cvs SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL")
            .bind(self.now_ms())
            .bind(id)
            .execute(&self.pool)
            .await?;
        touched(&done, id)
    }

    /// CVs in the trash, most recently deleted first.
    pub async fn list_trash(&self) -> Result<Vec<TrashedCv>> {
        let rows = sqlx::query(
            "SELECT id, title, deleted_at FROM cvs WHERE deleted_at IS NOT NULL \
             ORDER BY deleted_at DESC, id",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| {
                let deleted: i64 = row.get("deleted_at");
                TrashedCv {
                    id: row.get("id"),
                    title: row.get("title"),
                    deleted_at: rfc3339(deleted),
                    purge_at: rfc3339(deleted + TRASH_DAYS * DAY_MS),
                }
            })
            .collect())
    }

    /// Takes a CV out of the trash.
    pub async fn restore_cv(&self, id: &str) -> Result<()> {
        let done =
            sqlx::query("UPDATE cvs SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL")
                .bind(id)
                .execute(&self.pool)
                .await?;
        touched(&done, id)
    }

    /// Removes CVs deleted more than [`TRASH_DAYS`] days ago; returns how many.
    pub async fn purge_trash(&self) -> Result<u64> {
        let cutoff = self.now_ms() - TRASH_DAYS * DAY_MS;
        let done = sqlx::query("DELETE FROM cvs WHERE deleted_at IS NOT NULL AND deleted_at < ?")
            .bind(cutoff)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }
}
