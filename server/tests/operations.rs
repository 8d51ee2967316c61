//! Health, readiness, metrics, the OpenAPI document, request ids and CORS.

#![allow(clippy::unwrap_used)] // Test helpers too: a failed unwrap is a failed test.

mod common;

use axum::{
    body::Body,
    http::{Request, StatusCode},
};
use common::{test_app, test_app_with};
use sqlx::{Connection, PgPool};

/// Every route the router serves; the OpenAPI document must describe exactly these.
const ROUTES: [(&str, &str); 18] = [
    ("get", "/healthz"),
    ("get", "/readyz"),
    ("get", "/metrics"),
    ("get", "/api/v1/openapi.json"),
    ("post", "/api/v1/auth/register"),
    ("post", "/api/v1/auth/login"),
    ("post", "/api/v1/auth/refresh"),
    ("post", "/api/v1/auth/logout"),
    ("post", "/api/v1/auth/google"),
    ("post", "/api/v1/auth/password/forgot"),
    ("post", "/api/v1/auth/password/reset"),
    ("post", "/api/v1/auth/email/verify"),
    ("get", "/api/v1/me"),
    ("patch", "/api/v1/me"),
    ("delete", "/api/v1/me"),
    ("post", "/api/v1/me/password"),
    ("get", "/api/v1/me/usage"),
    ("get", "/api/v1/plans"),
];

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn health_and_readiness(db: PgPool) {
    let app = test_app(db.clone());
    let health = app.get("/healthz", None).await;
    assert_eq!(
        (health.status, &health.body),
        (StatusCode::OK, &serde_json::json!({"status": "ok"}))
    );
    assert_eq!(app.get("/readyz", None).await.status, StatusCode::OK);
    db.close().await;
    let down = app.get("/readyz", None).await;
    assert_eq!(
        (down.status, down.code()),
        (StatusCode::SERVICE_UNAVAILABLE, "unavailable")
    );
    assert_eq!(
        app.get("/healthz", None).await.status,
        StatusCode::OK,
        "liveness does not need the database"
    );
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn the_openapi_document_describes_every_route(db: PgPool) {
    let app = test_app(db);
    let doc = app.get("/api/v1/openapi.json", None).await.body;
    assert!(
        doc["openapi"].as_str().unwrap().starts_with("3.1"),
        "{}",
        doc["openapi"]
    );
    let mut documented = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            documented.push((method.clone(), path.clone()));
        }
    }
    documented.sort();
    let mut expected: Vec<_> = ROUTES
        .iter()
        .map(|(m, p)| ((*m).to_owned(), (*p).to_owned()))
        .collect();
    expected.sort();
    assert_eq!(documented, expected);
    for schema in [
        "AuthResponse",
        "User",
        "ErrorBody",
        "UsageResponse",
        "PlansResponse",
    ] {
        assert!(
            doc["components"]["schemas"].get(schema).is_some(),
            "{schema}"
        );
    }
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn metrics_count_requests_by_route_template(db: PgPool) {
    let app = test_app(db);
    app.get("/healthz", None).await;
    app.get("/api/v1/me", None).await;
    let metrics = app.get("/metrics", None).await;
    let text = metrics.body.as_str().unwrap();
    assert!(
        text.contains(r#"http_requests_total{method="GET",route="/healthz",status="200"} 1"#),
        "{text}"
    );
    assert!(
        text.contains(r#"http_requests_total{method="GET",route="/api/v1/me",status="401"} 1"#),
        "{text}"
    );
    assert!(text.contains("# TYPE http_request_duration_seconds histogram"));
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn request_ids_are_set_and_kept(db: PgPool) {
    let app = test_app(db);
    let fresh = app.get("/healthz", None).await;
    assert_eq!(fresh.headers["x-request-id"].len(), 36, "a UUID");
    let given = Request::get("/healthz")
        .header("x-request-id", "abc-123")
        .body(Body::empty())
        .unwrap();
    assert_eq!(app.send(given).await.headers["x-request-id"], "abc-123");
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn cors_is_closed_unless_origins_are_configured(db: PgPool) {
    let preflight = || {
        Request::options("/api/v1/me")
            .header("origin", "https://evil.example")
            .header("access-control-request-method", "GET")
            .body(Body::empty())
            .unwrap()
    };
    let closed = test_app(db.clone()).send(preflight()).await;
    assert!(
        closed.headers.get("access-control-allow-origin").is_none(),
        "{closed:?}"
    );
    let open = test_app_with(db, |c| {
        c.cors_allowed_origins = vec!["https://evil.example".to_owned()]
    })
    .send(preflight())
    .await;
    assert_eq!(
        open.headers["access-control-allow-origin"],
        "https://evil.example"
    );
}

/// A database restart cuts every pooled connection: requests on a dead connection answer 503
/// with `Retry-After` (never a 500), the pool drops those connections, and the next requests
/// are served again without restarting the server.
#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn lost_database_connections_answer_503_then_recover(
    _pool: sqlx::postgres::PgPoolOptions,
    connect: sqlx::postgres::PgConnectOptions,
) {
    let mut config = cvimprover_server::Config::for_tests("postgres://unused");
    config.database_max_connections = 2;
    let db = cvimprover_server::pool_options(&config)
        .min_connections(2)
        .connect_with(connect.clone())
        .await
        .unwrap();
    let app = test_app_with(db.clone(), |c| c.database_max_connections = 2);
    let token = app.register("restart@example.com").await["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        app.get("/api/v1/me", Some(&token)).await.status,
        StatusCode::OK
    );

    // What a restart does to the pool: the server ends every backend of this database.
    let mut admin = sqlx::postgres::PgConnection::connect_with(&connect)
        .await
        .unwrap();
    let ended: i64 = sqlx::query_scalar(
        "select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity \
         where datname = current_database() and pid <> pg_backend_pid()) ended",
    )
    .fetch_one(&mut admin)
    .await
    .unwrap();
    assert!(ended >= 1, "no pooled connection to end");

    let mut failed = 0;
    for attempt in 0..5 {
        let reply = app.get("/api/v1/me", Some(&token)).await;
        if reply.status == StatusCode::OK {
            assert_eq!(reply.body["email"], "restart@example.com");
            assert!(attempt <= 2, "recovered only after {attempt} failures");
            assert!(
                failed >= 1,
                "no request met a dead connection: the 503 path went untested"
            );
            return;
        }
        assert_eq!(reply.status, StatusCode::SERVICE_UNAVAILABLE, "{reply:?}");
        assert_eq!(reply.code(), "unavailable");
        assert_eq!(reply.headers["retry-after"], "1");
        failed += 1;
        // The dead connection goes back to the pool in a task, which then drops it.
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("still failing after {failed} attempts");
}

/// The backend serving `lease`, which is then finished (given back) or just dropped.
async fn backend(mut lease: cvimprover_server::readers::Lease<'_>, finish: bool) -> i32 {
    let pid: i32 = sqlx::query_scalar("select pg_backend_pid()")
        .fetch_one(lease.conn())
        .await
        .unwrap();
    if finish {
        lease.finish();
    }
    pid
}

/// `/me`'s kept connections are reused only after a completed statement: a lease dropped midway
/// (a failed query, a cancelled request) is replaced by a fresh connection.
#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn kept_read_connections_are_reused_only_when_clean(db: PgPool) {
    let readers = cvimprover_server::readers::Readers::new(db, 2);
    let first = backend(readers.lease().await.unwrap(), true).await;
    let again = backend(readers.lease().await.unwrap(), false).await;
    assert_eq!(first, again, "a finished lease's connection is kept");
    let fresh = backend(readers.lease().await.unwrap(), true).await;
    assert_ne!(
        again, fresh,
        "an unfinished lease's connection was handed on"
    );

    // Two leases at once get two connections.
    let mut one = readers.lease().await.unwrap();
    let mut two = readers.lease().await.unwrap();
    let pids: Vec<i32> = vec![
        sqlx::query_scalar("select pg_backend_pid()")
            .fetch_one(one.conn())
            .await
            .unwrap(),
        sqlx::query_scalar("select pg_backend_pid()")
            .fetch_one(two.conn())
            .await
            .unwrap(),
    ];
    assert_ne!(pids[0], pids[1]);
}
