//! The Telegram bot (teloxide): updates in, through the conversation engine, Bot API calls
//! out. Long polling by default (`polling.rs`, one process at a time); a webhook on the web
//! server's own router when `OGOH_TELEGRAM_WEBHOOK_URL` is set (`webhook.rs`, any number of
//! processes on one PostgreSQL). teloxide's storages are not used: conversations live
//! in our `Store` like every other channel's.

pub mod api;
pub mod commands;
pub mod guard;
pub mod handler;
pub mod polling;
pub mod text;
pub mod webhook;

use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;
use axum::Router;
use teloxide::dispatching::UpdateFilterExt;
use teloxide::prelude::*;
use teloxide::types::Me;
use tokio::sync::watch;

use crate::engine::Engine;
use crate::store::Store;
use crate::store::key::Secret;

/// How the bot reaches Telegram.
#[derive(Clone)]
pub struct Config {
    pub token: String,
    /// Another Bot API server (self-hosted, or the tests' fake).
    pub api_url: Option<url::Url>,
    /// Webhook mode: the public URL Telegram posts updates to. Its path is served by the web
    /// server.
    pub webhook_url: Option<url::Url>,
    /// Webhook mode: how many requests Telegram may have open at once.
    pub max_connections: u8,
}

/// `setWebhook`'s `max_connections` unless set. Each open request carries one update, which is
/// handled before it is answered, so this is how many updates are handled at once. Telegram's
/// own default, 40, keeps well under the web server's 64 connections per address (Telegram's
/// requests may all come from one address) and, at some 5-50 ms per update, is more than a
/// campaign's peak needs.
pub const DEFAULT_MAX_CONNECTIONS: u8 = 40;

/// What the handlers share.
pub struct Deps {
    pub engine: Arc<ArcSwap<Engine>>,
    pub store: Arc<dyn Store>,
    pub secret: Secret,
    pub guard: guard::Guard,
    /// Reads photos of offers.
    pub ocr: crate::ocr::Ocr,
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
    // Before the first update is counted.
    crate::telemetry::install();
    let mut bot = Bot::new(config.token.clone());
    if let Some(url) = &config.api_url {
        bot = bot.set_api_url(url.clone());
    }
    match &config.webhook_url {
        None => {
            let task = tokio::spawn(polling::run(bot, deps, stop));
            Ok(Started {
                webhook: None,
                task,
            })
        }
        Some(url) => {
            if !webhook_path_free(url.path()) {
                return Err(BotError::WebhookPath(url.to_string()));
            }
            let hook = webhook::Hook::new(bot, deps, url.clone(), config.max_connections);
            Ok(Started {
                webhook: Some(hook.router()),
                task: tokio::spawn(hook.run(stop)),
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

/// The update handler: messages, edits and button presses; everything else is ignored.
fn schema() -> teloxide::dispatching::UpdateHandler<std::convert::Infallible> {
    dptree::entry()
        .branch(Update::filter_message().endpoint(handler::message))
        .branch(Update::filter_edited_message().endpoint(handler::edited))
        .branch(Update::filter_callback_query().endpoint(handler::callback))
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

/// The webhook as `setWebhook` sets it.
struct WebhookSetting<'a> {
    url: &'a url::Url,
    secret: &'a str,
    max_connections: u8,
}

/// Start-up calls that must succeed before updates flow: `getMe`, the command menus, and the
/// webhook set or removed. Returns the bot's own user.
async fn set_up(bot: &Bot, deps: &Deps, webhook: Option<WebhookSetting<'_>>) -> Me {
    let me: Me = until_ok("getMe", || bot.get_me().send()).await;
    until_ok("set-up", || async {
        commands::set_menus(bot, &deps.engine.load().locales).await?;
        match &webhook {
            Some(hook) => {
                api::retry("setWebhook", || {
                    bot.set_webhook(hook.url.clone())
                        .secret_token(hook.secret.to_string())
                        .max_connections(hook.max_connections)
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
    me
}

fn allowed_updates() -> Vec<teloxide::types::AllowedUpdate> {
    use teloxide::types::AllowedUpdate;
    vec![
        AllowedUpdate::Message,
        AllowedUpdate::EditedMessage,
        AllowedUpdate::CallbackQuery,
    ]
}

/// Forgets flood-limit state of quiet chats every few minutes.
fn spawn_cleanup(deps: Arc<Deps>, stop: watch::Receiver<bool>) {
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
