//! Where conversations, anonymous daily counts and the ruleset audit live: a `Store` trait with
//! one SQLite and one PostgreSQL implementation, chosen once from the `DATABASE_URL` scheme
//! (atuin's design; `sqlx::Any` cannot do both well). Migrations live per backend in
//! `migrations/{sqlite,postgres}`.
//!
//! Nothing stored identifies a person: conversation keys are HMACs (`key.rs`), states hold ids,
//! counts are per day.

pub mod key;
pub mod postgres;
pub mod sqlite;
pub mod stats_buffer;

use std::sync::Arc;

use async_trait::async_trait;

pub use key::ConversationKey;

/// A stored conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversation {
    /// The dialogue state as JSON.
    pub state: String,
    pub locale: String,
    pub updated_at: i64,
    pub version: i64,
}

/// What `save` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// Written; the new version.
    Ok(i64),
    /// Someone else wrote first (the version did not match): load again and retry.
    Conflict,
}

/// One anonymous count to add.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StatIncrement {
    /// YYYY-MM-DD
    pub day: String,
    pub channel: String,
    pub country: String,
    pub item: String,
    /// How much to add.
    pub n: i64,
}

/// A row of daily statistics.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct StatRow {
    pub day: String,
    pub channel: String,
    pub country: String,
    pub item: String,
    pub count: i64,
}

/// A row of the ruleset audit.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AuditRow {
    pub version: String,
    pub loaded_at: i64,
    pub outcome: String,
    pub diagnostics: String,
}

/// Why the store failed. Callers tell the person to try again; details go to the log.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("unsupported DATABASE_URL `{0}`: use sqlite://path or postgres://…")]
    UnsupportedUrl(String),
    #[error("cannot create the data directory {0}: {1}")]
    DataDir(String, std::io::Error),
    /// Other writers kept changing the same conversation: every attempt lost the race.
    #[error("the conversation kept changing under {0} attempts to save it")]
    Contention(usize),
}

/// Conversations, statistics and audit, on one backend.
#[async_trait]
pub trait Store: Send + Sync {
    /// Applies pending migrations.
    async fn migrate(&self) -> Result<(), StoreError>;
    /// The conversation stored under `key`, if any.
    async fn load(&self, key: &ConversationKey) -> Result<Option<Conversation>, StoreError>;
    /// Writes a conversation if its version is still `expected` (`None`: it must not exist yet),
    /// together with `stats`, in one transaction.
    async fn save(
        &self,
        key: &ConversationKey,
        state: &str,
        locale: &str,
        now: i64,
        expected: Option<i64>,
        stats: &[StatIncrement],
    ) -> Result<Saved, StoreError>;
    /// Adds anonymous counts outside any conversation (the web page keeps none).
    async fn count(&self, stats: &[StatIncrement]) -> Result<(), StoreError>;
    /// Deletes a conversation ("forget me"). True if there was one.
    async fn delete(&self, key: &ConversationKey) -> Result<bool, StoreError>;
    /// Deletes conversations idle since before `before` (unix seconds); returns how many.
    async fn delete_idle(&self, before: i64) -> Result<u64, StoreError>;
    /// Daily statistics from `since_day` (YYYY-MM-DD) on.
    async fn stats(&self, since_day: &str) -> Result<Vec<StatRow>, StoreError>;
    /// Records a loaded or refused rule set.
    async fn record_ruleset(
        &self,
        version: &str,
        loaded_at: i64,
        outcome: &str,
        diagnostics: &str,
    ) -> Result<(), StoreError>;
    /// The audit, newest first.
    async fn ruleset_audit(&self, limit: i64) -> Result<Vec<AuditRow>, StoreError>;
    /// Remembers message ids in a chat (ids only), for "forget me" to delete them later.
    async fn remember_messages(
        &self,
        key: &ConversationKey,
        message_ids: &[i64],
        now: i64,
    ) -> Result<(), StoreError>;
    /// Forgets and returns a chat's remembered messages: (message id, sent at).
    async fn take_messages(&self, key: &ConversationKey) -> Result<Vec<(i64, i64)>, StoreError>;
    /// Whether Telegram update `update_id` was already answered.
    async fn update_handled(&self, update_id: i64) -> Result<bool, StoreError>;
    /// Records that these Telegram updates were answered, in one write.
    async fn mark_updates_handled(&self, update_ids: &[i64], now: i64) -> Result<(), StoreError>;
    /// Forgets answered update ids recorded before `before` (unix seconds); returns how many.
    async fn forget_updates(&self, before: i64) -> Result<u64, StoreError>;
    /// Takes or renews lease `name` for `holder` until `expires_at`, unless another holder's
    /// lease runs past `now`. True if `holder` now holds it.
    async fn take_lease(
        &self,
        name: &str,
        holder: &str,
        now: i64,
        expires_at: i64,
    ) -> Result<bool, StoreError>;
    /// Gives lease `name` up, if `holder` holds it.
    async fn release_lease(&self, name: &str, holder: &str) -> Result<(), StoreError>;
    /// Whether the database answers.
    async fn ping(&self) -> Result<(), StoreError>;
}

