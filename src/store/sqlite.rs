//! The SQLite store: the embedded default. WAL, a busy timeout, and `BEGIN IMMEDIATE` for
//! writes, so a write never fails on a read lock it took itself (shared/research/stack.md §4.4).

use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

use super::{
    AuditRow, Conversation, ConversationKey, Saved, StatIncrement, StatRow, Store, StoreError, sql,
};

/// Conversations and statistics in one SQLite file.
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens (and creates, with its directory) the database at `url` (`sqlite://path`).
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // With WAL, NORMAL loses nothing when the process dies; only a power cut can lose
            // the last writes.
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(5));
        if let Some(dir) = options.get_filename().parent()
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::DataDir(dir.display().to_string(), e))?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .acquire_timeout(Duration::from_secs(5))
            .connect_with(options)
            .await?;
        Ok(SqliteStore { pool })
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn migrate(&self) -> Result<(), StoreError> {
        sqlx::migrate!("./migrations/sqlite")
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
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
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
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
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
