//! A fake Telegram Bot API: an axum server on 127.0.0.1:0 that the real teloxide `Bot` talks
//! to (`set_api_url`). It keeps each chat's messages as Telegram would (ids, edits,
//! deletions, buttons), refuses what Telegram refuses (bad HTML, too long, bad button data,
//! unchanged edits), can fail on purpose (429, 500, 401), and plays the user's side: it queues
//! updates for `getUpdates`, or posts them to the webhook that `setWebhook` named, with its
//! secret, as Telegram does.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde_json::{Value, json};

pub const BOT_ID: i64 = 4242;
pub const BOT_USERNAME: &str = "ogoh_test_bot";
/// The user's names, which must never reach the logs or the database.
pub const FIRST_NAME: &str = "Zulfiyaxonim";
pub const USERNAME: &str = "zulfiya_secret_handle";

/// A failure to answer the next call of a method with.
#[derive(Debug, Clone, Copy)]
pub enum Fail {
    /// 429 with `retry_after` seconds.
    TooManyRequests(u32),
    /// 500 Internal Server Error.
    ServerError,
    /// 401 Unauthorized (a wrong token, or Telegram briefly refusing).
    Unauthorized,
}

/// One message in a chat, as the phone would show it.
#[derive(Debug, Clone)]
pub struct Msg {
    pub id: i32,
    pub from_bot: bool,
    /// The text as shown (HTML entities decoded).
    pub text: String,
    /// Rows of (label, callback data or URL).
    pub buttons: Vec<Vec<(String, String)>>,
    pub deleted: bool,
    pub edits: u32,
}

impl Msg {
    pub fn button_data(&self) -> Vec<String> {
        self.buttons
            .iter()
            .flatten()
            .map(|(_, d)| d.clone())
            .collect()
    }
}

/// A Bot API call the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub params: Value,
    /// Whether the fake answered it with success.
    pub ok: bool,
}

#[derive(Default)]
pub struct Inner {
    pub calls: Vec<Call>,
    /// Calls per method, kept as they come (the load test asks often).
    counts: HashMap<String, usize>,
    pub messages: BTreeMap<(i64, i32), Msg>,
    next_message: HashMap<i64, i32>,
    updates: VecDeque<Value>,
    next_update: i64,
    next_callback: u64,
    fail: HashMap<String, VecDeque<Fail>>,
    /// Set by `setWebhook`: where updates go, and the secret to send.
    pub webhook: Option<(String, String)>,
    pub answered_callbacks: Vec<String>,
    pub sent_callbacks: Vec<String>,
    /// Methods whose calls wait, not carried out, until `release_as_lost`.
    hold: HashSet<String>,
    /// How many calls wait now.
    pub held: usize,
    /// Bumped by `release_as_lost`: a call that waited across it is refused and not carried
    /// out, as when the bot's process dies before Telegram gets to its request.
    epoch: u64,
    /// Webhook requests go to these `host:port`s in turn, as through a load balancer.
    replicas: Vec<String>,
    next_replica: usize,
    /// Files the user sent (photos), by file id, for `getFile` and the download route.
    files: HashMap<String, Vec<u8>>,
}

impl Inner {
    pub fn count(&self, method: &str) -> usize {
        self.counts.get(method).copied().unwrap_or(0)
    }

    fn record(&mut self, call: Call) {
        *self.counts.entry(call.method.clone()).or_default() += 1;
        self.calls.push(call);
    }

    /// A chat's messages that were not deleted, oldest first.
    pub fn visible(&self, chat: i64) -> Vec<&Msg> {
        self.messages
            .range((chat, i32::MIN)..=(chat, i32::MAX))
            .map(|(_, m)| m)
            .filter(|m| !m.deleted)
            .collect()
    }

    /// The bot's newest visible message in a chat.
    pub fn last_bot(&self, chat: i64) -> Option<&Msg> {
        self.visible(chat).into_iter().rev().find(|m| m.from_bot)
    }

