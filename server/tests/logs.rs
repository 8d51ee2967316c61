//! The logs carry no secrets and no personal data: every account flow runs with every log level
//! on, and the captured output must not contain a password, a token, an e-mail address or a name.
//!
//! A file of its own because it installs the process-wide `tracing` subscriber (work on other
//! threads, such as password hashing, is captured too).

#![allow(clippy::unwrap_used)] // Test helpers too: a failed unwrap is a failed test.

mod common;

use std::{
    io::Write,
    sync::{Arc, Mutex, OnceLock},
};

use axum::http::{Method, StatusCode};
use common::{PASSWORD, test_app};
use serde_json::json;
use sqlx::PgPool;
use tracing_subscriber::fmt::MakeWriter;

/// Everything logged in this test binary.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Captured {
    type Writer = Self;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

fn capture_all_logs() -> &'static Captured {
    static CAPTURED: OnceLock<Captured> = OnceLock::new();
    CAPTURED.get_or_init(|| {
        let captured = Captured::default();
        // The production format (main.rs) with every level enabled; each event carries the
        // fields of its request span.
        tracing_subscriber::fmt()
            .with_env_filter("trace")
            .with_ansi(false)
            .with_writer(captured.clone())
            .init();
        captured
    })
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn account_flows_log_no_secrets_or_personal_data(db: PgPool) {
    let logs = capture_all_logs();
    let app = test_app(db);
    let email = "secret.person@example.com";
    let new_email = "renamed.person@example.org";
    let new_password = "another horse battery staple";
    let name = "Jane Doe";

    let signed_up = app.register(email).await;
    let access = signed_up["access_token"].as_str().unwrap().to_owned();
    let refresh = signed_up["refresh_token"].as_str().unwrap().to_owned();
    let verify = app.mailed_token(email, "email_verify").await;
    app.post("/api/v1/auth/email/verify", None, json!({"token": verify}))
        .await;

    let wrong = json!({"email": email, "password": "not the password at all"});
    let reply = app.post("/api/v1/auth/login", None, wrong).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    let rotated = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": refresh}),
        )
        .await;
    assert_eq!(rotated.status, StatusCode::OK, "{rotated:?}");
    let rotated_refresh = rotated.body["refresh_token"].as_str().unwrap().to_owned();
    // Reusing a rotated token revokes the family and logs a warning: still without the token.
    let reused = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": refresh}),
        )
        .await;
    assert_eq!(reused.status, StatusCode::UNAUTHORIZED);

    app.get("/api/v1/me", Some(&access)).await;
    let patched = app
        .call(
            Method::PATCH,
            "/api/v1/me",
            Some(&access),
            Some(json!({"email": new_email})),
        )
        .await;
    assert_eq!(patched.status, StatusCode::OK, "{patched:?}");
    app.post(
        "/api/v1/auth/password/forgot",
        None,
        json!({"email": new_email}),
    )
    .await;
    let reset = app.mailed_token(new_email, "password_reset").await;
    let reply = app
        .post(
            "/api/v1/auth/password/reset",
            None,
            json!({"token": reset, "password": new_password}),
        )
        .await;
    assert!(reply.status.is_success(), "{reply:?}");
    let login = json!({"email": new_email, "password": new_password});
    let again = app.post("/api/v1/auth/login", None, login).await;
    assert_eq!(again.status, StatusCode::OK, "{again:?}");
    let last_access = again.body["access_token"].as_str().unwrap().to_owned();
    let deleted = app
        .call(Method::DELETE, "/api/v1/me", Some(&last_access), None)
        .await;
    assert!(deleted.status.is_success(), "{deleted:?}");

    let text = String::from_utf8_lossy(&logs.0.lock().unwrap()).into_owned();
    // The capture works and the flows were logged: a test that saw nothing would prove nothing.
    assert!(
        text.contains("account created"),
        "nothing captured:\n{text}"
    );
    assert!(text.contains("refresh token reused"), "{text}");
    assert!(
        text.contains("/api/v1/auth/login"),
        "request spans missing:\n{text}"
    );
    let secrets = [
        ("the password", PASSWORD.to_owned()),
        ("the new password", new_password.to_owned()),
        ("the e-mail", email.to_owned()),
        ("the new e-mail", new_email.to_owned()),
        ("the name", name.to_owned()),
        ("an access token", access),
        ("the last access token", last_access),
        ("a refresh token", refresh),
        ("the rotated refresh token", rotated_refresh),
        ("the verification token", verify),
        ("the reset token", reset),
    ];
    for (what, secret) in secrets {
        assert!(!text.contains(&secret), "{what} is in the logs:\n{text}");
    }
}
