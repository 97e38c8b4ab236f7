//! Starting the whole service from the library, as atuin's `launch_with_tcp_listener` does: the
//! store, live reload, the bot, the web app and the metrics listener, until `shutdown`
//! resolves. `ogoh serve` binds the address and passes its signals; tests pass a listener on
//! port 0 and a future of their own.

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;
use tokio::net::TcpListener;

use crate::engine::Engine;
use crate::settings::Settings;
use crate::store::key::Secret;
use crate::store::{Store, StoreError};

/// Why the service could not start or stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum LaunchError {
    #[error("cannot open the database: {0}")]
    Open(StoreError),
    #[error("cannot migrate the database: {0}")]
    Migrate(StoreError),
    #[error("cannot read or create the secret in {0}: {1}")]
    Secret(PathBuf, std::io::Error),
    #[error("{0}")]
    Bot(#[from] crate::telegram::BotError),
    #[error("cannot listen on {0}: {1}")]
    Listen(String, std::io::Error),
    #[error("server error: {0}")]
    Serve(std::io::Error),
}

/// Where the rules and texts are read from, for live reload.
pub struct Dirs {
    pub rules: PathBuf,
    pub locales: PathBuf,
}

/// Opens the store from the settings and applies migrations.
pub async fn open_store(settings: &Settings) -> Result<Arc<dyn Store>, LaunchError> {
    let store = crate::store::open(&settings.database_url)
        .await
        .map_err(LaunchError::Open)?;
    store.migrate().await.map_err(LaunchError::Migrate)?;
    Ok(store)
}

/// The secret for conversation keys: `OGOH_SECRET`, or one generated into the data directory.
pub fn secret(settings: &Settings) -> Result<Secret, LaunchError> {
    let (secret, created) = Secret::load_or_create(settings.secret.as_deref(), &settings.data_dir)
        .map_err(|e| LaunchError::Secret(settings.data_dir.clone(), e))?;
    if created {
        tracing::warn!(dir = %settings.data_dir.display(), "OGOH_SECRET is not set: generated a secret in the data directory");
    }
    Ok(secret)
}

/// Records the starting ruleset in the audit and starts the background work on the store:
/// deleting idle conversations, and writing the buffered counters every 5 s.
async fn start_housekeeping(
    settings: &Settings,
    engine: &Engine,
    store: &Arc<dyn crate::store::Store>,
) -> Arc<crate::store::stats_buffer::StatsBuffer> {
    let now = chrono::Utc::now().timestamp();
    if let Err(e) = store
        .record_ruleset(&engine.rules.version, now, "accepted", "")
        .await
    {
        tracing::warn!(error = %e, "could not record the ruleset");
    }
    crate::dialogue::session::spawn_retention(store.clone(), settings.retention_days);
    let stats = Arc::new(crate::store::stats_buffer::StatsBuffer::default());
    stats
        .clone()
        .spawn_flusher(store.clone(), Duration::from_secs(5));
    stats
}

/// Runs the service on `listener` with `engine` (already loaded and checked) until `shutdown`
/// resolves, then finishes what is in flight and writes the last counts.
pub async fn launch(
    settings: &Settings,
    engine: Engine,
    dirs: Dirs,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), LaunchError> {
    // The classifier trains on first use: now, not on the first person's scan.
    engine.prepare();
    let store = open_store(settings).await?;
    let stats = start_housekeeping(settings, &engine, &store).await;
    let addr = listener
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or_default();
    eprintln!(
        "ogoh: web page on http://{addr}/  (ruleset {})",
        engine.rules.version
    );
    let engine = Arc::new(ArcSwap::from_pointee(engine));
    let reloader = start_reload(&engine, &store, dirs);
    // The watcher stops when dropped: kept until the server stops.
    let _watcher = match reloader.watch() {
        Ok(w) => Some(w),
        Err(e) => {
            tracing::warn!(error = %e, "cannot watch the rules; reload with SIGHUP or POST /staff/reload");
            None
        }
    };
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        shutdown.await;
        let _ = stop_tx.send(true);
    });
    // Photos are read on every channel; said once in the log if they cannot be.
    let ocr = crate::ocr::Ocr::detect();
    let bot = start_bot(settings, &engine, &store, &ocr, stop_rx.clone())?;
    let state = web_state(
        settings,
        engine,
        store.clone(),
        stats.clone(),
        reloader,
        ocr,
    );
    // The webhook route sits outside the per-IP limit: all updates come from Telegram's
    // few addresses, and the bot limits each chat itself.
    let mut app = crate::web::app(state);
    let mut bot_task = None;
    if let Some(started) = bot {
        if let Some(webhook) = started.webhook {
            app = app.merge(webhook);
        }
        bot_task = Some(started.task);
    }
    let limits = crate::web::Limits {
        max_connections: settings.max_connections,
        max_connections_per_ip: settings.max_connections_per_ip,
        trusted_proxies: settings.trusted_proxies.clone(),
        ..Default::default()
    };
    if let Some(bind) = &settings.metrics_bind {
        serve_metrics(bind, limits.clone(), stop_rx.clone()).await?;
    }
    let mut web_stop = stop_rx.clone();
    crate::web::serve(listener, app, limits, async move {
        let _ = web_stop.wait_for(|stop| *stop).await;
    })
    .await
    .map_err(LaunchError::Serve)?;
    finish(bot_task, &stats, store.as_ref()).await;
    Ok(())
}

