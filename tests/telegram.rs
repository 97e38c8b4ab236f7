//! The Telegram bot end to end: the real teloxide `Bot` inside ogoh talks HTTP to the fake Bot
//! API in `tests/common/telegram.rs`, over long polling or the webhook route, with a real
//! SQLite store. Every conversation is checked as the person's phone would show it.

mod common;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use common::app::TestApp;
use common::telegram::{BOT_USERNAME, FIRST_NAME, Fail, FakeTelegram, USERNAME};
use common::{Backend, TestDb};
use ogoh::i18n::Locales;
use ogoh::store::Store;
use ogoh::store::key::Secret;
use ogoh::telegram;

const LANGS: [&str; 6] = ["uz", "tg", "ky", "kk", "ru", "en"];

struct Bot {
    fake: FakeTelegram,
    store: Arc<dyn Store>,
    secret: Secret,
    /// The web server's URL in webhook mode.
    web: Option<String>,
    /// Stops the server when the test ends (before the database goes).
    _app: TestApp,
    _db: TestDb,
}

fn locales() -> &'static Locales {
    &common::shipped().1
}

/// A message in `lang`, as the bot would show it.
fn t(lang: &str, id: &str) -> String {
    locales().label(lang, id)
}

fn t_count(lang: &str, id: &str, n: i64) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", n);
    locales()
        .text(lang, id, None, Some(&args))
        .expect("message")
}

impl Bot {
    /// Starts a whole ogoh server with its bot (as `ogoh serve` with a token does) against a
    /// fresh fake Telegram; `prepare` may make the fake fail first.
    async fn start(webhook: bool, prepare: impl FnOnce(&FakeTelegram)) -> Bot {
        let fake = FakeTelegram::start().await;
        prepare(&fake);
        let db = TestDb::new(Backend::Sqlite).await;
        let mut builder = TestApp::builder(&db)
            .var("TELEGRAM_BOT_TOKEN", "123456:TEST-TOKEN")
            .var("OGOH_TELEGRAM_API_URL", &fake.url);
        if webhook {
            builder = builder.telegram_webhook();
        }
        let app = builder.start().await;
        let web = if webhook {
            fake.wait(30, 0, "setWebhook", |s| s.webhook.is_some())
                .await;
            Some(app.url.clone())
        } else {
            fake.wait(30, 0, "polling", |s| s.count("getUpdates") > 0)
                .await;
            None
        };
        Bot {
            fake,
            store: db.store().await,
            secret: Secret::new(common::app::SECRET),
            web,
            _app: app,
            _db: db,
        }
    }

    fn key(&self, chat: i64) -> ogoh::store::ConversationKey {
        self.secret
            .key(telegram::handler::CHANNEL, &chat.to_string())
    }

    /// The stored conversation state of `chat` (JSON).
    async fn stored_state(&self, chat: i64) -> String {
        let stored = self.store.load(&self.key(chat)).await.expect("load");
        stored.expect("a stored conversation").state
    }

    /// Neither a conversation nor message ids are kept for `chat`.
    async fn assert_nothing_stored(&self, chat: i64) {
        let key = self.key(chat);
        assert!(self.store.load(&key).await.expect("load").is_none());
        assert!(
            self.store
                .take_messages(&key)
                .await
                .expect("take")
                .is_empty()
        );
    }
}

/// Every button press was answered, and every message went out as escaped HTML.
fn check_protocol(fake: &FakeTelegram) {
    fake.with(|s| {
        for cb in &s.sent_callbacks {
            assert!(
                s.answered_callbacks.contains(cb),
                "callback {cb} not answered"
            );
        }
        for c in &s.calls {
            if matches!(c.method.as_str(), "sendMessage" | "editMessageText") {
                assert_eq!(c.params["parse_mode"], "HTML", "{c:?}");
            }
        }
    });
}

