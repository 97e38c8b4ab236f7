//! Webhook mode: Telegram posts each update to a route on ogoh's own web server. An update is
//! handled (the conversation saved, the answer sent) before Telegram gets its `200`, so an
//! update in hand when the process dies is sent again by Telegram, not lost. Update ids that
//! were answered are remembered in the store for a day, so an update sent again after it was
//! answered (a crash or a timeout between answering the person and answering Telegram) is not
//! answered twice; `dialogue::session` makes a repeated input harmless to the conversation.
//!
//! teloxide's own webhook listener answers `200` as soon as an update is queued in memory, so
//! it is not used; its handler tree (`super::schema`) is, called per request.

use std::convert::Infallible;
use std::sync::{Arc, OnceLock};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::Me;
use tokio::sync::{mpsc, oneshot, watch};

use super::{Deps, WebhookSetting, schema, set_up, spawn_cleanup, stopped};
use crate::store::Store;

/// How long answered update ids are kept: Telegram gives up on an update after 24 hours.
const REMEMBER_SECONDS: i64 = 24 * 3600;

/// What the route needs to handle an update.
pub struct Hook {
    bot: Bot,
    deps: Arc<Deps>,
    url: url::Url,
    /// `X-Telegram-Bot-Api-Secret-Token`, derived from `OGOH_SECRET`.
    secret: String,
    max_connections: u8,
    /// The bot's own user, known once `getMe` answered. Until then updates get `503` and
    /// Telegram sends them again.
    me: OnceLock<Me>,
    handler: UpdateHandler<Infallible>,
    marks: Marks,
}

impl Hook {
    /// Needs a Tokio runtime: it starts the task that records handled updates.
    pub fn new(bot: Bot, deps: Arc<Deps>, url: url::Url, max_connections: u8) -> Arc<Hook> {
        let secret = deps.secret.key("telegram-webhook", "").as_str().to_string();
        let marks = Marks::start(deps.store.clone());
        Arc::new(Hook {
            bot,
            deps,
            url,
            secret,
            max_connections,
            me: OnceLock::new(),
            handler: schema(),
            marks,
        })
    }

    /// The route on the webhook URL's path, behind the secret check.
    pub fn router(self: &Arc<Self>) -> Router {
        let secret = self.secret.clone();
        Router::new()
            .route(self.url.path(), axum::routing::post(receive))
            .layer(axum::middleware::from_fn(move |req, next| {
                check_secret(secret.clone(), req, next)
            }))
            .with_state(self.clone())
    }

    /// Sets the webhook up (retried while Telegram cannot be reached), then runs until the
    /// stop signal. The web server serves the route meanwhile.
    pub async fn run(self: Arc<Self>, stop: watch::Receiver<bool>) {
        let setting = WebhookSetting {
            url: &self.url,
            secret: &self.secret,
            max_connections: self.max_connections,
        };
        let me = tokio::select! {
            me = set_up(&self.bot, &self.deps, Some(setting)) => me,
            () = stopped(stop.clone()) => return,
        };
        let _ = self.me.set(me);
        tracing::info!(
            max_connections = self.max_connections,
            "Telegram bot running (webhook)"
        );
        spawn_cleanup(self.deps.clone(), stop.clone());
        let mut every_hour = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            tokio::select! {
                _ = every_hour.tick() => {
                    let before = chrono::Utc::now().timestamp() - REMEMBER_SECONDS;
                    if let Err(e) = self.deps.store.forget_updates(before).await {
                        tracing::warn!(error = %e, "could not forget old update ids");
                    }
                }
                () = stopped(stop.clone()) => return,
            }
        }
    }
}

/// One update from Telegram: handled, then answered `200`. `503` (Telegram sends it again
/// later) while the bot is starting or the store cannot say whether it was handled.
async fn receive(State(hook): State<Arc<Hook>>, body: Bytes) -> Response {
    let Some(me) = hook.me.get() else {
        return try_later();
    };
    let update: Update = match serde_json::from_slice(&body) {
        Ok(update) => update,
        Err(e) => {
            // Only where it failed: serde's message may quote the text.
            tracing::warn!(
                line = e.line(),
                column = e.column(),
                "webhook body is not a Telegram update"
            );
            return (StatusCode::BAD_REQUEST, "not a Telegram update\n").into_response();
        }
    };
    let id = i64::from(update.id.0);
    match hook.deps.store.update_handled(id).await {
        Ok(false) => {}
        Ok(true) => {
            metrics::counter!("telegram_updates_repeated_total").increment(1);
            return StatusCode::OK.into_response();
        }
        Err(e) => {
            tracing::warn!(error = %e, "cannot tell whether an update was handled");
            return try_later();
        }
    }
    let deps = dptree::deps![hook.bot.clone(), me.clone(), hook.deps.clone(), update];
    let _ = hook.handler.dispatch(deps).await;
    // Answered all the same if this fails (it is logged); if Telegram then sends the update
    // again, the conversation answers it again without applying it twice.
    hook.marks.mark(id).await;
    StatusCode::OK.into_response()
}

/// The most update ids written in one batch.
const MAX_BATCH: usize = 256;

/// Records handled update ids with group commit: each update waits until its id is written
/// before Telegram gets its 200, but the ids that come in while one write runs go into the
/// next write together. A busy bot then costs the database one write per batch instead of one
/// per update (on SQLite, where writes take turns, this halves the writes per update).
struct Marks {
    queue: mpsc::Sender<(i64, oneshot::Sender<()>)>,
}

impl Marks {
    fn start(store: Arc<dyn Store>) -> Marks {
        let (queue, mut incoming) = mpsc::channel::<(i64, oneshot::Sender<()>)>(4 * MAX_BATCH);
        tokio::spawn(async move {
            while let Some(first) = incoming.recv().await {
                let mut batch = vec![first];
                while batch.len() < MAX_BATCH {
                    match incoming.try_recv() {
                        Ok(next) => batch.push(next),
                        Err(_) => break,
                    }
                }
                let ids: Vec<i64> = batch.iter().map(|(id, _)| *id).collect();
                let now = chrono::Utc::now().timestamp();
                if let Err(e) = store.mark_updates_handled(&ids, now).await {
                    tracing::warn!(error = %e, updates = ids.len(), "could not record handled updates");
                }
                for (_, done) in batch {
                    let _ = done.send(());
                }
            }
        });
        Marks { queue }
    }

    /// Records `id` and waits until it is written (or failed, which is logged).
    async fn mark(&self, id: i64) {
        let (done, written) = oneshot::channel();
        if self.queue.send((id, done)).await.is_ok() {
            let _ = written.await;
        }
    }
}

fn try_later() -> Response {
    let mut response = StatusCode::SERVICE_UNAVAILABLE.into_response();
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    response
}

/// Telegram's secret header, compared in constant time.
async fn check_secret(
    secret: String,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    use subtle::ConstantTimeEq;
    let given = req
        .headers()
        .get("x-telegram-bot-api-secret-token")
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if bool::from(given.ct_eq(secret.as_bytes())) {
        next.run(req).await
    } else {
        StatusCode::UNAUTHORIZED.into_response()
    }
}
