//! Shared test harness: a minimal valid rule set in a temporary directory, to break one piece
//! at a time, and helpers to run the real `ogoh` binary.
#![allow(dead_code)]

pub mod app;
pub mod images;
pub mod telegram;

use std::path::Path;
use std::process::{Command, Output, Stdio};

/// A temporary rules + locales tree that passes `rules check` until a test breaks it.
pub struct Fixture {
    pub dir: tempfile::TempDir,
    /// `<dir>/rules` and `<dir>/locales`, as command-line arguments.
    pub rules: String,
    pub locales: String,
}

pub const SOURCES: &str = r#"[[source]]
id = "U4"
title = "Uzbek authorities urge Uzbeks not to join Russian armed forces"
publisher = "Tashkent Times"
url = "http://tashkenttimes.uz/national/9661-uzbek-authorities-urge-uzbeks-not-to-join-russian-armed-forces"
date = "Sept 2022"
"#;

pub const COUNTRY: &str = r#"country = "UZ"

[[law]]
id = "uz_cc_154_1"
about = "Mercenarism"
kind = "statute"
status = "reported"
act = "Criminal Code of the Republic of Uzbekistan"
article = "154"
part = "1"
valid_from = 1994-09-22
values = { min_years = 5, max_years = 10 }
sources = ["U4"]
checked_on = 2026-11-21
"#;

pub const FINDINGS: &str = r#"[[finding]]
id = "uz_mercenarism"
severity = "high"
when = [
  'citizenship == "UZ"',
  '"offered_contract" in situations',
]
laws = ["uz_cc_154_1"]
message = "finding-uz-mercenarism"

[[advice]]
id = "dont_sign"
when = ['"offered_contract" in situations']
message = "advice-dont-sign"
"#;

pub const SCAMS: &str = r#"[[pattern]]
id = "citizenship_for_contract"
severity = "high"
message = "scam-citizenship-for-contract"
research = ["P16"]
checked_on = 2026-11-21
when = "contract && citizenship"

[[pattern.example]]
lang = "ru"
text = "Подпиши контракт и получишь гражданство"
match = true
[[pattern.example]]
lang = "ru-Latn"
text = "podpishi kontrakt, grazhdanstvo za 3 mesyatsa"
match = true
[[pattern.example]]
lang = "uz"
text = "Shartnoma imzolasangiz, fuqarolik olasiz"
match = true
[[pattern.example]]
lang = "uz-Cyrl"
text = "Шартнома имзоласангиз, фуқаролик оласиз"
match = true
[[pattern.example]]
lang = "tg"
text = "Шартнома имзо кунед ва шаҳрвандӣ гиред"
match = true
[[pattern.example]]
lang = "ky"
text = "Келишимге кол койсоң, жарандык аласың"
match = true
[[pattern.example]]
lang = "kk"
text = "Келісімшартқа қол қойсаң, азаматтық аласың"
match = true
[[pattern.example]]
lang = "ru"
text = "Как получить гражданство через ВНЖ?"
match = false
[[pattern.example]]
lang = "ru"
text = "Трудовой контракт на склад"
match = false
"#;

pub const TESTS: &str = r#"[[scenario]]
name = "Uzbek man offered a contract"
facts = { citizenship = "UZ", situations = ["offered_contract"], on = 2026-11-21 }
[scenario.expect]
risk = "high"
findings = ["uz_mercenarism"]
advice = ["dont_sign"]
values = [{ finding = "uz_mercenarism", key = "max_years", value = 10 }]

[[scan]]
name = "ordinary ad"
text = "Требуются грузчики, оплата 3000 в день"
risk = "none"
"#;

/// The vocabulary the fixture's pattern uses (`rules/scams/concepts.toml`).
pub const CONCEPTS: &str = r#"[concept.contract]
ru = ["контракт*"]
ru-Latn = ["kontrakt*"]
uz = ["shartnoma*"]
uz-Cyrl = ["шартнома*"]
tg = ["шартнома*"]
ky = ["келишим*"]
kk = ["келісімшарт*"]
en = ["contract*"]

