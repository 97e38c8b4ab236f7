//! Staff routes under `/staff`: off (404) unless `OGOH_STAFF_TOKEN` is set; each request needs
//! `Authorization: Bearer <token>` (compared in constant time), else 401. Never cached.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use subtle::ConstantTimeEq;

use super::AppState;
use super::error::ApiError;
use crate::reload::Reloader;

/// What the staff routes need.
#[derive(Clone)]
pub struct Staff {
    pub token: Arc<str>,
    pub reloader: Arc<Reloader>,
}

pub fn router() -> Router<AppState> {
    Router::new().route("/staff/reload", post(reload))
}

/// Why a staff request is refused.
enum Refused {
    /// Staff routes are off.
    Off,
    /// Missing or wrong token.
    Unauthorised,
}

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        match self {
            Refused::Off => ApiError::NotFound.into_response(),
            Refused::Unauthorised => {
                let mut r = (StatusCode::UNAUTHORIZED, "staff token required\n").into_response();
                r.headers_mut().insert(
                    header::WWW_AUTHENTICATE,
                    header::HeaderValue::from_static("Bearer"),
                );
                r
            }
        }
    }
}

/// The staff settings if the request may use them.
fn authorised(state: &AppState, headers: &HeaderMap) -> Result<Staff, Refused> {
    let Some(staff) = state.staff.clone() else {
        return Err(Refused::Off);
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    if bool::from(given.as_bytes().ct_eq(staff.token.as_bytes())) {
        Ok(staff)
    } else {
        Err(Refused::Unauthorised)
    }
}

/// Reloads rules and locales behind the test gate, and says what happened.
async fn reload(State(state): State<AppState>, headers: HeaderMap) -> Response {
    match authorised(&state, &headers) {
        Ok(staff) => Json(staff.reloader.reload().await).into_response(),
        Err(refused) => refused.into_response(),
    }
}
