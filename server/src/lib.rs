//! CV Improver's companion server: accounts, password and Google sign-in, plans and quotas.
//!
//! Reading order: [`config`] (settings), [`error`] (the one error type and its HTTP form),
//! [`app`](mod@app) (the router and its middleware), `routes/` (one module per feature), [`auth`]
//! (passwords, tokens, Google), [`quota`] and [`plans`] (limits), [`mail`] (the outbox's SMTP
//! sender), [`openapi`] (the generated document). `main.rs` only parses the command line and
//! calls [`serve`], [`migrate`] or [`plans::sync`].
//!
//! This crate never compiles Typst or anything of the desktop app; it shares only the wire
//! types of `cv-protocol`.

pub mod app;
pub mod auth;
pub mod config;
pub mod error;
pub mod mail;
pub mod metrics;
pub mod openapi;
pub mod plans;
pub mod quota;
pub mod readers;
pub mod routes;
pub mod throttle;
pub mod users;

use std::{sync::Arc, time::Duration};

use sqlx::{PgPool, postgres::PgPoolOptions};

pub use app::app;
pub use config::Config;
pub use error::{Error, Result};

/// The migrations in the repository's `migrations/` folder, embedded in the binary.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../migrations");

/// Throttles of the sign-in, sign-up and reset endpoints.
pub struct Throttles {
    /// Attempts per client IP per minute.
    pub per_ip: throttle::Throttle,
    /// Attempts per e-mail address per minute.
    pub per_account: throttle::Throttle,
}

/// What every handler can reach; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    /// The connection pool.
    pub db: PgPool,
    /// Connections kept for `GET /me`, outside the pool.
    pub readers: Arc<readers::Readers>,
    /// The settings.
    pub config: Arc<Config>,
    /// Access-token keys.
    pub tokens: Arc<auth::jwt::TokenKeys>,
    /// Password hashing, bounded.
    pub passwords: auth::password::Passwords,
    /// Google ID-token verification.
    pub google: Arc<auth::google::GoogleVerifier>,
    /// Attempt throttles.
    pub throttles: Arc<Throttles>,
    /// Request metrics.
    pub metrics: Arc<metrics::Metrics>,
    /// Woken when a request has queued mail, so the SMTP sender need not wait for its next poll.
    pub mail_queued: Arc<tokio::sync::Notify>,
}

impl AppState {
    /// State for `config` over an open pool; fails on an unusable JWT secret.
    pub fn new(config: Config, db: PgPool) -> Result<Self> {
        let minute = Duration::from_secs(60);
        Ok(Self {
            tokens: Arc::new(auth::jwt::TokenKeys::new(
                &config.jwt_secret,
                &config.jwt_previous_secrets,
            )?),
            passwords: auth::password::Passwords::new(config.argon2_max_concurrent)?,
            google: Arc::new(auth::google::GoogleVerifier::new(&config)?),
            throttles: Arc::new(Throttles {
                per_ip: throttle::Throttle::new("ip", config.auth_rate_per_ip, minute),
                per_account: throttle::Throttle::new(
                    "account",
                    config.auth_rate_per_account,
                    minute,
                ),
            }),
            metrics: Arc::default(),
            mail_queued: Arc::default(),
            readers: Arc::new(readers::Readers::new(
                db.clone(),
                config.database_reader_connections,
            )),
            config: Arc::new(config),
            db,
        })
    }
}

/// The pool settings of `config`, for [`connect`] and for tests that connect elsewhere.
pub fn pool_options(config: &Config) -> PgPoolOptions {
    PgPoolOptions::new()
        .max_connections(config.database_max_connections)
        .acquire_timeout(Duration::from_secs(5))
        // sqlx pings every connection before handing it out by default: a second round trip
        // per query that cost `/me` a fifth of its throughput (it still pings on release). A
        // connection that died since then fails its query instead: the client gets a 503 to
        // retry (see `Error::Unavailable`) and the pool drops the connection.
        .test_before_acquire(false)
}

/// Opens a pool to `config.database_url`.
pub async fn connect(config: &Config) -> Result<PgPool> {
    Ok(pool_options(config).connect(&config.database_url).await?)
}

/// Applies pending migrations.
pub async fn migrate(db: &PgPool) -> Result<()> {
    MIGRATOR
        .run(db)
        .await
        .map_err(|e| Error::Database(e.into()))
}

/// Serves the API on `config.bind_addr` until Ctrl-C or SIGTERM.
pub async fn serve(config: Config, db: PgPool) -> Result<()> {
    let bind = config.bind_addr;
    let state = AppState::new(config, db)?;
    match mail::SmtpMailer::from_config(&state.config)? {
        Some(mailer) => {
            tracing::info!(?mailer, "sending the outbox by SMTP");
            mail::spawn_sender(
                state.db.clone(),
                mailer,
                Duration::from_secs(state.config.mail_poll_secs.max(1)),
                state.mail_queued.clone(),
            );
        }
        None => tracing::info!("SMTP_URL unset: mail stays in email_outbox"),
    }
    throttle::spawn_sweeper(state.db.clone());
    state.readers.open_all().await;
    let listener = tokio::net::TcpListener::bind(bind)
        .await
        .map_err(Error::internal)?;
    tracing::info!(addr = %listener.local_addr().map_err(Error::internal)?, "listening");
    let service = app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, service)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(Error::internal)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
