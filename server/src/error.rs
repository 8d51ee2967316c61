//! The server's one error type and how it becomes an HTTP response.
//!
//! Handlers return `Result<T>`; `IntoResponse` turns every `Error` into the right status and a
//! `{"error": {"code", "message"}}` body with a stable code. 5xx bodies are generic: the details
//! go to `tracing` only. Constraint violations are mapped to 4xx where the query runs.

use axum::{
    Json,
    extract::rejection::JsonRejection,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use cv_protocol::{ErrorBody, ErrorDetail, UpgradeSuggestion};

/// `Result` with the server's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything a request can fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No or an invalid access token.
    #[error("sign in to continue")]
    Unauthorized,
    /// Wrong e-mail or password (the same for both: no account enumeration).
    #[error("wrong e-mail or password")]
    InvalidCredentials,
    /// Unknown, expired or revoked refresh token.
    #[error("the session has ended: sign in again")]
    InvalidRefreshToken,
    /// A refresh token was presented twice: its whole family is now revoked.
    #[error("this session was used elsewhere and has been ended: sign in again")]
    RefreshTokenReused,
    /// Unknown, used or expired one-time token (reset, verify).
    #[error("this link is invalid or has expired")]
    InvalidOneTimeToken,
    /// A Google ID token that does not verify; the reason goes to the log only.
    #[error("the Google sign-in could not be verified")]
    InvalidGoogleToken(String),
    /// A field is missing, malformed or out of range.
    #[error("{0}")]
    Validation(String),
    /// The password is too easy to guess.
    #[error("{0}")]
    WeakPassword(String),
    /// The e-mail already belongs to an account.
    #[error("an account with this e-mail already exists")]
    EmailTaken,
    /// No such route.
    #[error("no such endpoint")]
    NotFound,
    /// The body is not the JSON expected.
    #[error("{0}")]
    BadJson(#[from] JsonRejection),
    /// Too many attempts: try again after `retry_after` seconds.
    #[error("too many attempts: try again in {retry_after} s")]
    RateLimited {
        /// Seconds until the next attempt is allowed.
        retry_after: u64,
    },
    /// A plan limit is reached.
    #[error("{message}")]
    QuotaExceeded {
        /// What was exceeded, for people.
        message: String,
        /// Seconds until the window resets.
        retry_after: u64,
        /// A plan with more room, if there is one.
        upgrade: Option<UpgradeSuggestion>,
    },
    /// The database cannot be reached right now: readiness, or a connection that was lost.
    #[error("the database is unreachable: try again shortly")]
    Unavailable,
    /// Any other database error (a bug or a broken invariant).
    #[error("database: {0}")]
    Database(sqlx::Error),
    /// Google's key set could not be fetched.
    #[error("upstream: {0}")]
    Upstream(String),
    /// A bug or a resource problem (hashing, token signing, a join error).
    #[error("internal: {0}")]
    Internal(String),
}

impl Error {
    /// The HTTP status of this error.
    pub fn status_code(&self) -> StatusCode {
        match self {
            Self::Unauthorized
            | Self::InvalidCredentials
            | Self::InvalidRefreshToken
            | Self::RefreshTokenReused
            | Self::InvalidGoogleToken(_) => StatusCode::UNAUTHORIZED,
            Self::InvalidOneTimeToken => StatusCode::BAD_REQUEST,
            Self::Validation(_) | Self::WeakPassword(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::EmailTaken => StatusCode::CONFLICT,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::BadJson(rejection) => match rejection.status() {
                StatusCode::PAYLOAD_TOO_LARGE => StatusCode::PAYLOAD_TOO_LARGE,
                StatusCode::UNSUPPORTED_MEDIA_TYPE => StatusCode::UNSUPPORTED_MEDIA_TYPE,
                _ => StatusCode::BAD_REQUEST,
            },
            Self::RateLimited { .. } | Self::QuotaExceeded { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Self::Upstream(_) => StatusCode::BAD_GATEWAY,
            Self::Database(_) | Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable code clients match on.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unauthorized => "unauthorized",
            Self::InvalidCredentials => "invalid_credentials",
            Self::InvalidRefreshToken => "invalid_refresh_token",
            Self::RefreshTokenReused => "refresh_token_reused",
            Self::InvalidOneTimeToken => "invalid_token",
            Self::InvalidGoogleToken(_) => "invalid_google_token",
            Self::Validation(_) => "validation_failed",
            Self::WeakPassword(_) => "weak_password",
            Self::EmailTaken => "email_taken",
            Self::NotFound => "not_found",
            Self::BadJson(_) => "bad_request",
            Self::RateLimited { .. } => "rate_limited",
            Self::QuotaExceeded { .. } => "quota_exceeded",
            Self::Unavailable => "unavailable",
            Self::Upstream(_) => "upstream_unavailable",
            Self::Database(_) | Self::Internal(_) => "internal",
        }
    }

    /// Shorthand for [`Error::Internal`] from anything printable.
    pub fn internal(error: impl std::fmt::Display) -> Self {
        Self::Internal(error.to_string())
    }
}

impl From<sqlx::Error> for Error {
    /// A lost connection (a database restart, a network cut, the pool exhausted) is a 503 the
    /// client may retry; anything else is a 500.
    fn from(error: sqlx::Error) -> Self {
        if is_transient(&error) {
            tracing::warn!(%error, "database unreachable");
            Self::Unavailable
        } else {
            Self::Database(error)
        }
    }
}

/// Whether `error` says the database could not be reached rather than that the query was wrong.
fn is_transient(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        // SQLSTATE class 08 (connection exception), 57P01–57P03 (the server is shutting down or
        // starting), 53300 (too many connections).
        sqlx::Error::Database(db) => db.code().is_some_and(|code| {
            code.starts_with("08") || matches!(&*code, "57P01" | "57P02" | "57P03" | "53300")
        }),
        _ => false,
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let status = self.status_code();
        let code = self.code().to_owned();
        let message = match &self {
            Self::Database(_) | Self::Internal(_) => {
                tracing::error!(error = %self, "request failed");
                "something went wrong on our side".to_owned()
            }
            Self::Upstream(_) => {
                tracing::warn!(error = %self, "upstream failed");
                "a service we depend on is unavailable: try again shortly".to_owned()
            }
            Self::InvalidGoogleToken(reason) => {
                tracing::info!(%reason, "google token rejected");
                self.to_string()
            }
            other => other.to_string(),
        };
        let (retry_after, upgrade) = match self {
            Self::RateLimited { retry_after } => (Some(retry_after), None),
            Self::Unavailable => (Some(1), None),
            Self::QuotaExceeded {
                retry_after,
                upgrade,
                ..
            } => (Some(retry_after), upgrade),
            _ => (None, None),
        };
        let body = ErrorBody {
            error: ErrorDetail {
                code,
                message,
                upgrade,
            },
        };
        let mut response = (status, Json(body)).into_response();
        if let Some(seconds) = retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds.max(1)));
        }
        response
    }
}
