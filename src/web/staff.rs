//! Staff routes under `/staff`: off (404) unless `OGOH_STAFF_TOKEN` is set; each request needs
//! `Authorization: Bearer <token>` (compared in constant time), else 401. Never cached.

use std::sync::Arc;

use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
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
        .route("/staff/simulate", axum::routing::get(simulate))
        .route("/staff/leaflet/{lang}", axum::routing::get(leaflet))
        .route("/staff/reload", post(reload))
}

/// Why a staff request is refused.
pub(super) enum Refused {
    /// Staff routes are off.
    Off,
    /// Missing or wrong token.
    Unauthorised,
    /// A POST sent by another site (a browser may add cached Basic credentials to it).
    CrossSite,
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
            Refused::CrossSite => (
                StatusCode::FORBIDDEN,
                "staff actions must come from the staff page\n",
            )
                .into_response(),
        }
    }
}

/// A request that may use the staff routes, as an extractor: a handler that takes it runs only
/// for staff, and every other request gets `Refused`'s answer.
pub(super) struct Authorised(pub Staff);

impl FromRequestParts<AppState> for Authorised {
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Refused> {
        authorised(state, &parts.headers).map(Authorised)
    }
}

/// A state-changing request from this site or from a script, as an extractor (see
/// `same_origin`). Put it before `Authorised`: a cross-site request is refused unread.
struct SameOrigin;

impl FromRequestParts<AppState> for SameOrigin {
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Refused> {
        same_origin(&parts.headers).map(|()| SameOrigin)
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
    // The scheme name is case-insensitive (RFC 9110 §11.1): "basic", "BEARER".
    let (scheme, credentials) = auth.trim().split_once(' ').unwrap_or(("", ""));
    let given = if scheme.eq_ignore_ascii_case("basic") {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD
            .decode(credentials.trim())
            .ok()
            .and_then(|raw| String::from_utf8(raw).ok())
            .and_then(|text| {
                text.split_once(':')
                    .map(|(_, password)| password.to_string())
            })
            .unwrap_or_default()
    } else if scheme.eq_ignore_ascii_case("bearer") {
        credentials.trim().to_string()
    } else {
        String::new()
    };
    if bool::from(given.as_bytes().ct_eq(staff.token.as_bytes())) {
        Ok(staff)
    } else {
        Err(Refused::Unauthorised)
    }
}

/// Whether a state-changing request comes from this site (or from no site: a script), by the
/// browser's own `Sec-Fetch-Site`, else by `Origin` against `Host`.
fn same_origin(headers: &HeaderMap) -> Result<(), Refused> {
    let get = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = get("sec-fetch-site") {
        return match site {
            "same-origin" | "none" => Ok(()),
            _ => Err(Refused::CrossSite),
        };
    }
    match (get("origin"), get("host")) {
        (None, _) => Ok(()),
        (Some(origin), Some(host))
            if origin
                .split_once("://")
                .is_some_and(|(_, authority)| authority.eq_ignore_ascii_case(host)) =>
        {
            Ok(())
        }
        _ => Err(Refused::CrossSite),
    }
}

/// Reloads rules and locales behind the test gate, and says what happened.
async fn reload(_: SameOrigin, Authorised(staff): Authorised) -> Response {
    Json(staff.reloader.reload().await).into_response()
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
async fn overview(State(state): State<AppState>, _: Authorised) -> Response {
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
                h2 { "Assessments per week, last 8 weeks" }
                (weekly_chart(&stats, today))
                h2 { "Assessments by country and channel, last 8 weeks (counts under 5 shown as <5)" }
                (top_chart(&totals.iter().map(|((c, ch), n)| (format!("{c} · {ch}"), *n)).collect::<Vec<_>>()))
                table { tr { th { "country" } th { "channel" } th { "assessments" } }
                    @for ((country, channel), n) in &totals { tr { td { (country) } td { (channel) } td { (shown_count(*n)) } } }
                }
                h2 { "Top findings and recruitment patterns" }
                (top_chart(&top))
                table { tr { th { "item" } th { "count" } }
                    @for (item, n) in top.iter().take(20) { tr { td { code { (item) } } td { (shown_count(*n)) } } }
                }
            } }
        }
    };
    page.into_response()
}

