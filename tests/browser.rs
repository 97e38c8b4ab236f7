//! End to end in a real browser: headless Chromium (Debian's `chromium` and `chromium-driver`)
//! driven through chromedriver, with JavaScript turned off. It fills the form in Uzbek and in
//! Russian and reads the findings on the result page; screenshots go to target/browser/.
//! No browser is a failure, never a skip (scripts/test.sh installs one).

mod common;

use std::net::TcpListener as StdListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::app::TestApp;
use common::{Backend, TestDb};
use fantoccini::{Client, ClientBuilder, Locator};

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    StdListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("no free port: {e}"))
}

fn find(candidates: &[&str]) -> Option<PathBuf> {
    candidates.iter().map(PathBuf::from).find(|p| p.exists())
}

/// Starts chromedriver and a browser session with JavaScript off.
async fn browser(profile: &Path) -> (Client, Driver) {
    let driver_bin = find(&["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"])
        .unwrap_or_else(|| {
            panic!("chromedriver is not installed: apt-get install -y chromium chromium-driver")
        });
    let chromium = find(&["/usr/bin/chromium", "/usr/bin/chromium-browser"]).unwrap_or_else(|| {
        panic!("chromium is not installed: apt-get install -y chromium chromium-driver")
    });
    let port = free_port();
    let child = Command::new(driver_bin)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start chromedriver: {e}"));
    let driver = Driver(child);
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": chromium,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=360,640", format!("--user-data-dir={}", profile.display()),
            ],
            "prefs": { "profile.managed_default_content_settings.javascript": 2 }
        }),
    );
    let url = format!("http://127.0.0.1:{port}");
    for _ in 0..50 {
        // Two TLS back ends are compiled into the tests (fantoccini's aws-lc-rs, teloxide's
        // ring), so rustls cannot pick one by itself; chromedriver is plain HTTP anyway.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut builder = ClientBuilder::rustls().unwrap_or_else(|e| panic!("{e}"));
        match builder.capabilities(caps.clone()).connect(&url).await {
            Ok(client) => return (client, driver),
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
    panic!("no browser session could be started through chromedriver at {url}");
}

/// The whole service, launched in-process as `ogoh serve` runs it.
async fn server(db: &TestDb) -> TestApp {
    // The rate limit stays on: the browser's requests must pass it as a person's would.
    TestApp::builder(db).start().await
}

async fn screenshot(c: &Client, name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let png = c
        .screenshot()
        .await
        .unwrap_or_else(|e| panic!("screenshot: {e}"));
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap_or_else(|e| panic!("{e}"));
}

/// A 360 x 640 phone screen, through chromedriver's pass-through to Chromium's DevTools:
/// headless windows are at least 500 px wide, and the `mobileEmulation` option makes clicks
/// hang when JavaScript is off.
#[derive(Debug)]
struct PhoneScreen;

impl fantoccini::wd::WebDriverCompatibleCommand for PhoneScreen {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (axum::http::Method, Option<String>) {
        let body = serde_json::json!({
            "cmd": "Emulation.setDeviceMetricsOverride",
            "params": { "width": 360, "height": 640, "deviceScaleFactor": 2, "mobile": true },
        });
        (axum::http::Method::POST, Some(body.to_string()))
    }
}

/// Fills the questions page in `lang` and returns the result page's finding titles.
async fn fill_and_submit(c: &Client, base: &str, lang: &str, offer: &str) -> Vec<String> {
    c.goto(&format!("{base}/{lang}/"))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    screenshot(c, &format!("{lang}-form")).await;
    for css in [
        r#"input[name="citizenship"][value="UZ"]"#,
        r#"input[name="russian_citizenship"][value="none"]"#,
        r#"input[name="situations"][value="offered_contract"]"#,
        r#"input[name="situations"][value="pressured"]"#,
    ] {
        c.find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .click()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
    }
    c.find(Locator::Css(r#"input[name="age"]"#))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .send_keys("26")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    c.find(Locator::Css(r#"textarea[name="offer_text"]"#))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .send_keys(offer)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    c.find(Locator::Css(r#"button[type="submit"]"#))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    c.wait()
        .for_element(Locator::Css("details.finding summary"))
        .await
        .unwrap_or_else(|e| panic!("no result page: {e}"));
    // On a 360 x 640 phone screen the verdict and the first step show without scrolling.
    c.issue_cmd(PhoneScreen)
        .await
        .unwrap_or_else(|e| panic!("phone emulation: {e}"));
    screenshot(c, &format!("{lang}-result")).await;
    for id in ["#verdict", "#step-1"] {
        let (_, y, _, h) = c
            .find(Locator::Css(id))
            .await
            .unwrap_or_else(|e| panic!("{lang}: {id}: {e}"))
            .rectangle()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            y + h <= 640.0,
            "{lang}: {id} ends at {} px, below the first screen",
            y + h
        );
    }
    let mut titles = Vec::new();
    for h in c
        .find_all(Locator::Css("details.finding summary"))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
    {
        titles.push(h.text().await.unwrap_or_default());
    }
    // The details open with a tap, no JavaScript.
    c.find(Locator::Css("details.finding summary"))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    titles
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fill_the_form_in_uzbek_and_russian_without_javascript() {
    let db = TestDb::new(Backend::Sqlite).await;
    let app = server(&db).await;
    let profile = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (c, _driver) = browser(profile.path()).await;
    let base = app.url.clone();

    // JavaScript really is off: a page script would not run, and the form works anyway.
    let uz = fill_and_submit(
        &c,
        &base,
        "uz",
        "Mudofaa vazirligi bilan shartnoma tuzing, 3 oyda Rossiya fuqaroligi!",
    )
    .await;
    assert!(
        uz.iter().any(|t| t.contains("Oʻzbekiston")),
        "Uzbek titles: {uz:?}"
    );
    let body = c
        .find(Locator::Css("main"))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .text()
        .await
        .unwrap_or_default();
    // Sources in the reader's language: the act's Uzbek title, "154-modda 1-qism", dates
    // as written there.
    assert!(
        body.contains("Oʻzbekiston Respublikasi Jinoyat kodeksi, 154-modda 1-qism"),
        "sources shown in Uzbek: {body}"
    );
    assert!(
        !body.contains("Criminal Code"),
        "English in an Uzbek answer: {body}"
    );
    // A penalty reported by the press says who reported it and when.
    assert!(
        body.contains("Toshkent Tayms") && body.contains("09.2022"),
        "reporter and date shown: {body}"
    );

    let ru = fill_and_submit(
        &c,
        &base,
        "ru",
        "Подпиши контракт с Минобороны: гражданство РФ за 3 месяца",
    )
    .await;
    assert!(
        ru.iter().any(|t| t.contains("Узбекистан")),
        "Russian titles: {ru:?}"
    );
    let body = c
        .find(Locator::Css("main"))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .text()
        .await
        .unwrap_or_default();
    assert!(body.contains("Что делать сейчас"), "advice shown");
    let lang = c
        .find(Locator::Css("html"))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .attr("lang")
        .await
        .unwrap_or_default();
    assert_eq!(lang.as_deref(), Some("ru"));

    // The quick exit is there on every page.
    assert!(c.find(Locator::Css("a.exit")).await.is_ok());
    let _ = c.close().await;
}
