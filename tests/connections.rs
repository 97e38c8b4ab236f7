//! The listener's limits, over real TCP on loopback against the whole app: a half-sent
//! request and an idle kept-alive connection are closed, open connections are capped per
//! address and overall, and shutdown has a deadline.

mod common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use common::{Backend, TestDb};
use ogoh::web::{self, Limits, RateLimit, client_addr::TrustedProxies};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

/// The app served under `limits` until `stop` fires; the server task ends when serving does.
async fn start(
    limits: Limits,
) -> (
    SocketAddr,
    TestDb,
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<()>,
) {
    let db = TestDb::new(Backend::Sqlite).await;
    let no_rate_limit = RateLimit {
        per_second: 0,
        ..Default::default()
    };
    let state = common::shipped_state(&db, no_rate_limit).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let addr = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let _ = web::serve(listener, web::app(state), limits, async move {
            let _ = stopped.await;
        })
        .await;
    });
    (addr, db, stop, task)
}

/// A connection to `server` from the loopback address `from` (any of 127.0.0.0/8).
async fn connect(server: SocketAddr, from: [u8; 4]) -> TcpStream {
    let socket = TcpSocket::new_v4().unwrap_or_else(|e| panic!("{e}"));
    socket
        .bind(SocketAddr::from((from, 0)))
        .unwrap_or_else(|e| panic!("{e}"));
    socket
        .connect(server)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Sends one keep-alive request for /healthz and reads its answer's status line.
async fn ask(stream: &mut TcpStream) -> String {
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let mut buf = vec![0u8; 4096];
    let mut got = String::new();
    while !got.ends_with("ok") {
        let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buf))
            .await
            .unwrap_or_else(|_| panic!("no answer; so far {got:?}"))
            .unwrap_or(0);
        if n == 0 {
            break;
        }
        got.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    got.lines().next().unwrap_or_default().to_string()
}

/// Reads until the server closes; returns what it sent and when it closed.
async fn until_closed(stream: &mut TcpStream, within: Duration) -> (String, Duration) {
    let start = Instant::now();
    let mut all = Vec::new();
    let read = tokio::time::timeout(within, stream.read_to_end(&mut all)).await;
    assert!(read.is_ok(), "still open after {within:?}");
    (String::from_utf8_lossy(&all).into_owned(), start.elapsed())
}

fn limits() -> Limits {
    Limits {
        header_read_timeout: Duration::from_secs(1),
        ..Limits::default()
    }
}

#[tokio::test]
async fn a_half_sent_request_is_closed_after_the_header_timeout() {
    let (addr, _db, _stop, _task) = start(limits()).await;
    let mut s = connect(addr, [127, 0, 0, 1]).await;
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\n")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let (_, after) = until_closed(&mut s, Duration::from_secs(5)).await;
    assert!(
        after >= Duration::from_millis(900),
        "closed too early: {after:?}"
    );
    // A connection that sends nothing at all is closed the same way.
    let mut silent = connect(addr, [127, 0, 0, 1]).await;
    let (_, after) = until_closed(&mut silent, Duration::from_secs(5)).await;
    assert!(after >= Duration::from_millis(900), "{after:?}");
}

#[tokio::test]
async fn an_idle_kept_alive_connection_is_closed() {
    let (addr, _db, _stop, _task) = start(limits()).await;
    let mut s = connect(addr, [127, 0, 0, 1]).await;
    assert_eq!(ask(&mut s).await, "HTTP/1.1 200 OK");
    // Kept alive: a second request on the same connection is answered.
    assert_eq!(ask(&mut s).await, "HTTP/1.1 200 OK");
    let (_, after) = until_closed(&mut s, Duration::from_secs(5)).await;
    assert!(after >= Duration::from_millis(900), "{after:?}");
}

