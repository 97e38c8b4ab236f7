//! The web server (axum): the no-JavaScript form pages, the JSON API, and health and metrics.
//! Each route module owns its router; `app` merges them with the shared middleware, so tests
//! drive the whole app with `tower::ServiceExt::oneshot` and no socket.

pub mod api;
pub mod client_addr;
pub mod error;
pub mod listen;
pub mod ops;
pub mod pages;
pub mod staff;

use std::sync::Arc;
use std::time::{Duration, Instant};

use arc_swap::ArcSwap;
use axum::Router;
use axum::extract::{MatchedPath, Request};
use axum::http::{HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use tower_governor::GovernorLayer;
use tower_governor::governor::GovernorConfigBuilder;

use crate::engine::Engine;
use crate::store::Store;
use client_addr::{ClientKey, TrustedProxies};
pub use listen::{Limits, serve};

/// Per-client request limit (health checks are exempt).
#[derive(Debug, Clone)]
pub struct RateLimit {
    /// Requests per second, sustained; 0 turns the limit off (benchmarks).
    pub per_second: u64,
    /// Requests allowed in a burst.
    pub burst: u32,
    /// Reverse proxies whose `X-Forwarded-For` names the client (see `client_addr`).
    pub trusted_proxies: TrustedProxies,
}

impl Default for RateLimit {
    fn default() -> Self {
        RateLimit {
            per_second: 5,
            burst: 30,
            trusted_proxies: TrustedProxies::default(),
        }
    }
}

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub engine: Arc<ArcSwap<Engine>>,
    /// API answers kept ready, keyed by the engine's versions: after a reload, old ones are
    /// never found again and age out.
    pub answers: Arc<api::Answers>,
    pub store: Arc<dyn Store>,
    /// Anonymous counts, written to the store every few seconds.
    pub stats: Arc<crate::store::stats_buffer::StatsBuffer>,
    pub rate_limit: RateLimit,
    /// Staff routes; `None` turns them off (404).
    pub staff: Option<staff::Staff>,
    /// Public addresses, for the leaflets' QR codes.
    pub links: Links,
    /// Reads photos of offers on the check page and the API.
    pub ocr: crate::ocr::Ocr,
}

/// The visitor's languages as the browser lists them (`Accept-Language`), for negotiation.
fn accept_language(headers: &axum::http::HeaderMap) -> Option<&str> {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
}

/// Where people find ogoh: the Telegram bot's username and the web page's public address.
#[derive(Debug, Clone, Default)]
pub struct Links {
    pub telegram_bot: Option<String>,
    pub public_url: Option<String>,
}

/// A request that takes longer than this gets 408, so a slow client cannot hold a worker.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// The whole application.
pub fn app(state: AppState) -> Router {
    // Installed before the first request, or that request's counts would be lost.
    crate::telemetry::install();
    let rate_limit = state.rate_limit.clone();
    let health = ops::health_router().with_state(state.clone());
    let router = Router::new()
        .merge(pages::router())
        .merge(api::router())
        .merge(ops::router())
        .merge(staff::router())
        .fallback(pages::not_found)
        .with_state(state)
        // A slow, paid-by-the-megabyte connection gets a page of a few KB instead of 20-30.
        // Nothing secret is ever in a response, so compressing next to echoed input is safe.
        .layer(tower_http::compression::CompressionLayer::new().gzip(true))
        .layer(middleware::from_fn(track))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ));
    // Health checks sit outside the limit: a load balancer polling them must never be refused.
    let limited = if rate_limit.per_second == 0 {
        router
    } else {
        rate_limited(router, rate_limit)
    };
    // The security headers go on every answer, 429 and 408 included: outermost.
    with_security_headers(limited.merge(health))
}

/// The per-address rate limit around the whole application.
fn rate_limited(router: Router, rate_limit: RateLimit) -> Router {
    // Keys are client addresses, held in memory only while their quota refills; never logged.
    match GovernorConfigBuilder::default()
        .per_millisecond((1000 / rate_limit.per_second).max(1))
        .burst_size(rate_limit.burst)
        .key_extractor(ClientKey(rate_limit.trusted_proxies))
        .finish()
    {
        Some(config) => router.layer(GovernorLayer::new(config).error_handler(|e| {
            let wait = match e {
                tower_governor::GovernorError::TooManyRequests { wait_time, .. } => wait_time,
                _ => 1,
            };
            // "Retry-After: 0" invites an immediate retry: at least a second.
            axum::response::IntoResponse::into_response(error::ApiError::TooManyRequests(
                wait.max(1),
            ))
        })),
        None => router,
    }
}

/// Counts requests and their latency per route (the route pattern, never the URL itself).
async fn track(req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_string(), |p| p.as_str().to_string());
    // A label per distinct value lives for ever: anything a client can invent (a method name of
    // 100,000 characters) must map to a bounded set.
    let method: &'static str = match req.method().as_str() {
        "GET" => "GET",
        "HEAD" => "HEAD",
        "POST" => "POST",
        "PUT" => "PUT",
        "DELETE" => "DELETE",
        "OPTIONS" => "OPTIONS",
        "PATCH" => "PATCH",
        _ => "other",
    };
    let start = Instant::now();
    let response = next.run(req).await;
    let status = response.status().as_u16().to_string();
    metrics::counter!("http_requests_total", "method" => method, "route" => route.clone(), "status" => status).increment(1);
    metrics::histogram!("http_request_duration_seconds", "route" => route)
        .record(start.elapsed().as_secs_f64());
    response
}

/// Headers for a person whose phone may be searched: nothing cached (unless the handler said
/// otherwise, as the stylesheet does), nothing leaked to other sites, nothing loaded from them.
fn with_security_headers(router: Router) -> Router {
    use tower_http::set_header::SetResponseHeaderLayer;
    let always = [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; \
             base-uri 'none'; frame-ancestors 'none'",
        ),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ];
    let router = router.layer(SetResponseHeaderLayer::if_not_present(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-store"),
    ));
    always.into_iter().fold(router, |r, (name, value)| {
        r.layer(SetResponseHeaderLayer::overriding(
            name,
            HeaderValue::from_static(value),
        ))
    })
}
