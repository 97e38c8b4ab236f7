//! The JSON API, for other organisations' channels (WhatsApp, SMS): assess, scan, the ruleset,
//! and the OpenAPI document generated from the Rust types.

use axum::body::{Body, Bytes};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use utoipa::OpenApi;

use super::AppState;
use super::error::ApiError;
use crate::i18n::render::{Assessment, Scan};
use crate::rules::facts::MAX_TEXT_BYTES;
use crate::rules::{self, Date, Facts, FactsError};
use crate::store::StatIncrement;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/assess", post(assess))
        .route(
            "/api/v1/scan",
            post(scan).layer(axum::extract::DefaultBodyLimit::max(
                crate::ocr::MAX_BYTES + 1,
            )),
        )
        .route("/api/v1/ruleset", get(ruleset))
        .route("/api/openapi.json", get(openapi))
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "ogoh",
        description = "Legal-risk advice for Central Asian labour migrants in Russia. Information, not legal advice."
    ),
    paths(assess, scan, ruleset),
    components(schemas(
        Facts,
        Assessment,
        Scan,
        ScanRequest,
        ScanResponse,
        RulesetInfo,
        LocaleInfo,
        super::error::Problem
    ))
)]
struct ApiDoc;

/// `?lang=`: the answer's language; otherwise Accept-Language, otherwise Russian.
#[derive(Debug, Deserialize)]
pub struct LangQuery {
    pub lang: Option<String>,
}

/// The query string, or a problem document (not axum's plain-text 400) when it cannot be read,
/// e.g. `?lang=en&lang=ru`.
fn query(q: Result<Query<LangQuery>, QueryRejection>) -> Result<LangQuery, ApiError> {
    q.map(|Query(q)| q)
        .map_err(|e| ApiError::Malformed(format!("the query string: {}", e.body_text())))
}

/// The body of `POST /api/v1/scan` as JSON.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ScanRequest {
    /// The text to check (UTF-8, at most 64 KB). It is not stored.
    pub text: String,
}

/// The answer of `POST /api/v1/scan`.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ScanResponse {
    pub ruleset: String,
    pub lang: String,
    /// True when the text was read from a picture (neither is kept).
    pub read_from_picture: bool,
    #[serde(flatten)]
    pub scan: Scan,
}

/// `GET /api/v1/ruleset`: what is live.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RulesetInfo {
    pub version: String,
    pub laws: usize,
    pub findings: usize,
    pub patterns: usize,
    pub locales: Vec<LocaleInfo>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct LocaleInfo {
    pub lang: String,
    /// Messages present / messages in English.
    pub messages: usize,
    pub total: usize,
    pub reviewed: bool,
}

/// Reads a body of at most 64 KB whose type is one of `types`; returns the type found.
async fn read_body(
    headers: &HeaderMap,
    body: Body,
    types: &[&'static str],
) -> Result<(Bytes, &'static str), ApiError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let Some(kind) = types.iter().find(|t| **t == essence) else {
        return Err(ApiError::UnsupportedType(format!(
            "Content-Type must be {}",
            types.join(" or ")
        )));
    };
    let max = if kind.starts_with("image/") {
        crate::ocr::MAX_BYTES
    } else {
        MAX_TEXT_BYTES
    };
    let bytes = axum::body::to_bytes(body, max + 1)
        .await
        .map_err(|_| ApiError::TooLarge)?;
    if bytes.len() > max {
        return Err(ApiError::TooLarge);
    }
    Ok((bytes, kind))
}

fn lang(state: &AppState, q: &LangQuery, headers: &HeaderMap) -> Result<String, ApiError> {
    let engine = state.engine.load();
    if let Some(l) = &q.lang {
        return engine.locales.supported(l).ok_or_else(|| {
            ApiError::Invalid(format!(
                "query `lang`: unknown language `{l}`; use one of {}",
                engine.locales.languages().collect::<Vec<_>>().join(", ")
            ))
        });
    }
    let accept = super::accept_language(headers);
    Ok(engine.locales.negotiate(None, None, accept))
}

