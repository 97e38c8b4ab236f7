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
    let db = dir.path().join("ogoh.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_ogoh"))
        .arg("serve")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("DATABASE_URL", format!("sqlite://{}", db.display()))
        .env("OGOH_DATA_DIR", dir.path())
        .env("OGOH_BIND", format!("127.0.0.1:{port}"))
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
    let up = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("a start-up line");
    assert!(up.contains(&format!("http://127.0.0.1:{port}/")), "{up}");

    // An assessment through the API: its anonymous count waits in memory (flushed every 5 s).
    let body = r#"{"citizenship":"TJ","situations":["summons"]}"#;
    let mut conn = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        conn,
        "POST /api/v1/assess HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .expect("send");
    let mut response = String::new();
    conn.read_to_string(&mut response).expect("read");
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");

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
