//! The Telegram webhook as deployed: the real `ogoh serve` process, and the fake Bot API of
//! `tests/common/telegram.rs` playing Telegram, which sends an update again until it is
//! answered 200. A `kill -9` with updates in flight; two processes on one PostgreSQL; long
//! polling in two processes.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::telegram::FakeTelegram;
use common::{Backend, TestDb};
use serde_json::Value;

/// The shared secret every process of one deployment has.
const SECRET: &str = "webhook-test-secret-shared-by-replicas";

fn t(lang: &str, id: &str) -> String {
    common::shipped().1.label(lang, id)
}

/// A running `ogoh serve`, killed when dropped.
struct Serve {
    child: Child,
    port: u16,
    logs: Arc<Mutex<Vec<String>>>,
}

impl Serve {
    /// Starts `ogoh serve` with the bot (webhook mode unless `polling`) and waits for its
    /// start-up line.
    fn start(db: &TestDb, data_dir: &Path, fake: &FakeTelegram, polling: bool) -> Serve {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("port")
            .port();
        let mut command = Command::new(env!("CARGO_BIN_EXE_ogoh"));
        command
            .arg("serve")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("DATABASE_URL", &db.url)
            .env("OGOH_DATA_DIR", data_dir)
            .env("OGOH_SECRET", SECRET)
            .env("OGOH_BIND", format!("127.0.0.1:{port}"))
            .env("TELEGRAM_BOT_TOKEN", "123456:TEST-TOKEN")
            .env("OGOH_TELEGRAM_API_URL", &fake.url)
            .env("RUST_LOG", "info")
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        if !polling {
            command.env(
                "OGOH_TELEGRAM_WEBHOOK_URL",
                format!("http://127.0.0.1:{port}/telegram/hook"),
            );
        }
        let mut child = command.spawn().expect("spawn ogoh serve");
        let stderr = child.stderr.take().expect("stderr");
        let logs = Arc::new(Mutex::new(Vec::new()));
        let sink = logs.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                sink.lock().unwrap_or_else(|e| e.into_inner()).push(line);
            }
        });
        let serve = Serve { child, port, logs };
        serve.wait_log(&format!("http://127.0.0.1:{port}/"));
        serve
    }

    /// Waits up to 30 s for a log line containing `text`.
    fn wait_log(&self, text: &str) {
        for _ in 0..300 {
            if self.logged(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("no log line with {text:?}: {:?}", self.logs.lock());
    }

    fn logged(&self, text: &str) -> bool {
        self.logs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .any(|l| l.contains(text))
    }

    fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    fn kill_9(&mut self) {
        self.child.kill().expect("SIGKILL");
        self.child.wait().expect("wait");
    }

    /// SIGTERM, and waits until it has exited.
    fn stop(&mut self) {
        let pid = self.child.id().to_string();
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill -TERM");
        self.child.wait().expect("wait");
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Calls the bot made for `chat` with `method`.
fn calls(fake: &FakeTelegram, method: &str, chat: i64) -> usize {
    fake.with(|s| {
        s.calls
            .iter()
            .filter(|c| c.method == method && c.params["chat_id"].as_i64() == Some(chat))
            .count()
    })
}

fn last_bot_text(fake: &FakeTelegram, chat: i64) -> String {
    fake.with(|s| s.last_bot(chat).map(|m| m.text.clone()))
        .unwrap_or_else(|| panic!("no bot message in chat {chat}"))
}

/// Sends an update until it is answered, then waits for the bot to fall quiet.
async fn converse(fake: &FakeTelegram, update: Value) {
    let update = fake.stamp(update);
    fake.post_until_ok(&update, 30).await;
    fake.settle().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_with_updates_in_flight_then_each_is_answered_once() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::new(Backend::Sqlite).await;
    let mut first = Serve::start(&db, db.dir.path(), &fake, false);
    fake.wait(30, 0, "setWebhook", |s| s.webhook.is_some())
        .await;
    let set = fake
        .with(|s| {
            s.calls
                .iter()
                .find(|c| c.method == "setWebhook")
                .map(|c| c.params.clone())
        })
        .expect("setWebhook");
    // setWebhook goes as a multipart form: every value is a string.
    assert_eq!(set["max_connections"], "40", "{set}");

    // A chat that never sees a crash, for what each step should show.
    let reference = 1000;
    converse(&fake, fake.text_update(reference, "en", "/start en")).await;
    let welcome = last_bot_text(&fake, reference);
    // An introduction, then the first question.
    let start_sends = calls(&fake, "sendMessage", reference);
    assert!(
        welcome.contains(&t("en", "dialogue-ask-country")),
        "{welcome}"
    );
    converse(&fake, fake.press_update(reference, "en", "c:UZ")).await;
    let after_press = last_bot_text(&fake, reference);
    assert!(
        after_press.contains(&t("en", "dialogue-ask-russian-citizenship")),
        "{after_press}"
    );

    // Answered before the crash (Telegram will send these again anyway, as after a timeout).
    let started: Vec<i64> = (1..=12).collect();
    let mut answered = Vec::new();
    for &chat in &started {
        let update = fake.stamp(fake.text_update(chat, "en", "/start en"));
        fake.post_until_ok(&update, 30).await;
        answered.push(update);
    }
    fake.settle().await;

    // In flight at the crash: a press in each started chat and a first message in new chats.
    // Each is handled up to the answer to the person, which Telegram holds unanswered.
    let new_chats: Vec<i64> = (101..=106).collect();
    fake.hold(&["sendMessage", "editMessageText"]);
    let mut in_flight = Vec::new();
    for &chat in &started {
        in_flight.push(fake.stamp(fake.press_update(chat, "en", "c:UZ")));
    }
    for &chat in &new_chats {
        in_flight.push(fake.stamp(fake.text_update(chat, "en", "/start en")));
    }
    let posts: Vec<_> = in_flight
        .iter()
        .map(|update| {
            let (fake, update) = (fake.clone(), update.clone());
            tokio::spawn(async move { fake.post(&update).await })
        })
        .collect();
    let n = in_flight.len();
    fake.wait(30, 0, "every update in flight", |s| s.held == n)
        .await;
    first.kill_9();
    fake.release_as_lost();
    for post in posts {
        assert_ne!(post.await.expect("join"), 200, "answered before the kill");
    }

    // Restarted on the same database. Telegram sends again what it has no 200 for, and here
    // also every update from before the crash.
    let _second = Serve::start(&db, db.dir.path(), &fake, false);
    fake.wait(30, 0, "setWebhook again", |s| s.count("setWebhook") == 2)
        .await;
    for update in in_flight.iter().chain(&answered) {
        fake.post_until_ok(update, 30).await;
    }
    fake.settle().await;

    for &chat in &started {
        let transcript = fake.with(|s| s.transcript(chat))
            + &fake.with(|s| {
                s.calls
                    .iter()
                    .filter(|c| c.params["chat_id"].as_i64() == Some(chat))
                    .map(|c| format!("{} ok={} {}\n", c.method, c.ok, c.params))
                    .collect::<String>()
            });
        assert_eq!(
            calls(&fake, "sendMessage", chat),
            start_sends,
            "the first answer, once: {transcript}"
        );
        assert_eq!(
            calls(&fake, "editMessageText", chat),
            1,
            "the press answered once: {transcript}"
        );
        assert_eq!(last_bot_text(&fake, chat), after_press, "{transcript}");
    }
    for &chat in &new_chats {
        let transcript = fake.with(|s| s.transcript(chat));
        assert_eq!(
            calls(&fake, "sendMessage", chat),
            start_sends,
            "answered once: {transcript}"
        );
        assert_eq!(last_bot_text(&fake, chat), welcome, "{transcript}");
    }

    // The conversation goes on where it was.
    converse(&fake, fake.press_update(started[0], "en", "r:none")).await;
    assert!(
        last_bot_text(&fake, started[0]).contains(&t("en", "dialogue-ask-situations")),
        "{}",
        fake.with(|s| s.transcript(started[0]))
    );
    db.drop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_on_one_postgresql_hold_one_conversation() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::new(Backend::Postgres).await;
    let dirs = (
        tempfile::tempdir().expect("dir"),
        tempfile::tempdir().expect("dir"),
    );
    let a = Serve::start(&db, dirs.0.path(), &fake, false);
    let b = Serve::start(&db, dirs.1.path(), &fake, false);
    fake.wait(30, 0, "both set the webhook", |s| {
        s.count("setWebhook") == 2
    })
    .await;
    // A load balancer in front: updates go to a, b, a, b, ...
    fake.balance(vec![a.addr(), b.addr()]);

    let chat = 500;
    converse(&fake, fake.text_update(chat, "en", "/start en")).await;
    let question = fake
        .with(|s| s.last_bot(chat).map(|m| m.id))
        .expect("question");
    for (data, next) in [
        ("c:UZ", "dialogue-ask-russian-citizenship"),
        ("r:naturalized", "dialogue-ask-situations"),
        ("s:offered_contract", "dialogue-ask-situations"),
        ("s:done", "dialogue-ask-age"),
        ("a:27", "dialogue-ask-offer"),
        ("o:skip", "answer-details-hint"),
    ] {
        converse(&fake, fake.press_update(chat, "en", data)).await;
        let shown = last_bot_text(&fake, chat);
        assert!(shown.contains(&t("en", next)), "after {data}:\n{shown}");
    }
    let result = fake.with(|s| s.last_bot(chat).cloned()).expect("result");
    assert_eq!(result.id, question, "one message, edited by both processes");
    assert!(result.text.contains(&t("en", "answer-risk-high")));

    // Counted once, by whichever process gave the result.
    let store = db.store().await;
    let stats = store.stats("2000-01-01").await.expect("stats");
    let assessments: i64 = stats
        .iter()
        .filter(|s| s.channel == "telegram" && s.item == "assessment")
        .map(|s| s.count)
        .sum();
    assert_eq!(assessments, 1, "{stats:?}");

    // "Forget me" asked on one process and confirmed on the other deletes what both stored
    // and every message in the chat, whichever process sent it.
    converse(&fake, fake.text_update(chat, "en", "/forget")).await;
    converse(&fake, fake.press_update(chat, "en", "f:yes")).await;
    let key = ogoh::store::key::Secret::new(SECRET).key("telegram", &chat.to_string());
    assert_eq!(store.load(&key).await.expect("load"), None);
    assert!(store.take_messages(&key).await.expect("take").is_empty());
    let left = fake.with(|s| s.visible(chat).len());
    assert_eq!(
        left,
        1,
        "only the goodbye: {}",
        fake.with(|s| s.transcript(chat))
    );
    assert!(
        a.logged("Telegram bot running (webhook)") && b.logged("Telegram bot running (webhook)")
    );
    db.drop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn long_polling_runs_in_one_process_at_a_time() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::new(Backend::Sqlite).await;
    let mut first = Serve::start(&db, db.dir.path(), &fake, true);
    first.wait_log("Telegram bot running (long polling)");
    let second = Serve::start(&db, db.dir.path(), &fake, true);
    second.wait_log("another ogoh process on this database is long-polling the bot");
    assert!(!second.logged("Telegram bot running (long polling)"));

    // The first stops; the second takes over and answers.
    first.stop();
    second.wait_log("Telegram bot running (long polling)");
    let chat = 7;
    fake.say(chat, "en", "/start en").await;
    assert!(last_bot_text(&fake, chat).contains(&t("en", "dialogue-ask-country")));
    db.drop().await;
}
