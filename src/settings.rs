//! Typed settings: defaults, then an optional `ogoh.toml` (or the file named by `OGOH_CONFIG`),
//! then the environment, which wins. One loader; secrets never appear in `Debug`.

use std::path::PathBuf;

/// Settings that the commands share.
#[derive(Clone)]
pub struct Settings {
    /// `sqlite://path` (default `sqlite://data/ogoh.db`) or `postgres://…`.
    pub database_url: String,
    /// Where the generated secret (and the default SQLite file) live.
    pub data_dir: PathBuf,
    /// `OGOH_SECRET`: the key for conversation HMACs. Generated into `data_dir` if unset.
    pub secret: Option<String>,
    /// Conversations idle longer than this are deleted.
    pub retention_days: u32,
    /// Where `ogoh serve` listens (`OGOH_BIND`).
    pub bind: String,
    /// Requests per second per IP (`OGOH_RATE_LIMIT`; 0 turns the limit off).
    pub rate_limit: u64,
    /// `OGOH_TRUSTED_PROXIES`: reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: crate::web::client_addr::TrustedProxies,
    /// `OGOH_MAX_CONNECTIONS` and `OGOH_MAX_CONNECTIONS_PER_IP`: open-connection caps.
    pub max_connections: usize,
    pub max_connections_per_ip: usize,
    /// `OGOH_METRICS_BIND`: a private address serving `/metrics` without the staff token.
    pub metrics_bind: Option<String>,
    /// `OGOH_STAFF_TOKEN`: turns the staff routes on.
    pub staff_token: Option<String>,
    /// `OGOH_TELEGRAM_BOT` (the bot's username) and `OGOH_PUBLIC_URL`, for leaflets.
    pub telegram_bot: Option<String>,
    pub public_url: Option<String>,
    /// `TELEGRAM_BOT_TOKEN`: runs the Telegram bot in `ogoh serve`.
    pub telegram_token: Option<String>,
    /// `OGOH_TELEGRAM_WEBHOOK_URL`: webhook mode instead of long polling.
    pub telegram_webhook_url: Option<url::Url>,
    /// `OGOH_TELEGRAM_API_URL`: another Bot API server (self-hosted, or a test fake).
    pub telegram_api_url: Option<url::Url>,
    /// `OGOH_TELEGRAM_MAX_CONNECTIONS`: how many webhook requests Telegram may have open at
    /// once (`setWebhook`'s `max_connections`, 1-100).
    pub telegram_max_connections: u8,
}

/// A setting that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{name}: {message}")]
pub struct SettingsError {
    pub name: &'static str,
    pub message: String,
}

/// `ogoh.toml`: the same settings as the environment, in lower case.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    database_url: Option<String>,
    data_dir: Option<PathBuf>,
    secret: Option<String>,
    retention_days: Option<u32>,
    bind: Option<String>,
    rate_limit: Option<u64>,
    trusted_proxies: Option<String>,
    max_connections: Option<u64>,
    max_connections_per_ip: Option<u64>,
    metrics_bind: Option<String>,
    staff_token: Option<String>,
    telegram_bot: Option<String>,
    public_url: Option<String>,
    telegram_bot_token: Option<String>,
    telegram_webhook_url: Option<String>,
    telegram_api_url: Option<String>,
    telegram_max_connections: Option<u64>,
}

/// The shortest staff token accepted.
pub const MIN_STAFF_TOKEN_CHARS: usize = 24;

impl Settings {
    /// Reads `ogoh.toml` (if present) and then the environment (`DATABASE_URL`, `OGOH_*`,
    /// `TELEGRAM_BOT_TOKEN`); the README lists them all.
    pub fn from_env() -> Result<Self, SettingsError> {
        Settings::from_vars(|name| std::env::var(name).ok())
    }

