//! Plan quotas against a real PostgreSQL: the race for the last unit, and the `Costly`
//! extractor's 429 through a real route.

#![allow(clippy::unwrap_used)] // Test helpers too: a failed unwrap is a failed test.

mod common;

use std::sync::Arc;

use axum::{Router, http::StatusCode, routing::post};
use common::{test_app, text};
use cv_protocol::LimitKind;
use cvimprover_server::quota::{self, Costly};
use sqlx::{PgPool, postgres::PgPoolOptions};
use uuid::Uuid;

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn a_hundred_concurrent_reservations_for_the_last_unit_let_exactly_one_through(
    _: PgPoolOptions,
    options: sqlx::postgres::PgConnectOptions,
) {
    // A pool of its own (the test harness's pools are narrow), wide enough that the requests
    // really run at the same time.
    let db = PgPoolOptions::new()
        .max_connections(50)
        .connect_with(options)
        .await
        .unwrap();
    let app = test_app(db.clone());
    let id: Uuid = text(&app.register("jane@example.com").await, "/user/id")
        .parse()
        .unwrap();
    // Free allows 3 a day: use 2, leaving 1.
    for _ in 0..2 {
        quota::reserve(&db, id, LimitKind::AiRequests)
            .await
            .unwrap();
    }
    let start = Arc::new(tokio::sync::Barrier::new(100));
    let tasks: Vec<_> = (0..100)
        .map(|_| {
            let (db, start) = (db.clone(), start.clone());
            tokio::spawn(async move {
                start.wait().await;
                quota::reserve(&db, id, LimitKind::AiRequests).await
            })
        })
        .collect();
    let mut granted = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(()) => granted += 1,
            Err(cvimprover_server::Error::QuotaExceeded { .. }) => {}
            Err(other) => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(granted, 1);
    let used: i32 = sqlx::query_scalar(
        "select used from usage_counters where user_id = $1 and kind = 'ai_requests'",
    )
    .bind(id)
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(used, 3);
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn costly_requests_count_against_the_hourly_rate_and_cheap_reads_do_not(db: PgPool) {
    let app = test_app(db.clone());
    let session = app.register("jane@example.com").await;
    let token = text(&session, "/access_token");
    // Take the Free plan's hourly rate (100) down to 1 left.
    let id: Uuid = text(&session, "/user/id").parse().unwrap();
    assert_eq!(
        quota::try_reserve(&db, id, LimitKind::Requests, 99, 100)
            .await
            .unwrap(),
        Some(99)
    );
    for _ in 0..5 {
        assert_eq!(
            app.get("/api/v1/me", Some(&token)).await.status,
            StatusCode::OK,
            "reads are not counted"
        );
    }

    // A costly endpoint as later issues will write it, on the real state and database.
    let costly = Router::new()
        .route("/costly", post(|_: Costly| async { "done" }))
        .with_state(app.state.clone());
    let costly = common::TestApp {
        router: costly,
        state: app.state.clone(),
        db: db.clone(),
    };
    let first = costly
        .post("/costly", Some(&token), serde_json::json!({}))
        .await;
    assert_eq!(first.status, StatusCode::OK, "{first:?}");
    let over = costly
        .post("/costly", Some(&token), serde_json::json!({}))
        .await;
    assert_eq!(
        (over.status, over.code()),
        (StatusCode::TOO_MANY_REQUESTS, "quota_exceeded")
    );
    let retry: u64 = over.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=3600).contains(&retry), "{retry}");
    assert_eq!(over.body["error"]["upgrade"]["plan"], "basic");
    let anonymous = costly.post("/costly", None, serde_json::json!({})).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn released_units_can_be_reserved_again(db: PgPool) {
    let app = test_app(db.clone());
    let id: Uuid = text(&app.register("jane@example.com").await, "/user/id")
        .parse()
        .unwrap();
    assert_eq!(
        quota::try_reserve(&db, id, LimitKind::DocumentsSynced, 5, 5)
            .await
            .unwrap(),
        Some(5)
    );
    assert_eq!(
        quota::try_reserve(&db, id, LimitKind::DocumentsSynced, 1, 5)
            .await
            .unwrap(),
        None
    );
    quota::release(&db, id, LimitKind::DocumentsSynced, 2)
        .await
        .unwrap();
    assert_eq!(
        quota::try_reserve(&db, id, LimitKind::DocumentsSynced, 2, 5)
            .await
            .unwrap(),
        Some(5)
    );
}
