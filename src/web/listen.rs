//! The accept loop: HTTP/1.1 connections under limits, so a few hundred silent sockets cannot
//! use up the process's file descriptors and a half-sent request cannot hold back a shutdown.
//!
//! Written by hand around hyper's own connection builder because `axum::serve` offers none of
//! these: it gives hyper no timer (so hyper's header-read timeout never fires), has no cap on
//! open connections, and waits for every connection at shutdown however long it takes.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tower::ServiceExt;

use super::client_addr::{TrustedProxies, limit_key};

/// How long connections may take and how many may be open.
#[derive(Debug, Clone)]
pub struct Limits {
    /// A request's head (line and headers) must arrive within this. hyper starts the same
    /// clock while a kept-alive connection waits for its next request, so this is also the
    /// idle keep-alive timeout.
    pub header_read_timeout: Duration,
    /// Open connections in all; beyond this a new one is told 503 and closed. Keep it below
    /// the process's file limit (`ulimit -n`, often 1024) so health checks and the database
    /// still get a descriptor.
    pub max_connections: usize,
    /// Open connections from one address (an IPv6 /64). Trusted proxies are exempt: every
    /// connection through them comes from them.
    pub max_connections_per_ip: usize,
    /// After shutdown is asked, requests in flight get this long; then the rest are cut.
    pub shutdown_deadline: Duration,
    /// Reverse proxies (`OGOH_TRUSTED_PROXIES`), exempt from the per-address cap.
    pub trusted_proxies: TrustedProxies,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_read_timeout: Duration::from_secs(10),
            max_connections: 768,
            // Generous: many people share one address behind a mobile carrier's NAT, and a
            // browser opens up to six connections per site.
            max_connections_per_ip: 64,
            shutdown_deadline: Duration::from_secs(10),
            trusted_proxies: TrustedProxies::default(),
        }
    }
}

/// Serves `app` on `listener` under `limits` until `shutdown` resolves; then stops accepting,
/// lets requests in flight finish within the deadline, and closes what is left.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let open = Arc::new(Semaphore::new(limits.max_connections));
    let per_ip = Arc::new(PerAddress::default());
    let graceful = GracefulShutdown::new();
    // Cuts the connections still open when the deadline has passed.
    let (cut_tx, cut_rx) = watch::channel(false);
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of descriptors (EMFILE) and the like: wait rather than spin.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(slots) = admit(&open, &per_ip, &limits, peer.ip()) else {
            refuse(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        // Handlers read the peer address as `ConnectInfo`, as with `axum::serve`.
        let service = app
            .clone()
            .map_request(move |mut req: axum::http::Request<Incoming>| {
                req.extensions_mut().insert(ConnectInfo(peer));
                req
            });
        let conn = http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let conn = graceful.watch(conn);
        let mut cut = cut_rx.clone();
        tokio::spawn(async move {
            tokio::select! {
                // A client that times out or goes away ends here; nothing to report.
                _ = conn => {}
                _ = cut.wait_for(|cut| *cut) => {}
            }
            drop(slots);
        });
    }
    drop(listener);
    if tokio::time::timeout(limits.shutdown_deadline, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(
            deadline_s = limits.shutdown_deadline.as_secs(),
            "connections still open at the shutdown deadline: closing them"
        );
        let _ = cut_tx.send(true);
    }
    Ok(())
}

/// A connection's places in the overall and per-address counts, given back on drop.
struct Slots {
    _overall: OwnedSemaphorePermit,
    _address: Option<AddressSlot>,
}

/// Room for one more connection from `peer`, or `None` if it would pass a cap.
fn admit(
    open: &Arc<Semaphore>,
    per_ip: &Arc<PerAddress>,
    limits: &Limits,
    peer: IpAddr,
) -> Option<Slots> {
    let address = if limits.trusted_proxies.contains(peer) {
        None
    } else {
        Some(PerAddress::enter(
            per_ip,
            peer,
            limits.max_connections_per_ip,
        )?)
    };
    let overall = open.clone().try_acquire_owned().ok()?;
    Some(Slots {
        _overall: overall,
        _address: address,
    })
}

/// A short, clear refusal instead of a silent close; never waits on the client.
fn refuse(stream: TcpStream) {
    const BUSY: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\n\
        Content-Type: text/plain\r\nContent-Length: 32\r\nConnection: close\r\n\r\n\
        too many connections; try again\n";
    // A fresh socket's send buffer takes these bytes at once; a client that cannot take
    // them gets nothing, which is its own problem.
    let _ = stream.try_write(BUSY);
    tokio::spawn(async move {
        let mut stream = stream;
        let _ = tokio::time::timeout(Duration::from_secs(1), stream.shutdown()).await;
    });
}

/// Open connections per address (IPv6 by /64). Holds only addresses with a connection open
/// now, in memory; never logged.
#[derive(Default)]
struct PerAddress(Mutex<HashMap<IpAddr, usize>>);

struct AddressSlot {
    counts: Arc<PerAddress>,
    key: IpAddr,
}

impl PerAddress {
    fn enter(counts: &Arc<PerAddress>, peer: IpAddr, cap: usize) -> Option<AddressSlot> {
        let key = limit_key(peer);
        let mut map = counts.0.lock().unwrap_or_else(|e| e.into_inner());
        let n = map.entry(key).or_insert(0);
        if *n >= cap {
            return None;
        }
        *n += 1;
        Some(AddressSlot {
            counts: counts.clone(),
            key,
        })
    }
}

impl Drop for AddressSlot {
    fn drop(&mut self) {
        let mut map = self.counts.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = map.get_mut(&self.key) {
            *n -= 1;
            if *n == 0 {
                map.remove(&self.key);
            }
        }
    }
}
