//! Authentication: password hashing, access and refresh tokens, Google ID tokens, one-time
//! e-mail tokens, and the extractors handlers use to learn who is calling.
//!
//! The HTTP handlers live in `routes/`; this module holds what they share.

pub mod extract;
pub mod google;
pub mod jwt;
pub mod one_time;
pub mod password;
pub mod refresh;

pub use extract::{AppJson, AuthUser, ClientIp, MaybeAuthUser};
