//! CV Improver's wire types: the JSON the companion server speaks and the desktop app sends.
//!
//! Plain serde structs, nothing else: no HTTP client, no database, no validation logic (the
//! server validates; the app only builds and reads these). With the `openapi` feature every type
//! also derives `utoipa::ToSchema`, which the server uses to generate its OpenAPI document.

pub mod account;
pub mod auth;
pub mod error;
pub mod plans;

pub use account::{ChangePasswordRequest, UpdateMeRequest, User};
pub use auth::{
    AuthResponse, ForgotPasswordRequest, GoogleLoginRequest, LoginRequest, LogoutRequest,
    RefreshRequest, RegisterRequest, ResetPasswordRequest, VerifyEmailRequest,
};
pub use error::{ErrorBody, ErrorDetail};
pub use plans::{
    LimitKind, LimitUsage, Plan, PlanLimits, PlansResponse, UpgradeSuggestion, UsageResponse,
    UsageStatus,
};

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn errors_and_statuses_have_the_documented_wire_form() {
        let error = ErrorBody {
            error: ErrorDetail {
                code: "rate_limited".into(),
                message: "slow down".into(),
                upgrade: None,
            },
        };
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            json!({"error": {"code": "rate_limited", "message": "slow down"}})
        );
        assert_eq!(
            serde_json::to_value(UsageStatus::NearLimit).unwrap(),
            json!("near_limit")
        );
        assert_eq!(
            serde_json::to_value(LimitKind::AiRequests).unwrap(),
            json!("ai_requests")
        );
        let update: UpdateMeRequest = serde_json::from_value(json!({"name": "Jane"})).unwrap();
        assert_eq!((update.name.as_deref(), update.email), (Some("Jane"), None));
    }
}