[concept.citizenship]
ru = ["гражданств*"]
ru-Latn = ["grajdanstv*"]
uz = ["fuqarolik*"]
uz-Cyrl = ["фуқаролик*"]
tg = ["шаҳрвандӣ*"]
ky = ["жарандык*"]
kk = ["азаматтық*"]
en = ["citizenship"]
"#;

pub const EN_FTL: &str = r#"label-risk = Your risk
label-offer-risk = Danger in this message
label-why = Why
label-article = article { $article }
citation-checked = checked { $date }
label-advice = What to do now
label-contacts = Where to get help
label-evidence = Words that match
scan-nothing-found = Nothing found.
risk-none = none
risk-low = low
risk-medium = medium
risk-high = high
risk-urgent = urgent
disclaimer = Information, not a lawyer.
finding-uz-mercenarism =
    .title = Joining is a crime in Uzbekistan
    .text = You can get { $min_years } to { $max_years } years in prison.
    .why = Article 154.
advice-dont-sign = Do not sign.
scam-citizenship-for-contract = Citizenship is promised for a contract.
contact-verified = Checked by our team on { $date }.
contact-published = Published by { $publisher } on { $date }.
contact-published-undated = Published by { $publisher }; date unknown.
contact-foreign-agent = A foreign agent.
label-reported-by = reported by { $publisher }, { $date }
label-reported-by-undated = reported by { $publisher }
label-risk-relative = Your relative's risk
scan-ask-yourself = Ask:
scan-question-contract = A military contract?
scan-question-lure = A promise for signing?
scan-question-pressure = A threat?
scan-verdict-high = This looks like recruitment.
scan-verdict-medium = This may be recruitment.
scan-verdict-low = Some signs of recruitment.
scan-more-reasons = More signs
answer-risk-none = No known risk
answer-risk-low = Low risk
answer-risk-medium = Medium risk
answer-risk-high = High risk
answer-risk-urgent = Urgent
answer-risk-relative = For your relative
answer-more-steps = More steps
answer-details = Why
answer-details-hint = Tap a number.
citation-join = {", "}
label-part = part { $part }
label-paragraph = paragraph { $paragraph }
label-subparagraph = sub-paragraph { $subparagraph }
brand = ogoh
"#;

pub const STATUS: &str = "status = \"draft\"\n";

impl Fixture {
    /// A valid minimal tree.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let rules = path_str(&dir.path().join("rules")).to_string();
        let locales = path_str(&dir.path().join("locales")).to_string();
        let f = Fixture {
            dir,
            rules,
            locales,
        };
        f.write("rules/sources.toml", SOURCES);
        f.write("rules/countries/uz.toml", COUNTRY);
        f.write("rules/findings/mercenarism.toml", FINDINGS);
        f.write("rules/scams/offers.toml", SCAMS);
        f.write("rules/scams/concepts.toml", CONCEPTS);
        f.write("rules/tests/scenarios.toml", TESTS);
        f.write("locales/en/main.ftl", EN_FTL);
        f.write("locales/en/status.toml", STATUS);
        f
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.dir.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }

    /// Runs `ogoh rules check` on this tree.
    pub fn check(&self) -> Output {
        ogoh(
            &[
                "rules",
                "check",
                "--rules",
                &self.rules,
                "--locales",
                &self.locales,
            ],
            None,
        )
    }
}

pub fn path_str(p: &Path) -> &str {
    p.to_str().expect("utf-8 temp path")
}

