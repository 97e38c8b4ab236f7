//! Who is asking: the address the per-address limits count by. Behind a reverse proxy every
//! connection comes from the proxy, so the client's address is read from `X-Forwarded-For` (or,
//! when that is absent, `Forwarded`), but only when the connection comes from a proxy the
//! operator listed in `OGOH_TRUSTED_PROXIES`; from anyone else those headers are ignored, since
//! anyone can write them.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request};
use ipnet::IpNet;
use tower_governor::GovernorError;
use tower_governor::key_extractor::KeyExtractor;

/// The proxies whose forwarding headers are believed (`OGOH_TRUSTED_PROXIES`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Arc<[IpNet]>);

impl TrustedProxies {
    /// Parses a comma- or space-separated list of addresses and networks:
    /// `127.0.0.1, 10.0.0.0/8, ::1`.
    pub fn parse(list: &str) -> Result<TrustedProxies, String> {
        let nets = list
            .split([',', ' '])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<IpNet>()
                    .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("`{s}` is not an IP address or network (10.0.0.0/8)"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(TrustedProxies(nets.into()))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client's address: the peer's, unless the peer is a trusted proxy; then the nearest
    /// address in the forwarding header that is not itself a trusted proxy. Proxies append on
    /// the right, so the header is read from the right: whatever a client wrote itself is on the
    /// left and is never reached while a trusted proxy stands between.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = peer.to_canonical();
        if !self.contains(peer) {
            return peer;
        }
        let hops = forwarded_for(headers);
        let mut client = peer;
        for hop in hops.iter().rev() {
            match hop {
                Some(ip) if self.contains(*ip) => client = *ip,
                Some(ip) => return *ip,
                // An entry that is not an address (`unknown`, garbage): stop at the last known.
                None => return client,
            }
        }
        client
    }
}

/// The hops named by `X-Forwarded-For` (all its lines), else by `Forwarded`'s `for=`, left to
/// right; `None` for an entry that is not an address. `X-Forwarded-For` wins because the common
/// proxies (Caddy, nginx) set it and pass a client's own `Forwarded` through untouched.
fn forwarded_for(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let lines = |name: &str| -> Vec<String> {
        headers
            .get_all(name)
            .iter()
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
            .collect()
    };
    let xff = lines("x-forwarded-for");
    if !xff.is_empty() {
        return xff
            .iter()
            .flat_map(|l| l.split(','))
            .map(|s| parse_node(s.trim()))
            .collect();
    }
    lines("forwarded")
        .iter()
        .flat_map(|l| l.split(','))
        .filter_map(|element| {
            element.split(';').find_map(|pair| {
                let (k, v) = pair.trim().split_once('=')?;
                k.trim()
                    .eq_ignore_ascii_case("for")
                    .then(|| parse_node(v.trim().trim_matches('"')))
            })
        })
        .collect()
}

/// An address as proxies write it: `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1`, `[2001:db8::1]:80`.
fn parse_node(s: &str) -> Option<IpAddr> {
    if let Ok(ip) = s.parse::<IpAddr>() {
        return Some(ip.to_canonical());
    }
    if let Ok(addr) = s.parse::<SocketAddr>() {
        return Some(addr.ip().to_canonical());
    }
    s.strip_prefix('[')
        .and_then(|s| s.strip_suffix(']'))
        .and_then(|s| s.parse::<Ipv6Addr>().ok())
        .map(IpAddr::V6)
}

/// What per-address limits count by: an IPv4 address, or an IPv6 /64 (one household or phone
/// gets a whole /64, so counting single IPv6 addresses would let one person be many).
pub fn limit_key(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => {
            let s = v6.segments();
            IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
        }
        v4 => v4,
    }
}

/// The rate limiter's key: the client's address (see `TrustedProxies::client`), as `limit_key`.
#[derive(Debug, Clone)]
pub struct ClientKey(pub TrustedProxies);

impl KeyExtractor for ClientKey {
    type Key = IpAddr;

    fn extract<T>(&self, req: &Request<T>) -> Result<IpAddr, GovernorError> {
        let peer = req
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
            .ok_or(GovernorError::UnableToExtractKey)?;
        Ok(limit_key(self.0.client(peer, req.headers())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, v.parse().expect("header value"));
        }
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("ip")
    }

    #[test]
    fn forwarding_headers_count_only_from_trusted_proxies() {
        let trusted = TrustedProxies::parse("10.0.0.0/8, 127.0.0.1").expect("list");
        let xff = headers(&[("x-forwarded-for", "6.6.6.6, 203.0.113.7")]);
        // From a stranger the header is a claim, not a fact.
        assert_eq!(trusted.client(ip("198.51.100.1"), &xff), ip("198.51.100.1"));
        // From the proxy, the nearest untrusted hop: not the client-written 6.6.6.6.
        assert_eq!(trusted.client(ip("127.0.0.1"), &xff), ip("203.0.113.7"));
        // Two proxies in a row are both skipped.
        let chain = headers(&[("x-forwarded-for", "203.0.113.7, 10.1.2.3")]);
        assert_eq!(trusted.client(ip("10.9.9.9"), &chain), ip("203.0.113.7"));
        // No header: the proxy itself.
        assert_eq!(
            trusted.client(ip("127.0.0.1"), &HeaderMap::new()),
            ip("127.0.0.1")
        );
        // Nothing trusted: headers never count.
        assert_eq!(
            TrustedProxies::default().client(ip("127.0.0.1"), &xff),
            ip("127.0.0.1")
        );
    }

    #[test]
    fn forwarded_is_read_when_x_forwarded_for_is_absent() {
        let trusted = TrustedProxies::parse("127.0.0.1").expect("list");
        let h = headers(&[(
            "forwarded",
            r#"for=6.6.6.6, for="[2001:db8:cafe::17]:4711";proto=https"#,
        )]);
        assert_eq!(trusted.client(ip("127.0.0.1"), &h), ip("2001:db8:cafe::17"));
        let both = headers(&[
            ("forwarded", "for=6.6.6.6"),
            ("x-forwarded-for", "203.0.113.7"),
        ]);
        assert_eq!(trusted.client(ip("127.0.0.1"), &both), ip("203.0.113.7"));
        // Garbage stops the walk at the proxy.
        let junk = headers(&[("x-forwarded-for", "unknown")]);
        assert_eq!(trusted.client(ip("127.0.0.1"), &junk), ip("127.0.0.1"));
    }

    #[test]
    fn lists_are_parsed_or_refused() {
        assert!(TrustedProxies::parse("").expect("empty").is_empty());
        let t = TrustedProxies::parse("::1 192.168.0.0/16").expect("list");
        assert!(t.contains(ip("::1")) && t.contains(ip("192.168.4.5")));
        // An IPv4 peer seen through an IPv6 socket is the same peer.
        assert!(t.contains(ip("::ffff:192.168.4.5")));
        assert!(!t.contains(ip("192.169.0.1")));
        let e = TrustedProxies::parse("10.0.0.0/8, proxy.local").expect_err("a name");
        assert!(e.contains("proxy.local"), "{e}");
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_64() {
        assert_eq!(
            limit_key(ip("2001:db8:1:2:aaaa::1")),
            limit_key(ip("2001:db8:1:2:bbbb::9"))
        );
        assert_ne!(
            limit_key(ip("2001:db8:1:2::1")),
            limit_key(ip("2001:db8:1:3::1"))
        );
        assert_eq!(limit_key(ip("::ffff:1.2.3.4")), ip("1.2.3.4"));
    }
}
