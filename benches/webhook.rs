//! Telegram webhook throughput: updates handled per second by a real `ogoh serve` (release
//! build, SQLite) in webhook mode. A load generator posts whole conversations to the webhook
//! route, as Telegram would (with the secret), and the replies go to the fake Bot API of
//! `tests/common/telegram.rs`. An update counts as handled when its reply has reached the
//! fake: the clock stops when every conversation shows its result. Budget: >= 2,000/s.
//!
//! Run with `cargo bench --bench webhook` (BENCH_CHATS, default 1000 conversations of 7
//! updates each; BENCH_ROUNDS, default 3; BENCH_SENDERS, default 32 connections).

#[allow(dead_code)]
#[path = "../tests/common/telegram.rs"]
mod fake;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// A conversation: /start, then the six answers, each pressed on the question (message 3:
/// the user's /start is 1, the welcome 2), which the bot edits in place up to the result.
const PRESSES: [&str; 6] = [
    "c:UZ",
    "r:naturalized",
    "s:offered_contract",
    "s:done",
    "a:27",
    "o:skip",
];

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn user() -> Value {
    json!({"id": 5, "is_bot": false, "first_name": "B", "language_code": "en"})
}

fn updates_for(chat: i64, first_update: i64) -> Vec<Value> {
    let chat_json = json!({"id": chat, "type": "private", "first_name": "B"});
    let mut updates = vec![json!({"update_id": first_update, "message": {
        "message_id": 1, "date": 1_795_000_000, "chat": chat_json, "from": user(),
        "text": "/start en",
        "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}})];
    for (i, data) in PRESSES.iter().enumerate() {
        updates.push(
            json!({"update_id": first_update + 1 + i as i64, "callback_query": {
            "id": format!("{chat}-{i}"), "from": user(), "chat_instance": "1", "data": data,
            "message": {"message_id": 3, "date": 1_795_000_000, "chat": chat_json,
                        "text": "?"}}}),
        );
    }
    updates
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::main]
async fn main() {
    // `cargo bench` passes `--bench`; nothing else to parse.
    let chats = env_number("BENCH_CHATS", 1000);
    let rounds = env_number("BENCH_ROUNDS", 3);
    let senders = env_number("BENCH_SENDERS", 32);
    let fake = fake::FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let _server = Server(
        Command::new(env!("CARGO_BIN_EXE_ogoh"))
            .arg("serve")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env(
                "DATABASE_URL",
                format!("sqlite://{}/ogoh.db", dir.path().display()),
            )
            .env("OGOH_DATA_DIR", dir.path())
            .env("OGOH_BIND", format!("127.0.0.1:{port}"))
            .env("TELEGRAM_BOT_TOKEN", "1:BENCH")
            .env("OGOH_TELEGRAM_API_URL", &fake.url)
            .env(
                "OGOH_TELEGRAM_WEBHOOK_URL",
                format!("http://127.0.0.1:{port}/telegram/hook"),
            )
            .env("RUST_LOG", "error")
            .stdout(Stdio::null())
            .spawn()
            .expect("spawn ogoh serve (release)"),
    );
    fake.wait(60, 0, "setWebhook", |s| s.webhook.is_some())
        .await;
    let (url, secret) = fake.with(|s| s.webhook.clone()).expect("webhook");
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(senders)
        .build()
        .expect("client");

    let mut rates = Vec::new();
    for round in 0..rounds {
        let first_chat = 1_000_000 + (round * chats) as i64;
        let all: Vec<i64> = (first_chat..first_chat + chats as i64).collect();
        let per_sender: Vec<Vec<i64>> = all
            .chunks(chats.div_ceil(senders))
            .map(<[i64]>::to_vec)
            .collect();
        let answered_before = fake.with(|s| s.count("answerCallbackQuery"));
        let start = Instant::now();
        let mut tasks = tokio::task::JoinSet::new();
        for group in per_sender {
            let (http, url, secret) = (http.clone(), url.clone(), secret.clone());
            tasks.spawn(async move {
                for chat in group {
                    for update in updates_for(chat, chat * 10) {
                        let status = http
                            .post(&url)
                            .header("content-type", "application/json")
                            .header("x-telegram-bot-api-secret-token", &secret)
                            .body(update.to_string())
                            .send()
                            .await
                            .map(|r| r.status().as_u16());
                        assert_eq!(status.ok(), Some(200), "webhook refused an update");
                    }
                }
            });
        }
        while let Some(done) = tasks.join_next().await {
            done.expect("sender");
        }
        let posted = start.elapsed();
        // Handled: every press answered, and every conversation at its result.
        let expected = answered_before + chats * PRESSES.len();
        let done = |s: &fake::Inner| -> bool {
            s.count("answerCallbackQuery") >= expected
                && all.iter().all(|c| {
                    s.messages
                        .get(&(*c, 3))
                        .is_some_and(|m| m.text.starts_with("Here is what we found"))
                })
        };
        // Checked every 10 ms rather than on every call, so the check costs the fake little.
        let deadline = Instant::now() + Duration::from_secs(600);
        while !fake.with(done) {
            assert!(Instant::now() < deadline, "not all conversations finished");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let elapsed = start.elapsed();
        let updates = chats * (1 + PRESSES.len());
        let rate = updates as f64 / elapsed.as_secs_f64();
        println!(
            "round {}: {updates} updates from {chats} chats in {:.2} s (all posted after {:.2} s): {rate:.0} updates/s",
            round + 1,
            elapsed.as_secs_f64(),
            posted.as_secs_f64()
        );
        rates.push(rate);
    }
    rates.sort_by(f64::total_cmp);
    println!(
        "webhook updates/s (SQLite, {senders} senders): median {:.0}, min {:.0}, max {:.0}",
        rates[rates.len() / 2],
        rates[0],
        rates[rates.len() - 1]
    );
}
