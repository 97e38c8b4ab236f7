//! `ogoh serve` as a real process: it comes up on SQLite with no other set-up, answers, and on
//! SIGTERM finishes, writing the last statistics before it exits.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

#[tokio::test]
async fn serve_answers_then_stops_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().expect("temp dir");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let metrics_port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let db = dir.path().join("ogoh.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_ogoh"))
        .arg("serve")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("DATABASE_URL", format!("sqlite://{}", db.display()))
        .env("OGOH_DATA_DIR", dir.path())
        .env("OGOH_BIND", format!("127.0.0.1:{port}"))
        .env("OGOH_METRICS_BIND", format!("127.0.0.1:{metrics_port}"))
        // Even at the most verbose level, no log line may name a peer address.
        .env("RUST_LOG", "trace")
        .stderr(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn ogoh serve");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    // Logs come first at this level: wait for the start-up line among them.
    let mut logs = Vec::new();
    while !logs
        .last()
        .is_some_and(|l: &String| l.contains(&format!("http://127.0.0.1:{port}/")))
    {
        logs.push(
            rx.recv_timeout(Duration::from_secs(30))
                .unwrap_or_else(|_| panic!("no start-up line: {logs:?}")),
        );
    }

    // An assessment through the API: its anonymous count waits in memory (flushed every 5 s).
    let body = r#"{"citizenship":"TJ","situations":["summons"]}"#;
    let mut conn = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
    let peer_port = conn.local_addr().expect("local address").port();
    write!(
        conn,
        "POST /api/v1/assess HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .expect("send");
    let mut response = String::new();
    conn.read_to_string(&mut response).expect("read");
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");

    // Metrics: on the private address without a token; not on the public one.
    let metrics = http(metrics_port, "GET", "/metrics", "", "");
    assert!(metrics.starts_with("HTTP/1.1 200"), "{metrics}");
    assert!(metrics.contains("assessments_total"), "{metrics}");
    let public = http(port, "GET", "/metrics", "", "");
    assert!(public.starts_with("HTTP/1.1 404"), "{public}");

    // SIGTERM, as `docker stop` sends.
    let pid = child.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill")
            .success()
    );
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success(), "{:?}", out.status);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ogoh: stopped\n");
    let logs: Vec<String> =
        std::iter::from_fn(|| rx.recv_timeout(Duration::from_secs(5)).ok()).collect();
    assert!(
        logs.iter().all(|l| !l.contains(&format!(":{peer_port}"))),
        "a log line names the client's address: {:?}",
        logs.iter().find(|l| l.contains(&format!(":{peer_port}")))
    );

    // The count was written on the way out.
    let store = ogoh::store::open(&format!("sqlite://{}", db.display()))
        .await
        .expect("open");
    let stats = store.stats("2000-01-01").await.expect("stats");
    assert!(
        stats
            .iter()
            .any(|s| s.channel == "api" && s.country == "TJ" && s.item == "assessment"),
        "{stats:?}"
    );
}

/// One HTTP/1.1 request over a fresh connection; returns the whole response.
fn http(port: u16, method: &str, path: &str, headers: &str, body: &str) -> String {
    let mut conn = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        conn,
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .expect("send");
    let mut response = String::new();
    conn.read_to_string(&mut response).expect("read");
    response
}

