//! After a whole conversation with a pasted offer, neither the database files nor the logs hold
//! the offer text or the chat id.

mod common;

use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex};

use common::{Backend, TestDb};
use ogoh::dialogue::session::{self, Chat};
use ogoh::dialogue::{Ctx, Input};
use ogoh::i18n::Locales;
use ogoh::rules::{self, Date};
use ogoh::store::key::Secret;

/// Collects everything logged.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .map_err(|_| std::io::Error::other("poisoned"))?
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn no_offer_text_or_chat_id_in_database_or_logs() {
    let logs = Captured::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_env_filter("trace")
        .with_writer(move || writer.clone())
        .finish();
    // Global, not per thread: SQLite runs its statements on worker threads. sqlx logs through
    // the `log` crate; route it here too. (This file has only this test.)
    tracing::subscriber::set_global_default(subscriber).expect("one subscriber per test binary");
    let _ = tracing_log::LogTracer::init();

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rs = rules::load(&root.join("rules")).unwrap_or_else(|d| panic!("{d:?}"));
    let locales = Locales::load(&root.join("locales")).unwrap_or_else(|d| panic!("{d:?}"));
    let ctx = Ctx {
        rules: &rs,
        locales: &locales,
        today: Date::today(),
        default_lang: "ru",
    };

    let db = TestDb::new(Backend::Sqlite).await;
    let store = db.store().await;
    let secret = Secret::new("test-secret");
    let chat_id = "5550123456789";
    let chat = Chat {
        channel: "telegram",
        chat_id,
    };
    let offer = "Подпиши контракт с Минобороны QZXW-unique-7731, гражданство РФ за 3 месяца, выплата 1,9 млн";
    let free = "Мне пишет вербовщик Bakhtiyor-unique-4410 из Сахарово";
    let inputs = [
        Input::Start(None),
        Input::Button("l:ru".into()),
        Input::Button("c:UZ".into()),
        Input::Text(free.into()), // free text at another step
        Input::Button("r:applying".into()),
        Input::Button("s:offered_contract".into()),
        Input::Button("s:done".into()),
        Input::Button("a:27".into()),
        Input::Text(offer.into()),
        Input::Button("w:uz_mercenarism".into()),
    ];
    for input in inputs {
        let replies = session::turn(
            store.as_ref(),
            &secret,
            &ctx,
            &chat,
            input,
            None,
            1_795_000_000,
        )
        .await
        .expect("turn");
        assert!(!replies.replies.is_empty());
    }
    let logged =
        String::from_utf8_lossy(&logs.0.lock().map(|l| l.clone()).unwrap_or_default()).into_owned();
    // The test must see the logs it checks: ours and the database driver's statements.
    assert!(logged.contains("conversation turn"), "{logged}");
    assert!(logged.contains("UPDATE conversations"), "{logged}");

    let mut stored = Vec::new();
    for entry in std::fs::read_dir(db.dir.path()).expect("dir").flatten() {
        stored.extend(std::fs::read(entry.path()).unwrap_or_default());
    }
    assert!(stored.len() > 4096, "the database files were read");
    let stored = String::from_utf8_lossy(&stored);
    for secret_text in [
        "QZXW-unique-7731",
        "Bakhtiyor-unique-4410",
        chat_id,
        "Минобороны",
        "вербовщик",
    ] {
        assert!(
            !stored.contains(secret_text),
            "database holds {secret_text:?}"
        );
        assert!(!logged.contains(secret_text), "logs hold {secret_text:?}");
    }
    // The conversation itself is there, under its HMAC key.
    assert!(stored.contains(secret.key("telegram", chat_id).as_str()));
}
