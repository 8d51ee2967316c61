//! One-time tokens sent by e-mail (password reset, e-mail verification) and the outbox that
//! carries them.
//!
//! Tokens are random, stored hashed, expire, and are consumed by one conditional `UPDATE`, so a
//! token works once even under concurrent use. Mail is written to `email_outbox` in the same
//! transaction as the token; [`crate::mail`] sends it by SMTP when `SMTP_URL` is set, else it
//! stays there for `make server` and the tests to read.

use sqlx::{Postgres, Transaction};
use uuid::Uuid;

use super::refresh::{random_token, token_hash};
use crate::{Error, Result};

/// What a one-time token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// `POST /auth/password/reset`; valid for an hour.
    PasswordReset,
    /// `POST /auth/email/verify`; valid for two days.
    EmailVerify,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Self::PasswordReset => "password_reset",
            Self::EmailVerify => "email_verify",
        }
    }

    fn minutes_valid(self) -> i32 {
        match self {
            Self::PasswordReset => 60,
            Self::EmailVerify => 48 * 60,
        }
    }
}

/// Creates a token for `user` and queues the e-mail carrying it to `to`.
pub async fn send(
    tx: &mut Transaction<'_, Postgres>,
    user: Uuid,
    to: &str,
    purpose: Purpose,
    app_base_url: &str,
) -> Result<()> {
    let token = random_token()?;
    sqlx::query(
        "insert into one_time_tokens (token_hash, user_id, purpose, expires_at)
         values ($1, $2, $3, now() + make_interval(mins => $4))",
    )
    .bind(token_hash(&token))
    .bind(user)
    .bind(purpose.as_str())
    .bind(purpose.minutes_valid())
    .execute(&mut **tx)
    .await?;
    let (subject, body) = match purpose {
        Purpose::PasswordReset => (
            "Reset your CV Improver password",
            format!(
                "Someone asked to reset the password of this account. If it was you, open\n\n\
                 {app_base_url}/reset-password?token={token}\n\nwithin an hour. If not, ignore this e-mail."
            ),
        ),
        Purpose::EmailVerify => (
            "Confirm your e-mail for CV Improver",
            format!(
                "Confirm this address by opening\n\n{app_base_url}/verify-email?token={token}\n"
            ),
        ),
    };
    sqlx::query(
        "insert into email_outbox (user_id, to_address, kind, subject, body) values ($1, $2, $3, $4, $5)",
    )
    .bind(user)
    .bind(to)
    .bind(purpose.as_str())
    .bind(subject)
    .bind(body)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Uses up `token` and returns its account, or [`Error::InvalidOneTimeToken`].
pub async fn consume(
    tx: &mut Transaction<'_, Postgres>,
    token: &str,
    purpose: Purpose,
) -> Result<Uuid> {
    let user: Option<Uuid> = sqlx::query_scalar(
        "update one_time_tokens set used_at = now()
         where token_hash = $1 and purpose = $2 and used_at is null and expires_at > now()
         returning user_id",
    )
    .bind(token_hash(token))
    .bind(purpose.as_str())
    .fetch_optional(&mut **tx)
    .await?;
    user.ok_or(Error::InvalidOneTimeToken)
}
