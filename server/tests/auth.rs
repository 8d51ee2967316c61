//! Sign-up, sign-in, refresh rotation and reuse, sign-out, password reset, e-mail verification
//! and throttling, through the real router against a real PostgreSQL.

#![allow(clippy::unwrap_used)] // Test helpers too: a failed unwrap is a failed test.

mod common;

use axum::http::StatusCode;
use common::{PASSWORD, test_app, test_app_with, text};
use serde_json::json;
use sqlx::PgPool;

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn register_signs_in_and_queues_a_verification_mail(db: PgPool) {
    let app = test_app(db);
    let session = app.register(" Jane.Doe@Example.com ").await;
    assert_eq!(session["user"]["email"], "jane.doe@example.com");
    assert_eq!(session["user"]["plan"], "free");
    assert_eq!(session["user"]["email_verified"], false);
    assert_eq!(session["expires_in"], 900);
    let me = app
        .get("/api/v1/me", Some(&text(&session, "/access_token")))
        .await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(me.body["name"], "Jane Doe");

    let token = app
        .mailed_token("jane.doe@example.com", "email_verify")
        .await;
    let verified = app
        .post("/api/v1/auth/email/verify", None, json!({"token": token}))
        .await;
    assert_eq!(verified.status, StatusCode::NO_CONTENT);
    let again = app
        .post("/api/v1/auth/email/verify", None, json!({"token": token}))
        .await;
    assert_eq!(
        (again.status, again.code()),
        (StatusCode::BAD_REQUEST, "invalid_token")
    );
    let me = app
        .get("/api/v1/me", Some(&text(&session, "/access_token")))
        .await;
    assert_eq!(me.body["email_verified"], true);
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn register_refuses_bad_input_with_stable_codes(db: PgPool) {
    let app = test_app(db);
    app.register("taken@example.com").await;
    for (body, status, code) in [
        (
            json!({"email": "TAKEN@example.com", "password": PASSWORD, "name": "X"}),
            409,
            "email_taken",
        ),
        (
            json!({"email": "new@example.com", "password": "password123", "name": "X"}),
            422,
            "weak_password",
        ),
        (
            json!({"email": "not-an-email", "password": PASSWORD, "name": "X"}),
            422,
            "validation_failed",
        ),
        (
            json!({"email": "new@example.com", "password": PASSWORD, "name": "  "}),
            422,
            "validation_failed",
        ),
        (json!({"email": "new@example.com"}), 400, "bad_request"),
    ] {
        let reply = app.post("/api/v1/auth/register", None, body.clone()).await;
        assert_eq!(
            (reply.status.as_u16(), reply.code()),
            (status, code),
            "{body}: {reply:?}"
        );
    }
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn login_does_not_tell_unknown_emails_from_wrong_passwords(db: PgPool) {
    let app = test_app(db);
    app.register("jane@example.com").await;
    let ok = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": "JANE@example.com", "password": PASSWORD}),
        )
        .await;
    assert_eq!(ok.status, StatusCode::OK, "{ok:?}");
    let wrong = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": "jane@example.com", "password": "nope"}),
        )
        .await;
    let unknown = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": "ghost@example.com", "password": "nope"}),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.body, unknown.body, "same answer for both");
    assert_eq!(wrong.code(), "invalid_credentials");
    // PostgreSQL refuses NUL in text; such an address is simply unknown, not a 500.
    let nul = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": "jane\u{0}@example.com", "password": PASSWORD}),
        )
        .await;
    assert_eq!(nul.status, StatusCode::UNAUTHORIZED, "{nul:?}");
    assert_eq!(nul.body, unknown.body);
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn refresh_rotates_and_a_reused_token_ends_the_whole_family(db: PgPool) {
    let app = test_app(db);
    let first = text(&app.register("jane@example.com").await, "/refresh_token");
    let second = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": first}),
        )
        .await;
    assert_eq!(second.status, StatusCode::OK, "{second:?}");
    let second = text(&second.body, "/refresh_token");
    assert_ne!(first, second);
    let third = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": second}),
        )
        .await;
    let third = text(&third.body, "/refresh_token");

    // The first token again: someone copied it. Everything of that sign-in ends.
    let replay = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": first}),
        )
        .await;
    assert_eq!(
        (replay.status, replay.code()),
        (StatusCode::UNAUTHORIZED, "refresh_token_reused")
    );
    let latest = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": third}),
        )
        .await;
    assert_eq!(
        latest.status,
        StatusCode::UNAUTHORIZED,
        "the newest token of the family is revoked too"
    );

    let unknown = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": "made-up"}),
        )
        .await;
    assert_eq!(unknown.code(), "invalid_refresh_token");
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn logout_ends_only_that_session(db: PgPool) {
    let app = test_app(db);
    let first = text(&app.register("jane@example.com").await, "/refresh_token");
    let login = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": "jane@example.com", "password": PASSWORD}),
        )
        .await;
    let other = text(&login.body, "/refresh_token");
    let out = app
        .post("/api/v1/auth/logout", None, json!({"refresh_token": first}))
        .await;
    assert_eq!(out.status, StatusCode::NO_CONTENT);
    let gone = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": first}),
        )
        .await;
    assert_eq!(gone.status, StatusCode::UNAUTHORIZED);
    let kept = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": other}),
        )
        .await;
    assert_eq!(kept.status, StatusCode::OK);
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn password_reset_by_mail_ends_every_session(db: PgPool) {
    let app = test_app(db);
    let session = app.register("jane@example.com").await;
    for email in ["jane@example.com", "ghost@example.com"] {
        let reply = app
            .post(
                "/api/v1/auth/password/forgot",
                None,
                json!({"email": email}),
            )
            .await;
        assert_eq!(
            reply.status,
            StatusCode::ACCEPTED,
            "the same answer for unknown e-mails"
        );
    }
    let outbox: i64 =
        sqlx::query_scalar("select count(*) from email_outbox where kind = 'password_reset'")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(outbox, 1, "no mail for an unknown address");

    let token = app.mailed_token("jane@example.com", "password_reset").await;
    let weak = app
        .post(
            "/api/v1/auth/password/reset",
            None,
            json!({"token": token, "password": "short"}),
        )
        .await;
    assert_eq!(weak.code(), "weak_password");
    let new_password = "a brand new passphrase 42";
    let reset = app
        .post(
            "/api/v1/auth/password/reset",
            None,
            json!({"token": token, "password": new_password}),
        )
        .await;
    assert_eq!(reset.status, StatusCode::NO_CONTENT, "{reset:?}");
    let reused = app
        .post(
            "/api/v1/auth/password/reset",
            None,
            json!({"token": token, "password": new_password}),
        )
        .await;
    assert_eq!(reused.code(), "invalid_token");

    let old_refresh = text(&session, "/refresh_token");
    let revoked = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": old_refresh}),
        )
        .await;
    assert_eq!(revoked.status, StatusCode::UNAUTHORIZED);
    let old = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": "jane@example.com", "password": PASSWORD}),
        )
        .await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    let new = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": "jane@example.com", "password": new_password}),
        )
        .await;
    assert_eq!(new.status, StatusCode::OK);
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn repeated_attempts_are_throttled_per_account_and_per_ip(db: PgPool) {
    let app = test_app_with(db, |config| {
        config.auth_rate_per_account = 3;
        config.auth_rate_per_ip = 5;
    });
    let attempt = json!({"email": "jane@example.com", "password": "wrong"});
    for _ in 0..3 {
        let reply = app.post("/api/v1/auth/login", None, attempt.clone()).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    }
    let limited = app.post("/api/v1/auth/login", None, attempt).await;
    assert_eq!(
        (limited.status, limited.code()),
        (StatusCode::TOO_MANY_REQUESTS, "rate_limited")
    );
    let retry: u64 = limited.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry), "{retry}");

    // A fifth attempt from the same address for another account is still allowed, the sixth not.
    let other = json!({"email": "other@example.com", "password": "wrong"});
    assert_eq!(
        app.post("/api/v1/auth/login", None, other.clone())
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    let by_ip = app.post("/api/v1/auth/login", None, other).await;
    assert_eq!(by_ip.status, StatusCode::TOO_MANY_REQUESTS);
}