/// A whole conversation in one language, with the question edited in place.
async fn converse(fake: FakeTelegram, chat: i64, lang: &'static str) {
    fake.say(chat, lang, &format!("/start {lang}")).await;
    let question = fake
        .with(|s| s.last_bot(chat).cloned())
        .expect("a question");
    assert!(
        question.text.contains(&t(lang, "dialogue-ask-country")),
        "{lang}: {}",
        question.text
    );
    let bot_messages =
        |fake: &FakeTelegram| fake.with(|s| s.visible(chat).iter().filter(|m| m.from_bot).count());
    let before = bot_messages(&fake);

    for (data, next) in [
        ("c:UZ", "dialogue-ask-russian-citizenship"),
        ("r:naturalized", "dialogue-ask-situations"),
        ("s:offered_contract", "dialogue-ask-situations"),
        ("s:done", "dialogue-ask-age"),
        ("a:27", "dialogue-ask-offer"),
        ("o:skip", "answer-details-hint"),
    ] {
        fake.press_button(chat, lang, data).await;
        let shown = fake.with(|s| s.last_bot(chat).cloned()).expect("message");
        assert!(
            shown.text.contains(&t(lang, next)),
            "{lang} after {data}:\n{}",
            shown.text
        );
    }
    // Each answer edited the same message: no new messages in the chat.
    assert_eq!(
        bot_messages(&fake),
        before,
        "{lang}: {}",
        fake.with(|s| s.transcript(chat))
    );
    let result = fake.with(|s| s.last_bot(chat).cloned()).expect("result");
    assert_eq!(
        result.id, question.id,
        "{lang}: the question became the result"
    );
    assert!(result.edits >= 6);
    assert!(result.text.contains(&t(lang, "answer-risk-high")));
    assert!(
        result
            .text
            .contains(&t(lang, "disclaimer").chars().take(20).collect::<String>())
    );

    // Why the first finding, and back to the summary: in place as well.
    let why = result
        .button_data()
        .into_iter()
        .find(|d| d.starts_with("w:"))
        .expect("a why button");
    fake.press_button(chat, lang, &why).await;
    let details = fake.with(|s| s.last_bot(chat).cloned()).expect("details");
    assert!(
        details.text.contains(&t(lang, "label-why")),
        "{lang}: {}",
        details.text
    );
    fake.press_button(chat, lang, "w:").await;
    let summary = fake.with(|s| s.last_bot(chat).cloned()).expect("summary");
    assert_eq!(summary.text, result.text);
}

#[tokio::test]
async fn whole_conversations_in_six_languages_over_polling() {
    let bot = Bot::start(false, |_| {}).await;
    let mut all = tokio::task::JoinSet::new();
    for (i, lang) in LANGS.into_iter().enumerate() {
        all.spawn(converse(bot.fake.clone(), 1000 + i as i64, lang));
    }
    while let Some(done) = all.join_next().await {
        done.expect("conversation");
    }
    check_protocol(&bot.fake);
    // The command menu, in every language and a default.
    bot.fake.with(|s| {
        let menus: Vec<&serde_json::Value> = s
            .calls
            .iter()
            .filter(|c| c.method == "setMyCommands")
            .map(|c| &c.params)
            .collect();
        for lang in LANGS {
            let menu = menus
                .iter()
                .find(|p| p["language_code"] == lang)
                .unwrap_or_else(|| panic!("no menu for {lang}"));
            let commands = menu["commands"].as_array().expect("commands");
            assert_eq!(commands.len(), 6);
            assert_eq!(commands[4]["command"], "forget");
            assert_eq!(commands[4]["description"], t(lang, "command-forget"));
        }
        assert!(menus.iter().any(|p| p.get("language_code").is_none()));
    });
    // The conversations are stored under HMAC keys, never the chat id.
    assert!(
        bot.store
            .load(&bot.key(1000))
            .await
            .expect("load")
            .is_some()
    );
}

