//! The server's settings: one struct, parsed by clap from flags and the environment.
//!
//! Every setting is documented in the repository's `.env.sample`. Secrets never print: `Debug`
//! is written by hand and redacts them, so logging the config at start-up is safe.

use std::{fmt, net::SocketAddr};

/// Settings for `serve` (and the database URL for every command).
#[derive(Clone, clap::Args)]
pub struct Config {
    /// PostgreSQL connection string.
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: String,

    /// Largest number of pooled database connections.
    #[arg(long, env = "DATABASE_MAX_CONNECTIONS", default_value_t = 8)]
    pub database_max_connections: u32,

    /// Connections kept outside the pool for `GET /me`, in addition to the pool's.
    #[arg(long, env = "DATABASE_READER_CONNECTIONS", default_value_t = 4)]
    pub database_reader_connections: usize,

    /// Address and port to listen on.
    #[arg(long, env = "BIND_ADDR", default_value = "127.0.0.1:8080")]
    pub bind_addr: SocketAddr,

    /// Secret that signs access tokens (HS256); at least 32 bytes.
    #[arg(long, env = "JWT_SECRET", default_value = "")]
    pub jwt_secret: String,

    /// Earlier secrets, comma-separated, still accepted when verifying (key rotation).
    #[arg(long, env = "JWT_PREVIOUS_SECRETS", value_delimiter = ',')]
    pub jwt_previous_secrets: Vec<String>,

    /// OAuth client ids whose Google ID tokens are accepted (`aud`), comma-separated.
    #[arg(long, env = "GOOGLE_CLIENT_IDS", value_delimiter = ',')]
    pub google_client_ids: Vec<String>,

    /// Accepted `iss` values of Google ID tokens, comma-separated.
    #[arg(
        long,
        env = "GOOGLE_ISSUER",
        value_delimiter = ',',
        default_value = "https://accounts.google.com,accounts.google.com"
    )]
    pub google_issuer: Vec<String>,

    /// Where Google's signing keys are published.
    #[arg(
        long,
        env = "GOOGLE_JWKS_URL",
        default_value = "https://www.googleapis.com/oauth2/v3/certs"
    )]
    pub google_jwks_url: String,

    /// Shortest time in seconds between two JWKS fetches caused by unknown key ids.
    #[arg(long, env = "GOOGLE_JWKS_MIN_REFETCH_SECS", default_value_t = 30)]
    pub google_jwks_min_refetch_secs: u64,

    /// Base URL of the app's pages that e-mailed links point to.
    #[arg(long, env = "APP_BASE_URL", default_value = "http://localhost:1420")]
    pub app_base_url: String,

    /// Argon2 hashes computed at once (each takes 19 MiB); 0 means one per CPU.
    #[arg(long, env = "ARGON2_MAX_CONCURRENT", default_value_t = 0)]
    pub argon2_max_concurrent: usize,

    /// Sign-in, sign-up and reset attempts allowed per client IP per minute.
    #[arg(long, env = "AUTH_RATE_PER_IP", default_value_t = 30)]
    pub auth_rate_per_ip: u32,

    /// Sign-in and reset attempts allowed per e-mail address per minute.
    #[arg(long, env = "AUTH_RATE_PER_ACCOUNT", default_value_t = 5)]
    pub auth_rate_per_account: u32,

    /// Seconds a request may take before it is answered 408.
    #[arg(long, env = "REQUEST_TIMEOUT_SECS", default_value_t = 30)]
    pub request_timeout_secs: u64,

    /// Largest request body accepted, in bytes.
    #[arg(long, env = "MAX_BODY_BYTES", default_value_t = 65_536)]
    pub max_body_bytes: usize,

    /// Origins allowed by CORS, comma-separated; none (the default) closes CORS.
    #[arg(long, env = "CORS_ALLOWED_ORIGINS", value_delimiter = ',')]
    pub cors_allowed_origins: Vec<String>,

    /// Trust the left-most `X-Forwarded-For` address as the client IP (behind a proxy only).
    #[arg(long, env = "TRUST_FORWARDED_FOR", default_value_t = false)]
    pub trust_forwarded_for: bool,

    /// SMTP server that sends the outbox, e.g. `smtps://user:pass@mail.example.com` or
    /// `smtp://host:587?tls=required`; unset, mail stays in `email_outbox`.
    #[arg(long, env = "SMTP_URL")]
    pub smtp_url: Option<String>,

    /// Sender of e-mails, e.g. `CV Improver <no-reply@example.com>`.
    #[arg(
        long,
        env = "MAIL_FROM",
        default_value = "CV Improver <no-reply@cvimprover.example>"
    )]
    pub mail_from: String,

    /// Seconds between two looks at the outbox for mail that is due.
    #[arg(long, env = "MAIL_POLL_SECS", default_value_t = 5)]
    pub mail_poll_secs: u64,
}

