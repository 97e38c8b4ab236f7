//! Live rule updates on a running app, with rules and locales in a temporary directory: a valid
//! edit goes live, an invalid one (or one that fails a scenario) is refused while the old set
//! keeps serving, a burst of saves ends on the last valid set, and the audit records each.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::app::TestApp;
use common::{Backend, TestDb, copy_dir};
use ogoh::engine::Engine;
use ogoh::reload::{Reloaded, Reloader};
use ogoh::web::{self, AppState, RateLimit, staff::Staff};
use tower::ServiceExt;

const TOKEN: &str = "staff-token-for-tests";
const TITLE: &str = "Joining the war is a crime in Uzbekistan";

struct Setup {
    app: Router,
    reloader: Arc<Reloader>,
    engine: Arc<arc_swap::ArcSwap<Engine>>,
    state: AppState,
    db: TestDb,
    rules: PathBuf,
    locales: PathBuf,
    _dir: tempfile::TempDir,
}

/// The per-IP limit off (0 per second), so a test's many calls are not refused.
fn no_rate_limit() -> RateLimit {
    RateLimit {
        per_second: 0,
        burst: 1,
        ..Default::default()
    }
}

/// A copy of the shipped rules and locales to edit: the directory and its `rules` and `locales`.
fn temp_rules() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (rules, locales) = (dir.path().join("rules"), dir.path().join("locales"));
    copy_dir(&root.join("rules"), &rules);
    copy_dir(&root.join("locales"), &locales);
    (dir, rules, locales)
}

async fn setup() -> Setup {
    let (dir, rules, locales) = temp_rules();
    let engine = Arc::new(arc_swap::ArcSwap::from_pointee(
        Engine::load(&rules, &locales).unwrap_or_else(|d| panic!("{d:?}")),
    ));
    let db = TestDb::new(Backend::Sqlite).await;
    let reloader = Arc::new(Reloader::new(
        engine.clone(),
        db.store().await,
        rules.clone(),
        locales.clone(),
    ));
    let state = AppState {
        staff: Some(Staff {
            token: TOKEN.into(),
            reloader: reloader.clone(),
        }),
        links: ogoh::web::Links {
            telegram_bot: Some("ogoh_test_bot".into()),
            public_url: Some("https://ogoh.example.org".into()),
        },
        ..common::state(engine.clone(), &db, no_rate_limit()).await
    };
    Setup {
        app: web::app(state.clone()),
        state,
        reloader,
        engine,
        db,
        rules,
        locales,
        _dir: dir,
    }
}

async fn call(app: &Router, req: Request<Body>) -> (StatusCode, String) {
    let res = app
        .clone()
        .oneshot(req)
        .await
        .unwrap_or_else(|e| match e {});
    let status = res.status();
    let body = axum::body::to_bytes(res.into_body(), 1 << 20)
        .await
        .unwrap_or_default();
    (status, String::from_utf8_lossy(&body).into_owned())
}

fn reload_request(token: Option<&str>) -> Request<Body> {
    let mut r = Request::post("/staff/reload");
    if let Some(t) = token {
        r = r.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    r.body(Body::empty()).unwrap_or_default()
}

/// What `live_title` asks: the assessment of an Uzbek offered a contract, in English.
const ASSESS_PATH: &str = "/api/v1/assess?lang=en";
const ASSESS_BODY: &str = r#"{"citizenship":"UZ","situations":["offered_contract"]}"#;

/// The first finding's title for an Uzbek offered a contract, in English, as the API answers.
async fn live_title(app: &Router) -> String {
    let req = Request::post(ASSESS_PATH)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(ASSESS_BODY))
        .unwrap_or_default();
    let (status, body) = call(app, req).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    mercenarism_title(&body)
}

/// The same over HTTP, from a whole server.
async fn live_title_at(url: &str) -> String {
    let res = reqwest::Client::new()
        .post(format!("{url}{ASSESS_PATH}"))
        .header("content-type", "application/json")
        .body(ASSESS_BODY)
        .send()
        .await
        .expect("assess");
    assert_eq!(res.status().as_u16(), 200);
    mercenarism_title(&res.text().await.expect("body"))
}

