//! What the bot does with each update: private messages and button presses go through the
//! conversation engine; groups get a pointer to a private chat; edits and media get a hint.
//! Logs name only the kind of update, never its content or the chat.

use std::convert::Infallible;
use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{
    InlineKeyboardButton, InlineKeyboardMarkup, Me, MessageId, ParseMode, ReplyMarkup,
};

use super::Deps;
use super::api::{not_modified, retry};
use super::guard::Verdict;
use super::text::{MAX_MESSAGE_UNITS, escape, keyboard, split};
use crate::dialogue::session::{self, Chat, Turn};
use crate::dialogue::{Ctx, Input, Reply, Unreadable};
use crate::rules::Date;
use crate::store::ConversationKey;

/// The channel's name in conversation keys and statistics.
pub const CHANNEL: &str = "telegram";

/// Telegram lets a bot delete messages for 48 hours; a few minutes are kept in hand.
const DELETABLE_SECONDS: i64 = 48 * 3600 - 300;
/// `deleteMessages` takes at most this many ids.
const DELETE_BATCH: usize = 100;

pub type HandlerResult = Result<(), Infallible>;

/// Where an input came from: a new message, a button on one of the bot's messages, or an
/// edit of an earlier message.
#[derive(Debug, Clone, Copy)]
enum Origin {
    Message(MessageId),
    Button(MessageId),
    Edit,
}

pub async fn message(
    bot: Bot,
    msg: Message,
    me: Me,
    deps: Arc<Deps>,
    update: Update,
) -> HandlerResult {
    let telegram_lang = msg.from.as_ref().and_then(|u| u.language_code.clone());
    if !msg.chat.is_private() {
        point_to_private_chat(&bot, &msg, &me, &deps, telegram_lang.as_deref()).await;
        return Ok(());
    }
    let input = input_of(&bot, &msg, &me, &deps, telegram_lang.as_deref()).await;
    handle(
        &bot,
        &deps,
        msg.chat.id,
        telegram_lang.as_deref(),
        input,
        Origin::Message(msg.id),
        update_id(&update),
    )
    .await;
    Ok(())
}

pub async fn edited(bot: Bot, msg: Message, deps: Arc<Deps>, update: Update) -> HandlerResult {
    if msg.chat.is_private() {
        let telegram_lang = msg.from.as_ref().and_then(|u| u.language_code.clone());
        let input = Input::Unreadable(Unreadable::Edit);
        handle(
            &bot,
            &deps,
            msg.chat.id,
            telegram_lang.as_deref(),
            input,
            Origin::Edit,
            update_id(&update),
        )
        .await;
    }
    Ok(())
}

pub async fn callback(
    bot: Bot,
    q: CallbackQuery,
    deps: Arc<Deps>,
    update: Update,
) -> HandlerResult {
    // Answered first, whatever follows, so the button stops spinning.
    let _ = retry("answerCallbackQuery", || {
        bot.answer_callback_query(q.id.clone()).send()
    })
    .await;
    // Buttons exist only on the bot's messages in private chats; anything else is ignored.
    let Some(message) = q.message.as_ref().filter(|m| m.chat().is_private()) else {
        return Ok(());
    };
    let input = Input::Button(q.data.clone().unwrap_or_default());
    handle(
        &bot,
        &deps,
        message.chat().id,
        q.from.language_code.as_deref(),
        input,
        Origin::Button(message.id()),
        update_id(&update),
    )
    .await;
    Ok(())
}

/// The update's id: it orders a chat's inputs, so a repeated update is not applied twice.
fn update_id(update: &Update) -> i64 {
    i64::from(update.id.0)
}

