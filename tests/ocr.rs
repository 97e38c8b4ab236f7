//! Photos of offers, read with the real Tesseract: images the tests make themselves (text
//! rendered by ImageMagick, turned, blurred and saved as JPEG, as a phone photo would be), in
//! Russian, Uzbek, Tajik, Kyrgyz and Kazakh, and an ordinary job ad; then every kind of bad
//! picture. Through the command line here; the bot and the web page in their own tests.

mod common;

use std::process::Command;

use common::images::{JOB_AD, LEAFLETS, photo_of};
use common::{ogoh, stderr, stdout};

fn scan_file(bytes: &[u8], args: &[&str]) -> std::process::Output {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("picture");
    std::fs::write(&path, bytes).expect("write");
    let path = path.to_string_lossy().to_string();
    let mut all = vec!["scan"];
    all.extend_from_slice(args);
    all.push(&path);
    ogoh(&all, None)
}

#[test]
fn leaflets_in_five_languages_are_read_and_flagged() {
    for (lang, text) in LEAFLETS {
        let out = scan_file(&photo_of(text), &["--json", "--lang", "en"]);
        assert!(out.status.success(), "{lang}: {}", stderr(&out));
        let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
        assert_eq!(json["read_from_picture"], true, "{lang}: {json}");
        assert_ne!(json["risk"], "none", "{lang}: {json}");
    }
}

