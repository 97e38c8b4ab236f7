//! The form pages: one page of questions, the result, and a message check. Server-rendered with
//! maud (compile-time checked, every value escaped); no JavaScript, no cookies, nothing from
//! other sites.

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use maud::{DOCTYPE, Markup, html};
use serde::Deserialize;
use strum::VariantNames;

use super::AppState;
use crate::dialogue::step::LANGUAGE_NAMES;
use crate::i18n::Locales;
use crate::i18n::render::{Assessment, Scan};
use crate::rules::facts::MAX_TEXT_BYTES;
use crate::rules::{self, Citizenship, Date, Facts, RussianCitizenship, Situation};

/// Where "leave this page now" goes: an ordinary weather page, in the same tab.
const QUICK_EXIT: &str = "https://yandex.ru/pogoda/";

/// A form body may be larger than the text it carries (URL encoding of Cyrillic is 6 bytes a
/// letter); the text itself is limited to 64 KB after decoding.
const MAX_FORM_BYTES: usize = 8 * MAX_TEXT_BYTES;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/style.css", get(style))
        .route("/{lang}/", get(questions))
        .route("/{lang}/result", axum::routing::post(result))
        .route(
            "/{lang}/check",
            get(check_page)
                .post(check)
                // A photo of up to 10 MB, and the text beside it.
                .layer(axum::extract::DefaultBodyLimit::max(
                    crate::ocr::MAX_BYTES + MAX_FORM_BYTES,
                )),
        )
}

fn t(l: &Locales, lang: &str, id: &str) -> String {
    l.label(lang, id)
}

fn page(l: &Locales, lang: &str, title: &str, content: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(lang) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) }
                link rel="stylesheet" href="/style.css";
            }
            body {
                header {
                    a href={ "/" (lang) "/" } { (t(l, lang, "brand")) }
                    a.exit href=(QUICK_EXIT) rel="noreferrer" { (t(l, lang, "web-quick-exit")) }
                }
                main { (content) }
                footer {
                    nav {
                        a href={ "/" (lang) "/" } { (t(l, lang, "web-again")) }
                        a href={ "/" (lang) "/check" } { (t(l, lang, "web-check-title")) }
                        a href="/" { (t(l, lang, "web-choose-language")) }
                    }
                    p { (t(l, lang, "disclaimer")) }
                }
            }
        }
    }
}

async fn style() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            // The one thing a browser may keep: it says nothing about the person.
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        include_str!("style.css"),
    )
}

#[derive(Deserialize)]
struct LangParam {
    lang: Option<String>,
}

/// Language choice, preselected from Accept-Language; `?lang=` goes to that language's page.
async fn home(
    State(state): State<AppState>,
    Query(q): Query<LangParam>,
    headers: HeaderMap,
) -> Response {
    let engine = state.engine.load();
    let l = &engine.locales;
    if let Some(chosen) = q.lang.as_deref().and_then(|c| l.supported(c)) {
        return Redirect::to(&format!("/{chosen}/")).into_response();
    }
    let lang = l.negotiate(None, None, super::accept_language(&headers));
    page(l, &lang, &t(l, &lang, "web-title"), html! {
        h1 { (t(l, &lang, "web-title")) }
        form method="get" action="/" {
            fieldset {
                legend { (t(l, &lang, "web-choose-language")) }
                @for (code, name) in LANGUAGE_NAMES.iter().filter(|(c, _)| l.supported(c).is_some()) {
                    label lang=(code) {
                        input type="radio" name="lang" value=(code) checked[*code == lang];
                        (name)
                    }
                }
            }
            button type="submit" { "→" }
        }
    })
    .into_response()
}

/// The language of a page's path (`/uz/...`), when we have it, as an extractor. Any other
/// path gets the 404 page, in the visitor's language.
struct PageLang(String);

impl FromRequestParts<AppState> for PageLang {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let asked = Path::<String>::from_request_parts(parts, state).await.ok();
        let found = asked.and_then(|Path(lang)| state.engine.load().locales.supported(&lang));
        found
            .map(PageLang)
            .ok_or_else(|| not_found_page(state, &parts.headers))
    }
}

/// What the form sends; checked into Facts by the one Facts parser.
#[derive(Debug, Default, Deserialize)]
struct FormAnswers {
    citizenship: Option<String>,
    russian_citizenship: Option<String>,
    age: Option<String>,
    #[serde(default)]
    situations: Vec<String>,
    offer_text: Option<String>,
}

async fn questions(State(state): State<AppState>, PageLang(lang): PageLang) -> Response {
    let engine = state.engine.load();
    form_page(&engine.locales, &lang, &FormAnswers::default(), None).into_response()
}

