//! The PostgreSQL store, for scale: several processes can share it. Connections are made
//! lazily, so a database that is down at start-up or later is retried, not fatal.

use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{PgPool, Row};

use super::{
    AuditRow, Conversation, ConversationKey, Saved, StatIncrement, StatRow, Store, StoreError, sql,
};

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

#[async_trait]
impl Store for PgStore {
    async fn migrate(&self) -> Result<(), StoreError> {
        sqlx::migrate!("./migrations/postgres")
            .run(&self.pool)
            .await?;
        Ok(())
    }

    async fn load(&self, key: &ConversationKey) -> Result<Option<Conversation>, StoreError> {
        let row = sqlx::query(sql::LOAD)
            .bind(key.as_str())
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| Conversation {
            state: r.get("state"),
            locale: r.get("locale"),
            updated_at: r.get("updated_at"),
            version: r.get("version"),
        }))
    }

    async fn save(
        &self,
        key: &ConversationKey,
        state: &str,
        locale: &str,
        now: i64,
        expected: Option<i64>,
        stats: &[StatIncrement],
    ) -> Result<Saved, StoreError> {
        let mut tx = self.pool.begin().await?;
        let query = match expected {
            None => sqlx::query(sql::INSERT),
            Some(_) => sqlx::query(sql::UPDATE),
        }
        .bind(key.as_str())
        .bind(state)
        .bind(locale)
        .bind(now);
        let query = match expected {
            Some(v) => query.bind(v),
            None => query,
        };
        let written = query.execute(&mut *tx).await?.rows_affected();
        if written == 0 {
            tx.rollback().await?;
            return Ok(Saved::Conflict);
        }
        for s in stats {
            sqlx::query(sql::STAT)
                .bind(&s.day)
                .bind(&s.channel)
                .bind(&s.country)
                .bind(&s.item)
                .bind(s.n)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(Saved::Ok(expected.map_or(1, |v| v + 1)))
    }

    async fn count(&self, stats: &[StatIncrement]) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        for s in stats {
            sqlx::query(sql::STAT)
                .bind(&s.day)
                .bind(&s.channel)
                .bind(&s.country)
                .bind(&s.item)
                .bind(s.n)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn delete(&self, key: &ConversationKey) -> Result<bool, StoreError> {
        let n = sqlx::query(sql::DELETE)
            .bind(key.as_str())
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(n > 0)
    }

    async fn delete_idle(&self, before: i64) -> Result<u64, StoreError> {
        Ok(sqlx::query(sql::DELETE_IDLE)
            .bind(before)
            .execute(&self.pool)
            .await?
            .rows_affected())
    }

    async fn stats(&self, since_day: &str) -> Result<Vec<StatRow>, StoreError> {
        Ok(sqlx::query_as(sql::STATS)
            .bind(since_day)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn record_ruleset(
        &self,
        version: &str,
        loaded_at: i64,
        outcome: &str,
        diagnostics: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(sql::AUDIT_INSERT)
            .bind(version)
            .bind(loaded_at)
            .bind(outcome)
            .bind(diagnostics)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn ruleset_audit(&self, limit: i64) -> Result<Vec<AuditRow>, StoreError> {
        Ok(sqlx::query_as(sql::AUDIT)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }
}
