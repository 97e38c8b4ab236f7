//! The Telegram bot (teloxide): updates in, through the conversation engine, Bot API calls
//! out. Long polling by default; a webhook on the web server's own router when
//! `OGOH_TELEGRAM_WEBHOOK_URL` is set. teloxide's storages are not used: conversations live
//! in our `Store` like every other channel's.

pub mod api;
pub mod commands;
pub mod guard;
pub mod handler;
pub mod text;

use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;
use axum::Router;
use axum::response::IntoResponse;
use teloxide::dispatching::{Dispatcher, UpdateFilterExt};
use teloxide::error_handlers::ErrorHandler;
use teloxide::prelude::*;
use teloxide::types::Me;
use teloxide::update_listeners::webhooks;
use tokio::sync::watch;

use crate::store::Store;
use crate::store::key::Secret;
use crate::web::Engine;

/// How the bot reaches Telegram.
#[derive(Clone)]
pub struct Config {
    pub token: String,
    /// Another Bot API server (self-hosted, or the tests' fake).
    pub api_url: Option<url::Url>,
    /// Webhook mode: the public URL Telegram posts updates to. Its path is served by the web
    /// server.
    pub webhook_url: Option<url::Url>,
}

/// What the handlers share.
pub struct Deps {
    pub engine: Arc<ArcSwap<Engine>>,
    pub store: Arc<dyn Store>,
    pub secret: Secret,
    pub guard: guard::Guard,
}

/// Why the bot cannot start.
#[derive(Debug, thiserror::Error)]
pub enum BotError {
    #[error(
        "OGOH_TELEGRAM_WEBHOOK_URL `{0}` needs a path of its own: not `/`, a web page, /api/, /staff or a health route; e.g. https://example.org/telegram/hook"
    )]
    WebhookPath(String),
}

/// A started bot: the webhook route to serve (webhook mode), and the task that runs the bot
/// until the stop signal.
pub struct Started {
    pub webhook: Option<Router>,
    pub task: tokio::task::JoinHandle<()>,
}

/// The first wait after a failed start-up call; it doubles up to `MAX_BACKOFF`.
const FIRST_BACKOFF: Duration = Duration::from_secs(1);
const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// Starts the bot. Nothing here waits for Telegram: `getMe` and the webhook or menu set-up
/// run in the task, retried with backoff while Telegram cannot be reached.
pub fn start(
    config: Config,
    deps: Arc<Deps>,
    stop: watch::Receiver<bool>,
) -> Result<Started, BotError> {
    let mut bot = Bot::new(config.token.clone());
    if let Some(url) = &config.api_url {
        bot = bot.set_api_url(url.clone());
    }
    match &config.webhook_url {
        None => {
            let task = tokio::spawn(run_polling(bot, deps, stop));
            Ok(Started {
                webhook: None,
                task,
            })
        }
        Some(url) => {
            if !webhook_path_free(url.path()) {
                return Err(BotError::WebhookPath(url.to_string()));
            }
            let secret = deps.secret.key("telegram-webhook", "").as_str().to_string();
            let options = webhooks::Options::new(([127, 0, 0, 1], 0).into(), url.clone())
                .secret_token(secret.clone());
            let (listener, _stopped, router) = webhooks::axum_no_setup(options);
            let header_secret = secret.clone();
            let router = router.layer(axum::middleware::from_fn(move |req, next| {
                check_secret(header_secret.clone(), req, next)
            }));
            let task = tokio::spawn(run_webhook(bot, deps, stop, url.clone(), secret, listener));
            Ok(Started {
                webhook: Some(router),
                task,
            })
        }
    }
}

/// Whether the webhook's path is free on the web server: not the home page, and not one of its
/// routes (two routes on one path would stop the server from starting).
fn webhook_path_free(path: &str) -> bool {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    !matches!(
        segments.as_slice(),
        [""] | ["healthz" | "readyz" | "metrics" | "style.css"]
            | ["api" | "staff", ..]
            // A language's pages: /{lang}/, /{lang}/result, /{lang}/check.
            | [_, "" | "result" | "check"]
    )
}

/// Telegram's secret header, compared in constant time before teloxide's own check.
async fn check_secret(
    secret: String,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use subtle::ConstantTimeEq;
    let given = req
        .headers()
        .get("x-telegram-bot-api-secret-token")
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if bool::from(given.ct_eq(secret.as_bytes())) {
        next.run(req).await
    } else {
        axum::http::StatusCode::UNAUTHORIZED.into_response()
    }
}

