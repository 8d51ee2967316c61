//! `/me`, password change, account deletion, plans and usage, through the real router.

#![allow(clippy::unwrap_used)] // Test helpers too: a failed unwrap is a failed test.

mod common;

use axum::http::{Method, StatusCode};
use common::{PASSWORD, test_app, text};
use serde_json::json;
use sqlx::PgPool;

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn me_needs_a_valid_token(db: PgPool) {
    let app = test_app(db);
    for token in [None, Some("garbage"), Some("a.b.c")] {
        let reply = app.get("/api/v1/me", token).await;
        assert_eq!(
            (reply.status, reply.code()),
            (StatusCode::UNAUTHORIZED, "unauthorized"),
            "{token:?}"
        );
    }
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn patch_me_changes_name_and_email_and_asks_to_verify_the_new_one(db: PgPool) {
    let app = test_app(db);
    app.register("taken@example.com").await;
    let session = app.register("jane@example.com").await;
    let token = text(&session, "/access_token");
    let reply = app
        .call(
            Method::PATCH,
            "/api/v1/me",
            Some(&token),
            Some(json!({"name": "Jane Q. Doe", "email": "Jane@New.example"})),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{reply:?}");
    assert_eq!(
        (reply.body["name"].as_str(), reply.body["email"].as_str()),
        (Some("Jane Q. Doe"), Some("jane@new.example"))
    );
    assert_eq!(reply.body["email_verified"], false);
    app.mailed_token("jane@new.example", "email_verify").await;

    let clash = app
        .call(
            Method::PATCH,
            "/api/v1/me",
            Some(&token),
            Some(json!({"email": "taken@example.com"})),
        )
        .await;
    assert_eq!(
        (clash.status, clash.code()),
        (StatusCode::CONFLICT, "email_taken")
    );
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn password_change_needs_the_old_one_and_signs_out_other_sessions(db: PgPool) {
    let app = test_app(db);
    let session = app.register("jane@example.com").await;
    let token = text(&session, "/access_token");
    let new_password = "another long passphrase 77";
    let wrong = app
        .post(
            "/api/v1/me/password",
            Some(&token),
            json!({"old_password": "nope", "new_password": new_password}),
        )
        .await;
    assert_eq!(wrong.code(), "invalid_credentials");
    let changed = app
        .post(
            "/api/v1/me/password",
            Some(&token),
            json!({"old_password": PASSWORD, "new_password": new_password}),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{changed:?}");
    let old_refresh = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": text(&session, "/refresh_token")}),
        )
        .await;
    assert_eq!(old_refresh.status, StatusCode::UNAUTHORIZED);
    let new_refresh = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": text(&changed.body, "/refresh_token")}),
        )
        .await;
    assert_eq!(new_refresh.status, StatusCode::OK);
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn delete_me_removes_everything_stored_for_the_account(db: PgPool) {
    let app = test_app(db);
    let session = app.register("jane@example.com").await;
    let token = text(&session, "/access_token");
    let id: uuid::Uuid = text(&session, "/user/id").parse().unwrap();
    cvimprover_server::quota::reserve(&app.db, id, cv_protocol::LimitKind::AiRequests)
        .await
        .unwrap();
    let deleted = app
        .call(Method::DELETE, "/api/v1/me", Some(&token), None)
        .await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    for table in [
        "users",
        "refresh_tokens",
        "one_time_tokens",
        "email_outbox",
        "usage_counters",
    ] {
        let column = if table == "users" { "id" } else { "user_id" };
        let left: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "select count(*) from {table} where {column} = $1"
        )))
        .bind(id)
        .fetch_one(&app.db)
        .await
        .unwrap();
        assert_eq!(left, 0, "{table}");
    }
    assert_eq!(
        app.get("/api/v1/me", Some(&token)).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn plans_are_listed_in_order_with_the_current_one_marked(db: PgPool) {
    let app = test_app(db);
    let anonymous = app.get("/api/v1/plans", None).await;
    let ids: Vec<_> = anonymous.body["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["free", "basic", "pro", "premium"]);
    let per_day: Vec<_> = anonymous.body["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["limits"]["ai_requests_per_day"].as_i64().unwrap())
        .collect();
    assert_eq!(per_day, [3, 20, 100, 1000]);
    assert!(
        anonymous.body["plans"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["is_current"] == false)
    );

    let token = text(&app.register("jane@example.com").await, "/access_token");
    let signed_in = app.get("/api/v1/plans", Some(&token)).await;
    assert_eq!(signed_in.body["plans"][0]["is_current"], true);
    assert_eq!(signed_in.body["plans"][1]["is_current"], false);
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn usage_counts_reservations_and_suggests_an_upgrade_near_the_limit(db: PgPool) {
    let app = test_app(db);
    let session = app.register("jane@example.com").await;
    let token = text(&session, "/access_token");
    let id: uuid::Uuid = text(&session, "/user/id").parse().unwrap();
    let fresh = app.get("/api/v1/me/usage", Some(&token)).await;
    assert_eq!(fresh.body["status"], "ok", "{fresh:?}");
    assert_eq!(
        fresh.body["limits"][0],
        json!({"kind": "ai_requests", "limit": 3, "used": 0, "remaining": 3,
        "reset_at": fresh.body["limits"][0]["reset_at"]})
    );
    assert!(fresh.body.get("upgrade").is_none());

    for _ in 0..3 {
        cvimprover_server::quota::reserve(&app.db, id, cv_protocol::LimitKind::AiRequests)
            .await
            .unwrap();
    }
    let full = app.get("/api/v1/me/usage", Some(&token)).await;
    assert_eq!(full.body["status"], "at_limit");
    assert_eq!(full.body["limits"][0]["remaining"], 0);
    assert_eq!(full.body["upgrade"]["plan"], "basic");
    assert_eq!(
        full.body["upgrade"]["message"],
        "Basic allows 20 AI requests a day."
    );
}