#[test]
fn an_ordinary_job_ad_in_a_photo_is_not_flagged() {
    let out = scan_file(&photo_of(JOB_AD), &["--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(json["risk"], "none", "{json}");
}

/// A PNG header claiming `w`×`h` pixels, with no pixels after it.
fn png_header(w: u32, h: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR".to_vec();
    png.extend_from_slice(&w.to_be_bytes());
    png.extend_from_slice(&h.to_be_bytes());
    png.extend_from_slice(&[8, 2, 0, 0, 0, 0, 0, 0, 0]);
    png
}

#[test]
fn bad_pictures_get_a_clear_message() {
    let photo = photo_of(JOB_AD);
    let one_pixel = Command::new("convert")
        .args(["-size", "1x1", "xc:white", "png:-"])
        .output()
        .expect("convert")
        .stdout;
    for (what, bytes, expected) in [
        (
            "a truncated JPEG",
            photo[..photo.len() / 3].to_vec(),
            "could not be decoded",
        ),
        ("1×1 pixel", one_pixel, "too small"),
        (
            "20,000×20,000 pixels",
            png_header(20_000, 20_000),
            "too many pixels",
        ),
    ] {
        let out = scan_file(&bytes, &[]);
        assert_eq!(out.status.code(), Some(2), "{what}: {}", stdout(&out));
        assert!(stderr(&out).contains(expected), "{what}: {}", stderr(&out));
    }
    // Not an image, and not text either.
    let out = scan_file(&[0u8, 159, 146, 150, 0, 1, 2], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not valid UTF-8"), "{}", stderr(&out));
}

/// The web page and the API, in-process on the shipped rules and a real SQLite store.
mod web {
    use axum::body::Body;
    use axum::http::{Request, StatusCode, header};
    use tower::ServiceExt;

    use super::common::images::{LEAFLETS, photo_of};
    use super::common::{self, Backend, TestDb};

    async fn app() -> (axum::Router, TestDb) {
        let db = TestDb::new(Backend::Sqlite).await;
        let state = common::shipped_state(
            &db,
            ogoh::web::RateLimit {
                per_second: 0,
                burst: 1,
                ..Default::default()
            },
        )
        .await;
        (ogoh::web::app(state), db)
    }

    async fn send(app: &axum::Router, req: Request<Body>) -> (StatusCode, String) {
        let mut req = req;
        req.extensions_mut()
            .insert(axum::extract::ConnectInfo(std::net::SocketAddr::from((
                [127, 0, 0, 1],
                40000,
            ))));
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

    /// The page's form as a browser sends it: `multipart/form-data` with the text and a photo.
    fn form(text: &str, photo: &[u8]) -> Request<Body> {
        let boundary = "----ogohTestBoundary7MA4YWxk";
        let mut body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n{text}\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"leaflet.jpg\"\r\n\
             Content-Type: image/jpeg\r\n\r\n"
        )
        .into_bytes();
        body.extend_from_slice(photo);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        Request::post("/ru/check")
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(Body::from(body))
            .unwrap_or_default()
    }

    fn t(id: &str) -> String {
        common::shipped().1.label("ru", id)
    }

    #[tokio::test]
    async fn the_check_page_reads_an_uploaded_photo() {
        let (app, db) = app().await;
        let (status, page) = send(
            &app,
            Request::get("/ru/check")
                .body(Body::empty())
                .unwrap_or_default(),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains(r#"enctype="multipart/form-data""#), "{page}");
        assert!(
            page.contains(r#"type="file" name="photo" accept="image/*""#),
            "{page}"
        );

        let (status, page) = send(&app, form("", &photo_of(LEAFLETS[0].1))).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert!(page.contains(&t("dialogue-picture-read")), "{page}");
        assert!(page.contains(r#"id="verdict""#), "{page}");
        assert!(page.contains(&t("scan-verdict-high")), "{page}");

        let (status, page) = send(&app, form("", b"no picture at all")).await;
        assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
        assert!(page.contains(&t("dialogue-picture-not-image")), "{page}");
        // Nothing sent: a clear error, not an empty report.
        let (status, _) = send(&app, form("", b"")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        db.drop().await;
    }

    #[tokio::test]
    async fn the_api_scans_a_photo() {
        let (app, db) = app().await;
        let req = |kind: &str, body: Vec<u8>| {
            Request::post("/api/v1/scan?lang=en")
                .header(header::CONTENT_TYPE, kind)
                .body(Body::from(body))
                .unwrap_or_default()
        };
        let (status, body) = send(&app, req("image/jpeg", photo_of(LEAFLETS[4].1))).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let json: serde_json::Value = serde_json::from_str(&body).expect("json");
        assert_eq!(json["read_from_picture"], true);
        assert_ne!(json["risk"], "none", "{json}");

        let (status, body) = send(&app, req("image/png", b"not a png".to_vec())).await;
        assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{body}");
        assert!(body.contains("/problems/not_an_image"), "{body}");
        let big = vec![0u8; ogoh::ocr::MAX_BYTES + 10];
        let (status, _) = send(&app, req("image/jpeg", big)).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
        db.drop().await;
    }
}

/// Without Tesseract, `ogoh serve` still starts, says so in its log and on `/readyz`, and a
/// photo gets a clear refusal.
#[test]
fn without_tesseract_serve_starts_and_says_photos_cannot_be_read() {
    use std::io::{BufRead, BufReader, Read, Write};
    let dir = tempfile::tempdir().expect("dir");
    let photo = dir.path().join("leaflet.jpg");
    std::fs::write(&photo, photo_of(LEAFLETS[0].1)).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_ogoh"))
        .args(["scan", &photo.to_string_lossy()])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("OGOH_TESSERACT", "/nonexistent/tesseract")
        .output()
        .expect("ogoh scan");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("photos cannot be read here"),
        "{}",
        stderr(&out)
    );

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_ogoh"))
        .arg("serve")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/ogoh.db", dir.path().display()),
        )
        .env("OGOH_DATA_DIR", dir.path())
        .env("OGOH_BIND", format!("127.0.0.1:{port}"))
        .env("OGOH_TESSERACT", "/nonexistent/tesseract")
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("ogoh serve");
    // The log may come after the start-up line: read until both are there.
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let stderr = child.stderr.take().expect("stderr");
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let mut logs: Vec<String> = Vec::new();
    let seen = |logs: &Vec<String>, text: &str| logs.iter().any(|l| l.contains(text));
    while !(seen(&logs, &format!("http://127.0.0.1:{port}/"))
        && seen(&logs, "photos cannot be read"))
    {
        match rx.recv_timeout(std::time::Duration::from_secs(30)) {
            Ok(line) => logs.push(line),
            Err(_) => panic!("{logs:?}"),
        }
    }
    let mut conn = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        conn,
        "GET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut response = String::new();
    conn.read_to_string(&mut response).expect("read");
    let _ = child.kill();
    let _ = child.wait();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains("photos: cannot be read"), "{response}");
}
