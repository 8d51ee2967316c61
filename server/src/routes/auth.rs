//! Sign-up, sign-in (password and Google), token refresh and sign-out under `/auth`.

use axum::{Json, Router, extract::State, http::StatusCode, routing::post};
use cv_protocol::{
    AuthResponse, ErrorBody, GoogleLoginRequest, LoginRequest, LogoutRequest, RefreshRequest,
    RegisterRequest,
};
use uuid::Uuid;

use crate::{
    AppState, Error, Result,
    auth::{AppJson, ClientIp, jwt::ACCESS_TOKEN_SECS, one_time, password, refresh},
    user_columns,
    users::{self, UserRow},
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/auth/register", post(register))
        .route("/auth/login", post(login))
        .route("/auth/refresh", post(refresh_session))
        .route("/auth/logout", post(logout))
        .route("/auth/google", post(google))
}

/// Creates an account and signs it in; a verification e-mail is queued.
#[utoipa::path(post, path = "/api/v1/auth/register", tag = "auth", request_body = RegisterRequest, responses(
    (status = 201, description = "Account created and signed in", body = AuthResponse),
    (status = 400, description = "Malformed body", body = ErrorBody),
    (status = 409, description = "The e-mail is taken", body = ErrorBody),
    (status = 422, description = "Invalid field or weak password", body = ErrorBody),
    (status = 429, description = "Too many attempts", body = ErrorBody)))]
pub async fn register(
    State(state): State<AppState>,
    ip: ClientIp,
    AppJson(request): AppJson<RegisterRequest>,
) -> Result<(StatusCode, Json<AuthResponse>)> {
    state.throttles.per_ip.hit(&state.db, ip.0).await?;
    let email = users::normalize_email(&request.email)?;
    state.throttles.per_account.hit(&state.db, &email).await?;
    let name = users::normalize_name(&request.name)?;
    password::check_strength(&request.password, &[&email, &name])?;
    let hash = state.passwords.hash(&request.password).await?;
    let mut tx = state.db.begin().await?;
    let user: UserRow = sqlx::query_as(concat!(
        "insert into users (id, email, name, password_hash) values ($1, $2, $3, $4) returning ",
        user_columns!()
    ))
    .bind(Uuid::new_v4())
    .bind(&email)
    .bind(&name)
    .bind(&hash)
    .fetch_one(&mut *tx)
    .await
    .map_err(users::email_conflict)?;
    one_time::send(
        &mut tx,
        user.id,
        &email,
        one_time::Purpose::EmailVerify,
        &state.config.app_base_url,
    )
    .await?;
    tx.commit().await?;
    state.mail_queued.notify_one();
    tracing::info!(user = %user.id, "account created");
    Ok((
        StatusCode::CREATED,
        Json(users::start_session(&state, &user).await?),
    ))
}

/// Signs in with e-mail and password. Unknown e-mails cost the same time and get the same
/// answer as wrong passwords.
#[utoipa::path(post, path = "/api/v1/auth/login", tag = "auth", request_body = LoginRequest, responses(
    (status = 200, description = "Signed in", body = AuthResponse),
    (status = 400, description = "Malformed body", body = ErrorBody),
    (status = 401, description = "Wrong e-mail or password", body = ErrorBody),
    (status = 429, description = "Too many attempts", body = ErrorBody)))]
pub async fn login(
    State(state): State<AppState>,
    ip: ClientIp,
    AppJson(request): AppJson<LoginRequest>,
) -> Result<Json<AuthResponse>> {
    state.throttles.per_ip.hit(&state.db, ip.0).await?;
    let email = request.email.trim().to_lowercase();
    state.throttles.per_account.hit(&state.db, &email).await?;
    if request.password.chars().count() > password::MAX_PASSWORD_CHARS {
        return Err(Error::InvalidCredentials);
    }
    let user = users::by_email(&state.db, &email).await?;
    let hash = user.as_ref().and_then(|u| u.password_hash.as_deref());
    let matched = state.passwords.verify(&request.password, hash).await?;
    match user {
        Some(user) if matched => Ok(Json(users::start_session(&state, &user).await?)),
        _ => Err(Error::InvalidCredentials),
    }
}