#[tokio::test]
async fn webhook_needs_the_secret_and_then_converses() {
    let bot = Bot::start(true, |_| {}).await;
    let web = bot.web.clone().expect("web server");
    let (url, secret) = bot.fake.with(|s| s.webhook.clone()).expect("setWebhook");
    assert_eq!(url, format!("{web}/telegram/hook"));
    assert!(secret.len() >= 32 && secret.chars().all(|c| c.is_ascii_alphanumeric()));

    let update = r#"{"update_id": 1, "message": {"message_id": 1, "date": 1, "chat": {"id": 5, "type": "private", "first_name": "x"}, "text": "/start"}}"#;
    let http = reqwest::Client::new();
    for header in [None, Some("wrong-secret"), Some("")] {
        let mut request = http.post(&url).header("content-type", "application/json");
        if let Some(h) = header {
            request = request.header("x-telegram-bot-api-secret-token", h);
        }
        let status = request.body(update).send().await.expect("post").status();
        assert_eq!(status.as_u16(), 401, "secret {header:?}");
    }
    // Nothing reached the bot.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(bot.fake.with(|s| s.count("sendMessage")), 0);

    // With Telegram's secret, a whole conversation works.
    converse(bot.fake.clone(), 77, "kk").await;
    check_protocol(&bot.fake);
}

#[tokio::test]
async fn a_forwarded_recruitment_ad_gets_a_warning() {
    let bot = Bot::start(false, |_| {}).await;
    let chat = 31;
    bot.fake.say(chat, "ru", "/start ru").await;
    let ad = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/recruitment-ad.txt"),
    )
    .expect("example ad");
    let since = bot.fake.mark();
    bot.fake.forward_text(chat, "ru", &ad).await;
    bot.fake.wait_reply(chat, since).await;
    let warning = bot.fake.with(|s| {
        s.visible(chat)
            .into_iter()
            .find(|m| m.from_bot && m.text.contains(&t("ru", "dialogue-scanned")))
            .cloned()
    });
    let warning = warning.unwrap_or_else(|| panic!("{}", bot.fake.with(|s| s.transcript(chat))));
    // The answer leads with the verdict sentence.
    let after_intro = warning.text.split_once("\n\n").map_or("", |(_, rest)| rest);
    assert!(
        after_intro.starts_with(&t("ru", "scan-verdict-high")),
        "{}",
        warning.text
    );
    assert!(warning.text.contains("Мариупол"), "{}", warning.text);
    // The person keeps their place: the country question comes again, with its buttons.
    let last = bot
        .fake
        .with(|s| s.last_bot(chat).cloned())
        .expect("prompt");
    assert!(
        last.button_data().contains(&"c:UZ".to_string()),
        "{}",
        last.text
    );
    // Nothing of the ad is kept.
    let stored = bot.stored_state(chat).await;
    assert!(!stored.contains("Минобороны"));
}

/// Every Russian example of every recruitment pattern in the shipped rules, as one text.
fn all_russian_ads() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/scams");
    let mut ads = Vec::new();
    for file in ["coercion.toml", "offers.toml"] {
        let text = std::fs::read_to_string(dir.join(file)).expect("scam file");
        let doc: toml::Value = toml::from_str(&text).expect("toml");
        for pattern in doc["pattern"].as_array().into_iter().flatten() {
            for example in pattern
                .get("example")
                .and_then(|e| e.as_array())
                .into_iter()
                .flatten()
            {
                if example["lang"].as_str() == Some("ru")
                    && example["match"].as_bool() == Some(true)
                {
                    ads.push(example["text"].as_str().unwrap_or_default().to_string());
                }
            }
        }
    }
    ads.join("\n\n")
}

