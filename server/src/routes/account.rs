//! The signed-in account: `/me`, its password and its usage.

use axum::{
    Json, Router,
    extract::State,
    http::StatusCode,
    routing::{get, post},
};
use cv_protocol::{
    AuthResponse, ChangePasswordRequest, ErrorBody, LimitKind, LimitUsage, UpdateMeRequest,
    UsageResponse, UsageStatus, User,
};
use time::OffsetDateTime;

use crate::{
    AppState, Error, Result,
    auth::{AppJson, AuthUser, one_time, password, refresh},
    plans, quota, user_columns,
    users::{self, UserRow},
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/me", get(me).patch(update_me).delete(delete_me))
        .route("/me/password", post(change_password))
        .route("/me/usage", get(usage))
}

async fn load(state: &AppState, user: AuthUser) -> Result<UserRow> {
    // A valid token of a deleted account is as good as none.
    users::by_id(&state.db, user.id)
        .await?
        .ok_or(Error::Unauthorized)
}

/// The signed-in account.
#[utoipa::path(get, path = "/api/v1/me", tag = "account", security(("bearer" = [])), responses(
    (status = 200, description = "The account", body = User),
    (status = 401, description = "Not signed in", body = ErrorBody)))]
pub async fn me(State(state): State<AppState>, user: AuthUser) -> Result<Json<User>> {
    let mut lease = state.readers.lease().await?;
    let row = users::by_id(lease.conn(), user.id).await?;
    lease.finish();
    // A valid token of a deleted account is as good as none.
    Ok(Json(row.ok_or(Error::Unauthorized)?.to_wire()))
}

/// Changes the name and/or the e-mail; a new e-mail must be verified again.
#[utoipa::path(patch, path = "/api/v1/me", tag = "account", security(("bearer" = [])), request_body = UpdateMeRequest,
    responses(
    (status = 200, description = "The updated account", body = User),
    (status = 400, description = "Malformed body", body = ErrorBody),
    (status = 401, description = "Not signed in", body = ErrorBody),
    (status = 409, description = "The e-mail is taken", body = ErrorBody),
    (status = 422, description = "Invalid field", body = ErrorBody)))]
pub async fn update_me(
    State(state): State<AppState>,
    user: AuthUser,
    AppJson(request): AppJson<UpdateMeRequest>,
) -> Result<Json<User>> {
    let current = load(&state, user).await?;
    let name = request
        .name
        .as_deref()
        .map(users::normalize_name)
        .transpose()?;
    let email = request
        .email
        .as_deref()
        .map(users::normalize_email)
        .transpose()?;
    let email_changed = email.as_ref().is_some_and(|e| *e != current.email);
    let mut tx = state.db.begin().await?;
    let updated: UserRow = sqlx::query_as(concat!(
        "update users set name = coalesce($2, name), email = coalesce($3, email),
             email_verified = email_verified and not $4, updated_at = now()
         where id = $1 returning ",
        user_columns!()
    ))
    .bind(user.id)
    .bind(&name)
    .bind(&email)
    .bind(email_changed)
    .fetch_one(&mut *tx)
    .await
    .map_err(users::email_conflict)?;
    if email_changed {
        one_time::send(
            &mut tx,
            user.id,
            &updated.email,
            one_time::Purpose::EmailVerify,
            &state.config.app_base_url,
        )
        .await?;
    }
    tx.commit().await?;
    state.mail_queued.notify_one();
    Ok(Json(updated.to_wire()))
}

/// Deletes the account and everything stored for it.
#[utoipa::path(delete, path = "/api/v1/me", tag = "account", security(("bearer" = [])), responses(
    (status = 204, description = "Deleted"),
    (status = 401, description = "Not signed in", body = ErrorBody)))]
pub async fn delete_me(State(state): State<AppState>, user: AuthUser) -> Result<StatusCode> {
    // Every table referencing users cascades.
    let deleted = sqlx::query("delete from users where id = $1")
        .bind(user.id)
        .execute(&state.db)
        .await?;
    if deleted.rows_affected() == 0 {
        return Err(Error::Unauthorized);
    }
    tracing::info!(user = %user.id, "account deleted");
    Ok(StatusCode::NO_CONTENT)
}