/// After the web server stopped: the bot's last updates, then the last seconds' counts.
async fn finish(
    bot_task: Option<tokio::task::JoinHandle<()>>,
    stats: &crate::store::stats_buffer::StatsBuffer,
    store: &dyn Store,
) {
    if let Some(task) = bot_task
        && tokio::time::timeout(Duration::from_secs(10), task)
            .await
            .is_err()
    {
        tracing::warn!("the Telegram bot did not stop within 10 s");
    }
    if let Err(e) = stats.flush(store).await {
        tracing::warn!(error = %e, "could not write the last statistics");
    }
}

/// What the web app's handlers reach.
fn web_state(
    settings: &Settings,
    engine: Arc<ArcSwap<Engine>>,
    store: Arc<dyn Store>,
    stats: Arc<crate::store::stats_buffer::StatsBuffer>,
    reloader: Arc<crate::reload::Reloader>,
    ocr: crate::ocr::Ocr,
) -> crate::web::AppState {
    crate::web::AppState {
        answers: Default::default(),
        ocr,
        engine,
        store,
        stats,
        rate_limit: crate::web::RateLimit {
            per_second: settings.rate_limit,
            trusted_proxies: settings.trusted_proxies.clone(),
            ..Default::default()
        },
        staff: settings
            .staff_token
            .as_deref()
            .map(|token| crate::web::staff::Staff {
                token: token.into(),
                reloader,
            }),
        links: crate::web::Links {
            telegram_bot: settings.telegram_bot.clone(),
            public_url: settings.public_url.clone(),
        },
    }
}

/// Live reload: on file changes, SIGHUP, and `POST /staff/reload`.
fn start_reload(
    engine: &Arc<ArcSwap<Engine>>,
    store: &Arc<dyn Store>,
    dirs: Dirs,
) -> Arc<crate::reload::Reloader> {
    let reloader = Arc::new(crate::reload::Reloader::new(
        engine.clone(),
        store.clone(),
        dirs.rules,
        dirs.locales,
    ));
    #[cfg(unix)]
    reloader.on_sighup();
    reloader
}

/// The Telegram bot, if a token is set.
fn start_bot(
    settings: &Settings,
    engine: &Arc<ArcSwap<Engine>>,
    store: &Arc<dyn Store>,
    ocr: &crate::ocr::Ocr,
    stop: tokio::sync::watch::Receiver<bool>,
) -> Result<Option<crate::telegram::Started>, LaunchError> {
    let Some(token) = &settings.telegram_token else {
        return Ok(None);
    };
    let config = crate::telegram::Config {
        token: token.clone(),
        api_url: settings.telegram_api_url.clone(),
        webhook_url: settings.telegram_webhook_url.clone(),
        max_connections: settings.telegram_max_connections,
    };
    let deps = Arc::new(crate::telegram::Deps {
        engine: engine.clone(),
        store: store.clone(),
        secret: secret(settings)?,
        guard: crate::telegram::guard::Guard::default(),
        ocr: ocr.clone(),
    });
    let started = crate::telegram::start(config, deps, stop)?;
    eprintln!(
        "ogoh: Telegram bot {}",
        if started.webhook.is_some() {
            "on a webhook"
        } else {
            "long polling"
        }
    );
    Ok(Some(started))
}

/// `/metrics` alone on the private `OGOH_METRICS_BIND` address.
async fn serve_metrics(
    bind: &str,
    limits: crate::web::Limits,
    mut stop: tokio::sync::watch::Receiver<bool>,
) -> Result<(), LaunchError> {
    let metrics = TcpListener::bind(bind)
        .await
        .map_err(|e| LaunchError::Listen(format!("{bind} (OGOH_METRICS_BIND)"), e))?;
    if let Ok(addr) = metrics.local_addr() {
        eprintln!("ogoh: metrics on http://{addr}/metrics");
    }
    tokio::spawn(crate::web::serve(
        metrics,
        crate::web::ops::metrics_app(),
        limits,
        async move {
            let _ = stop.wait_for(|stop| *stop).await;
        },
    ));
    Ok(())
}
