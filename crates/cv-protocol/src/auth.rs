//! Sign-up, sign-in and token requests under `/api/v1/auth`, and the tokens they answer with.

use serde::{Deserialize, Serialize};

use crate::User;

/// `POST /auth/register`: a new account with an e-mail and a password.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegisterRequest {
    /// The sign-in e-mail; compared case-insensitively.
    pub email: String,
    /// At least 10 characters and not easily guessed (zxcvbn score 3 or more).
    pub password: String,
    /// How the app greets the person.
    pub name: String,
}

/// `POST /auth/login`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginRequest {
    /// The sign-in e-mail.
    pub email: String,
    /// The password.
    pub password: String,
}

/// `POST /auth/refresh`: trade a refresh token for a new pair (the old one stops working).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RefreshRequest {
    /// The refresh token from the last sign-in or refresh.
    pub refresh_token: String,
}

/// `POST /auth/logout`: end the session the refresh token belongs to.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LogoutRequest {
    /// The refresh token of the session to end.
    pub refresh_token: String,
}

/// `POST /auth/password/forgot`: send a reset link if the account exists (the answer is the same
/// either way).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ForgotPasswordRequest {
    /// The account's e-mail.
    pub email: String,
}

/// `POST /auth/password/reset`: set a new password with the one-time token from the e-mail.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResetPasswordRequest {
    /// The token from the reset e-mail (one use, expires after an hour).
    pub token: String,
    /// The new password.
    pub password: String,
}

/// `POST /auth/email/verify`: confirm the e-mail address with the token sent to it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VerifyEmailRequest {
    /// The token from the verification e-mail.
    pub token: String,
}

/// `POST /auth/google`: sign in with a Google ID token obtained by the app.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GoogleLoginRequest {
    /// The ID token (a JWT signed by Google).
    pub id_token: String,
    /// The nonce the app put in the authorization request; the token must carry the same.
    pub nonce: String,
}

/// A signed-in session: what register, login, refresh and Google sign-in answer.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuthResponse {
    /// Bearer token for `Authorization: Bearer …`, valid for `expires_in` seconds.
    pub access_token: String,
    /// Opaque token for `POST /auth/refresh`; single use, valid for 30 days.
    pub refresh_token: String,
    /// Lifetime of the access token in seconds.
    pub expires_in: u64,
    /// The account signed in.
    pub user: User,
}
