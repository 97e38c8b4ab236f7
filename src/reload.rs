//! Live rule updates behind a test gate. A new set of rules and texts goes live only if it
//! loads, passes every check, and passes every scenario and pattern example; then it is swapped
//! in at once (conversations carry on). Otherwise the running set stays. Every accepted or
//! rejected version goes into the audit table. Triggers: file changes (the directories are
//! watched, since editors save by rename), SIGHUP, and `POST /staff/reload`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;

use crate::engine::Engine;
use crate::rules::{Date, verify};
use crate::store::Store;

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
    /// One reload at a time, so a burst of saves ends on the last one. Holds the content hash
    /// of every file of the live set, to name the files a new version changes.
    running: tokio::sync::Mutex<BTreeMap<PathBuf, String>>,
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
            running: tokio::sync::Mutex::new(snapshot(&rules_dir, &locales_dir)),
            rules_dir,
            locales_dir,
        }
    }

    /// Loads, checks and tests the files; swaps them in if all is well; records the result.
    pub async fn reload(&self) -> Reloaded {
        let mut live_files = self.running.lock().await;
        let files_now = snapshot(&self.rules_dir, &self.locales_dir);
        let files_now_for_audit = files_now.clone();
        let files_line = files_changed(&live_files, &files_now);
        let (rules_dir, locales_dir) = (self.rules_dir.clone(), self.locales_dir.clone());
        // Loading and testing take milliseconds of CPU: keep them off the async workers.
        let checked = tokio::task::spawn_blocking(move || load_and_test(&rules_dir, &locales_dir))
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
                let mut lines = vec![files_line.clone()];
                lines.extend(crate::rules::diff::diff(&current.rules, &engine.rules));
                let changes = lines.join("\n");
                self.engine.store(Arc::new(engine));
                *live_files = files_now;
                tracing::info!(version = %version, %changes, "new rules are live");
                Reloaded::Accepted { version, changes }
            }
            Err(problems) => {
                let diagnostics = format!("{files_line}\n{problems}");
                tracing::warn!(%diagnostics, "new rules refused; the running set stays");
                Reloaded::Rejected { diagnostics }
            }
        };
        let (version, result, diags) = match &outcome {
            // For an accepted set the audit keeps what changed; for a refused one, the problems.
            Reloaded::Accepted { version, changes } => {
                (version.clone(), "accepted", changes.clone())
            }
            // A refused set may not even load: its files' hash names it.
            Reloaded::Rejected { diagnostics } => (
                format!("files:{}", files_hash(&files_now_for_audit)),
                "rejected",
                diagnostics.clone(),
            ),
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

/// Every file under the two directories with a hash of its contents.
fn snapshot(
    rules_dir: &std::path::Path,
    locales_dir: &std::path::Path,
) -> BTreeMap<PathBuf, String> {
    fn walk(dir: &std::path::Path, base: &std::path::Path, out: &mut BTreeMap<PathBuf, String>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, base, out);
            } else if let Ok(bytes) = std::fs::read(&path) {
                use sha2::Digest;
                let hash = sha2::Sha256::digest(&bytes);
                let name = path.strip_prefix(base).unwrap_or(&path).to_path_buf();
                out.insert(name, hex::encode(&hash[..8]));
            }
        }
    }
    let mut out = BTreeMap::new();
    for dir in [rules_dir, locales_dir] {
        let base = dir.parent().unwrap_or(dir);
        walk(dir, base, &mut out);
    }
    out
}

/// A short hash naming a set of files (by their names and their own hashes).
fn files_hash(files: &BTreeMap<PathBuf, String>) -> String {
    crate::content_hash::short_hash(
        files
            .iter()
            .map(|(name, hash)| (name.to_string_lossy().into_owned(), hash.as_bytes())),
    )
}

pub use notify_debouncer_full::notify;

/// "files changed: a, b (removed)": the files that differ between the live set and the disk.
fn files_changed(live: &BTreeMap<PathBuf, String>, now: &BTreeMap<PathBuf, String>) -> String {
    let changed: Vec<String> = now
        .iter()
        .filter(|(name, hash)| live.get(*name) != Some(*hash))
        .map(|(name, _)| name.display().to_string())
        .chain(
            live.keys()
                .filter(|name| !now.contains_key(*name))
                .map(|name| format!("{} (removed)", name.display())),
        )
        .collect();
    format!(
        "files changed: {}",
        if changed.is_empty() {
            "none".to_string()
        } else {
            changed.join(", ")
        }
    )
}

/// Loads the files and runs their tests: the engine to go live, or what is wrong with them.
fn load_and_test(rules_dir: &Path, locales_dir: &Path) -> Result<Engine, String> {
    let engine = Engine::load(rules_dir, locales_dir).map_err(|d| {
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
}