#[tokio::test]
async fn a_long_answer_is_split_at_paragraphs() {
    let bot = Bot::start(false, |_| {}).await;
    let chat = 35;
    bot.fake.say(chat, "ru", "/start ru").await;
    let ads = all_russian_ads();
    let rules = &common::shipped().0;
    let expected = locales().scan_text("ru", &locales().scan("ru", &rules.scanner.scan(&ads)));
    assert!(
        expected.chars().count() > 4096,
        "the test needs a long answer"
    );
    let before = bot.fake.with(|s| s.visible(chat).len());
    let since = bot.fake.mark();
    bot.fake.forward_text(chat, "ru", &ads).await;
    bot.fake.wait_reply(chat, since).await;
    let sent: Vec<String> = bot.fake.with(|s| {
        s.visible(chat)[before + 1..]
            .iter()
            .filter(|m| m.from_bot)
            .map(|m| m.text.clone())
            .collect()
    });
    // The fake refuses anything over 4096 characters, so every part fits; the answer took
    // several messages, each ending at a paragraph, and none of it was lost.
    // At least two parts of the answer, then "let us continue" and the question.
    assert!(sent.len() >= 4, "{sent:#?}");
    assert!(sent[0].starts_with(&t("ru", "dialogue-scanned")));
    assert!(
        !sent[1].contains(&t("ru", "dialogue-continue")),
        "{sent:#?}"
    );
    let shown = sent.join("\n\n");
    for paragraph in expected.split("\n\n").filter(|p| !p.trim().is_empty()) {
        assert!(shown.contains(paragraph.trim()), "missing: {paragraph}");
    }
}

#[tokio::test]
async fn forget_deletes_the_conversation_and_the_chat_messages() {
    let bot = Bot::start(false, |_| {}).await;
    let fake = &bot.fake;
    let chat = 41;
    fake.say(chat, "ru", "/start ru").await;
    fake.press_button(chat, "ru", "c:TJ").await;
    fake.say(chat, "ru", "Работа на стройке, 200 000 руб.")
        .await;
    // A message from three days ago: Telegram no longer lets the bot delete it.
    let now = chrono::Utc::now().timestamp();
    bot.store
        .remember_messages(&bot.key(chat), &[9_999], now - 3 * 86_400)
        .await
        .expect("remember");
    fake.say(chat, "ru", "/forget").await;
    let confirm = fake.with(|s| s.last_bot(chat).cloned()).expect("confirm");
    assert!(confirm.text.contains(&t("ru", "dialogue-forget-confirm")));
    let before: Vec<i32> = fake.with(|s| s.visible(chat).iter().map(|m| m.id).collect());
    assert!(before.len() >= 8, "{}", fake.with(|s| s.transcript(chat)));

    fake.press_button(chat, "ru", "f:yes").await;
    fake.settle().await;
    let visible: Vec<common::telegram::Msg> =
        fake.with(|s| s.visible(chat).into_iter().cloned().collect());
    assert_eq!(visible.len(), 1, "{}", fake.with(|s| s.transcript(chat)));
    let last = &visible[0];
    assert!(!before.contains(&last.id));
    assert!(
        last.text.contains(&t("ru", "dialogue-forgotten")),
        "{}",
        last.text
    );
    assert!(
        last.text.contains(&t_count(
            "ru",
            "telegram-forget-deleted",
            before.len() as i64
        )),
        "{}",
        last.text
    );
    assert!(
        last.text
            .contains(&t_count("ru", "telegram-forget-not-deleted", 1)),
        "{}",
        last.text
    );
    // Nothing about the chat is left in the store.
    bot.assert_nothing_stored(chat).await;
    check_protocol(fake);
}

