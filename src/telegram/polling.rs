//! Long polling: the bot asks Telegram for its updates. Only one process may poll a bot: with
//! two, Telegram answers each `getUpdates` with 409 Conflict in turn and updates go astray. So
//! the process first takes a lease in the store and keeps renewing it; a second process on the
//! same store says why it will not poll, waits, and takes over if the first stops or dies.

use std::sync::Arc;
use std::time::Duration;

use teloxide::dispatching::Dispatcher;
use teloxide::error_handlers::ErrorHandler;
use teloxide::prelude::*;
use tokio::sync::watch;

use super::{Deps, FIRST_BACKOFF, schema, set_up, spawn_cleanup, stopped};

/// The lease's name in the store.
const LEASE: &str = "telegram-polling";
/// How long a lease lasts unless renewed: after a crash, another process waits this long.
const LEASE_SECONDS: i64 = 30;
/// How often the holder renews it, well inside `LEASE_SECONDS`.
const RENEW_EVERY: Duration = Duration::from_secs(10);
/// How often a waiting process tries to take it.
const WAIT_EVERY: Duration = Duration::from_secs(5);

/// Long polling until the stop signal, while this process holds the polling lease.
pub async fn run(bot: Bot, deps: Arc<Deps>, stop: watch::Receiver<bool>) {
    // A random name for this process in the lease, never stored anywhere else.
    let holder = hex::encode(rand::random::<[u8; 8]>());
    let mut running = false;
    loop {
        if !take_lease(&deps, &holder, &stop).await {
            return;
        }
        if !running {
            tokio::select! {
                _ = set_up(&bot, &deps, None) => {}
                () = stopped(stop.clone()) => {
                    release(&deps, &holder).await;
                    return;
                }
            }
            tracing::info!("Telegram bot running (long polling)");
            spawn_cleanup(deps.clone(), stop.clone());
            running = true;
        }
        // `halt` turns true on the stop signal or when the lease is lost.
        let (halt_tx, halt) = watch::channel(false);
        let keeper = tokio::spawn(keep_lease(
            deps.clone(),
            holder.clone(),
            stop.clone(),
            halt_tx,
        ));
        let listener = teloxide::update_listeners::Polling::builder(bot.clone())
            .timeout(Duration::from_secs(10))
            .build();
        let mut dispatcher = dispatcher(bot.clone(), deps.clone());
        let shutdown = spawn_shutdown(&dispatcher, halt.clone());
        let result = dispatcher
            .try_dispatch_with_listener(listener, Arc::new(ListenerErrors))
            .await;
        shutdown.abort();
        keeper.abort();
        if *stop.borrow() {
            release(&deps, &holder).await;
            return;
        }
        if *halt.borrow() {
            tracing::error!("another process took the polling lease; this one stopped polling");
            continue;
        }
        if let Err(e) = result {
            tracing::warn!(error = %e, "Telegram dispatch could not start; retrying");
            tokio::time::sleep(FIRST_BACKOFF).await;
        }
    }
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Waits until this process holds the lease. False if stopped first.
async fn take_lease(deps: &Deps, holder: &str, stop: &watch::Receiver<bool>) -> bool {
    let mut said = false;
    loop {
        let now = now();
        match deps
            .store
            .take_lease(LEASE, holder, now, now + LEASE_SECONDS)
            .await
        {
            Ok(true) => {
                if said {
                    tracing::info!("the other polling process is gone; this one polls now");
                }
                return true;
            }
            Ok(false) if !said => {
                tracing::error!(
                    "another ogoh process on this database is long-polling the bot, and Telegram \
                     allows only one: this process will not poll while the other runs (it takes \
                     over if that one stops). To run several processes, use webhook mode \
                     (OGOH_TELEGRAM_WEBHOOK_URL)"
                );
                said = true;
            }
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "cannot take the polling lease; retrying"),
        }
        tokio::select! {
            () = tokio::time::sleep(WAIT_EVERY) => {}
            () = stopped(stop.clone()) => return false,
        }
    }
}

/// Renews the lease until the stop signal, or until it is lost; then sets `halt`. A store
/// error keeps polling (the lease is still good until it runs out).
async fn keep_lease(
    deps: Arc<Deps>,
    holder: String,
    stop: watch::Receiver<bool>,
    halt: watch::Sender<bool>,
) {
    loop {
        tokio::select! {
            () = tokio::time::sleep(RENEW_EVERY) => {}
            () = stopped(stop.clone()) => break,
        }
        let now = now();
        match deps
            .store
            .take_lease(LEASE, &holder, now, now + LEASE_SECONDS)
            .await
        {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => tracing::warn!(error = %e, "cannot renew the polling lease"),
        }
    }
    let _ = halt.send(true);
}

async fn release(deps: &Deps, holder: &str) {
    if let Err(e) = deps.store.release_lease(LEASE, holder).await {
        tracing::warn!(error = %e, "cannot give the polling lease up; it runs out by itself");
    }
}

fn dispatcher(
    bot: Bot,
    deps: Arc<Deps>,
) -> Dispatcher<Bot, std::convert::Infallible, teloxide::dispatching::DefaultKey> {
    Dispatcher::builder(bot, schema())
        .dependencies(dptree::deps![deps])
        .default_handler(|_| async {})
        .build()
}

/// Stops the dispatcher when `halt` turns true; it finishes the updates it has.
fn spawn_shutdown(
    dispatcher: &Dispatcher<Bot, std::convert::Infallible, teloxide::dispatching::DefaultKey>,
    halt: watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    let token = dispatcher.shutdown_token();
    tokio::spawn(async move {
        stopped(halt).await;
        // Waits until dispatching has started, so an early signal is not lost.
        loop {
            match token.shutdown() {
                Ok(done) => return done.await,
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    })
}

/// Logs errors of the update listener without their content.
struct ListenerErrors;

impl<E: std::fmt::Display + Send + 'static> ErrorHandler<E> for ListenerErrors {
    fn handle_error(
        self: Arc<Self>,
        error: E,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> {
        tracing::warn!(error = %error, "Telegram update listener error");
        Box::pin(async {})
    }
}
