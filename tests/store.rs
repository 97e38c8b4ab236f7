//! The same store tests on SQLite and on the real PostgreSQL.

mod common;

use std::sync::Arc;

use common::{Backend, TestDb};
use ogoh::dialogue::session::{self, Chat};
use ogoh::dialogue::{Ctx, Input, State};
use ogoh::rules::{Date, Situation};
use ogoh::store::key::Secret;
use ogoh::store::{Saved, StatIncrement, Store};

fn ctx() -> Ctx<'static> {
    Ctx {
        rules: &common::shipped().0,
        locales: &common::shipped().1,
        today: Date::parse("2026-11-21").unwrap_or_else(|e| panic!("{e}")),
        default_lang: "ru",
    }
}

const T0: i64 = 1_795_000_000; // 2026-11-18

macro_rules! on_both {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() { super::$name(Backend::Sqlite).await }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() { super::$name(Backend::Postgres).await }
        }
    )*};
}

on_both!(
    versions_guard_every_write,
    stats_add_up_and_carry_no_identifiers,
    forget_deletes_at_once,
    retention_deletes_idle_conversations_and_keeps_statistics,
    audit_lists_newest_first,
    message_ids_are_taken_once_and_expire,
    simultaneous_inputs_lose_no_answer,
    two_processes_agree_on_state,
    a_repeated_input_is_answered_again_not_applied_twice,
    update_ids_are_remembered_and_expire,
    a_lease_has_one_holder_at_a_time,
);

async fn versions_guard_every_write(b: Backend) {
    let db = TestDb::new(b).await;
    let store = db.store().await;
    let key = Secret::new("s").key("test", "1");
    assert_eq!(store.load(&key).await.expect("load"), None);
    assert_eq!(
        store
            .save(&key, "{}", "ru", T0, None, &[])
            .await
            .expect("save"),
        Saved::Ok(1)
    );
    assert_eq!(
        store
            .save(&key, "{}", "ru", T0, None, &[])
            .await
            .expect("save"),
        Saved::Conflict
    );
    assert_eq!(
        store
            .save(&key, "{\"a\":1}", "uz", T0 + 1, Some(1), &[])
            .await
            .expect("save"),
        Saved::Ok(2)
    );
    assert_eq!(
        store
            .save(&key, "{}", "ru", T0 + 2, Some(1), &[])
            .await
            .expect("save"),
        Saved::Conflict
    );
    let c = store.load(&key).await.expect("load").expect("stored");
    assert_eq!(
        (c.state.as_str(), c.locale.as_str(), c.updated_at, c.version),
        ("{\"a\":1}", "uz", T0 + 1, 2)
    );
    store.ping().await.expect("ping");
    db.drop().await;
}

async fn stats_add_up_and_carry_no_identifiers(b: Backend) {
    let db = TestDb::new(b).await;
    let store = db.store().await;
    let inc = |item: &str| StatIncrement {
        day: "2026-11-21".into(),
        channel: "telegram".into(),
        country: "UZ".into(),
        item: item.into(),
        n: 1,
    };
    let key = Secret::new("s").key("test", "1");
    store
        .save(
            &key,
            "{}",
            "ru",
            T0,
            None,
            &[inc("assessment"), inc("finding:uz_mercenarism")],
        )
        .await
        .expect("save");
    store
        .save(&key, "{}", "ru", T0, Some(1), &[inc("assessment")])
        .await
        .expect("save");
    let rows = store.stats("2026-11-01").await.expect("stats");
    let count = |item: &str| rows.iter().find(|r| r.item == item).map(|r| r.count);
    assert_eq!(count("assessment"), Some(2));
    assert_eq!(count("finding:uz_mercenarism"), Some(1));
    assert!(store.stats("2026-11-22").await.expect("stats").is_empty());
    db.drop().await;
}