/// What a private message means for the conversation.
async fn input_of(bot: &Bot, msg: &Message, me: &Me, deps: &Deps, lang: Option<&str>) -> Input {
    // A forwarded message is an offer to check (people forward the recruiter's ad), even if
    // it starts with a slash.
    let forwarded = msg.forward_origin().is_some();
    if let Some(text) = msg.text() {
        if !forwarded && text.starts_with('/') {
            return super::commands::input(text, me.username());
        }
        return Input::Text(text.to_string());
    }
    let caption = msg.caption().unwrap_or_default();
    if let Some(picture) = picture_of(msg) {
        let lang = deps.engine.load().locales.negotiate(None, lang, None);
        return match read_picture(bot, deps, picture, &lang).await {
            // The caption, if any, is part of the offer.
            Ok(read) => Input::Picture(format!("{caption}\n{read}").trim().to_string()),
            Err(_) if !caption.is_empty() => Input::Text(caption.to_string()),
            Err(e) => Input::Unreadable(Unreadable::Picture(e)),
        };
    }
    if !caption.is_empty() {
        return Input::Text(caption.to_string());
    }
    if msg.voice().is_some() || msg.video_note().is_some() || msg.audio().is_some() {
        return Input::Unreadable(Unreadable::Voice);
    }
    Input::Unreadable(Unreadable::Media)
}

/// A picture to read: the file and its size in bytes, if Telegram says.
struct Picture {
    file_id: teloxide::types::FileId,
    size: Option<usize>,
}

/// teloxide reads a size Telegram did not give as `u32::MAX`.
fn known_size(size: u32) -> Option<usize> {
    (size != u32::MAX).then_some(size as usize)
}

/// The photo's largest size within the limits, or an image sent as a file.
fn picture_of(msg: &Message) -> Option<Picture> {
    if let Some(sizes) = msg.photo() {
        let fits = |p: &&teloxide::types::PhotoSize| {
            known_size(p.file.size).is_none_or(|n| n <= crate::ocr::MAX_BYTES)
                && u64::from(p.width) * u64::from(p.height) <= crate::ocr::MAX_PIXELS
        };
        // The largest that fits; if none does, the smallest, which the checks then refuse.
        let chosen = sizes
            .iter()
            .filter(fits)
            .max_by_key(|p| u64::from(p.width) * u64::from(p.height))
            .or_else(|| sizes.iter().min_by_key(|p| p.file.size))?;
        return Some(Picture {
            file_id: chosen.file.id.clone(),
            size: known_size(chosen.file.size),
        });
    }
    let document = msg.document()?;
    let is_image = document
        .mime_type
        .as_ref()
        .is_some_and(|m| m.type_().as_str() == "image");
    is_image.then(|| Picture {
        file_id: document.file.id.clone(),
        size: known_size(document.file.size),
    })
}

/// Downloads a picture (never to disk) and reads it.
async fn read_picture(
    bot: &Bot,
    deps: &Deps,
    picture: Picture,
    lang: &str,
) -> Result<String, crate::ocr::OcrError> {
    use crate::ocr::OcrError;
    use teloxide::net::Download;
    if picture.size.is_some_and(|n| n > crate::ocr::MAX_BYTES) {
        return Err(OcrError::TooLarge);
    }
    if !deps.ocr.available() {
        return Err(OcrError::Unavailable);
    }
    let file = retry("getFile", || bot.get_file(picture.file_id.clone()).send())
        .await
        .map_err(|e| {
            tracing::warn!(error = %e, "could not get a picture's file");
            OcrError::Unreadable
        })?;
    if known_size(file.size).is_some_and(|n| n > crate::ocr::MAX_BYTES) {
        return Err(OcrError::TooLarge);
    }
    let mut bytes = Vec::new();
    bot.download_file(&file.path, &mut bytes)
        .await
        .map_err(|e| {
            tracing::warn!(error = %e, "could not download a picture");
            OcrError::Unreadable
        })?;
    let read = deps.ocr.read(&bytes, lang).await;
    if let Err(e) = &read {
        metrics::counter!("ocr_refused_total", "why" => e.code()).increment(1);
    }
    read
}

