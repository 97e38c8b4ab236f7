//! The PostgreSQL store, for scale: several processes can share it. Connections are made
//! lazily, so a database that is down at start-up or later is retried, not fatal.

use std::str::FromStr;
use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};

use super::StoreError;

/// Conversations and statistics in a PostgreSQL database.
pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    /// A store for `url` (`postgres://…`; `?options=-c search_path=…` selects a schema).
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        let options = PgConnectOptions::from_str(url)?;
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(5))
            .connect_lazy_with(options);
        Ok(PgStore { pool })
    }
}

super::sql_store!(PgStore, sqlx::Postgres, "./migrations/postgres", |pool| {
    pool.begin()
});
