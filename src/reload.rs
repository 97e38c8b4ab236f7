//! Live rule updates behind a test gate. A new set of rules and texts goes live only if it
//! loads, passes every check, and passes every scenario and pattern example; then it is swapped
//! in at once (conversations carry on). Otherwise the running set stays. Every accepted or
//! rejected version goes into the audit table. Triggers: file changes (the directories are
//! watched, since editors save by rename), SIGHUP, and `POST /staff/reload`.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;

use crate::rules::{Date, verify};
use crate::store::Store;
use crate::web::Engine;

/// What a reload did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Reloaded {
    /// The new set is live; `changes` says what changed, in plain language.
    Accepted { version: String, changes: String },
    /// The files did not change.
    Unchanged { version: String },
    /// Refused; the running set stays. The diagnostics name files and lines.
    Rejected { diagnostics: String },
}

/// Reloads rules and locales into the shared engine.
pub struct Reloader {
    pub engine: Arc<ArcSwap<Engine>>,
    pub store: Arc<dyn Store>,
    pub rules_dir: PathBuf,
    pub locales_dir: PathBuf,
    /// One reload at a time, so a burst of saves ends on the last one.
    running: tokio::sync::Mutex<()>,
}

impl Reloader {
    pub fn new(
        engine: Arc<ArcSwap<Engine>>,
        store: Arc<dyn Store>,
        rules_dir: PathBuf,
        locales_dir: PathBuf,
    ) -> Self {
        Reloader {
            engine,
            store,
            rules_dir,
            locales_dir,
            running: tokio::sync::Mutex::new(()),
        }
    }

    /// Loads, checks and tests the files; swaps them in if all is well; records the result.
    pub async fn reload(&self) -> Reloaded {
        let _one_at_a_time = self.running.lock().await;
        let (rules_dir, locales_dir) = (self.rules_dir.clone(), self.locales_dir.clone());
        // Loading and testing take milliseconds of CPU: keep them off the async workers.
        let checked = tokio::task::spawn_blocking(move || {
            let engine = Engine::load(&rules_dir, &locales_dir).map_err(|d| {
                d.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            })?;
            let report = verify::run(&engine.rules, Date::today());
            if report.failures.is_empty() {
                Ok(engine)
            } else {
                Err(report
                    .failures
                    .iter()
                    .map(|f| format!("FAIL {f}"))
                    .collect::<Vec<_>>()
                    .join("\n"))
            }
        })
        .await
        .unwrap_or_else(|e| Err(format!("the reload stopped: {e}")));
        let now = chrono::Utc::now().timestamp();
        let outcome = match checked {
            Ok(engine) => {
                let current = self.engine.load();
                if engine.rules.version == current.rules.version
                    && engine.locales.version == current.locales.version
                {
                    return Reloaded::Unchanged {
                        version: engine.rules.version.clone(),
                    };
                }
                let version = engine.rules.version.clone();
                let changes = crate::rules::diff::diff(&current.rules, &engine.rules).join("\n");
                self.engine.store(Arc::new(engine));
                tracing::info!(version = %version, %changes, "new rules are live");
                Reloaded::Accepted { version, changes }
            }
            Err(diagnostics) => {
                tracing::warn!(%diagnostics, "new rules refused; the running set stays");
                Reloaded::Rejected { diagnostics }
            }
        };
        let (version, result, diags) = match &outcome {
            // For an accepted set the audit keeps what changed; for a refused one, the problems.
            Reloaded::Accepted { version, changes } => {
                (version.clone(), "accepted", changes.clone())
            }
            Reloaded::Rejected { diagnostics } => {
                ("(refused)".to_string(), "rejected", diagnostics.clone())
            }
            Reloaded::Unchanged { .. } => return outcome,
        };
        if let Err(e) = self
            .store
            .record_ruleset(&version, now, result, &diags)
            .await
        {
            tracing::warn!(error = %e, "could not record the reload in the audit");
        }
        outcome
    }

    /// Reloads when files under the rules or locales directory change (debounced).
    pub fn watch(self: &Arc<Self>) -> notify::Result<impl Drop + use<>> {
        use notify_debouncer_full::{new_debouncer, notify::RecursiveMode};
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<()>();
        let mut debouncer = new_debouncer(Duration::from_millis(250), None, move |result| {
            if let Ok(events) = result {
                let events: Vec<notify_debouncer_full::DebouncedEvent> = events;
                if events.iter().any(|e| !e.kind.is_access()) {
                    let _ = tx.send(());
                }
            }
        })?;
        debouncer.watch(&self.rules_dir, RecursiveMode::Recursive)?;
        debouncer.watch(&self.locales_dir, RecursiveMode::Recursive)?;
        let me = Arc::clone(self);
        tokio::spawn(async move {
            while rx.recv().await.is_some() {
                // Several saves in a row: reload once, for the last state of the files.
                while rx.try_recv().is_ok() {}
                me.reload().await;
            }
        });
        Ok(debouncer)
    }

    /// Reloads on SIGHUP.
    #[cfg(unix)]
    pub fn on_sighup(self: &Arc<Self>) {
        let me = Arc::clone(self);
        tokio::spawn(async move {
            let Ok(mut hup) =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())
            else {
                return;
            };
            while hup.recv().await.is_some() {
                me.reload().await;
            }
        });
    }
}

pub use notify_debouncer_full::notify;