/// Trades a refresh token for a new pair. A token used twice ends its whole session family.
#[utoipa::path(post, path = "/api/v1/auth/refresh", tag = "auth", request_body = RefreshRequest, responses(
    (status = 200, description = "New tokens; the old refresh token no longer works", body = AuthResponse),
    (status = 400, description = "Malformed body", body = ErrorBody),
    (status = 401, description = "Invalid, expired or reused refresh token", body = ErrorBody)))]
pub async fn refresh_session(
    State(state): State<AppState>,
    AppJson(request): AppJson<RefreshRequest>,
) -> Result<Json<AuthResponse>> {
    let (user_id, family) = refresh::consume(&state.db, &request.refresh_token).await?;
    let user = users::by_id(&state.db, user_id)
        .await?
        .ok_or(Error::InvalidRefreshToken)?;
    let refresh_token = refresh::issue(&state.db, user.id, family).await?;
    Ok(Json(AuthResponse {
        access_token: state.tokens.issue(user.id)?,
        refresh_token,
        expires_in: ACCESS_TOKEN_SECS,
        user: user.to_wire(),
    }))
}

/// Ends the session of a refresh token (unknown tokens are accepted silently).
#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "auth", request_body = LogoutRequest, responses(
    (status = 204, description = "Signed out"),
    (status = 400, description = "Malformed body", body = ErrorBody)))]
pub async fn logout(
    State(state): State<AppState>,
    AppJson(request): AppJson<LogoutRequest>,
) -> Result<StatusCode> {
    refresh::revoke_token_family(&state.db, &request.refresh_token).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Signs in with a Google ID token: an existing Google account, else the account with the same
/// (Google-verified) e-mail, which gets linked, else a new account.
#[utoipa::path(post, path = "/api/v1/auth/google", tag = "auth", request_body = GoogleLoginRequest, responses(
    (status = 200, description = "Signed in", body = AuthResponse),
    (status = 400, description = "Malformed body", body = ErrorBody),
    (status = 401, description = "The token does not verify", body = ErrorBody),
    (status = 409, description = "The e-mail belongs to an account linked to another Google account", body = ErrorBody),
    (status = 429, description = "Too many attempts", body = ErrorBody),
    (status = 502, description = "Google's keys could not be fetched", body = ErrorBody)))]
pub async fn google(
    State(state): State<AppState>,
    ip: ClientIp,
    AppJson(request): AppJson<GoogleLoginRequest>,
) -> Result<Json<AuthResponse>> {
    state.throttles.per_ip.hit(&state.db, ip.0).await?;
    let identity = state
        .google
        .verify(&request.id_token, &request.nonce)
        .await?;
    let mut tx = state.db.begin().await?;
    let by_sub: Option<UserRow> = sqlx::query_as(concat!(
        "select ",
        user_columns!(),
        " from users where google_sub = $1"
    ))
    .bind(&identity.sub)
    .fetch_optional(&mut *tx)
    .await?;
    let user = match by_sub {
        Some(user) => user,
        None => {
            let fallback_name = identity.email.split('@').next().unwrap_or("").to_owned();
            let name = users::normalize_name(identity.name.as_deref().unwrap_or(&fallback_name))
                .unwrap_or_else(|_| "CV Improver user".to_owned());
            sqlx::query_as(concat!(
                "insert into users (id, email, name, email_verified, google_sub) values ($1, $2, $3, true, $4)
                 on conflict (email) do update set google_sub = excluded.google_sub, email_verified = true,
                     updated_at = now()
                 where users.google_sub is null
                 returning ",
                user_columns!()
            ))
            .bind(Uuid::new_v4())
            .bind(&identity.email)
            .bind(&name)
            .bind(&identity.sub)
            .fetch_optional(&mut *tx)
            .await?
            // The e-mail belongs to an account linked to another Google account.
            .ok_or(Error::EmailTaken)?
        }
    };
    tx.commit().await?;
    Ok(Json(users::start_session(&state, &user).await?))
}