/// Opens the store named by `url`: `sqlite://path` (created if missing) or `postgres://…`.
pub async fn open(url: &str) -> Result<Arc<dyn Store>, StoreError> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(sqlite::SqliteStore::open(url).await?))
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Arc::new(postgres::PgStore::open(url).await?))
    } else {
        Err(StoreError::UnsupportedUrl(redact_url(url)))
    }
}

/// The URL without its password, for messages and logs.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// SQL both backends share (`$N` placeholders work on SQLite too).
pub(crate) mod sql {
    pub const LOAD: &str =
        "SELECT state, locale, updated_at, version FROM conversations WHERE key = $1";
    pub const INSERT: &str = "INSERT INTO conversations (key, state, locale, updated_at, version) \
         VALUES ($1, $2, $3, $4, 1) ON CONFLICT (key) DO NOTHING";
    pub const UPDATE: &str = "UPDATE conversations SET state = $2, locale = $3, updated_at = $4, \
         version = version + 1 WHERE key = $1 AND version = $5";
    pub const STAT: &str = "INSERT INTO daily_stats (day, channel, country, item, count) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (day, channel, country, item) \
         DO UPDATE SET count = daily_stats.count + excluded.count";
    pub const DELETE: &str = "DELETE FROM conversations WHERE key = $1";
    pub const DELETE_IDLE: &str = "DELETE FROM conversations WHERE updated_at < $1";
    pub const DELETE_OLD_MESSAGES: &str = "DELETE FROM chat_messages WHERE sent_at < $1";
    pub const REMEMBER_MESSAGE: &str = "INSERT INTO chat_messages (key, message_id, sent_at) \
         VALUES ($1, $2, $3) ON CONFLICT (key, message_id) DO NOTHING";
    pub const TAKE_MESSAGES: &str =
        "DELETE FROM chat_messages WHERE key = $1 RETURNING message_id, sent_at";
    pub const STATS: &str = "SELECT day, channel, country, item, count FROM daily_stats \
         WHERE day >= $1 ORDER BY day, channel, country, item";
    pub const AUDIT_INSERT: &str = "INSERT INTO ruleset_audit (version, loaded_at, outcome, diagnostics) \
         VALUES ($1, $2, $3, $4)";
    pub const UPDATE_HANDLED: &str = "SELECT 1 FROM telegram_updates WHERE update_id = $1";
    /// Followed by the rows' values (`QueryBuilder::push_values`) and `MARK_UPDATES_END`.
    pub const MARK_UPDATES: &str = "INSERT INTO telegram_updates (update_id, handled_at) ";
    pub const MARK_UPDATES_END: &str = " ON CONFLICT (update_id) DO NOTHING";
    pub const FORGET_UPDATES: &str = "DELETE FROM telegram_updates WHERE handled_at < $1";
    /// Inserts the lease, or takes it over when it is ours or has run out.
    pub const TAKE_LEASE: &str = "INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3) \
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at \
         WHERE leases.holder = excluded.holder OR leases.expires_at <= $4";
    pub const RELEASE_LEASE: &str = "DELETE FROM leases WHERE name = $1 AND holder = $2";
    pub const AUDIT: &str = "SELECT version, loaded_at, outcome, diagnostics FROM ruleset_audit \
         ORDER BY id DESC LIMIT $1";
}