    /// As `from_env`, with the variables looked up by `lookup` (tests give their own, and do not
    /// touch the process environment, which other tests share).
    pub fn from_vars(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, SettingsError> {
        let var = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        let file = read_file(var("OGOH_CONFIG"))?;
        let retention_days = retention_days(var("OGOH_RETENTION_DAYS"), file.retention_days)?;
        let rate_limit = match var("OGOH_RATE_LIMIT") {
            Some(v) => number("OGOH_RATE_LIMIT", &v)?,
            None => file
                .rate_limit
                .unwrap_or(crate::web::RateLimit::default().per_second),
        };
        let trusted_proxies = crate::web::client_addr::TrustedProxies::parse(
            &var("OGOH_TRUSTED_PROXIES")
                .or(file.trusted_proxies)
                .unwrap_or_default(),
        )
        .map_err(|message| SettingsError {
            name: "OGOH_TRUSTED_PROXIES",
            message,
        })?;
        let defaults = crate::web::Limits::default();
        let max_connections = at_least_one(
            "OGOH_MAX_CONNECTIONS",
            var("OGOH_MAX_CONNECTIONS"),
            file.max_connections,
            defaults.max_connections,
        )?;
        let max_connections_per_ip = at_least_one(
            "OGOH_MAX_CONNECTIONS_PER_IP",
            var("OGOH_MAX_CONNECTIONS_PER_IP"),
            file.max_connections_per_ip,
            defaults.max_connections_per_ip,
        )?;
        // An empty environment variable is read raw here, unlike the other settings: an empty
        // staff token must be refused, not ignored.
        let staff_token = staff_token(lookup("OGOH_STAFF_TOKEN").or(file.staff_token))?;
        let telegram_webhook_url = url(
            "OGOH_TELEGRAM_WEBHOOK_URL",
            var("OGOH_TELEGRAM_WEBHOOK_URL").or(file.telegram_webhook_url),
        )?;
        let telegram_api_url = url(
            "OGOH_TELEGRAM_API_URL",
            var("OGOH_TELEGRAM_API_URL").or(file.telegram_api_url),
        )?;
        let telegram_max_connections = telegram_max_connections(
            var("OGOH_TELEGRAM_MAX_CONNECTIONS"),
            file.telegram_max_connections,
        )?;
        Ok(Settings {
            database_url: var("DATABASE_URL")
                .or(file.database_url)
                .unwrap_or_else(|| "sqlite://data/ogoh.db".into()),
            data_dir: var("OGOH_DATA_DIR")
                .map(PathBuf::from)
                .or(file.data_dir)
                .unwrap_or_else(|| PathBuf::from("data")),
            secret: var("OGOH_SECRET").or(file.secret),
            retention_days,
            bind: var("OGOH_BIND")
                .or(file.bind)
                .unwrap_or_else(|| "127.0.0.1:8080".into()),
            rate_limit,
            trusted_proxies,
            max_connections,
            max_connections_per_ip,
            metrics_bind: var("OGOH_METRICS_BIND").or(file.metrics_bind),
            staff_token,
            telegram_bot: var("OGOH_TELEGRAM_BOT").or(file.telegram_bot),
            public_url: var("OGOH_PUBLIC_URL").or(file.public_url),
            telegram_token: var("TELEGRAM_BOT_TOKEN").or(file.telegram_bot_token),
            telegram_webhook_url,
            telegram_api_url,
            telegram_max_connections,
        })
    }
}

/// `ogoh.toml`, or the file `OGOH_CONFIG` names; none is an empty one.
fn read_file(named: Option<String>) -> Result<FileSettings, SettingsError> {
    let path = match named {
        Some(path) => PathBuf::from(path),
        None => match Some(PathBuf::from("ogoh.toml")).filter(|p| p.exists()) {
            Some(path) => path,
            None => return Ok(FileSettings::default()),
        },
    };
    let text = std::fs::read_to_string(&path).map_err(|e| SettingsError {
        name: "OGOH_CONFIG",
        message: format!("cannot read {}: {e}", path.display()),
    })?;
    toml::from_str(&text).map_err(|e| SettingsError {
        name: "OGOH_CONFIG",
        message: format!("{}: {}", path.display(), e.message().trim()),
    })
}

fn number(name: &'static str, v: &str) -> Result<u64, SettingsError> {
    v.trim().parse::<u64>().map_err(|_| SettingsError {
        name,
        message: format!("`{v}` is not a whole number"),
    })
}

/// Days an idle conversation is kept: the environment's value, else the file's, else 30; at
/// least 1.
fn retention_days(env: Option<String>, file: Option<u32>) -> Result<u32, SettingsError> {
    let days = match env {
        Some(v) => u32::try_from(number("OGOH_RETENTION_DAYS", &v)?).unwrap_or(u32::MAX),
        None => file.unwrap_or(30),
    };
    if days == 0 {
        return Err(SettingsError {
            name: "OGOH_RETENTION_DAYS",
            message: "must be 1 day or more".into(),
        });
    }
    Ok(days)
}

/// A count that must be 1 or more: from the environment, else the file, else `default`.
fn at_least_one(
    name: &'static str,
    env: Option<String>,
    file: Option<u64>,
    default: usize,
) -> Result<usize, SettingsError> {
    let n = match env {
        Some(v) => number(name, &v)?,
        None => file.unwrap_or(default as u64),
    };
    if n == 0 {
        return Err(SettingsError {
            name,
            message: "must be 1 or more".into(),
        });
    }
    Ok(usize::try_from(n).unwrap_or(usize::MAX))
}

fn url(name: &'static str, v: Option<String>) -> Result<Option<url::Url>, SettingsError> {
    v.map(|v| {
        url::Url::parse(v.trim()).map_err(|e| SettingsError {
            name,
            message: format!("`{v}` is not a URL: {e}"),
        })
    })
    .transpose()
}

/// A staff token opens the staff pages and reload. An empty or short one would open them to
/// anyone who guesses it: refuse to start.
fn staff_token(token: Option<String>) -> Result<Option<String>, SettingsError> {
    if let Some(t) = &token
        && t.trim().chars().count() < MIN_STAFF_TOKEN_CHARS
    {
        return Err(SettingsError {
            name: "OGOH_STAFF_TOKEN",
            message: format!(
                "must be at least {MIN_STAFF_TOKEN_CHARS} characters (it is {}); to turn the staff pages off, remove it",
                t.trim().chars().count()
            ),
        });
    }
    Ok(token)
}

/// `setWebhook`'s `max_connections`: 1 to 100, Telegram's range.
fn telegram_max_connections(env: Option<String>, file: Option<u64>) -> Result<u8, SettingsError> {
    let n = match env {
        Some(v) => number("OGOH_TELEGRAM_MAX_CONNECTIONS", &v)?,
        None => file.unwrap_or(crate::telegram::DEFAULT_MAX_CONNECTIONS.into()),
    };
    u8::try_from(n)
        .ok()
        .filter(|n| (1..=100).contains(n))
        .ok_or_else(|| SettingsError {
            name: "OGOH_TELEGRAM_MAX_CONNECTIONS",
            message: format!("must be 1 to 100 (Telegram's range), not {n}"),
        })
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field(
                "database_url",
                &crate::store::redact_url(&self.database_url),
            )
            .field("data_dir", &self.data_dir)
            .field("secret", &self.secret.as_ref().map(|_| "***"))
            .field("retention_days", &self.retention_days)
            .field("bind", &self.bind)
            .field("rate_limit", &self.rate_limit)
            .field("trusted_proxies", &self.trusted_proxies)
            .field("max_connections", &self.max_connections)
            .field("max_connections_per_ip", &self.max_connections_per_ip)
            .field("metrics_bind", &self.metrics_bind)
            .field("staff_token", &self.staff_token.as_ref().map(|_| "***"))
            .field("telegram_bot", &self.telegram_bot)
            .field("public_url", &self.public_url)
            .field(
                "telegram_token",
                &self.telegram_token.as_ref().map(|_| "***"),
            )
            .field(
                "telegram_webhook_url",
                &self.telegram_webhook_url.as_ref().map(url::Url::as_str),
            )
            .field(
                "telegram_api_url",
                &self.telegram_api_url.as_ref().map(url::Url::as_str),
            )
            .field("telegram_max_connections", &self.telegram_max_connections)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Settings from these variables only (and no `ogoh.toml`: `OGOH_CONFIG` names none).
    fn with(vars: &[(&str, &str)]) -> Result<Settings, SettingsError> {
        Settings::from_vars(|name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn defaults_and_bad_values_named_by_their_variable() {
        let s = with(&[]).expect("defaults");
        assert_eq!(s.database_url, "sqlite://data/ogoh.db");
        assert_eq!(s.telegram_max_connections, 40);
        assert_eq!(s.staff_token, None);
        for (name, value, says) in [
            ("OGOH_STAFF_TOKEN", "", "at least 24 characters"),
            ("OGOH_STAFF_TOKEN", "short", "at least 24 characters"),
            ("OGOH_TELEGRAM_MAX_CONNECTIONS", "0", "1 to 100"),
            ("OGOH_TELEGRAM_MAX_CONNECTIONS", "101", "1 to 100"),
            ("OGOH_MAX_CONNECTIONS", "0", "1 or more"),
            ("OGOH_RETENTION_DAYS", "many", "not a whole number"),
            ("OGOH_TELEGRAM_WEBHOOK_URL", "not a url", "not a URL"),
        ] {
            let e = with(&[(name, value)])
                .err()
                .unwrap_or_else(|| panic!("{name}={value}"));
            assert_eq!(e.name, name);
            assert!(e.message.contains(says), "{name}={value}: {}", e.message);
        }
        let ok = with(&[
            ("OGOH_TELEGRAM_MAX_CONNECTIONS", "100"),
            ("OGOH_RATE_LIMIT", "0"),
        ]);
        assert_eq!(
            ok.map(|s| (s.telegram_max_connections, s.rate_limit)).ok(),
            Some((100, 0))
        );
    }

    #[test]
    fn debug_hides_secrets() {
        let s = Settings {
            database_url: "postgres://u:pw@db/x".into(),
            data_dir: "data".into(),
            secret: Some("very-secret".into()),
            retention_days: 30,
            bind: "127.0.0.1:8080".into(),
            rate_limit: 5,
            trusted_proxies: Default::default(),
            max_connections: 10,
            max_connections_per_ip: 5,
            metrics_bind: None,
            staff_token: Some("staff-secret".into()),
            telegram_bot: None,
            public_url: None,
            telegram_token: Some("123:bot-secret".into()),
            telegram_webhook_url: None,
            telegram_api_url: None,
            telegram_max_connections: 40,
        };
        let d = format!("{s:?}");
        assert!(
            !d.contains("very-secret")
                && !d.contains("pw@")
                && !d.contains("staff-secret")
                && !d.contains("bot-secret"),
            "{d}"
        );
    }
}
