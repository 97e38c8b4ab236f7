//! Health, readiness and Prometheus metrics. Nothing personal: routes, statuses, risks and
//! pattern ids only. Even so, live counts could tell someone watching that a person just got a
//! result, so `/metrics` needs the staff token here, or is served without one only on a
//! separate address that the operator keeps private (`OGOH_METRICS_BIND`, `metrics_app`).

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::AppState;

/// `/metrics`, for staff.
pub fn router() -> Router<AppState> {
    Router::new().route("/metrics", get(staff_metrics))
}

/// `/healthz` and `/readyz`, which `app` keeps outside the rate limit.
pub fn health_router() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
}

/// The whole app on the private metrics address: `/metrics` with no token.
pub fn metrics_app() -> Router {
    Router::new().route("/metrics", get(metrics_text))
}

/// The process answers.
async fn healthz() -> &'static str {
    "ok"
}

/// The database answers and a ruleset is loaded. Photos are optional: a second line says
/// whether they can be read, without making the service unready.
async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    let version = state.engine.load().rules.version.clone();
    let photos = match state.ocr.missing() {
        None => "photos: read with Tesseract".to_string(),
        Some(why) if state.ocr.available() => format!("photos: read, but {why}"),
        Some(why) => format!("photos: cannot be read ({why}); people are asked to paste text"),
    };
    match state.store.ping().await {
        Ok(()) => (
            StatusCode::OK,
            format!("ready: ruleset {version}\n{photos}\n"),
        ),
        Err(e) => {
            tracing::warn!(error = %e, "not ready: database");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "not ready: database unreachable\n".to_string(),
            )
        }
    }
}

async fn staff_metrics(_: super::staff::Authorised) -> Response {
    metrics_text().await.into_response()
}

async fn metrics_text() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        crate::telemetry::render(),
    )
}
