//! Every route and every error status of the web app, through `tower::ServiceExt::oneshot`
//! (no socket), with the shipped rules and a real SQLite store.

mod common;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::{Backend, TestDb};
use ogoh::web::client_addr::TrustedProxies;
use ogoh::web::{self, AppState, RateLimit};
use tower::ServiceExt;

type Stats = Arc<ogoh::store::stats_buffer::StatsBuffer>;

async fn app_with(rate_limit: RateLimit) -> (Router, TestDb, Stats) {
    let (app, db, state) = app_and_state(rate_limit).await;
    (app, db, state.stats)
}

async fn app_and_state(rate_limit: RateLimit) -> (Router, TestDb, AppState) {
    let db = TestDb::new(Backend::Sqlite).await;
    let state = common::shipped_state(&db, rate_limit).await;
    (web::app(state.clone()), db, state)
}

async fn app() -> (Router, TestDb, Stats) {
    app_with(RateLimit {
        per_second: 0,
        burst: 1,
        ..Default::default()
    })
    .await
}

struct Resp {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

async fn send(app: &Router, mut req: Request<Body>) -> Resp {
    // What `into_make_service_with_connect_info` gives a real server: the peer address.
    req.extensions_mut()
        .insert(axum::extract::ConnectInfo(SocketAddr::from((
            [127, 0, 0, 1],
            40000,
        ))));
    let res = app
        .clone()
        .oneshot(req)
        .await
        .unwrap_or_else(|e| match e {});
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = axum::body::to_bytes(res.into_body(), 10 << 20)
        .await
        .unwrap_or_default();
    Resp {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap_or_default()
}

fn post(uri: &str, content_type: &str, body: impl Into<Body>) -> Request<Body> {
    Request::post(uri)
        .header(header::CONTENT_TYPE, content_type)
        .body(body.into())
        .unwrap_or_default()
}

fn form(uri: &str, body: &str) -> Request<Body> {
    post(uri, "application/x-www-form-urlencoded", body.to_string())
}

fn json(r: &Resp) -> serde_json::Value {
    serde_json::from_str(&r.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", r.body))
}

fn assert_problem(r: &Resp, status: u16, detail_contains: &str) {
    assert_eq!(r.status.as_u16(), status, "{}", r.body);
    assert_eq!(r.headers[header::CONTENT_TYPE], "application/problem+json");
    let p = json(r);
    assert_eq!(p["status"], status);
    assert!(
        p["type"]
            .as_str()
            .is_some_and(|t| t.starts_with("/problems/"))
    );
    assert!(
        p["detail"]
            .as_str()
            .is_some_and(|d| d.contains(detail_contains)),
        "{}",
        r.body
    );
}

#[tokio::test]
async fn home_offers_languages_preselected_from_accept_language() {
    let (app, _db, _) = app().await;
    let r = send(
        &app,
        Request::get("/")
            .header(header::ACCEPT_LANGUAGE, "ky-KG,ky;q=0.9,ru;q=0.5")
            .body(Body::empty())
            .unwrap_or_default(),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains(r#"<html lang="ky">"#), "{}", r.body);
    assert!(r.body.contains(r#"value="ky" checked"#));
    let r = send(&app, get("/")).await;
    assert!(
        r.body.contains(r#"value="ru" checked"#),
        "Russian by default"
    );
    let r = send(&app, get("/?lang=uz-Cyrl")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.headers[header::LOCATION], "/uz-Cyrl/");
}

#[tokio::test]
async fn the_form_has_the_facts_field_names() {
    let (app, _db, _) = app().await;
    let r = send(&app, get("/uz/")).await;
    assert_eq!(r.status, StatusCode::OK);
    for field in [
        r#"name="citizenship" value="UZ""#,
        r#"name="russian_citizenship" value="naturalized""#,
        r#"name="situations" value="offered_contract""#,
        r#"name="age""#,
        r#"name="offer_text""#,
    ] {
        assert!(r.body.contains(field), "{field}");
    }
    assert!(r.body.contains(r#"<html lang="uz">"#));
    assert!(
        r.body.contains("<fieldset>") && r.body.contains("<legend>") && r.body.contains("<label")
    );
    assert_eq!(send(&app, get("/xx/")).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn results_show_findings_sources_advice_and_disclaimer() {
    let (app, db, buffer) = app().await;
    let r = send(&app, form("/ru/result", "citizenship=UZ&russian_citizenship=naturalized&age=26&situations=offered_contract&situations=pressured&offer_text=")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CACHE_CONTROL], "no-store");
    for expected in [
        "Участие в войне — преступление в Узбекистане",
        "Уголовный кодекс Республики Узбекистан, статья 154, часть 1",
        "сообщает Ташкент Таймс, 09.2022",
        "Что делать сейчас",
        "Это информация, а не совет юриста",
    ] {
        assert!(r.body.contains(expected), "{expected} missing");
    }
    assert!(r.body.len() <= 30 * 1024, "{} bytes", r.body.len());
    // Counted, anonymously (written every few seconds by the server; here at once).
    let store = db.store().await;
    buffer
        .flush(store.as_ref())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let stats = store.stats("2000-01-01").await.unwrap_or_default();
    assert!(
        stats
            .iter()
            .any(|s| s.channel == "web" && s.country == "UZ" && s.item == "assessment"),
        "{stats:?}"
    );
}

#[tokio::test]
async fn form_errors_are_shown_on_the_form() {
    let (app, _db, _) = app().await;
    let r = send(&app, form("/en/result", "situations=offered_contract")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Please choose your country."), "{}", r.body);
    assert!(
        r.body.contains(r#"value="offered_contract" checked"#),
        "answers kept"
    );
    let r = send(&app, form("/en/result", "citizenship=UZ&age=abc")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Please write your age as a number"));
    let r = send(&app, form("/en/result", "citizenship=UZ&situations=flying")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let huge = format!("citizenship=UZ&offer_text={}", "%D0%B0".repeat(200_000));
    let r = send(&app, form("/en/result", &huge)).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(r.body.contains("too long"));
}

#[tokio::test]
async fn hostile_input_is_escaped() {
    let (app, _db, _) = app().await;
    let hostile = "<script>alert(1)</script> \u{202E}тнартнок\u{202C} Подпиши контракт с Минобороны, гражданство за 3 месяца \"'><img src=x>";
    let encoded: String = form_urlencoded(&[("citizenship", "KZ"), ("offer_text", hostile)]);
    let r = send(&app, form("/ru/result", &encoded)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        !r.body.contains("<script>") && !r.body.contains("<img"),
        "unescaped"
    );
    assert!(
        r.body.contains("«контракт с Минобороны»"),
        "evidence quoted, escaped"
    );
    let r = send(
        &app,
        form("/ru/check", &form_urlencoded(&[("text", hostile)])),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.body.contains("<script>") && !r.body.contains("<img"));
    // A 64 KB paste is accepted and answered.
    let line = "Работа на стройке, оплата 3000 в день. ";
    let paste = line.repeat(64 * 1024 / line.len());
    assert!(paste.len() <= 64 * 1024);
    let r = send(
        &app,
        form("/ru/check", &form_urlencoded(&[("text", &paste)])),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.len() <= 30 * 1024);
    let r = send(
        &app,
        form(
            "/ru/check",
            &form_urlencoded(&[("text", &"я".repeat(40_000))]),
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
}

fn form_urlencoded(pairs: &[(&str, &str)]) -> String {
    serde_html_form::to_string(pairs).unwrap_or_default()
}

#[tokio::test]
async fn check_page_scans_and_keeps_nothing() {
    let (app, _db, _) = app().await;
    assert_eq!(send(&app, get("/kk/check")).await.status, StatusCode::OK);
    let text = "Работа в Мариуполе! Стройка, 200 000 руб. Оформление по контракту с Минобороны, гражданство РФ за 3 месяца.";
    let r = send(&app, form("/kk/check", &form_urlencoded(&[("text", text)]))).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("risk-high"), "{}", r.body);
    assert!(
        !r.body.contains(&format!(">{text}<")),
        "the text is not echoed back into the form"
    );
}

#[tokio::test]
async fn api_assess_and_its_errors() {
    let (app, _db, _) = app().await;
    let r = send(
        &app,
        post(
            "/api/v1/assess?lang=tg",
            "application/json",
            r#"{"citizenship":"TJ","situations":["signed_contract"]}"#,
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let a = json(&r);
    assert_eq!(a["lang"], "tg");
    assert_eq!(a["risk"], "urgent");
    assert!(
        a["findings"]
            .as_array()
            .is_some_and(|f| f.iter().any(|f| f["id"] == "tj_signed"))
    );
    assert_problem(
        &send(
            &app,
            post("/api/v1/assess", "application/json", "{not json"),
        )
        .await,
        400,
        "not valid JSON",
    );
    assert_problem(
        &send(
            &app,
            post(
                "/api/v1/assess",
                "application/json",
                "x".repeat(64 * 1024 + 1),
            ),
        )
        .await,
        413,
        "64 KB",
    );
    assert_problem(
        &send(&app, post("/api/v1/assess", "text/plain", "{}")).await,
        415,
        "application/json",
    );
    assert_problem(
        &send(
            &app,
            post(
                "/api/v1/assess",
                "application/json",
                r#"{"citizenship":"UZ","age":"old"}"#,
            ),
        )
        .await,
        422,
        "`age`",
    );
    assert_problem(
        &send(
            &app,
            post(
                "/api/v1/assess",
                "application/json",
                r#"{"citizenship":"UZ","colour":1}"#,
            ),
        )
        .await,
        422,
        "colour",
    );
    assert_problem(
        &send(
            &app,
            post(
                "/api/v1/assess?lang=xx",
                "application/json",
                r#"{"citizenship":"UZ"}"#,
            ),
        )
        .await,
        422,
        "lang",
    );
}

#[tokio::test]
async fn kept_answers_are_the_same_counted_and_never_hold_an_offer() {
    let (app, _db, state) = app_and_state(RateLimit {
        per_second: 0,
        burst: 1,
        ..Default::default()
    })
    .await;
    let facts = r#"{"citizenship":"KG","situations":["summons"]}"#;
    let ask = |lang: &str| {
        post(
            &format!("/api/v1/assess?lang={lang}"),
            "application/json",
            facts,
        )
    };
    let first = send(&app, ask("ky")).await;
    let again = send(&app, ask("ky")).await;
    let russian = send(&app, ask("ru")).await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.headers[header::CONTENT_TYPE], "application/json");
    assert_eq!(first.body, again.body);
    assert_ne!(first.body, russian.body);
    assert_eq!(json(&russian)["lang"], "ru");
    assert_eq!(state.answers.len(), 2);
    // The same facts, padded or reordered, are the same kept answer.
    let padded = format!(
        "{}{{\"situations\":[\"summons\"],   \"citizenship\":\"KG\"}}",
        " ".repeat(10_000)
    );
    let r = send(
        &app,
        post("/api/v1/assess?lang=ky", "application/json", padded),
    )
    .await;
    assert_eq!(r.body, first.body);
    assert_eq!(state.answers.len(), 2);
    // With an offer's text, the answer is computed each time and never kept.
    let offer = r#"{"citizenship":"KG","offer_text":"Контракт с Минобороны, 200 000 руб."}"#;
    for _ in 0..2 {
        let r = send(&app, post("/api/v1/assess", "application/json", offer)).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(
            json(&r)["scam"]["flags"]
                .as_array()
                .is_some_and(|f| !f.is_empty())
        );
    }
    assert_eq!(state.answers.len(), 2);
    // Every request counts, kept answer or not.
    state
        .stats
        .flush(state.store.as_ref())
        .await
        .expect("flush");
    let rows = state.store.stats("2000-01-01").await.expect("stats");
    let assessments = rows
        .iter()
        .find(|r| r.channel == "api" && r.country == "KG" && r.item == "assessment")
        .map(|r| r.count);
    assert_eq!(assessments, Some(6), "{rows:?}");
}

#[tokio::test]
async fn pages_and_answers_are_compressed_for_clients_that_ask() {
    use std::io::Read;
    let (app, _db, _) = app().await;
    for (uri, gzip, expect) in [
        ("/uz/", true, "<html lang=\"uz\""),
        ("/uz/", false, "<html lang=\"uz\""),
        ("/api/v1/ruleset", true, "\"locales\""),
    ] {
        let mut req = get(uri);
        if gzip {
            req.headers_mut()
                .insert(header::ACCEPT_ENCODING, "gzip".parse().expect("header"));
        }
        let res = app
            .clone()
            .oneshot(req)
            .await
            .unwrap_or_else(|e| match e {});
        assert_eq!(res.status(), StatusCode::OK);
        let encoding = res.headers().get(header::CONTENT_ENCODING).cloned();
        let bytes = axum::body::to_bytes(res.into_body(), 1 << 20)
            .await
            .expect("body");
        let text = if gzip {
            assert_eq!(
                encoding.as_ref().map(|e| e.as_bytes()),
                Some(&b"gzip"[..]),
                "{uri}"
            );
            let mut text = String::new();
            flate2::read::GzDecoder::new(&bytes[..])
                .read_to_string(&mut text)
                .expect("gzip");
            assert!(
                bytes.len() * 2 < text.len(),
                "{uri}: {} -> {}",
                text.len(),
                bytes.len()
            );
            text
        } else {
            assert!(encoding.is_none(), "{uri}");
            String::from_utf8_lossy(&bytes).into_owned()
        };
        assert!(text.contains(expect), "{uri}: {text}");
    }
}

/// A request body that never finishes, like a client that stalls mid-upload.
struct Stalled;

impl http_body::Body for Stalled {
    type Data = axum::body::Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        std::task::Poll::Pending
    }
}

#[tokio::test]
async fn a_stalled_request_times_out() {
    let (app, _db, _) = app().await;
    // The clock jumps ahead whenever everything waits, so the 10 s pass at once.
    tokio::time::pause();
    let request = Request::post("/api/v1/assess")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::new(Stalled))
        .unwrap_or_default();
    let started = tokio::time::Instant::now();
    let r = send(&app, request).await;
    assert_eq!(r.status, StatusCode::REQUEST_TIMEOUT);
    assert_eq!(r.headers[header::CACHE_CONTROL], "no-store");
    assert!(r.headers.contains_key(header::CONTENT_SECURITY_POLICY));
    assert!(started.elapsed() >= std::time::Duration::from_secs(10));
}

#[tokio::test]
async fn api_scan_json_and_plain_text() {
    let (app, _db, _) = app().await;
    let ad = "Kontrakt s Minoborony na 1 god, grazhdanstvo RF za 3 mesyatsa, vyplata 1,9 mln";
    let r = send(
        &app,
        post(
            "/api/v1/scan",
            "application/json",
            serde_json::json!({ "text": ad }).to_string(),
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let s = json(&r);
    assert_eq!(s["risk"], "high");
    assert!(s["ruleset"].is_string() && s["lang"] == "ru");
    let r = send(
        &app,
        post("/api/v1/scan?lang=en", "text/plain; charset=utf-8", ad),
    )
    .await;
    assert_eq!(json(&r)["risk"], "high");
    assert_problem(
        &send(&app, post("/api/v1/scan", "application/xml", "<a/>")).await,
        415,
        "text/plain",
    );
    assert_problem(
        &send(&app, post("/api/v1/scan", "application/json", "[")).await,
        400,
        "JSON",
    );
    assert_problem(
        &send(
            &app,
            post("/api/v1/scan", "application/json", r#"{"txt":"x"}"#),
        )
        .await,
        422,
        "txt",
    );
    assert_problem(
        &send(&app, post("/api/v1/scan", "text/plain", vec![0xff, 0xfe])).await,
        400,
        "UTF-8",
    );
}

#[tokio::test]
async fn ruleset_openapi_health_ready_metrics() {
    let (app, _db, _) = app().await;
    let r = json(&send(&app, get("/api/v1/ruleset")).await);
    assert!(r["version"].as_str().is_some_and(|v| v.len() == 12));
    assert!(r["locales"].as_array().is_some_and(|l| l.len() == 7));
    let o = json(&send(&app, get("/api/openapi.json")).await);
    for path in ["/api/v1/assess", "/api/v1/scan", "/api/v1/ruleset"] {
        assert!(o["paths"][path].is_object(), "{path}");
    }
    assert!(
        o["components"]["schemas"]["Facts"].is_object()
            && o["components"]["schemas"]["Assessment"].is_object()
    );
    assert_eq!(send(&app, get("/healthz")).await.body, "ok");
    // Metrics are for staff: off here, where the staff pages are off.
    assert_eq!(
        send(&app, get("/metrics")).await.status,
        StatusCode::NOT_FOUND
    );
    let ready = send(&app, get("/readyz")).await;
    assert_eq!(ready.status, StatusCode::OK);
    assert!(ready.body.contains("ruleset"));
    send(&app, post("/api/v1/assess", "application/json", r#"{"citizenship":"UZ","situations":["offered_contract"],"offer_text":"Подпиши контракт с Минобороны, гражданство за 3 месяца"}"#)).await;
    let m = send(&web::ops::metrics_app(), get("/metrics")).await.body;
    for metric in [
        "http_requests_total",
        "http_request_duration_seconds",
        "assessments_total{risk=\"high\"",
        "scam_flags_total{pattern=",
    ] {
        assert!(m.contains(metric), "{metric} in\n{m}");
    }
    assert!(!m.contains("127.0.0.1"), "no addresses in metrics");
    let css = send(&app, get("/style.css")).await;
    assert!(
        css.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap_or_default()
            .starts_with("text/css")
    );
    assert_eq!(css.headers[header::CACHE_CONTROL], "max-age=3600");
    assert_eq!(
        send(&app, get("/nowhere")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn readyz_fails_when_the_database_is_down() {
    let db = TestDb::new(Backend::Sqlite).await;
    // The shipped app, but its store points at a port where no database listens.
    let state = AppState {
        store: ogoh::store::open("postgres://postgres@127.0.0.1:1/none")
            .await
            .unwrap_or_else(|e| panic!("{e}")),
        ..common::shipped_state(&db, RateLimit::default()).await
    };
    let app = web::app(state);
    assert_eq!(
        send(&app, get("/readyz")).await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
}

#[tokio::test]
async fn every_page_is_private_and_small() {
    let (app, _db, _) = app().await;
    for uri in [
        "/",
        "/uz/",
        "/uz-Cyrl/",
        "/tg/check",
        "/api/v1/ruleset",
        "/healthz",
        "/nowhere",
    ] {
        let r = send(&app, get(uri)).await;
        let h = &r.headers;
        assert!(h.get(header::SET_COOKIE).is_none(), "{uri} sets a cookie");
        assert!(
            h[header::CONTENT_SECURITY_POLICY]
                .to_str()
                .unwrap_or_default()
                .starts_with("default-src 'none'"),
            "{uri}"
        );
        assert_eq!(h[header::REFERRER_POLICY], "no-referrer", "{uri}");
        assert!(r.body.len() <= 30 * 1024, "{uri}: {} bytes", r.body.len());
        assert!(
            !r.body.contains("http://") || uri == "/api/v1/ruleset" || !r.body.contains("<script"),
            "{uri}"
        );
        assert!(!r.body.contains("<script"), "{uri} has a script");
    }
}

#[tokio::test]
async fn one_address_is_rate_limited() {
    let (app, _db, _) = app_with(RateLimit {
        per_second: 1,
        burst: 3,
        ..Default::default()
    })
    .await;
    let mut statuses = Vec::new();
    for _ in 0..6 {
        statuses.push(send(&app, get("/api/v1/ruleset")).await);
    }
    let limited = statuses
        .iter()
        .find(|r| r.status == StatusCode::TOO_MANY_REQUESTS)
        .unwrap_or_else(|| panic!("no 429"));
    assert_problem(limited, 429, "try again");
    let wait: u64 = limited.headers[header::RETRY_AFTER]
        .to_str()
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    assert!(wait >= 1, "Retry-After {wait}");
    // The security headers are on the refusal too.
    assert_eq!(limited.headers[header::CACHE_CONTROL], "no-store");
    assert!(
        limited
            .headers
            .contains_key(header::CONTENT_SECURITY_POLICY)
    );
    assert_eq!(
        statuses
            .iter()
            .filter(|r| r.status == StatusCode::OK)
            .count(),
        3
    );
}

/// Statuses of `n` requests for `uri`, each claiming to come from `client` via X-Forwarded-For.
async fn statuses_from(app: &Router, uri: &str, client: &str, n: usize) -> Vec<u16> {
    let mut out = Vec::new();
    for _ in 0..n {
        let req = Request::get(uri)
            .header("x-forwarded-for", client)
            .body(Body::empty())
            .unwrap_or_default();
        out.push(send(app, req).await.status.as_u16());
    }
    out
}

/// Behind a trusted reverse proxy each client has its own quota, and health checks are never
/// limited.
#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_limit() {
    let (app, _db, _) = app_with(RateLimit {
        per_second: 1,
        burst: 2,
        trusted_proxies: TrustedProxies::parse("127.0.0.1").unwrap_or_else(|e| panic!("{e}")),
    })
    .await;
    let a = statuses_from(&app, "/api/v1/ruleset", "203.0.113.7", 3).await;
    assert_eq!(a, [200, 200, 429]);
    let b = statuses_from(&app, "/api/v1/ruleset", "203.0.113.8", 2).await;
    assert_eq!(b, [200, 200], "another client behind the same proxy");
    let health = statuses_from(&app, "/healthz", "203.0.113.7", 10).await;
    assert!(health.iter().all(|s| *s == 200), "{health:?}");
    assert_eq!(
        statuses_from(&app, "/readyz", "203.0.113.7", 5).await,
        [200; 5]
    );
}

/// From a peer that is not a listed proxy, X-Forwarded-For is ignored: inventing a new address
/// per request does not escape the limit.
#[tokio::test]
async fn forwarded_headers_from_strangers_are_ignored() {
    let (app, _db, _) = app_with(RateLimit {
        per_second: 1,
        burst: 2,
        trusted_proxies: TrustedProxies::parse("10.0.0.1").unwrap_or_else(|e| panic!("{e}")),
    })
    .await;
    let mut statuses = Vec::new();
    for i in 0..3 {
        statuses
            .extend(statuses_from(&app, "/api/v1/ruleset", &format!("198.51.100.{i}"), 1).await);
    }
    assert_eq!(statuses, [200, 200, 429]);
}

/// The check page leads with one verdict sentence and at most three reasons, the rest folded in
/// `<details>`; a text with no known sign is never called safe and gets the three questions.
#[tokio::test]
async fn check_page_leads_with_a_verdict_and_never_says_safe() {
    let (app, _db, _) = app().await;
    let many = "Работа в Мариуполе! Стройка, 200 000 руб. Оформление по контракту с Минобороны, \
                гражданство РФ за 3 месяца, выплата 1,9 млн. Контракт всего на 6 месяцев, в тылу, \
                водителем. Студентам без отрыва от учёбы.";
    let r = send(&app, form("/ru/check", &form_urlencoded(&[("text", many)]))).await;
    assert_eq!(r.status, StatusCode::OK);
    let verdict = r.body.find("Это похоже на вербовку в армию России.");
    let first_reason = r.body.find("⚠");
    assert!(
        verdict.is_some() && verdict < first_reason,
        "the verdict comes first: {}",
        r.body
    );
    let before_details = r.body.split("<details>").next().unwrap_or_default();
    assert!(r.body.contains("<details>"), "{}", r.body);
    assert_eq!(before_details.matches('⚠').count(), 3, "{}", r.body);
    let ordinary = "Сдаю комнату у метро Выхино, 25 000 в месяц, регистрация.";
    let r = send(
        &app,
        form("/ru/check", &form_urlencoded(&[("text", ordinary)])),
    )
    .await;
    assert!(
        r.body.contains("не значит, что предложение безопасно"),
        "{}",
        r.body
    );
    assert!(r.body.matches("<li>").count() >= 3, "{}", r.body);
    assert!(!r.body.contains("известного риска нет"), "{}", r.body);
}

/// Metric labels come from a bounded set: an invented HTTP method becomes "other", so a client
/// cannot grow /metrics (and memory) without end.
#[tokio::test]
async fn invented_methods_do_not_become_metric_labels() {
    let (app, _db, _) = app().await;
    let method = format!("X{}", "A".repeat(5_000));
    let req = Request::builder()
        .method(axum::http::Method::from_bytes(method.as_bytes()).expect("a token method"))
        .uri("/api/v1/ruleset")
        .body(Body::empty())
        .expect("request");
    let _ = send(&app, req).await;
    let m = send(&web::ops::metrics_app(), get("/metrics")).await.body;
    assert!(!m.contains("XAAAA"), "the method became a label");
    assert!(m.contains(r#"method="other""#), "{m}");
}

/// A query string that cannot be read (a repeated `lang`) gets an RFC 9457 problem, like every
/// other API error, not a plain-text 400.
#[tokio::test]
async fn a_repeated_lang_gets_a_problem_document() {
    let (app, _db, _) = app().await;
    let r = send(
        &app,
        Request::post("/api/v1/assess?lang=en&lang=ru")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(r#"{"citizenship":"UZ"}"#))
            .unwrap_or_default(),
    )
    .await;
    assert_problem(&r, 400, "lang");
}
