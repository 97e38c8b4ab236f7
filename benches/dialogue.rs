//! Dialogue steps with a real store: one step (load, apply, evaluate, save) on SQLite (budget:
//! median <= 1 ms), and steps per second on SQLite and PostgreSQL with 1 and 32 chats at once.
//! Run with `cargo bench --bench dialogue`; PostgreSQL from OGOH_TEST_DATABASE_URL or the local
//! server (its part is skipped, and says so, if it cannot be reached).

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use ogoh::dialogue::session::{self, Chat};
use ogoh::dialogue::{Ctx, Input};
use ogoh::i18n::Locales;
use ogoh::rules::{self, Date, RuleSet};
use ogoh::store::Store;
use ogoh::store::key::Secret;

const NOW: i64 = 1_795_000_000;

fn shipped() -> (RuleSet, Locales) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    (
        rules::load(&root.join("rules")).unwrap_or_else(|d| panic!("{d:?}")),
        Locales::load(&root.join("locales")).unwrap_or_else(|d| panic!("{d:?}")),
    )
}

/// Brings a chat to its result, so each measured step shows the result again (and evaluates).
async fn to_result(store: &dyn Store, secret: &Secret, ctx: &Ctx<'_>, chat_id: &str) {
    let chat = Chat {
        channel: "bench",
        chat_id,
    };
    let mut inputs = vec![Input::Start(Some("ru".into()))];
    for data in [
        "c:UZ",
        "r:naturalized",
        "s:offered_contract",
        "s:pressured",
        "s:done",
        "a:27",
        "o:skip",
    ] {
        inputs.push(Input::Button(data.into()));
    }
    for input in inputs {
        session::turn(store, secret, ctx, &chat, input, None, NOW)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
    }
}

async fn pg_store() -> Option<(Arc<dyn Store>, String)> {
    let base = std::env::var("OGOH_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    let pool = sqlx::PgPool::connect(&base).await.ok()?;
    let schema = format!("ogoh_bench_{:016x}", rand::random::<u64>());
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
        .execute(&pool)
        .await
        .ok()?;
    let sep = if base.contains('?') { '&' } else { '?' };
    let store = ogoh::store::open(&format!("{base}{sep}options=-c%20search_path%3D{schema}"))
        .await
        .ok()?;
    store.migrate().await.ok()?;
    Some((store, schema))
}

async fn drop_schema(schema: &str) {
    let base = std::env::var("OGOH_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    if let Ok(pool) = sqlx::PgPool::connect(&base).await {
        let _ = sqlx::query(sqlx::AssertSqlSafe(format!("DROP SCHEMA {schema} CASCADE")))
            .execute(&pool)
            .await;
    }
}

/// Steps per second with `chats` conversations, each stepping in a loop, for `for_how_long`.
async fn throughput(
    store: Arc<dyn Store>,
    rs: Arc<(RuleSet, Locales)>,
    chats: usize,
    for_how_long: Duration,
) -> f64 {
    let secret = Arc::new(Secret::new("bench"));
    let deadline = Instant::now() + for_how_long;
    let mut tasks = Vec::new();
    for i in 0..chats {
        let (store, rs, secret) = (store.clone(), rs.clone(), secret.clone());
        tasks.push(tokio::spawn(async move {
            let ctx = Ctx {
                rules: &rs.0,
                locales: &rs.1,
                today: Date::parse("2026-11-21").unwrap_or_else(|e| panic!("{e}")),
                default_lang: "ru",
            };
            let chat_id = format!("chat-{i}");
            to_result(store.as_ref(), &secret, &ctx, &chat_id).await;
            let chat = Chat {
                channel: "bench",
                chat_id: &chat_id,
            };
            let mut steps = 0u64;
            while Instant::now() < deadline {
                session::turn(
                    store.as_ref(),
                    &secret,
                    &ctx,
                    &chat,
                    Input::Button("w:".into()),
                    None,
                    NOW,
                )
                .await
                .unwrap_or_else(|e| panic!("{e}"));
                steps += 1;
            }
            steps
        }));
    }
    let start = Instant::now();
    let mut total = 0;
    for t in tasks {
        total += t.await.unwrap_or_default();
    }
    total as f64 / start.elapsed().as_secs_f64()
}

fn benches(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let shared = Arc::new(shipped());
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let url = format!("sqlite://{}/bench.db", dir.path().display());
    let store = rt.block_on(async {
        let s = ogoh::store::open(&url)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        s.migrate().await.unwrap_or_else(|e| panic!("{e}"));
        s
    });
    let secret = Secret::new("bench");
    let ctx = Ctx {
        rules: &shared.0,
        locales: &shared.1,
        today: Date::parse("2026-11-21").unwrap_or_else(|e| panic!("{e}")),
        default_lang: "ru",
    };
    rt.block_on(to_result(store.as_ref(), &secret, &ctx, "one"));
    let chat = Chat {
        channel: "bench",
        chat_id: "one",
    };
    c.bench_function(
        "dialogue step on SQLite (load, apply, evaluate, save)",
        |b| {
            b.to_async(&rt).iter(|| async {
                session::turn(
                    store.as_ref(),
                    &secret,
                    &ctx,
                    &chat,
                    Input::Button("w:".into()),
                    None,
                    NOW,
                )
                .await
                .unwrap_or_else(|e| panic!("{e}"))
            })
        },
    );

    // Throughput: printed, and recorded by hand in BENCHMARKS.md.
    let secs = Duration::from_secs(5);
    for chats in [1, 32] {
        let sps = rt.block_on(throughput(store.clone(), shared.clone(), chats, secs));
        println!("throughput SQLite, {chats:>2} chats at once: {sps:.0} steps/s");
    }
    match rt.block_on(pg_store()) {
        Some((pg, schema)) => {
            for chats in [1, 32] {
                let sps = rt.block_on(throughput(pg.clone(), shared.clone(), chats, secs));
                println!("throughput PostgreSQL, {chats:>2} chats at once: {sps:.0} steps/s");
            }
            rt.block_on(drop_schema(&schema));
        }
        None => println!("throughput PostgreSQL: skipped, no server reachable"),
    }
}

criterion_group!(dialogue, benches);
criterion_main!(dialogue);
