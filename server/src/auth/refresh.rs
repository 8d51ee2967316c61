//! Refresh tokens: random, stored as SHA-256, single use, rotated in families.
//!
//! Each sign-in starts a family. A refresh marks the presented token used and issues its
//! successor in the same family, in one conditional `UPDATE`, so two concurrent refreshes with
//! the same token cannot both win. A token presented after it was used (or revoked) means it was
//! copied: the whole family is revoked and the caller gets 401 (RFC 6819 §5.2.2.3).

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use sha2::{Digest, Sha256};
use sqlx::{PgExecutor, PgPool};
use uuid::Uuid;

use crate::{Error, Result};

/// How long a refresh token lives.
pub const REFRESH_TOKEN_DAYS: i64 = 30;

/// 256 random bits, URL-safe base64.
pub fn random_token() -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(Error::internal)?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

/// What is stored instead of a token.
pub fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// Stores a new token for `user` in `family` and returns it.
pub async fn issue(db: impl PgExecutor<'_>, user: Uuid, family: Uuid) -> Result<String> {
    let token = random_token()?;
    sqlx::query(
        "insert into refresh_tokens (token_hash, user_id, family_id, expires_at)
         values ($1, $2, $3, now() + make_interval(days => $4))",
    )
    .bind(token_hash(&token))
    .bind(user)
    .bind(family)
    .bind(REFRESH_TOKEN_DAYS as i32)
    .execute(db)
    .await?;
    Ok(token)
}

/// Uses `token` up and returns its account and family, or fails; a reused token revokes its
/// family first.
pub async fn consume(db: &PgPool, token: &str) -> Result<(Uuid, Uuid)> {
    let hash = token_hash(token);
    let row: Option<(Uuid, Uuid)> = sqlx::query_as(
        "update refresh_tokens set used_at = now()
         where token_hash = $1 and used_at is null and revoked_at is null and expires_at > now()
         returning user_id, family_id",
    )
    .bind(&hash)
    .fetch_optional(db)
    .await?;
    if let Some(found) = row {
        return Ok(found);
    }
    // Not usable: find out whether it is a replay of a token we issued.
    let replayed: Option<(Uuid, bool)> = sqlx::query_as(
        "select family_id, (used_at is not null or revoked_at is not null) from refresh_tokens
         where token_hash = $1",
    )
    .bind(&hash)
    .fetch_optional(db)
    .await?;
    match replayed {
        Some((family, true)) => {
            revoke_family(db, family).await?;
            tracing::warn!(%family, "refresh token reused: family revoked");
            Err(Error::RefreshTokenReused)
        }
        _ => Err(Error::InvalidRefreshToken),
    }
}

/// Ends every session of a family.
pub async fn revoke_family(db: impl PgExecutor<'_>, family: Uuid) -> Result<()> {
    sqlx::query(
        "update refresh_tokens set revoked_at = now() where family_id = $1 and revoked_at is null",
    )
    .bind(family)
    .execute(db)
    .await?;
    Ok(())
}

/// Ends every session of an account (password changed or reset).
pub async fn revoke_user(db: impl PgExecutor<'_>, user: Uuid) -> Result<()> {
    sqlx::query(
        "update refresh_tokens set revoked_at = now() where user_id = $1 and revoked_at is null",
    )
    .bind(user)
    .execute(db)
    .await?;
    Ok(())
}

/// Ends the session `token` belongs to (logout); unknown tokens are ignored.
pub async fn revoke_token_family(db: &PgPool, token: &str) -> Result<()> {
    sqlx::query(
        "update refresh_tokens set revoked_at = now()
         where revoked_at is null
           and family_id = (select family_id from refresh_tokens where token_hash = $1)",
    )
    .bind(token_hash(token))
    .execute(db)
    .await?;
    Ok(())
}
