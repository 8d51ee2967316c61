//! Helpers shared by the server's integration tests: the real router over the test's database,
//! one-call requests, and sign-up shortcuts.

#![allow(dead_code, missing_docs)]

use axum::{
    Router,
    body::Body,
    http::{HeaderMap, Method, Request, StatusCode},
};
use cvimprover_server::{AppState, Config, app};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use sqlx::PgPool;
use tower::ServiceExt;

/// A strong password the strength check accepts.
pub const PASSWORD: &str = "correct horse battery staple";

/// The app under test and its database.
pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    pub db: PgPool,
}

/// A response, its body parsed as JSON (`Null` when empty).
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
}

impl Reply {
    /// The `error.code` of an error body.
    #[track_caller]
    pub fn code(&self) -> &str {
        self.body["error"]["code"]
            .as_str()
            .unwrap_or_else(|| panic!("not an error body: {self:?}"))
    }
}

pub fn test_app(db: PgPool) -> TestApp {
    test_app_with(db, |_| {})
}

pub fn test_app_with(db: PgPool, adjust: impl FnOnce(&mut Config)) -> TestApp {
    let mut config = Config::for_tests("postgres://unused");
    adjust(&mut config);
    let state = AppState::new(config, db.clone()).expect("state");
    TestApp {
        router: app(state.clone()),
        state,
        db,
    }
}

impl TestApp {
    /// Sends one request through the real router.
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Reply {
        let mut request = Request::builder().method(method).uri(path);
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        let request = match body {
            Some(body) => request
                .header("content-type", "application/json")
                .body(Body::from(body.to_string())),
            None => request.body(Body::empty()),
        }
        .expect("request");
        self.send(request).await
    }

    pub async fn send(&self, request: Request<Body>) -> Reply {
        let response = self
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("infallible");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into()))
        };
        Reply {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> Reply {
        self.call(Method::GET, path, token, None).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: Value) -> Reply {
        self.call(Method::POST, path, token, Some(body)).await
    }

    /// Registers `email` with [`PASSWORD`]; returns the `AuthResponse` JSON.
    pub async fn register(&self, email: &str) -> Value {
        let reply = self
            .post(
                "/api/v1/auth/register",
                None,
                json!({"email": email, "password": PASSWORD, "name": "Jane Doe"}),
            )
            .await;
        assert_eq!(reply.status, StatusCode::CREATED, "{reply:?}");
        reply.body
    }

    /// The token in the newest outbox mail of `kind` to `to`.
    pub async fn mailed_token(&self, to: &str, kind: &str) -> String {
        let body: String = sqlx::query_scalar(
            "select body from email_outbox where to_address = $1 and kind = $2 order by id desc limit 1",
        )
        .bind(to)
        .bind(kind)
        .fetch_one(&self.db)
        .await
        .expect("a mail in the outbox");
        let start = body.find("token=").expect("a token in the mail") + "token=".len();
        body[start..]
            .split_whitespace()
            .next()
            .expect("token")
            .to_owned()
    }
}

/// The string at `pointer` (e.g. `/access_token`).
#[track_caller]
pub fn text(value: &Value, pointer: &str) -> String {
    value
        .pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no {pointer} in {value}"))
        .to_owned()
}
