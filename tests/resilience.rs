//! A database that is locked or down: the person gets a short "try again in a minute" in their
//! language, nothing panics, and the next message works once the database is back.

mod common;

use common::{Backend, TestDb};
use ogoh::dialogue::session::{self, Chat};
use ogoh::dialogue::{Ctx, Input};
use ogoh::rules::Date;
use ogoh::store::key::Secret;
use sqlx::Connection;

fn ctx(lang: &'static str) -> Ctx<'static> {
    Ctx {
        rules: &common::shipped().0,
        locales: &common::shipped().1,
        today: Date::today(),
        default_lang: lang,
    }
}

const NOW: i64 = 1_795_000_000;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_locked_sqlite_database_gets_try_again_then_recovers() {
    let db = TestDb::new(Backend::Sqlite).await;
    let store = db.store().await;
    let secret = Secret::new("s");
    let chat = Chat {
        channel: "telegram",
        chat_id: "1",
    };
    let ctx = ctx("kk");
    session::turn(
        store.as_ref(),
        &secret,
        &ctx,
        &chat,
        Input::Start(Some("kk".into())),
        None,
        NOW,
    )
    .await
    .expect("turn");

    // Another process holds the write lock for longer than the busy timeout.
    let mut locker = sqlx::SqliteConnection::connect(&db.url)
        .await
        .expect("connect");
    sqlx::query("BEGIN IMMEDIATE")
        .execute(&mut locker)
        .await
        .expect("lock");
    let replies = session::turn_or_apologise(
        store.as_ref(),
        &secret,
        &ctx,
        &chat,
        Input::Button("c:KZ".into()),
        None,
        NOW,
    )
    .await
    .replies;
    assert_eq!(replies.len(), 1);
    assert_eq!(
        replies[0].text,
        common::shipped().1.label("kk", "dialogue-try-again")
    );
    assert!(
        replies[0].text.chars().any(|c| "әғқңөұүі".contains(c)),
        "in Kazakh: {}",
        replies[0].text
    );

    sqlx::query("ROLLBACK")
        .execute(&mut locker)
        .await
        .expect("unlock");
    let replies = session::turn_or_apologise(
        store.as_ref(),
        &secret,
        &ctx,
        &chat,
        Input::Button("c:KZ".into()),
        None,
        NOW,
    )
    .await
    .replies;
    assert_ne!(
        replies[0].text,
        common::shipped().1.label("kk", "dialogue-try-again"),
        "recovered"
    );
    let stored = store
        .load(&secret.key("telegram", "1"))
        .await
        .expect("load")
        .expect("stored");
    assert!(
        stored.state.contains("\"KZ\""),
        "the answer after recovery was saved"
    );
}

#[tokio::test]
async fn a_postgres_server_that_is_down_gets_try_again() {
    // Nothing listens on port 1.
    let store = ogoh::store::open("postgres://postgres@127.0.0.1:1/test")
        .await
        .expect("lazy pool");
    let secret = Secret::new("s");
    let chat = Chat {
        channel: "telegram",
        chat_id: "1",
    };
    let replies = session::turn_or_apologise(
        store.as_ref(),
        &secret,
        &ctx("uz"),
        &chat,
        Input::Start(None),
        None,
        NOW,
    )
    .await
    .replies;
    assert_eq!(
        replies[0].text,
        common::shipped().1.label("uz", "dialogue-try-again")
    );
    assert!(store.ping().await.is_err());
}