async fn forget_deletes_at_once(b: Backend) {
    let db = TestDb::new(b).await;
    let store = db.store().await;
    let secret = Secret::new("s");
    let chat = Chat {
        channel: "test",
        chat_id: "42",
    };
    let ctx = ctx();
    for input in [
        Input::Start(Some("en".into())),
        Input::Button("c:UZ".into()),
    ] {
        session::turn(store.as_ref(), &secret, &ctx, &chat, input, None, T0)
            .await
            .expect("turn");
    }
    let key = secret.key("test", "42");
    assert!(store.load(&key).await.expect("load").is_some());
    for data in [
        "back", "c:UZ", "r:none", "s:done", "a:skip", "o:skip", "m:forget", "f:yes",
    ] {
        session::turn(
            store.as_ref(),
            &secret,
            &ctx,
            &chat,
            Input::Button(data.into()),
            None,
            T0,
        )
        .await
        .expect("turn");
    }
    assert_eq!(
        store.load(&key).await.expect("load"),
        None,
        "forgotten at once"
    );
    db.drop().await;
}

/// A Telegram update sent again after a crash between saving and answering: the same replies,
/// and the conversation and statistics as if it had come once.
async fn a_repeated_input_is_answered_again_not_applied_twice(b: Backend) {
    let db = TestDb::new(b).await;
    let store = db.store().await;
    let secret = Secret::new("s");
    let chat = Chat {
        channel: "telegram",
        chat_id: "42",
    };
    let ctx = ctx();
    let key = secret.key("telegram", "42");
    let turn = |input: Input, id: i64| {
        let (store, secret, ctx, chat) = (store.clone(), secret.clone(), &ctx, &chat);
        async move {
            session::turn(store.as_ref(), &secret, ctx, chat, input, Some(id), T0)
                .await
                .expect("turn")
        }
    };
    turn(Input::Start(Some("en".into())), 10).await;
    let inputs = ["c:UZ", "r:none", "s:done", "a:skip", "o:skip"];
    let mut last = None;
    for (i, data) in inputs.iter().enumerate() {
        last = Some(turn(Input::Button((*data).into()), 11 + i as i64).await);
    }
    let last = last.expect("turns");
    let last_id = 10 + inputs.len() as i64;
    let stored = store.load(&key).await.expect("load").expect("stored");
    let stats = store.stats("2026-11-01").await.expect("stats");
    assert!(!stats.is_empty(), "the result counts");

    let again = turn(Input::Button("o:skip".into()), last_id).await;
    assert_eq!(again, last, "the same replies again");
    assert_eq!(
        store.load(&key).await.expect("load"),
        Some(stored.clone()),
        "nothing saved"
    );
    assert_eq!(
        store.stats("2026-11-01").await.expect("stats"),
        stats,
        "nothing counted twice"
    );
    // An older update that comes late gets no reply and changes nothing.
    let late = turn(Input::Button("c:KZ".into()), 11).await;
    assert!(late.replies.is_empty(), "{late:?}");
    assert_eq!(store.load(&key).await.expect("load"), Some(stored.clone()));
    // A new one is applied as usual.
    let next = turn(
        Input::Command(ogoh::dialogue::Command::Restart),
        last_id + 1,
    )
    .await;
    assert!(!next.replies.is_empty());
    assert_eq!(
        store.load(&key).await.expect("load").map(|c| c.version),
        Some(stored.version + 1),
        "applied"
    );
    db.drop().await;
}

async fn update_ids_are_remembered_and_expire(b: Backend) {
    let db = TestDb::new(b).await;
    let store = db.store().await;
    assert!(!store.update_handled(7).await.expect("read"));
    store.mark_updates_handled(&[7], T0).await.expect("mark");
    store
        .mark_updates_handled(&[7, 8], T0 + 100)
        .await
        .expect("again is fine, and keeps the first time");
    let many: Vec<i64> = (1000..3500).collect();
    store
        .mark_updates_handled(&many, T0 + 100)
        .await
        .expect("more than one statement's worth");
    assert!(store.update_handled(3499).await.expect("read"));
    assert!(store.update_handled(7).await.expect("read"));
    assert!(!store.update_handled(9).await.expect("read"));
    assert_eq!(store.forget_updates(T0 + 50).await.expect("forget"), 1);
    assert!(!store.update_handled(7).await.expect("read"));
    assert!(store.update_handled(8).await.expect("read"));
    db.drop().await;
}

