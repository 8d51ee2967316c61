//! CVs: create, read, list, save, rename, duplicate.

use cv_core::Cv;
use sqlx::Row;

use super::{AUTO_SNAPSHOT_EVERY, Store, new_id, rfc3339};
use crate::api::{CvSummary, Saved, SnapshotReason, StoredCv};
use crate::{Error, Result};

/// A CV row as stored.
#[derive(sqlx::FromRow)]
struct CvRow {
    id: String,
    title: String,
    revision: i64,
    updated_at: i64,
    document: String,
}

impl CvRow {
    fn into_stored(self) -> Result<StoredCv> {
        let document = load(&self.id, &self.document)?;
        Ok(StoredCv {
            id: self.id,
            title: self.title,
            revision: self.revision,
            updated_at: rfc3339(self.updated_at),
            document,
        })
    }
}

pub(super) fn load(id: &str, json: &str) -> Result<Cv> {
    Cv::from_json_str(json).map_err(|source| Error::Stored {
        id: id.to_owned(),
        source,
    })
}

pub(super) fn to_json(cv: &Cv) -> String {
    serde_json::to_string(cv).expect("a Cv always serialises")
}

/// The template name a document renders with (the default one when it names none).
fn template_of(cv: &Cv) -> String {
    cv.design()
        .template
        .unwrap_or_else(|| cv_core::render::TEMPLATES[0].name.to_owned())
}

/// A new CV's document when the UI gives none: every common section present and empty.
pub fn starter_document() -> Cv {
    Cv {
        basics: Some(cv_core::model::Basics::default()),
        work: Some(Vec::new()),
        education: Some(Vec::new()),
        skills: Some(Vec::new()),
        projects: Some(Vec::new()),
        languages: Some(Vec::new()),
        ..Cv::default()
    }
}

fn check_title(title: &str) -> Result<String> {
    let title = title.trim();
    if title.is_empty() {
        return Err(Error::Invalid("a CV needs a title".into()));
    }
    Ok(title.chars().take(200).collect())
}

impl Store {
    /// Every CV not in the trash, most recently saved first.
    pub async fn list_cvs(&self) -> Result<Vec<CvSummary>> {
        let rows = sqlx::query(
            "SELECT id, title, updated_at, template FROM cvs WHERE deleted_at IS NULL \
             ORDER BY updated_at DESC, id",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| CvSummary {
                id: row.get("id"),
                title: row.get("title"),
                updated_at: rfc3339(row.get("updated_at")),
                template: row.get("template"),
            })
            .collect())
    }

    /// Creates a CV from `document`, or from a starter document when there is none.
    pub async fn create_cv(&self, title: &str, document: Option<Cv>) -> Result<StoredCv> {
        let title = check_title(title)?;
        let mut document = document.unwrap_or_else(starter_document);
        document.ensure_ids();
        let id = new_id();
        let now = self.now_ms();
        sqlx::query(
            "INSERT INTO cvs (id, title, template, document, revision, created_at, updated_at, \
             last_auto_snapshot_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
        )
        .bind(&id)
        .bind(&title)
        .bind(template_of(&document))
        .bind(to_json(&document))
        .bind(now)
        .bind(now)
        .bind(now)
        .execute(&self.pool)
        .await?;
        self.get_cv(&id).await
    }

    /// One CV with its document; not found when it is in the trash.
    pub async fn get_cv(&self, id: &str) -> Result<StoredCv> {
        sqlx::query_as::<_, CvRow>(
            "SELECT id, title, revision, updated_at, document FROM cvs \
             WHERE id = ? AND deleted_at IS NULL",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| not_found(id))?
        .into_stored()
    }

    /// Saves a new version of the document in one transaction, and takes an automatic snapshot
    /// when the last one is at least five minutes old.
    pub async fn save_cv(&self, id: &str, document: &Cv) -> Result<Saved> {
        let now = self.now_ms();
        let json = to_json(document);
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "UPDATE cvs SET document = ?, template = ?, revision = revision + 1, updated_at = ? \
             WHERE id = ? AND deleted_at IS NULL RETURNING revision, last_auto_snapshot_at",
        )
        .bind(&json)
        .bind(template_of(document))
        .bind(now)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| not_found(id))?;
        let revision: i64 = row.get("revision");
        let last_auto: i64 = row.get("last_auto_snapshot_at");
        let every = i64::try_from(AUTO_SNAPSHOT_EVERY.as_millis()).unwrap_or(i64::MAX);
        if now - last_auto >= every {
            super::history::insert_snapshot(
                &mut tx,
                id,
                SnapshotReason::Auto,
                revision,
                &json,
                now,
            )
            .await?;
            sqlx::query("UPDATE cvs SET last_auto_snapshot_at = ? WHERE id = ?")
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(Saved {
            revision,
            saved_at: rfc3339(now),
        })
    }

    /// Gives a CV a new title.
    pub async fn rename_cv(&self, id: &str, title: &str) -> Result<()> {
        let title = check_title(title)?;
        let done = sqlx::query("UPDATE cvs SET title = ? WHERE id = ? AND deleted_at IS NULL")
            .bind(title)
            .bind(id)
            .execute(&self.pool)
            .await?;
        touched(&done, id)
    }

    /// Copies a CV's current document into a new CV titled "… (copy)"; history is not copied.
    pub async fn duplicate_cv(&self, id: &str) -> Result<CvSummary> {
        let original = self.get_cv(id).await?;
        let title = format!("{} (copy)", original.title);
        let copy = self.create_cv(&title, Some(original.document)).await?;
        Ok(CvSummary {
            template: template_of(&copy.document),
            id: copy.id,
            title: copy.title,
            updated_at: copy.updated_at,
        })
    }
}

/// Ok when a statement touched the CV, else [`not_found`]: an id that is not there (or not in the
/// state the statement expects, such as in or out of the trash).
pub(super) fn touched(done: &sqlx::sqlite::SqliteQueryResult, id: &str) -> Result<()> {
    if done.rows_affected() == 0 {
        return Err(not_found(id));
    }
    Ok(())
}

/// The error for a CV id the store does not have.
pub(super) fn not_found(id: &str) -> Error {
    Error::NotFound {
        what: "CV",
        id: id.to_owned(),
    }
}
