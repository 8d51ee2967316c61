//! Throttling of sign-in, sign-up and password-reset attempts, per client IP and per e-mail
//! address, in fixed windows counted in PostgreSQL.
//!
//! In the database so that every server instance behind the load balancer applies one shared
//! limit: counting in each instance's memory would give an attacker the limit times the number
//! of instances. One upsert per attempt is cheap next to the argon2 hash the attempt costs.
//! Plan quotas, which are per account and per plan, live in `quota.rs`.

use std::{fmt::Display, time::Duration};

use sha2::{Digest, Sha256};
use sqlx::PgPool;

use crate::{Error, Result};

/// Windows older than this are deleted by [`sweep`].
const KEEP: Duration = Duration::from_secs(3600);

/// A fixed-window counter per key of one scope.
pub struct Throttle {
    scope: &'static str,
    limit: u32,
    window: Duration,
}

impl Throttle {
    /// At most `limit` hits per `window` for each key; `scope` keeps key spaces apart.
    pub fn new(scope: &'static str, limit: u32, window: Duration) -> Self {
        Self {
            scope,
            limit,
            window,
        }
    }

    /// Counts a hit for `key`; [`Error::RateLimited`] with the seconds left when over the limit.
    pub async fn hit(&self, db: &PgPool, key: impl Display) -> Result<()> {
        // One atomic statement: concurrent attempts on any instance serialise on the row.
        let (hits, seconds_left): (i32, i64) = sqlx::query_as(
            "insert into auth_attempts as a (key, window_start, hits) values ($1, now(), 1)
             on conflict (key) do update set
                 window_start = case when a.window_start <= now() - make_interval(secs => $2)
                                      then now() else a.window_start end,
                 hits = case when a.window_start <= now() - make_interval(secs => $2)
                             then 1 else a.hits + 1 end
             returning a.hits,
                 ceil(extract(epoch from a.window_start + make_interval(secs => $2) - now()))::bigint",
        )
        .bind(self.key(key))
        .bind(self.window.as_secs_f64())
        .fetch_one(db)
        .await?;
        if u32::try_from(hits).unwrap_or(u32::MAX) > self.limit {
            return Err(Error::RateLimited {
                retry_after: u64::try_from(seconds_left).unwrap_or(0).max(1),
            });
        }
        Ok(())
    }

    fn key(&self, key: impl Display) -> Vec<u8> {
        let mut hash = Sha256::new();
        hash.update(self.scope.as_bytes());
        hash.update([0]);
        hash.update(key.to_string().as_bytes());
        hash.finalize().to_vec()
    }
}

/// Deletes the windows that ended long ago; returns how many.
pub async fn sweep(db: &PgPool) -> Result<u64> {
    Ok(sqlx::query(
        "delete from auth_attempts where window_start < now() - make_interval(secs => $1)",
    )
    .bind(KEEP.as_secs_f64())
    .execute(db)
    .await?
    .rows_affected())
}

/// Sweeps every few minutes, for as long as the server runs. Several instances sweeping at once
/// is harmless: the deletes are idempotent.
pub fn spawn_sweeper(db: PgPool) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_secs(300));
        loop {
            every.tick().await;
            if let Err(error) = sweep(&db).await {
                tracing::warn!(%error, "auth attempts not swept; will retry");
            }
        }
    });
}