    /// All text the bot shows in a chat, for failure messages.
    pub fn transcript(&self, chat: i64) -> String {
        self.messages
            .range((chat, i32::MIN)..=(chat, i32::MAX))
            .map(|(_, m)| {
                format!(
                    "[{}{}{}] {}\n    buttons: {:?}\n",
                    m.id,
                    if m.from_bot { " bot" } else { " user" },
                    if m.deleted { " deleted" } else { "" },
                    m.text,
                    m.button_data()
                )
            })
            .collect()
    }

    fn new_message_id(&mut self, chat: i64) -> i32 {
        let next = self.next_message.entry(chat).or_insert(1);
        let id = *next;
        *next += 1;
        id
    }
}

#[derive(Default)]
struct Shared {
    inner: Mutex<Inner>,
    changed: tokio::sync::Notify,
}

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The running fake.
#[derive(Clone)]
pub struct FakeTelegram {
    /// Base URL for `set_api_url` / `OGOH_TELEGRAM_API_URL`.
    pub url: String,
    shared: Arc<Shared>,
    http: reqwest::Client,
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn user(lang: &str) -> Value {
    json!({"id": 777_000_111, "is_bot": false, "first_name": FIRST_NAME,
           "username": USERNAME, "language_code": lang})
}

fn private_chat(chat: i64) -> Value {
    json!({"id": chat, "type": "private", "first_name": FIRST_NAME, "username": USERNAME})
}

fn chat_json(chat: i64) -> Value {
    if chat < 0 {
        json!({"id": chat, "type": "group", "title": "Workers of Sector 5"})
    } else {
        private_chat(chat)
    }
}

fn bot_user() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": "ogoh", "username": BOT_USERNAME})
}

fn markup_json(buttons: &[Vec<(String, String)>], urls: bool) -> Value {
    let rows: Vec<Vec<Value>> = buttons
        .iter()
        .map(|row| {
            row.iter()
                .map(|(label, data)| {
                    if urls {
                        json!({"text": label, "url": data})
                    } else {
                        json!({"text": label, "callback_data": data})
                    }
                })
                .collect()
        })
        .collect();
    json!({ "inline_keyboard": rows })
}

fn message_json(chat: i64, m: &Msg) -> Value {
    let mut v = json!({
        "message_id": m.id,
        "date": now(),
        "chat": chat_json(chat),
        "from": if m.from_bot { bot_user() } else { user("en") },
        "text": m.text,
    });
    if !m.buttons.is_empty() {
        let urls = m
            .buttons
            .iter()
            .flatten()
            .any(|(_, d)| d.starts_with("https://"));
        v["reply_markup"] = markup_json(&m.buttons, urls);
    }
    if m.edits > 0 {
        v["edit_date"] = json!(now());
    }
    v
}

fn ok(result: Value) -> (StatusCode, Json<Value>) {
    (StatusCode::OK, Json(json!({"ok": true, "result": result})))
}

fn bad_request(description: &str) -> (StatusCode, Json<Value>) {
    (
        StatusCode::BAD_REQUEST,
        Json(json!({"ok": false, "error_code": 400, "description": description})),
    )
}