/// The `Store` methods both backends share: the same SQL, run on each backend's pool. Only the
/// migrations and how a write transaction begins differ (`BEGIN IMMEDIATE` on SQLite).
macro_rules! sql_store {
    ($ty:ty, $db:ty, $migrations:literal, |$pool:ident| $begin:expr) => {
        impl $ty {
            /// Adds counts inside a write transaction (a conversation's save, or a batch).
            async fn add_stats(
                tx: &mut sqlx::Transaction<'static, $db>,
                stats: &[$crate::store::StatIncrement],
            ) -> Result<(), $crate::store::StoreError> {
                for s in stats {
                    sqlx::query($crate::store::sql::STAT)
                        .bind(&s.day)
                        .bind(&s.channel)
                        .bind(&s.country)
                        .bind(&s.item)
                        .bind(s.n)
                        .execute(&mut **tx)
                        .await?;
                }
                Ok(())
            }
        }

        #[async_trait::async_trait]
        impl $crate::store::Store for $ty {
            async fn migrate(&self) -> Result<(), $crate::store::StoreError> {
                sqlx::migrate!($migrations).run(&self.pool).await?;
                Ok(())
            }

            async fn load(
                &self,
                key: &$crate::store::ConversationKey,
            ) -> Result<Option<$crate::store::Conversation>, $crate::store::StoreError> {
                let row = sqlx::query($crate::store::sql::LOAD)
                    .bind(key.as_str())
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(row.map(|r| $crate::store::Conversation {
                    state: sqlx::Row::get(&r, "state"),
                    locale: sqlx::Row::get(&r, "locale"),
                    updated_at: sqlx::Row::get(&r, "updated_at"),
                    version: sqlx::Row::get(&r, "version"),
                }))
            }

            async fn save(
                &self,
                key: &$crate::store::ConversationKey,
                state: &str,
                locale: &str,
                now: i64,
                expected: Option<i64>,
                stats: &[$crate::store::StatIncrement],
            ) -> Result<$crate::store::Saved, $crate::store::StoreError> {
                let query = match expected {
                    None => sqlx::query($crate::store::sql::INSERT),
                    Some(_) => sqlx::query($crate::store::sql::UPDATE),
                }
                .bind(key.as_str())
                .bind(state)
                .bind(locale)
                .bind(now);
                let query = match expected {
                    Some(v) => query.bind(v),
                    None => query,
                };
                let saved = $crate::store::Saved::Ok(expected.map_or(1, |v| v + 1));
                if stats.is_empty() {
                    // One statement is atomic by itself; most turns add no counts, and
                    // skipping BEGIN and COMMIT saves two round trips to the database.
                    let written = query.execute(&self.pool).await?.rows_affected();
                    return Ok(if written == 0 {
                        $crate::store::Saved::Conflict
                    } else {
                        saved
                    });
                }
                let $pool = &self.pool;
                let mut tx = $begin.await?;
                let written = query.execute(&mut *tx).await?.rows_affected();
                if written == 0 {
                    tx.rollback().await?;
                    return Ok($crate::store::Saved::Conflict);
                }
                Self::add_stats(&mut tx, stats).await?;
                tx.commit().await?;
                Ok(saved)
            }

            async fn count(
                &self,
                stats: &[$crate::store::StatIncrement],
            ) -> Result<(), $crate::store::StoreError> {
                let $pool = &self.pool;
                let mut tx = $begin.await?;
                Self::add_stats(&mut tx, stats).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn delete(
                &self,
                key: &$crate::store::ConversationKey,
            ) -> Result<bool, $crate::store::StoreError> {
                let n = sqlx::query($crate::store::sql::DELETE)
                    .bind(key.as_str())
                    .execute(&self.pool)
                    .await?
                    .rows_affected();
                Ok(n > 0)
            }

            async fn delete_idle(&self, before: i64) -> Result<u64, $crate::store::StoreError> {
                // Message ids that old can no longer be deleted from the chat anyway.
                sqlx::query($crate::store::sql::DELETE_OLD_MESSAGES)
                    .bind(before)
                    .execute(&self.pool)
                    .await?;
                Ok(sqlx::query($crate::store::sql::DELETE_IDLE)
                    .bind(before)
                    .execute(&self.pool)
                    .await?
                    .rows_affected())
            }

            async fn remember_messages(
                &self,
                key: &$crate::store::ConversationKey,
                message_ids: &[i64],
                now: i64,
            ) -> Result<(), $crate::store::StoreError> {
                let $pool = &self.pool;
                let mut tx = $begin.await?;
                for id in message_ids {
                    sqlx::query($crate::store::sql::REMEMBER_MESSAGE)
                        .bind(key.as_str())
                        .bind(id)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn take_messages(
                &self,
                key: &$crate::store::ConversationKey,
            ) -> Result<Vec<(i64, i64)>, $crate::store::StoreError> {
                Ok(sqlx::query_as($crate::store::sql::TAKE_MESSAGES)
                    .bind(key.as_str())
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn stats(
                &self,
                since_day: &str,
            ) -> Result<Vec<$crate::store::StatRow>, $crate::store::StoreError> {
                Ok(sqlx::query_as($crate::store::sql::STATS)
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
            ) -> Result<(), $crate::store::StoreError> {
                sqlx::query($crate::store::sql::AUDIT_INSERT)
                    .bind(version)
                    .bind(loaded_at)
                    .bind(outcome)
                    .bind(diagnostics)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn ruleset_audit(
                &self,
                limit: i64,
            ) -> Result<Vec<$crate::store::AuditRow>, $crate::store::StoreError> {
                Ok(sqlx::query_as($crate::store::sql::AUDIT)
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn update_handled(
                &self,
                update_id: i64,
            ) -> Result<bool, $crate::store::StoreError> {
                Ok(sqlx::query($crate::store::sql::UPDATE_HANDLED)
                    .bind(update_id)
                    .fetch_optional(&self.pool)
                    .await?
                    .is_some())
            }

            async fn mark_updates_handled(
                &self,
                update_ids: &[i64],
                now: i64,
            ) -> Result<(), $crate::store::StoreError> {
                // One statement per 1,000 ids: well under both backends' limits on bound values.
                for ids in update_ids.chunks(1000) {
                    let mut insert =
                        sqlx::QueryBuilder::<$db>::new($crate::store::sql::MARK_UPDATES);
                    insert.push_values(ids, |mut row, id| {
                        row.push_bind(*id).push_bind(now);
                    });
                    insert.push($crate::store::sql::MARK_UPDATES_END);
                    insert.build().execute(&self.pool).await?;
                }
                Ok(())
            }

            async fn forget_updates(&self, before: i64) -> Result<u64, $crate::store::StoreError> {
                Ok(sqlx::query($crate::store::sql::FORGET_UPDATES)
                    .bind(before)
                    .execute(&self.pool)
                    .await?
                    .rows_affected())
            }

            async fn take_lease(
                &self,
                name: &str,
                holder: &str,
                now: i64,
                expires_at: i64,
            ) -> Result<bool, $crate::store::StoreError> {
                Ok(sqlx::query($crate::store::sql::TAKE_LEASE)
                    .bind(name)
                    .bind(holder)
                    .bind(expires_at)
                    .bind(now)
                    .execute(&self.pool)
                    .await?
                    .rows_affected()
                    > 0)
            }

            async fn release_lease(
                &self,
                name: &str,
                holder: &str,
            ) -> Result<(), $crate::store::StoreError> {
                sqlx::query($crate::store::sql::RELEASE_LEASE)
                    .bind(name)
                    .bind(holder)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn ping(&self) -> Result<(), $crate::store::StoreError> {
                sqlx::query("SELECT 1").execute(&self.pool).await?;
                Ok(())
            }
        }
    };
}
pub(crate) use sql_store;

/// Creates a folder (and its parents) that only the service's user may open (0700 on Unix):
/// conversations and the secret live there.
pub(crate) fn create_private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

#[cfg(test)]
mod tests {
    use super::redact_url;

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            redact_url("postgres://user:secret@db:5432/ogoh"),
            "postgres://user:***@db:5432/ogoh"
        );
        assert_eq!(
            redact_url("postgres://postgres@127.0.0.1/test"),
            "postgres://postgres@127.0.0.1/test"
        );
        assert_eq!(redact_url("sqlite://data/ogoh.db"), "sqlite://data/ogoh.db");
    }
}
