//! The OpenAPI 3.1 document, generated from the handlers' `#[utoipa::path]` annotations and the
//! wire types' `ToSchema` derives, served at `GET /api/v1/openapi.json`.
//!
//! A test checks that every route of the router appears here, so the document cannot drift.

use axum::Json;
use utoipa::{
    Modify, OpenApi,
    openapi::{
        ContentBuilder, Ref, ResponseBuilder,
        security::{HttpAuthScheme, HttpBuilder, SecurityScheme},
    },
};

use crate::routes::{account, auth, health, password, plans};

/// The API description.
#[derive(OpenApi)]
#[openapi(
    info(title = "CV Improver server", description = "Accounts, sign-in, plans and quotas."),
    paths(
        health::healthz, health::readyz, health::metrics,
        auth::register, auth::login, auth::refresh_session, auth::logout, auth::google,
        password::forgot, password::reset, password::verify_email,
        account::me, account::update_me, account::delete_me, account::change_password, account::usage,
        plans::list, openapi_json,
    ),
    modifiers(&BearerAuth, &BodyErrors),
    tags(
        (name = "auth", description = "Sign-up, sign-in, tokens, password reset"),
        (name = "account", description = "The signed-in account"),
        (name = "plans", description = "Plans and limits"),
        (name = "operations", description = "Health, readiness, metrics, this document"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
    }
}

/// Adds the answers every endpoint with a JSON body can give before its handler runs: 413 (over
/// `MAX_BODY_BYTES`) and 415 (not `application/json`).
struct BodyErrors;

impl Modify for BodyErrors {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let error = |description: &str| {
            ResponseBuilder::new()
                .description(description)
                .content(
                    "application/json",
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("ErrorBody")))
                        .build(),
                )
                .build()
        };
        for item in openapi.paths.paths.values_mut() {
            let operations = [&mut item.post, &mut item.patch, &mut item.put];
            for operation in operations.into_iter().flatten() {
                if operation.request_body.is_some() {
                    let responses = &mut operation.responses.responses;
                    responses.insert("413".to_owned(), error("Body too large").into());
                    responses.insert(
                        "415".to_owned(),
                        error("Body is not application/json").into(),
                    );
                }
            }
        }
    }
}

/// This document.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "operations",
    responses((status = 200, description = "OpenAPI 3.1 document", body = Object)))]
pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

pub use openapi_json as serve;
