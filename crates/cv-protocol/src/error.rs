//! The one error shape every endpoint answers with: `{"error": {"code", "message"}}`.

use serde::{Deserialize, Serialize};

use crate::UpgradeSuggestion;

/// Body of every error response.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    /// What went wrong.
    pub error: ErrorDetail,
}

/// A stable machine-readable code and a message for people.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorDetail {
    /// Stable code, e.g. `invalid_credentials`, `rate_limited`, `quota_exceeded`.
    pub code: String,
    /// Human-readable explanation (English).
    pub message: String,
    /// With `quota_exceeded`: the plan that would lift the limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upgrade: Option<UpgradeSuggestion>,
}
