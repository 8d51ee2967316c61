//! `GET /plans`: what can be bought, with the caller's plan marked.

use axum::{Json, Router, extract::State, routing::get};
use cv_protocol::{Plan, PlansResponse};

use crate::{AppState, Result, auth::MaybeAuthUser, plans};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/plans", get(list))
}

/// Every plan in display order; `is_current` marks the signed-in account's plan.
#[utoipa::path(get, path = "/api/v1/plans", tag = "plans", security((), ("bearer" = [])), responses(
    (status = 200, description = "The plans", body = PlansResponse),
    (status = 401, description = "An Authorization header with an invalid token", body = cv_protocol::ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    user: MaybeAuthUser,
) -> Result<Json<PlansResponse>> {
    let current = match user {
        Some(user) => Some(plans::plan_of(&state.db, user.id).await?.id),
        None => None,
    };
    let plans = plans::list(&state.db)
        .await?
        .into_iter()
        .map(|p| Plan {
            is_current: current.as_deref() == Some(p.id.as_str()),
            limits: p.limits(),
            id: p.id,
            name: p.name,
            price_monthly_cents: p.price_monthly_cents,
            currency: p.currency,
        })
        .collect();
    Ok(Json(PlansResponse { plans }))
}
