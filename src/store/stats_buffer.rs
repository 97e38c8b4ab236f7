//! Counts from the web page and the API, added up in memory and written every few seconds:
//! one database write per request would cap the API at SQLite's write rate (BENCHMARKS.md).
//! A crash loses at most the last few seconds of anonymous counts, never an answer.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::{StatIncrement, Store, StoreError};

/// Counts not yet written.
#[derive(Default)]
pub struct StatsBuffer {
    pending: Mutex<HashMap<StatIncrement, i64>>,
}

impl StatsBuffer {
    /// Adds counts (their `n`).
    pub fn add(&self, stats: impl IntoIterator<Item = StatIncrement>) {
        if let Ok(mut pending) = self.pending.lock() {
            for mut s in stats {
                let n = std::mem::replace(&mut s.n, 0);
                *pending.entry(s).or_default() += n;
            }
        }
    }

    /// Writes what is pending; on failure puts it back for the next attempt.
    pub async fn flush(&self, store: &dyn Store) -> Result<(), StoreError> {
        let batch: Vec<StatIncrement> = match self.pending.lock() {
            Ok(mut pending) => pending
                .drain()
                .map(|(mut s, n)| {
                    s.n = n;
                    s
                })
                .collect(),
            Err(_) => return Ok(()),
        };
        if batch.is_empty() {
            return Ok(());
        }
        let result = store.count(&batch).await;
        if result.is_err() {
            self.add(batch);
        }
        result
    }

    /// Flushes every `every` for as long as the server runs.
    pub fn spawn_flusher(
        self: Arc<Self>,
        store: Arc<dyn Store>,
        every: Duration,
    ) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            loop {
                tick.tick().await;
                if let Err(e) = self.flush(store.as_ref()).await {
                    tracing::warn!(error = %e, "could not write statistics; will retry");
                }
            }
        })
    }
}
