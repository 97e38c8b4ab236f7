//! Typed settings from the environment. One loader; secrets never appear in `Debug`.

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
}

/// A setting that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{name}: {message}")]
pub struct SettingsError {
    pub name: &'static str,
    pub message: String,
}

impl Settings {
    /// Reads `DATABASE_URL`, `OGOH_DATA_DIR`, `OGOH_SECRET`, `OGOH_RETENTION_DAYS`.
    pub fn from_env() -> Result<Self, SettingsError> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let retention_days = match var("OGOH_RETENTION_DAYS") {
            None => 30,
            Some(v) => v
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|d| *d > 0)
                .ok_or(SettingsError {
                    name: "OGOH_RETENTION_DAYS",
                    message: format!("`{v}` is not a whole number of days (1 or more)"),
                })?,
        };
        let rate_limit = match var("OGOH_RATE_LIMIT") {
            None => crate::web::RateLimit::default().per_second,
            Some(v) => v.trim().parse::<u64>().map_err(|_| SettingsError {
                name: "OGOH_RATE_LIMIT",
                message: format!("`{v}` is not a whole number of requests per second"),
            })?,
        };
        Ok(Settings {
            bind: var("OGOH_BIND").unwrap_or_else(|| "127.0.0.1:8080".into()),
            rate_limit,
            database_url: var("DATABASE_URL").unwrap_or_else(|| "sqlite://data/ogoh.db".into()),
            data_dir: var("OGOH_DATA_DIR").map_or_else(|| PathBuf::from("data"), PathBuf::from),
            secret: var("OGOH_SECRET"),
            retention_days,
        })
    }
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
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_secrets() {
        let s = Settings {
            database_url: "postgres://u:pw@db/x".into(),
            data_dir: "data".into(),
            secret: Some("very-secret".into()),
            retention_days: 30,
            bind: "127.0.0.1:8080".into(),
            rate_limit: 5,
        };
        let d = format!("{s:?}");
        assert!(!d.contains("very-secret") && !d.contains("pw@"), "{d}");
    }
}