impl Config {
    /// Settings for tests and benchmarks: a fixed 32-byte secret, Google at `jwks_url`.
    pub fn for_tests(database_url: &str) -> Self {
        Self {
            database_url: database_url.to_owned(),
            database_max_connections: 8,
            database_reader_connections: 2,
            bind_addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            jwt_secret: "test-secret-test-secret-test-secret!".to_owned(),
            jwt_previous_secrets: Vec::new(),
            google_client_ids: vec!["test-client.apps.example".to_owned()],
            google_issuer: vec!["https://accounts.google.com".to_owned()],
            google_jwks_url: "http://127.0.0.1:9/certs".to_owned(),
            google_jwks_min_refetch_secs: 30,
            app_base_url: "http://localhost:1420".to_owned(),
            argon2_max_concurrent: 2,
            auth_rate_per_ip: 1000,
            auth_rate_per_account: 5,
            request_timeout_secs: 30,
            max_body_bytes: 65_536,
            cors_allowed_origins: Vec::new(),
            trust_forwarded_for: false,
            smtp_url: None,
            mail_from: "CV Improver <no-reply@cvimprover.example>".to_owned(),
            mail_poll_secs: 5,
        }
    }
}

/// Hides the password of a `postgres://user:password@host/db` URL.
pub(crate) fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{}{user}:[redacted]{}", &url[..scheme + 3], &url[at..])
        }
        _ => url.to_owned(),
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("database_url", &redact_url(&self.database_url))
            .field("database_max_connections", &self.database_max_connections)
            .field(
                "database_reader_connections",
                &self.database_reader_connections,
            )
            .field("bind_addr", &self.bind_addr)
            .field("jwt_secret", &"[redacted]")
            .field("jwt_previous_secrets", &self.jwt_previous_secrets.len())
            .field("google_client_ids", &self.google_client_ids)
            .field("google_issuer", &self.google_issuer)
            .field("google_jwks_url", &self.google_jwks_url)
            .field(
                "google_jwks_min_refetch_secs",
                &self.google_jwks_min_refetch_secs,
            )
            .field("app_base_url", &self.app_base_url)
            .field("argon2_max_concurrent", &self.argon2_max_concurrent)
            .field("auth_rate_per_ip", &self.auth_rate_per_ip)
            .field("auth_rate_per_account", &self.auth_rate_per_account)
            .field("request_timeout_secs", &self.request_timeout_secs)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("cors_allowed_origins", &self.cors_allowed_origins)
            .field("trust_forwarded_for", &self.trust_forwarded_for)
            .field("smtp_url", &self.smtp_url.as_deref().map(redact_url))
            .field("mail_from", &self.mail_from)
            .field("mail_poll_secs", &self.mail_poll_secs)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_secrets() {
        let mut config = Config::for_tests("postgres://app:hunter2-db@localhost:5432/cv");
        config.jwt_previous_secrets = vec!["old-secret-value".to_owned()];
        config.smtp_url = Some("smtps://mailer:smtp-pass-9@mail.example.com:465".to_owned());
        let printed = format!("{config:?}");
        for secret in [
            "hunter2-db",
            "test-secret-test-secret",
            "old-secret-value",
            "smtp-pass-9",
        ] {
            assert!(!printed.contains(secret), "{secret} leaked in {printed}");
        }
        assert!(printed.contains("postgres://app:[redacted]@localhost:5432/cv"));
        assert!(printed.contains("smtps://mailer:[redacted]@mail.example.com:465"));
    }

    #[test]
    fn urls_without_password_stay_readable() {
        assert_eq!(
            redact_url("postgres:///cv?host=/tmp"),
            "postgres:///cv?host=/tmp"
        );
    }
}
