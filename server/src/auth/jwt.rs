//! Access tokens: HS256 JWTs valid for 15 minutes, each naming its key in `kid`.
//!
//! Keys rotate without signing anyone out: the current `JWT_SECRET` signs, and the secrets in
//! `JWT_PREVIOUS_SECRETS` still verify until tokens signed with them have expired. A key's id is
//! derived from the secret (a SHA-256 prefix), so it reveals nothing and needs no extra setting.

use std::time::{SystemTime, UNIX_EPOCH};

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::{Error, Result};

/// How long an access token lives, in seconds.
pub const ACCESS_TOKEN_SECS: u64 = 15 * 60;
/// Shortest secret accepted.
const MIN_SECRET_BYTES: usize = 32;
/// `iss` of our tokens.
const ISSUER: &str = "cvimprover";

/// What an access token says.
#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    sub: Uuid,
    iss: String,
    iat: u64,
    exp: u64,
}

/// The signing key and every key still accepted.
pub struct TokenKeys {
    current_kid: String,
    encoding: EncodingKey,
    decoding: Vec<(String, DecodingKey)>,
    validation: Validation,
}

fn key_id(secret: &str) -> String {
    let digest = Sha256::digest(secret.as_bytes());
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

impl TokenKeys {
    /// Keys from the current secret and the previous ones; refuses secrets under 32 bytes.
    pub fn new(current: &str, previous: &[String]) -> Result<Self> {
        for secret in std::iter::once(current).chain(previous.iter().map(String::as_str)) {
            if secret.len() < MIN_SECRET_BYTES {
                return Err(Error::Validation(format!(
                    "JWT_SECRET (and every JWT_PREVIOUS_SECRETS entry) needs at least {MIN_SECRET_BYTES} bytes"
                )));
            }
        }
        let decoding = std::iter::once(current)
            .chain(previous.iter().map(String::as_str))
            .map(|secret| (key_id(secret), DecodingKey::from_secret(secret.as_bytes())))
            .collect();
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_required_spec_claims(&["exp", "sub", "iss"]);
        validation.leeway = 5;
        Ok(Self {
            current_kid: key_id(current),
            encoding: EncodingKey::from_secret(current.as_bytes()),
            decoding,
            validation,
        })
    }

    /// A fresh access token for `user`.
    pub fn issue(&self, user: Uuid) -> Result<String> {
        let mut header = Header::new(Algorithm::HS256);
        header.kid = Some(self.current_kid.clone());
        let iat = now_secs();
        let claims = Claims {
            sub: user,
            iss: ISSUER.to_owned(),
            iat,
            exp: iat + ACCESS_TOKEN_SECS,
        };
        jsonwebtoken::encode(&header, &claims, &self.encoding).map_err(Error::internal)
    }

    /// The account an access token was issued to, if it is valid, unexpired and signed by a
    /// known key.
    pub fn verify(&self, token: &str) -> Result<Uuid> {
        let header = jsonwebtoken::decode_header(token).map_err(|_| Error::Unauthorized)?;
        let kid = header.kid.ok_or(Error::Unauthorized)?;
        let (_, key) = self
            .decoding
            .iter()
            .find(|(id, _)| *id == kid)
            .ok_or(Error::Unauthorized)?;
        jsonwebtoken::decode::<Claims>(token, key, &self.validation)
            .map(|data| data.claims.sub)
            .map_err(|_| Error::Unauthorized)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD: &str = "old-secret-old-secret-old-secret-1";
    const NEW: &str = "new-secret-new-secret-new-secret-2";

    #[test]
    fn tokens_survive_a_key_rotation_and_not_a_removal() {
        let user = Uuid::new_v4();
        let old_token = TokenKeys::new(OLD, &[]).unwrap().issue(user).unwrap();
        let rotated = TokenKeys::new(NEW, &[OLD.to_owned()]).unwrap();
        assert_eq!(rotated.verify(&old_token).unwrap(), user);
        assert_eq!(rotated.verify(&rotated.issue(user).unwrap()).unwrap(), user);
        let dropped = TokenKeys::new(NEW, &[]).unwrap();
        assert!(dropped.verify(&old_token).is_err());
    }

    #[test]
    fn short_secrets_and_tampered_tokens_are_refused() {
        assert!(TokenKeys::new("short", &[]).is_err());
        let keys = TokenKeys::new(NEW, &[]).unwrap();
        let token = keys.issue(Uuid::new_v4()).unwrap();
        let mut tampered = token.clone();
        tampered.pop();
        tampered.push(if token.ends_with('A') { 'B' } else { 'A' });
        assert!(keys.verify(&tampered).is_err());
        assert!(keys.verify("not.a.token").is_err());
    }
}
