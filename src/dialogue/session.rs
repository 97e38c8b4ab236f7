//! A conversation turn with the store: load the state, apply the input, save it back. Two
//! inputs for the same chat at once never lose an answer: a save that finds a newer version
//! loads again and re-applies (optimistic concurrency), in one process or several.
//!
//! An input with an id (a Telegram update) is applied once: the same input again, after a
//! crash between saving and answering, gets the same replies without changing the state.

use serde::{Deserialize, Serialize};

use super::{Ctx, Input, Reply, State, step};
use crate::store::key::Secret;
use crate::store::{Saved, StatIncrement, Store, StoreError};

/// How often a turn is retried when another turn for the same chat wrote first.
const MAX_ATTEMPTS: u64 = 16;

/// Who is talking: the channel and its chat id. The chat id is only ever used to derive the
/// key; it is not stored or logged.
pub struct Chat<'a> {
    pub channel: &'a str,
    pub chat_id: &'a str,
}

/// What a turn gave: the replies, and whether the person was forgotten (the channel may then
/// have more to delete, such as messages in the chat).
#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    pub replies: Vec<Reply>,
    pub forgot: bool,
    /// The conversation's language after the turn.
    pub lang: String,
}

/// What is stored for a conversation: the dialogue's state and, when inputs have ids, the last
/// input applied with the state before it.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Stored {
    #[serde(flatten)]
    state: State,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last: Option<LastInput>,
}

/// The last input applied: its id (increasing per chat, as Telegram's update ids are) and the
/// state it was applied to, from which its replies can be made again.
#[derive(Debug, Serialize, Deserialize)]
struct LastInput {
    id: i64,
    before: State,
}

/// Applies `input` to the chat's stored conversation and returns the replies. `input_id`, if
/// given, must increase with each new input of the chat: an input whose id was already
/// applied is answered as it was then (nothing saved, nothing counted), and an older one gets
/// no reply.
pub async fn turn(
    store: &dyn Store,
    secret: &Secret,
    ctx: &Ctx<'_>,
    chat: &Chat<'_>,
    input: Input,
    input_id: Option<i64>,
    now: i64,
) -> Result<Turn, StoreError> {
    let key = secret.key(chat.channel, chat.chat_id);
    for attempt in 0..MAX_ATTEMPTS {
        if attempt > 0 {
            // Let the other writer finish before trying again.
            tokio::time::sleep(std::time::Duration::from_millis(attempt * 2)).await;
        }
        let (stored, version) = load_stored(store, &key).await?;
        if let (Some(id), Some(last)) = (input_id, &stored.last)
            && id <= last.id
        {
            return Ok(again(stored.last, id, input, ctx));
        }
        let state = stored.state;
        let before = input_id.map(|_| state.clone());
        let out = step(state, input.clone(), ctx);
        // Never the input itself: only what kind it was and where the conversation went.
        tracing::debug!(
            channel = chat.channel,
            input = input.kind(),
            step = ?out.state.step,
            replies = out.replies.len(),
            "conversation turn"
        );
        let lang = out
            .state
            .lang
            .clone()
            .unwrap_or_else(|| ctx.default_lang.to_string());
        if out.forget {
            store.delete(&key).await?;
            return Ok(Turn {
                replies: out.replies,
                forgot: true,
                lang,
            });
        }
        let stored = Stored {
            state: out.state,
            last: input_id
                .zip(before)
                .map(|(id, before)| LastInput { id, before }),
        };
        let json = serde_json::to_string(&stored).unwrap_or_default();
        let stats = stat_increments(&out.stats, chat.channel, now);
        match store.save(&key, &json, &lang, now, version, &stats).await? {
            Saved::Ok(_) => {
                return Ok(Turn {
                    replies: out.replies,
                    forgot: false,
                    lang,
                });
            }
            Saved::Conflict => continue,
        }
    }
    Err(StoreError::Contention(MAX_ATTEMPTS as usize))
}

/// The stored conversation and its version; a new one (no version) if there is none.
async fn load_stored(
    store: &dyn Store,
    key: &crate::store::ConversationKey,
) -> Result<(Stored, Option<i64>), StoreError> {
    Ok(match store.load(key).await? {
        Some(c) => {
            // A state this version cannot read (corrupted, or from a future release) starts
            // over rather than failing the person.
            let stored = serde_json::from_str::<Stored>(&c.state).unwrap_or_else(|_| {
                tracing::warn!("unreadable conversation state; starting over");
                Stored::default()
            });
            (stored, Some(c.version))
        }
        None => (Stored::default(), None),
    })
}

/// The day's counters a turn adds to (country and item; never anything about the person).
fn stat_increments(stats: &[(String, String)], channel: &str, now: i64) -> Vec<StatIncrement> {
    let day = day_of(now);
    stats
        .iter()
        .map(|(country, item)| StatIncrement {
            day: day.clone(),
            channel: channel.to_string(),
            country: country.clone(),
            item: item.clone(),
            n: 1,
        })
        .collect()
}

/// An input seen before: the replies it had (made again from the state it was applied to), or
/// none if newer inputs came since.
fn again(last: Option<LastInput>, id: i64, input: Input, ctx: &Ctx<'_>) -> Turn {
    match last {
        Some(last) if last.id == id => {
            tracing::debug!(input = input.kind(), "input seen before; answered again");
            let out = step(last.before, input, ctx);
            Turn {
                lang: out
                    .state
                    .lang
                    .unwrap_or_else(|| ctx.default_lang.to_string()),
                replies: out.replies,
                forgot: false,
            }
        }
        _ => {
            tracing::debug!(
                input = input.kind(),
                "input older than the last one; ignored"
            );
            Turn {
                replies: Vec::new(),
                forgot: false,
                lang: ctx.default_lang.to_string(),
            }
        }
    }
}

/// Like `turn`, but a store failure becomes a short "try again in a minute" in the person's
/// language; the error goes to the log without any personal data.
pub async fn turn_or_apologise(
    store: &dyn Store,
    secret: &Secret,
    ctx: &Ctx<'_>,
    chat: &Chat<'_>,
    input: Input,
    input_id: Option<i64>,
    now: i64,
) -> Turn {
    match turn(store, secret, ctx, chat, input, input_id, now).await {
        Ok(turn) => turn,
        Err(e) => {
            tracing::error!(channel = chat.channel, error = %e, "conversation turn failed");
            Turn {
                replies: vec![Reply {
                    text: ctx.locales.label(ctx.default_lang, "dialogue-try-again"),
                    buttons: Vec::new(),
                }],
                forgot: false,
                lang: ctx.default_lang.to_string(),
            }
        }
    }
}

/// Deletes conversations idle for more than `retention_days`; statistics stay.
pub async fn purge_idle(
    store: &dyn Store,
    retention_days: u32,
    now: i64,
) -> Result<u64, StoreError> {
    store
        .delete_idle(now - i64::from(retention_days) * 86_400)
        .await
}

/// The UTC day of a unix time, as statistics record it.
pub fn day_of(now: i64) -> String {
    chrono::DateTime::from_timestamp(now, 0)
        .map(|t| t.date_naive().format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// Deletes idle conversations now and then every hour, for as long as the server runs.
pub fn spawn_retention(
    store: std::sync::Arc<dyn Store>,
    retention_days: u32,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut every_hour = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            every_hour.tick().await;
            let now = chrono::Utc::now().timestamp();
            match purge_idle(store.as_ref(), retention_days, now).await {
                Ok(n) if n > 0 => tracing::info!(deleted = n, "deleted idle conversations"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "could not delete idle conversations"),
            }
        }
    })
}