/// Two server instances on one database (as behind a load balancer) share one limit: attempts
/// spread over both are counted together, and the windows are swept once long over.
#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn instances_behind_a_load_balancer_share_the_attempt_limit(db: PgPool) {
    let limits = |config: &mut cvimprover_server::Config| {
        config.auth_rate_per_account = 4;
        config.auth_rate_per_ip = 100;
    };
    let first = test_app_with(db.clone(), limits);
    let second = test_app_with(db.clone(), limits);
    let attempt = json!({"email": "jane@example.com", "password": "wrong"});
    for instance in [&first, &second, &first, &second] {
        let reply = instance
            .post("/api/v1/auth/login", None, attempt.clone())
            .await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{reply:?}");
    }
    for instance in [&first, &second] {
        let reply = instance
            .post("/api/v1/auth/login", None, attempt.clone())
            .await;
        assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS, "{reply:?}");
    }

    // No address or e-mail is stored in clear, and old windows go.
    let stored: Vec<Vec<u8>> = sqlx::query_scalar("select key from auth_attempts")
        .fetch_all(&db)
        .await
        .unwrap();
    assert_eq!(stored.len(), 2, "one window per IP and per e-mail");
    assert!(
        stored
            .iter()
            .all(|key| !String::from_utf8_lossy(key).contains("jane"))
    );
    assert_eq!(cvimprover_server::throttle::sweep(&db).await.unwrap(), 0);
    sqlx::query("update auth_attempts set window_start = now() - interval '2 hours'")
        .execute(&db)
        .await
        .unwrap();
    assert_eq!(cvimprover_server::throttle::sweep(&db).await.unwrap(), 2);
    let reply = first.post("/api/v1/auth/login", None, attempt).await;
    assert_eq!(
        reply.status,
        StatusCode::UNAUTHORIZED,
        "a new window begins"
    );
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn malformed_and_oversized_bodies_get_json_errors(db: PgPool) {
    let app = test_app_with(db, |config| config.max_body_bytes = 1024);
    let request = axum::http::Request::post("/api/v1/auth/login")
        .header("content-type", "application/json")
        .body(axum::body::Body::from("{not json"))
        .unwrap();
    let reply = app.send(request).await;
    assert_eq!(
        (reply.status, reply.code()),
        (StatusCode::BAD_REQUEST, "bad_request")
    );
    let huge = json!({"email": "a@example.com", "password": "x".repeat(4096)});
    let reply = app.post("/api/v1/auth/login", None, huge).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE, "{reply:?}");
    let missing = app.get("/api/v1/nothing-here", None).await;
    assert_eq!(
        (missing.status, missing.code()),
        (StatusCode::NOT_FOUND, "not_found")
    );
}