/// One input from a private chat: limit, turn, answer, remember the message ids.
async fn handle(
    bot: &Bot,
    deps: &Deps,
    chat: ChatId,
    telegram_lang: Option<&str>,
    input: Input,
    origin: Origin,
    update: i64,
) {
    metrics::counter!("telegram_updates_total", "input" => input.kind()).increment(1);
    let engine = deps.engine.load();
    let default_lang = engine.locales.negotiate(None, telegram_lang, None);
    let chat_id = chat.0.to_string();
    let key = deps.secret.key(CHANNEL, &chat_id);
    let now = chrono::Utc::now().timestamp();
    match deps.guard.check(chat) {
        Verdict::Allow => {}
        Verdict::Warn => {
            tracing::info!(channel = CHANNEL, "chat over its flood limit");
            let text = engine.locales.label(&default_lang, "telegram-slow-down");
            let sent = send(
                bot,
                chat,
                &Reply {
                    text,
                    buttons: Vec::new(),
                },
            )
            .await;
            remember(deps, &key, sent, now).await;
            return;
        }
        Verdict::Drop => {
            metrics::counter!("telegram_updates_dropped_total").increment(1);
            return;
        }
    }
    let ctx = Ctx {
        rules: &engine.rules,
        locales: &engine.locales,
        today: Date::today(),
        default_lang: &default_lang,
    };
    let who = Chat {
        channel: CHANNEL,
        chat_id: &chat_id,
    };
    let turn = session::turn_or_apologise(
        deps.store.as_ref(),
        &deps.secret,
        &ctx,
        &who,
        input,
        Some(update),
        now,
    )
    .await;
    if turn.forgot {
        forget(bot, deps, chat, &key, turn, &engine.locales, now).await;
        return;
    }
    let mut ids = match origin {
        Origin::Message(id) => vec![id],
        _ => Vec::new(),
    };
    ids.extend(deliver(bot, chat, origin, &turn.replies).await);
    remember(deps, &key, ids, now).await;
}

/// Sends the replies. A button press with one reply edits the pressed message in place;
/// otherwise the pressed message loses its buttons (only the newest question keeps live
/// ones) and the replies come as new messages. Returns the ids of new messages.
async fn deliver(bot: &Bot, chat: ChatId, origin: Origin, replies: &[Reply]) -> Vec<MessageId> {
    if let Origin::Button(pressed) = origin {
        if let [reply] = replies
            && edit(bot, chat, pressed, reply).await
        {
            return Vec::new();
        }
        let removed = retry("editMessageReplyMarkup", || {
            bot.edit_message_reply_markup(chat, pressed).send()
        })
        .await;
        if let Err(e) = removed
            && !not_modified(&e)
        {
            tracing::debug!(error = %e, "could not remove old buttons");
        }
    }
    let mut sent = Vec::new();
    for reply in replies {
        sent.extend(send(bot, chat, reply).await);
    }
    sent
}

/// Edits a message to show `reply`. False if it cannot (too long for one message, or
/// Telegram refuses, e.g. a message older than 48 hours): the caller sends it anew.
async fn edit(bot: &Bot, chat: ChatId, message: MessageId, reply: &Reply) -> bool {
    if split(&reply.text, MAX_MESSAGE_UNITS).len() > 1 {
        return false;
    }
    let text = escape(&reply.text);
    let result = retry("editMessageText", || {
        bot.edit_message_text(chat, message, text.clone())
            .parse_mode(ParseMode::Html)
            .reply_markup(keyboard(&reply.buttons))
            .send()
    })
    .await;
    match result {
        Ok(_) => true,
        Err(e) if not_modified(&e) => true,
        Err(e) => {
            tracing::debug!(error = %e, "could not edit; sending instead");
            false
        }
    }
}

/// Sends one reply, split into messages of at most 4096 characters at paragraph breaks; the
/// buttons go on the last one. Returns the ids of the messages sent.
async fn send(bot: &Bot, chat: ChatId, reply: &Reply) -> Vec<MessageId> {
    let parts = split(&reply.text, MAX_MESSAGE_UNITS);
    let last = parts.len().saturating_sub(1);
    let mut sent = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let text = escape(part);
        let buttons = (i == last && !reply.buttons.is_empty()).then(|| keyboard(&reply.buttons));
        let result = retry("sendMessage", || {
            let request = bot
                .send_message(chat, text.clone())
                .parse_mode(ParseMode::Html);
            match &buttons {
                Some(k) => request.reply_markup(ReplyMarkup::InlineKeyboard(k.clone())),
                None => request,
            }
            .send()
        })
        .await;
        match result {
            Ok(m) => sent.push(m.id),
            Err(e) => {
                // Retried already; the rest would make no sense without this part.
                tracing::error!(error = %e, "could not send a reply");
                break;
            }
        }
    }
    sent
}

