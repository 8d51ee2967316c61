//! Extractors: who is calling ([`AuthUser`], [`MaybeAuthUser`]), from where ([`ClientIp`]),
//! and JSON bodies whose rejections use our error shape ([`AppJson`]).
//!
//! Handlers never parse headers themselves.

use std::net::{IpAddr, SocketAddr};

use axum::{
    extract::{ConnectInfo, FromRef, FromRequest, FromRequestParts, OptionalFromRequestParts},
    http::{header, request::Parts},
    response::{IntoResponse, Response},
};
use uuid::Uuid;

use crate::{AppState, Error, Result, config::Config};

/// A JSON body; a malformed one is answered with our `bad_request` error.
#[derive(FromRequest)]
#[from_request(via(axum::Json), rejection(Error))]
pub struct AppJson<T>(pub T);

impl<T: serde::Serialize> IntoResponse for AppJson<T> {
    fn into_response(self) -> Response {
        axum::Json(self.0).into_response()
    }
}

/// The account of a valid `Authorization: Bearer` access token; 401 otherwise.
#[derive(Debug, Clone, Copy)]
pub struct AuthUser {
    /// The account id.
    pub id: Uuid,
}

fn bearer(parts: &Parts) -> Option<&str> {
    let value = parts.headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then_some(token.trim())
}

impl<S: Send + Sync> FromRequestParts<S> for AuthUser
where
    AppState: FromRef<S>,
{
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self> {
        let state = AppState::from_ref(state);
        let token = bearer(parts).ok_or(Error::Unauthorized)?;
        Ok(Self {
            id: state.tokens.verify(token)?,
        })
    }
}

impl<S: Send + Sync> OptionalFromRequestParts<S> for AuthUser
where
    AppState: FromRef<S>,
{
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Option<Self>> {
        if parts.headers.contains_key(header::AUTHORIZATION) {
            <Self as FromRequestParts<S>>::from_request_parts(parts, state)
                .await
                .map(Some)
        } else {
            Ok(None)
        }
    }
}

/// The caller's account when signed in; a present but invalid token is still a 401.
pub type MaybeAuthUser = Option<AuthUser>;

/// The client's IP address, for throttling: the peer address, or the left-most
/// `X-Forwarded-For` entry when `TRUST_FORWARDED_FOR` is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClientIp(pub IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp
where
    AppState: FromRef<S>,
{
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self> {
        let config: &Config = &AppState::from_ref(state).config;
        if config.trust_forwarded_for {
            let forwarded = parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split(',').next())
                .and_then(|v| v.trim().parse().ok());
            if let Some(ip) = forwarded {
                return Ok(Self(ip));
            }
        }
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        // Without a peer address (in-process tests) every caller shares one bucket.
        Ok(Self(peer.unwrap_or(IpAddr::from([0, 0, 0, 0]))))
    }
}
