//! Forgotten passwords and e-mail verification: one-time tokens sent by e-mail.

use axum::{Router, extract::State, http::StatusCode, routing::post};
use cv_protocol::{ErrorBody, ForgotPasswordRequest, ResetPasswordRequest, VerifyEmailRequest};

use crate::{
    AppState, Result,
    auth::{AppJson, ClientIp, one_time, password, refresh},
    users,
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/auth/password/forgot", post(forgot))
        .route("/auth/password/reset", post(reset))
        .route("/auth/email/verify", post(verify_email))
}

/// Queues a reset e-mail if the account exists; answers 202 either way (no enumeration).
#[utoipa::path(post, path = "/api/v1/auth/password/forgot", tag = "auth", request_body = ForgotPasswordRequest, responses(
    (status = 202, description = "If the account exists, an e-mail is on its way"),
    (status = 400, description = "Malformed body", body = ErrorBody),
    (status = 422, description = "Not an e-mail address", body = ErrorBody),
    (status = 429, description = "Too many attempts", body = ErrorBody)))]
pub async fn forgot(
    State(state): State<AppState>,
    ip: ClientIp,
    AppJson(request): AppJson<ForgotPasswordRequest>,
) -> Result<StatusCode> {
    state.throttles.per_ip.hit(&state.db, ip.0).await?;
    let email = users::normalize_email(&request.email)?;
    state.throttles.per_account.hit(&state.db, &email).await?;
    let mut tx = state.db.begin().await?;
    if let Some(user) = users::by_email(&mut *tx, &email).await? {
        one_time::send(
            &mut tx,
            user.id,
            &email,
            one_time::Purpose::PasswordReset,
            &state.config.app_base_url,
        )
        .await?;
    }
    tx.commit().await?;
    // Unconditional, like the rest: an unknown address must look the same.
    state.mail_queued.notify_one();
    Ok(StatusCode::ACCEPTED)
}

/// Sets a new password with a reset token; every session of the account ends.
#[utoipa::path(post, path = "/api/v1/auth/password/reset", tag = "auth", request_body = ResetPasswordRequest, responses(
    (status = 204, description = "Password changed; sign in again"),
    (status = 400, description = "Malformed body, or an invalid or expired token", body = ErrorBody),
    (status = 422, description = "Weak password", body = ErrorBody),
    (status = 429, description = "Too many attempts", body = ErrorBody)))]
pub async fn reset(
    State(state): State<AppState>,
    ip: ClientIp,
    AppJson(request): AppJson<ResetPasswordRequest>,
) -> Result<StatusCode> {
    state.throttles.per_ip.hit(&state.db, ip.0).await?;
    password::check_strength(&request.password, &[])?;
    let hash = state.passwords.hash(&request.password).await?;
    let mut tx = state.db.begin().await?;
    let user = one_time::consume(&mut tx, &request.token, one_time::Purpose::PasswordReset).await?;
    // Receiving the mail proves the address too.
    sqlx::query("update users set password_hash = $2, email_verified = true, updated_at = now() where id = $1")
        .bind(user)
        .bind(&hash)
        .execute(&mut *tx)
        .await?;
    refresh::revoke_user(&mut *tx, user).await?;
    tx.commit().await?;
    tracing::info!(%user, "password reset");
    Ok(StatusCode::NO_CONTENT)
}

/// Confirms the e-mail address with the token sent at sign-up or after an e-mail change.
#[utoipa::path(post, path = "/api/v1/auth/email/verify", tag = "auth", request_body = VerifyEmailRequest, responses(
    (status = 204, description = "E-mail confirmed"),
    (status = 400, description = "Malformed body, or an invalid or expired token", body = ErrorBody)))]
pub async fn verify_email(
    State(state): State<AppState>,
    AppJson(request): AppJson<VerifyEmailRequest>,
) -> Result<StatusCode> {
    let mut tx = state.db.begin().await?;
    let user = one_time::consume(&mut tx, &request.token, one_time::Purpose::EmailVerify).await?;
    sqlx::query("update users set email_verified = true, updated_at = now() where id = $1")
        .bind(user)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