fn form_page(l: &Locales, lang: &str, a: &FormAnswers, error: Option<&str>) -> Markup {
    let chosen = |s: &str| a.situations.iter().any(|x| x == s);
    page(
        l,
        lang,
        &t(l, lang, "web-title"),
        html! {
            h1 { (t(l, lang, "web-title")) }
            p { (t(l, lang, "web-intro")) }
            p.tip { (t(l, lang, "web-quick-exit-tip")) }
            @if let Some(e) = error { p.error role="alert" { (e) } }
            form method="post" action={ "/" (lang) "/result" } {
                fieldset {
                    legend { (t(l, lang, "dialogue-ask-country")) }
                    @for c in Citizenship::VARIANTS {
                        label {
                            input type="radio" name="citizenship" value=(c) required checked[a.citizenship.as_deref() == Some(*c)];
                            (t(l, lang, &format!("button-country-{}", c.to_lowercase())))
                        }
                    }
                }
                fieldset {
                    legend { (t(l, lang, "dialogue-ask-russian-citizenship")) }
                    @for r in RussianCitizenship::VARIANTS {
                        label {
                            input type="radio" name="russian_citizenship" value=(r)
                                checked[a.russian_citizenship.as_deref().unwrap_or("none") == *r];
                            (t(l, lang, &format!("button-rc-{}", r.replace('_', "-"))))
                        }
                    }
                }
                fieldset {
                    legend { (t(l, lang, "web-situations")) }
                    @for s in Situation::VARIANTS {
                        label {
                            input type="checkbox" name="situations" value=(s) checked[chosen(s)];
                            (t(l, lang, &format!("button-situation-{}", s.replace('_', "-"))))
                        }
                    }
                }
                label for="age" { (t(l, lang, "web-age")) }
                input #age type="number" name="age" min="10" max="100" inputmode="numeric" value=[a.age.as_deref()];
                label for="offer" { (t(l, lang, "web-offer")) }
                textarea #offer name="offer_text" maxlength="65536" {}
                p { button type="submit" { (t(l, lang, "web-submit")) } }
            }
        },
    )
}

/// Reads a form body; an oversize one is refused before parsing.
async fn read_form(body: Body) -> Result<Bytes, ()> {
    axum::body::to_bytes(body, MAX_FORM_BYTES)
        .await
        .map_err(|_| ())
}

async fn result(State(state): State<AppState>, PageLang(lang): PageLang, body: Body) -> Response {
    let engine = state.engine.load();
    let l = &engine.locales;
    let Ok(bytes) = read_form(body).await else {
        let msg = t(l, &lang, "web-error-too-long");
        return (
            StatusCode::PAYLOAD_TOO_LARGE,
            form_page(l, &lang, &FormAnswers::default(), Some(&msg)),
        )
            .into_response();
    };
    let answers: FormAnswers = match serde_html_form::from_bytes(&bytes) {
        Ok(a) => a,
        Err(_) => {
            let msg = t(l, &lang, "web-error-form");
            return (
                StatusCode::BAD_REQUEST,
                form_page(l, &lang, &FormAnswers::default(), Some(&msg)),
            )
                .into_response();
        }
    };
    let facts = match facts_of(&answers) {
        Ok(f) => f,
        Err(field) => {
            let id = match field {
                "citizenship" => "web-error-citizenship",
                "age" => "web-error-age",
                "offer_text" => "web-error-too-long",
                _ => "web-error-form",
            };
            let msg = t(l, &lang, id);
            let status = if field == "offer_text" {
                StatusCode::PAYLOAD_TOO_LARGE
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            return (status, form_page(l, &lang, &answers, Some(&msg))).into_response();
        }
    };
    let ev = rules::evaluate(&engine.rules, &facts, Date::today());
    super::api::record(&state, "web", &super::api::Counted::of(&facts, &ev));
    let a = l.assessment(&lang, &ev);
    result_page(l, &lang, &a).into_response()
}

/// The form's answers as Facts, or the name of the field that is wrong.
fn facts_of(a: &FormAnswers) -> Result<Facts, &'static str> {
    let age = match a.age.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(n) => Some(n.parse::<u8>().map_err(|_| "age")?),
    };
    let text = a
        .offer_text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    if text.is_some_and(|t| t.len() > MAX_TEXT_BYTES) {
        return Err("offer_text");
    }
    let json = serde_json::json!({
        "citizenship": a.citizenship.as_deref().ok_or("citizenship")?,
        "russian_citizenship": a.russian_citizenship.as_deref().unwrap_or("none"),
        "age": age,
        "situations": a.situations,
        "offer_text": text,
    });
    Facts::from_json(json.to_string().as_bytes()).map_err(|e| {
        let m = e.to_string();
        [
            "citizenship",
            "russian_citizenship",
            "age",
            "situations",
            "offer_text",
        ]
        .into_iter()
        .find(|f| m.contains(&format!("`{f}")))
        .unwrap_or("form")
    })
}