/// Asks `get` every `every` until `done` holds of its answer, at most `tries` times; returns
/// the last answer.
fn poll(
    tries: u32,
    every: Duration,
    get: impl Fn() -> String,
    done: impl Fn(&str) -> bool,
) -> String {
    let mut answer = String::new();
    for _ in 0..tries {
        std::thread::sleep(every);
        answer = get();
        if done(&answer) {
            break;
        }
    }
    answer
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

#[test]
fn a_running_server_takes_valid_rule_edits_and_keeps_serving_through_broken_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let (rules, locales) = (dir.path().join("rules"), dir.path().join("locales"));
    copy_dir(&root.join("rules"), &rules);
    copy_dir(&root.join("locales"), &locales);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_ogoh"))
        .arg("serve")
        .env("OGOH_RULES_DIR", &rules)
        .env("OGOH_LOCALES_DIR", &locales)
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/ogoh.db", dir.path().display()),
        )
        .env("OGOH_DATA_DIR", dir.path())
        .env("OGOH_BIND", format!("127.0.0.1:{port}"))
        .env("OGOH_STAFF_TOKEN", "t0ken-long-enough-for-the-staff-pages")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("spawn");
    let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
    let _up = lines.next();
    let title = || {
        let r = http(
            port,
            "POST",
            "/api/v1/assess?lang=en",
            "Content-Type: application/json\r\n",
            r#"{"citizenship":"UZ","situations":["offered_contract"]}"#,
        );
        r.split("\"title\":\"")
            .nth(1)
            .and_then(|t| t.split('"').next())
            .unwrap_or_default()
            .to_string()
    };
    let old_title = title();
    assert!(!old_title.is_empty());

    // A staff member edits a text and saves (by rename, as editors do).
    let ftl = locales.join("en/findings.ftl");
    let text = std::fs::read_to_string(&ftl).expect("read");
    let new_title = format!("{old_title} (edited)");
    std::fs::write(
        ftl.with_extension("swp"),
        text.replacen(&old_title, &new_title, 1),
    )
    .expect("write");
    std::fs::rename(ftl.with_extension("swp"), &ftl).expect("rename");
    // Up to 30 s: a reload trains the checker's model, slow in a debug build.
    let live = poll(300, Duration::from_millis(100), title, |t| t == new_title);
    assert_eq!(live, new_title, "the valid edit went live");

    // A broken rule file: refused, and the server keeps answering with the last good set.
    let uz = rules.join("countries/uz.toml");
    let good = std::fs::read_to_string(&uz).expect("read");
    std::fs::write(&uz, format!("{good}\n[[law]\n")).expect("write");
    // Wait for the reload to be refused: loading trains the checker's model, which takes a
    // few seconds in a debug build. Asked twice a second, under the rate limit.
    let staff_page = || {
        http(
            port,
            "GET",
            "/staff",
            "Authorization: Bearer t0ken-long-enough-for-the-staff-pages\r\n",
            "",
        )
    };
    let staff = poll(60, Duration::from_millis(500), staff_page, |p| {
        p.contains("rejected")
    });
    assert_eq!(title(), new_title);
    assert!(
        staff.contains("rejected") && staff.contains("countries/uz.toml"),
        "{staff}"
    );
    assert!(http(port, "GET", "/staff", "", "").starts_with("HTTP/1.1 401"));

    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let _ = child.wait();
}

/// The library's `launch`, started in-process through `TestApp` on each database: the web
/// page and readiness answer, the ruleset is recorded in the store, and a stop ends it cleanly.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn launched_in_process_it_serves_and_stops_on_each_database() {
    for backend in [common::Backend::Sqlite, common::Backend::Postgres] {
        let db = common::TestDb::new(backend).await;
        let app = common::app::TestApp::builder(&db)
            .var("OGOH_RATE_LIMIT", "0")
            .start()
            .await;
        let http = reqwest::Client::new();
        let mut ready = None;
        for _ in 0..100 {
            if let Ok(r) = http.get(format!("{}/readyz", app.url)).send().await {
                ready = Some(r.status().as_u16());
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert_eq!(ready, Some(200), "{backend:?}");
        let page = http
            .get(format!("{}/ru/", app.url))
            .send()
            .await
            .expect("page");
        assert_eq!(page.status().as_u16(), 200);
        assert!(page.text().await.unwrap_or_default().contains("<form"));
        let audit = db.store().await.ruleset_audit(10).await.expect("audit");
        assert!(
            audit.iter().any(|a| a.outcome == "accepted"),
            "{backend:?}: the ruleset is recorded at start"
        );
        app.stop().await.expect("stops cleanly");
        db.drop().await;
    }
}