/// Remembers message ids for "forget me" (ids only, never text).
async fn remember(deps: &Deps, key: &ConversationKey, ids: Vec<MessageId>, now: i64) {
    if ids.is_empty() {
        return;
    }
    let ids: Vec<i64> = ids.iter().map(|id| i64::from(id.0)).collect();
    if let Err(e) = deps.store.remember_messages(key, &ids, now).await {
        tracing::warn!(error = %e, "could not remember message ids");
    }
}

/// After "forget me": the conversation is deleted; now delete the chat's messages that
/// Telegram still allows, and say what could not be deleted. The last message is not
/// remembered, so nothing about the chat is left in the store.
async fn forget(
    bot: &Bot,
    deps: &Deps,
    chat: ChatId,
    key: &ConversationKey,
    turn: Turn,
    locales: &crate::i18n::Locales,
    now: i64,
) {
    let messages = deps.store.take_messages(key).await.unwrap_or_else(|e| {
        tracing::warn!(error = %e, "could not read message ids to delete");
        Vec::new()
    });
    let (recent, old): (Vec<_>, Vec<_>) = messages
        .into_iter()
        .partition(|(_, sent_at)| now - sent_at < DELETABLE_SECONDS);
    let mut deleted = 0;
    let mut not_deleted = old.len();
    for batch in recent.chunks(DELETE_BATCH) {
        let ids: Vec<MessageId> = batch
            .iter()
            .filter_map(|(id, _)| i32::try_from(*id).ok().map(MessageId))
            .collect();
        match retry("deleteMessages", || {
            bot.delete_messages(chat, ids.clone()).send()
        })
        .await
        {
            Ok(_) => deleted += ids.len(),
            Err(e) => {
                tracing::warn!(error = %e, "could not delete messages");
                not_deleted += batch.len();
            }
        }
    }
    tracing::info!(
        channel = CHANNEL,
        deleted,
        not_deleted,
        "forgot a conversation"
    );
    let lang = turn.lang.as_str();
    let count = |id: &str, n: usize| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", n as i64);
        locales
            .text(lang, id, None, Some(&args))
            .unwrap_or_default()
    };
    let mut text: Vec<String> = turn.replies.iter().map(|r| r.text.clone()).collect();
    text.push(count("telegram-forget-deleted", deleted));
    if not_deleted > 0 {
        text.push(count("telegram-forget-not-deleted", not_deleted));
    }
    text.push(locales.label(lang, "telegram-forget-delete-chat"));
    send(
        bot,
        chat,
        &Reply {
            text: text.join("\n\n"),
            buttons: Vec::new(),
        },
    )
    .await;
}

/// In a group: once, a pointer to a private chat with the bot; nothing is stored.
async fn point_to_private_chat(
    bot: &Bot,
    msg: &Message,
    me: &Me,
    deps: &Deps,
    telegram_lang: Option<&str>,
) {
    if !deps.guard.first_in_group(msg.chat.id) {
        return;
    }
    let engine = deps.engine.load();
    let lang = engine.locales.negotiate(None, telegram_lang, None);
    let text = escape(&engine.locales.label(&lang, "telegram-private-only"));
    let mut request = bot
        .send_message(msg.chat.id, text)
        .parse_mode(ParseMode::Html);
    if let Ok(url) = url::Url::parse(&format!("https://t.me/{}", me.username())) {
        let label = engine.locales.label(&lang, "button-open-private");
        request = request.reply_markup(InlineKeyboardMarkup::new([[InlineKeyboardButton::url(
            label, url,
        )]]));
    }
    if let Err(e) = retry("sendMessage", || request.clone().send()).await {
        tracing::warn!(error = %e, "could not answer in a group");
    }
}