#[tokio::test]
async fn open_connections_are_capped_per_address_and_overall() {
    let (addr, _db, _stop, _task) = start(Limits {
        max_connections: 4,
        max_connections_per_ip: 2,
        header_read_timeout: Duration::from_secs(30),
        ..Limits::default()
    })
    .await;
    // Two from one address are served and stay open.
    let mut a1 = connect(addr, [127, 0, 0, 1]).await;
    let mut a2 = connect(addr, [127, 0, 0, 1]).await;
    assert_eq!(ask(&mut a1).await, "HTTP/1.1 200 OK");
    assert_eq!(ask(&mut a2).await, "HTTP/1.1 200 OK");
    // A third from that address is told why and closed.
    let mut a3 = connect(addr, [127, 0, 0, 1]).await;
    let (said, _) = until_closed(&mut a3, Duration::from_secs(2)).await;
    assert!(said.starts_with("HTTP/1.1 503"), "{said:?}");
    assert!(said.contains("Retry-After: 5"), "{said:?}");
    // Another address still gets in, up to the overall cap of four.
    let mut b1 = connect(addr, [127, 0, 0, 2]).await;
    let mut b2 = connect(addr, [127, 0, 0, 2]).await;
    assert_eq!(ask(&mut b1).await, "HTTP/1.1 200 OK");
    assert_eq!(ask(&mut b2).await, "HTTP/1.1 200 OK");
    let mut c1 = connect(addr, [127, 0, 0, 3]).await;
    let (said, _) = until_closed(&mut c1, Duration::from_secs(2)).await;
    assert!(said.starts_with("HTTP/1.1 503"), "overall cap: {said:?}");
    // A closed connection gives its place back.
    drop(a1);
    let deadline = Instant::now() + Duration::from_secs(3);
    loop {
        let mut again = connect(addr, [127, 0, 0, 1]).await;
        let status = ask(&mut again).await;
        if status == "HTTP/1.1 200 OK" {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the place never came back: {status:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    drop((a2, b1, b2));
}

#[tokio::test]
async fn a_trusted_proxy_is_not_capped_per_address() {
    let (addr, _db, _stop, _task) = start(Limits {
        max_connections_per_ip: 1,
        header_read_timeout: Duration::from_secs(30),
        trusted_proxies: TrustedProxies::parse("127.0.0.1").unwrap_or_else(|e| panic!("{e}")),
        ..Limits::default()
    })
    .await;
    let mut open = Vec::new();
    for _ in 0..3 {
        let mut s = connect(addr, [127, 0, 0, 1]).await;
        assert_eq!(ask(&mut s).await, "HTTP/1.1 200 OK");
        open.push(s);
    }
    // Anyone else is held to one.
    let mut x1 = connect(addr, [127, 0, 0, 5]).await;
    assert_eq!(ask(&mut x1).await, "HTTP/1.1 200 OK");
    let mut x2 = connect(addr, [127, 0, 0, 5]).await;
    let (said, _) = until_closed(&mut x2, Duration::from_secs(2)).await;
    assert!(said.starts_with("HTTP/1.1 503"), "{said:?}");
}

#[tokio::test]
async fn shutdown_does_not_wait_past_its_deadline() {
    let (addr, _db, stop, task) = start(Limits {
        header_read_timeout: Duration::from_secs(60),
        shutdown_deadline: Duration::from_secs(1),
        ..Limits::default()
    })
    .await;
    // A client holding half a request would otherwise hold the shutdown for a minute.
    let mut held = connect(addr, [127, 0, 0, 1]).await;
    held.write_all(b"POST /api/v1/scan HTTP/1.1\r\nHost: t\r\n")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    tokio::time::sleep(Duration::from_millis(100)).await;
    let asked = Instant::now();
    let _ = stop.send(());
    tokio::time::timeout(Duration::from_secs(5), task)
        .await
        .unwrap_or_else(|_| panic!("serving still running 5 s after shutdown"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        asked.elapsed() < Duration::from_secs(3),
        "{:?}",
        asked.elapsed()
    );
    let (_, _) = until_closed(&mut held, Duration::from_secs(2)).await;
}