/// A bar chart of assessments per week (server-rendered SVG; no script). Weeks with fewer than
/// 5 are drawn as an empty outline and labelled "<5".
fn weekly_chart(stats: &[crate::store::StatRow], today: crate::rules::Date) -> maud::Markup {
    let mut weeks = [0i64; 8];
    for s in stats.iter().filter(|s| s.item == "assessment") {
        if let Ok(day) = crate::rules::Date::parse(&s.day) {
            let age = day.days_until(today);
            if (0..56).contains(&age) {
                weeks[7 - (age / 7) as usize] += s.count;
            }
        }
    }
    let max = weeks.iter().copied().max().unwrap_or(0).max(SMALL_COUNT);
    let (w, h, bar) = (400i64, 140i64, 40i64);
    maud::html! {
        svg xmlns="http://www.w3.org/2000/svg" width=(w) height=(h + 30) role="img" aria-label="Assessments per week" {
            @for (i, n) in weeks.iter().enumerate() {
                @let x = i as i64 * (bar + 10) + 5;
                @let shown = if *n < SMALL_COUNT { 0 } else { *n };
                @let bh = shown * h / max;
                rect x=(x) y=(h - bh) width=(bar) height=(bh.max(1)) fill=(if shown == 0 { "none" } else { "#0645ad" }) stroke="#0645ad" {}
                text x=(x + bar / 2) y=(h + 18) font-size="12" text-anchor="middle" { (shown_count(*n)) }
            }
        }
    }
}

/// Horizontal bars for the most frequent findings and patterns; counts under 5 are not drawn.
fn top_chart(top: &[(String, i64)]) -> maud::Markup {
    let shown: Vec<&(String, i64)> = top
        .iter()
        .filter(|(_, n)| *n >= SMALL_COUNT)
        .take(10)
        .collect();
    let max = shown.iter().map(|(_, n)| *n).max().unwrap_or(1);
    let row = 22i64;
    maud::html! {
        svg xmlns="http://www.w3.org/2000/svg" width="600" height=(row * shown.len() as i64 + 4) role="img" aria-label="Top findings and patterns" {
            @for (i, (item, n)) in shown.iter().enumerate() {
                @let y = i as i64 * row + 2;
                rect x="260" y=(y) width=((*n * 300 / max).max(1)) height=(row - 6) fill="#0645ad" {}
                text x="255" y=(y + 13) font-size="11" text-anchor="end" { (item) }
                text x=(265 + *n * 300 / max) y=(y + 13) font-size="11" { (n) }
            }
        }
    }
}

#[derive(serde::Deserialize)]
struct SimulateQuery {
    lang: Option<String>,
    citizenship: Option<String>,
    russian_citizenship: Option<String>,
    age: Option<String>,
    #[serde(default)]
    situations: Vec<String>,
    on: Option<String>,
}

/// The simulator: any facts and date, in any language, with the full trace.
async fn simulate(State(state): State<AppState>, _: Authorised, uri: axum::http::Uri) -> Response {
    let q: SimulateQuery =
        serde_html_form::from_str(uri.query().unwrap_or_default()).unwrap_or(SimulateQuery {
            lang: None,
            citizenship: None,
            russian_citizenship: None,
            age: None,
            situations: Vec::new(),
            on: None,
        });
    let engine = state.engine.load();
    let l = &engine.locales;
    let lang = q
        .lang
        .as_deref()
        .and_then(|x| l.supported(x))
        .unwrap_or_else(|| "en".into());
    let mut error = None;
    let result = q
        .citizenship
        .as_ref()
        .and_then(|c| match simulated_facts(&q, c) {
            Ok(f) => {
                let ev = crate::rules::evaluate(&engine.rules, &f, crate::rules::Date::today());
                Some(l.assessment(&lang, &ev))
            }
            Err(e) => {
                error = Some(e.to_string());
                None
            }
        });
    use strum::VariantNames;
    let page = maud::html! {
        (maud::DOCTYPE)
        html lang="en" {
            head { meta charset="utf-8"; title { "ogoh simulator" } link rel="stylesheet" href="/style.css"; }
            body { main {
                h1 { "Simulator" }
                form method="get" action="/staff/simulate" {
                    label { "language " select name="lang" { @for code in l.languages() { option value=(code) selected[code == lang] { (code) } } } }
                    label { "citizenship " select name="citizenship" { @for c in crate::rules::Citizenship::VARIANTS { option selected[q.citizenship.as_deref() == Some(*c)] { (c) } } } }
                    label { "Russian citizenship " select name="russian_citizenship" { @for c in crate::rules::RussianCitizenship::VARIANTS { option selected[q.russian_citizenship.as_deref() == Some(*c)] { (c) } } } }
                    label { "age " input type="number" name="age" value=[q.age.as_deref()]; }
                    label { "date (YYYY-MM-DD, empty: today) " input name="on" value=[q.on.as_deref()]; }
                    fieldset { legend { "situations" }
                        @for s in crate::rules::Situation::VARIANTS {
                            label { input type="checkbox" name="situations" value=(s) checked[q.situations.iter().any(|x| x == s)]; (s) }
                        }
                    }
                    button type="submit" { "Simulate" }
                }
                @if let Some(e) = &error { p.error { (e) } }
                @if let Some(a) = &result {
                    p.risk { "risk: " (a.risk.as_str()) ", on " (a.on) ", ruleset " (a.ruleset) }
                    @for f in &a.findings {
                        section.finding {
                            h2 { (f.title) " " code { (f.id) } " (" (format!("{:?}", f.severity).to_lowercase()) ")" }
                            p { (f.text) } p { (f.why) }
                            p.sources { "conditions that held: " @for m in &f.trace.matched { br; code { (m) } } }
                            p.sources { "laws: " (f.trace.laws.join(", ")) "; values: " (format!("{:?}", f.values)) }
                            p.sources { @for c in &f.citations { (c.title) @if let Some(a) = c.article.staff_text() { ", " (a) } " — " (c.source) " (" (c.checked_on) ", " (format!("{:?}", c.status).to_lowercase()) ")" br; } }
                        }
                    }
                    p { "advice: " @for adv in &a.advice { code { (adv.id) } " " } }
                }
            } }
        }
    };
    page.into_response()
}