#[tokio::test]
async fn groups_get_one_pointer_and_nothing_is_stored() {
    let bot = Bot::start(false, |_| {}).await;
    let group = -500;
    for text in ["/start", "hello", "/check"] {
        bot.fake.send_text(group, "ky", text).await;
    }
    bot.fake
        .wait(20, group, "a pointer", |s| s.last_bot(group).is_some())
        .await;
    bot.fake.settle().await;
    let from_bot: Vec<common::telegram::Msg> = bot.fake.with(|s| {
        s.visible(group)
            .into_iter()
            .filter(|m| m.from_bot)
            .cloned()
            .collect()
    });
    assert_eq!(
        from_bot.len(),
        1,
        "{}",
        bot.fake.with(|s| s.transcript(group))
    );
    assert!(from_bot[0].text.contains(&t("ky", "telegram-private-only")));
    assert_eq!(
        from_bot[0].buttons[0][0].1,
        format!("https://t.me/{BOT_USERNAME}")
    );
    bot.assert_nothing_stored(group).await;
}

#[tokio::test]
async fn media_edits_and_stale_buttons_get_hints() {
    let bot = Bot::start(false, |_| {}).await;
    let fake = &bot.fake;
    let chat = 51;
    let lang = "tg";
    fake.say(chat, lang, "/start tg").await;
    let hint_after = |what: &'static str| async move {
        let shown = fake.with(|s| {
            s.visible(chat)
                .into_iter()
                .rev()
                .filter(|m| m.from_bot)
                .take(2)
                .map(|m| m.text.clone())
                .collect::<Vec<_>>()
        });
        assert!(
            shown.iter().any(|m| m.contains(&t(lang, what))),
            "{what}: {shown:?}"
        );
    };
    for send in 0..3 {
        let since = fake.mark();
        let hint = match send {
            // A photo whose file Telegram cannot give (here: not kept by the fake).
            0 => {
                fake.send_photo(chat, lang).await;
                "dialogue-picture-unreadable"
            }
            1 => {
                fake.send_sticker(chat, lang).await;
                "dialogue-only-text"
            }
            _ => {
                fake.send_voice(chat, lang).await;
                "dialogue-voice"
            }
        };
        fake.wait_reply(chat, since).await;
        hint_after(hint).await;
    }
    let typed = fake.say(chat, lang, "салом").await;
    let since = fake.mark();
    fake.edit_text(chat, lang, typed, "салом!").await;
    fake.wait_reply(chat, since).await;
    hint_after("dialogue-edited").await;

    // A button from an old message, and a forged one.
    fake.press_button(chat, lang, "c:KZ").await;
    let old = fake
        .with(|s| s.visible(chat).first().map(|m| m.id))
        .expect("first");
    for data in ["c:UZ", "zz:forged", ""] {
        let since = fake.mark();
        let cb = fake.press(chat, lang, old, data).await;
        fake.wait(20, chat, "answer", |s| s.answered_callbacks.contains(&cb))
            .await;
        fake.wait_reply(chat, since).await;
        hint_after("dialogue-stale").await;
    }
    // Still at the Russian-citizenship question, with the country kept.
    let stored = bot.stored_state(chat).await;
    assert!(stored.contains("\"KZ\""), "{stored}");
    check_protocol(fake);
}

#[tokio::test]
async fn a_flood_from_one_chat_is_limited() {
    let bot = Bot::start(false, |_| {}).await;
    let fake = &bot.fake;
    let flood = 61;
    for i in 0..100 {
        fake.send_text(flood, "en", &format!("message {i}")).await;
    }
    // Another person is served meanwhile.
    fake.say(62, "en", "/start en").await;
    assert!(fake.with(|s| s.last_bot(62).is_some()));
    fake.wait(30, flood, "the slow-down notice", |s| {
        s.visible(flood)
            .iter()
            .any(|m| m.text == t("en", "telegram-slow-down"))
    })
    .await;
    fake.settle().await;
    let (answered, warned) = fake.with(|s| {
        let bot_texts: Vec<&String> = s
            .visible(flood)
            .into_iter()
            .filter(|m| m.from_bot)
            .map(|m| &m.text)
            .collect();
        (
            bot_texts
                .iter()
                // Short texts are answered with a hint, not a scan.
                .filter(|m| m.contains(&t("en", "chat-not-an-offer")))
                .count(),
            bot_texts
                .iter()
                .filter(|m| **m == &t("en", "telegram-slow-down"))
                .count(),
        )
    });
    assert!((10..=12).contains(&answered), "answered {answered} of 100");
    assert_eq!(warned, 1);
}

