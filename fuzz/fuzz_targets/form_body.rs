//! The web form as a browser (or anyone) posts it: any bytes as the body of `POST /{lang}/result`
//! and `POST /{lang}/check`, through the whole app on a real SQLite store. The first byte picks
//! the route and language. A 5xx answer is a failure, like a panic.
#![no_main]

use std::path::Path;
use std::sync::{Arc, LazyLock};

use axum::Router;
use axum::body::Body;
use axum::http::Request;
use libfuzzer_sys::fuzz_target;
use ogoh::engine::Engine;
use ogoh::web::{self, AppState, RateLimit};
use tower::ServiceExt;

struct App {
    runtime: tokio::runtime::Runtime,
    router: Router,
    _dir: tempfile::TempDir,
}

static APP: LazyLock<App> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = tempfile::tempdir().expect("temp dir");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let url = format!("sqlite://{}", dir.path().join("fuzz.db").display());
    let store = runtime.block_on(async {
        let store = ogoh::store::open(&url).await.expect("store");
        store.migrate().await.expect("migrate");
        store
    });
    let engine = Engine::load(&root.join("rules"), &root.join("locales")).expect("engine");
    let state = AppState {
        answers: Default::default(),
        ocr: ogoh::ocr::Ocr::detect(),
        engine: Arc::new(arc_swap::ArcSwap::from_pointee(engine)),
        store,
        stats: Default::default(),
        rate_limit: RateLimit {
            per_second: 0,
            ..Default::default()
        },
        staff: None,
        links: Default::default(),
    };
    App {
        runtime,
        router: web::app(state),
        _dir: dir,
    }
});

const LANGS: [&str; 7] = ["en", "ru", "uz", "uz-Cyrl", "tg", "ky", "kk"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else {
        return;
    };
    let lang = LANGS[usize::from(pick) % LANGS.len()];
    let page = if pick & 0x80 == 0 { "result" } else { "check" };
    let req = Request::post(format!("/{lang}/{page}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("content-length", body.len())
        .extension(axum::extract::ConnectInfo(std::net::SocketAddr::from((
            [127, 0, 0, 1],
            1,
        ))))
        .body(Body::from(body.to_vec()))
        .expect("request");
    let status = APP
        .runtime
        .block_on(APP.router.clone().oneshot(req))
        .map(|r| r.status())
        .unwrap_or_else(|e| match e {});
    assert!(!status.is_server_error(), "{status} for /{lang}/{page}");
});