/// Facts in, Assessment out.
#[utoipa::path(
    post, path = "/api/v1/assess",
    params(("lang" = Option<String>, Query, description = "en, ru, uz, uz-Cyrl, tg, ky or kk")),
    request_body(content = Facts, content_type = "application/json"),
    responses(
        (status = 200, body = Assessment),
        (status = 400, body = super::error::Problem, description = "not JSON"),
        (status = 413, body = super::error::Problem, description = "over 64 KB"),
        (status = 415, body = super::error::Problem, description = "not application/json"),
        (status = 422, body = super::error::Problem, description = "invalid facts; the detail names the field"),
        (status = 429, body = super::error::Problem),
    )
)]
async fn assess(
    State(state): State<AppState>,
    q: Result<Query<LangQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let q = query(q)?;
    let lang = lang(&state, &q, &headers)?;
    let (bytes, _) = read_body(&headers, body, &["application/json"]).await?;
    let facts = Facts::from_json(&bytes).map_err(|e| match e {
        FactsError::Malformed(m) => ApiError::Malformed(m),
        FactsError::TooLarge(_) => ApiError::TooLarge,
        FactsError::NotUtf8 => ApiError::Malformed(e.to_string()),
        FactsError::Invalid(m) => ApiError::Invalid(m),
    })?;
    let engine = state.engine.load();
    let today = Date::today();
    // An offer's text must not outlive the request, so such answers are never kept.
    // Keyed by the facts as parsed, not the body as sent: padding or reordering a body must
    // not make a new entry (a probe grew memory that way).
    let key = facts.offer_text.is_none().then(|| AnswerKey {
        rules: engine.rules.version.clone(),
        locales: engine.locales.version.clone(),
        lang: lang.clone(),
        today,
        facts: Bytes::from(serde_json::to_vec(&facts).unwrap_or_default()),
    });
    let answer = match key.as_ref().and_then(|k| state.answers.0.get(k)) {
        Some(kept) => kept,
        None => {
            let ev = rules::evaluate(&engine.rules, &facts, today);
            let json = serde_json::to_vec(&engine.locales.assessment(&lang, &ev))
                .map_err(|e| ApiError::Internal(e.to_string()))?;
            let answer = Arc::new(Answer {
                json: Bytes::from(json),
                counted: Counted::of(&facts, &ev),
            });
            if let Some(key) = key {
                state.answers.0.insert(key, answer.clone());
            }
            answer
        }
    };
    record(&state, "api", &answer.counted);
    Ok((
        [(header::CONTENT_TYPE, "application/json")],
        answer.json.clone(),
    )
        .into_response())
}

/// API answers already computed. An answer is a pure function of the rules, the texts, the
/// language, the date and the facts, and people share a few situations, so the JSON is kept
/// ready: serialising a 7-14 KB answer was most of a request's own work. Keyed by the rules'
/// and texts' versions too, so answers of an engine replaced by a reload are never found
/// again and age out. Bounded, least recently used first out.
pub struct Answers(quick_cache::sync::Cache<AnswerKey, Arc<Answer>, ByBytes>);

/// At most this many bytes of answers and keys (answers are 7-14 KB each).
const ANSWERS_BYTES: u64 = 24 * 1024 * 1024;

/// Weighs a kept answer by its bytes, so the cache is bounded by memory, not by a count.
#[derive(Clone)]
pub struct ByBytes;

impl quick_cache::Weighter<AnswerKey, Arc<Answer>> for ByBytes {
    fn weight(&self, key: &AnswerKey, answer: &Arc<Answer>) -> u64 {
        (key.rules.len() + key.locales.len() + key.facts.len() + key.lang.len() + answer.json.len())
            as u64
    }
}

impl Answers {
    /// How many answers are kept.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Default for Answers {
    fn default() -> Self {
        // About 2,000 answers of 12 KB fill the byte budget.
        Answers(quick_cache::sync::Cache::with_weighter(
            2048,
            ANSWERS_BYTES,
            ByBytes,
        ))
    }
}

/// The engine's versions, the language, the day and the request's facts as parsed (never with
/// an offer text).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AnswerKey {
    rules: String,
    locales: String,
    lang: String,
    today: Date,
    facts: Bytes,
}

pub struct Answer {
    json: Bytes,
    counted: Counted,
}

/// What an assessment adds to the statistics and metrics: ids only.
#[derive(Debug, Clone)]
pub struct Counted {
    risk: rules::eval::Risk,
    country: &'static str,
    /// "assessment", `finding:<id>`, `pattern:<id>`.
    items: Vec<String>,
    patterns: Vec<String>,
}

impl Counted {
    pub fn of(facts: &Facts, ev: &rules::Evaluation) -> Counted {
        let patterns: Vec<String> = ev.scam.flags.iter().map(|f| f.id.clone()).collect();
        let mut items = vec!["assessment".to_string()];
        items.extend(ev.findings.iter().map(|f| format!("finding:{}", f.id)));
        items.extend(patterns.iter().map(|p| format!("pattern:{p}")));
        Counted {
            risk: ev.risk,
            country: facts.citizenship.as_str(),
            items,
            patterns,
        }
    }
}