async fn a_lease_has_one_holder_at_a_time(b: Backend) {
    let db = TestDb::new(b).await;
    let store = db.store().await;
    let take = |who: &'static str, now: i64| {
        let store = store.clone();
        async move {
            store
                .take_lease("polling", who, now, now + 30)
                .await
                .expect("lease")
        }
    };
    assert!(take("a", T0).await);
    assert!(!take("b", T0 + 10).await, "a holds it");
    assert!(take("a", T0 + 20).await, "a renews it, until T0 + 50");
    assert!(!take("b", T0 + 40).await, "renewed");
    assert!(take("b", T0 + 50).await, "ran out: b takes it");
    assert!(!take("a", T0 + 51).await, "b holds it now");
    store.release_lease("polling", "a").await.expect("release");
    assert!(!take("a", T0 + 52).await, "only the holder can give it up");
    store.release_lease("polling", "b").await.expect("release");
    assert!(take("a", T0 + 53).await, "given up: free at once");
    db.drop().await;
}

async fn retention_deletes_idle_conversations_and_keeps_statistics(b: Backend) {
    let db = TestDb::new(b).await;
    let store = db.store().await;
    let secret = Secret::new("s");
    let ctx = ctx();
    // An old conversation that reached a result (so statistics were counted), and a recent one.
    let old = Chat {
        channel: "test",
        chat_id: "old",
    };
    for input in [
        "l:en",
        "c:TJ",
        "r:none",
        "s:offered_contract",
        "s:done",
        "a:skip",
        "o:skip",
    ] {
        let input = if input.starts_with("l:") {
            Input::Start(Some("en".into()))
        } else {
            Input::Button(input.into())
        };
        session::turn(store.as_ref(), &secret, &ctx, &old, input, None, T0)
            .await
            .expect("turn");
    }
    let recent = Chat {
        channel: "test",
        chat_id: "recent",
    };
    session::turn(
        store.as_ref(),
        &secret,
        &ctx,
        &recent,
        Input::Start(None),
        None,
        T0 + 29 * 86_400,
    )
    .await
    .expect("turn");
    // Fake clock: 31 days after the old one's last activity, retention 30 days.
    let deleted = session::purge_idle(store.as_ref(), 30, T0 + 31 * 86_400)
        .await
        .expect("purge");
    assert_eq!(deleted, 1);
    assert_eq!(
        store.load(&secret.key("test", "old")).await.expect("load"),
        None
    );
    assert!(
        store
            .load(&secret.key("test", "recent"))
            .await
            .expect("load")
            .is_some()
    );
    let stats = store.stats("2000-01-01").await.expect("stats");
    assert!(
        stats
            .iter()
            .any(|r| r.item == "finding:tj_mercenarism" && r.country == "TJ"),
        "{stats:?}"
    );
    db.drop().await;
}

async fn message_ids_are_taken_once_and_expire(b: Backend) {
    let db = TestDb::new(b).await;
    let store = db.store().await;
    let secret = Secret::new("s");
    let (a, other) = (secret.key("telegram", "1"), secret.key("telegram", "2"));
    store
        .remember_messages(&a, &[1, 2, 3], T0)
        .await
        .expect("remember");
    // The same id again (an edited message) is kept once; a later one keeps its own time.
    store
        .remember_messages(&a, &[3, 4], T0 + 50)
        .await
        .expect("remember");
    store
        .remember_messages(&other, &[1], T0)
        .await
        .expect("remember");
    let mut taken = store.take_messages(&a).await.expect("take");
    taken.sort_unstable();
    assert_eq!(taken, vec![(1, T0), (2, T0), (3, T0), (4, T0 + 50)]);
    assert!(store.take_messages(&a).await.expect("take").is_empty());
    // Retention removes ids as old as the conversations it removes.
    let deleted = session::purge_idle(store.as_ref(), 30, T0 + 31 * 86_400)
        .await
        .expect("purge");
    assert_eq!(deleted, 0);
    assert!(store.take_messages(&other).await.expect("take").is_empty());
    db.drop().await;
}

