//! Telegram webhook throughput: updates handled per second by real `ogoh serve` processes
//! (release build) in webhook mode. A load generator posts whole conversations to the webhook
//! route, as Telegram would (with the secret; a chat's updates one after another, each once
//! the previous was answered), and the replies go to the fake Bot API of
//! `tests/common/telegram.rs`. ogoh answers an update only once it is handled, so the clock
//! stops when every conversation shows its result. Budget: >= 2,000/s on SQLite.
//!
//! Run with `cargo bench --bench webhook`. BENCH_CHATS, default 1000 conversations of 7
//! updates each; BENCH_ROUNDS, default 3; BENCH_SENDERS, default 32 connections;
//! BENCH_DATABASE=postgres for a fresh schema on the local PostgreSQL (or
//! OGOH_TEST_DATABASE_URL) instead of SQLite; BENCH_REPLICAS, default 1, processes on that
//! database, sent updates in turn as by a load balancer; BENCH_PHOTOS, default 0, senders that
//! meanwhile post photos of a leaflet without pause (each read with Tesseract), to see what
//! photos cost the text updates.

#[allow(dead_code)]
#[path = "../tests/common/telegram.rs"]
mod fake;

#[allow(dead_code)]
#[path = "../tests/common/images.rs"]
mod images;

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

/// What the answer to a photo that was read says first (locales/en/dialogue.ftl).
const PHOTO_READ: &str = "We read the text in your picture";

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
    let replicas = env_number("BENCH_REPLICAS", 1).max(1);
    let postgres = std::env::var("BENCH_DATABASE").is_ok_and(|v| v == "postgres");
    let fake = fake::FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let (database_url, schema) = if postgres {
        let (url, schema) = pg_schema().await;
        (url, Some(schema))
    } else {
        (format!("sqlite://{}/ogoh.db", dir.path().display()), None)
    };
    let mut servers = Vec::new();
    let mut urls = Vec::new();
    for i in 0..replicas {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("port")
            .port();
        let url = format!("http://127.0.0.1:{port}/telegram/hook");
        servers.push(Server(
            Command::new(env!("CARGO_BIN_EXE_ogoh"))
                .arg("serve")
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .env("DATABASE_URL", &database_url)
                .env("OGOH_DATA_DIR", dir.path())
                .env("OGOH_SECRET", "bench-secret-shared-by-every-replica")
                .env("OGOH_BIND", format!("127.0.0.1:{port}"))
                .env("TELEGRAM_BOT_TOKEN", "1:BENCH")
                .env("OGOH_TELEGRAM_API_URL", &fake.url)
                .env("OGOH_TELEGRAM_WEBHOOK_URL", &url)
                .env("RUST_LOG", "error")
                .stdout(Stdio::null())
                .spawn()
                .expect("spawn ogoh serve (release)"),
        ));
        fake.wait(60, 0, "setWebhook", |s| s.count("setWebhook") == i + 1)
            .await;
        urls.push(url);
    }
    let secret = fake.with(|s| s.webhook.clone()).expect("webhook").1;
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(senders)
        .build()
        .expect("client");

    // Photos posted without pause while the rounds run, each from a new chat.
    let photo_senders = env_number("BENCH_PHOTOS", 0);
    let stop_photos = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let photos_done = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let leaflet = images::photo_of(images::LEAFLETS[0].1);
    let mut photo_tasks = tokio::task::JoinSet::new();
    for sender in 0..photo_senders {
        let (fake, stop, done, leaflet) = (
            fake.clone(),
            stop_photos.clone(),
            photos_done.clone(),
            leaflet.clone(),
        );
        photo_tasks.spawn(async move {
            let mut chat = 9_000_000 + sender as i64 * 100_000;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                fake.send_picture(chat, "en", leaflet.clone(), None).await;
                done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                chat += 1;
            }
        });
    }
    let photos_started = Instant::now();

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
        for (sender, group) in per_sender.into_iter().enumerate() {
            let (http, urls, secret) = (http.clone(), urls.clone(), secret.clone());
            tasks.spawn(async move {
                // Round robin over the replicas, as a load balancer would.
                let mut next = sender;
                for chat in group {
                    for update in updates_for(chat, chat * 10) {
                        next += 1;
                        let status = http
                            .post(&urls[next % urls.len()])
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
                        // Only the result has "Why?" buttons.
                        .is_some_and(|m| m.button_data().iter().any(|d| d.starts_with("w:")))
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
    stop_photos.store(true, std::sync::atomic::Ordering::Relaxed);
    while photo_tasks.join_next().await.is_some() {}
    if photo_senders > 0 {
        let photos = photos_done.load(std::sync::atomic::Ordering::Relaxed);
        // What each photo's chat was told: read and checked, or a refusal (busy, timeout).
        let read = fake.with(|s| {
            s.messages
                .iter()
                .filter(|((chat, _), m)| *chat >= 9_000_000 && m.text.contains(PHOTO_READ))
                .count()
        });
        println!(
            "meanwhile {photos} photos posted by {photo_senders} senders in {:.1} s: {read} read and checked, {} refused (busy or too slow)",
            photos_started.elapsed().as_secs_f64(),
            photos - read
        );
    }
    rates.sort_by(f64::total_cmp);
    println!(
        "webhook updates/s ({}, {replicas} process(es), {senders} senders): median {:.0}, min {:.0}, max {:.0}",
        if postgres { "PostgreSQL" } else { "SQLite" },
        rates[rates.len() / 2],
        rates[0],
        rates[rates.len() - 1]
    );
    drop(servers);
    if let Some(schema) = schema {
        let pool = sqlx::PgPool::connect(&pg_base_url())
            .await
            .expect("connect");
        sqlx::query(sqlx::AssertSqlSafe(format!("DROP SCHEMA {schema} CASCADE")))
            .execute(&pool)
            .await
            .expect("drop schema");
    }
}

fn pg_base_url() -> String {
    std::env::var("OGOH_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_string())
}

/// A fresh schema on the PostgreSQL server, and the URL that uses it.
async fn pg_schema() -> (String, String) {
    let base = pg_base_url();
    let schema = format!("ogoh_bench_{:016x}", rand::random::<u64>());
    let pool = sqlx::PgPool::connect(&base)
        .await
        .unwrap_or_else(|e| panic!("PostgreSQL at {base}: {e}"));
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
        .execute(&pool)
        .await
        .expect("create schema");
    let sep = if base.contains('?') { '&' } else { '?' };
    (
        format!("{base}{sep}options=-c%20search_path%3D{schema}"),
        schema,
    )
}