fn mercenarism_title(body: &str) -> String {
    let a: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    a["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["id"] == "uz_mercenarism")
        .map(|f| f["title"].as_str().unwrap_or_default().to_string())
        .unwrap_or_default()
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{e}"));
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    // Editors save by writing a new file and renaming it over the old one.
    let tmp = path.with_extension("tmp-save");
    std::fs::write(&tmp, text.replacen(from, to, 1)).unwrap_or_else(|e| panic!("{e}"));
    std::fs::rename(&tmp, path).unwrap_or_else(|e| panic!("{e}"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_reload_needs_the_token() {
    let s = setup().await;
    assert_eq!(
        call(&s.app, reload_request(None)).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        call(&s.app, reload_request(Some("wrong"))).await.0,
        StatusCode::UNAUTHORIZED
    );
    let (status, body) = call(&s.app, reload_request(Some(TOKEN))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("\"unchanged\""), "{body}");
    // Off without a token configured.
    let off = web::app(common::state(s.engine.clone(), &s.db, no_rate_limit()).await);
    assert_eq!(
        call(&off, reload_request(Some(TOKEN))).await.0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn valid_edits_go_live_and_invalid_ones_are_refused() {
    let s = setup().await;
    assert_eq!(live_title(&s.app).await, TITLE);
    let version = s.engine.load().rules.version.clone();

    // A valid edit of a text goes live.
    edit(
        &s.locales.join("en/findings.ftl"),
        TITLE,
        "Joining the war is a serious crime in Uzbekistan",
    );
    let (_, body) = call(&s.app, reload_request(Some(TOKEN))).await;
    assert!(body.contains("\"accepted\""), "{body}");
    assert_eq!(
        live_title(&s.app).await,
        "Joining the war is a serious crime in Uzbekistan"
    );

    // A broken rule file is refused; the running set keeps serving.
    let uz = s.rules.join("countries/uz.toml");
    let good = std::fs::read_to_string(&uz).unwrap_or_default();
    std::fs::write(&uz, format!("{good}\n[[law]\n")).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        matches!(s.reloader.reload().await, Reloaded::Rejected { diagnostics } if diagnostics.contains("countries/uz.toml:"))
    );
    assert_eq!(
        live_title(&s.app).await,
        "Joining the war is a serious crime in Uzbekistan"
    );

    // A penalty change that contradicts a staff-written scenario is refused by the test gate.
    std::fs::write(&uz, good.replacen("max_years = 10", "max_years = 12", 1))
        .unwrap_or_else(|e| panic!("{e}"));
    match s.reloader.reload().await {
        Reloaded::Rejected { diagnostics } => assert!(
            diagnostics.contains("FAIL") && diagnostics.contains("max_years is 12, expected 10"),
            "{diagnostics}"
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        s.engine.load().rules.version,
        version,
        "rules unchanged by refused edits"
    );

    // The audit holds each: newest first.
    let audit =
        s.db.store()
            .await
            .ruleset_audit(10)
            .await
            .unwrap_or_default();
    let outcomes: Vec<&str> = audit.iter().map(|a| a.outcome.as_str()).collect();
    assert_eq!(outcomes, ["rejected", "rejected", "accepted"]);
    assert!(
        audit[2]
            .diagnostics
            .starts_with("files changed: locales/en/findings.ftl"),
        "{}",
        audit[2].diagnostics
    );
    assert!(
        audit[0]
            .diagnostics
            .starts_with("files changed: rules/countries/uz.toml"),
        "{}",
        audit[0].diagnostics
    );
    assert!(
        audit[0].version.starts_with("files:"),
        "a refused set is named by its files' hash"
    );
    assert!(audit[1].diagnostics.contains("countries/uz.toml:"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_saves_ends_on_the_last_valid_set() {
    // A whole server, as `ogoh serve` runs: its own watcher reloads the rules it serves.
    let (_dir, rules, locales) = temp_rules();
    let db = TestDb::new(Backend::Sqlite).await;
    let app = TestApp::builder(&db).dirs(&rules, &locales).start().await;
    assert_eq!(live_title_at(&app.url).await, TITLE);
    let findings = locales.join("en/findings.ftl");
    let uz = rules.join("countries/uz.toml");
    let good_rules = std::fs::read_to_string(&uz).unwrap_or_default();
    // Valid, broken, valid again with another title, in quick succession.
    edit(
        &findings,
        TITLE,
        "Title A: joining is a crime in Uzbekistan",
    );
    std::fs::write(&uz, format!("{good_rules}\n[[law]\n")).unwrap_or_else(|e| panic!("{e}"));
    edit(
        &findings,
        "Title A: joining is a crime in Uzbekistan",
        "Title B: joining is a crime in Uzbekistan",
    );
    std::fs::write(&uz, &good_rules).unwrap_or_else(|e| panic!("{e}"));
    let mut title = String::new();
    // Up to 30 s: each reload trains the checker's model, which takes seconds in a debug build
    // and grows with the labelled messages.
    for _ in 0..300 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        title = live_title_at(&app.url).await;
        if title.starts_with("Title B") {
            break;
        }
    }
    assert_eq!(title, "Title B: joining is a crime in Uzbekistan");
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(
        live_title_at(&app.url).await,
        "Title B: joining is a crime in Uzbekistan",
        "stays on the last valid set"
    );
    app.stop().await.unwrap_or_else(|e| panic!("{e}"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_staff_page_shows_the_audit_and_hides_small_counts() {
    use base64::Engine as _;
    let s = setup().await;
    edit(
        &s.locales.join("en/findings.ftl"),
        TITLE,
        "Joining the war is a serious crime in Uzbekistan",
    );
    s.reloader.reload().await;
    let store = s.db.store().await;
    let day = ogoh::dialogue::session::day_of(chrono::Utc::now().timestamp());
    let inc = |country: &str, n: i64| ogoh::store::StatIncrement {
        day: day.clone(),
        channel: "web".into(),
        country: country.into(),
        item: "assessment".into(),
        n,
    };
    store
        .count(&[inc("UZ", 7), inc("KZ", 3)])
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let item = |name: &str, n: i64| ogoh::store::StatIncrement {
        day: day.clone(),
        channel: "web".into(),
        country: "UZ".into(),
        item: name.into(),
        n,
    };
    store
        .count(&[
            item("finding:uz_mercenarism", 9),
            item("pattern:deportation_or_front", 2),
        ])
        .await
        .unwrap_or_else(|e| panic!("{e}"));

    let page = |auth: Option<String>| {
        let mut r = Request::get("/staff");
        if let Some(a) = auth {
            r = r.header(header::AUTHORIZATION, a);
        }
        r.body(Body::empty()).unwrap_or_default()
    };
    let (status, _) = call(&s.app, page(None)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let basic = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("staff:{TOKEN}"))
    );
    let (status, body) = call(&s.app, page(Some(basic))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body.contains("accepted"), "the audit is shown");
    assert!(body.contains("<td>UZ</td><td>web</td><td>7</td>"), "{body}");
    assert!(
        body.contains("<td>KZ</td><td>web</td><td>&lt;5</td>"),
        "counts under 5 hidden: {body}"
    );
    assert!(!body.contains("<td>3</td>"));
    assert!(body.contains("DRAFT"), "translation review status shown");
    // The top chart draws the finding seen 9 times, not the pattern seen twice.
    assert!(
        body.contains("text-anchor=\"end\">finding:uz_mercenarism</text>"),
        "{body}"
    );
    assert!(
        !body.contains(">pattern:deportation_or_front</text>"),
        "{body}"
    );
    let (status, _) = call(&s.app, page(Some(format!("Bearer {TOKEN}")))).await;
    assert_eq!(status, StatusCode::OK);
    // The scheme name is case-insensitive (RFC 9110).
    let (status, _) = call(&s.app, page(Some(format!("BEARER {TOKEN}")))).await;
    assert_eq!(status, StatusCode::OK);
    let lower = format!(
        "basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("staff:{TOKEN}"))
    );
    let (status, _) = call(&s.app, page(Some(lower))).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = call(&s.app, page(Some(format!("Token {TOKEN}")))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn simulator_shows_the_trace_and_leaflets_carry_qr_codes() {
    let s = setup().await;
    let get = |uri: &str| {
        Request::get(uri)
            .header(header::AUTHORIZATION, format!("Bearer {TOKEN}"))
            .body(Body::empty())
            .unwrap_or_default()
    };
    let (status, body) = call(&s.app, get("/staff/simulate?lang=ru&citizenship=UZ&russian_citizenship=naturalized&age=29&situations=offered_contract&on=2023-06-01")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        body.contains("uz_mercenarism") && body.contains("citizenship == &quot;UZ&quot;"),
        "{body}"
    );
    assert!(body.contains("on 2023-06-01"));
    assert!(
        !body.contains("ru_conscription"),
        "a 29-year-old was not of conscription age in 2023"
    );
    let (_, later) = call(&s.app, get("/staff/simulate?lang=ru&citizenship=UZ&russian_citizenship=naturalized&age=29&on=2026-11-21")).await;
    assert!(later.contains("ru_conscription"), "but is in 2026");
    // A bad age is named, not taken as 0 (which would be an evaluation of a child).
    let (status, bad) = call(
        &s.app,
        get("/staff/simulate?lang=en&citizenship=UZ&age=twenty"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let error = bad
        .split("class=\"error\">")
        .nth(1)
        .and_then(|e| e.split("</p>").next())
        .unwrap_or_default();
    assert!(
        error.contains("field `age`") && error.contains("twenty"),
        "{bad}"
    );
    assert!(
        !bad.contains("class=\"risk\""),
        "no result for a bad age: {bad}"
    );
    let (status, leaflet) = call(&s.app, get("/staff/leaflet/uz")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        leaflet.contains("https://t.me/ogoh_test_bot?start=uz")
            && leaflet.contains("https://ogoh.example.org/uz/")
    );
    assert_eq!(leaflet.matches("<svg").count(), 2, "two QR codes");
    assert!(leaflet.contains(r#"<html lang="uz">"#));
    let (status, _) = call(
        &s.app,
        Request::get("/staff/leaflet/uz")
            .body(Body::empty())
            .unwrap_or_default(),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

/// A reload posted by another site is refused, even with the right credentials (a browser adds
/// cached Basic credentials to a cross-site form post); the staff page's own posts and scripts
/// without an Origin still work.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cross_site_reloads_are_refused() {
    let s = setup().await;
    let post = |headers: &[(&str, &str)]| {
        let mut r = Request::post("/staff/reload")
            .header(header::AUTHORIZATION, format!("Bearer {TOKEN}"))
            .header(header::HOST, "ogoh.example");
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        r.body(Body::empty()).unwrap_or_default()
    };
    let (status, _) = call(&s.app, post(&[("origin", "https://evil.example")])).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = call(&s.app, post(&[("sec-fetch-site", "cross-site")])).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, body) = call(&s.app, post(&[("origin", "https://ogoh.example")])).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body) = call(&s.app, post(&[("sec-fetch-site", "same-origin")])).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body) = call(&s.app, post(&[])).await;
    assert_eq!(status, StatusCode::OK, "a script without Origin: {body}");
}

/// Live counts can tell a watcher that someone just got a result: `/metrics` on the public app
/// needs the staff token (and is off with the staff pages); the private metrics app
/// (`OGOH_METRICS_BIND`) serves it without one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_need_the_staff_token_on_the_public_address() {
    let s = setup().await;
    let metrics = |token: Option<&str>| {
        let mut r = Request::get("/metrics");
        if let Some(t) = token {
            r = r.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        r.body(Body::empty()).unwrap_or_default()
    };
    assert_eq!(
        call(&s.app, metrics(None)).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        call(&s.app, metrics(Some("wrong"))).await.0,
        StatusCode::UNAUTHORIZED
    );
    live_title(&s.app).await;
    let (status, body) = call(&s.app, metrics(Some(TOKEN))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("assessments_total"), "{body}");
    let (status, body) = call(&web::ops::metrics_app(), metrics(None)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("assessments_total"), "{body}");
    let off = web::app(AppState {
        staff: None,
        ..s.state.clone()
    });
    assert_eq!(
        call(&off, metrics(Some(TOKEN))).await.0,
        StatusCode::NOT_FOUND
    );
}
