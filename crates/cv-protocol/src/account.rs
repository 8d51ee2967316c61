//! The signed-in account under `/api/v1/me`.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

/// An account as the owner sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct User {
    /// Stable account id.
    pub id: Uuid,
    /// Sign-in e-mail, lower-cased.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Whether the e-mail address has been confirmed (always true for Google accounts).
    pub email_verified: bool,
    /// Whether the account can sign in with a password (false for Google-only accounts).
    pub has_password: bool,
    /// Id of the current plan (`free`, `basic`, `pro`, `premium`).
    pub plan: String,
    /// When the account was created (RFC 3339).
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub created_at: OffsetDateTime,
}

/// `PATCH /me`: change the name and/or the e-mail (a new e-mail must be verified again).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdateMeRequest {
    /// New display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// New sign-in e-mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// `POST /me/password`: change the password; every other session is signed out.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangePasswordRequest {
    /// The current password.
    pub old_password: String,
    /// The new password.
    pub new_password: String,
}
