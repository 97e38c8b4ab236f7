//! API errors as RFC 9457 problem details (`application/problem+json`). Internal errors are
//! logged and never shown.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// An error of the JSON API.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    Malformed(String),
    #[error("the body is larger than the limit: 64 KB for a text, 10 MB for a picture")]
    TooLarge,
    #[error("{0}")]
    UnsupportedType(String),
    #[error("{0}")]
    Invalid(String),
    #[error("too many requests; try again in {0} s")]
    TooManyRequests(u64),
    #[error("not found")]
    NotFound,
    #[error("internal error")]
    Internal(String),
    /// A picture that was not read (`code()` names why).
    #[error("the picture: {0}")]
    Picture(crate::ocr::OcrError),
}

/// RFC 9457 problem details.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// A URI naming the kind of problem (relative to this service).
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
}

impl ApiError {
    fn parts(&self) -> (StatusCode, &'static str, &'static str) {
        match self {
            ApiError::Malformed(_) => (StatusCode::BAD_REQUEST, "malformed", "Malformed request"),
            ApiError::TooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "too-large",
                "Request too large",
            ),
            ApiError::UnsupportedType(_) => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "Unsupported media type",
            ),
            ApiError::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid", "Invalid input"),
            ApiError::TooManyRequests(_) => (
                StatusCode::TOO_MANY_REQUESTS,
                "rate-limited",
                "Too many requests",
            ),
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not-found", "Not found"),
            ApiError::Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "Internal error",
            ),
            ApiError::Picture(e) => (picture_status(*e), e.code(), "The picture was not read"),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, kind, title) = self.parts();
        let detail = match &self {
            ApiError::Internal(cause) => {
                tracing::error!(cause = %cause, "internal error");
                "Something went wrong on our side. Please try again in a minute.".to_string()
            }
            other => other.to_string(),
        };
        let problem = Problem {
            kind: format!("/problems/{kind}"),
            title: title.to_string(),
            status: status.as_u16(),
            detail,
        };
        let mut response = (status, axum::Json(problem)).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let ApiError::TooManyRequests(wait) = self
            && let Ok(v) = HeaderValue::from_str(&wait.to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, v);
        }
        if let ApiError::Picture(crate::ocr::OcrError::Busy) = self {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
        }
        response
    }
}

/// The HTTP status for a picture that was not read.
pub fn picture_status(e: crate::ocr::OcrError) -> StatusCode {
    use crate::ocr::OcrError;
    match e {
        OcrError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        OcrError::NotAnImage => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        OcrError::Busy | OcrError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        OcrError::TooManyPixels(..)
        | OcrError::TooSmall(..)
        | OcrError::Unreadable
        | OcrError::Timeout => StatusCode::UNPROCESSABLE_ENTITY,
    }
}