async fn audit_lists_newest_first(b: Backend) {
    let db = TestDb::new(b).await;
    let store = db.store().await;
    store
        .record_ruleset("aaa", T0, "accepted", "")
        .await
        .expect("audit");
    store
        .record_ruleset("bbb", T0 + 5, "rejected", "rules/x.toml:1:1: bad")
        .await
        .expect("audit");
    let rows = store.ruleset_audit(10).await.expect("audit");
    assert_eq!(
        rows.iter().map(|r| r.version.as_str()).collect::<Vec<_>>(),
        ["bbb", "aaa"]
    );
    assert_eq!(rows[0].diagnostics, "rules/x.toml:1:1: bad");
    db.drop().await;
}

/// Presses every situation button at once for one chat, from many tasks over `stores`.
async fn toggle_all_at_once(stores: &[Arc<dyn Store>]) -> State {
    let secret = Arc::new(Secret::new("s"));
    let chat_id = "same-chat";
    {
        let ctx = ctx();
        let chat = Chat {
            channel: "test",
            chat_id,
        };
        for input in [
            Input::Start(Some("en".into())),
            Input::Button("c:KG".into()),
            Input::Button("r:none".into()),
        ] {
            session::turn(stores[0].as_ref(), &secret, &ctx, &chat, input, None, T0)
                .await
                .expect("turn");
        }
    }
    let situations = common::SITUATIONS;
    let mut tasks = Vec::new();
    for (i, s) in situations.iter().enumerate() {
        let store = Arc::clone(&stores[i % stores.len()]);
        let secret = Arc::clone(&secret);
        let data = format!("s:{s}");
        tasks.push(tokio::spawn(async move {
            let ctx = ctx();
            let chat = Chat {
                channel: "test",
                chat_id,
            };
            session::turn(
                store.as_ref(),
                &secret,
                &ctx,
                &chat,
                Input::Button(data),
                None,
                T0,
            )
            .await
            .expect("turn");
        }));
    }
    for t in tasks {
        t.await.expect("task");
    }
    let stored = stores[0]
        .load(&secret.key("test", chat_id))
        .await
        .expect("load")
        .expect("stored");
    serde_json::from_str(&stored.state).expect("state")
}

async fn simultaneous_inputs_lose_no_answer(b: Backend) {
    let db = TestDb::new(b).await;
    let store = db.store().await;
    let state = toggle_all_at_once(&[store]).await;
    assert_eq!(
        state.answers.situations.len(),
        9,
        "{:?}",
        state.answers.situations
    );
    assert!(
        state
            .answers
            .situations
            .contains(&Situation::RelativeRecruited)
    );
    db.drop().await;
}

async fn two_processes_agree_on_state(b: Backend) {
    // Two independent stores (separate connection pools) on one database, as two processes.
    let db = TestDb::new(b).await;
    let first = db.store().await;
    let second = db.store().await;
    let state = toggle_all_at_once(&[first.clone(), second.clone()]).await;
    assert_eq!(state.answers.situations.len(), 9);
    let key = Secret::new("s").key("test", "same-chat");
    assert_eq!(
        first.load(&key).await.expect("load"),
        second.load(&key).await.expect("load")
    );
    db.drop().await;
}

/// The folder and files the SQLite store creates are private to the service's user.
#[cfg(unix)]
#[tokio::test]
async fn sqlite_files_are_created_private() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("data");
    let db = dir.join("ogoh.db");
    let store = ogoh::store::open(&format!("sqlite://{}", db.display()))
        .await
        .expect("open store");
    store.migrate().await.expect("migrate");
    let key = Secret::new(b"k").key("web", "1");
    store
        .save(&key, "{}", "ru", T0, None, &[])
        .await
        .expect("save");
    let mode = |p: &std::path::Path| {
        std::fs::metadata(p)
            .map(|m| m.permissions().mode() & 0o777)
            .unwrap_or(0)
    };
    assert_eq!(mode(&dir), 0o700, "folder");
    assert_eq!(mode(&db), 0o600, "database");
    let wal = dir.join("ogoh.db-wal");
    assert!(wal.exists());
    assert_eq!(mode(&wal), 0o600, "write-ahead log");
}