fn risk_class(risk: &str) -> String {
    format!("risk risk-{risk}")
}

/// The answer in the shape every channel shares: the verdict and the first steps on the first
/// screen of a phone, then who can help, then the details folded in `<details>` (no
/// JavaScript needed to open them).
fn result_page(l: &Locales, lang: &str, a: &Assessment) -> Markup {
    let risk = a.risk.as_str();
    let lead = a.advice.len().min(Assessment::STEPS);
    page(
        l,
        lang,
        &t(l, lang, "web-title"),
        html! {
            p class=(risk_class(risk)) id="badge" { (a.badge) }
            h1 id="verdict" { (a.verdict) }
            @if a.scam.risk != crate::rules::ScamLevel::None {
                p { strong { (t(l, lang, "label-offer-risk")) ": " } (a.scam.verdict) }
            }
            @if lead > 0 {
                h2 { (t(l, lang, "label-advice")) }
                ol.steps {
                    @for (i, adv) in a.advice[..lead].iter().enumerate() {
                        li id={ "step-" (i + 1) } { (adv.text) }
                    }
                }
            }
            h2 { (t(l, lang, "label-contacts")) }
            @if a.contacts.is_empty() {
                p { (t(l, lang, "dialogue-contacts-none")) }
            } @else {
                ul { @for c in &a.contacts {
                    li { (c.name) @if let Some(u) = &c.url { " " a href=(u) rel="noreferrer" { (u) } } @if let Some(p) = &c.phone { " " (p) }
                        br; small { (c.note) } }
                } }
            }
            @if a.advice.len() > lead {
                details {
                    summary { (t(l, lang, "answer-more-steps")) " (" (a.advice.len() - lead) ")" }
                    ol start=(lead + 1) { @for adv in &a.advice[lead..] { li { (adv.text) } } }
                }
            }
            @if !a.findings.is_empty() {
                h2 { (t(l, lang, "answer-details")) }
                @for f in &a.findings {
                    details.finding {
                        summary { (f.title) }
                        p { (f.text) }
                        p { strong { (t(l, lang, "label-why")) ": " } (f.why) }
                        p.sources {
                            (t(l, lang, "dialogue-sources")) ":"
                            @for c in &f.citations {
                                br;
                                "– " (l.citation(lang, c))
                                @if let Some(url) = &c.url {
                                    br; a href=(url) rel="noreferrer" { (url) }
                                }
                            }
                        }
                    }
                }
            }
            @if !a.scam.flags.is_empty() { (scan_section(l, lang, &a.scam)) }
            p { strong { (a.disclaimer) } }
            p { a href={ "/" (lang) "/" } { (t(l, lang, "web-again")) } }
        },
    )
}

/// The verdict sentence first, then at most three reasons; the rest in `<details>`, which
/// opens without JavaScript.
fn scan_section(l: &Locales, lang: &str, s: &Scan) -> Markup {
    let risk = s.risk.as_str();
    let lead = s.flags.len().min(Scan::LEAD);
    html! {
        h2 { (t(l, lang, "label-offer-risk")) }
        p class=(risk_class(risk)) id="verdict" { strong { (s.verdict) } }
        @if !s.questions.is_empty() {
            p { (s.ask) }
            ul { @for q in &s.questions { li { (q) } } }
        }
        @for f in &s.flags[..lead] { (flag(l, lang, f)) }
        @if s.flags.len() > lead {
            details {
                summary { (t(l, lang, "scan-more-reasons")) " (" (s.flags.len() - lead) ")" }
                @for f in &s.flags[lead..] { (flag(l, lang, f)) }
            }
        }
    }
}

fn flag(l: &Locales, lang: &str, f: &crate::i18n::render::Flag) -> Markup {
    html! {
        p { "⚠ " (f.text) }
        @if !f.evidence.is_empty() {
            p.sources { (t(l, lang, "label-evidence")) ": " @for (i, e) in f.evidence.iter().enumerate() { @if i > 0 { ", " } "«" (e) "»" } }
        }
    }
}

fn check_form(l: &Locales, lang: &str, error: Option<&str>, found: Option<Markup>) -> Markup {
    page(
        l,
        lang,
        &t(l, lang, "web-check-title"),
        html! {
            h1 { (t(l, lang, "web-check-title")) }
            @if let Some(found) = found { (found) }
            @if let Some(e) = error { p.error role="alert" { (e) } }
            // multipart: the text and, if chosen, a photo; phones offer the camera.
            form method="post" action={ "/" (lang) "/check" } enctype="multipart/form-data" {
                label for="text" { (t(l, lang, "web-check-intro")) }
                textarea #text name="text" maxlength="65536" {}
                label for="photo" { (t(l, lang, "web-check-photo")) }
                input #photo type="file" name="photo" accept="image/*";
                p { button type="submit" { (t(l, lang, "web-check-submit")) } }
            }
        },
    )
}