/// Changes the password; every session ends and a new one is returned for this device.
#[utoipa::path(post, path = "/api/v1/me/password", tag = "account", security(("bearer" = [])),
    request_body = ChangePasswordRequest, responses(
    (status = 200, description = "Changed; other sessions are signed out", body = AuthResponse),
    (status = 400, description = "Malformed body", body = ErrorBody),
    (status = 401, description = "Not signed in, or wrong current password", body = ErrorBody),
    (status = 422, description = "Weak password", body = ErrorBody),
    (status = 429, description = "Too many attempts", body = ErrorBody)))]
pub async fn change_password(
    State(state): State<AppState>,
    user: AuthUser,
    AppJson(request): AppJson<ChangePasswordRequest>,
) -> Result<Json<AuthResponse>> {
    let current = load(&state, user).await?;
    state
        .throttles
        .per_account
        .hit(&state.db, &current.email)
        .await?;
    if !state
        .passwords
        .verify(&request.old_password, current.password_hash.as_deref())
        .await?
    {
        return Err(Error::InvalidCredentials);
    }
    password::check_strength(&request.new_password, &[&current.email, &current.name])?;
    let hash = state.passwords.hash(&request.new_password).await?;
    let mut tx = state.db.begin().await?;
    sqlx::query("update users set password_hash = $2, updated_at = now() where id = $1")
        .bind(user.id)
        .bind(&hash)
        .execute(&mut *tx)
        .await?;
    refresh::revoke_user(&mut *tx, user.id).await?;
    tx.commit().await?;
    Ok(Json(users::start_session(&state, &current).await?))
}

/// Usage of every limit in its current window, a status, and an upgrade suggestion when close.
#[utoipa::path(get, path = "/api/v1/me/usage", tag = "account", security(("bearer" = [])), responses(
    (status = 200, description = "Usage per limit", body = UsageResponse),
    (status = 401, description = "Not signed in", body = ErrorBody)))]
pub async fn usage(State(state): State<AppState>, user: AuthUser) -> Result<Json<UsageResponse>> {
    let plan = plans::plan_of(&state.db, user.id).await?;
    let now = OffsetDateTime::now_utc();
    let mut limits = Vec::new();
    let mut status = UsageStatus::Ok;
    let mut upgrade = None;
    for kind in [
        LimitKind::AiRequests,
        LimitKind::DocumentsSynced,
        LimitKind::Requests,
    ] {
        let (start, reset_at) = quota::window(kind, now);
        let used: Option<i32> = sqlx::query_scalar(
            "select used from usage_counters where user_id = $1 and kind = $2 and window_start = $3",
        )
        .bind(user.id)
        .bind(quota::kind_name(kind))
        .bind(start)
        .fetch_optional(&state.db)
        .await?;
        let used = used.unwrap_or(0);
        let limit = quota::limit_of(&plan.limits, kind);
        let this = usage_status(used, limit);
        if this > UsageStatus::Ok && upgrade.is_none() {
            upgrade = plans::upgrade_for(&state.db, &plan.id, kind).await?;
        }
        status = status.max(this);
        limits.push(LimitUsage {
            kind,
            limit,
            used,
            remaining: (limit - used).max(0),
            reset_at,
        });
    }
    Ok(Json(UsageResponse {
        plan: plan.id,
        status,
        limits,
        upgrade,
    }))
}

/// At the limit, at 80 % or more of it, or below.
fn usage_status(used: i32, limit: i32) -> UsageStatus {
    if used >= limit {
        UsageStatus::AtLimit
    } else if i64::from(used) * 5 >= i64::from(limit) * 4 {
        UsageStatus::NearLimit
    } else {
        UsageStatus::Ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses() {
        for (used, limit, expected) in [
            (0, 3, UsageStatus::Ok),
            (2, 3, UsageStatus::Ok),
            (3, 3, UsageStatus::AtLimit),
            (79, 100, UsageStatus::Ok),
            (80, 100, UsageStatus::NearLimit),
            (0, 0, UsageStatus::AtLimit),
        ] {
            assert_eq!(usage_status(used, limit), expected, "{used}/{limit}");
        }
    }
}