/// Runs the real binary with `args`, feeding `stdin`.
pub fn ogoh(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ogoh"));
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("OGOH_RULES_DIR")
        .env_remove("OGOH_LOCALES_DIR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn ogoh");
    if let Some(input) = stdin {
        use std::io::Write;
        // The binary may exit before reading everything (oversize input): ignore EPIPE.
        let _ = child.stdin.take().expect("stdin").write_all(input);
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("wait ogoh")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A fresh database for one test: SQLite in a temp dir, or a PostgreSQL schema of its own (so
/// tests run in parallel). PostgreSQL comes from `OGOH_TEST_DATABASE_URL`, else the local
/// server; a test that cannot reach it fails, it never passes silently.
pub struct TestDb {
    pub url: String,
    pub dir: tempfile::TempDir,
    schema: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub fn pg_base_url() -> String {
    std::env::var("OGOH_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_string())
}

impl TestDb {
    pub async fn new(backend: Backend) -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        match backend {
            Backend::Sqlite => TestDb {
                url: format!("sqlite://{}/ogoh.db", dir.path().display()),
                dir,
                schema: None,
            },
            Backend::Postgres => {
                let base = pg_base_url();
                let schema = format!("ogoh_test_{:016x}", rand::random::<u64>());
                let pool = sqlx::PgPool::connect(&base).await.unwrap_or_else(|e| {
                    panic!("PostgreSQL at {base} is needed for this test: {e}")
                });
                sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
                    .execute(&pool)
                    .await
                    .expect("create schema");
                pool.close().await;
                let sep = if base.contains('?') { '&' } else { '?' };
                TestDb {
                    url: format!("{base}{sep}options=-c%20search_path%3D{schema}"),
                    dir,
                    schema: Some(schema),
                }
            }
        }
    }

    /// A migrated store on this database.
    pub async fn store(&self) -> std::sync::Arc<dyn ogoh::store::Store> {
        let store = ogoh::store::open(&self.url).await.expect("open store");
        store.migrate().await.expect("migrate");
        store
    }

    /// Drops the PostgreSQL schema (SQLite goes with the temp dir).
    pub async fn drop(self) {
        if let Some(schema) = &self.schema {
            let pool = sqlx::PgPool::connect(&pg_base_url())
                .await
                .expect("connect");
            sqlx::query(sqlx::AssertSqlSafe(format!("DROP SCHEMA {schema} CASCADE")))
                .execute(&pool)
                .await
                .expect("drop schema");
        }
    }
}

/// The shipped rules and locales, loaded once per test binary.
pub fn shipped() -> &'static (ogoh::rules::RuleSet, ogoh::i18n::Locales) {
    static SHIPPED: std::sync::LazyLock<(ogoh::rules::RuleSet, ogoh::i18n::Locales)> =
        std::sync::LazyLock::new(|| {
            let root = Path::new(env!("CARGO_MANIFEST_DIR"));
            (
                ogoh::rules::load(&root.join("rules")).unwrap_or_else(|d| panic!("{d:?}")),
                ogoh::i18n::Locales::load(&root.join("locales"))
                    .unwrap_or_else(|d| panic!("{d:?}")),
            )
        });
    &SHIPPED
}

/// The web app's state with the shipped rules on `db`, staff pages off, no public links.
pub async fn shipped_state(db: &TestDb, rate_limit: ogoh::web::RateLimit) -> ogoh::web::AppState {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let engine = ogoh::engine::Engine::load(&root.join("rules"), &root.join("locales"))
        .unwrap_or_else(|d| panic!("{d:?}"));
    state(
        std::sync::Arc::new(arc_swap::ArcSwap::from_pointee(engine)),
        db,
        rate_limit,
    )
    .await
}

/// The web app's state serving `engine` on `db`, staff pages off, no public links: the one
/// place tests assemble it (what `ogoh::server::launch` builds from settings).
pub async fn state(
    engine: std::sync::Arc<arc_swap::ArcSwap<ogoh::engine::Engine>>,
    db: &TestDb,
    rate_limit: ogoh::web::RateLimit,
) -> ogoh::web::AppState {
    ogoh::web::AppState {
        answers: Default::default(),
        ocr: ogoh::ocr::Ocr::detect(),
        engine,
        store: db.store().await,
        stats: Default::default(),
        staff: None,
        links: Default::default(),
        rate_limit,
    }
}

/// The persona matrix's axes: home countries, Russian-citizenship statuses, situations.
pub const COUNTRIES: &[&str] = &["UZ", "TJ", "KG", "KZ", "TM", "OTHER"];
pub const RUSSIAN: &[&str] = &["none", "applying", "naturalized", "by_birth"];
pub const SITUATIONS: &[&str] = &[
    "offered_contract",
    "job_offer_war_zone",
    "pressured",
    "detained",
    "signed_contract",
    "served",
    "summons",
    "applying_documents",
    "relative_recruited",
];

/// Copies a directory tree (the shipped rules, to edit a copy).
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{e}"));
    for entry in std::fs::read_dir(from)
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
    {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}
