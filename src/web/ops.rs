//! Health, readiness and Prometheus metrics. Nothing personal: routes, statuses, risks and
//! pattern ids only.

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;

use super::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics_text))
}

/// The process answers.
async fn healthz() -> &'static str {
    "ok"
}

/// The database answers and a ruleset is loaded.
async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    let version = state.engine.load().rules.version.clone();
    match state.store.ping().await {
        Ok(()) => (StatusCode::OK, format!("ready: ruleset {version}\n")),
        Err(e) => {
            tracing::warn!(error = %e, "not ready: database");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "not ready: database unreachable\n".to_string(),
            )
        }
    }
}

async fn metrics_text() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        super::metrics_handle().render(),
    )
}