#[tokio::test]
async fn telegram_errors_are_retried_and_no_answer_is_lost() {
    // getMe fails twice at start-up; the bot retries instead of dying.
    let bot = Bot::start(false, |fake| {
        fake.fail_next("getMe", &[Fail::Unauthorized, Fail::ServerError]);
    })
    .await;
    let fake = &bot.fake;
    assert!(fake.with(|s| s.count("getMe")) >= 3);

    // 429: retried after Telegram's retry_after.
    fake.fail_next("sendMessage", &[Fail::TooManyRequests(1)]);
    let started = std::time::Instant::now();
    fake.say(71, "uz", "/start uz").await;
    assert!(started.elapsed() >= Duration::from_secs(1));
    let shown = fake.with(|s| s.visible(71).iter().filter(|m| m.from_bot).count());
    assert_eq!(shown, 2, "welcome and question, once each");

    // A server error on an edit: backed off and retried, and the press still lands.
    fake.fail_next("editMessageText", &[Fail::ServerError]);
    fake.press_button(71, "uz", "c:UZ").await;
    fake.wait(30, 71, "the edit after the error", |s| {
        s.last_bot(71).is_some_and(|m| {
            m.text
                .contains(&t("uz", "dialogue-ask-russian-citizenship"))
        })
    })
    .await;
    assert_eq!(fake.with(|s| s.count("editMessageText")), 2);
    check_protocol(fake);
}

/// A photo of a leaflet is read and checked like a pasted offer, and the person keeps their
/// place; a picture with no text, a voice message and a photo with its own caption each get
/// their answer.
#[tokio::test]
async fn a_photo_of_a_leaflet_is_read_and_checked() {
    let bot = Bot::start(false, |_| {}).await;
    let chat = 41;
    bot.fake.say(chat, "ru", "/start ru").await;
    let leaflet = common::images::LEAFLETS[0].1;
    let since = bot.fake.mark();
    bot.fake
        .send_picture(chat, "ru", common::images::photo_of(leaflet), None)
        .await;
    bot.fake.wait_reply(chat, since).await;
    let shown = bot.fake.with(|s| s.transcript(chat));
    let read = bot.fake.with(|s| {
        s.visible(chat)
            .into_iter()
            .find(|m| m.from_bot && m.text.starts_with(&t("ru", "dialogue-picture-read")))
            .cloned()
    });
    let read = read.unwrap_or_else(|| {
        panic!(
            "{shown}\n{:?}",
            bot.fake.with(|s| s
                .calls
                .iter()
                .map(|c| format!(
                    "{} {} {}",
                    c.method,
                    c.ok,
                    c.params.to_string().chars().take(200).collect::<String>()
                ))
                .collect::<Vec<_>>())
        )
    });
    assert!(
        read.text.contains(&t("ru", "scan-verdict-high")),
        "{}",
        read.text
    );
    // The country question comes again, with its buttons.
    let last = bot
        .fake
        .with(|s| s.last_bot(chat).cloned())
        .expect("question");
    assert!(
        last.text.contains(&t("ru", "dialogue-ask-country")),
        "{shown}"
    );
    assert!(last.button_data().iter().any(|d| d == "c:UZ"));

    for (what, image, expected) in [
        (
            "a blank picture",
            common::images::blank_photo(),
            "dialogue-picture-unreadable",
        ),
        (
            "not an image",
            b"a file that is no picture".to_vec(),
            "dialogue-picture-not-image",
        ),
    ] {
        let since = bot.fake.mark();
        bot.fake.send_picture(chat, "ru", image, None).await;
        bot.fake.wait_reply(chat, since).await;
        let shown = bot.fake.with(|s| s.transcript(chat));
        assert!(shown.contains(&t("ru", expected)), "{what}: {shown}");
    }
    let since = bot.fake.mark();
    bot.fake.send_voice(chat, "ru").await;
    bot.fake.wait_reply(chat, since).await;
    let shown = bot.fake.with(|s| s.transcript(chat));
    assert!(shown.contains(&t("ru", "dialogue-voice")), "{shown}");
}

