//! The HTTP API, one module per feature; each exposes `router()`.
//!
//! Everything is under `/api/v1` except the operational endpoints (`/healthz`, `/readyz`,
//! `/metrics`). Handlers are short: they validate, run their SQL and answer; shared pieces
//! live in `auth/`, `quota.rs`, `plans.rs` and `users.rs`.

pub mod account;
pub mod auth;
pub mod health;
pub mod password;
pub mod plans;

use axum::Router;

use crate::AppState;

/// Every route of the server.
pub fn router() -> Router<AppState> {
    let api = Router::new()
        .merge(auth::router())
        .merge(password::router())
        .merge(account::router())
        .merge(plans::router())
        .route("/openapi.json", axum::routing::get(crate::openapi::serve));
    Router::new()
        .merge(health::router())
        .nest("/api/v1", api)
        .fallback(|| async { crate::Error::NotFound })
}
