//! Plans, their limits and the account's usage: `/api/v1/plans` and `/api/v1/me/usage`.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// `GET /plans`: every plan in display order.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlansResponse {
    /// Free, Basic, Pro, Premium.
    pub plans: Vec<Plan>,
}

/// One plan as offered.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Plan {
    /// Stable id: `free`, `basic`, `pro`, `premium`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Monthly price in the currency's minor unit (cents); 0 for Free.
    pub price_monthly_cents: i32,
    /// ISO 4217 currency code, lower-case (`eur`).
    pub currency: String,
    /// The plan's limits.
    pub limits: PlanLimits,
    /// Whether this is the signed-in account's plan (always false when signed out).
    pub is_current: bool,
}

/// What a plan allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanLimits {
    /// AI requests per UTC day.
    pub ai_requests_per_day: i32,
    /// Documents kept in sync.
    pub documents_synced: i32,
    /// Costly requests (AI, sync writes) per hour.
    pub requests_per_hour: i32,
}

/// A limited resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LimitKind {
    /// AI requests per UTC day.
    AiRequests,
    /// Documents kept in sync (no reset).
    DocumentsSynced,
    /// Costly requests per hour.
    Requests,
}

/// `GET /me/usage`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UsageResponse {
    /// The account's plan id.
    pub plan: String,
    /// The worst state over all limits.
    pub status: UsageStatus,
    /// One entry per limit.
    pub limits: Vec<LimitUsage>,
    /// A plan that would lift the limits, when close to or at one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upgrade: Option<UpgradeSuggestion>,
}

/// How close the account is to its limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum UsageStatus {
    /// Under 80 % of every limit.
    Ok,
    /// 80 % or more of some limit used.
    NearLimit,
    /// Some limit reached.
    AtLimit,
}

/// Usage of one limit.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LimitUsage {
    /// Which limit.
    pub kind: LimitKind,
    /// The plan's allowance.
    pub limit: i32,
    /// Used in the current window.
    pub used: i32,
    /// `limit - used`, never negative.
    pub remaining: i32,
    /// When the window resets (RFC 3339); absent for limits that never reset.
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub reset_at: Option<OffsetDateTime>,
}

/// The cheapest plan with more room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpgradeSuggestion {
    /// Plan id to upgrade to.
    pub plan: String,
    /// A sentence for people, e.g. "Pro allows 100 AI requests a day."
    pub message: String,
}