/// A leaflet with a made-up place name, to look for in the logs and the database.
const PHOTO_LEAFLET: &str =
    "КОНТРАКТ С МИНОБОРОНЫ. Выплата 2 000 000 рублей. Сбор у вокзала Пятихатко.";

/// The README's way: `ogoh serve` with a token runs the bot by long polling next to the web
/// page. With every log on (trace), neither the logs nor the database hold the person's
/// names, chat id or texts; SIGTERM stops both cleanly.
#[tokio::test]
async fn serve_runs_the_bot_and_keeps_nothing_personal() {
    use std::io::Read;
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("ogoh.db");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_ogoh"))
        .arg("serve")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("DATABASE_URL", format!("sqlite://{}", db.display()))
        .env("OGOH_DATA_DIR", dir.path())
        .env("OGOH_BIND", "127.0.0.1:0")
        .env("TELEGRAM_BOT_TOKEN", "123456:SERVE-TOKEN")
        .env("OGOH_TELEGRAM_API_URL", &fake.url)
        .env("RUST_LOG", "trace")
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn ogoh serve");
    // Read as it comes: at trace level the logs would fill the pipe and stop the process.
    let mut stderr = child.stderr.take().expect("stderr");
    let log_reader = std::thread::spawn(move || {
        let mut logs = String::new();
        let _ = stderr.read_to_string(&mut logs);
        logs
    });
    fake.wait(60, 0, "polling", |s| s.count("getUpdates") > 0)
        .await;

    let chat = 987_654_321;
    fake.say(chat, "uz", "/start").await;
    let since = fake.mark();
    fake.forward_text(
        chat,
        "uz",
        "Maosh 300 000 rubl, QZXW-unique-9912, Mariupol qurilish",
    )
    .await;
    fake.wait_reply(chat, since).await;
    let texts = fake.with(|s| s.transcript(chat));
    assert!(texts.contains(&t("uz", "dialogue-scanned")), "{texts}");

    // A photo of a leaflet: read, checked, and neither it nor its text kept.
    let photo = common::images::photo_of(PHOTO_LEAFLET);
    let since = fake.mark();
    fake.send_picture(chat, "uz", photo.clone(), None).await;
    fake.wait_reply(chat, since).await;
    let texts = fake.with(|s| s.transcript(chat));
    assert!(texts.contains(&t("uz", "dialogue-picture-read")), "{texts}");

    let pid = child.id().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill")
            .success()
    );
    let status = child.wait().expect("wait");
    let logs = log_reader.join().expect("logs");
    assert!(status.success(), "{status:?}\n{logs}");
    assert!(logs.contains("Telegram bot running"), "{logs}");
    assert!(logs.contains("conversation turn"), "{logs}");

    let mut stored = Vec::new();
    for entry in std::fs::read_dir(dir.path()).expect("dir").flatten() {
        stored.extend(std::fs::read(entry.path()).unwrap_or_default());
    }
    let photo_slice = &photo[photo.len() / 2..photo.len() / 2 + 48];
    assert!(
        !stored.windows(48).any(|w| w == photo_slice),
        "the database holds the photo"
    );
    let stored = String::from_utf8_lossy(&stored);
    for personal in [
        "QZXW-unique-9912",
        "Пятихатко",
        "ПЯТИХАТКО",
        FIRST_NAME,
        USERNAME,
        "987654321",
        "SERVE-TOKEN",
    ] {
        assert!(!stored.contains(personal), "database holds {personal:?}");
        assert!(!logs.contains(personal), "logs hold {personal:?}");
    }
}
