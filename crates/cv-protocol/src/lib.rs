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
