//! Google sign-in against a local OpenID provider: an HTTP server on 127.0.0.1 publishing the
//! committed test keys (`fixtures/google/`), and ID tokens signed with them.

#![allow(clippy::unwrap_used)] // Test helpers too: a failed unwrap is a failed test.

mod common;

use std::sync::{
    Arc,
    atomic::{AtomicUsize, Ordering},
};

use axum::{Router, extract::State, http::StatusCode, routing::get};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use common::{PASSWORD, TestApp, test_app_with, text};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{Value, json};
use sqlx::PgPool;

const CLIENT_ID: &str = "test-client.apps.example";
const ISSUER: &str = "https://accounts.google.com";
const KEY1: &[u8] = include_bytes!("fixtures/google/key1.pem");
const KEY1_PUBLIC: &[u8] = include_bytes!("fixtures/google/key1.pub.pem");
const KEY2: &[u8] = include_bytes!("fixtures/google/key2.pem");

/// The local provider: which key set it publishes and how often it was asked.
#[derive(Clone)]
struct Provider {
    jwks: Arc<std::sync::Mutex<&'static str>>,
    fetches: Arc<AtomicUsize>,
}

async fn certs(
    State(provider): State<Provider>,
) -> ([(&'static str, &'static str); 1], &'static str) {
    provider.fetches.fetch_add(1, Ordering::SeqCst);
    (
        [("content-type", "application/json")],
        *provider.jwks.lock().unwrap(),
    )
}

async fn start(db: PgPool) -> (TestApp, Provider) {
    let provider = Provider {
        jwks: Arc::new(std::sync::Mutex::new(include_str!(
            "fixtures/google/jwks.json"
        ))),
        fetches: Arc::default(),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/oauth2/v3/certs", listener.local_addr().unwrap());
    let router = Router::new()
        .route("/oauth2/v3/certs", get(certs))
        .with_state(provider.clone());
    tokio::spawn(async move { axum::serve(listener, router).await });
    let app = test_app_with(db, |config| {
        config.google_jwks_url = url;
        config.google_jwks_min_refetch_secs = 0;
    });
    (app, provider)
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn claims() -> Value {
    json!({
        "iss": ISSUER, "aud": CLIENT_ID, "sub": "google-sub-1", "email": "Jane@Gmail.example",
        "email_verified": true, "name": "Jane Doe", "nonce": "n-0S6_WzA2Mj", "iat": now(), "exp": now() + 600,
    })
}

fn sign(claims: &Value, key: &[u8], kid: &str) -> String {
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some(kid.to_owned());
    jsonwebtoken::encode(&header, claims, &EncodingKey::from_rsa_pem(key).unwrap()).unwrap()
}

fn with(change: impl FnOnce(&mut Value)) -> Value {
    let mut claims = claims();
    change(&mut claims);
    claims
}

async fn sign_in(app: &TestApp, id_token: &str) -> common::Reply {
    app.post(
        "/api/v1/auth/google",
        None,
        json!({"id_token": id_token, "nonce": "n-0S6_WzA2Mj"}),
    )
    .await
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn a_good_token_creates_the_account_once_and_keys_are_cached(db: PgPool) {
    let (app, provider) = start(db).await;
    let first = sign_in(&app, &sign(&claims(), KEY1, "test-key-1")).await;
    assert_eq!(first.status, StatusCode::OK, "{first:?}");
    assert_eq!(first.body["user"]["email"], "jane@gmail.example");
    assert_eq!(first.body["user"]["email_verified"], true);
    assert_eq!(first.body["user"]["has_password"], false);
    let second = sign_in(&app, &sign(&claims(), KEY1, "test-key-1")).await;
    assert_eq!(
        text(&first.body, "/user/id"),
        text(&second.body, "/user/id")
    );
    assert_eq!(
        provider.fetches.load(Ordering::SeqCst),
        1,
        "the key set is cached"
    );
    let me = app
        .get("/api/v1/me", Some(&text(&second.body, "/access_token")))
        .await;
    assert_eq!(me.status, StatusCode::OK);
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn a_password_account_with_the_same_email_is_linked(db: PgPool) {
    let (app, _) = start(db).await;
    let registered = app.register("jane@gmail.example").await;
    let google = sign_in(&app, &sign(&claims(), KEY1, "test-key-1")).await;
    assert_eq!(google.status, StatusCode::OK, "{google:?}");
    assert_eq!(
        text(&google.body, "/user/id"),
        text(&registered, "/user/id")
    );
    assert_eq!(google.body["user"]["email_verified"], true);
    assert_eq!(google.body["user"]["has_password"], true);
    let password = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": "jane@gmail.example", "password": PASSWORD}),
        )
        .await;
    assert_eq!(password.status, StatusCode::OK, "the password still works");
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn an_unknown_kid_refetches_the_keys_after_a_rotation(db: PgPool) {
    let (app, provider) = start(db).await;
    assert_eq!(
        sign_in(&app, &sign(&claims(), KEY1, "test-key-1"))
            .await
            .status,
        StatusCode::OK
    );
    *provider.jwks.lock().unwrap() = include_str!("fixtures/google/jwks-rotated.json");
    let rotated = sign_in(&app, &sign(&claims(), KEY2, "test-key-2")).await;
    assert_eq!(rotated.status, StatusCode::OK, "{rotated:?}");
    assert_eq!(provider.fetches.load(Ordering::SeqCst), 2);
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn tokens_that_do_not_verify_are_refused(db: PgPool) {
    let (app, _) = start(db).await;
    let encode = |value: &Value| URL_SAFE_NO_PAD.encode(value.to_string());
    let alg_none = format!(
        "{}.{}.",
        encode(&json!({"alg": "none", "kid": "test-key-1"})),
        encode(&claims())
    );
    let mut hs256 = Header::new(Algorithm::HS256);
    hs256.kid = Some("test-key-1".to_owned());
    let hs256_with_public_key =
        jsonwebtoken::encode(&hs256, &claims(), &EncodingKey::from_secret(KEY1_PUBLIC)).unwrap();
    let cases = [
        (
            "wrong aud",
            sign(
                &with(|c| c["aud"] = json!("someone-else.apps.example")),
                KEY1,
                "test-key-1",
            ),
        ),
        (
            "wrong iss",
            sign(
                &with(|c| c["iss"] = json!("https://evil.example")),
                KEY1,
                "test-key-1",
            ),
        ),
        (
            "expired",
            sign(
                &with(|c| c["exp"] = json!(now() - 3600)),
                KEY1,
                "test-key-1",
            ),
        ),
        ("unknown kid", sign(&claims(), KEY2, "test-key-9")),
        ("kid of another key", sign(&claims(), KEY2, "test-key-1")),
        ("alg none", alg_none),
        ("HS256 signed with the public key", hs256_with_public_key),
        (
            "wrong nonce",
            sign(
                &with(|c| c["nonce"] = json!("replayed")),
                KEY1,
                "test-key-1",
            ),
        ),
        (
            "e-mail not verified",
            sign(
                &with(|c| c["email_verified"] = json!(false)),
                KEY1,
                "test-key-1",
            ),
        ),
        ("garbage", "not-a-jwt".to_owned()),
    ];
    for (case, token) in cases {
        let reply = sign_in(&app, &token).await;
        assert_eq!(
            (reply.status, reply.code()),
            (StatusCode::UNAUTHORIZED, "invalid_google_token"),
            "{case}"
        );
    }
    let users: i64 = sqlx::query_scalar("select count(*) from users")
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert_eq!(users, 0);
}