/// The simulator form's facts, checked as the API checks them.
fn simulated_facts(
    q: &SimulateQuery,
    citizenship: &str,
) -> Result<crate::rules::Facts, crate::rules::FactsError> {
    let json = serde_json::json!({
        "citizenship": citizenship,
        "russian_citizenship": q.russian_citizenship.as_deref().unwrap_or("none"),
        // A number as a number, anything else as typed: the facts' own check then names
        // the field and what is wrong, instead of a bad age turning into 0.
        "age": q.age.as_deref().filter(|a| !a.is_empty()).map(|a| match a.trim().parse::<i64>() {
            Ok(n) => serde_json::json!(n),
            Err(_) => serde_json::json!(a),
        }),
        "situations": q.situations,
        "on": q.on.as_deref().filter(|d| !d.is_empty()),
    });
    crate::rules::Facts::from_json(json.to_string().as_bytes())
}

/// A printable leaflet in one language: a few lines, and QR codes for the bot's deep link and
/// the web page, when their addresses are configured.
async fn leaflet(
    State(state): State<AppState>,
    _: Authorised,
    axum::extract::Path(lang): axum::extract::Path<String>,
) -> Response {
    let engine = state.engine.load();
    let l = &engine.locales;
    let Some(lang) = l.supported(&lang) else {
        return ApiError::NotFound.into_response();
    };
    let links = &state.links;
    let bot = links
        .telegram_bot
        .as_ref()
        .map(|b| format!("https://t.me/{b}?start={lang}"));
    let web = links
        .public_url
        .as_ref()
        .map(|u| format!("{}/{lang}/", u.trim_end_matches('/')));
    let qr = |url: &str| -> maud::Markup {
        match qrcode::QrCode::new(url.as_bytes()) {
            Ok(code) => maud::PreEscaped(
                code.render::<qrcode::render::svg::Color<'_>>()
                    .min_dimensions(180, 180)
                    .build(),
            ),
            Err(_) => maud::html! { p { (url) } },
        }
    };
    let t = |id: &str| l.label(&lang, id);
    let page = maud::html! {
        (maud::DOCTYPE)
        html lang=(lang) {
            head { meta charset="utf-8"; title { (t("web-title")) } link rel="stylesheet" href="/style.css"; }
            body { main {
                h1 { (t("web-title")) }
                p { (t("web-intro")) }
                p { (t("dialogue-welcome")) }
                @if let Some(url) = &bot { h2 { "Telegram" } (qr(url)) p { (url) } }
                @if let Some(url) = &web { h2 { "Web" } (qr(url)) p { (url) } }
                @if bot.is_none() && web.is_none() {
                    p.error { "Set OGOH_TELEGRAM_BOT and OGOH_PUBLIC_URL to print QR codes." }
                }
                p { strong { (t("disclaimer")) } }
            } }
        }
    };
    page.into_response()
}
