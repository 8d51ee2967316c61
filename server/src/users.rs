//! Accounts as stored, input checks for their fields, and starting a session for one.

use cv_protocol::{AuthResponse, User};
use sqlx::{FromRow, PgExecutor};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::{
    AppState, Error, Result,
    auth::{jwt::ACCESS_TOKEN_SECS, refresh},
};

/// A `users` row.
#[derive(Debug, Clone, FromRow)]
pub struct UserRow {
    /// Account id.
    pub id: Uuid,
    /// Lower-cased e-mail.
    pub email: String,
    /// Display name.
    pub name: String,
    /// argon2id PHC string, if the account has a password.
    pub password_hash: Option<String>,
    /// Whether the e-mail is confirmed.
    pub email_verified: bool,
    /// Current plan.
    pub plan_id: String,
    /// Creation time.
    pub created_at: OffsetDateTime,
}

impl UserRow {
    /// The wire form (no hash, no Google id).
    pub fn to_wire(&self) -> User {
        User {
            id: self.id,
            email: self.email.clone(),
            name: self.name.clone(),
            email_verified: self.email_verified,
            has_password: self.password_hash.is_some(),
            plan: self.plan_id.clone(),
            created_at: self.created_at,
        }
    }
}

/// Columns of [`UserRow`] for `select`/`returning`, as a literal for `concat!` (sqlx only takes
/// SQL it can see is not built from input).
#[macro_export]
macro_rules! user_columns {
    () => {
        "id, email, name, password_hash, email_verified, plan_id, created_at"
    };
}

/// The account with this (normalised) e-mail. Login passes what the caller typed, unvalidated,
/// so an address PostgreSQL cannot hold as text (one with NUL) is answered as unknown here.
pub async fn by_email(db: impl PgExecutor<'_>, email: &str) -> Result<Option<UserRow>> {
    if email.contains('\0') {
        return Ok(None);
    }
    Ok(sqlx::query_as(concat!(
        "select ",
        user_columns!(),
        " from users where email = $1"
    ))
    .bind(email)
    .fetch_optional(db)
    .await?)
}

/// The account with this id.
pub async fn by_id(db: impl PgExecutor<'_>, id: Uuid) -> Result<Option<UserRow>> {
    Ok(sqlx::query_as(concat!(
        "select ",
        user_columns!(),
        " from users where id = $1"
    ))
    .bind(id)
    .fetch_optional(db)
    .await?)
}

/// Maps a unique violation on `users.email` to [`Error::EmailTaken`].
pub fn email_conflict(error: sqlx::Error) -> Error {
    match &error {
        sqlx::Error::Database(db) if db.constraint() == Some("users_email_key") => {
            Error::EmailTaken
        }
        _ => error.into(),
    }
}

/// Trims and lower-cases an e-mail and checks its shape (one `@`, a dot in the domain, ≤ 254).
pub fn normalize_email(email: &str) -> Result<String> {
    let email = email.trim().to_lowercase();
    let valid = email.len() <= 254
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        })
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    if valid {
        Ok(email)
    } else {
        Err(Error::Validation("enter a valid e-mail address".to_owned()))
    }
}

/// Trims a display name and checks it is 1 to 100 printable characters.
pub fn normalize_name(name: &str) -> Result<String> {
    let name = name.trim();
    let chars = name.chars().count();
    if chars == 0 || chars > 100 || name.chars().any(char::is_control) {
        return Err(Error::Validation(
            "the name must have 1 to 100 characters".to_owned(),
        ));
    }
    Ok(name.to_owned())
}

/// Signs `user` in: a new refresh-token family and an access token.
pub async fn start_session(state: &AppState, user: &UserRow) -> Result<AuthResponse> {
    let refresh_token = refresh::issue(&state.db, user.id, Uuid::new_v4()).await?;
    Ok(AuthResponse {
        access_token: state.tokens.issue(user.id)?,
        refresh_token,
        expires_in: ACCESS_TOKEN_SECS,
        user: user.to_wire(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        for (input, expected) in [
            (" Jane.Doe@Example.COM ", Some("jane.doe@example.com")),
            ("a@b.co", Some("a@b.co")),
            ("no-at-sign", None),
            ("two@@example.com", None),
            ("x@nodot", None),
            ("@example.com", None),
            ("sp ace@example.com", None),
        ] {
            assert_eq!(normalize_email(input).ok().as_deref(), expected, "{input}");
        }
    }

    #[test]
    fn names() {
        assert_eq!(normalize_name("  Jane  ").unwrap(), "Jane");
        assert!(normalize_name("   ").is_err());
        assert!(normalize_name(&"x".repeat(101)).is_err());
    }
}