/// Telegram's HTML: only these tags; anything else starting with `<` is refused.
fn parse_html(html: &str) -> Result<String, String> {
    let allowed = [
        "b",
        "i",
        "u",
        "s",
        "code",
        "pre",
        "a",
        "tg-spoiler",
        "blockquote",
    ];
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find(['<', '&']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with('<') {
            let end = rest
                .find('>')
                .ok_or("Bad Request: can't parse entities: unclosed tag")?;
            let tag = rest[1..end].trim_start_matches('/');
            let name = tag.split_whitespace().next().unwrap_or("");
            if !allowed.contains(&name) {
                return Err(format!(
                    "Bad Request: can't parse entities: unsupported start tag \"{name}\""
                ));
            }
            rest = &rest[end + 1..];
        } else {
            let end = rest
                .find(';')
                .ok_or("Bad Request: can't parse entities: bad entity")?;
            let decoded = match &rest[..=end] {
                "&amp;" => "&",
                "&lt;" => "<",
                "&gt;" => ">",
                "&quot;" => "\"",
                _ => return Err("Bad Request: can't parse entities: unknown entity".into()),
            };
            out.push_str(decoded);
            rest = &rest[end + 1..];
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// The text a message would show, or Telegram's refusal.
fn shown_text(params: &Value) -> Result<String, String> {
    let raw = params["text"].as_str().unwrap_or_default();
    let text = if params["parse_mode"].as_str() == Some("HTML") {
        parse_html(raw)?
    } else {
        raw.to_string()
    };
    if text.trim().is_empty() {
        return Err("Bad Request: message text is empty".into());
    }
    if text.encode_utf16().count() > 4096 {
        return Err("Bad Request: message is too long".into());
    }
    Ok(text)
}

/// Buttons of a `reply_markup`, or Telegram's refusal.
fn buttons(params: &Value) -> Result<Vec<Vec<(String, String)>>, String> {
    let Some(rows) = params["reply_markup"]["inline_keyboard"].as_array() else {
        return Ok(Vec::new());
    };
    rows.iter()
        .map(|row| {
            row.as_array()
                .into_iter()
                .flatten()
                .map(|b| {
                    let label = b["text"].as_str().unwrap_or_default().to_string();
                    if label.is_empty() {
                        return Err(
                            "Bad Request: text buttons are unallowed in the inline keyboard"
                                .to_string(),
                        );
                    }
                    if let Some(data) = b["callback_data"].as_str() {
                        if data.is_empty() || data.len() > 64 {
                            return Err("Bad Request: BUTTON_DATA_INVALID".to_string());
                        }
                        Ok((label, data.to_string()))
                    } else if let Some(url) = b["url"].as_str() {
                        Ok((label, url.to_string()))
                    } else {
                        Err("Bad Request: can't parse inline keyboard button".to_string())
                    }
                })
                .collect()
        })
        .collect()
}

async fn api(
    State(shared): State<Arc<Shared>>,
    Path((_bot, method)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> (StatusCode, Json<Value>) {
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    // Telegram's method names are case-insensitive; teloxide sends `GetMe`, `SendMessage`.
    let mut chars = method.chars();
    let method: String = chars
        .next()
        .map(|c| c.to_ascii_lowercase())
        .into_iter()
        .chain(chars)
        .collect();
    let params: Value = if content_type.starts_with("multipart/form-data") {
        multipart(&content_type, &body)
    } else {
        serde_json::from_slice(&body).unwrap_or(json!({}))
    };
    if method == "getUpdates" {
        return get_updates(&shared, &params).await;
    }
    if let Some(lost) = wait_if_held(&shared, &method).await {
        return lost;
    }
    let reply = {
        let mut s = shared.lock();
        let reply = if let Some(fail) = s.fail.get_mut(&method).and_then(VecDeque::pop_front) {
            failure(fail)
        } else {
            answer(&mut s, &method, &params)
        };
        s.record(Call {
            method: method.clone(),
            params: params.clone(),
            ok: reply.0 == StatusCode::OK,
        });
        reply
    };
    shared.changed.notify_waiters();
    reply
}

/// A file download, as `https://api.telegram.org/file/bot<token>/<path>` serves it.
async fn download(
    State(shared): State<Arc<Shared>>,
    Path((_bot, path)): Path<(String, String)>,
) -> Result<Vec<u8>, StatusCode> {
    let id = path.trim_start_matches("photos/").trim_end_matches(".jpg");
    shared
        .lock()
        .files
        .get(id)
        .cloned()
        .ok_or(StatusCode::NOT_FOUND)
}

/// Waits while `method` is held. Afterwards, a call that waited across `release_as_lost` gets
/// this refusal and is not carried out.
async fn wait_if_held(shared: &Shared, method: &str) -> Option<(StatusCode, Json<Value>)> {
    let epoch = {
        let mut s = shared.lock();
        if !s.hold.contains(method) {
            return None;
        }
        s.held += 1;
        s.epoch
    };
    shared.changed.notify_waiters();
    loop {
        let notified = shared.changed.notified();
        if !shared.lock().hold.contains(method) {
            break;
        }
        let _ = tokio::time::timeout(Duration::from_millis(50), notified).await;
    }
    let mut s = shared.lock();
    s.held -= 1;
    (s.epoch != epoch).then(|| {
        (
            StatusCode::BAD_GATEWAY,
            Json(json!({"ok": false, "error_code": 502, "description": "Bad Gateway"})),
        )
    })
}

fn failure(fail: Fail) -> (StatusCode, Json<Value>) {
    match fail {
        Fail::TooManyRequests(secs) => (
            StatusCode::TOO_MANY_REQUESTS,
            Json(json!({"ok": false, "error_code": 429,
                "description": format!("Too Many Requests: retry after {secs}"),
                "parameters": {"retry_after": secs}})),
        ),
        Fail::ServerError => (
            StatusCode::INTERNAL_SERVER_ERROR,
            Json(json!({"ok": false, "error_code": 500, "description": "Internal Server Error"})),
        ),
        Fail::Unauthorized => (
            StatusCode::UNAUTHORIZED,
            Json(json!({"ok": false, "error_code": 401, "description": "Unauthorized"})),
        ),
    }
}

fn answer(s: &mut Inner, method: &str, p: &Value) -> (StatusCode, Json<Value>) {
    let chat = p["chat_id"].as_i64().unwrap_or_default();
    match method {
        "getMe" => ok(json!({"id": BOT_ID, "is_bot": true, "first_name": "ogoh",
            "username": BOT_USERNAME, "can_join_groups": true,
            "can_read_all_group_messages": false, "supports_inline_queries": false,
            "can_connect_to_business": false, "has_main_web_app": false})),
        "setMyCommands" | "deleteWebhook" => ok(json!(true)),
        "setWebhook" => {
            s.webhook = Some((
                p["url"].as_str().unwrap_or_default().to_string(),
                p["secret_token"].as_str().unwrap_or_default().to_string(),
            ));
            ok(json!(true))
        }
        "getWebhookInfo" => ok(json!({"url": "", "has_custom_certificate": false,
            "pending_update_count": 0})),
        "getFile" => {
            let id = p["file_id"].as_str().unwrap_or_default();
            match s.files.get(id) {
                Some(bytes) => ok(json!({"file_id": id, "file_unique_id": format!("u-{id}"),
                    "file_size": bytes.len(), "file_path": format!("photos/{id}.jpg")})),
                None => bad_request("Bad Request: invalid file_id"),
            }
        }
        "answerCallbackQuery" => {
            s.answered_callbacks.push(
                p["callback_query_id"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            );
            ok(json!(true))
        }
        "sendMessage" => {
            let text = match shown_text(p) {
                Ok(t) => t,
                Err(e) => return bad_request(&e),
            };
            let buttons = match buttons(p) {
                Ok(b) => b,
                Err(e) => return bad_request(&e),
            };
            let id = s.new_message_id(chat);
            let m = Msg {
                id,
                from_bot: true,
                text,
                buttons,
                deleted: false,
                edits: 0,
            };
            let json = message_json(chat, &m);
            s.messages.insert((chat, id), m);
            ok(json)
        }
        "editMessageText" | "editMessageReplyMarkup" => {
            let id = p["message_id"].as_i64().unwrap_or_default() as i32;
            let new_text = if method == "editMessageText" {
                match shown_text(p) {
                    Ok(t) => Some(t),
                    Err(e) => return bad_request(&e),
                }
            } else {
                None
            };
            let new_buttons = match buttons(p) {
                Ok(b) => b,
                Err(e) => return bad_request(&e),
            };
            let Some(m) = s
                .messages
                .get_mut(&(chat, id))
                .filter(|m| !m.deleted && m.from_bot)
            else {
                return bad_request("Bad Request: message to edit not found");
            };
            let text = new_text.unwrap_or_else(|| m.text.clone());
            if text == m.text && new_buttons == m.buttons {
                return bad_request(
                    "Bad Request: message is not modified: specified new message content and \
                     reply markup are exactly the same as a current content and reply markup \
                     of the message",
                );
            }
            m.text = text;
            m.buttons = new_buttons;
            m.edits += 1;
            let m = m.clone();
            ok(message_json(chat, &m))
        }
        "deleteMessage" | "deleteMessages" => {
            let ids: Vec<i64> = match p["message_ids"].as_array() {
                Some(ids) => ids.iter().filter_map(Value::as_i64).collect(),
                None => p["message_id"].as_i64().into_iter().collect(),
            };
            if ids.is_empty() || ids.len() > 100 {
                return bad_request("Bad Request: message identifiers are not specified");
            }
            for id in ids {
                if let Some(m) = s.messages.get_mut(&(chat, id as i32)) {
                    m.deleted = true;
                }
            }
            ok(json!(true))
        }
        _ => bad_request(&format!("Bad Request: fake has no method {method}")),
    }
}

/// The fields of a multipart form (teloxide sends `setWebhook` so, for its certificate), as
/// JSON: a field that holds JSON is parsed, anything else is a string.
fn multipart(content_type: &str, body: &[u8]) -> Value {
    let Some(boundary) = content_type.split("boundary=").nth(1) else {
        return json!({});
    };
    let body = String::from_utf8_lossy(body);
    let mut fields = serde_json::Map::new();
    for part in body.split(&format!("--{boundary}")) {
        let Some((head, value)) = part.split_once("\r\n\r\n") else {
            continue;
        };
        let Some(name) = head
            .split("name=\"")
            .nth(1)
            .and_then(|n| n.split('"').next())
        else {
            continue;
        };
        let value = value.trim_end_matches("\r\n");
        let parsed = serde_json::from_str(value)
            .ok()
            .filter(|v: &Value| v.is_array() || v.is_object())
            .unwrap_or_else(|| Value::String(value.to_string()));
        fields.insert(name.to_string(), parsed);
    }
    Value::Object(fields)
}

async fn get_updates(shared: &Shared, p: &Value) -> (StatusCode, Json<Value>) {
    let offset = p["offset"].as_i64().unwrap_or(0);
    let timeout = p["timeout"].as_u64().unwrap_or(0).min(2);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(timeout);
    shared.lock().record(Call {
        method: "getUpdates".into(),
        params: p.clone(),
        ok: true,
    });
    shared.changed.notify_waiters();
    loop {
        let notified = shared.changed.notified();
        {
            let mut s = shared.lock();
            while s
                .updates
                .front()
                .is_some_and(|u| u["update_id"].as_i64() < Some(offset))
            {
                s.updates.pop_front();
            }
            if !s.updates.is_empty() || tokio::time::Instant::now() >= deadline {
                return ok(Value::Array(s.updates.iter().cloned().collect()));
            }
        }
        let _ = tokio::time::timeout_at(deadline, notified).await;
    }
}

impl FakeTelegram {
    pub async fn start() -> FakeTelegram {
        let shared = Arc::new(Shared::default());
        let app = axum::Router::new()
            .route("/{bot}/{method}", axum::routing::post(api))
            // teloxide sends the file's path as one segment (`photos%2Fphoto1.jpg`).
            .route("/file/{bot}/{path}", axum::routing::get(download))
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind fake Telegram");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeTelegram {
            url,
            shared,
            http: reqwest::Client::new(),
        }
    }

    /// Reads the fake's state.
    pub fn with<T>(&self, f: impl FnOnce(&Inner) -> T) -> T {
        f(&self.shared.lock())
    }

    /// Fails the next calls of `method`, in order.
    pub fn fail_next(&self, method: &str, fails: &[Fail]) {
        self.shared
            .lock()
            .fail
            .entry(method.to_string())
            .or_default()
            .extend(fails.iter().copied());
    }

    /// Waits until `cond` holds; panics after `secs` with `what` and the chat's transcript.
    pub async fn wait(&self, secs: u64, chat: i64, what: &str, cond: impl Fn(&Inner) -> bool) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(secs);
        loop {
            let notified = self.shared.changed.notified();
            if cond(&self.shared.lock()) {
                return;
            }
            // Woken by every call; also re-checked now and then, in case a change notified
            // no one.
            let _ = tokio::time::timeout(Duration::from_millis(100), notified).await;
            if tokio::time::Instant::now() >= deadline && !cond(&self.shared.lock()) {
                let transcript = self.with(|s| s.transcript(chat));
                let calls: Vec<String> =
                    self.with(|s| s.calls.iter().map(|c| c.method.clone()).collect());
                panic!("timed out waiting for: {what}\n{transcript}\ncalls: {calls:?}");
            }
        }
    }

    /// Hands an update to the bot: to the webhook if one is set, else to `getUpdates`.
    /// Returns the webhook's HTTP status (200 when queued for polling).
    pub async fn deliver(&self, update: Value) -> u16 {
        let update = self.stamp(update);
        let webhook = {
            let mut s = self.shared.lock();
            if s.webhook.is_none() {
                s.updates.push_back(update.clone());
            }
            s.webhook.is_some()
        };
        self.shared.changed.notify_waiters();
        if webhook {
            self.post(&update).await
        } else {
            200
        }
    }

    /// Gives an update its id, as Telegram does once.
    pub fn stamp(&self, mut update: Value) -> Value {
        let mut s = self.shared.lock();
        s.next_update += 1;
        update["update_id"] = json!(s.next_update);
        update
    }

    /// Posts a stamped update to the webhook (through the balancer, if set): its HTTP
    /// status, or 0 if the request failed.
    pub async fn post(&self, update: &Value) -> u16 {
        let target = {
            let mut s = self.shared.lock();
            let Some((url, secret)) = s.webhook.clone() else {
                return 0;
            };
            let url = match s.replicas.len() {
                0 => url,
                n => {
                    let mut url = url::Url::parse(&url).expect("webhook url");
                    let replica = s.replicas[s.next_replica % n].clone();
                    s.next_replica += 1;
                    let (host, port) = replica.rsplit_once(':').expect("host:port");
                    url.set_host(Some(host)).expect("host");
                    url.set_port(port.parse().ok()).expect("port");
                    url.to_string()
                }
            };
            (url, secret)
        };
        self.http
            .post(target.0)
            .header("content-type", "application/json")
            .header("x-telegram-bot-api-secret-token", target.1)
            .body(update.to_string())
            .send()
            .await
            .map_or(0, |r| r.status().as_u16())
    }

    /// Posts an update until the webhook answers 200, as Telegram keeps trying; panics after
    /// `secs`.
    pub async fn post_until_ok(&self, update: &Value, secs: u64) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(secs);
        loop {
            let status = self.post(update).await;
            if status == 200 {
                return;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "update {} never answered 200 (last {status})",
                update["update_id"]
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// Holds calls of these methods: they wait, not carried out.
    pub fn hold(&self, methods: &[&str]) {
        self.shared
            .lock()
            .hold
            .extend(methods.iter().map(|m| m.to_string()));
    }

    /// Ends the hold; the calls that waited are refused and not carried out (the bot's process
    /// died before Telegram got to them).
    pub fn release_as_lost(&self) {
        {
            let mut s = self.shared.lock();
            s.epoch += 1;
            s.hold.clear();
        }
        self.shared.changed.notify_waiters();
    }

    /// Sends webhook requests to these `host:port`s in turn.
    pub fn balance(&self, replicas: Vec<String>) {
        self.shared.lock().replicas = replicas;
    }

    /// A text message from the user, as an update (not yet stamped or sent).
    pub fn text_update(&self, chat: i64, lang: &str, text: &str) -> Value {
        let mut extra = json!({"text": text});
        if text.starts_with('/') {
            let len = text
                .split_whitespace()
                .next()
                .unwrap_or("")
                .encode_utf16()
                .count();
            extra["entities"] = json!([{"type": "bot_command", "offset": 0, "length": len}]);
        }
        let (_, m) = self.user_message(chat, lang, extra);
        json!({"message": m})
    }

    /// A press of the button with `data` on the bot's newest message that has it, as an
    /// update (not yet stamped or sent).
    pub fn press_update(&self, chat: i64, lang: &str, data: &str) -> Value {
        let mut s = self.shared.lock();
        let message = s
            .visible(chat)
            .into_iter()
            .rev()
            .find(|m| m.button_data().iter().any(|d| d == data))
            .map(|m| message_json(chat, m))
            .unwrap_or_else(|| panic!("no button {data}\n{}", s.transcript(chat)));
        s.next_callback += 1;
        let callback = format!("cb{}", s.next_callback);
        s.sent_callbacks.push(callback.clone());
        json!({"callback_query": {"id": callback, "from": user(lang),
            "message": message, "chat_instance": "42", "data": data}})
    }

    fn user_message(&self, chat: i64, lang: &str, extra: Value) -> (i32, Value) {
        let mut s = self.shared.lock();
        let id = s.new_message_id(chat);
        let text = extra["text"].as_str().unwrap_or("").to_string();
        s.messages.insert(
            (chat, id),
            Msg {
                id,
                from_bot: false,
                text,
                buttons: Vec::new(),
                deleted: false,
                edits: 0,
            },
        );
        let mut m = json!({"message_id": id, "date": now(), "chat": chat_json(chat),
                           "from": user(lang)});
        if let (Some(m), Some(extra)) = (m.as_object_mut(), extra.as_object()) {
            m.extend(extra.clone());
        }
        (id, m)
    }

    /// The user sends a text (a `/command` gets its entity, as Telegram adds one).
    pub async fn send_text(&self, chat: i64, lang: &str, text: &str) -> i32 {
        let update = self.text_update(chat, lang, text);
        let id = update["message"]["message_id"].as_i64().unwrap_or_default() as i32;
        self.deliver(update).await;
        id
    }

    /// The user forwards a message from someone else (a recruiter's ad).
    pub async fn forward_text(&self, chat: i64, lang: &str, text: &str) -> i32 {
        let origin =
            json!({"type": "hidden_user", "sender_user_name": "Recruiter", "date": now() - 3600});
        let (id, m) =
            self.user_message(chat, lang, json!({"text": text, "forward_origin": origin}));
        self.deliver(json!({"message": m})).await;
        id
    }

    /// The user sends a photo without a caption.
    pub async fn send_photo(&self, chat: i64, lang: &str) -> i32 {
        let photo = json!([{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}]);
        let (id, m) = self.user_message(chat, lang, json!({"photo": photo}));
        self.deliver(json!({"message": m})).await;
        id
    }

    /// The user sends a photo of `image` (as Telegram does: a small preview and the full size,
    /// of which only the full size can be fetched here), with an optional caption.
    pub async fn send_picture(
        &self,
        chat: i64,
        lang: &str,
        image: Vec<u8>,
        caption: Option<&str>,
    ) -> i32 {
        let id = {
            let mut s = self.shared.lock();
            let id = format!("photo{}", s.files.len() + 1);
            let size = image.len();
            s.files.insert(id.clone(), image);
            (id, size)
        };
        let photo = json!([
            {"file_id": "preview", "file_unique_id": "preview-u", "width": 90, "height": 68,
             "file_size": 1200},
            {"file_id": id.0, "file_unique_id": format!("u-{}", id.0), "width": 1280,
             "height": 960, "file_size": id.1}
        ]);
        let mut extra = json!({"photo": photo});
        if let Some(c) = caption {
            extra["caption"] = json!(c);
        }
        let (id, m) = self.user_message(chat, lang, extra);
        self.deliver(json!({"message": m})).await;
        id
    }

    /// The user sends a sticker.
    pub async fn send_sticker(&self, chat: i64, lang: &str) -> i32 {
        let sticker = json!({"file_id": "s1", "file_unique_id": "su1", "type": "regular",
            "width": 512, "height": 512, "is_animated": false, "is_video": false});
        let (id, m) = self.user_message(chat, lang, json!({"sticker": sticker}));
        self.deliver(json!({"message": m})).await;
        id
    }

    /// The user sends a voice message.
    pub async fn send_voice(&self, chat: i64, lang: &str) -> i32 {
        let voice = json!({"file_id": "v1", "file_unique_id": "vu1", "duration": 3,
            "mime_type": "audio/ogg", "file_size": 4242});
        let (id, m) = self.user_message(chat, lang, json!({"voice": voice}));
        self.deliver(json!({"message": m})).await;
        id
    }

    /// The user edits one of their messages.
    pub async fn edit_text(&self, chat: i64, lang: &str, id: i32, text: &str) {
        let m = json!({"message_id": id, "date": now() - 5, "edit_date": now(),
            "chat": chat_json(chat), "from": user(lang), "text": text});
        self.deliver(json!({"edited_message": m})).await;
    }

    /// The user presses a button with `data` on message `id`. Returns the callback's id.
    pub async fn press(&self, chat: i64, lang: &str, id: i32, data: &str) -> String {
        let (callback, message) = {
            let mut s = self.shared.lock();
            s.next_callback += 1;
            let callback = format!("cb{}", s.next_callback);
            s.sent_callbacks.push(callback.clone());
            let message = s.messages.get(&(chat, id)).map(|m| message_json(chat, m));
            (callback, message)
        };
        let message = message.unwrap_or_else(
            || json!({"message_id": id, "date": now(), "chat": chat_json(chat), "text": "?"}),
        );
        self.deliver(
            json!({"callback_query": {"id": callback, "from": user(lang),
            "message": message, "chat_instance": "42", "data": data}}),
        )
        .await;
        callback
    }

    /// Presses the button with `data` on the bot's newest message that has it; waits for the
    /// bot to answer that press. Panics if no message has that button.
    pub async fn press_button(&self, chat: i64, lang: &str, data: &str) {
        let id = self.with(|s| {
            s.visible(chat)
                .into_iter()
                .rev()
                .find(|m| m.button_data().iter().any(|d| d == data))
                .map(|m| m.id)
        });
        let Some(id) = id else {
            panic!("no button {data}\n{}", self.with(|s| s.transcript(chat)));
        };
        let since = self.mark();
        let callback = self.press(chat, lang, id, data).await;
        self.wait(20, chat, &format!("answer to {data}"), |s| {
            s.answered_callbacks.contains(&callback)
        })
        .await;
        self.wait_reply(chat, since).await;
    }

    /// A point in the call log, to wait for what comes after it.
    pub fn mark(&self) -> usize {
        self.with(|s| s.calls.len())
    }

    /// Waits until the bot has sent or edited a message in `chat` since `mark`, and then
    /// until it has been quiet for a moment (a turn may send several messages).
    pub async fn wait_reply(&self, chat: i64, mark: usize) {
        let replied = |s: &Inner| {
            s.calls[mark.min(s.calls.len())..].iter().any(|c| {
                c.ok && matches!(c.method.as_str(), "sendMessage" | "editMessageText")
                    && c.params["chat_id"].as_i64() == Some(chat)
            })
        };
        self.wait(20, chat, "a reply", replied).await;
        self.settle().await;
    }

    /// Waits until no call has come for 150 ms.
    pub async fn settle(&self) {
        loop {
            let before = self.mark();
            tokio::time::sleep(Duration::from_millis(150)).await;
            if self.mark() == before {
                return;
            }
        }
    }

    /// The user sends a text and waits for the bot's reply.
    pub async fn say(&self, chat: i64, lang: &str, text: &str) -> i32 {
        let since = self.mark();
        let id = self.send_text(chat, lang, text).await;
        self.wait_reply(chat, since).await;
        id
    }
}
