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
    Router::new()
        .route("/staff", axum::routing::get(overview))
        .route("/staff/reload", post(reload))
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
                    header::HeaderValue::from_static("Basic realm=\"ogoh staff\""),
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
    // A bearer token (scripts), or Basic auth with the token as password (a browser's prompt).
    let auth = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let basic = auth.strip_prefix("Basic ").and_then(|b| {
        use base64::Engine as _;
        let raw = base64::engine::general_purpose::STANDARD
            .decode(b.trim())
            .ok()?;
        let text = String::from_utf8(raw).ok()?;
        text.split_once(':')
            .map(|(_, password)| password.to_string())
    });
    let given =
        basic.unwrap_or_else(|| auth.strip_prefix("Bearer ").unwrap_or_default().to_string());
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

/// Counts below this are shown as "<5", so a small number cannot point at a person.
pub const SMALL_COUNT: i64 = 5;

/// A count as staff see it.
pub fn shown_count(n: i64) -> String {
    if n < SMALL_COUNT {
        format!("<{SMALL_COUNT}")
    } else {
        n.to_string()
    }
}

/// Laws not checked for this many days are listed as stale.
const STALE_DAYS: i64 = 180;

/// The staff page: what is live, the audit, translations, stale or uncertain values, and the
/// anonymous statistics of the last 8 weeks.
async fn overview(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if let Err(refused) = authorised(&state, &headers) {
        return refused.into_response();
    }
    let engine = state.engine.load();
    let today = crate::rules::Date::today();
    let since = crate::rules::Date(today.0 - chrono::Days::new(56)).to_string();
    let audit = state.store.ruleset_audit(20).await.unwrap_or_default();
    let stats = state.store.stats(&since).await.unwrap_or_default();
    let mut totals: std::collections::BTreeMap<(String, String), i64> = Default::default();
    let mut items: std::collections::BTreeMap<String, i64> = Default::default();
    for s in &stats {
        if s.item == "assessment" {
            *totals
                .entry((s.country.clone(), s.channel.clone()))
                .or_default() += s.count;
        } else {
            *items.entry(s.item.clone()).or_default() += s.count;
        }
    }
    let mut top: Vec<(String, i64)> = items.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let stale: Vec<&crate::rules::Law> = engine
        .rules
        .laws
        .iter()
        .filter(|l| l.checked_on.days_until(today) > STALE_DAYS)
        .collect();
    let uncertain: Vec<&crate::rules::Law> = engine
        .rules
        .laws
        .iter()
        .filter(|l| l.status != crate::rules::Status::Official)
        .collect();
    let total_messages = engine
        .locales
        .locales
        .get(crate::i18n::REFERENCE)
        .map_or(0, |l| l.messages.len());
    let page = maud::html! {
        (maud::DOCTYPE)
        html lang="en" {
            head { meta charset="utf-8"; meta name="viewport" content="width=device-width, initial-scale=1"; title { "ogoh staff" } link rel="stylesheet" href="/style.css"; }
            body { main {
                h1 { "ogoh staff" }
                p { "Live ruleset " code { (engine.rules.version) } ", texts " code { (engine.locales.version) } ": "
                    (engine.rules.laws.len()) " laws, " (engine.rules.findings.len()) " findings, " (engine.rules.scanner.patterns.len()) " patterns." }
                h2 { "Reloads (newest first)" }
                @if audit.is_empty() { p { "None recorded." } }
                @for a in &audit {
                    p { strong { (a.outcome) } " " code { (a.version) } " at " (chrono::DateTime::from_timestamp(a.loaded_at, 0).map(|t| t.to_rfc3339()).unwrap_or_default()) }
                    @if !a.diagnostics.is_empty() { pre.sources { (a.diagnostics) } }
                }
                h2 { "Translations" }
                table { tr { th { "language" } th { "messages" } th { "review" } }
                    @for (lang, l) in &engine.locales.locales {
                        tr { td { (lang) } td { (l.messages.len().min(total_messages)) "/" (total_messages) }
                             td { @if l.reviewed() { "reviewed" } @else if lang == crate::i18n::UZ_CYRL { "from uz" } @else { "DRAFT" } } }
                    }
                }
                h2 { "Stale values (checked more than " (STALE_DAYS) " days ago)" }
                @if stale.is_empty() { p { "None." } }
                ul { @for l in &stale { li { code { (l.id) } ": " (l.about) " (checked " (l.checked_on) ")" } } }
                h2 { "Reported or unconfirmed values" }
                ul { @for l in &uncertain { li { code { (l.id) } " (" (format!("{:?}", l.status).to_lowercase()) "): " (l.about) } } }
                h2 { "Assessments, last 8 weeks (counts under 5 shown as <5)" }
                table { tr { th { "country" } th { "channel" } th { "assessments" } }
                    @for ((country, channel), n) in &totals { tr { td { (country) } td { (channel) } td { (shown_count(*n)) } } }
                }
                h2 { "Top findings and recruitment patterns" }
                table { tr { th { "item" } th { "count" } }
                    @for (item, n) in top.iter().take(20) { tr { td { code { (item) } } td { (shown_count(*n)) } } }
                }
            } }
        }
    };
    page.into_response()
}