/// The update handler: messages, edits and button presses; everything else is ignored.
fn schema() -> teloxide::dispatching::UpdateHandler<std::convert::Infallible> {
    dptree::entry()
        .branch(Update::filter_message().endpoint(handler::message))
        .branch(Update::filter_edited_message().endpoint(handler::edited))
        .branch(Update::filter_callback_query().endpoint(handler::callback))
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

/// Waits until the stop signal.
async fn stopped(mut stop: watch::Receiver<bool>) {
    let _ = stop.wait_for(|stop| *stop).await;
}

/// Runs `call` until it succeeds, waiting 1 s, 2 s, ... up to 60 s between tries: a bad token
/// or an unreachable Telegram must not kill the server, and the bot comes up as soon as
/// Telegram answers.
async fn until_ok<T, Fut>(what: &'static str, mut call: impl FnMut() -> Fut) -> T
where
    Fut: std::future::Future<Output = Result<T, teloxide::RequestError>>,
{
    let mut backoff = FIRST_BACKOFF;
    loop {
        match call().await {
            Ok(value) => return value,
            Err(e) => {
                tracing::warn!(error = %e, wait_s = backoff.as_secs(), "Telegram {what} failed; retrying");
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(MAX_BACKOFF);
            }
        }
    }
}

/// Start-up calls that must succeed before updates flow: `getMe`, the command menus, and the
/// webhook (its URL and secret) set or removed.
async fn set_up(bot: &Bot, deps: &Deps, webhook: Option<(&url::Url, &str)>) {
    let _me: Me = until_ok("getMe", || bot.get_me().send()).await;
    until_ok("set-up", || async {
        commands::set_menus(bot, &deps.engine.load().locales).await?;
        match webhook {
            Some((url, secret)) => {
                api::retry("setWebhook", || {
                    bot.set_webhook(url.clone())
                        .secret_token(secret.to_string())
                        .allowed_updates(allowed_updates())
                        .send()
                })
                .await?;
            }
            None => {
                api::retry("deleteWebhook", || bot.delete_webhook().send()).await?;
            }
        }
        Ok(())
    })
    .await;
}

fn allowed_updates() -> Vec<teloxide::types::AllowedUpdate> {
    use teloxide::types::AllowedUpdate;
    vec![
        AllowedUpdate::Message,
        AllowedUpdate::EditedMessage,
        AllowedUpdate::CallbackQuery,
    ]
}

/// Long polling until the stop signal.
async fn run_polling(bot: Bot, deps: Arc<Deps>, stop: watch::Receiver<bool>) {
    tokio::select! {
        () = set_up(&bot, &deps, None) => {}
        () = stopped(stop.clone()) => return,
    }
    tracing::info!("Telegram bot running (long polling)");
    spawn_guard_cleanup(deps.clone(), stop.clone());
    loop {
        let listener = teloxide::update_listeners::Polling::builder(bot.clone())
            .timeout(Duration::from_secs(10))
            .build();
        let mut dispatcher = dispatcher(bot.clone(), deps.clone());
        let shutdown = spawn_shutdown(&dispatcher, stop.clone());
        let result = dispatcher
            .try_dispatch_with_listener(listener, Arc::new(ListenerErrors))
            .await;
        shutdown.abort();
        if *stop.borrow() {
            return;
        }
        if let Err(e) = result {
            tracing::warn!(error = %e, "Telegram dispatch could not start; retrying");
            tokio::time::sleep(FIRST_BACKOFF).await;
        }
    }
}

/// Webhook mode until the stop signal. The route is already mounted on the web server.
async fn run_webhook(
    bot: Bot,
    deps: Arc<Deps>,
    stop: watch::Receiver<bool>,
    url: url::Url,
    secret: String,
    listener: impl teloxide::update_listeners::UpdateListener<Err = std::convert::Infallible> + Send,
) {
    tokio::select! {
        () = set_up(&bot, &deps, Some((&url, &secret))) => {}
        () = stopped(stop.clone()) => return,
    }
    tracing::info!("Telegram bot running (webhook)");
    spawn_guard_cleanup(deps.clone(), stop.clone());
    let mut dispatcher = dispatcher(bot, deps);
    let shutdown = spawn_shutdown(&dispatcher, stop);
    if let Err(e) = dispatcher
        .try_dispatch_with_listener(listener, Arc::new(ListenerErrors))
        .await
    {
        // getMe answered a moment ago in `set_up`; if it fails now the web page stays up.
        tracing::error!(error = %e, "Telegram dispatch could not start");
    }
    shutdown.abort();
}

/// Stops the dispatcher on the stop signal; it finishes the updates it has.
fn spawn_shutdown(
    dispatcher: &Dispatcher<Bot, std::convert::Infallible, teloxide::dispatching::DefaultKey>,
    stop: watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    let token = dispatcher.shutdown_token();
    tokio::spawn(async move {
        stopped(stop).await;
        // Waits until dispatching has started, so an early signal is not lost.
        loop {
            match token.shutdown() {
                Ok(done) => return done.await,
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    })
}

/// Forgets flood-limit state of quiet chats every few minutes.
fn spawn_guard_cleanup(deps: Arc<Deps>, stop: watch::Receiver<bool>) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_secs(300));
        loop {
            tokio::select! {
                _ = every.tick() => deps.guard.forget_quiet(),
                () = stopped(stop.clone()) => return,
            }
        }
    });
}

/// Logs errors of the update listener (polling) without their content.
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

#[cfg(test)]
mod tests {
    use super::webhook_path_free;

    #[test]
    fn the_webhook_path_must_be_its_own() {
        for free in ["/telegram/hook", "/tg-7f3a", "/hooks/telegram/"] {
            assert!(webhook_path_free(free), "{free}");
        }
        for taken in [
            "/",
            "",
            "/healthz",
            "/api/v1/assess",
            "/staff",
            "/staff/x",
            "/uz/result",
            "/ru/check",
            "/metrics/",
        ] {
            assert!(!webhook_path_free(taken), "{taken}");
        }
    }
}