/// Counts an assessment for the statistics and the metrics; never fails the request.
pub fn record(state: &AppState, channel: &'static str, counted: &Counted) {
    metrics::counter!("assessments_total", "risk" => counted.risk.as_str(), "channel" => channel)
        .increment(1);
    for pattern in &counted.patterns {
        metrics::counter!("scam_flags_total", "pattern" => pattern.clone()).increment(1);
    }
    let day = crate::dialogue::session::day_of(chrono::Utc::now().timestamp());
    state
        .stats
        .add(counted.items.iter().map(|item| StatIncrement {
            day: day.clone(),
            channel: channel.to_string(),
            country: counted.country.to_string(),
            item: item.clone(),
            n: 1,
        }));
}

/// A text (or a photo of it) in, the recruitment patterns it matches out.
#[utoipa::path(
    post, path = "/api/v1/scan",
    params(("lang" = Option<String>, Query)),
    request_body(
        description = "JSON {\"text\": …}, text/plain, or a photo or screenshot as image/jpeg, image/png or image/webp (up to 10 MB), read with Tesseract; nothing is kept",
        content(
            (ScanRequest = "application/json"),
            (String = "text/plain"),
            (Vec<u8> = "image/jpeg"),
            (Vec<u8> = "image/png"),
            (Vec<u8> = "image/webp"),
        ),
    ),
    responses(
        (status = 200, body = ScanResponse),
        (status = 400, body = super::error::Problem), (status = 413, body = super::error::Problem),
        (status = 415, body = super::error::Problem), (status = 422, body = super::error::Problem),
        (status = 503, body = super::error::Problem, description = "photos cannot be read now (busy: Retry-After)"),
    )
)]
async fn scan(
    State(state): State<AppState>,
    q: Result<Query<LangQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<ScanResponse>, ApiError> {
    let q = query(q)?;
    let lang = lang(&state, &q, &headers)?;
    let types = &[
        "application/json",
        "text/plain",
        "image/jpeg",
        "image/png",
        "image/webp",
    ];
    let (bytes, kind) = read_body(&headers, body, types).await?;
    let read_from_picture = kind.starts_with("image/");
    let text = if read_from_picture {
        let read = state.ocr.read(&bytes, &lang).await.map_err(|e| {
            metrics::counter!("ocr_refused_total", "why" => e.code()).increment(1);
            ApiError::Picture(e)
        })?;
        if !crate::ocr::enough_read(&read) {
            return Err(ApiError::Picture(crate::ocr::OcrError::Unreadable));
        }
        read
    } else if kind == "text/plain" {
        String::from_utf8(bytes.to_vec())
            .map_err(|_| ApiError::Malformed("the text is not valid UTF-8".into()))?
    } else {
        let de = &mut serde_json::Deserializer::from_slice(&bytes);
        let req: ScanRequest = serde_path_to_error::deserialize(de).map_err(|e| {
            let inner = e.inner();
            if inner.is_syntax() || inner.is_eof() {
                ApiError::Malformed(format!("not valid JSON: {inner}"))
            } else {
                ApiError::Invalid(format!("field `{}`: {inner}", e.path()))
            }
        })?;
        req.text
    };
    let engine = state.engine.load();
    let result = engine.rules.scanner.scan(&text);
    for flag in &result.flags {
        metrics::counter!("scam_flags_total", "pattern" => flag.id.clone()).increment(1);
    }
    Ok(Json(ScanResponse {
        ruleset: engine.rules.version.clone(),
        scan: engine.locales.scan(&lang, &result),
        lang,
        read_from_picture,
    }))
}

/// The live ruleset: version, sizes, and each locale's coverage and review status.
#[utoipa::path(get, path = "/api/v1/ruleset", responses((status = 200, body = RulesetInfo)))]
async fn ruleset(State(state): State<AppState>) -> Json<RulesetInfo> {
    let engine = state.engine.load();
    let total = engine
        .locales
        .locales
        .get(crate::i18n::REFERENCE)
        .map_or(0, |l| l.messages.len());
    Json(RulesetInfo {
        version: engine.rules.version.clone(),
        laws: engine.rules.laws.len(),
        findings: engine.rules.findings.len(),
        patterns: engine.rules.scanner.patterns.len(),
        locales: engine
            .locales
            .locales
            .iter()
            .map(|(lang, l)| LocaleInfo {
                lang: lang.clone(),
                messages: l.messages.len().min(total),
                total,
                reviewed: l.reviewed(),
            })
            .collect(),
    })
}

async fn openapi() -> Response {
    Json(ApiDoc::openapi()).into_response()
}