async fn check_page(State(state): State<AppState>, PageLang(lang): PageLang) -> Response {
    let engine = state.engine.load();
    check_form(&engine.locales, &lang, None, None).into_response()
}

#[derive(Deserialize)]
struct CheckForm {
    text: Option<String>,
}

/// What the check form sent: the text, and a photo's bytes if one was chosen.
struct Sent {
    text: String,
    photo: Option<Bytes>,
}

/// Why a check form could not be read: its message id and status.
type Refused = (StatusCode, &'static str);

/// Reads the form, as `multipart/form-data` (the page's own, with a photo) or urlencoded.
async fn read_check(headers: &HeaderMap, request: axum::extract::Request) -> Result<Sent, Refused> {
    let too_long = (StatusCode::PAYLOAD_TOO_LARGE, "web-error-too-long");
    let bad = (StatusCode::BAD_REQUEST, "web-error-form");
    let multipart = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if !multipart {
        let bytes = read_form(request.into_body())
            .await
            .map_err(|()| too_long)?;
        let form = serde_html_form::from_bytes::<CheckForm>(&bytes).map_err(|_| bad)?;
        return Ok(Sent {
            text: form.text.unwrap_or_default(),
            photo: None,
        });
    }
    use axum::extract::FromRequest;
    let mut form = axum::extract::Multipart::from_request(request, &())
        .await
        .map_err(|_| bad)?;
    let mut sent = Sent {
        text: String::new(),
        photo: None,
    };
    // A body over the limit ends the stream with an error: too long, not malformed.
    let failed = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            (StatusCode::PAYLOAD_TOO_LARGE, "dialogue-picture-too-big")
        } else {
            (StatusCode::BAD_REQUEST, "web-error-form")
        }
    };
    while let Some(field) = form.next_field().await.map_err(failed)? {
        match field.name() {
            Some("text") => sent.text = field.text().await.map_err(failed)?,
            Some("photo") => {
                let bytes = field.bytes().await.map_err(failed)?;
                // A file input left empty still sends an empty part.
                sent.photo = (!bytes.is_empty()).then_some(bytes);
            }
            _ => {}
        }
    }
    Ok(sent)
}

async fn check(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    headers: HeaderMap,
    request: axum::extract::Request,
) -> Response {
    let engine = state.engine.load();
    let l = &engine.locales;
    let refuse = |(status, message): Refused| {
        (
            status,
            check_form(l, &lang, Some(&t(l, &lang, message)), None),
        )
            .into_response()
    };
    let sent = match read_check(&headers, request).await {
        Ok(sent) => sent,
        Err(refused) => return refuse(refused),
    };
    if sent.text.len() > MAX_TEXT_BYTES {
        return refuse((StatusCode::PAYLOAD_TOO_LARGE, "web-error-too-long"));
    }
    if sent.text.trim().is_empty() && sent.photo.is_none() {
        return refuse((StatusCode::BAD_REQUEST, "web-error-form"));
    }
    let mut text = sent.text;
    if let Some(photo) = &sent.photo {
        match state.ocr.read(photo, &lang).await {
            Ok(read) if crate::ocr::enough_read(&read) => text = format!("{text}\n{read}"),
            Ok(_) => {
                return refuse((
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "dialogue-picture-unreadable",
                ));
            }
            Err(e) => {
                metrics::counter!("ocr_refused_total", "why" => e.code()).increment(1);
                return refuse((super::error::picture_status(e), e.message()));
            }
        }
    }
    let result = engine.rules.scanner.scan(&text);
    for flag in &result.flags {
        metrics::counter!("scam_flags_total", "pattern" => flag.id.clone()).increment(1);
    }
    let scan = l.scan(&lang, &result);
    let found = html! {
        @if sent.photo.is_some() { p { (t(l, &lang, "dialogue-picture-read")) } }
        (scan_section(l, &lang, &scan))
    };
    check_form(l, &lang, None, Some(found)).into_response()
}

/// 404, in the visitor's language.
pub async fn not_found(State(state): State<AppState>, headers: HeaderMap) -> Response {
    not_found_page(&state, &headers)
}

fn not_found_page(state: &AppState, headers: &HeaderMap) -> Response {
    let engine = state.engine.load();
    let l = &engine.locales;
    let lang = l.negotiate(None, None, super::accept_language(headers));
    let body = page(
        l,
        &lang,
        &t(l, &lang, "web-not-found"),
        html! {
            h1 { (t(l, &lang, "web-not-found")) }
            p { a href="/" { (t(l, &lang, "web-choose-language")) } }
        },
    );
    (StatusCode::NOT_FOUND, body).into_response()
}
