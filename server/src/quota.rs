//! Plan quotas: durable usage counters in PostgreSQL, reserved atomically.
//!
//! A reservation is one statement, `insert … on conflict do update set used = used + n where
//! used + n <= limit returning used`: PostgreSQL locks the counter row, so however many
//! requests race for the last unit, exactly one gets it. Counters are per account, limit kind
//! and window (the UTC day for AI requests, the hour for the general rate of costly requests,
//! one never-ending window for documents synced).
//!
//! Costly endpoints (AI, sync writes: later issues) take the [`Costly`] extractor, which reserves
//! one unit of the hourly rate; AI endpoints also call [`reserve`] for `AiRequests`. Cheap reads
//! such as `/me` and `/plans` never touch these counters.

use axum::extract::{FromRef, FromRequestParts};
use axum::http::request::Parts;
use cv_protocol::{LimitKind, PlanLimits, UpgradeSuggestion};
use sqlx::PgPool;
use time::{Duration, OffsetDateTime, Time};
use uuid::Uuid;

use crate::{AppState, Error, Result, auth::AuthUser, plans};

/// The database name of a limit kind.
pub fn kind_name(kind: LimitKind) -> &'static str {
    match kind {
        LimitKind::AiRequests => "ai_requests",
        LimitKind::DocumentsSynced => "documents_synced",
        LimitKind::Requests => "requests",
    }
}

/// The window containing `now` for `kind`: its start and, if it ends, its end.
pub fn window(kind: LimitKind, now: OffsetDateTime) -> (OffsetDateTime, Option<OffsetDateTime>) {
    let now = now.to_offset(time::UtcOffset::UTC);
    match kind {
        LimitKind::AiRequests => {
            let start = now.replace_time(Time::MIDNIGHT);
            (start, Some(start + Duration::days(1)))
        }
        LimitKind::Requests => {
            let start = now.replace_time(Time::MIDNIGHT) + Duration::hours(i64::from(now.hour()));
            (start, Some(start + Duration::hours(1)))
        }
        LimitKind::DocumentsSynced => (OffsetDateTime::UNIX_EPOCH, None),
    }
}

/// The allowance of `kind` in `limits`.
pub fn limit_of(limits: &PlanLimits, kind: LimitKind) -> i32 {
    match kind {
        LimitKind::AiRequests => limits.ai_requests_per_day,
        LimitKind::DocumentsSynced => limits.documents_synced,
        LimitKind::Requests => limits.requests_per_hour,
    }
}

/// Reserves `amount` units of `kind` for `user` against `limit`; returns the units used after
/// the reservation, or `None` when it would exceed the limit (nothing is reserved then).
pub async fn try_reserve(
    db: &PgPool,
    user: Uuid,
    kind: LimitKind,
    amount: i32,
    limit: i32,
) -> Result<Option<i32>> {
    if amount > limit {
        return Ok(None);
    }
    let (start, _) = window(kind, OffsetDateTime::now_utc());
    let used = sqlx::query_scalar(
        "insert into usage_counters as c (user_id, kind, window_start, used) values ($1, $2, $3, $4)
         on conflict (user_id, kind, window_start)
         do update set used = c.used + excluded.used where c.used + excluded.used <= $5
         returning used",
    )
    .bind(user)
    .bind(kind_name(kind))
    .bind(start)
    .bind(amount)
    .bind(limit)
    .fetch_optional(db)
    .await?;
    Ok(used)
}

/// Gives back `amount` units (a failed AI call, a deleted document).
pub async fn release(db: &PgPool, user: Uuid, kind: LimitKind, amount: i32) -> Result<()> {
    let (start, _) = window(kind, OffsetDateTime::now_utc());
    sqlx::query(
        "update usage_counters set used = greatest(used - $4, 0)
         where user_id = $1 and kind = $2 and window_start = $3",
    )
    .bind(user)
    .bind(kind_name(kind))
    .bind(start)
    .bind(amount)
    .execute(db)
    .await?;
    Ok(())
}

/// Reserves one unit of `kind` for `user` under their plan, or answers 429 with `Retry-After`
/// and an upgrade suggestion.
pub async fn reserve(db: &PgPool, user: Uuid, kind: LimitKind) -> Result<()> {
    let plan = plans::plan_of(db, user).await?;
    let limit = limit_of(&plan.limits, kind);
    if try_reserve(db, user, kind, 1, limit).await?.is_some() {
        return Ok(());
    }
    let now = OffsetDateTime::now_utc();
    let retry_after = match window(kind, now).1 {
        Some(end) => (end - now).whole_seconds().max(1) as u64,
        // A count that never resets frees up when something is deleted: a day is a guess.
        None => 86_400,
    };
    let upgrade = plans::upgrade_for(db, &plan.id, kind).await?;
    Err(Error::QuotaExceeded {
        message: format!("your {} plan allows {limit} {} ", plan.name, describe(kind))
            .trim_end()
            .to_owned(),
        retry_after,
        upgrade,
    })
}

/// A limit for people: "AI requests a day".
pub fn describe(kind: LimitKind) -> &'static str {
    match kind {
        LimitKind::AiRequests => "AI requests a day",
        LimitKind::DocumentsSynced => "synced documents",
        LimitKind::Requests => "requests an hour to AI and sync",
    }
}

/// A signed-in request to a costly endpoint, counted against the plan's hourly rate.
#[derive(Debug, Clone, Copy)]
pub struct Costly {
    /// The account it was counted against.
    pub user: AuthUser,
}

impl<S: Send + Sync> FromRequestParts<S> for Costly
where
    AppState: FromRef<S>,
{
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self> {
        let user = AuthUser::from_request_parts(parts, state).await?;
        let state = AppState::from_ref(state);
        reserve(&state.db, user.id, LimitKind::Requests).await?;
        Ok(Self { user })
    }
}

/// Suggestion text for the plan that lifts `kind` to `limit`.
pub fn suggestion(
    plan_id: &str,
    plan_name: &str,
    kind: LimitKind,
    limit: i32,
) -> UpgradeSuggestion {
    UpgradeSuggestion {
        plan: plan_id.to_owned(),
        message: format!("{plan_name} allows {limit} {}.", describe(kind)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn windows() {
        let now = datetime!(2026-11-26 15:42:10 UTC);
        assert_eq!(
            window(LimitKind::AiRequests, now),
            (
                datetime!(2026-11-26 0:00 UTC),
                Some(datetime!(2026-11-27 0:00 UTC))
            )
        );
        assert_eq!(
            window(LimitKind::Requests, now),
            (
                datetime!(2026-11-26 15:00 UTC),
                Some(datetime!(2026-11-26 16:00 UTC))
            )
        );
        assert_eq!(
            window(LimitKind::DocumentsSynced, now),
            (OffsetDateTime::UNIX_EPOCH, None)
        );
    }
}
