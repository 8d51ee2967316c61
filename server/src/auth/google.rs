//! Google ID tokens (OpenID Connect): signature against Google's published keys, then `iss`,
//! `aud`, `exp`, `nonce` and `email_verified`.
//!
//! The key set (JWKS) is fetched lazily and cached for an hour; a token naming an unknown `kid`
//! triggers one refetch (Google rotates keys), at most every `GOOGLE_JWKS_MIN_REFETCH_SECS` (30 s) so that forged `kid`s
//! cannot make us hammer the endpoint. Only RS256 is accepted: `alg: none` and HS256 tokens
//! "signed" with the public key fail before any key is used. The issuer and the JWKS URL are
//! settings, so tests point them at a local provider. Spec: OpenID Connect Core 1.0 §3.1.3.7.

use std::time::{Duration, Instant};

use jsonwebtoken::{Algorithm, DecodingKey, Validation, jwk::JwkSet};
use serde::Deserialize;
use tokio::sync::RwLock;

use crate::{Error, Result, config::Config};

/// How long a fetched key set is trusted.
const JWKS_TTL: Duration = Duration::from_secs(3600);

/// The verified facts of a Google ID token.
#[derive(Debug, Clone)]
pub struct GoogleIdentity {
    /// Google's stable account id.
    pub sub: String,
    /// The verified e-mail address, lower-cased.
    pub email: String,
    /// The name on the Google account, if shared.
    pub name: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Claims {
    sub: String,
    email: Option<String>,
    #[serde(default)]
    email_verified: EmailVerified,
    nonce: Option<String>,
    name: Option<String>,
}

/// Google sends `email_verified` as a boolean, some libraries as the string `"true"`.
#[derive(Debug, Default, Deserialize)]
#[serde(untagged)]
enum EmailVerified {
    Bool(bool),
    Text(String),
    #[default]
    Missing,
}

impl EmailVerified {
    fn is_true(&self) -> bool {
        matches!(self, Self::Bool(true)) || matches!(self, Self::Text(t) if t == "true")
    }
}

struct Cache {
    keys: JwkSet,
    fetched_at: Instant,
}

/// Verifies Google ID tokens for the configured client ids.
pub struct GoogleVerifier {
    http: reqwest::Client,
    jwks_url: String,
    refetch_interval: Duration,
    validation: Validation,
    cache: RwLock<Option<Cache>>,
}

fn invalid(reason: impl Into<String>) -> Error {
    Error::InvalidGoogleToken(reason.into())
}

impl GoogleVerifier {
    /// A verifier for `config`'s client ids, issuers and JWKS URL.
    pub fn new(config: &Config) -> Result<Self> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(Error::internal)?;
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_audience(&config.google_client_ids);
        validation.set_issuer(&config.google_issuer);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = 30;
        Ok(Self {
            http,
            jwks_url: config.google_jwks_url.clone(),
            refetch_interval: Duration::from_secs(config.google_jwks_min_refetch_secs),
            validation,
            cache: RwLock::new(None),
        })
    }

    /// The identity in `id_token`, if it verifies and carries `nonce` and a verified e-mail.
    pub async fn verify(&self, id_token: &str, nonce: &str) -> Result<GoogleIdentity> {
        if self
            .validation
            .aud
            .as_ref()
            .is_none_or(|aud| aud.is_empty())
        {
            return Err(invalid("GOOGLE_CLIENT_IDS is not set"));
        }
        let header =
            jsonwebtoken::decode_header(id_token).map_err(|e| invalid(format!("header: {e}")))?;
        if header.alg != Algorithm::RS256 {
            return Err(invalid(format!(
                "algorithm {:?} is not accepted",
                header.alg
            )));
        }
        let kid = header.kid.ok_or_else(|| invalid("no kid"))?;
        let key = self.key(&kid).await?;
        let claims = jsonwebtoken::decode::<Claims>(id_token, &key, &self.validation)
            .map_err(|e| invalid(format!("claims: {e}")))?
            .claims;
        if claims.nonce.as_deref() != Some(nonce) || nonce.is_empty() {
            return Err(invalid("nonce mismatch"));
        }
        if !claims.email_verified.is_true() {
            return Err(invalid("e-mail not verified"));
        }
        let email = claims
            .email
            .ok_or_else(|| invalid("no e-mail"))?
            .trim()
            .to_lowercase();
        Ok(GoogleIdentity {
            sub: claims.sub,
            email,
            name: claims.name,
        })
    }

    /// The key `kid`, from the cache or a fresh fetch.
    async fn key(&self, kid: &str) -> Result<DecodingKey> {
        {
            let cache = self.cache.read().await;
            if let Some(cache) = cache.as_ref() {
                let fresh = cache.fetched_at.elapsed() < JWKS_TTL;
                if let (true, Some(jwk)) = (fresh, cache.keys.find(kid)) {
                    return DecodingKey::from_jwk(jwk).map_err(|e| invalid(format!("jwk: {e}")));
                }
                if fresh && cache.fetched_at.elapsed() < self.refetch_interval {
                    return Err(invalid(format!("unknown kid {kid}")));
                }
            }
        }
        let mut cache = self.cache.write().await;
        // Another request may have refetched while we waited for the lock.
        let recent = cache
            .as_ref()
            .is_some_and(|c| c.fetched_at.elapsed() < self.refetch_interval);
        if !recent {
            let keys = self.fetch().await?;
            *cache = Some(Cache {
                keys,
                fetched_at: Instant::now(),
            });
        }
        let jwk = cache
            .as_ref()
            .and_then(|c| c.keys.find(kid))
            .ok_or_else(|| invalid(format!("unknown kid {kid}")))?;
        DecodingKey::from_jwk(jwk).map_err(|e| invalid(format!("jwk: {e}")))
    }

    async fn fetch(&self) -> Result<JwkSet> {
        tracing::info!(url = %self.jwks_url, "fetching Google signing keys");
        let response = self
            .http
            .get(&self.jwks_url)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| Error::Upstream(format!("JWKS fetch: {e}")))?;
        response
            .json::<JwkSet>()
            .await
            .map_err(|e| Error::Upstream(format!("JWKS parse: {e}")))
    }
}
